"""Articles as flat table rows, and back: the Parquet layout of ``onrecord batch``.

One Article becomes one ``articles`` row plus one row per quote, entity and boilerplate
span (each carrying ``article_id``); a Skipped input becomes one ``skipped`` row. The
rows are the JSON output contract (``Article.to_dict``) flattened: nested objects become
prefixed columns (``speaker.name`` -> ``speaker_name``), so ``rows_to_article`` rebuilds
exactly what ``extract`` returns.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from ..types import Article, Skipped

TABLES: tuple[str, ...] = ("articles", "quotes", "entities", "boilerplate", "skipped")

_SPANS = pa.list_(pa.list_(pa.int64()))

#: One explicit schema per table, so that an empty partition still writes a typed file.
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", pa.string()), ("source", pa.string()), ("ordinal", pa.int64()),
        ("text", pa.string()), ("meta_json", pa.string()),
    ]),
    "quotes": pa.schema([
        ("article_id", pa.string()), ("id", pa.string()), ("kind", pa.string()),
        ("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
        ("cue", pa.string()), ("cue_start", pa.int64()), ("cue_end", pa.int64()),
        ("speaker_name", pa.string()), ("speaker_mention", pa.string()),
        ("speaker_start", pa.int64()), ("speaker_end", pa.int64()),
        ("speaker_entity", pa.string()), ("speaker_type", pa.string()), ("speaker_gender", pa.string()),
        ("speaker_confidence", pa.float64()),
        ("confidence", pa.float64()), ("fragments", _SPANS), ("flags", pa.list_(pa.string())),
    ]),
    "entities": pa.schema([
        ("article_id", pa.string()), ("id", pa.string()), ("name", pa.string()),
        ("type", pa.string()), ("aliases", pa.list_(pa.string())), ("mentions", _SPANS),
    ]),
    "boilerplate": pa.schema([
        ("article_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("reason", pa.string()),
    ]),
    "skipped": pa.schema([
        ("id", pa.string()), ("source", pa.string()), ("ordinal", pa.int64()),
        ("reason", pa.string()), ("reason_kind", pa.string()),
    ]),
}

#: Nested objects of the output contract that become prefixed columns.
_NESTED: tuple[str, ...] = ("speaker",)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """``{"speaker": {"name": x}}`` -> ``{"speaker_name": x}`` (one level, for _NESTED keys)."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key in _NESTED and isinstance(value, dict):
            flat.update({f"{key}_{k}": v for k, v in value.items()})
        else:
            flat[key] = value
    return flat


def unflatten(row: dict[str, Any]) -> dict[str, Any]:
    """The inverse of ``flatten``."""
    record: dict[str, Any] = {}
    for key, value in row.items():
        prefix = key.split("_", 1)[0]
        if prefix in _NESTED and "_" in key:
            record.setdefault(prefix, {})[key.split("_", 1)[1]] = value
        else:
            record[key] = value
    return record


def reason_kind(reason: str, source: str = "") -> str:
    """A skip reason without its file name, numbers and advice, for counting.

    >>> reason_kind("a.txt: document has 6,000,000 characters, over the limit of 5,000,000; split it", "a.txt")
    'document has N characters, over the limit of N'
    """
    if source and reason.startswith(source + ": "):
        reason = reason[len(source) + 2 :]
    reason = reason.split(";", 1)[0]
    return re.sub(r"\d[\d,._]*", "N", reason).strip()[:80]


def empty_rows() -> dict[str, list[dict[str, Any]]]:
    return {table: [] for table in TABLES}


def add_result(rows: dict[str, list[dict[str, Any]]], result: Article | Skipped, ordinal: int) -> None:
    """Append the rows of one Article or Skipped record (``ordinal``: its place in the partition)."""
    if isinstance(result, Skipped):
        rows["skipped"].append({
            "id": result.id, "source": result.source, "ordinal": ordinal,
            "reason": result.reason, "reason_kind": reason_kind(result.reason, result.source),
        })
        return
    data = result.to_dict()
    rows["articles"].append({
        "id": data["id"], "source": data["source"], "ordinal": ordinal, "text": data["text"],
        "meta_json": json.dumps(data["meta"], ensure_ascii=False, sort_keys=True),
    })
    for table in ("quotes", "entities", "boilerplate"):
        rows[table].extend({"article_id": data["id"], **flatten(item)} for item in data[table])


def to_table(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows of one table as a typed Arrow table (raises on a column the schema lacks)."""
    schema = SCHEMAS[table]
    for row in rows[:1]:
        extra = set(row) - set(schema.names)
        if extra:
            raise ValueError(f"{table} rows have columns the Parquet schema lacks: {sorted(extra)}")
    return pa.Table.from_pylist(rows, schema=schema)


def rows_to_results(tables: dict[str, list[dict[str, Any]]]) -> Iterator[Article | Skipped]:
    """Rebuild the Articles and Skipped records of one partition, in input order."""
    children: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in ("quotes", "entities", "boilerplate"):
        for row in tables.get(table, ()):
            record = unflatten({k: v for k, v in row.items() if k != "article_id"})
            children.setdefault(row["article_id"], {}).setdefault(table, []).append(record)
    ordered: list[tuple[int, Article | Skipped]] = []
    for row in tables.get("skipped", ()):
        ordered.append((row["ordinal"], Skipped(row["id"], row["source"], row["reason"])))
    for row in tables.get("articles", ()):
        own = children.get(row["id"], {})
        article = Article.from_dict({
            "id": row["id"], "source": row["source"], "text": row["text"],
            "meta": json.loads(row["meta_json"]), **own,
        })
        ordered.append((row["ordinal"], article))
    for _, result in sorted(ordered, key=lambda pair: pair[0]):
        yield result


def results_to_rows(results: Iterable[Article | Skipped]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for a sequence of results (ordinals count from 0)."""
    rows = empty_rows()
    for ordinal, result in enumerate(results):
        add_result(rows, result, ordinal)
    return rows
