"""Article metadata: what each input calls outlet, date, title, url and author, and where it comes from.

Sources, later ones winning:

1. the input itself: HTML metadata (trafilatura), JSONL fields at the top level or inside a
   nested ``meta`` object (PolNeAR keeps ``publisher``, ``publication_date`` and ``title`` there);
2. a **sidecar** beside the files: ``articles.csv`` (or ``articles.jsonl``) in the same directory
   or a folder above it, one row per file with ``path`` (relative to the sidecar) and any of
   ``outlet``, ``date``, ``url``, ``title``, ``author``; an ``id`` column narrows a row to one
   record of a JSONL file;
3. the command line: ``--outlet``, ``--date``, ``--title``, ``--url``, ``--author``.

Each field has one canonical key in ``Document.meta`` (``site``, ``date``, ``title``, ``url``,
``author``) and the aliases inputs use for it (``FIELDS``); ``article_fields`` reads them in that
order, so a canonical key set by a sidecar or the command line wins over an alias in the input.
``meta["given"]`` lists the canonical keys a sidecar or the command line set: when an article is
ingested again, those replace what the store holds, while the input's own metadata only fills
fields the store lacks (a repost of the same text elsewhere does not move the original).
Dates are ISO 8601 (``YYYY-MM-DD``) once stored: ``iso_date`` reads ISO, ``YYYY/MM/DD`` and
RFC 2822 dates.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError
from ..types import Document, Skipped
from ._common import head_record, max_bytes_limit, read_regular

#: canonical meta key -> the keys inputs use for it, in the order they are read
FIELDS: dict[str, tuple[str, ...]] = {
    "site": ("site", "outlet", "publisher", "sitename", "site_name", "source_name", "hostname"),
    "date": ("date", "publication_date", "published", "date_published", "datePublished", "pubdate",
             "pub_date", "published_at"),
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "author": ("author", "authors", "byline"),
}
#: what the command line and sidecars call each canonical key
OPTION_KEYS: dict[str, str] = {"outlet": "site", "date": "date", "title": "title", "url": "url", "author": "author"}
SIDECARS: tuple[str, ...] = ("articles.csv", "articles.jsonl")
_SIDECAR_HEAD = 1_000_000  # bytes read to tell a sidecar articles.jsonl (rows of metadata) from articles

_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})")


def iso_date(value: Any) -> str | None:
    """A date as ``YYYY-MM-DD`` from ISO 8601, ``YYYY/MM/DD`` or an RFC 2822 date; None otherwise."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    for pattern in (_ISO_PREFIX, _SLASHED):
        match = pattern.match(value)
        if match:
            try:
                year, month, day = (int(g) for g in match.groups())
                return datetime(year, month, day).date().isoformat()
            except ValueError:
                return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, list):  # "authors": ["A", "B"]
            value = ", ".join(str(v) for v in value if v)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without ``www.`` ("https://www.reuters.com/x" -> "reuters.com")."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def article_fields(meta: dict[str, Any]) -> dict[str, str | None]:
    """title, outlet, date (ISO), url and author of an article from its ``meta`` (None when missing)."""
    url = _first(meta, FIELDS["url"])
    return {
        "title": _first(meta, FIELDS["title"]),
        "outlet": _first(meta, FIELDS["site"]) or outlet_from_url(url),
        "date": iso_date(_first(meta, FIELDS["date"])),
        "url": url,
        "author": _first(meta, FIELDS["author"]),
    }


def given_meta(**options: str | None) -> dict[str, str]:
    """Canonical meta from command-line style options (outlet=, date=, title=, url=, author=).

    Raises InputError for an unknown name or a date that is not a date.
    """
    meta: dict[str, str] = {}
    for name, value in options.items():
        if value is None or not str(value).strip():
            continue
        if name not in OPTION_KEYS:
            raise InputError(f"unknown metadata field {name!r}; use {', '.join(OPTION_KEYS)}")
        value = str(value).strip()
        if name == "date":
            if iso_date(value) is None:
                raise InputError(f"--date {value!r} is not a date; use YYYY-MM-DD (e.g. 2016-09-12)")
            value = iso_date(value) or value
        meta[OPTION_KEYS[name]] = value
    return meta


def lift_nested(record: dict[str, Any], reserved: Iterable[str]) -> dict[str, Any]:
    """A JSON record's metadata: its top-level fields (less ``reserved``), over the fields of a
    nested ``meta`` object (PolNeAR style), so both ``publisher`` spellings are found."""
    skip = {*reserved, "meta"}
    nested = record.get("meta")
    meta = {k: v for k, v in nested.items() if k not in skip} if isinstance(nested, dict) else {}
    meta.update((k, v) for k, v in record.items() if k not in skip)
    if not isinstance(nested, dict) and "meta" in record:
        meta["meta"] = nested  # not an object: kept as it was
    return meta


# -- sidecars ------------------------------------------------------------------------------

def is_sidecar(path: Path) -> bool:
    """True when ``path`` is a metadata sidecar: ``articles.csv``, or an ``articles.jsonl`` whose
    first record has a ``path`` and no ``text``/``html`` (an articles.jsonl of articles is input)."""
    name = path.name.lower()
    if name == "articles.csv":
        return True
    if name != "articles.jsonl":
        return False
    record = head_record(path, _SIDECAR_HEAD)
    return record is not None and "path" in record and "text" not in record and "html" not in record


class Sidecar:
    """The rows of one sidecar file: (resolved path, record id or None) -> canonical meta."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows: dict[tuple[str, str | None], dict[str, Any]] = {}
        self.targets: set[str] = set()  # the files rows are about
        self.problems: list[str] = []
        try:
            data = read_regular(path, max_bytes_limit(None))
        except OSError as exc:
            self.problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
            return
        except InputError as exc:
            self.problems.append(f"{exc}; its metadata was not used")
            return
        text = data.decode("utf-8-sig", "replace")
        if path.suffix.lower() == ".csv":
            records: Iterator[tuple[int, Any]] = enumerate(csv.DictReader(io.StringIO(text)), 2)
        else:
            records = ((n, _json_or_none(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip())
        for number, record in records:
            self._add(number, record)

    def _add(self, number: int, record: Any) -> None:
        where = f"{self.path}:{number}"
        if not isinstance(record, dict) or not str(record.get("path") or "").strip():
            self.problems.append(f"{where}: a sidecar row needs a 'path' (the article file, relative to "
                                 f"{self.path.name}); this row was not used")
            return
        meta: dict[str, Any] = {}
        for key, value in record.items():
            if not isinstance(key, str) or key in ("path", "id") or value in (None, ""):
                continue  # a CSV row longer than its header has a None key
            canonical = OPTION_KEYS.get(key, key)
            if canonical == "date":
                if iso_date(str(value)) is None:
                    self.problems.append(f"{where}: date {value!r} is not a date (use YYYY-MM-DD); the "
                                         "rest of the row was used")
                    continue
                value = iso_date(str(value))
            meta[canonical] = value.strip() if isinstance(value, str) else value
        target = (self.path.parent / str(record["path"]).strip()).resolve()
        ident = str(record["id"]).strip() if record.get("id") not in (None, "") else None
        self.rows[(str(target), ident)] = meta
        self.targets.add(str(target))

    def names(self, path: Path) -> bool:
        """True when a row of this sidecar is about the file ``path``."""
        return str(path.resolve()) in self.targets

    def lookup(self, path: Path, doc_id: str) -> dict[str, Any]:
        """The metadata this sidecar gives the document ``doc_id`` read from ``path`` ({} if none)."""
        key = str(path.resolve())
        return {**self.rows.get((key, None), {}), **self.rows.get((key, doc_id), {})}


def _json_or_none(line: str) -> Any:
    try:
        return json.loads(line)
    except (ValueError, RecursionError):
        return None


@functools.lru_cache(maxsize=64)
def _sidecar_at(path: str, mtime: float) -> Sidecar:
    return Sidecar(Path(path))


def sidecar_in(directory: Path) -> Sidecar | None:
    """The sidecar in ``directory`` (cached while the file is unchanged), or None."""
    for name in SIDECARS:
        candidate = directory / name
        try:
            mtime = candidate.stat().st_mtime
        except OSError:
            continue
        if is_sidecar(candidate):
            return _sidecar_at(str(candidate), mtime)
    return None


#: how many folders above a file a sidecar may be (its rows then say "sub/dir/file.txt")
SIDECAR_DEPTH = 8


def with_sidecar(path: Path, items: Iterable[Document | Skipped],
                 reported: set[str] | None = None) -> Iterator[Document | Skipped]:
    """The documents read from ``path``, with the metadata of the sidecars that name it applied:
    one in its folder or in a folder above it (rows with a relative path such as
    ``sub/b.txt``); a nearer sidecar wins.

    A sidecar's problems (a row without a path, a bad date) become Skipped records naming the
    row, once per problem in ``reported`` (shared by the files of one read).
    """
    sidecars = []
    for directory in list(path.resolve().parents)[:SIDECAR_DEPTH]:
        found = sidecar_in(directory)
        if found is not None and (found.names(path) or directory == path.resolve().parent):
            sidecars.append(found)
    if not sidecars:
        yield from items
        return
    reported = set() if reported is None else reported
    for sidecar in sidecars:
        for problem in sidecar.problems:
            if problem not in reported:
                reported.add(problem)
                yield Skipped(sidecar.path.stem, str(sidecar.path), problem)
    for item in items:
        if isinstance(item, Document):
            extra: dict[str, Any] = {}
            for sidecar in reversed(sidecars):  # the farthest first: a nearer one wins
                extra.update(sidecar.lookup(path, item.id))
            if extra:
                item = Document(id=item.id, text=item.text, source=item.source, meta=_given(item.meta, extra))
        yield item


def with_given(items: Iterable[Document | Skipped], meta: dict[str, Any]) -> Iterator[Document | Skipped]:
    """Documents with ``meta`` (from ``given_meta``) over their own; a ``url`` may name only one
    document: a second one raises InputError, since two articles cannot share a URL."""
    if not meta:
        yield from items
        return
    seen = 0
    for item in items:
        if isinstance(item, Document):
            seen += 1
            if seen > 1 and "url" in meta:
                raise InputError("--url names one article, but the inputs hold more than one; give one file, "
                                 "or put each article's URL in a sidecar articles.csv (see docs/ingest.md)")
            item = Document(id=item.id, text=item.text, source=item.source, meta=_given(item.meta, meta))
        yield item


def _given(meta: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """``meta`` with the fields of ``given`` over it, and their names added to ``meta["given"]``."""
    before = meta.get("given")
    names = [*(before if isinstance(before, list) else []), *(k for k in given if k in FIELDS)]
    return {**meta, **given, "given": sorted(set(names))}


def given_fields(meta: dict[str, Any]) -> set[str]:
    """The ``article_fields`` names a sidecar or the command line set (``meta["given"]``)."""
    names = meta.get("given")
    field_of = {"site": "outlet"}
    return {field_of.get(k, k) for k in names if isinstance(k, str)} if isinstance(names, list) else set()
