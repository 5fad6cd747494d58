"""Options shared by the commands that read a database: ``--db`` and the search filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..search import SORTS, SearchQuery
from ..settings import get as setting

DB_OPTION = click.option("--db", default="news.db", show_default=True, envvar="ONRECORD_DB",
                         help="the SQLite database file (or set ONRECORD_DB)")


def filter_options(min_confidence_default: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The filters of 'onrecord search', for every command that selects quotes (search, export, stats)."""
    default = min_confidence_default or f"{setting('min_confidence')} (the min_confidence setting)"

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        options = [
            click.option("--speaker", help="only this speaker: a name, any alias as stored, or an id"),
            click.option("--entity", help="only quotes that mention this entity (a name or an id)"),
            click.option("--outlet", help="only this outlet: case-insensitive, the exact name if an outlet has it, "
                                          "else every outlet whose name contains it ('guardian')"),
            click.option("--since", metavar="DATE", help="from this date on (YYYY, YYYY-MM or YYYY-MM-DD)"),
            click.option("--until", metavar="DATE", help="up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)"),
            click.option("--kinds", metavar="KINDS",
                         help="comma-separated quote kinds: direct,mixed,indirect (default: all)"),
            click.option("--kind", hidden=True, type=click.Choice(["direct", "mixed", "indirect"]),
                         help="one quote kind (the older spelling of --kinds)"),
            click.option("--gender", type=click.Choice(["female", "male", "unknown"]),
                         help="only speakers of this gender, as the articles give it"),
            click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="X",
                         help=f"hide records below this confidence, 0..1 (default: {default})"),
        ]
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


def sort_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True,
                        help="relevance (by the words; short, low-confidence and flagged records last), "
                             "newest or oldest first")(func)


def query_from(q: str, filters: dict[str, Any], **defaults: Any) -> SearchQuery:
    """A SearchQuery from a command's QUERY argument and filter options."""
    options = {k: v for k, v in filters.items() if v is not None}
    return SearchQuery(q=q, **{**defaults, **options})
