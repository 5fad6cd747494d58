"""SIGKILL at random moments, then resume: the result equals an uninterrupted run's.

tests/store and tests/scale kill at chosen points (inside a store transaction; between batch
partitions). These runs kill the real CLI process at a random moment after it has made
progress, wherever it happens to be (mid-transaction, mid-commit, mid-Parquet write, between
partitions), rerun the same command, and compare everything with a clean run.
CI: 3 kills of ``onrecord ingest`` and 2 of ``onrecord batch``; ``ONRECORD_HARDENING_FULL=1``: 10 each.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hardening_support import FULL, table_dump

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_store import make_articles

pytestmark = pytest.mark.kill

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "scale" / "articles.jsonl"
RUNS_INGEST = 10 if FULL else 3
RUNS_BATCH = 10 if FULL else 2
N_FEED = 600
COPIES = 2  # the 24 test articles twice over (new ids): 48 documents in 24 partitions


def kill_at(command: list[str], progress: Callable[[], int], target: int, jitter: float) -> None:
    """Start ``command``; once ``progress()`` reaches ``target``, wait ``jitter`` s and SIGKILL it.

    Progress, not wall-clock time, picks the moment, so a busy machine moves the kill but
    never lets the command finish first (asserted).
    """
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while progress() < target:
        if process.poll() is not None:
            pytest.fail(f"{command[3]} ended ({process.returncode}) before the kill: " + process.stderr.read().decode())
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"{command[3]} made no progress in 120 s")
        time.sleep(0.002)
    time.sleep(jitter)
    assert process.poll() is None, "the command finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def articles_in(db: Path) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet, or the schema is being written


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    """600 synthetic articles (2,400 quotes) as extract-output JSONL: ingest stores them without NLP."""
    path = tmp_path_factory.mktemp("kill") / "feed.jsonl"
    path.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in make_articles(N_FEED, 4, seed=21)),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean_ingest(feed, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    subprocess.run([sys.executable, "-m", "onrecord", "ingest", str(feed), "--db", str(db), "--batch-size", "7", "-q"],
                   check=True, capture_output=True)
    return table_dump(db)


@pytest.mark.parametrize("run", range(RUNS_INGEST))
def test_ingest_killed_at_a_random_moment_then_resumed(run, feed, clean_ingest, tmp_path):
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "onrecord", "ingest", str(feed), "--db", str(db), "--batch-size", "7", "-q"]
    rng = random.Random(1000 + run)
    kill_at(command, lambda: articles_in(db), rng.randrange(1, N_FEED * 3 // 4), rng.uniform(0.0, 0.02))
    assert 0 < articles_in(db) < N_FEED  # killed part-way
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    assert table_dump(db) == clean_ingest


@pytest.fixture(scope="module")
def batch_input(tmp_path_factory) -> Path:
    records = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path_factory.mktemp("batch") / "articles.jsonl"
    path.write_text("".join(json.dumps({**r, "id": f"{r['id']}-{copy}", "text": f"{r['text']}\n\nEdition {copy}."})
                            + "\n" for copy in range(COPIES) for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def clean_batch(batch_input, tmp_path_factory) -> Path:
    from onrecord.scale import run_batch

    out = tmp_path_factory.mktemp("batch") / "clean"
    run_batch([str(batch_input)], out, partition_size=2)
    return out


@pytest.mark.parametrize("run", range(RUNS_BATCH))
def test_batch_killed_at_a_random_moment_then_resumed(run, batch_input, clean_batch, tmp_path):
    from onrecord.scale import read_batch, read_table
    from onrecord.scale.records import TABLES

    out = tmp_path / "out"
    command = [sys.executable, "-m", "onrecord", "batch", str(batch_input), "-o", str(out), "--partition-size", "2",
               "--no-progress"]
    rng = random.Random(2000 + run)
    done = out / "_done"
    finished = lambda: len(list(done.iterdir())) if done.exists() else 0  # noqa: E731
    kill_at(command, finished, rng.randrange(1, 18), rng.uniform(0.0, 0.05))
    assert 0 < finished() < 24  # killed part-way
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    for table in TABLES:
        assert read_table(out, table).to_pylist() == read_table(clean_batch, table).to_pylist(), table
    ids = [r.id for r in read_batch(out)]
    assert len(ids) == len(set(ids)) == 24 * COPIES
    assert [p for p in out.rglob("*") if p.name.startswith(".tmp-")] == []
