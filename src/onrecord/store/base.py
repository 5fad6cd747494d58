"""The ``Store`` interface: what callers (CLI, web app, batch) may ask of a back end.

SQLite (``SQLiteStore``) is the back end today; a PostgreSQL one implements the same methods,
and callers only ever get a store from ``onrecord.store.open_store(target)``. Every read returns
plain JSON-ready dicts (the web app's JSON twins are these dicts), so no caller depends on a
database driver's row type.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..search import SearchQuery
from ..types import Article, Skipped


@dataclass
class IngestStats:
    """What one ``add_articles`` call did (counts are of inputs)."""

    added: int = 0  # new articles stored
    updated: int = 0  # already stored, their metadata brought up to date
    duplicates: int = 0  # already stored (same text, or same URL), nothing changed
    skipped: int = 0  # Skipped records (recorded with their reasons)
    quotes: int = 0  # quotes stored with the new articles
    reasons: list[str] = field(default_factory=list)  # the skip reasons seen (first 100)

    def merge(self, other: IngestStats) -> None:
        """Add another call's counts to these."""
        self.added += other.added
        self.updated += other.updated
        self.duplicates += other.duplicates
        self.skipped += other.skipped
        self.quotes += other.quotes
        self.reasons.extend(other.reasons[: max(0, 100 - len(self.reasons))])


Progress = Callable[[IngestStats], None]


class Store(ABC):
    """A database of articles, quotes, speakers and entities. Use as a context manager."""

    # -- writing -------------------------------------------------------------------------
    @abstractmethod
    def add_articles(
        self, items: Iterable[Article | Skipped], batch_size: int = 100, progress: Progress | None = None
    ) -> IngestStats:
        """Store Articles and record Skipped inputs, one transaction per ``batch_size`` items.

        Idempotent: an article whose text (or known URL) is already stored is counted as a
        duplicate (or as updated, when its metadata is new: ``refresh_metadata``), so re-running
        an interrupted ingest adds only what is missing.
        ``progress`` is called with the running totals after each committed batch.
        """

    @abstractmethod
    def has_article(self, text: str, url: str | None = None) -> bool:
        """True when an article with this text (or this URL) is already stored."""

    @abstractmethod
    def refresh_metadata(self, text: str, meta: dict[str, Any]) -> str | None:
        """For a stored article (by its text): bring title, outlet, date, url, author and meta up to
        date with ``meta``; "updated" or "known" (nothing changed); None when it is not stored."""

    # -- reading -------------------------------------------------------------------------
    def data_version(self) -> int | None:
        """A number that changes whenever another connection commits; None when the back end
        cannot tell (then readers must not cache)."""
        return None

    @abstractmethod
    def stats(self) -> dict[str, int]:
        """Counts of articles, quotes, speakers, entities, quote groups and skipped inputs."""

    @abstractmethod
    def article(self, article_id: str) -> dict[str, Any] | None:
        """An article with its text, quotes (with speakers), entities and boilerplate spans."""

    @abstractmethod
    def quote(self, quote_id: int) -> dict[str, Any] | None:
        """One quote with its speaker, article metadata, mentioned entities and reuse group."""

    @abstractmethod
    def speaker(self, speaker_id: int, page: int = 1, page_size: int | None = None) -> dict[str, Any] | None:
        """A speaker: name, type, aliases, merge reasons, outlets, quotes per month, quotes (paged)."""

    @abstractmethod
    def entity(self, entity_id: int, page: int = 1, page_size: int | None = None) -> dict[str, Any] | None:
        """A global entity: its articles, who talks about it (speakers), and those quotes (paged)."""

    @abstractmethod
    def search(self, query: SearchQuery) -> dict[str, Any]:
        """Quotes matching ``query``, ranked and paged.

        Returns {"query", "match", "total", "page", "pages", "message", "results"}; each result is
        a quote row with speaker and article fields, and ``text_marked``: the text with matched
        words between U+E000 and U+E001 (the web app escapes, then turns them into <mark>; the
        text's own U+E000/U+E001, if any, are U+FFFD there).
        ``message`` explains a query with no searchable words or too many matches to rank.
        """

    @abstractmethod
    def top_speakers(self, limit: int = 20) -> list[dict[str, Any]]:
        """The most quoted speakers, each with its counts and the outlets that quote it."""

    @abstractmethod
    def iter_quotes(self, query: SearchQuery | None = None) -> Iterator[dict[str, Any]]:
        """Every quote ``query`` selects (default: all) as a flat row, with speaker, article
        metadata and context, for export."""

    # -- looking across ------------------------------------------------------------------
    @abstractmethod
    def facets(self, query: SearchQuery, limit: int = 10) -> dict[str, Any]:
        """Counts of the quotes ``query`` selects by outlet, speaker, kind, gender and month."""

    @abstractmethod
    def timeline(self, query: SearchQuery) -> dict[str, Any]:
        """Quotes per month (or week, over a short span) of what ``query`` selects."""

    @abstractmethod
    def source_stats(self, by: Iterable[str] = ("outlet",), query: SearchQuery | None = None) -> list[dict[str, Any]]:
        """Quotes by people and people quoted, by gender, with the share of women, grouped ``by``."""

    @abstractmethod
    def outlet(self, name: str, query: SearchQuery | None = None) -> dict[str, Any] | None:
        """One outlet: counts, sources by gender in total and per month, its most quoted people."""

    @abstractmethod
    def speakers_index(self, page: int = 1, page_size: int = 50, sort: str | None = None, name: str | None = None,
                       type: str | None = None, gender: str | None = None) -> dict[str, Any]:
        """Speakers with their counts: {"total", "page", "pages", "rows"}."""

    @abstractmethod
    def outlets_index(self, page: int = 1, page_size: int = 50, sort: str | None = None,
                      query: SearchQuery | None = None) -> dict[str, Any]:
        """Outlets with articles, quotes, people by gender: {"total", "page", "pages", "rows"}."""

    @abstractmethod
    def entities_index(self, page: int = 1, page_size: int = 50, sort: str | None = None, name: str | None = None,
                       type: str | None = None) -> dict[str, Any]:
        """Entities with articles, quotes and speakers: {"total", "page", "pages", "rows"}."""

    @abstractmethod
    def articles_index(self, page: int = 1, page_size: int = 50, sort: str | None = None,
                       outlet: str | None = None, since: str | None = None, until_: str | None = None) -> dict[str, Any]:
        """Articles with outlet, date, title, url and quotes: {"total", "page", "pages", "rows"}."""

    # -- who is who --------------------------------------------------------------------------
    @abstractmethod
    def identities_stale(self) -> bool:
        """True when the speakers were not derived under the current rules, or articles came in since."""

    @abstractmethod
    def reidentify(self) -> dict[str, Any]:
        """Derive every cross-article speaker again from the stored evidence, corrections and
        authority entries (nothing is extracted again): {"speakers_before", "speakers",
        "quotes_moved", "corrections": {id: status}, "notes"}."""

    @abstractmethod
    def speaker_candidates(self, text: str) -> list[dict[str, Any]]:
        """Every speaker a name, alias or id may mean, with its quotes, most quoted first."""

    @abstractmethod
    def speaker_match(self, text: str) -> Any:
        """The speaker ids a --speaker value selects (a ``SpeakerMatch``); ``AmbiguousSpeaker``
        (a QueryError with the candidates) when it fits several corpus speakers."""

    @abstractmethod
    def speaker_why(self, text: str) -> dict[str, Any]:
        """One speaker with its key, aliases, authority link, merge reasons by rule and corrections."""

    @abstractmethod
    def corrections(self) -> list[dict[str, Any]]:
        """The user's corrections, oldest first, each with its status."""

    @abstractmethod
    def add_correction(self, op: str, speaker: str | None = None, other: str | None = None,
                       article: str | None = None, quote: int | None = None, value: str | None = None,
                       note: str | None = None) -> dict[str, Any]:
        """Record a correction (merge, split, rename, reassign) and derive the speakers again."""

    @abstractmethod
    def remove_correction(self, correction_id: int) -> dict[str, Any]:
        """Delete a correction and derive the speakers again."""

    @abstractmethod
    def import_corrections(self, records: Iterable[dict[str, Any]]) -> dict[str, int]:
        """Add exported corrections (those not here yet), in order: {"added", "known"}."""

    @abstractmethod
    def load_authorities(self, entries: Iterable[Any], source: str | None = None) -> dict[str, Any]:
        """Store authority entries and derive the speakers again (links them where one entry fits)."""

    @abstractmethod
    def authorities(self) -> list[dict[str, Any]]:
        """The stored authority entries, each with its linked speakers."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    @contextmanager
    def time_limit(self, seconds: float | None, lane: threading.Semaphore | None = None,
                   lane_after: float | None = None) -> Iterator[None]:
        """Bound the database work done inside the block: past ``seconds`` of CPU (0 or None: no
        limit) the query running stops and QueryTimeout is raised. ``lane``: a request that has
        spent more than ``lane_after`` (default ``LANE_AFTER_CPU``) seconds of CPU waits for a slot of it before going on
        (so long requests take turns instead of crowding out short ones), at most ``seconds``
        (then QueryTimeout, ``busy``). This base version sets no limit; SQLiteStore implements it."""
        yield

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
