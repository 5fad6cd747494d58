"""Full-text search over stored quotes: the query model and a safe FTS5 query translator.

``SearchQuery`` holds what a user asks (words, and filters by speaker, entity, outlet, date
range, kinds, speaker gender, confidence; the order and the page); each store back end runs it
(``Store.search``). ``fts_query`` turns what a person types into an FTS5 expression that is
always valid:

- ``"exact phrase"`` stays a phrase; an unbalanced ``"`` is closed at the end of the query;
- ``word*`` is a prefix query; a ``*`` with no letters before it is dropped;
- ``AND`` / ``OR`` / ``NOT`` (upper case, between two terms) are operators; anywhere else (a
  lone ``AND``, ``NOT`` first) they are searched as words;
- every other character that FTS5 would read as syntax (``:``, ``^``, ``(``, ``-``, ``+``...)
  is quoted away, so a query can never inject FTS5 syntax or column filters.

The cost of one search is bounded: at most ``MAX_QUERY_CHARS`` characters are read, at most
``MAX_PREFIX_TERMS`` prefix terms (``word*``) are searched at once (more is a QueryError: 400 on
the web), and a store runs a request under a time limit (``Store.time_limit``, the
``query_time_limit`` setting), past which it raises QueryTimeout (503 on the web).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, ClassVar

from ..errors import InputError, OnrecordError
from ..settings import get as setting
from ..text import replace_surrogates
from ..types import QUOTE_KINDS, check_kinds

MAX_QUERY_CHARS = 500
#: prefix terms (``word*``) one query may hold: each reads the index of every word it begins
#: (``a*``: most of the store); 83 of them took 5.8 s on 10,000 quotes (issue 14)
MAX_PREFIX_TERMS = 8
OPERATORS = frozenset({"AND", "OR", "NOT"})
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")  # ASCII digits: \\d also takes '２０１１'
MAX_ID_DIGITS = 18  # a stored id fits SQLite's 64-bit INTEGER; a longer one names nothing
MAX_PAGE = 1_000_000


class QueryError(OnrecordError, ValueError):
    """A search parameter is not valid (a bad date, an unknown kind, a page below 1)."""


class QueryTimeout(OnrecordError, RuntimeError):
    """A request ran past its time limit in the database (``Store.time_limit``); the web app
    answers 503. ``busy``: it waited for other long requests rather than running long itself."""

    def __init__(self, message: str, busy: bool = False) -> None:
        super().__init__(message)
        self.busy = busy


#: a query with more prefix terms or alternatives than these reads many lists of the index at once:
#: on the web it waits for its turn among the long requests from the start (``is_heavy``)
HEAVY_PREFIX_TERMS = 2
HEAVY_ALTERNATIVES = 4


def is_heavy(text: str | None) -> bool:
    """True for a query whose shape makes it costly whatever the store: more than
    HEAVY_PREFIX_TERMS prefix terms or more than HEAVY_ALTERNATIVES ``OR``."""
    terms = _terms(text or "")
    return sum(t.endswith("*") for t in terms) > HEAVY_PREFIX_TERMS or terms.count("OR") > HEAVY_ALTERNATIVES


def prefix_terms(text: str) -> int:
    """How many prefix terms (``word*``) the query ``text`` asks for, as ``fts_query`` reads it."""
    return sum(term.endswith("*") for term in _terms(text))


def is_id(text: str | None) -> bool:
    """True when ``text`` is a stored id: ASCII digits only (``'²'.isdigit()`` is true, ``int('²')``
    fails), at most MAX_ID_DIGITS of them (a longer number overflows SQLite's INTEGER)."""
    return text is not None and text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS


def whole_number(text: Any, name: str, low: int = 1, high: int = MAX_PAGE) -> int:
    """``text`` (a parameter's text, or an int) as a whole number from ``low`` to ``high``;
    QueryError saying so for anything else (other digits, signs, huge numbers)."""
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    elif isinstance(text, str) and is_id(text.strip()):
        value = int(text.strip())
    else:
        value = low - 1
    if not low <= value <= high:
        shown = text if isinstance(text, int) else str(text)[:40]
        raise QueryError(f"{name} {shown!r} must be a whole number from {low:,} to {high:,}")
    return value


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def fts_query(text: str) -> str:
    """Translate a user's query into a valid FTS5 MATCH expression ('' when nothing is searchable).

    >>> fts_query('"we will" fight* AND win')
    '"we will" "fight"* AND "win"'
    >>> fts_query('AND')
    '"AND"'
    """
    terms = _terms(text)
    # An operator is kept only between two terms; otherwise it is searched as a word.
    out: list[str] = []
    for i, term in enumerate(terms):
        if term in OPERATORS:
            before = bool(out) and out[-1] not in OPERATORS
            after = i + 1 < len(terms) and terms[i + 1] not in OPERATORS
            out.append(term if before and after else _quoted(term))
        else:
            out.append(term)
    return " ".join(out)


def _terms(text: str) -> list[str]:
    """The terms of a query: each a quoted word or phrase (a prefix term ends with ``*``) or an operator."""
    terms: list[str] = []
    text = text[:MAX_QUERY_CHARS].replace("\x00", " ")  # FTS5 ends a string at NUL: '"0<NUL>"' is unterminated
    for match in _TOKEN.finditer(text):
        phrase, word = match.groups()
        if phrase is not None:
            if _has_word(phrase):
                terms.append(_quoted(phrase))
            continue
        if word in OPERATORS:
            terms.append(word)
            continue
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if not _has_word(word):
            continue
        terms.append(_quoted(word) + ("*" if prefix else ""))
    return terms


def check_date(value: str | None, name: str) -> str | None:
    """Validate a YYYY, YYYY-MM or YYYY-MM-DD date filter; raise QueryError saying the format."""
    if value in (None, ""):
        return None
    value = value.strip()
    ok = bool(_DATE.match(value))
    if ok:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            date(parts[0], parts[1], parts[2])
        except ValueError:
            ok = False
    if not ok:
        raise QueryError(f"--{name} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2011-01-31)")
    return value


SORTS: tuple[str, ...] = ("relevance", "newest", "oldest")
GENDER_FILTERS: tuple[str, ...] = ("female", "male", "unknown")
_FLOAT = re.compile(r"^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$")


def check_confidence(value: Any, name: str = "min-confidence") -> float:
    """A confidence threshold between 0 and 1 (a number or its text); raise QueryError otherwise."""
    if isinstance(value, str):
        if not _FLOAT.match(value):
            raise QueryError(f"--{name} {value!r} is not a number; give one between 0 and 1 (e.g. 0.5)")
        value = float(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise QueryError(f"--{name} {value!r} must be a number between 0 and 1 (e.g. 0.5)")
    return float(value)


def _kinds(value: Any) -> tuple[str, ...]:
    """Quote kinds from "direct,mixed" or an iterable; () for all; QueryError naming the valid ones."""
    if value in (None, "", ()):
        return ()
    try:
        wanted = check_kinds(value)
    except InputError as exc:
        raise QueryError(str(exc).replace("quote kind(s)", "kind")) from exc
    return () if set(wanted) == set(QUOTE_KINDS) else wanted


@dataclass(frozen=True)
class SearchQuery:
    """One search: ``q`` (words, "phrases", prefix*), filters, order and page.

    speaker: a speaker id or a name/alias ("Jane Roe"); entity: an entity id or name; outlet:
    case-insensitive, the outlet of that exact name when there is one, else every outlet whose
    name contains it ("reuters" finds "Thomson Reuters"); since/until: YYYY[-MM[-DD]], inclusive;
    kinds: "direct,mixed" or a tuple (``kind``, one kind, is the older spelling); gender: the
    speaker's, female, male or unknown; min_confidence: hide records below it (None: the
    ``min_confidence`` setting); sort: relevance (words ranked by bm25, newest first without
    words; short, low-confidence and flagged records last), newest or oldest.
    """

    q: str = ""
    speaker: str | None = None
    entity: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    kinds: Any = ()
    gender: str | None = None
    min_confidence: Any = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 0  # 0: the page_size setting

    def __post_init__(self) -> None:
        object.__setattr__(self, "since", check_date(self.since, "since"))
        object.__setattr__(self, "until", check_date(self.until, "until"))
        for name in ("speaker", "entity", "outlet", "kind", "gender"):
            value = replace_surrogates(getattr(self, name))
            object.__setattr__(self, name, value.strip() or None if isinstance(value, str) else value)
        if self.kind is not None and self.kind not in QUOTE_KINDS:
            raise QueryError(f"kind {self.kind!r} is not one of {', '.join(QUOTE_KINDS)}")
        kinds = _kinds(self.kinds)
        if self.kind is not None:
            kinds = (self.kind,) if not kinds else tuple(k for k in kinds if k == self.kind)
            if not kinds:
                raise QueryError(f"kind {self.kind!r} is not among the kinds asked for")
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "kind", kinds[0] if len(kinds) == 1 else None)
        if self.gender is not None and self.gender not in GENDER_FILTERS:
            raise QueryError(f"gender {self.gender!r} is not one of {', '.join(GENDER_FILTERS)}")
        confidence = setting("min_confidence") if self.min_confidence in (None, "") else self.min_confidence
        object.__setattr__(self, "min_confidence", check_confidence(confidence))
        if self.sort not in SORTS:
            raise QueryError(f"sort {self.sort!r} is not one of {', '.join(SORTS)}")
        whole_number(self.page, "page")
        size = self.page_size or setting("page_size")
        if not isinstance(size, int) or not 1 <= size <= 1000:
            raise QueryError(f"page size {size!r} must be between 1 and 1000")
        object.__setattr__(self, "page_size", size)
        object.__setattr__(self, "q", replace_surrogates(self.q or "")[:MAX_QUERY_CHARS])
        prefixes = prefix_terms(self.q)
        if prefixes > MAX_PREFIX_TERMS:
            raise QueryError(f"the query has {prefixes} prefix terms (word*); at most {MAX_PREFIX_TERMS} are searched "
                             "at once: use fewer, or longer words")

    @property
    def match(self) -> str:
        """The FTS5 expression for ``q`` ('' when ``q`` has nothing searchable)."""
        return fts_query(self.q)

    @property
    def filtered(self) -> bool:
        """True when any filter (not only words) is set."""
        return any((self.speaker, self.entity, self.outlet, self.since, self.until, self.kinds, self.gender))

    #: web parameters read by ``from_params`` (besides ``page``)
    PARAMS: ClassVar[tuple[str, ...]] = ("q", "speaker", "entity", "outlet", "since", "until", "kind", "kinds",
                                         "gender", "min_confidence", "sort")

    @classmethod
    def from_params(cls, params: dict[str, Any], **defaults: Any) -> SearchQuery:
        """Build from web query parameters (strings); raises QueryError on bad values."""
        page = whole_number(str(params.get("page") or "1"), "page")
        fields = {k: params.get(k) for k in cls.PARAMS}
        if not fields.get("sort"):
            fields.pop("sort")
        return cls(**{**defaults, **{k: v for k, v in fields.items() if v is not None}}, page=page)

    def to_dict(self) -> dict[str, Any]:
        """The query as JSON (what the JSON twin echoes back)."""
        data = asdict(self)
        data["kinds"] = ",".join(self.kinds) or None
        return data

    def to_params(self, **changes: Any) -> dict[str, Any]:
        """The non-default parameters of this query (with ``changes``), for a link to it."""
        data = {**self.to_dict(), **changes}
        data.pop("kind", None)
        data.pop("page_size", None)
        if data.get("sort") == "relevance":
            data.pop("sort")
        if data.get("min_confidence") == setting("min_confidence"):
            data.pop("min_confidence")
        if data.get("page") == 1:
            data.pop("page")
        return {k: v for k, v in data.items() if v not in (None, "", ())}
