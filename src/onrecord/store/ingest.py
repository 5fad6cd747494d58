"""``ingest``: inputs -> (pipeline) -> store, skipping what is already stored before the NLP runs.

Accepted inputs, in any mix:

- anything ``onrecord extract`` reads (.txt, .html, .jsonl articles, directories, ``-``): read with
  ``read_inputs``, filtered against the store by content hash (and URL), then run through
  ``process_many``; a re-run therefore costs a hash per article, not a parse;
- the output of ``onrecord extract --format jsonl`` (lines with ``schema_version`` and
  ``quotes``): loaded as Articles without running the NLP again;
- a directory written by ``onrecord batch`` (Parquet partitions): read back with
  ``onrecord.scale.read_batch``, without running the NLP again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

from spacy.language import Language

from ..ingest import read_inputs
from ..options import Options
from ..pipeline import process_many
from ..types import Article, Document, Skipped
from .base import IngestStats, Store

OnItem = Callable[[str], None]  # called with "article" | "skipped" | "known" | "updated" as each input passes


def is_extract_jsonl(path: Path) -> bool:
    """True when ``path`` is a .jsonl file of ``onrecord extract --format jsonl`` output."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    return isinstance(record, dict) and "schema_version" in record and "quotes" in record
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False


def is_batch_output(path: Path) -> bool:
    """True when ``path`` is an ``onrecord batch`` output directory (it holds manifest.json)."""
    return path.is_dir() and (path / "manifest.json").is_file()


def read_extract_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """Articles from extract JSONL output; a bad line becomes a Skipped with its line number."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if "skipped" in record:
                    yield Skipped(str(record.get("id", number)), str(record.get("source", path)), record["skipped"])
                else:
                    yield Article.from_dict(record)
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                yield Skipped(f"{path.stem}:{number}", f"{path}:{number}",
                              f"{path}:{number}: not an onrecord extract record ({type(exc).__name__}: {exc})")


def batch_output_articles(path: Path) -> Iterator[Article | Skipped]:
    """Articles and Skipped records of an ``onrecord batch`` output (complete partitions only).

    Reads with ``onrecord.scale.read_batch``; a directory it cannot read becomes one Skipped.
    """
    from ..errors import OnrecordError
    from ..scale import read_batch

    try:
        yield from read_batch(path)
    except (OnrecordError, OSError) as exc:
        yield Skipped(path.name, str(path), f"{path}: cannot read as 'onrecord batch' output ({exc})")


class _LazyNLP:
    """Loads the spaCy pipeline on the first non-empty ``pipe`` call: a re-run that finds every
    article already stored (or only unreadable inputs) never pays for loading the model."""

    def __init__(self, nlp: Any = None) -> None:
        self.nlp = nlp

    def _loaded(self) -> Any:
        if self.nlp is None:
            from ..nlp import load_nlp

            self.nlp = load_nlp()
        return self.nlp

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        texts = list(texts)
        if not texts:
            return iter(())
        return self._loaded().pipe(texts, **kwargs)

    def __getattr__(self, name: str) -> Any:  # pipe_names, make_doc, ...: the pipeline's own
        if name == "nlp":  # not set yet (a copy being made): no pipeline to ask
            raise AttributeError(name)
        return getattr(self._loaded(), name)


def _known_filter(items: Iterable[Document | Skipped], store: Store, on_item: OnItem | None,
                  counts: dict[str, int]) -> Iterator[Document | Skipped]:
    """The inputs that are not stored yet; a stored one gets its metadata brought up to date."""
    for item in items:
        if isinstance(item, Document):
            known = store.refresh_metadata(item.text, item.meta)
            if known is not None:
                counts[known] += 1
                if on_item:
                    on_item(known)
                continue
        yield item


def _counted(items: Iterable[Article | Skipped], on_item: OnItem | None) -> Iterator[Article | Skipped]:
    for item in items:
        if on_item:
            on_item("skipped" if isinstance(item, Skipped) else "article")
        yield item


def ingest(
    inputs: Iterable[str],
    store: Store,
    *,
    nlp: Any = None,
    batch_size: int = 100,
    on_item: OnItem | None = None,
    meta: dict[str, Any] | None = None,
    options: Options | None = None,
) -> IngestStats:
    """Extract and store every input; return the counts (already stored inputs count as duplicates,
    or as updated when their metadata changed).

    meta: metadata for every input read (``onrecord.ingest.given_meta(outlet=..., date=...)``).
    options: what to extract (``Options``), as for ``onrecord.pipeline.process``.
    Safe to interrupt: each batch of ``batch_size`` articles is one transaction, and running the
    same command again skips what was stored, so nothing is duplicated or lost.
    """
    stats = IngestStats()
    raw: list[str] = []
    for item in inputs:
        path = Path(item)
        if item != "-" and is_extract_jsonl(path):
            stats.merge(store.add_articles(_counted(_with_meta(read_extract_jsonl(path), meta), on_item), batch_size))
        elif item != "-" and is_batch_output(path):
            stats.merge(store.add_articles(_counted(_with_meta(batch_output_articles(path), meta), on_item),
                                           batch_size))
        else:
            raw.append(item)
    if raw:
        counts = {"known": 0, "updated": 0}
        documents = _known_filter(read_inputs(raw, meta=meta), store, on_item, counts)
        results = process_many(documents, options, nlp=cast("Language", _LazyNLP(nlp)))  # a Language once used
        stats.merge(store.add_articles(_counted(results, on_item), batch_size))
        stats.duplicates += counts["known"]
        stats.updated += counts["updated"]
    return stats


def _with_meta(items: Iterable[Article | Skipped], meta: dict[str, Any] | None) -> Iterator[Article | Skipped]:
    """Articles (already extracted) with the metadata given on the command line over their own."""
    if not meta:
        yield from items
        return
    for item in items:
        if isinstance(item, Article):
            given = sorted({*(item.meta.get("given") or []), *meta})
            item = replace(item, meta={**item.meta, **meta, "given": given})
        yield item
