"""WAL mode: a reader (the web app) sees whole batches while another process ingests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from onrecord.store import open_store

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parents[1] / "data" / "store"
WRITER = """
import sys
sys.path.insert(0, {data!r}); sys.path.insert(0, {tests!r})
from test_ingest import many_articles
from onrecord.store import open_store
with open_store({db!r}) as store:
    for article in many_articles(40):
        store.add_articles([article], batch_size=1)  # many small commits
"""


def test_reader_sees_only_whole_batches_while_another_process_ingests(tmp_path):
    db = tmp_path / "news.db"
    open_store(db).close()
    script = WRITER.format(data=str(DATA), tests=str(Path(__file__).parent), db=str(db))
    writer = subprocess.Popen([sys.executable, "-c", script])
    seen = []
    with open_store(db, readonly=True) as reader:
        while writer.poll() is None or len(seen) < 3:
            counts = reader.conn.execute(
                "SELECT (SELECT count(*) FROM articles), (SELECT coalesce(sum(n_quotes), 0) FROM articles),"
                " (SELECT count(*) FROM quotes)").fetchone()
            seen.append(tuple(counts))
            # Within one read, the articles' quote counts always match the stored quotes.
            assert counts[1] == counts[2]
    assert writer.wait(timeout=60) == 0
    assert [s[0] for s in seen] == sorted(s[0] for s in seen)  # never goes backwards
    with open_store(db) as store:
        assert store.stats()["articles"] == 40
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
