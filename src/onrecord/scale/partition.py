"""The pure per-partition function every engine runs, and the partitioning of inputs.

``process_partition(documents, options) -> rows`` takes plain dicts and returns plain dicts,
so any engine (a process pool, Dask, Spark, Ray) can ship it: only the documents, the rows
and the ``Options`` (a frozen dataclass of plain values) cross a process boundary. The spaCy
pipeline is loaded once per worker process (``load_nlp`` is
cached per process).

``iter_partitions(inputs, size)`` streams the inputs into bounded partitions with
deterministic ids; documents over ``settings.max_chars`` become skip records here, in the
reading process, so that their text never reaches a worker or a parser.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..ingest import read_inputs
from ..nlp import load_nlp
from ..options import Options
from ..pipeline import check_document, process_many
from ..types import Article, Document, Skipped
from .records import results_to_rows

DEFAULT_PARTITION_SIZE = 200


def document_to_dict(item: Document | Skipped, max_chars: int | None = None) -> dict[str, Any]:
    """A Document as ``{id, text, source, meta}``, or a Skipped as ``{id, source, skipped}``.

    A Document longer than ``max_chars`` (default: the setting) becomes a skip record; its
    text is dropped.
    """
    if isinstance(item, Document):
        try:
            check_document(item, max_chars)
        except InputError as exc:
            item = Skipped(item.id, item.source, str(exc))
        else:
            return {"id": item.id, "text": item.text, "source": item.source, "meta": dict(item.meta)}
    return item.to_dict()


def document_from_dict(data: dict[str, Any]) -> Document | Skipped:
    """The inverse of ``document_to_dict``."""
    if "skipped" in data:
        return Skipped(data["id"], data.get("source", "<string>"), data["skipped"])
    return Document(id=data["id"], text=data["text"], source=data.get("source", "<string>"),
                    meta=dict(data.get("meta") or {}))


def _one(item: Document | Skipped, nlp: Any, options: Options) -> Article | Skipped:
    try:
        return next(iter(process_many([item], options, nlp=nlp)))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return Skipped(item.id, item.source, f"processing failed: {type(exc).__name__}: {exc}")


def process_partition(
    documents: list[dict[str, Any]], options: Options | None = None, *, nlp: Any = None,
) -> dict[str, list[dict[str, Any]]]:
    """Run the pipeline over one partition of documents; return its rows per table.

    documents: dicts ``{id, text, source, meta}`` (or ``{id, source, skipped}`` for an
        input that could not be read; it passes through as a ``skipped`` row).
    options: what to extract (``Options``; its ``model`` is loaded once per process).
    nlp: a loaded spaCy pipeline to use instead.
    RETURNS: ``{"articles", "quotes", "entities", "boilerplate", "skipped": [row, ...]}``,
        the flat rows of ``onrecord.scale.records``. Never raises on a bad document: it
        becomes a ``skipped`` row with the reason.
    """
    options = options or Options()
    nlp = nlp or load_nlp(options.model)
    items = [document_from_dict(d) for d in documents]
    try:
        results = list(process_many(items, options, nlp=nlp))
    except Exception:  # noqa: BLE001 - a batch-level failure (e.g. in nlp.pipe): isolate the document
        results = [_one(item, nlp, options) for item in items]
    return results_to_rows(results)


@dataclass(frozen=True)
class Partition:
    """A bounded slice of the input stream.

    ``id`` (``part-00000``) numbers partitions in input order; ``key`` says where the
    partition starts (first input file and the ordinal of its first document there), so a
    rerun can check that its partitions are the ones already on disk.
    """

    seq: int
    key: str
    documents: tuple[dict[str, Any], ...]

    @property
    def id(self) -> str:
        return f"part-{self.seq:05d}"


def source_file(source: str) -> str:
    """The input file a Document came from: its ``source`` up to ``#`` (``a.jsonl#12`` -> ``a.jsonl``)."""
    name = source.split("#", 1)[0]
    return name if name.startswith("<") or name == "-" else os.path.abspath(name)


def iter_partitions(
    inputs: Iterable[str], size: int = DEFAULT_PARTITION_SIZE, *, max_chars: int | None = None
) -> Iterator[Partition]:
    """Stream ``inputs`` into partitions of at most ``size`` documents (small files pack together).

    Only one partition is held in memory at a time; the readers are streaming.
    """
    if size < 1:
        raise InputError(f"partition size must be at least 1, not {size}")
    seq, ordinal = 0, 0
    batch: list[dict[str, Any]] = []
    key, current = "", None
    for item in read_inputs(inputs):
        file = source_file(item.source)
        ordinal = ordinal + 1 if file == current else 0
        current = file
        if not batch:
            key = f"{file}#{ordinal}"
        batch.append(document_to_dict(item, max_chars))
        if len(batch) >= size:
            yield Partition(seq, key, tuple(batch))
            seq, batch = seq + 1, []
    if batch:
        yield Partition(seq, key, tuple(batch))
