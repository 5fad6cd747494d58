"""The SQLite store over the hand-written corpus: ingest, idempotence, speakers, reuse, entities."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
import store_corpus

from onrecord.errors import StoreError
from onrecord.store import open_store
from onrecord.store.schema import SCHEMA_VERSION
from onrecord.types import Skipped


def speaker_named(db, name):
    rows = db.conn.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchall()
    return [r[0] for r in rows]


def test_counts_after_ingest(db):
    # 4 articles; 4 + 4 + 2 + 3 quotes; speakers: Jane Roe, Peter Roe, blog "Roe", "May",
    # three "a US official", the Pentagon.
    assert db.stats()["articles"] == 4
    assert db.stats()["quotes"] == 13
    assert db.stats()["speakers"] == 8


def test_wal_mode_and_schema_version(db):
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_reingest_changes_nothing(db, corpus):
    before = db.stats()
    stats = db.add_articles(corpus)
    assert (stats.added, stats.duplicates) == (0, 4)
    assert db.stats() == before


def test_same_text_or_same_url_is_a_duplicate(db, corpus):
    reposted = dataclasses.replace(corpus[0], id="repost", meta={"url": "https://elsewhere.example/x"})
    edited = dataclasses.replace(corpus[1], text=corpus[1].text + "\n\nUpdated.", meta=corpus[1].meta)
    stats = db.add_articles([reposted, edited])
    assert (stats.added, stats.duplicates) == (0, 2)
    assert db.stats()["articles"] == 4


def test_skipped_inputs_are_recorded_once(db):
    item = Skipped("bad", "in/bad.html", "in/bad.html: the file is empty")
    assert db.add_articles([item, item]).skipped == 2
    rows = db.conn.execute("SELECT source, reason FROM skipped").fetchall()
    assert [tuple(r) for r in rows] == [("in/bad.html", "in/bad.html: the file is empty")]


def test_article_metadata(db, corpus):
    article = db.article(db.conn.execute("SELECT id FROM articles WHERE doc_id = 'reuters-roe'").fetchone()[0])
    assert article["title"] == "Senator Roe urges action on Syria"
    assert article["outlet"] == "Reuters"
    assert article["date"] == "2011-03-02"
    assert article["url"] == "https://www.reuters.com/world/roe-syria-2011-03-02"
    assert [b["reason"] for b in article["boilerplate"]] == ["related-links"]
    assert [q["local_id"] for q in article["quotes"]] == ["q1", "q2", "q3", "q4"]


def test_full_name_merges_across_outlets(db):
    [jane] = speaker_named(db, "Jane Roe")
    page = db.speaker(jane)
    assert page["total"] == 4
    assert {o["outlet"]: o["quotes"] for o in page["outlets"]} == {"Reuters": 2, "AP": 1, "The Guardian": 1}
    assert {"Jane Roe", "Ms. Roe", "Sen. Jane Roe"} <= set(page["aliases"])


def test_partial_name_merges_only_through_the_article_entity(db):
    [jane] = speaker_named(db, "Jane Roe")
    merges = db.speaker(jane)["merges"]
    guardian = [m for m in merges if m["outlet"] == "The Guardian"]
    assert len(guardian) == 1
    assert guardian[0]["written"] == "Ms. Roe"
    assert "'Ms. Roe' is 'Jane Roe' in this article" in guardian[0]["reason"]
    # Reuters writes "Jane Roe" (and "Ms. Roe", its entity), the AP "Sen. Jane Roe", the Guardian "Ms. Roe"
    assert {(m["outlet"], m["written"], m["rule"]) for m in merges} == {
        ("Reuters", "Jane Roe", "same-name"), ("AP", "Jane Roe", "same-name"),
        ("The Guardian", "Ms. Roe", "article-name")}


def test_shared_surname_and_bare_surname_stay_apart(db):
    assert len(speaker_named(db, "Peter Roe")) == 1
    [bare] = speaker_named(db, "Roe")  # the blog's "Roe": no full name in that article
    page = db.speaker(bare)
    assert page["total"] == 1
    assert "partial name" in page["merges"][0]["reason"]
    [may] = speaker_named(db, "May")
    assert db.speaker(may)["total"] == 1


def test_anonymous_sources_never_merge(db):
    officials = speaker_named(db, "a US official")
    assert len(officials) == 3
    assert {db.speaker(s)["total"] for s in officials} == {1}
    assert all("never merged" in db.speaker(s)["merges"][0]["reason"] for s in officials)


def test_organisation_merges_on_name(db):
    [pentagon] = speaker_named(db, "Pentagon")
    assert {o["outlet"] for o in db.speaker(pentagon)["outlets"]} == {"Reuters", "Capitol Notes"}


def test_reused_quote_is_grouped_with_first_article_and_outlets(db):
    wire = db.conn.execute("SELECT id FROM quotes WHERE text = ?", (store_corpus.WIRE_EDITED,)).fetchone()[0]
    group = db.quote(wire)["group"]
    assert group["size"] == 3
    assert group["n_outlets"] == 3
    assert group["first"]["outlet"] == "Reuters"
    assert group["first"]["date"] == "2011-03-02"
    others = db.conn.execute("SELECT count(DISTINCT group_id) FROM quotes WHERE text != ? AND text != ?",
                             (store_corpus.WIRE, store_corpus.WIRE_EDITED)).fetchone()[0]
    assert others == 10  # every other quote is alone in its group


def test_quote_knows_the_entities_it_mentions(db):
    rows = db.conn.execute("SELECT id FROM quotes WHERE text LIKE '%Syria%' ORDER BY id").fetchall()
    assert [[e["name"] for e in db.quote(r[0])["entities"]] for r in rows] == [["Syria"], ["Syria"]]


def test_entity_page_lists_who_talks_about_it(db):
    syria = db.conn.execute("SELECT id FROM entities WHERE name = 'Syria'").fetchone()[0]
    page = db.entity(syria)
    assert page["total"] == 2
    assert sorted((s["name"], s["quotes"]) for s in page["speakers"]) == [("Pentagon", 1), ("a US official", 1)]
    assert {a["outlet"] for a in page["articles"]} == {"Reuters", "AP"}


def test_top_speakers(db):
    top = db.top_speakers(2)
    assert [(t["name"], t["quotes"], t["articles"]) for t in top] == [("Jane Roe", 4, 3), ("Pentagon", 2, 2)]
    assert [o["outlet"] for o in top[0]["outlets"]] == ["Reuters", "AP", "The Guardian"]


def test_export_rows_carry_speaker_and_article(db):
    rows = list(db.iter_quotes())
    assert len(rows) == 13
    wire = next(r for r in rows if r["text"] == store_corpus.WIRE_EDITED)
    assert (wire["speaker"], wire["outlet"], wire["date"]) == ("Jane Roe", "The Guardian", "2011-04-10")


def test_missing_records_are_none(db):
    assert db.article("nope") is None
    assert db.quote(999) is None
    assert db.speaker(999) is None
    assert db.entity(999) is None


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database at all " * 100)
    with pytest.raises(StoreError, match="cannot open as an onrecord database"):
        open_store(path)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="upgrade onrecord"):
        open_store(path)


def test_readonly_needs_an_existing_file(tmp_path):
    with pytest.raises(StoreError, match="onrecord ingest"):
        open_store(tmp_path / "missing.db", readonly=True)


def test_postgres_is_reserved(tmp_path):
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://localhost/news")


def test_a_failed_batch_leaves_nothing_and_the_next_one_works(tmp_path, corpus):
    bad = dataclasses.replace(corpus[1], quotes=(dataclasses.replace(corpus[1].quotes[0], kind=None),))
    with open_store(tmp_path / "news.db") as store:
        with pytest.raises(StoreError, match="nothing of that batch was kept"):
            store.add_articles([corpus[0], bad], batch_size=10)
        assert store.stats() == {"articles": 0, "quotes": 0, "speakers": 0, "entities": 0, "quote_groups": 0,
                                 "skipped": 0}
        stats = store.add_articles(corpus, batch_size=10)
        assert (stats.added, stats.quotes) == (4, 13)
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        [jane] = speaker_named(store, "Jane Roe")
        assert store.speaker(jane)["total"] == 4
