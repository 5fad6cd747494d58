"""Export stored quotes, with their speakers and article metadata, as JSONL, CSV or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import Store

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = (
    "id", "article_id", "local_id", "kind", "text", "start", "end", "cue", "cue_start", "cue_end", "confidence",
    "speaker_id", "speaker", "speaker_name", "speaker_mention", "speaker_type", "speaker_start", "speaker_end",
    "group_id", "title", "outlet", "date", "url", "source", "fragments", "flags",
)
_PARQUET_BATCH = 10_000


def rows(store: Store) -> Iterator[dict[str, Any]]:
    """Export rows in ``COLUMNS`` order; ``speaker`` is the cross-article name, ``speaker_name`` as written."""
    for row in store.iter_quotes():
        yield {column: row.get(column) for column in COLUMNS}


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v) if isinstance(v, list) else v for k, v in row.items()}


def export_quotes(store: Store, fmt: str, path: str | Path) -> int:
    """Write every quote to ``path`` in ``fmt`` (jsonl | csv | parquet); return the number written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    count = 0
    if fmt == "parquet":
        return _parquet(store, Path(path))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS) if fmt == "csv" else None
        if writer:
            writer.writeheader()
        for row in rows(store):
            if writer:
                writer.writerow(_flat(row))
            else:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _parquet(store: Store, path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a dependency
        raise StoreError("Parquet export needs pyarrow: pip install pyarrow") from exc
    text, integer, real = pa.string(), pa.int64(), pa.float64()
    types = dict.fromkeys(COLUMNS, text)
    integers = ("id", "start", "end", "cue_start", "cue_end", "speaker_id", "speaker_start", "speaker_end", "group_id")
    types.update(dict.fromkeys(integers, integer))
    types["confidence"] = real
    schema = pa.schema([(c, types[c]) for c in COLUMNS])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows(store):
            batch.append(_flat(row))
            if len(batch) >= _PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
