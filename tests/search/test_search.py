"""Search over the hand-written corpus: phrases, prefixes, filters, paging, malformed queries."""

from __future__ import annotations

import pytest
import store_corpus

from onrecord.search import QueryError, SearchQuery, fts_query


def texts(db, **kw):
    return sorted(r["text"] for r in db.search(SearchQuery(**kw))["results"])


def test_phrase_query(db):
    assert texts(db, q='"stand by"') == sorted([store_corpus.WIRE, store_corpus.WIRE, store_corpus.WIRE_EDITED])
    assert texts(db, q='"by stand"') == []


def test_prefix_query(db):
    assert texts(db, q="sanction*") == ["Sanctions have never worked,", "sanctions would hurt exports"]
    assert texts(db, q="sanction") == []


def test_speaker_name_is_searchable(db):
    # Quotes whose speaker name holds "Roe": Jane Roe (3 with that name as written), "Ms. Roe",
    # Peter Roe (2), the blog's "Roe".
    assert db.search(SearchQuery(q="Roe"))["total"] == 7


def test_filters(db):
    assert db.search(SearchQuery(speaker="Jane Roe"))["total"] == 4
    assert db.search(SearchQuery(speaker="jane roe", q="war"))["total"] == 3
    assert db.search(SearchQuery(outlet="reuters"))["total"] == 4
    assert db.search(SearchQuery(since="2011-04"))["total"] == 5
    assert db.search(SearchQuery(until="2011-03"))["total"] == 8
    assert db.search(SearchQuery(since="2011-03-03", until="2011-04-10"))["total"] == 6
    assert db.search(SearchQuery(kind="indirect"))["total"] == 6
    assert texts(db, entity="Syria") == ["no plans to deploy troops to Syria at this time.",
                                         "talks with Syria had stalled"]
    assert db.search(SearchQuery(speaker="Nobody Known"))["total"] == 0


def test_ranking_puts_the_best_match_first(db):
    # "war" once in each wire quote; "never" only in May's quote; both words only in none:
    # with OR, the shorter quote holding the rarer word ranks first under bm25.
    results = db.search(SearchQuery(q="never OR war"))["results"]
    assert results[0]["text"] == "Sanctions have never worked,"
    assert len(results) == 4


def test_pagination(db):
    first = db.search(SearchQuery(page=1, page_size=5))
    third = db.search(SearchQuery(page=3, page_size=5))
    assert (first["total"], first["pages"], len(first["results"]), len(third["results"])) == (13, 3, 5, 3)
    seen = {r["id"] for p in (1, 2, 3) for r in db.search(SearchQuery(page=p, page_size=5))["results"]}
    assert len(seen) == 13


def test_highlight_marks_the_matched_words(db):
    [row] = db.search(SearchQuery(q="exports"))["results"]
    assert row["text_marked"] == "sanctions would hurt \ue000exports\ue001"


@pytest.mark.parametrize("q", ["AND", "OR", "NOT", '"unbalanced', "*", "a AND", "(", ")", "col:val", "^x", "NEAR(a b)",
                               '""', "'", "-x", "x AND AND y", "*war", "war**", '"war" AND "', "\x00", "a\"b\"c"])
def test_malformed_queries_never_raise(db, q):
    result = db.search(SearchQuery(q=q))
    assert result["total"] >= 0


def test_literal_operator_and_empty_query(db):
    # A leading NOT is the word "not": the three wire quotes hold "not" and "stand".
    assert db.search(SearchQuery(q="NOT stand"))["total"] == 3
    result = db.search(SearchQuery(q="*"))
    assert result["total"] == 13
    assert "no words to search for" in result["message"]


def test_fts_query_translation():
    assert fts_query('"we will" fight* AND win') == '"we will" "fight"* AND "win"'
    assert fts_query("AND") == '"AND"'
    assert fts_query("x NOT y") == '"x" NOT "y"'
    assert fts_query("NOT y") == '"NOT" "y"'
    assert fts_query('"open') == '"open"'
    assert fts_query("*") == ""
    assert fts_query('a"b') == '"a""b"'


@pytest.mark.parametrize("kw", [{"since": "2011-13"}, {"until": "yesterday"}, {"kind": "rumour"}, {"page": 0}])
def test_bad_parameters_are_clear_errors(kw):
    with pytest.raises(QueryError):
        SearchQuery(**kw)


def test_too_many_matches_come_newest_first_with_a_note(db, monkeypatch):
    from onrecord.store import sqlite as backend

    monkeypatch.setattr(backend, "RANK_LIMIT", 2)
    result = db.search(SearchQuery(q="war"))  # the three wire quotes: Reuters, AP, Guardian (stored in that order)
    assert result["total"] == 3
    assert "too many to rank" in result["message"]
    assert [r["outlet"] for r in result["results"]] == ["The Guardian", "AP", "Reuters"]
