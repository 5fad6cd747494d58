"""Stage 1, ingest: paths, bytes or stdin -> Document | Skipped.

``read_inputs(["a.txt", "dir/", "-"])`` yields one Document per article (a JSONL or WARC
file holds many) or a Skipped record with the reason when an input cannot be read. Readers
never raise on bad input; they stream, so memory stays flat however large the file.

One module per format (see docs/ingest.md):

=====================================  =====================  =========================
suffix                                 reader                 Document.id
=====================================  =====================  =========================
``.txt``                               ``text.read_text``     file stem
``.html`` ``.htm``                     ``html.read_html``     file stem
``.jsonl`` ``.ndjson`` (``.gz``)       ``jsonl.read_jsonl``   record ``id`` or stem:line
``.json`` (``.gz``)                    ``jsonl.read_json``    record ``id`` or stem[:item]
``.warc`` ``.warc.gz``                 ``warc.read_warc``     WARC-Record-ID or URL hash
=====================================  =====================  =========================

A file named on the command line with any other suffix (or none) is sniffed: HTML when it
looks like HTML, else text. In a directory, such files are reported as ignored.

Metadata (outlet, date, title, url, author) comes from the input, a sidecar ``articles.csv``
beside the files, and ``read_inputs(..., meta=given_meta(outlet=...))``, later ones winning
(see ``ingest/meta.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from ..types import Document, Skipped
from ._common import max_bytes_limit, open_regular, read_bounded, read_regular, stem_of, suffix_of
from .html import html_document, looks_like_html, read_html
from .jsonl import read_json, read_jsonl, record_document
from .meta import article_fields, given_meta, is_sidecar, with_given, with_sidecar
from .text import decode_text, read_text, text_document
from .warc import read_warc

Reader = Callable[[Path, int], Iterator[Document | Skipped]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".jsonl.gz": read_jsonl,
    ".ndjson": read_jsonl,
    ".ndjson.gz": read_jsonl,
    ".json": read_json,
    ".json.gz": read_json,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}

__all__ = [
    "READERS", "article_fields", "count_inputs", "decode_text", "given_meta", "html_document", "read_bytes", "read_inputs",
    "read_path", "read_stdin", "record_document", "text_document",
]


def read_bytes(data: bytes, *, id: str, source: str) -> Document:
    """One article from raw bytes: HTML when they look like HTML, else text (raises InputError)."""
    if looks_like_html(data):
        return html_document(data, id=id, source=source)
    return text_document(data, id=id, source=source)


def _read_sniffed(path: Path, max_bytes: int) -> Iterator[Document]:
    yield read_bytes(read_regular(path, max_bytes), id=stem_of(path), source=str(path))


def _cannot_read(path: Path, exc: OSError) -> str:
    return f"{path}: cannot be read ({exc.strerror or exc}); check that it exists and is readable"


def read_path(path: str | Path, *, max_bytes: int | None = None,
              _reported: set[str] | None = None) -> Iterator[Document | Skipped]:
    """Documents in one file, by its suffix; Skipped records (never exceptions) for what fails.

    max_bytes (int | None): files (and single JSONL lines or WARC pages) larger than this are
        skipped without being read whole; default: the ``max_bytes`` setting.
    A sidecar ``articles.csv`` / ``articles.jsonl`` beside the file adds its metadata.
    """
    path = Path(path)
    yield from with_sidecar(path, _read_file(path, max_bytes_limit(max_bytes)), _reported)


def _read_file(path: Path, limit: int) -> Iterator[Document | Skipped]:
    reader = READERS.get(suffix_of(path), _read_sniffed)
    try:
        yield from reader(path, limit)
    except InputError as exc:
        yield Skipped(stem_of(path), str(path), str(exc))
    except OSError as exc:
        yield Skipped(stem_of(path), str(path), _cannot_read(path, exc))
    except Exception as exc:  # noqa: BLE001 - one unreadable file must never stop a run
        yield Skipped(stem_of(path), str(path), f"{path}: could not be read ({type(exc).__name__}: {exc}); "
                                                "the files after it are read")


def read_stdin(stream: BinaryIO | None = None, *, max_bytes: int | None = None) -> Document | Skipped:
    """The article on standard input (or ``stream``): HTML when it looks like HTML, else text."""
    stream = stream if stream is not None else sys.stdin.buffer
    try:
        data = read_bounded(stream, "<stdin>", max_bytes_limit(max_bytes))
        return read_bytes(data, id="stdin", source="<stdin>")
    except InputError as exc:
        return Skipped("stdin", "<stdin>", str(exc))


def walk(directory: Path) -> list[Path]:
    """Every file under ``directory``, recursively, sorted; hidden files and folders left out."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, name) for name in files if not name.startswith("."))
    return sorted(found)


def read_directory(directory: str | Path, *, max_bytes: int | None = None,
                   _reported: set[str] | None = None) -> Iterator[Document | Skipped]:
    """Documents of every known file under ``directory``; a Skipped record names each file ignored.
    Sidecars (``articles.csv``, a sidecar ``articles.jsonl``) are metadata, not articles."""
    known = ", ".join(READERS)
    reported = set() if _reported is None else _reported
    for path in walk(Path(directory)):
        if is_sidecar(path):
            continue
        if suffix_of(path) in READERS:
            yield from read_path(path, max_bytes=max_bytes, _reported=reported)
        else:
            yield Skipped(stem_of(path), str(path), f"{path}: ignored, not an article file (onrecord reads {known})")


def read_inputs(inputs: Iterable[str], *, max_bytes: int | None = None,
                meta: dict[str, Any] | None = None) -> Iterator[Document | Skipped]:
    """Documents from files, directories (recursively) and ``-`` (stdin), in order.

    meta: metadata given for every document (``given_meta(outlet=..., date=...)``), over what the
        inputs and their sidecars say; with a ``url`` there must be only one document.
    """
    yield from with_given(_read_inputs(inputs, max_bytes), dict(meta or {}))


def _read_inputs(inputs: Iterable[str], max_bytes: int | None) -> Iterator[Document | Skipped]:
    reported: set[str] = set()
    for item in inputs:
        path = Path(item)
        if item == "-":
            yield read_stdin(max_bytes=max_bytes)
        elif path.is_dir():
            yield from read_directory(path, max_bytes=max_bytes, _reported=reported)
        elif path.exists():
            yield from read_path(path, max_bytes=max_bytes, _reported=reported)
        else:
            yield Skipped(stem_of(path), item, f"{item}: no such file or directory")


def _count_records(path: Path, limit: int) -> int:
    """Non-blank lines of a regular file, read in 1 MB blocks (never a whole line at once), at
    most ``limit`` bytes; a FIFO or device raises InputError."""
    count, seen, pending = 0, 0, False  # pending: the line not yet ended has non-blank bytes
    with open_regular(path) as handle:
        while seen < limit:
            block = handle.read(1 << 20)
            if not block:
                break
            seen += len(block)
            *ended, rest = block.split(b"\n")
            for part in ended:
                count += pending or bool(part.strip())
                pending = False
            pending = pending or bool(rest.strip())
    return count + pending


def count_inputs(inputs: Iterable[str], max_scan_bytes: int = 200_000_000) -> int | None:
    """How many items (articles and skipped inputs) ``inputs`` hold, when that is cheap to know
    (for a progress bar's total and ETA), else None. A .txt/.html file is one, a plain JSON Lines
    file one per non-empty line (counted without parsing, up to ``max_scan_bytes`` in all), a file a
    directory walk ignores one; stdin, gzip, WARC, .json and batch outputs are not known in advance."""
    total, scanned = 0, 0
    for item in inputs:
        path = Path(item)
        if item == "-" or (path.is_dir() and (path / "manifest.json").is_file()):
            return None
        if not path.exists():
            total += 1  # skipped: no such file
            continue
        for file in walk(path) if path.is_dir() else [path]:
            suffix = suffix_of(file)
            if path.is_dir() and is_sidecar(file):
                continue
            if suffix in (".jsonl", ".ndjson"):
                try:
                    scanned += file.stat().st_size
                    if scanned > max_scan_bytes:
                        return None
                    total += _count_records(file, max_scan_bytes)
                except (OSError, InputError):
                    total += 1
            elif suffix in READERS and suffix not in (".txt", ".html", ".htm"):
                return None  # many articles per file, not counted without reading them
            else:
                total += 1
    return total
