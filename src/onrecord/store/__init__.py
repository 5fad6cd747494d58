"""The store: Articles in -> a SQLite database of articles, quotes, speakers, entities and reuse; queries -> dicts.

``open_store(target)`` returns a ``Store`` (see ``store/base.py`` for the interface); today the
target is a SQLite file path. ``ingest(inputs, store)`` runs inputs through the pipeline into it.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import IngestStats, Store
from .sqlite import SQLiteStore


def open_store(target: str | Path, *, readonly: bool = False) -> Store:
    """Open (or create) the store at ``target``: a SQLite file path.

    A ``postgresql://`` URL is reserved for the PostgreSQL back end that will implement the
    same ``Store`` interface; until then it raises StoreError.
    """
    text = str(target)
    if text.startswith(("postgres://", "postgresql://")):
        raise StoreError(f"{text}: the PostgreSQL store is not built yet; use a SQLite file path such as news.db")
    return SQLiteStore(target, readonly=readonly)


__all__ = ["IngestStats", "SQLiteStore", "Store", "open_store"]
