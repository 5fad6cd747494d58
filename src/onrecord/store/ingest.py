"""``ingest``: inputs -> (pipeline) -> store, skipping what is already stored before the NLP runs.

Accepted inputs, in any mix:

- anything ``onrecord extract`` reads (.txt, .html, .jsonl articles, directories, ``-``): read with
  ``read_inputs``, filtered against the store by content hash (and URL), then run through
  ``process_many``; a re-run therefore costs a hash per article, not a parse;
- the output of ``onrecord extract --format jsonl`` (lines with ``schema_version`` and
  ``quotes``): loaded as Articles without running the NLP again, each record checked first
  against the JSON Schema and its own text (``schema.record_errors``: offsets inside the
  text, ``text[start:end]`` what the record says, confidences numbers in 0..1, ids unique,
  no lone surrogates, at most 256 fragments a quote); a record that fails is skipped with
  its reason;
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

from ..errors import InputError
from ..ingest import read_inputs
from ..ingest._common import head_record, max_bytes_limit, open_regular
from ..ingest.jsonl import bounded_records
from ..options import Options
from ..pipeline import process_many
from ..schema import record_errors
from ..text import replace_surrogates
from ..types import SCHEMA_VERSION, Article, Document, Skipped
from .base import IngestStats, Store

OnItem = Callable[[str], None]  # called with "article" | "skipped" | "known" | "updated" as each input passes


def is_extract_jsonl(path: Path) -> bool:
    """True when ``path`` is a .jsonl file of ``onrecord extract --format jsonl`` output: its first
    record has ``schema_version`` and ``quotes``. Reads at most ``max_bytes`` (a longer first line
    is left to the article reader, which skips it with its reason)."""
    if path.suffix.lower() != ".jsonl" or not path.is_file():
        return False
    record = head_record(path, max_bytes_limit(None))
    return record is not None and "schema_version" in record and "quotes" in record


def is_batch_output(path: Path) -> bool:
    """True when ``path`` is an ``onrecord batch`` output directory (it holds manifest.json)."""
    return path.is_dir() and (path / "manifest.json").is_file()


_NOT_STORED = "; it was not stored"


def _not_finite(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _extract_record(line: bytes, path: Path, number: int) -> Article | Skipped:
    where = f"{path}:{number}"

    def bad(why: str) -> Skipped:
        return Skipped(f"{path.stem}:{number}", where, f"{where}: not an onrecord extract record ({why})"
                                                       + _NOT_STORED)

    try:
        record = json.loads(line.decode("utf-8"), parse_constant=_not_finite)  # bytes would be sniffed as UTF-16
    except RecursionError:
        return bad("it nests too deep to be read")
    except ValueError as exc:  # not UTF-8, not JSON, NaN
        return bad(f"{type(exc).__name__}: {exc}")
    if isinstance(record, dict) and "skipped" in record and "quotes" not in record:
        fields = [record.get("id", number), record.get("source", path), record["skipped"]]
        if not all(isinstance(v, str | int) for v in fields):
            return bad("a skipped record's id, source and reason are strings")
        return Skipped(*(replace_surrogates(str(v)) for v in fields))
    if isinstance(record, dict) and record.get("schema_version") != SCHEMA_VERSION:
        problems = [f"version {record.get('schema_version')!r} of the output contract; this onrecord reads version "
                    f"{SCHEMA_VERSION}: run onrecord extract on the source again"]
    else:
        problems = record_errors(record)
    if problems:
        shown = "; ".join(problems[:3]) + (f"; and {len(problems) - 3} more" if len(problems) > 3 else "")
        return bad(shown)
    try:
        return Article.from_dict(record)
    except Exception as exc:  # noqa: BLE001 - one bad record must not stop an ingest
        return bad(f"{type(exc).__name__}: {exc}")


def read_extract_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """Articles from extract JSONL output, each checked (``schema.record_errors``) before it is
    trusted; a bad line becomes a Skipped with its line number and the reason. Lines longer
    than ``max_bytes`` are skipped unread, and the file's bounds (``max_lines``,
    ``max_skipped``) hold as for article JSON Lines (``ingest.jsonl.bounded_records``)."""
    try:
        handle = open_regular(path)
    except (OSError, InputError) as exc:
        yield Skipped(path.stem, str(path), f"{path}: cannot be read ({exc})")
        return
    with handle:
        yield from bounded_records(handle, lambda line, _stem, _source, number: _extract_record(line, path, number),
                                   stem=path.stem, source=str(path), max_bytes=max_bytes_limit(None),
                                   is_bad=lambda item: item.reason.endswith(_NOT_STORED))  # not a skip passed through


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
