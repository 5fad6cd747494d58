"""Article records in JSON Lines (``.jsonl``, ``.ndjson``, gzipped or not) and ``.json`` files.

Each line is one JSON object with the article as ``text`` (used exactly as given) or
``html`` (main text extracted as for ``.html`` files), and optionally ``id`` and metadata:
``outlet`` (or ``site``, ``publisher``), ``date`` (or ``publication_date``, ``published``),
``title``, ``url``, ``author``, at the top level or inside a nested ``meta`` object (as
PolNeAR writes them; top-level fields win). Every other field goes into ``Document.meta``
unchanged (see ``ingest/meta.py`` for the names read).

Files are streamed line by line, so memory stays flat however long the file. One line is
never read past the ``max_bytes`` limit: a longer line is skipped with its line number; in a
gzip file, where a small file can inflate to gigabytes (a zip bomb), the reader gives up on
the file when no line end follows within another ``max_bytes``. Bad lines (not JSON, not an
object, no text) become Skipped records with the line number and the rest goes on.

A ``.json`` file holds one article object, an array of them, or JSON Lines.

Bounds per file (settings, see docs/hardening.md): at most ``max_lines`` lines (records), at
most ``max_skipped`` bad records reported, and for gzip at most ``max_inflated_bytes`` inflated;
past a bound the reader stops with one Skipped record naming it, so a small hostile file
(2 MB of gzipped ``{}`` lines is 2.9 million bad records) cannot fill a store with skip rows.
Any failure while reading one record (``'[' * 100000`` makes ``json.loads`` raise
RecursionError) is that record's Skipped reason; the next line is read.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from .. import settings
from ..errors import InputError
from ..text import replace_surrogates
from ..types import Document, Skipped
from ._common import RAISE_MAX_BYTES, open_regular, read_bounded, stem_of, suffix_of
from .html import html_document
from .meta import lift_nested

RESERVED = ("id", "text", "html")
_CHUNK = 1 << 20
_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)
# JSON may escape half a UTF-16 pair ("\\ud800"): json.loads gives a lone surrogate, which is not
# Unicode and breaks spaCy and every UTF-8 writer downstream. Valid pairs are already joined.
def record_document(record: Any, *, id: str, source: str) -> Document:
    """A Document from one parsed JSON article record; ``id`` is used when the record has none.

    Raises InputError (naming ``source``) when the record is not an object with a non-empty
    string ``text`` or ``html``.
    """
    if not isinstance(record, dict):
        raise InputError(f"{source}: expected a JSON object with 'text' or 'html', got {type(record).__name__}")
    record = replace_surrogates(record)
    if record.get("id") is not None:
        id = str(record["id"])
    meta = lift_nested(record, RESERVED)
    if "outlet" in meta and "site" not in meta:
        meta["site"] = meta.pop("outlet")
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return Document(id=id, text=text, source=source, meta=meta)
    if isinstance(html, str) and html.strip():
        return html_document(html, id=id, source=source, meta=meta)
    present = [key for key in ("text", "html") if key in record]
    why = f"its {' and '.join(repr(k) for k in present)} is empty or not a string" if present else \
        "it has no 'text' or 'html' field"
    raise InputError(f"{source}: no article text: {why}")


def _discard_line(stream: BinaryIO, budget: int | None) -> bool:
    """Read past the rest of a line; False when ``budget`` bytes went by without a line end."""
    seen = 0
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return True
        seen += len(chunk)
        if budget is not None and seen > budget:
            return False


def _parse_line(line: bytes, stem: str, source: str, lineno: int) -> Document | Skipped:
    where = f"{source}#{lineno}"
    try:
        # JSON Lines is UTF-8 (a BOM on the first line is allowed); json.loads(bytes) would guess
        # UTF-16 or UTF-32 from NUL bytes near the start of a line and read it as such
        record = json.loads(line.rstrip(b"\r\n").decode("utf-8-sig"))  # a line end is not part of the record
    except UnicodeDecodeError as exc:
        return Skipped(f"{stem}:{lineno}", where, f"{where}: line {lineno} is not UTF-8 ({exc.reason})")
    except json.JSONDecodeError as exc:
        return Skipped(f"{stem}:{lineno}", where,
                       f"{where}: line {lineno} is not valid JSON ({exc.msg}: column {exc.colno})")
    except RecursionError:
        return Skipped(f"{stem}:{lineno}", where, f"{where}: line {lineno} nests too deep to be read as JSON "
                                                  "(over about 1,000 levels of arrays or objects)")
    try:
        return record_document(record, id=f"{stem}:{lineno}", source=where)
    except InputError as exc:
        return Skipped(f"{stem}:{lineno}", where, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad record must not stop the file
        return Skipped(f"{stem}:{lineno}", where, f"{where}: line {lineno} could not be read as an article "
                                                  f"({type(exc).__name__}: {exc})")


class FileBounds:
    """How much of one file a reader may take (the settings by default): ``lines`` records,
    ``skipped`` bad records, ``inflated`` bytes of gzip output."""

    def __init__(self, lines: int | None = None, skipped: int | None = None, inflated: int | None = None) -> None:
        self.lines = settings.get("max_lines") if lines is None else lines
        self.skipped = settings.get("max_skipped") if skipped is None else skipped
        self.inflated = settings.get("max_inflated_bytes") if inflated is None else inflated


def _stop(stem: str, source: str, what: str, setting: str) -> Skipped:
    env = f"ONRECORD_{setting.upper()}"
    return Skipped(stem, source, f"{source}: {what}; the rest of the file was not read (raise the limit with "
                                 f"the environment variable {env}, or split the file)")


def iter_lines(stream: BinaryIO, *, stem: str, source: str, max_bytes: int,
               compressed: bool = False, bounds: FileBounds | None = None) -> Iterator[Document | Skipped]:
    """Documents (or Skipped records) for the JSON lines of an open binary stream, within ``bounds``."""
    return bounded_records(stream, _parse_line, stem=stem, source=source, max_bytes=max_bytes,
                           compressed=compressed, bounds=bounds)


Record = TypeVar("Record")


def bounded_records(stream: BinaryIO, parse: Callable[[bytes, str, str, int], Record | Skipped], *, stem: str,
                    source: str, max_bytes: int, compressed: bool = False, bounds: FileBounds | None = None,
                    is_bad: Callable[[Skipped], bool] = lambda item: True) -> Iterator[Record | Skipped]:
    """``parse(line, stem, source, line number)`` for each non-blank line of an open binary stream,
    within ``bounds``: no line read past ``max_bytes`` (a longer one is a Skipped), at most
    ``bounds.lines`` lines, ``bounds.inflated`` bytes of gzip output and ``bounds.skipped`` bad
    records (the Skipped results ``is_bad`` counts: a skip the file itself records is none)."""
    bounds = bounds or FileBounds()
    lineno, bad = 0, 0
    position = stream.tell() if compressed else 0
    try:
        while True:
            line = stream.readline(max_bytes + 1)
            if not line:
                return
            lineno += 1
            if lineno > bounds.lines:
                yield _stop(stem, source, f"it has more than {bounds.lines:,} lines", "max_lines")
                return
            if compressed and stream.tell() - position > bounds.inflated:
                yield _stop(stem, source, f"it inflates past {bounds.inflated:,} bytes (at line {lineno:,}; "
                                          "a zip bomb?)", "max_inflated_bytes")
                return
            item: Record | Skipped | None = None
            if len(line) > max_bytes and not line.endswith(b"\n"):
                where = f"{source}#{lineno}"
                item = Skipped(f"{stem}:{lineno}", where,
                               f"{where}: line {lineno} is longer than {max_bytes:,} bytes; {RAISE_MAX_BYTES}")
                if not _discard_line(stream, max_bytes if compressed else None):
                    yield item
                    yield Skipped(stem, source, f"{source}: line {lineno} inflates past {2 * max_bytes:,} bytes "
                                                "without ending (a zip bomb?); the rest of the file was not read")
                    return
                bad += 1
            elif line.strip():
                item = parse(line, stem, source, lineno)
                bad += isinstance(item, Skipped) and is_bad(item)
            if bad > bounds.skipped:
                yield _stop(stem, source, f"more than {bounds.skipped:,} bad records (line {lineno:,} is one), "
                                          "the most reported from one file", "max_skipped")
                return
            if item is not None:
                yield item
    except _GZIP_ERRORS as exc:
        yield Skipped(stem, source, f"{source}: the gzip data is truncated or corrupt after line {lineno} "
                                    f"({exc or type(exc).__name__}); the lines before it were read")


@contextlib.contextmanager
def _open(path: Path) -> Iterator[BinaryIO]:
    """The file (a regular one only: ``open_regular``), inflated when its name ends in ``.gz``."""
    with open_regular(path) as raw:
        if path.name.lower().endswith(".gz"):
            with gzip.GzipFile(fileobj=raw, mode="rb") as inflated:
                yield inflated  # type: ignore[misc]  # a GzipFile is a binary file
        else:
            yield raw


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Document | Skipped]:
    """Documents of a JSON Lines file, gzipped when its name ends in ``.gz``, streamed."""
    with _open(path) as stream:
        yield from iter_lines(stream, stem=stem_of(path), source=str(path), max_bytes=max_bytes,
                              compressed=suffix_of(path).endswith(".gz"))


def read_json(path: Path, max_bytes: int) -> Iterator[Document | Skipped]:
    """Documents of a ``.json`` file: one article object, an array of them, or JSON Lines."""
    source, stem = str(path), stem_of(path)
    with _open(path) as stream:
        try:
            data = read_bounded(stream, source, max_bytes)
        except _GZIP_ERRORS as exc:
            raise InputError(f"{source}: the gzip data is truncated or corrupt ({exc or type(exc).__name__})") from exc
    try:
        parsed = json.loads(data)
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 ({exc.reason}); JSON files must be UTF-8") from exc
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise InputError(f"{source}: not valid JSON ({exc.msg}: line {exc.lineno} column {exc.colno})") from exc
        yield from iter_lines(io.BytesIO(data), stem=stem, source=source, max_bytes=max_bytes)
        return
    except RecursionError as exc:
        raise InputError(f"{source}: nests too deep to be read as JSON (over about 1,000 levels of arrays or "
                         "objects)") from exc
    if not isinstance(parsed, list):
        yield record_document(parsed, id=stem, source=source)
        return
    bounds, bad = FileBounds(), 0
    for number, record in enumerate(parsed, 1):
        where = f"{source}#{number}"
        if number > bounds.lines:
            yield _stop(stem, source, f"it has more than {bounds.lines:,} records", "max_lines")
            return
        try:
            yield record_document(record, id=f"{stem}:{number}", source=where)
            continue
        except InputError as exc:
            skipped = Skipped(f"{stem}:{number}", where, str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the file
            skipped = Skipped(f"{stem}:{number}", where, f"{where}: record {number} could not be read as an "
                                                         f"article ({type(exc).__name__}: {exc})")
        bad += 1
        if bad > bounds.skipped:
            yield _stop(stem, source, f"more than {bounds.skipped:,} bad records (record {number:,} is one), the "
                                      "most reported from one file", "max_skipped")
            return
        yield skipped
