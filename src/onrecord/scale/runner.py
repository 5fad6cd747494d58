"""``run_batch``: inputs -> partitions -> an engine -> Parquet output, resumable.

The reading process streams the inputs into partitions and skips those already complete
on disk; the engine's workers run ``run_partition`` (process and write one partition).
Nothing but counts travels back, so the output directory must be one the workers can
write: a local disk for the local engine, shared storage for a cluster.
"""

from __future__ import annotations

import functools
import json
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from .. import __version__
from ..nlp import available_model
from ..options import Options
from ..types import SCHEMA_VERSION
from .engines import Engine, LocalEngine
from .output import (
    MANIFEST,
    BatchError,
    markers,
    read_marker,
    remove_temporaries,
    write_json,
    write_partition,
)
from .partition import (
    DEFAULT_PARTITION_SIZE,
    Partition,
    iter_partitions,
    process_partition,
)


@dataclass
class BatchSummary:
    """Totals over every complete partition of the output, and this run's speed."""

    out_dir: str
    engine: str
    partitions: int = 0
    resumed: int = 0  # partitions that were already complete when this run started
    documents: int = 0
    articles: int = 0
    quotes: int = 0
    entities: int = 0
    skipped: int = 0
    skipped_reasons: dict[str, int] = field(default_factory=dict)
    documents_this_run: int = 0
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.documents_this_run / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "docs_per_second": round(self.docs_per_second, 3)}


def run_partition(partition: Partition, out_dir: str, options: Options) -> dict[str, Any]:
    """Process one partition and write it (on the worker); return its marker."""
    rows = process_partition(list(partition.documents), options)
    return write_partition(Path(out_dir), partition.id, partition.key, rows)


def _settings(inputs: Sequence[str], partition_size: int, options: Options) -> dict[str, Any]:
    """What a batch output was made with; a rerun resumes only with the same."""
    return {
        "inputs": [item if item == "-" else str(Path(item).resolve()) for item in inputs],
        "partition_size": partition_size,
        "model": options.model or available_model(),
        "kinds": list(options.kinds),
        "entities": options.entities,
        "schema_version": SCHEMA_VERSION,
    }


def _claim(out: Path, settings: dict[str, Any]) -> None:
    """Refuse an output directory that holds a batch of other inputs or settings."""
    manifest = out / MANIFEST
    if manifest.exists():
        previous = json.loads(manifest.read_text())
        old = {k: previous.get(k) for k in settings}
        if old != settings:
            changed = ", ".join(k for k in settings if old[k] != settings[k])
            raise BatchError(
                f"{out} holds a batch with other {changed} ({manifest}); give a new -o "
                "directory, or delete this one to start over"
            )
    elif out.exists() and any(out.iterdir()):
        raise BatchError(f"{out} is not empty and holds no onrecord batch; give a new or empty -o directory")
    write_json(manifest, {"onrecord": __version__, **settings, "status": "running"})


def summarize(out_dir: str | Path, engine: str = "") -> BatchSummary:
    """Totals over the complete partitions of a batch output."""
    summary = BatchSummary(out_dir=str(out_dir), engine=engine)
    reasons: Counter[str] = Counter()
    for marker in markers(out_dir):
        counts = marker["counts"]
        summary.partitions += 1
        summary.documents += marker["documents"]
        summary.articles += counts["articles"]
        summary.quotes += counts["quotes"]
        summary.entities += counts["entities"]
        summary.skipped += counts["skipped"]
        reasons.update(marker["skipped_reasons"])
    summary.skipped_reasons = dict(reasons.most_common())
    return summary


def _stopped(out: Path, settings: dict[str, Any], status: str, engine: Engine) -> None:
    """Record in the manifest that the run stopped early, with what is complete so far."""
    summary = summarize(out, engine.describe())
    write_json(out / MANIFEST, {"onrecord": __version__, **settings, "status": status,
                                "summary": summary.to_dict(),
                                "resume": "run the same command again: complete partitions are kept"})


def run_batch(
    inputs: Sequence[str],
    out_dir: str | Path,
    *,
    engine: Engine | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    options: Options | None = None,
    progress: bool = False,
    total: int | None = None,
) -> BatchSummary:
    """Process ``inputs`` (files, directories, JSONL, WARC...) into Parquet under ``out_dir``.

    engine: where partitions run (default: this process); the caller closes it.
    partition_size: documents per partition (and per output file).
    options: what to extract (``Options``: kinds, entities, model, max_chars); a batch
        resumes only with the same kinds, entities and model.
    total: the number of input documents when known (``onrecord.ingest.count_inputs``), for the
        progress bar's total and ETA.
    Rerunning the same command resumes: complete partitions are not redone. Raises
    BatchError when ``out_dir`` holds a batch of other inputs or a partition fails; on Ctrl-C
    (KeyboardInterrupt) the manifest says "interrupted" (and "failed" after an error) before the
    exception goes on.
    RETURNS (BatchSummary): totals over the whole output and this run's speed.
    """
    out = Path(out_dir)
    options = options or Options()
    settings = _settings(inputs, partition_size, options)
    _claim(out, settings)
    remove_temporaries(out)
    engine = engine or LocalEngine(1, model=options.model)
    bar = tqdm(unit="doc", disable=not progress, desc="onrecord batch", dynamic_ncols=True, total=total)
    state = {"resumed": 0}

    def todo() -> Iterator[Partition]:
        for partition in iter_partitions(inputs, partition_size, max_chars=options.max_chars):
            marker = read_marker(out, partition.id)
            if marker is None:
                yield partition
            elif marker["key"] != partition.key or marker["documents"] != len(partition.documents):
                raise BatchError(
                    f"{out}: {partition.id} on disk starts at {marker['key']} with {marker['documents']} "
                    f"documents, but the inputs now give {partition.key} with {len(partition.documents)}; "
                    "the inputs changed since the first run: give a new -o directory"
                )
            else:
                state["resumed"] += 1
                bar.update(marker["documents"])
                bar.set_postfix(resumed=state["resumed"])

    task = functools.partial(run_partition, out_dir=str(out), options=options)
    started = time.perf_counter()
    done = 0
    try:
        for marker in engine.map_partitions(task, todo()):
            done += marker["documents"]
            bar.update(marker["documents"])
    except KeyboardInterrupt:
        _stopped(out, settings, "interrupted", engine)
        raise
    except BatchError:
        _stopped(out, settings, "failed", engine)
        raise
    except Exception as exc:
        _stopped(out, settings, "failed", engine)
        raise BatchError(
            f"the batch stopped: {type(exc).__name__}: {exc}. Finished partitions are kept; "
            "rerun the same command to resume"
        ) from exc
    finally:
        bar.close()
    summary = summarize(out, engine.describe())
    summary.resumed = state["resumed"]
    summary.documents_this_run = done
    summary.seconds = time.perf_counter() - started
    write_json(out / MANIFEST, {"onrecord": __version__, **settings, "status": "complete",
                                "summary": summary.to_dict()})
    return summary
