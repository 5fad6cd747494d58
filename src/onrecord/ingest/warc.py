"""Web crawls (``.warc``, ``.warc.gz``): one Document per HTML response record, via warcio.

Only ``response`` (and ``resource``) records whose payload is HTML and whose HTTP status is
2xx are articles; requests, metadata, redirects, images and the like are passed over without
a record (their number is logged at INFO level). Each HTML payload goes through the HTML
reader (trafilatura).

- ``Document.id``: the WARC-Record-ID without ``<urn:uuid:`` and ``>``, or a hash of the URL.
- ``Document.source``: ``path#offset=N``, N the record's byte offset in the (compressed) file.
- ``meta``: ``url`` (WARC-Target-URI), ``warc_date`` (the crawl time), ``warc_record_id``,
  the page's own metadata (title, author, site, ...) and ``date``: the publication date the
  page gives, or the crawl date when it gives none.

A truncated or corrupt file (an interrupted download cuts the last gzip member) ends the
reader with one Skipped record saying where; the records before it have been yielded.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from ..errors import InputError
from ..text import content_hash
from ..types import Document, Skipped
from ._common import RAISE_MAX_BYTES, open_regular, stem_of
from .html import html_document

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)
# What warcio raises on damaged input; AttributeError/TypeError/IndexError come from records with
# missing headers (a response without WARC-Target-URI, found by fuzzing).
_WARC_ERRORS = (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, zlib.error, OSError, ValueError,
                AttributeError, TypeError, IndexError, KeyError)


class _Records(ArchiveIterator):
    """warcio's iterator, without its warnings on stderr: ``err_count`` is checked instead."""

    INC_RECORD = ""


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    return (headers.get_header("Content-Type") if headers else None) or ""


def _is_article(record: Any) -> bool:
    """True for a 2xx response (or a resource record) whose payload is HTML."""
    if record.rec_type not in ("response", "resource"):
        return False
    if not any(kind in _content_type(record).lower() for kind in _HTML_TYPES):
        return False
    if record.rec_type == "response":
        status = (record.http_headers.get_statuscode() or "") if record.http_headers else ""
        return status.startswith("2")
    return True


def _decoded(payload: bytes, content_type: str) -> bytes | str:
    """The payload as str when the HTTP header names a charset that decodes it, else the bytes."""
    match = _CHARSET.search(content_type)
    if match:
        try:
            return payload.decode(match.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return payload


def _record_id(record_id: str | None, url: str | None, offset: int) -> str:
    if record_id:
        return record_id.strip("<>").removeprefix("urn:uuid:")
    return content_hash(url or f"offset={offset}")


def _document(record: Any, payload: bytes, *, id: str, source: str) -> Document:
    headers = record.rec_headers
    url, warc_date = headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Date")
    given = {"url": url, "warc_date": warc_date, "warc_record_id": headers.get_header("WARC-Record-ID")}
    doc = html_document(_decoded(payload, _content_type(record)), id=id, source=source,
                        meta={k: v for k, v in given.items() if v})
    if "date" not in doc.meta and warc_date:
        doc.meta["date"] = warc_date[:10]
    return doc


def _truncated(path: Path, source: str, offset: int, why: str) -> Skipped:
    return Skipped(stem_of(path), source, f"{source}: truncated or corrupt WARC data at offset {offset:,} ({why}); "
                                          "the records before it were read")


def _problem(record: Any, records: _Records) -> str | None:
    """Why a record just read is broken, or None."""
    if record.format != "warc":
        return "not a WARC record"
    if getattr(record.raw_stream, "limit", 0) > 0:
        return "the record ends before its Content-Length"
    if records.err_count:
        return "a record's Content-Length does not match its data"
    return None


def _trailing_garbage(path: Path, end: int) -> bool:
    """True when bytes other than blank lines follow ``end``, the end of the last record read."""
    with open_regular(path) as stream:
        stream.seek(end)
        return bool(stream.read(4096).strip())


def read_warc(path: Path, max_bytes: int) -> Iterator[Document | Skipped]:
    """Documents of the HTML responses in a WARC file (gzipped per record, or not), streamed.

    warcio reads a cut-off gzip member without complaint, so truncation is detected here: a
    record whose payload ends before its Content-Length, or bytes left after the last record.
    """
    passed, end = 0, 0
    with open_regular(path) as stream:
        records = _Records(stream)
        try:
            for record in records:
                article = _is_article(record)
                payload = record.content_stream().read(max_bytes + 1) if article else b""
                offset = records.get_record_offset()  # reads the rest of the record
                end = offset + records.get_record_length()
                problem = _problem(record, records)
                if problem:
                    yield _truncated(path, str(path), offset, problem)
                    return
                if not article:
                    passed += 1
                    continue
                headers = record.rec_headers
                id = _record_id(headers.get_header("WARC-Record-ID"), headers.get_header("WARC-Target-URI"), offset)
                source = f"{path}#offset={offset}"
                if len(payload) > max_bytes:
                    yield Skipped(id, source, f"{source}: the page is larger than {max_bytes:,} bytes; {RAISE_MAX_BYTES}")
                    continue
                try:
                    yield _document(record, payload, id=id, source=source)
                except InputError as exc:
                    yield Skipped(id, source, str(exc))
        except _WARC_ERRORS as exc:
            yield _truncated(path, str(path), end, f"{type(exc).__name__}: {exc}")
            return
    if _trailing_garbage(path, end):
        yield _truncated(path, str(path), end, "data after the last complete record could not be read")
    if passed:
        log.info("%s: %d WARC records passed over (not HTML 2xx responses)", path, passed)
