"""``onrecord search | stats``: reading a database from the command line (``speakers`` is speakers_cmd)."""

from __future__ import annotations

import json
import shutil
import textwrap
from typing import Any

import click

from ..settings import get as setting
from ..store import open_store
from ..store.export import write_csv
from . import cli, speakers_cmd
from .common import friendly_errors, opened, output_option
from .filters import DB_OPTION, filter_options, query_from, sort_option

#: what search prints as JSON and CSV, one row per quote
SEARCH_COLUMNS = ("id", "date", "outlet", "speaker", "gender", "kind", "cue", "confidence", "text", "context",
                  "title", "url", "article_id")


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _row(result: dict[str, Any]) -> dict[str, Any]:
    row = {k: result.get(k) for k in SEARCH_COLUMNS}
    row["speaker"] = result.get("speaker") or result.get("speaker_name")
    row["confidence"] = round(result["confidence"], 2) if result.get("confidence") is not None else None
    return row


def _write_csv(handle: Any, columns: tuple[str, ...] | list[str], rows: list[dict[str, Any]]) -> None:
    write_csv(handle, columns, rows)  # formulas neutralised (store/export.py)


def _table(rows: list[dict[str, Any]], width: int, bold: bool = False) -> list[str]:
    """Two or more lines per quote: who, when, where, cue, kind, confidence; then the sentence(s)
    around it, the quote in bold when ``bold`` (a terminal)."""
    lines = []
    for r in rows:
        r = dict(r)
        if bold and r.get("context") and r.get("context_quote"):
            s, e = r["context_quote"]
            r["context"] = r["context"][:s] + click.style(r["context"][s:e], bold=True) + r["context"][e:]
        gender = f" ({r['gender']})" if r.get("gender") and r["gender"] != "unknown" else ""
        head = (f"#{r['id']}  {r['date'] or 'undated'}  {r['outlet'] or 'unknown outlet'}  ·  "
                f"{r['speaker'] or 'unknown speaker'}{gender}  ·  {r['cue'] or 'no cue'}  ·  {r['kind']}  ·  "
                f"{r['confidence']:.2f}")
        lines.append(_short(head, width))
        context = " ".join((r.get("context") or r["text"] or "").split())
        lines.extend(textwrap.wrap(context, width=max(30, width - 4), initial_indent="    ",
                                   subsequent_indent="    ", max_lines=6, placeholder=" …"))
    return lines


@cli.command()
@click.argument("query", required=False, default="")
@DB_OPTION
@filter_options()
@sort_option
@click.option("--page", default=1, show_default=True, type=click.IntRange(1), help="which page of results")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000), help="results per page")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table for people; json or csv (one row per quote, with its context) for programs")
@output_option
@friendly_errors
def search(query: str, db: str, fmt: str, page: int, limit: int, sort: str, output: str, **filters: Any) -> None:
    """Full-text search over stored quotes: words, "exact phrases", prefix*, AND/OR/NOT.

    Each result comes with the sentence(s) around the quote, its cue, speaker (and gender, as
    the article gives it) and confidence. Short, low-confidence and flagged records rank last;
    records below --min-confidence are hidden.

    \b
    onrecord search genocide --db news.db
    onrecord search '"will not stand by"' --outlet reuters --kinds direct,mixed
    onrecord search --speaker "Jane Roe" --since 2011-01-01 --sort newest --format csv -o roe.csv
    """
    request = query_from(query, filters, page=page, page_size=limit, sort=sort)
    with open_store(db, readonly=True) as store, store.time_limit(setting("query_time_limit")):
        result = store.search(request)
    if result.get("ambiguous"):  # "Clinton": say which people it fits, with their quotes, instead of mixing them
        from ..store.speakers import AmbiguousSpeaker

        found = result["ambiguous"]
        exc = AmbiguousSpeaker(found["speaker"], found["candidates"], found["unresolved"])
        if fmt == "json":
            with opened(output) as handle:
                handle.write(json.dumps({k: v for k, v in result.items() if k != "results"}, ensure_ascii=False,
                                        indent=2) + "\n")
        for line in speakers_cmd.candidates_lines(exc):
            click.echo(line, err=True)
        raise SystemExit(1)
    rows = [_row(r) for r in result["results"]]
    quoted = [{**row, "context_quote": r.get("context_quote")} for row, r in zip(rows, result["results"])]
    with opened(output) as handle:
        if fmt == "json":
            meta = {k: v for k, v in result.items() if k != "results"}
            handle.write(json.dumps(meta | {"results": rows}, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "csv":
            _write_csv(handle, SEARCH_COLUMNS, rows)
        else:
            width = shutil.get_terminal_size((120, 20)).columns
            for line in _table(quoted, width, bold=output == "-" and handle.isatty()):
                handle.write(line + "\n")
    if result["message"]:
        click.echo(f"note: {result['message']}", err=True)
    if fmt == "table":
        click.echo(f"{result['total']} quotes; page {result['page']} of {result['pages']}", err=True)


STAT_COLUMNS = ("quotes", "quotes_female", "quotes_male", "quotes_unknown", "share_female_quotes",
                "people", "people_female", "people_male", "people_unknown", "share_female_people")
GROUPS = ("outlet", "month", "year", "kind")


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def stats_table(by: tuple[str, ...], rows: list[dict[str, Any]], total: dict[str, Any]) -> list[str]:
    """The stats as aligned text: the groups, then quotes and people by gender with the share of women."""
    widths = {b: max([len(b), *(len(str(r[b] or "(none)")) for r in rows)]) for b in by}
    widths = {b: min(w, 32) for b, w in widths.items()}
    keys = "  ".join(f"{b:<{widths[b]}}" for b in by)
    numbers = "quotes  women    men  unknown  women %    people  women    men  unknown  women %"
    lines = [f"{keys}  {numbers}" if by else numbers]

    def line(label: str, r: dict[str, Any]) -> str:
        return (f"{label}{r['quotes']:>6} {r['quotes_female']:>6} {r['quotes_male']:>6} {r['quotes_unknown']:>8}"
                f" {_percent(r['share_female_quotes']):>8}    {r['people']:>6} {r['people_female']:>6}"
                f" {r['people_male']:>6} {r['people_unknown']:>8} {_percent(r['share_female_people']):>8}")

    for r in rows:
        label = "  ".join(f"{str(r[b] or '(none)')[:32]:<{widths[b]}}" for b in by)
        lines.append(line(label + "  " if by else "", r))
    if by:
        width = sum(widths.values()) + 2 * len(by)
        lines.append(line(f"{'all':<{width - 2}}  ", total))
    return lines


@cli.command()
@click.argument("query", required=False, default="")
@DB_OPTION
@click.option("--by", default="outlet", show_default=True, metavar="GROUPS",
              help=f"comma-separated groups: any of {', '.join(GROUPS)}; '' for totals only")
@filter_options()
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="table for people; json or csv (one row per group) for programs")
@output_option
@friendly_errors
def stats(query: str, db: str, by: str, fmt: str, output: str, **filters: Any) -> None:
    """Sources by gender: quotes by people and distinct people quoted, women / men / unknown,
    and the share of women among those whose gender the articles give, by outlet, month, ...

    Gender is what each article says (an honorific, a gendered noun, a pronoun, a given name of
    one sex); "unknown" when it says nothing. QUERY and the filters are those of 'onrecord search'.

    \b
    onrecord stats --by outlet,month --db news.db
    onrecord stats climate --by outlet --since 2024 --format csv -o women-quoted.csv
    """
    groups = tuple(g.strip() for g in by.split(",") if g.strip())
    request = query_from(query, filters)
    with open_store(db, readonly=True) as store, store.time_limit(setting("query_time_limit")):
        rows = store.source_stats(groups, request)
        total = store.source_stats((), request)[0]
    with opened(output) as handle:
        if fmt == "json":
            handle.write(json.dumps({"by": list(groups), "query": request.to_dict(), "total": total, "rows": rows},
                                    ensure_ascii=False, indent=2) + "\n")
        elif fmt == "csv":
            _write_csv(handle, [*groups, *STAT_COLUMNS], rows)
        else:
            for text in stats_table(groups, rows, total):
                handle.write(text + "\n")
