"""Helpers shared by the ingest readers: size limits, ids and names of multi-part suffixes, and
the one way a reader opens a file: ``open_regular`` (regular files only, so a symlink to
``/dev/zero`` or a FIFO in an input folder is a skip, not a hang) and ``read_regular`` (never
more than the byte limit, whatever ``st_size`` says)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import BinaryIO

from .. import settings
from ..errors import InputError

# Longest suffixes first, so "a.jsonl.gz" is a ".jsonl.gz" and not a ".gz".
COMPOUND_SUFFIXES: tuple[str, ...] = (".jsonl.gz", ".ndjson.gz", ".json.gz", ".warc.gz")


def suffix_of(path: Path) -> str:
    """The format suffix of a path, lower-cased: ``.jsonl.gz`` for ``a.JSONL.gz``, else the last one."""
    name = path.name.lower()
    for suffix in COMPOUND_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def stem_of(path: Path) -> str:
    """The file name without its format suffix: ``day1`` for ``crawl/day1.warc.gz``."""
    suffix = suffix_of(path)
    name = path.name
    return name[: len(name) - len(suffix)] if suffix and name.lower().endswith(suffix) else path.stem


def max_bytes_limit(max_bytes: int | None) -> int:
    """The byte limit to apply: ``max_bytes`` when given, else the ``max_bytes`` setting."""
    return settings.get("max_bytes") if max_bytes is None else max_bytes


#: how to raise the byte limit, for the messages that name it
RAISE_MAX_BYTES = "raise the limit with the environment variable ONRECORD_MAX_BYTES"


def too_large(source: str, size: int | str, limit: int) -> InputError:
    """The error for an input over the byte limit (``size`` may be a phrase such as 'more than N')."""
    shown = f"{size:,}" if isinstance(size, int) else size
    return InputError(f"{source}: {shown} bytes, over the limit of {limit:,}; split it, or {RAISE_MAX_BYTES}")


def check_file_size(path: Path, limit: int) -> None:
    """Raise InputError when the file at ``path`` is larger than ``limit`` bytes (without reading it)."""
    size = path.stat().st_size
    if size > limit:
        raise too_large(str(path), size, limit)


def read_bounded(stream: BinaryIO, source: str, limit: int) -> bytes:
    """Read a whole stream, but never more than ``limit`` + 1 bytes; raise InputError past the limit."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(source, f"more than {limit:,}", limit)
    return data


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def not_regular(source: str, mode: int) -> InputError:
    return InputError(f"{source}: {_kind(mode)}, not a regular file; onrecord reads only regular files "
                      "(a link is followed to what it points at)")


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for binary reading when it is (or links to) a regular file.

    Raises InputError for a device, FIFO, socket or directory without blocking on it (a FIFO is
    opened non-blocking, and checked again once open, in case it was swapped in between), and
    OSError when the file cannot be opened.
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise not_regular(str(path), mode)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise not_regular(str(path), mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; InputError when it is larger than ``limit`` bytes
    (checked on its size, and again on what is read: never more than ``limit`` + 1 bytes)."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise too_large(str(path), size, limit)
        return read_bounded(handle, str(path), limit)


def read_head(path: Path, limit: int) -> bytes | None:
    """The first non-blank line of the regular file ``path`` (for format detection), reading at
    most ``limit`` bytes in all; None when the file is not regular, cannot be read, or its first
    line is longer than ``limit``."""
    try:
        with open_regular(path) as handle:
            seen = 0
            while seen <= limit:
                line = handle.readline(limit + 1 - seen)
                if not line:
                    return None
                seen += len(line)
                if line.strip():
                    return line if line.endswith(b"\n") or seen <= limit else None
    except (OSError, InputError):
        return None
    return None


def head_record(path: Path, limit: int) -> dict | None:
    """The first line of ``path`` read as one JSON object (``read_head``), or None when it is
    none: what a file's first record says of the whole file (a sidecar, an extract output)."""
    line = read_head(path, limit)
    if line is None:
        return None
    try:
        record = json.loads(line.decode("utf-8-sig"))  # UTF-8, as the readers read it (bytes would be sniffed)
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None
