"""``onrecord extract``: quotes and speakers from articles, as a table or JSON."""

from __future__ import annotations

import json
import shutil

import click

from ..ingest import read_inputs
from ..nlp import load_nlp
from ..options import Options
from ..pipeline import process_many
from ..types import Article, Skipped
from . import cli
from .common import extraction_options, friendly_errors, given, metadata_options, opened, output_option


def _table(article: Article) -> str:
    """One line per quote: speaker | cue | kind | quote (shortened to the terminal width)."""
    width = shutil.get_terminal_size((120, 20)).columns
    lines = [f"# {article.source}  ({len(article.quotes)} quotes)"]
    for q in article.quotes:
        speaker = q.speaker.name or q.speaker.mention or "?"
        head = f"{speaker[:28]:<28} | {(q.cue or '')[:14]:<14} | {q.kind:<8} | "
        text = " ".join(q.text.split())
        room = max(20, width - len(head))
        lines.append(head + (text if len(text) <= room else text[: room - 1] + "…"))
    return "\n".join(lines)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
    show_default=True, help="table for people; json (one array) or jsonl (one object per line) for programs",
)
@click.option("--model", default=None, help="spaCy pipeline package to use (default: best installed)")
@output_option
@metadata_options
@extraction_options
@friendly_errors
def extract(inputs: tuple[str, ...], fmt: str, model: str | None, output: str, options: Options,
            **meta: str | None) -> None:
    """Extract quotes, speakers and entities from articles.

    INPUTS are .txt, .html, .jsonl files, directories (read recursively) or - for stdin.
    Articles that cannot be read are reported on stderr with the reason; the rest go on.
    Metadata comes from the inputs, a sidecar articles.csv beside them, or --outlet, --date, ...

    \b
    onrecord extract article.txt
    onrecord extract articles/ --format jsonl -o quotes.jsonl
    cat page.html | onrecord extract - --format json --outlet "The Guardian" --date 2024-05-01
    onrecord extract articles/ --kinds direct,mixed --no-entities   # the fast path
    """
    metadata = given(meta, inputs)
    nlp = load_nlp(options.model)
    skipped = 0
    first = True
    with opened(output) as handle:
        if fmt == "json":
            handle.write("[")
        for result in process_many(read_inputs(inputs, meta=metadata), options, nlp=nlp):
            if isinstance(result, Skipped):
                skipped += 1
                click.echo(f"skipped: {result.reason}", err=True)
                continue
            if fmt == "table":
                handle.write(_table(result) + "\n")
            elif fmt == "jsonl":
                handle.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            else:
                handle.write(("" if first else ",\n") + json.dumps(result.to_dict(), ensure_ascii=False))
            first = False
        if fmt == "json":
            handle.write("]\n")
    if skipped and first:
        raise click.ClickException(f"no article could be read ({skipped} skipped; reasons above)")
