"""Helpers shared by the ingest readers: size limits, ids and names of multi-part suffixes."""

from __future__ import annotations

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


