"""``onrecord ingest | search | speakers | serve | export``: thin adapters over onrecord.store, search, web."""

from __future__ import annotations

import csv
import json
import shutil
import sys
from typing import Any

import click

from ..search import SearchQuery
from ..store import open_store
from ..store.export import FORMATS, export_quotes
from ..store.ingest import ingest as ingest_inputs
from . import cli
from .common import friendly_errors

DB_OPTION = click.option("--db", default="news.db", show_default=True, envvar="ONRECORD_DB",
                         help="the SQLite database file (or set ONRECORD_DB)")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(1, 100_000),
              help="articles per transaction")
@click.option("--model", default=None, help="spaCy pipeline package to use (default: best installed)")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@friendly_errors
def ingest(inputs: tuple[str, ...], db: str, batch_size: int, model: str | None, quiet: bool) -> None:
    """Extract articles and store them in a database; re-running adds only what is new.

    INPUTS: anything 'onrecord extract' reads, the JSONL output of 'onrecord extract --format
    jsonl' (stored without re-running the NLP), or an 'onrecord batch' output directory.
    Articles already in the database are recognised by a hash of their text before any NLP runs.
    An interrupted ingest is resumed by running the same command again.

    \b
    onrecord ingest corpus/ --db news.db
    onrecord extract corpus/ --format jsonl > out.jsonl && onrecord ingest out.jsonl --db news.db
    """
    from tqdm import tqdm

    nlp = None
    if model:
        from ..nlp import load_nlp

        nlp = load_nlp(model)
    counts = {"article": 0, "known": 0, "skipped": 0}
    with open_store(db) as store, tqdm(unit=" articles", desc="ingest", disable=quiet, file=sys.stderr) as bar:

        def tick(kind: str) -> None:
            counts[kind] += 1
            bar.update(1)
            if bar.n % 10 == 0:
                bar.set_postfix(new=counts["article"], known=counts["known"], skipped=counts["skipped"], refresh=False)

        stats = ingest_inputs(inputs, store, nlp=nlp, batch_size=batch_size, on_item=tick)
        bar.set_postfix(new=counts["article"], known=counts["known"], skipped=counts["skipped"])
        totals = store.stats()
    click.echo(f"{stats.added} articles added ({stats.quotes} quotes), {stats.duplicates} already stored, "
               f"{stats.skipped} skipped; {db} now holds {totals['articles']} articles, {totals['quotes']} quotes, "
               f"{totals['speakers']} speakers")
    for reason in stats.reasons[:10]:
        click.echo(f"skipped: {reason}", err=True)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


SEARCH_COLUMNS = ("id", "date", "outlet", "speaker", "kind", "text", "title", "url", "article_id")


@cli.command()
@click.argument("query", required=False, default="")
@DB_OPTION
@click.option("--speaker", help="speaker name, alias or id")
@click.option("--entity", help="only quotes that mention this entity (name or id)")
@click.option("--outlet", help="only this outlet (case-insensitive)")
@click.option("--since", help="from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
@click.option("--until", help="up to this date, inclusive")
@click.option("--kind", type=click.Choice(["direct", "mixed", "indirect"]))
@click.option("--page", default=1, show_default=True, type=click.IntRange(1))
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000), help="results per page")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@friendly_errors
def search(query: str, db: str, fmt: str, page: int, limit: int, **filters: Any) -> None:
    """Full-text search over stored quotes: words, "exact phrases", prefix*, AND/OR/NOT.

    \b
    onrecord search genocide --db news.db
    onrecord search '"will not stand by"' --outlet Reuters
    onrecord search --speaker "Jane Roe" --since 2011-01-01 --format csv
    """
    request = SearchQuery(q=query, page=page, page_size=limit, **filters)
    with open_store(db, readonly=True) as store:
        result = store.search(request)
    rows = [{k: r.get(k) for k in SEARCH_COLUMNS} for r in result["results"]]
    if fmt == "json":
        click.echo(json.dumps({k: v for k, v in result.items() if k != "results"} | {"results": rows},
                              ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=SEARCH_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return
    if result["message"]:
        click.echo(f"note: {result['message']}", err=True)
    width = shutil.get_terminal_size((120, 20)).columns
    for r in rows:
        head = f"{r['id']:>7} {r['date'] or '':<10} {(r['outlet'] or '')[:14]:<14} {(r['speaker'] or '?')[:20]:<20} "
        click.echo(head + _short(r["text"], max(20, width - len(head))))
    click.echo(f"{result['total']} quotes; page {result['page']} of {result['pages']}", err=True)


@cli.command()
@DB_OPTION
@click.option("--top", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@friendly_errors
def speakers(db: str, top: int, fmt: str) -> None:
    """Who is quoted most, in how many articles, and by which outlets."""
    with open_store(db, readonly=True) as store:
        rows = store.top_speakers(top)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = shutil.get_terminal_size((120, 20)).columns
    for rank, r in enumerate(rows, 1):
        outlets = ", ".join(f"{o['outlet']} ({o['quotes']})" for o in r["outlets"])
        head = f"{rank:>3}. {r['name'][:28]:<28} {r['quotes']:>6} quotes {r['articles']:>6} articles  "
        click.echo(head + _short(outlets, max(20, width - len(head))))


@cli.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to listen on; the default accepts connections from this machine only")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@friendly_errors
def serve(db: str, host: str, port: int) -> None:
    """Browse the database in a web browser: search, quotes, speakers, articles, entities."""
    import uvicorn

    from ..web import create_app

    app = create_app(db)
    if host not in LOOPBACK:
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read {db}", err=True)
    click.echo(f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


@cli.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="the file to write")
@friendly_errors
def export(db: str, fmt: str, output: str) -> None:
    """Export every quote with its speaker and article metadata (JSONL, CSV or Parquet)."""
    with open_store(db, readonly=True) as store:
        count = export_quotes(store, fmt, output)
    click.echo(f"{count} quotes written to {output}", err=True)
