"""Archive scale: inputs (files, directories, crawls) and Options -> Parquet partitions, on a process pool or Dask.

    >>> from onrecord.scale import run_batch, DaskEngine, read_batch
    >>> summary = run_batch(["crawl/"], "out/")                      # this process
    >>> with DaskEngine("tcp://host:8786") as engine:                # a cluster
    ...     summary = run_batch(["crawl/"], "out/", engine=engine)
    >>> articles = list(read_batch("out/"))                          # Article | Skipped

``process_partition`` is the pure per-partition function every engine runs; see
``docs/scale.md`` for the output layout and the resume rules.
"""

from __future__ import annotations

from .engines import DaskEngine, Engine, LocalEngine, make_engine
from .output import BatchError, read_batch, read_table
from .partition import DEFAULT_PARTITION_SIZE, Partition, iter_partitions, process_partition
from .runner import BatchSummary, run_batch, summarize

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "BatchError",
    "BatchSummary",
    "DaskEngine",
    "Engine",
    "LocalEngine",
    "Partition",
    "iter_partitions",
    "make_engine",
    "process_partition",
    "read_batch",
    "read_table",
    "run_batch",
    "summarize",
]
