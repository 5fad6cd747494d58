"""Load on loopback: concurrent clients search and browse a large database, with and without a writer.

* ``test_concurrent_searches_and_page_views``: N clients for T seconds against ``onrecord serve``
  (a real uvicorn process on 127.0.0.1) over a synthetic database (bench/bench_store.py's
  generator): every response is a 200, none fails; p50/p95/max latency are printed.
  CI: 10,000 quotes, 20 clients, 8 s. ``ONRECORD_HARDENING_FULL=1``: 100,000 quotes,
  50 clients, 30 s. ``ONRECORD_LOAD_QUOTES``/``_CLIENTS``/``_SECONDS`` override each.
* ``test_expensive_searches_beside_normal_clients``: the same clients, alone (quiet) and then
  beside 4 loops of expensive searches (issue 14: the 83-prefix query, which is refused, and
  the costliest searches still allowed, which run under the time limit and take turns): the
  normal clients' p95 stays within 1.5x of the quiet run's (quiet and loud quarters taken in turn,
  so a change in the machine's own load hits both). Both p95s are printed.
  ``ONRECORD_LOAD_EXPENSIVE`` sets the number of expensive loops.
* ``test_ingest_while_serving_never_corrupts_the_database``: ``onrecord ingest`` in another
  process adds articles in small transactions while clients read (WAL): no errors, counts
  never go backwards, and the final database equals one built without readers.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from hardening_support import FULL, table_dump

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_store import COMMON, FIRST, LAST, OUTLETS, make_articles
from onrecord.store import open_store

pytestmark = pytest.mark.load

QUOTES = int(os.environ.get("ONRECORD_LOAD_QUOTES", 100_000 if FULL else 10_000))
CLIENTS = int(os.environ.get("ONRECORD_LOAD_CLIENTS", 50 if FULL else 20))
SECONDS = float(os.environ.get("ONRECORD_LOAD_SECONDS", 30 if FULL else 8))


def build_db(path: Path, n_articles: int, seed: int = 7) -> Path:
    with open_store(path) as store:
        store.add_articles(make_articles(n_articles, 4, seed=seed), batch_size=500)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read()


class Server:
    """``onrecord serve`` in a child process, on a free loopback port."""

    def __init__(self, db: Path) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "onrecord", "serve", "--db", str(db), "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(self.connect(), "/index.json")[0] == 200:
                    return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                pytest.fail("onrecord serve did not start: " + self.process.stderr.read().decode())
            time.sleep(0.2)

    def connect(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def request_mix(db: Path, rng: random.Random) -> list[str]:
    """Searches of every kind and views of quotes, articles, speakers, entities, HTML and JSON."""
    conn = sqlite3.connect(db)
    ids = {table: [r[0] for r in conn.execute(f"SELECT id FROM {table} ORDER BY random() LIMIT 200")]
           for table in ("quotes", "articles", "speakers", "entities")}
    conn.close()
    people = [f"{f} {l}" for f in FIRST for l in LAST]
    paths = []
    for _ in range(200):
        word, other = rng.choice(COMMON), rng.choice(COMMON)
        paths += [f"/search?q={word}", f"/search.json?q={word}+{other}", f"/search?q=%22{word}+{other}%22",
                  f"/search?q={word[:3]}*", f"/search?speaker={rng.choice(people).replace(' ', '+')}",
                  f"/search.json?outlet={rng.choice(OUTLETS).replace(' ', '+')}&since=2014&until=2016-06",
                  f"/search?q={word}&page={rng.randint(2, 5)}", "/"]
        paths += [f"/{table}/{rng.choice(values)}{rng.choice(['', '.json'])}" for table, values in ids.items() if values]
    return paths


def hammer(server: Server, paths: list[str], clients: int, seconds: float,
           others: tuple[list[str], int, tuple[int, ...]] | None = None,
           seen: Counter[int] | None = None) -> tuple[list[float], list[str]]:
    """``clients`` threads, each with a keep-alive connection, GET random paths for ``seconds``;
    every answer must be a 200. ``others``: (paths, threads, statuses they may get) running
    beside them (their latencies are not counted; an answer outside those statuses is an error;
    ``seen`` counts their statuses)."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(seed: int, choices: list[str], allowed: tuple[int, ...], counted: bool) -> None:
        rng = random.Random(seed)
        conn = server.connect()
        mine, bad = [], []
        while time.monotonic() < deadline:
            path = rng.choice(choices)
            started = time.perf_counter()
            try:
                status, _ = get(conn, path)
            except (OSError, http.client.HTTPException) as exc:
                bad.append(f"{path}: {type(exc).__name__}: {exc}")
                conn.close()
                conn = server.connect()
                continue
            mine.append(time.perf_counter() - started)
            if not counted and seen is not None:
                with lock:
                    seen[status] += 1
            if status not in allowed:
                bad.append(f"{path}: HTTP {status}")
        conn.close()
        with lock:
            if counted:
                latencies.extend(mine)
            errors.extend(bad)

    threads = [threading.Thread(target=client, args=(i, paths, (200,), True)) for i in range(clients)]
    if others:
        extra, count, allowed = others
        threads += [threading.Thread(target=client, args=(1000 + i, extra, allowed, False)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    return latencies, errors


def p95(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[int(len(ordered) * 0.95)] if ordered else float("nan")


def report(label: str, latencies: list[float], seconds: float) -> str:
    ordered = sorted(latencies)
    p95 = ordered[int(len(ordered) * 0.95)] if ordered else float("nan")
    return (f"{label}: {len(ordered):,} requests in {seconds:.0f} s ({len(ordered) / seconds:,.0f}/s); latency "
            f"median {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {ordered[-1] * 1000:.0f} ms")


@pytest.fixture(scope="module")
def big_db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("load") / "news.db", QUOTES // 4)


def test_concurrent_searches_and_page_views(big_db, capsys):
    server = Server(big_db)
    try:
        paths = request_mix(big_db, random.Random(3))
        latencies, errors = hammer(server, paths, CLIENTS, SECONDS)
    finally:
        server.close()
    assert errors == []
    assert len(latencies) > CLIENTS  # every client got answers
    with capsys.disabled():
        print("\n" + report(f"{QUOTES:,} quotes, {CLIENTS} clients", latencies, SECONDS))


EXPENSIVE_LOOPS = int(os.environ.get("ONRECORD_LOAD_EXPENSIVE", 4))
ROUNDS = 4  # quiet and loud parts of SECONDS / ROUNDS each, in turn


def expensive_paths() -> list[str]:
    """Issue 14's query (83 one-letter prefixes OR-ed: refused, 400) and the costliest searches
    still allowed (8 one-letter prefixes; 100 common words OR-ed), as pages with facets and as JSON."""
    letters = "abcdefghijklmnopqrstuvwxyz" * 4
    issue = "+OR+".join(c + "*" for c in letters[:83])
    eight = "+OR+".join(c + "*" for c in "abcdefgh")
    words = "+OR+".join((COMMON * 3)[:100])
    return [f"/search?q={issue}", f"/search.json?q={issue}", f"/search?q={eight}", f"/search.json?q={eight}",
            f"/search?q={words}", f"/stats?q={eight}&by=outlet,month"]


def test_expensive_searches_beside_normal_clients(big_db, capsys):
    server = Server(big_db)
    try:
        paths = request_mix(big_db, random.Random(3))
        hammer(server, paths, 4, 1.0)  # warm the caches of both runs alike
        quiet: list[float] = []
        loud: list[float] = []
        answers: Counter[int] = Counter()
        for _ in range(ROUNDS):  # quiet and loud parts in turn, so a change in the machine's load hits both
            latencies, errors = hammer(server, paths, CLIENTS, SECONDS / ROUNDS)
            assert errors == []
            quiet += latencies
            latencies, errors = hammer(server, paths, CLIENTS, SECONDS / ROUNDS,
                                       others=(expensive_paths(), EXPENSIVE_LOOPS, (200, 400, 503)), seen=answers)
            assert errors == []
            loud += latencies
    finally:
        server.close()
    with capsys.disabled():
        print("\n" + report(f"quiet: {CLIENTS} clients", quiet, SECONDS))
        print(report(f"beside {EXPENSIVE_LOOPS} expensive loops: {CLIENTS} clients", loud, SECONDS))
        print(f"normal p95: quiet {p95(quiet) * 1000:.0f} ms, beside expensive searches {p95(loud) * 1000:.0f} ms "
              f"({p95(loud) / p95(quiet):.2f}x; goal <= 1.5x); the expensive loops got "
              + ", ".join(f"{n} x {status}" for status, n in sorted(answers.items())))
    assert answers[400] > 0  # issue 14's query is refused at once, not run for seconds
    assert p95(loud) <= 1.5 * p95(quiet)


def test_ingest_while_serving_never_corrupts_the_database(tmp_path):
    first, second = 300, 300
    feed = tmp_path / "more.jsonl"
    feed.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in make_articles(second, 4, seed=99)),
                    encoding="utf-8")
    db = build_db(tmp_path / "served.db", first)
    server = Server(db)
    seen: list[int] = []
    try:
        writer = subprocess.Popen([sys.executable, "-m", "onrecord", "ingest", str(feed), "--db", str(db),
                                   "--batch-size", "5", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        conn = server.connect()
        paths = request_mix(db, random.Random(5))
        errors = []
        while writer.poll() is None or len(seen) < 3:
            status, body = get(conn, "/index.json")
            assert status == 200
            seen.append(json.loads(body)["stats"]["articles"])
            latencies, bad = hammer(server, paths, 4, 0.3)
            errors += bad
        assert writer.wait(timeout=120) == 0, writer.stderr.read().decode()
        status, body = get(conn, "/index.json")  # once more after the writer is done
        assert status == 200
        seen.append(json.loads(body)["stats"]["articles"])
    finally:
        server.close()
    assert errors == []
    assert seen == sorted(seen) and seen[0] >= first and seen[-1] == first + second
    assert len(set(seen)) > 2  # the readers really saw the writer's progress
    clean = build_db(tmp_path / "clean.db", first)
    with open_store(clean) as store:
        from onrecord.store.ingest import ingest

        ingest([str(feed)], store, nlp=object())
    assert table_dump(db) == table_dump(clean)
