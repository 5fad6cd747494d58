"""``onrecord ingest | serve | export``: thin adapters over onrecord.store and onrecord.web."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..options import Options
from ..store import open_store
from ..store.export import FORMATS, export_quotes
from ..store.ingest import ingest as ingest_inputs
from . import cli
from .common import echo_skipped, extraction_options, friendly_errors, given, metadata_options, resume_hint
from .filters import DB_OPTION, filter_options, query_from

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(1, 100_000),
              help="articles per transaction (an interrupted run loses at most one batch, which the rerun adds)")
@click.option("--model", default=None, help="spaCy pipeline package to use (default: best installed)")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@metadata_options
@extraction_options
@friendly_errors
def ingest(inputs: tuple[str, ...], db: str, batch_size: int, model: str | None, quiet: bool,
           options: Options, **meta: Any) -> None:
    """Extract articles and store them in a database; re-running adds only what is new.

    INPUTS: anything 'onrecord extract' reads, the JSONL output of 'onrecord extract --format
    jsonl' (stored without re-running the NLP), or an 'onrecord batch' output directory.
    Articles already in the database are recognised by a hash of their text before any NLP runs;
    when an input brings new metadata (outlet, date, title, url, author: from the input, a sidecar
    articles.csv beside the files, or the options below), the stored article is updated.
    An interrupted ingest is resumed by running the same command again.

    \b
    onrecord ingest corpus/ --db news.db
    onrecord ingest story.txt --outlet "The Guardian" --date 2024-05-01 --url https://...
    onrecord extract corpus/ --format jsonl > out.jsonl && onrecord ingest out.jsonl --db news.db
    """
    from tqdm import tqdm

    from ..ingest import count_inputs

    metadata = given(meta, inputs)
    nlp = None
    if model:
        from ..nlp import load_nlp

        nlp = load_nlp(model)
    counts = {"article": 0, "known": 0, "updated": 0, "skipped": 0}
    total = None if quiet else count_inputs(inputs)
    with open_store(db) as store, tqdm(unit=" articles", desc="ingest", disable=quiet, file=sys.stderr,
                                       total=total) as bar:

        def tick(kind: str) -> None:
            counts[kind] += 1
            bar.update(1)
            if bar.n % 10 == 0:
                bar.set_postfix(new=counts["article"], known=counts["known"] + counts["updated"],
                                skipped=counts["skipped"], refresh=False)

        try:
            stats = ingest_inputs(inputs, store, nlp=nlp, batch_size=batch_size, on_item=tick, meta=metadata,
                                  options=options)
        except KeyboardInterrupt:
            bar.close()
            click.echo(resume_hint(f"interrupted: {store.stats()['articles']:,} articles are stored in {db}, "
                                   "each batch whole"), err=True)
            sys.exit(130)
        bar.set_postfix(new=counts["article"], known=counts["known"] + counts["updated"], skipped=counts["skipped"])
        totals = store.stats()
    updated = f", {stats.updated} updated with new metadata" if stats.updated else ""
    click.echo(f"{stats.added} articles added ({stats.quotes} quotes){updated}, {stats.duplicates} already stored, "
               f"{stats.skipped} skipped; {db} now holds {totals['articles']} articles, {totals['quotes']} quotes, "
               f"{totals['speakers']} speakers")
    echo_skipped(stats.reasons, stats.skipped, f" (all are in the 'skipped' table of {db})")


@cli.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to listen on; the default accepts connections from this machine only")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="port to listen on")
@click.option("--allow-writes", is_flag=True,
              help="also take corrections as JSON (POST /corrections, DELETE /corrections/ID); off by default: "
                   "the server is read-only")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="a host name the server answers to (repeat for several; '*' for any); default: the "
                   "allowed_hosts setting, else the names of --host (127.0.0.1, localhost, [::1] on loopback). "
                   "Any other Host header is refused, which stops DNS rebinding")
@click.option("--show-sources", is_flag=True,
              help="also show each article's source as ingested (its path on this machine) and its raw input "
                   "metadata, in pages and JSON; by default only the file name")
@friendly_errors
def serve(db: str, host: str, port: int, allow_writes: bool, allowed_hosts: tuple[str, ...],
          show_sources: bool) -> None:
    """Browse the database in a web browser: search with facets, quotes, speakers, outlets, entities,
    articles, sources by gender, corrections; every page with JSON and CSV twins. Read-only unless
    --allow-writes."""
    import uvicorn

    from ..web import create_app
    from ..web.app import allowed_hosts_setting, bound_hosts

    hosts = [h.strip().lower() for h in allowed_hosts if h.strip()] or allowed_hosts_setting() or bound_hosts(host)
    # refuses a database that does not exist, as search does
    app = create_app(db, allow_writes=allow_writes, allowed_hosts=hosts, show_sources=show_sources)
    if host not in LOOPBACK:
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can read {db}"
                   + (" and change who said what in it (--allow-writes)" if allow_writes else ""), err=True)
    elif allow_writes:
        click.echo("writes allowed: POST /corrections and DELETE /corrections/ID change who said what", err=True)
    click.echo(f"serving {db} on http://{host}:{port}/ (Ctrl-C to stop); it answers to the host names "
               f"{', '.join(hosts)} (--allowed-host NAME adds one)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


@cli.command()
@click.argument("query", required=False, default="")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl (one object a line), csv, or parquet (typed columns; dates as dates)")
@click.option("-o", "--output", required=True, metavar="FILE",
              help="the file to write; '-' for standard output")
@filter_options(min_confidence_default="0 (every record)")
@friendly_errors
def export(query: str, db: str, fmt: str, output: str, **filters: Any) -> None:
    """Export quotes with speaker, gender, context, cue, confidence and article metadata.

    QUERY and the filters are those of 'onrecord search'; without them every quote is exported
    (export does not hide low-confidence records unless --min-confidence says so).

    \b
    onrecord export --db news.db --format parquet -o quotes.parquet
    onrecord export climate --outlet guardian --since 2024 --format csv -o - | head
    """
    request = query_from(query, filters, min_confidence=0.0)
    with open_store(db, readonly=True) as store:
        count = export_quotes(store, fmt, output, request)
    if output != "-":
        click.echo(f"{count} quotes written to {output}", err=True)
