"""A per-document budget of time and memory: the backstop for any input no other limit caught.

    with within(Budget(seconds=600, memory=2000), "a.txt"):
        ...  # raises OverBudget once the block has run 600 s or the process grew 2,000 MB

``pipeline.process_many`` runs each document under the budget of its ``Options``
(``max_seconds``, ``max_memory``; settings ``ONRECORD_MAX_SECONDS``, ``ONRECORD_MAX_MEMORY``),
and a document over it becomes a Skipped record with the reason while the run goes on, in
``extract``, ``ingest`` and ``batch`` alike; reading an HTML page (trafilatura) runs under the
settings' budget too. See docs/hardening.md.

How it is enforced: ``check()`` raises ``OverBudget`` when the block is past its deadline, or
when the process's resident memory has grown by more than the budget since the block began. It
is called at checkpoints (between the parsed chunks of a document, between stages), and, on the
main thread of a Unix process, by a timer signal every ``TICK`` seconds, which also interrupts
pure-Python loops. A C call that never returns to Python (a single spaCy call on one chunk) is
bounded by the chunk size, not by the budget; in a worker thread (Dask) only the checkpoints
apply. Memory is measured, not capped: it can overshoot by what one step allocates.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import settings
from .errors import InputError

#: seconds between two timer checks
TICK = 0.1
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class OverBudget(InputError):
    """A document took more time or memory than its budget; the message says which, and how to raise it."""


@dataclass(frozen=True)
class Budget:
    """seconds: the most wall-clock seconds one document may take (0: no limit).
    memory: the most megabytes the process may grow by while it is processed (0: no limit)."""

    seconds: float = 0.0
    memory: int = 0

    @classmethod
    def from_settings(cls) -> Budget:
        return cls(float(settings.get("max_seconds")), int(settings.get("max_memory")))

    @property
    def unlimited(self) -> bool:
        return self.seconds <= 0 and self.memory <= 0


def rss() -> int:
    """This process's resident memory in bytes (0 where /proc is not available)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


class _Active:
    __slots__ = ("budget", "deadline", "memory_limit", "what")

    def __init__(self, budget: Budget, what: str) -> None:
        self.budget, self.what = budget, what
        self.deadline = time.monotonic() + budget.seconds if budget.seconds > 0 else None
        base = rss()
        self.memory_limit = base + budget.memory * 1_000_000 if budget.memory > 0 and base else None

    def problem(self) -> str | None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            return (f"{self.what} took over {self.budget.seconds:g} s, the time budget of one document; it was "
                    "left unfinished (raise the budget with --max-seconds or ONRECORD_MAX_SECONDS; 0: no limit)")
        if self.memory_limit is not None:
            now = rss()
            if now > self.memory_limit:
                return (f"{self.what} grew memory by over {self.budget.memory:,} MB, the memory budget of one "
                        "document; it was left unfinished (raise the budget with --max-memory or "
                        "ONRECORD_MAX_MEMORY; 0: no limit)")
        return None


_state = threading.local()


def _current() -> _Active | None:
    return getattr(_state, "active", None)


def check() -> None:
    """Raise OverBudget when the innermost ``within`` block of this thread is over its budget."""
    active = _current()
    if active is not None:
        problem = active.problem()
        if problem is not None:
            _state.active = None  # raised once: the handlers that run while it unwinds must not raise again
            raise OverBudget(problem)


def _on_tick(signum: int, frame: Any) -> None:
    check()


def _timer_allowed() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def within(budget: Budget | None, what: str) -> Iterator[None]:
    """Run the block under ``budget``; raise OverBudget (naming ``what``) when it goes over.

    Never hold it across a ``yield`` to other code: the timer would charge that code too.
    """
    if budget is None or budget.unlimited:
        yield
        return
    outer = _current()
    _state.active = _Active(budget, what)
    timer = _timer_allowed() and outer is None
    previous: Any = None
    if timer:
        previous = signal.signal(signal.SIGALRM, _on_tick)
        signal.setitimer(signal.ITIMER_REAL, TICK, TICK)
    try:
        yield
    finally:
        _state.active = outer  # first: a tick from here on finds nothing to check
        if timer:
            signal.setitimer(signal.ITIMER_REAL, 0, 0)
            signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
