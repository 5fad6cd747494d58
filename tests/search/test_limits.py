"""The cost of one search is bounded (issue 14, item 7): a cap on prefix terms, prefix indexes
(schema version 5, with the upgrade of a version 4 store), and a time limit through SQLite's
progress handler, with long requests taking turns; a clear 400 / 503 on the web and in the CLI."""

from __future__ import annotations

import sqlite3
import string
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from bench_store import make_articles
from onrecord.cli import cli
from onrecord.search import MAX_PREFIX_TERMS, QueryError, QueryTimeout, SearchQuery, is_heavy, prefix_terms
from onrecord.store import open_store, schema
from onrecord.store import sqlite as sqlite_store
from onrecord.web import create_app
from onrecord.web.app import LONG_REQUESTS

#: the query of issue 14: 83 one-letter prefixes, OR-ed (5.8 s on 10,000 quotes before)
EXPENSIVE = " OR ".join(c + "*" for c in (string.ascii_lowercase * 4)[:83])
EIGHT = " OR ".join(c + "*" for c in "abcdefgh")
#: a statement that runs for minutes unless interrupted (a count to a billion)
ENDLESS = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
           "SELECT count(*) FROM (SELECT x FROM c LIMIT 1000000000)")


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("limits") / "synthetic.db"
    with open_store(path) as store:
        store.add_articles(make_articles(250, 4, seed=11), batch_size=250)
    return path


def test_prefix_terms_are_counted_as_the_translator_reads_them():
    assert prefix_terms("fight* AND win*") == 2
    assert prefix_terms('"fight*" win') == 0  # inside a phrase a * is a character
    assert prefix_terms("* ** x") == 0  # a * with no letters is dropped
    assert prefix_terms(EXPENSIVE) == 83


def test_more_prefix_terms_than_the_cap_is_a_query_error():
    SearchQuery(q=EIGHT)  # 8: allowed
    assert MAX_PREFIX_TERMS == 8
    with pytest.raises(QueryError, match="83 prefix terms.*at most 8"):
        SearchQuery(q=EXPENSIVE)
    with pytest.raises(QueryError, match="9 prefix terms"):
        SearchQuery(q=EIGHT + " OR i*")


def test_the_web_and_cli_say_400_and_why(synthetic_db):
    with TestClient(create_app(synthetic_db), raise_server_exceptions=False, base_url="http://127.0.0.1") as client:
        response = client.get("/search.json", params={"q": EXPENSIVE})
        assert response.status_code == 400
        assert "at most 8 are searched at once" in response.json()["error"]
        assert client.get("/search", params={"q": EXPENSIVE}).status_code == 400
        assert client.get("/search.json", params={"q": EIGHT}).status_code == 200
    result = CliRunner().invoke(cli, ["search", EXPENSIVE, "--db", str(synthetic_db)])
    assert result.exit_code == 1 and "83 prefix terms" in result.output and "Traceback" not in result.output


def test_a_version_4_store_is_upgraded_to_prefix_indexes(tmp_path):
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in schema.MIGRATIONS[:4]:
        if callable(step):
            step(conn)
        else:
            for statement in schema.statements(step):
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO articles (id, doc_id, source, text) VALUES ('a', 'a', 'a.txt', ?)",
                 ('"Walls fall," she said.',))
    conn.execute("INSERT INTO quotes (id, article_id, local_id, kind, text, start, \"end\", confidence, fragments,"
                 " flags, speaker_name, speaker_type, norm_hash, words) VALUES (1, 'a', 'q1', 'direct',"
                 " 'Walls fall,', 1, 12, 0.9, '[[1, 12]]', '[]', 'Ann Lee', 'person', 'h', 2)")
    conn.execute("INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (1, 'Walls fall,', 'Ann Lee')")
    conn.close()
    with open_store(path) as store:
        assert schema.version(store.conn) == schema.SCHEMA_VERSION == 5
        sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()[0]
        assert 'prefix="1 2 3"' in sql and 'content="quotes"' in sql  # Datasette still detects it
        store.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        for q in ("w*", "wa*", "wal*", "walls", "fa*"):  # the rebuilt index holds the stored quote
            assert [r["id"] for r in store.search(SearchQuery(q=q, min_confidence=0))["results"]] == [1], q


def test_prefix_indexes_answer_as_a_scan_would(synthetic_db):
    conn = sqlite3.connect(synthetic_db)
    try:
        for prefix in ("k", "ka", "kal", "kalo"):
            indexed = {r[0] for r in conn.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?",
                                                  (f'"{prefix}"*',))}
            scanned = {r[0] for r in conn.execute(
                "SELECT id FROM quotes WHERE (' ' || lower(text) || ' ' || lower(coalesce(speaker_name, '')))"
                " GLOB ?", (f"*[^a-z]{prefix}*",))}
            assert indexed == scanned and indexed, prefix
    finally:
        conn.close()


def test_time_limit_stops_a_long_statement(synthetic_db):
    with open_store(synthetic_db, readonly=True) as store:
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="more than 0.2 s"), store.time_limit(0.2):
            store.conn.execute(ENDLESS).fetchone()
        assert time.monotonic() - started < 10  # 0.2 s of CPU, however busy the machine
        assert store.conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 1000  # the connection goes on
        with store.time_limit(5):
            assert store.search(SearchQuery(q="war"))["total"] > 0  # a normal search is far below it
        with store.time_limit(0):  # 0: no limit
            assert store.conn.execute("SELECT 1").fetchone()[0] == 1


def test_long_requests_take_turns(synthetic_db, monkeypatch):
    monkeypatch.setattr(sqlite_store, "LANE_AFTER_CPU", 0.0)  # every request counts as long here
    lane = threading.BoundedSemaphore(1)
    with open_store(synthetic_db, readonly=True) as store:
        lane.acquire()  # another long request holds the lane
        started = time.monotonic()
        with pytest.raises(QueryTimeout, match="other long searches") as caught, store.time_limit(0.3, lane=lane):
            store.search(SearchQuery(q=EIGHT))
        assert caught.value.busy and 0.25 < time.monotonic() - started < 3
        lane.release()
        with store.time_limit(5, lane=lane):  # the lane is free: it runs, and gives its turn back
            assert store.search(SearchQuery(q=EIGHT))["total"] > 0
        assert lane.acquire(blocking=False)
        lane.release()


def test_past_the_limit_the_web_answers_503_and_the_cli_says_so(synthetic_db, monkeypatch):
    monkeypatch.setenv("ONRECORD_QUERY_TIME_LIMIT", "0.000001")  # every request runs out at its first check
    with TestClient(create_app(synthetic_db), raise_server_exceptions=False, base_url="http://127.0.0.1") as client:
        for path in ("/search.json?q=" + EIGHT.replace(" ", "+"), "/search?q=a*", "/stats.json"):
            response = client.get(path)
            assert response.status_code == 503, path
            assert response.headers["retry-after"] == "5"
            if path.startswith("/search.json"):
                assert "its time limit (ONRECORD_QUERY_TIME_LIMIT)" in response.json()["error"]
    result = CliRunner().invoke(cli, ["search", EIGHT, "--db", str(synthetic_db)])
    assert result.exit_code == 1 and "time limit" in result.output and "Traceback" not in result.output
    monkeypatch.setenv("ONRECORD_QUERY_TIME_LIMIT", "0")  # no limit
    assert CliRunner().invoke(cli, ["search", EIGHT, "--db", str(synthetic_db)]).exit_code == 0


def test_a_query_of_a_costly_shape_waits_for_its_turn_at_once(synthetic_db, monkeypatch):
    assert is_heavy(EIGHT) and is_heavy("a OR b OR c OR d OR e OR f") and is_heavy("ab* cd* ef*")
    assert not is_heavy("war* peace*") and not is_heavy("a OR b OR c OR d") and not is_heavy('"a* OR b*"')
    monkeypatch.setenv("ONRECORD_QUERY_TIME_LIMIT", "0.5")
    app = create_app(synthetic_db)
    with TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1") as client:
        views = app.app.app.state.views  # Guard -> HostCheck -> Starlette
        for _ in range(LONG_REQUESTS):  # long requests are running: every slot is taken
            views.lane.acquire()
        try:
            assert client.get("/search.json", params={"q": "war"}).status_code == 200  # short: never waits
            started = time.monotonic()
            response = client.get("/search.json", params={"q": EIGHT})
            assert response.status_code == 503 and "other long searches" in response.json()["error"]
            assert time.monotonic() - started >= 0.5  # it waited its turn, up to the limit
        finally:
            for _ in range(LONG_REQUESTS):
                views.lane.release()
        assert client.get("/search.json", params={"q": EIGHT}).status_code == 200  # its turn comes
