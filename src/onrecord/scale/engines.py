"""Engine adapters: run one function over a stream of partitions, somewhere.

An engine only maps: ``Engine.map_partitions(fn, partitions)`` calls ``fn(partition)`` for
each partition and yields the results as they complete. Scheduling, retries and data
movement are the engine's own (a process pool, Dask); onrecord adds only a bound on the
number of partitions in flight, so that memory stays flat however long the input stream.

Adding Spark or Ray means writing one more subclass: ``map_partitions`` with
``rdd.mapPartitions`` / ``ray.remote``. ``fn`` and the partitions are picklable plain
data (see ``onrecord.scale.partition``).
"""

from __future__ import annotations

import multiprocessing
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import Any, TypeVar

from .output import BatchError

T = TypeVar("T")
R = TypeVar("R")


def bounded_map(
    submit: Callable[[T], Any],
    wait_first: Callable[[set[Any]], tuple[set[Any], set[Any]]],
    items: Iterable[T],
    limit: int,
) -> Iterator[Any]:
    """Submit ``items`` keeping at most ``limit`` futures pending; yield results as they finish.

    ``submit(item)`` returns a future with ``.result()``; ``wait_first(pending)`` returns
    ``(done, not_done)`` once at least one has finished (concurrent.futures and
    dask.distributed both provide one).
    """
    pending: set[Any] = set()
    iterator = iter(items)
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            try:
                pending.add(submit(next(iterator)))
            except StopIteration:
                exhausted = True
        if not pending:
            return
        done, pending = wait_first(pending)
        pending = set(pending)
        for future in done:
            yield future.result()


class Engine(ABC):
    """Runs a function over partitions; use as a context manager to release its workers."""

    name: str = "engine"

    @property
    @abstractmethod
    def slots(self) -> int:
        """How many partitions can run at once."""

    @abstractmethod
    def map_partitions(self, fn: Callable[[T], R], partitions: Iterable[T]) -> Iterator[R]:
        """Yield ``fn(p)`` for every partition, in completion order."""

    def describe(self) -> str:
        return f"{self.name} ({self.slots} workers)"

    def close(self) -> None:  # noqa: B027 - engines without workers to release need not override it
        """Release workers and connections."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _warm_up(model: str | None) -> None:
    """Worker initializer: load the spaCy pipeline once, before the first partition arrives."""
    from ..nlp import load_nlp

    load_nlp(model)


class LocalEngine(Engine):
    """This machine: ``workers`` processes (``spawn``ed, safe with threads), or in-process for 1.

    Each worker process is replaced after ``recycle_after`` partitions (40,000 documents at
    the default size, a model load of about a second), so that memory stays flat over an
    archive: a spaCy Vocab keeps every new string it has seen.
    """

    name = "local"

    def __init__(
        self, workers: int = 1, *, model: str | None = None, in_flight: int = 2, recycle_after: int = 200
    ) -> None:
        if workers < 1:
            raise BatchError(f"--workers must be at least 1, not {workers}")
        self.workers = workers
        self.in_flight = in_flight
        self._pool: ProcessPoolExecutor | None = None
        if workers > 1:
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm_up,
                initargs=(model,),
                # a fresh process every N partitions: spaCy's string store only grows
                max_tasks_per_child=recycle_after,
            )

    @property
    def slots(self) -> int:
        return self.workers

    def map_partitions(self, fn: Callable[[T], R], partitions: Iterable[T]) -> Iterator[R]:
        if self._pool is None:
            yield from map(fn, partitions)
            return
        pool = self._pool
        yield from bounded_map(
            lambda p: pool.submit(fn, p),
            lambda pending: futures_wait(pending, return_when=FIRST_COMPLETED),
            partitions,
            self.workers * self.in_flight,
        )

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskEngine(Engine):
    """A dask.distributed cluster: ``scheduler`` address, or a LocalCluster of ``workers``.

    ``processes=False`` runs the LocalCluster's workers as threads of this process (light,
    for tests); production clusters run ``dask scheduler`` / ``dask worker`` processes with
    onrecord and the spaCy model installed on every worker.
    """

    name = "dask"

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        workers: int = 1,
        processes: bool = True,
        in_flight: int = 2,
    ) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise BatchError("the dask engine needs dask.distributed: pip install 'onrecord[dask]'") from exc

        self.in_flight = in_flight
        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise BatchError(
                    f"cannot reach the Dask scheduler at {scheduler} ({exc}); check the address "
                    "and that `dask scheduler` runs there"
                ) from exc
        else:
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=processes,
                dashboard_address=None, silence_logs=40,
            )
            self.client = Client(self._cluster)

    @property
    def slots(self) -> int:
        info = self.client.scheduler_info()
        return max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))

    def describe(self) -> str:
        scheduler = self.client.scheduler
        where = "LocalCluster" if self._cluster is not None or scheduler is None else scheduler.address
        return f"dask {where} ({self.slots} worker threads)"

    def map_partitions(self, fn: Callable[[T], R], partitions: Iterable[T]) -> Iterator[R]:
        from dask.distributed import wait

        client = self.client
        yield from bounded_map(
            lambda p: client.submit(fn, p, pure=False),
            lambda pending: wait(list(pending), return_when="FIRST_COMPLETED"),
            partitions,
            self.slots * self.in_flight,
        )

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(
    name: str = "local", *, workers: int = 1, scheduler: str | None = None, model: str | None = None
) -> Engine:
    """The engine called ``name`` ("local" or "dask")."""
    if name == "local":
        if scheduler:
            raise BatchError("--scheduler needs --engine dask (the local engine has no scheduler)")
        return LocalEngine(workers, model=model)
    if name == "dask":
        return DaskEngine(scheduler, workers=workers)
    raise BatchError(f"unknown engine {name!r}; use local or dask")
