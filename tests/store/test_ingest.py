"""Ingest paths: extract JSONL, batch output, the real pipeline, and resuming after SIGKILL."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import store_corpus

from onrecord.errors import InputError
from onrecord.store import open_store
from onrecord.store.ingest import ingest
from onrecord.types import SCHEMA_VERSION, Article

DATA = Path(__file__).resolve().parents[1] / "data" / "store"
TABLES = {  # what must be equal between an interrupted-then-resumed and an uninterrupted ingest
    "articles": "id, doc_id, url, title, outlet, date, source, text, meta, n_quotes",
    "quotes": "*", "speakers": "*", "speaker_aliases": "*", "speaker_merges": "*", "quote_groups": "*",
    "entities": "*", "article_entities": "*", "quote_entities": "*", "boilerplate": "*", "quote_bands": "*",
}


def write_jsonl(path: Path, articles, extra_lines=()) -> Path:
    lines = [json.dumps(a.to_dict()) for a in articles] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_extract_jsonl_is_stored_without_nlp(tmp_path, corpus):
    source = write_jsonl(tmp_path / "out.jsonl", corpus, ['{"schema_version": 1, "quotes": []}'])
    with open_store(tmp_path / "news.db") as store:
        stats = ingest([str(source)], store, nlp=object())  # an nlp that would fail if it were called
        assert (stats.added, stats.skipped, stats.quotes) == (4, 1, 13)
        assert "not an onrecord extract record" in stats.reasons[0]
        again = ingest([str(source)], store, nlp=object())
        assert (again.added, again.duplicates) == (0, 4)
        assert store.stats()["articles"] == 4


def test_batch_output_directory(tmp_path, corpus):
    output = pytest.importorskip("onrecord.scale.output")
    records = pytest.importorskip("onrecord.scale.records")
    out = tmp_path / "batch"
    output.write_partition(out, "part-00000", "k0", records.results_to_rows(corpus[:2]))
    output.write_partition(out, "part-00001", "k1", records.results_to_rows(corpus[2:]))
    output.write_json(out / output.MANIFEST, {"inputs": ["corpus/"], "schema_version": SCHEMA_VERSION})
    with open_store(tmp_path / "news.db") as store:
        stats = ingest([str(out)], store, nlp=object())
        assert (stats.added, stats.quotes) == (4, 13)
        assert store.search(store_search("Jane Roe"))["total"] == 4


def test_output_of_an_older_contract_is_refused_with_the_reason(tmp_path, corpus):
    output = pytest.importorskip("onrecord.scale.output")
    records = pytest.importorskip("onrecord.scale.records")
    out = tmp_path / "old-batch"
    output.write_partition(out, "part-00000", "k0", records.results_to_rows(corpus[:2]))
    output.write_json(out / output.MANIFEST, {"inputs": ["corpus/"]})  # written before contract 2
    with open_store(tmp_path / "news.db") as store:
        stats = ingest([str(out)], store, nlp=object())
        assert (stats.added, stats.skipped) == (0, 1)
        assert "written in version 1 of the output contract; this onrecord reads version 2" in stats.reasons[0]
    old = '{"schema_version": 1, "id": "a", "source": "s", "text": "x", "quotes": []}'
    with pytest.raises(InputError, match="version 1 of onrecord's output contract; this onrecord reads version 2"):
        Article.from_dict(json.loads(old))


def store_search(speaker):
    from onrecord.search import SearchQuery

    return SearchQuery(speaker=speaker)


def test_real_pipeline_end_to_end(tmp_path, nlp):
    """Through read_inputs -> process_many -> store; asserts articles, whatever the extractor finds."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in store_corpus.corpus()[:2]:
        (corpus / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    with open_store(tmp_path / "news.db") as store:
        stats = ingest([str(corpus)], store, nlp=nlp)
        assert (stats.added, stats.skipped) == (2, 1)
        assert store.stats()["articles"] == 2
        stored = store.conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        assert stored == stats.quotes
        # The re-run recognises both texts before the NLP: an unusable nlp is never touched.
        again = ingest([str(corpus)], store, nlp=object())
        assert (again.added, again.duplicates) == (0, 2)
        assert store.stats()["articles"] == 2


def many_articles(n: int = 40):
    """n distinct articles: the corpus with a different last line and URL each time."""
    out = []
    for i in range(n):
        base = store_corpus.corpus()[i % 4]
        meta = dict(base.meta)
        if meta.get("url"):
            meta["url"] = f"{meta['url']}?v={i}"
        out.append(dataclasses.replace(base, id=f"{base.id}-{i}", text=f"{base.text}\n\nUpdated {i}.", meta=meta))
    return out


KILLED_INGEST = """
import sys, time
sys.path.insert(0, {data!r}); sys.path.insert(0, {tests!r})
from test_ingest import many_articles
from onrecord.store import open_store, sqlite as backend
original = backend.SQLiteStore._insert_article
count = [0]
def insert_then_hang(self, article):
    count[0] += 1
    result = original(self, article)
    if count[0] == {kill_at}:
        print("in-transaction", flush=True)
        time.sleep(120)
    return result
backend.SQLiteStore._insert_article = insert_then_hang
with open_store({db!r}) as store:
    store.add_articles(many_articles(), batch_size=4)
"""


def dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: conn.execute(f"SELECT {cols} FROM {t} ORDER BY {'1, 2' if t == 'quote_entities' else 'rowid'}").fetchall() for t, cols in TABLES.items()}
    finally:
        conn.close()


@pytest.mark.parametrize("kill_at", [3, 10, 23])
@pytest.mark.kill
def test_sigkill_mid_batch_then_resume_equals_an_uninterrupted_run(tmp_path, kill_at):
    killed_db = tmp_path / "killed.db"
    script = KILLED_INGEST.format(data=str(DATA), tests=str(Path(__file__).parent), kill_at=kill_at, db=str(killed_db))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "in-transaction"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    # Only whole batches of 4 survived: the batch being written when the process died is gone.
    with open_store(killed_db) as store:
        assert store.stats()["articles"] == (kill_at - 1) // 4 * 4
        resumed = store.add_articles(many_articles(), batch_size=4)
    assert resumed.added == 40 - (kill_at - 1) // 4 * 4
    assert resumed.duplicates == (kill_at - 1) // 4 * 4
    clean_db = tmp_path / "clean.db"
    with open_store(clean_db) as store:
        store.add_articles(many_articles(), batch_size=4)
    assert dump(killed_db) == dump(clean_db)


def test_reingest_with_a_sidecar_updates_metadata_before_any_nlp(tmp_path, nlp):
    """Texts stored without metadata get it from a sidecar on the next run, without the NLP."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in store_corpus.corpus()[:2]:
        (corpus / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    with open_store(tmp_path / "news.db") as store:
        assert ingest([str(corpus)], store, nlp=nlp).added == 2
        assert store.conn.execute("SELECT count(*) FROM articles WHERE outlet IS NULL").fetchone()[0] == 2
        (corpus / "articles.csv").write_text("path,outlet,date,url\n"
                                             "reuters-roe.txt,Reuters,2011-03-02,https://reuters.example/roe\n"
                                             "ap-roe.txt,AP,2011-03-03,\n", encoding="utf-8")
        again = ingest([str(corpus)], store, nlp=object())  # an nlp that would fail if it were called
        assert (again.added, again.updated, again.duplicates) == (0, 2, 0)
        rows = dict(store.conn.execute("SELECT doc_id, outlet || ' ' || date FROM articles").fetchall())
        assert rows == {"reuters-roe": "Reuters 2011-03-02", "ap-roe": "AP 2011-03-03"}
        assert store.conn.execute("SELECT url FROM articles WHERE doc_id = 'reuters-roe'").fetchone()[0] == \
            "https://reuters.example/roe"
        third = ingest([str(corpus)], store, nlp=object())
        assert (third.updated, third.duplicates) == (0, 2)
