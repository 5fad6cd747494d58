"""Stage 1, ingest: paths, bytes or stdin -> Document | Skipped.

``read_inputs(["a.txt", "dir/", "-"])`` yields one Document per article (a JSONL file holds
many) or a Skipped record with the reason when an input cannot be read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..types import Document, Skipped


def decode_text(data: bytes, source: str) -> str:
    """Decode a text file's bytes (UTF-8 first)."""
    if not data.strip():
        raise InputError(f"{source}: the file is empty; give a file with article text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 ({exc})") from exc


def read_path(path: str | Path) -> Iterator[Document | Skipped]:
    """Documents in one file."""
    path = Path(path)
    try:
        text = decode_text(path.read_bytes(), str(path))
    except (InputError, OSError) as exc:
        yield Skipped(path.stem, str(path), str(exc))
        return
    yield Document(id=path.stem, text=text, source=str(path))


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | Skipped]:
    """Documents from files, directories (recursively) and ``-`` (stdin), in order."""
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read()
            try:
                yield Document(id="stdin", text=decode_text(data, "<stdin>"), source="<stdin>")
            except InputError as exc:
                yield Skipped("stdin", "<stdin>", str(exc))
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from read_path(child)
        elif path.exists():
            yield from read_path(path)
        else:
            yield Skipped(path.stem, item, f"{item}: no such file or directory")
