"""``onrecord speakers | quotes | corrections | reidentify``: who is who across a corpus, and the user's corrections.

``speakers`` lists the most quoted (``--why NAME``: why one speaker's quotes are one speaker);
``speakers merge | split | rename`` and ``quotes reassign`` record corrections; ``speakers
link FILE`` links speakers to an authority file's ids; ``corrections`` lists (and exports,
imports, removes) the corrections; ``reidentify`` derives every speaker again from what is
stored. Each correction is stored in the database, survives every later ingest and derivation,
and is applied in search, the pages and export.
"""

from __future__ import annotations

import csv
import json
import shutil
from typing import Any

import click

from ..errors import StoreError
from ..store import open_store
from ..store.export import read_cell, write_csv
from ..store.speakers import CORRECTION_FIELDS, AmbiguousSpeaker, correction_records
from . import cli
from .common import friendly_errors, opened, output_option
from .filters import DB_OPTION

SPEAKER_COLUMNS = ("rank", "id", "name", "type", "gender", "quotes", "articles", "authority_id", "outlets")
EXPORT_COLUMNS = (*CORRECTION_FIELDS, "status", "created_at")


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _db(ctx: click.Context, db: str) -> str:
    """The subcommand's --db, or the group's when only that one was given ('speakers --db x merge ...')."""
    parent = ctx.parent.params.get("db") if ctx.parent else None
    source = ctx.get_parameter_source("db")
    return parent if parent and source is click.core.ParameterSource.DEFAULT else db


def candidates_lines(exc: AmbiguousSpeaker) -> list[str]:
    """A name that fits several speakers, as lines for people: each candidate with its id and quotes."""
    lines = [f"{exc.text!r} fits {len(exc.candidates)} speakers; say which one (its full name or its id):"]
    for c in exc.candidates[:20]:
        linked = f"  {c['authority_id']}" if c.get("authority_id") else ""
        lines.append(f"  {c['id']:>7}  {c['name'][:40]:<40} {c['quotes']:>6} quote{'' if c['quotes'] == 1 else 's'}"
                     f"  {c['type']}{linked}")
    if len(exc.candidates) > 20:
        lines.append(f"  ... and {len(exc.candidates) - 20} more")
    if exc.local["quotes"]:
        n, m = exc.local["quotes"], exc.local["speakers"]
        lines.append(f"  and {n} quote{'' if n == 1 else 's'} under {exc.text!r} in articles that do not say which "
                     f"one ({m} speaker{'' if m == 1 else 's'}, each kept to its article)")
    return lines


def ambiguity(func: Any) -> Any:
    """An AmbiguousSpeaker becomes the list of candidates on stderr and exit status 1."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AmbiguousSpeaker as exc:
            for line in candidates_lines(exc):
                click.echo(line, err=True)
            raise SystemExit(1) from exc

    return wrapper


@cli.group(invoke_without_command=True)
@DB_OPTION
@click.option("--top", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="how many speakers to list, most quoted first")
@click.option("--why", metavar="NAME", help="why the quotes of one speaker (a name, an alias or an id) are one speaker")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table for people; json or csv for programs")
@output_option
@click.pass_context
@friendly_errors
@ambiguity
def speakers(ctx: click.Context, db: str, top: int, why: str | None, fmt: str, output: str) -> None:
    """Who is quoted most, in how many articles, by which outlets, with their gender as the articles
    give it and the authority id they are linked to; --why NAME says why a speaker's quotes are one
    speaker. The subcommands correct who is who (each correction is kept and applied from then on).

    \b
    onrecord speakers --db news.db --top 20
    onrecord speakers --db news.db --why "Hillary Clinton"
    onrecord speakers merge "Hillary Clinton" "Hillary Rodham Clinton" --db news.db
    """
    if ctx.invoked_subcommand is not None:
        return
    with open_store(db, readonly=True) as store:
        if why:
            _print_why(store.speaker_why(why), fmt, output)
            return
        rows = store.top_speakers(top)
    with opened(output) as handle:
        if fmt == "json":
            handle.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        if fmt == "csv":
            flat = [{**r, "rank": rank, "outlets": "; ".join(f"{o['outlet']} ({o['quotes']})" for o in r["outlets"])}
                    for rank, r in enumerate(rows, 1)]
            write_csv(handle, SPEAKER_COLUMNS, flat)
            return
        width = shutil.get_terminal_size((120, 20)).columns
        for rank, r in enumerate(rows, 1):
            outlets = ", ".join(f"{o['outlet']} ({o['quotes']})" for o in r["outlets"])
            linked = f" [{r['authority_id']}]" if r.get("authority_id") else ""
            head = (f"{rank:>3}. {(r['name'] + linked)[:28]:<28} {r['id']:>6} {r['quotes']:>6} quotes "
                    f"{r['articles']:>5} articles {r['gender']:<8} ")
            handle.write(head + _short(outlets, max(20, width - len(head))) + "\n")


def _print_why(data: dict[str, Any], fmt: str, output: str) -> None:
    with opened(output) as handle:
        if fmt != "table":
            handle.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return
        lines = [f"{data['name']}  (id {data['id']}, {data['type']}, {data['gender']}, {data['quotes']} quotes)",
                 f"  key: {data['key']}"]
        if data.get("authority"):
            lines.append(f"  authority: {data['authority']}")
        if data["aliases"]:
            lines.append("  written as: " + _short("; ".join(data["aliases"]), 400))
        lines.append("  why these are one speaker:")
        for group in data["why"]:
            names = ", ".join(f"'{n}'" for n in group["names"][:4])
            lines.append(f"    {group['rule']:<13} {group['articles']:>5} article{'s' if group['articles'] != 1 else ''}"
                         f"  as {names}")
            for example in group["examples"]:
                lines.append(f"        {example}")
        for c in data["corrections"]:
            lines.append(f"  correction #{c['id']} ({c['op']}, {c['created_at']}): {c['status']}")
        handle.write("\n".join(lines) + "\n")


def _corrected(result: dict[str, Any]) -> None:
    status = result["status"] or "recorded"
    click.echo(f"correction #{result['id']} ({result['op']}): {status}", err=True)
    if not status.startswith("applied"):
        raise SystemExit(1)


@speakers.command("merge")
@click.argument("speaker")
@click.argument("other")
@DB_OPTION
@click.option("--note", help="why (kept with the correction)")
@click.pass_context
@friendly_errors
@ambiguity
def speakers_merge(ctx: click.Context, speaker: str, other: str, db: str, note: str | None) -> None:
    """Say that SPEAKER and OTHER are one person: OTHER's quotes join SPEAKER (names, aliases or ids)."""
    with open_store(_db(ctx, db)) as store:
        _corrected(store.add_correction("merge", speaker, other, note=note))


@speakers.command("split")
@click.argument("speaker")
@click.option("--article", required=True, metavar="ID", help="the article whose quotes are someone else's")
@click.option("--as", "as_", metavar="NAME", help="whose they are: a speaker (name, alias or id) or a new name")
@DB_OPTION
@click.option("--note", help="why (kept with the correction)")
@click.pass_context
@friendly_errors
@ambiguity
def speakers_split(ctx: click.Context, speaker: str, article: str, as_: str | None, db: str, note: str | None) -> None:
    """Take SPEAKER's quotes in one article out: they become a speaker of their own (or --as's)."""
    with open_store(_db(ctx, db)) as store:
        _corrected(store.add_correction("split", speaker, as_, article=article, note=note))


@speakers.command("rename")
@click.argument("speaker")
@click.argument("name")
@DB_OPTION
@click.option("--note", help="why (kept with the correction)")
@click.pass_context
@friendly_errors
@ambiguity
def speakers_rename(ctx: click.Context, speaker: str, name: str, db: str, note: str | None) -> None:
    """Call SPEAKER by NAME from now on (its old name stays an alias)."""
    with open_store(_db(ctx, db)) as store:
        _corrected(store.add_correction("rename", speaker, value=name, note=note))


@speakers.command("link")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@DB_OPTION
@click.pass_context
@friendly_errors
def speakers_link(ctx: click.Context, file: str, db: str) -> None:
    """Link speakers to the ids of an authority FILE (CSV or JSON Lines: id, name, aliases, description)
    when exactly one entry fits them; speakers the file gives one id become one speaker.

    \b
    onrecord speakers link people.csv --db news.db
    """
    from ..store.authority import read_authority

    entries = read_authority(file)
    with open_store(_db(ctx, db)) as store:
        summary = store.load_authorities(entries, source=file)
    click.echo(f"{summary['entries']} entries read from {file}; {summary['speakers_linked']} speakers linked to "
               f"{summary['ids_linked']} ids", err=True)
    for note in summary["not_linked"][:10]:
        click.echo(f"  {note}", err=True)
    if len(summary["not_linked"]) > 10:
        click.echo(f"  ... and {len(summary['not_linked']) - 10} more not linked (two entries fit them)", err=True)


@cli.group()
def quotes() -> None:
    """Correct one quote: who said it (the correction is kept and applied from then on)."""


@quotes.command("reassign")
@click.argument("quote_id", type=int)
@click.argument("speaker")
@DB_OPTION
@click.option("--note", help="why (kept with the correction)")
@friendly_errors
@ambiguity
def quotes_reassign(quote_id: int, speaker: str, db: str, note: str | None) -> None:
    """Say that quote QUOTE_ID (its id in search: #123) is by SPEAKER: a speaker's name, alias or id,
    or the name of someone not in the store yet."""
    with open_store(db) as store:
        _corrected(store.add_correction("reassign", other=speaker, quote=quote_id, note=note))


@cli.group(invoke_without_command=True)
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json", "csv"]), default="table",
              show_default=True, help="table for people; jsonl or csv to keep them (and import them elsewhere)")
@output_option
@click.pass_context
@friendly_errors
def corrections(ctx: click.Context, db: str, fmt: str, output: str) -> None:
    """The corrections made with 'speakers merge|split|rename' and 'quotes reassign', oldest first,
    with what the last derivation made of each; -o FILE exports them (import them into another
    database, or after extracting everything again, with 'corrections import FILE').

    \b
    onrecord corrections --db news.db
    onrecord corrections --db news.db --format jsonl -o corrections.jsonl
    """
    if ctx.invoked_subcommand is not None:
        return
    with open_store(db, readonly=True) as store:
        rows = store.corrections()
    records = correction_records(rows)
    with opened(output) as handle:
        if fmt == "jsonl":
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt == "json":
            handle.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "csv":
            write_csv(handle, EXPORT_COLUMNS, records)
        else:
            if not rows:
                handle.write("no corrections\n")
            for r in rows:
                handle.write(f"#{r['id']:<4} {r['created_at']}  {_describe(r)}\n      {r['status'] or 'not derived yet'}\n")


def _describe(r: dict[str, Any]) -> str:
    if r["op"] == "merge":
        return f"merge '{r['other_name']}' into '{r['speaker_name']}'"
    if r["op"] == "split":
        return f"split '{r['speaker_name']}' in article {r['article_id']}" + (
            f" as '{r['other_name']}'" if r["other_name"] else "")
    if r["op"] == "rename":
        return f"rename '{r['speaker_name']}' to '{r['value']}'"
    text = _short(r["quote_text"] or "", 60)
    return f"reassign the quote \"{text}\" (article {r['article_id']}) to '{r['other_name']}'"


@corrections.command("remove")
@click.argument("correction_id", type=int)
@DB_OPTION
@click.pass_context
@friendly_errors
def corrections_remove(ctx: click.Context, correction_id: int, db: str) -> None:
    """Undo one correction (by its number in 'onrecord corrections'); the speakers are derived again."""
    with open_store(_db(ctx, db)) as store:
        removed = store.remove_correction(correction_id)
    click.echo(f"correction #{correction_id} removed ({_describe(removed)})", err=True)


@corrections.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@DB_OPTION
@click.pass_context
@friendly_errors
def corrections_import(ctx: click.Context, file: str, db: str) -> None:
    """Add the corrections of FILE (exported with 'onrecord corrections --format jsonl|csv -o FILE'),
    in order, leaving out those already here."""
    with open(file, encoding="utf-8") as handle:
        text = handle.read()
    try:
        if text.lstrip().startswith("{"):
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            records = [{k: read_cell(v) if isinstance(v, str) else v for k, v in row.items()}
                       for row in csv.DictReader(text.splitlines())]  # as written, before csv_cell
    except json.JSONDecodeError as exc:
        raise StoreError(f"{file}: not JSON Lines ({exc.msg} on line {exc.lineno}); export corrections with "
                         "'onrecord corrections --format jsonl -o FILE'") from exc
    with open_store(_db(ctx, db)) as store:
        counts = store.import_corrections(records)
        statuses = [r["status"] for r in store.corrections()]
    applied = sum(1 for s in statuses if s.startswith("applied"))
    click.echo(f"{counts['added']} corrections added, {counts['known']} already there; "
               f"{applied} of {len(statuses)} applied", err=True)


@cli.command()
@DB_OPTION
@friendly_errors
def reidentify(db: str) -> None:
    """Derive every cross-article speaker again from what is stored (each article's names and
    entities), with the corrections and authority links: after onrecord's identity rules changed,
    without extracting any article again. Ingest does it by itself when it finds the rules changed."""
    with open_store(db, readonly=True):
        pass  # refuses a database that does not exist
    with open_store(db) as store:
        summary = store.reidentify()
    kept = [s for s in summary["corrections"].values() if s.startswith("applied")]
    click.echo(f"{summary['speakers']} speakers ({summary['speakers_before']} before); "
               f"{summary['quotes_moved']} quotes changed speaker; "
               f"{len(kept)} of {len(summary['corrections'])} corrections applied", err=True)
