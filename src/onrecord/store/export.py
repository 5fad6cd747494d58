"""Export stored quotes, with speakers, gender, context and article metadata, as JSONL, CSV or Parquet.

The rows are those ``Store.iter_quotes(query)`` selects (the filters of search; every quote by
default). Dates are dates: ``YYYY-MM-DD`` strings in JSONL and CSV, a Parquet ``date32`` column.
``path`` ``-`` writes to standard output.

Every CSV onrecord writes (this export, ``search``/``stats``/``speakers``/``corrections --format
csv``, the web pages' CSV twins) goes through ``csv_row``: a text cell that a spreadsheet would
read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets
a leading ``'``, so a quote like ``=HYPERLINK(...)`` stays text (OWASP's advice on CSV
injection). ``read_cell`` undoes it (``corrections import`` reads such a file back).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

from ..errors import StoreError
from ..search import SearchQuery
from .base import Store

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = (
    "id", "article_id", "local_id", "kind", "text", "context", "start", "end", "cue", "cue_start", "cue_end",
    "confidence", "speaker_id", "speaker", "speaker_authority_id", "speaker_name", "speaker_mention", "speaker_type", "gender",
    "speaker_gender", "speaker_start", "speaker_end", "group_id", "title", "outlet", "date", "author", "url",
    "source", "fragments", "flags",
)
_PARQUET_BATCH = 10_000


def rows(store: Store, query: SearchQuery | None = None) -> Iterator[dict[str, Any]]:
    """Export rows in ``COLUMNS`` order: ``speaker`` is the cross-article name (the user's corrections
    applied), ``speaker_authority_id`` the id an authority file links it to, ``speaker_name`` as the
    article wrote it; ``gender`` the speaker's (all articles), ``speaker_gender`` this article's word."""
    for row in store.iter_quotes(query):
        yield {column: row.get(column) for column in COLUMNS}


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v) if isinstance(v, list) else v for k, v in row.items()}


#: what a spreadsheet reads as the start of a formula (or of a cell to split on)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """One CSV cell: a list or dict as JSON; text a spreadsheet would read as a formula with a
    leading ``'`` (text that already starts with ``'`` and then a formula gets one more, so
    ``read_cell`` gives back exactly what was written); numbers and None as they are."""
    if isinstance(value, list | dict):
        value = json.dumps(value)
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_START):
        return "'" + value
    return value


def read_cell(text: str) -> str:
    """A cell of a CSV onrecord wrote, as it was before ``csv_cell``."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        return text[1:]
    return text


def csv_row(row: dict[str, Any], columns: Sequence[str]) -> dict[str, Any]:
    """``row``'s ``columns`` (missing ones empty) as safe CSV cells (``csv_cell``)."""
    return {column: csv_cell(row.get(column)) for column in columns}


def write_csv(handle: IO[str], columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> int:
    """The header, then one line per row (``csv_row``); return the number of rows."""
    writer = csv.DictWriter(handle, fieldnames=list(columns))
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(csv_row(row, columns))
        count += 1
    return count


@contextmanager
def _text_output(path: str | Path) -> Iterator[IO[str]]:
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8", newline="") as handle:
        yield handle


def export_quotes(store: Store, fmt: str, path: str | Path, query: SearchQuery | None = None) -> int:
    """Write the quotes ``query`` selects (default: all) to ``path`` (``-``: standard output) in
    ``fmt`` (jsonl | csv | parquet); return the number written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _parquet(store, path, query)
    count = 0
    try:
        with _text_output(path) as handle:
            if fmt == "csv":
                count = write_csv(handle, COLUMNS, rows(store, query))
            else:
                for row in rows(store, query):
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                    count += 1
    except OSError as exc:
        raise StoreError(f"{path}: cannot be written ({exc.strerror or exc}); check the folder exists") from exc
    return count


def _parquet(store: Store, path: str | Path, query: SearchQuery | None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    text, integer, real = pa.string(), pa.int64(), pa.float64()
    types = dict.fromkeys(COLUMNS, text)
    integers = ("id", "start", "end", "cue_start", "cue_end", "speaker_id", "speaker_start", "speaker_end", "group_id")
    types.update(dict.fromkeys(integers, integer))
    types["confidence"] = real
    types["date"] = pa.date32()
    schema = pa.schema([(c, types[c]) for c in COLUMNS])
    to_stdout = str(path) == "-"
    sink: Any = io.BytesIO() if to_stdout else Path(path)
    count = 0
    with pq.ParquetWriter(sink, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows(store, query):
            flat = _flat(row)
            flat["date"] = date.fromisoformat(row["date"]) if row.get("date") else None
            batch.append(flat)
            if len(batch) >= _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    if to_stdout:  # Parquet's footer points back into the file: built in memory, then written out
        sys.stdout.buffer.write(sink.getvalue())
        sys.stdout.buffer.flush()
    return count
