"""Sources by outlet, gender and time; facets, timelines, index pages, ranking and metadata updates.

Expected figures are worked out by hand in tests/data/store/sources_corpus.py's docstring.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest
import sources_corpus
import store_corpus

from onrecord.search import QueryError, SearchQuery
from onrecord.store import open_store
from onrecord.store.context import citation, quote_context
from onrecord.types import Quote, Speaker


@pytest.fixture
def sources(tmp_path):
    with open_store(tmp_path / "sources.db") as store:
        store.add_articles(sources_corpus.corpus())
        yield store


def by(rows, *keys):
    return {tuple(r[k] for k in keys): r for r in rows}


def test_share_of_women_by_outlet(sources):
    rows = by(sources.source_stats(("outlet",)), "outlet")
    herald, times, wire = rows[("Harbour Herald",)], rows[("Valley Times",)], rows[("Coast Wire",)]
    assert (herald["quotes"], herald["quotes_female"], herald["quotes_male"], herald["quotes_unknown"]) == (6, 3, 1, 2)
    assert herald["share_female_quotes"] == 0.75
    assert (herald["people"], herald["people_female"], herald["people_male"], herald["people_unknown"]) == (4, 1, 1, 2)
    assert herald["share_female_people"] == 0.5
    assert (times["quotes"], times["share_female_quotes"], times["people"], times["share_female_people"]) == (
        5, 0.25, 4, 0.333)
    assert (wire["quotes"], wire["share_female_quotes"], wire["people_female"], wire["share_female_people"]) == (
        2, 1.0, 2, 1.0)


def test_share_of_women_by_month_and_in_all(sources):
    rows = by(sources.source_stats(("month",)), "month")
    jan, feb = rows[("2024-01",)], rows[("2024-02",)]
    assert (jan["quotes_female"], jan["quotes_male"], jan["quotes_unknown"], jan["share_female_quotes"]) == (2, 4, 2, 0.333)
    assert (jan["people_female"], jan["people_male"], jan["people_unknown"]) == (1, 2, 1)
    assert (feb["quotes_female"], feb["quotes_unknown"], feb["share_female_quotes"], feb["share_female_people"]) == (
        4, 1, 1.0, 1.0)
    (total,) = sources.source_stats(())
    assert (total["quotes"], total["quotes_female"], total["quotes_male"], total["quotes_unknown"]) == (13, 6, 4, 3)
    assert (total["share_female_quotes"], total["people"], total["share_female_people"]) == (0.6, 6, 0.5)
    both = by(sources.source_stats(("outlet", "month")), "outlet", "month")
    assert both[("Valley Times", "2024-02")]["quotes"] == 1  # Ms. Lind; the council is not a person


def test_articles_that_disagree_leave_a_person_unknown(sources):
    park = sources.conn.execute("SELECT gender, female_quotes, male_quotes FROM speakers WHERE name = 'Jo Park'").fetchone()
    assert tuple(park) == ("unknown", 1, 1)
    quotes = [r["speaker_gender"] for r in sources.search(SearchQuery(speaker="Jo Park"))["results"]]
    assert sorted(quotes) == ["female", "male"]  # each quote keeps what its article said


def test_stats_follow_the_search_filters(sources):
    (women,) = sources.source_stats((), SearchQuery(gender="female"))
    assert (women["quotes"], women["people"]) == (6, 2)
    (february,) = sources.source_stats((), SearchQuery(since="2024-02", outlet="times"))
    assert february["quotes"] == 1
    with pytest.raises(QueryError, match="cannot group by 'weekday'"):
        sources.source_stats(("weekday",))


def test_facets_count_what_the_search_finds(sources):
    facets = sources.facets(SearchQuery(q="the"))
    total = sources.search(SearchQuery(q="the"))["total"]
    assert sum(f["count"] for f in facets["kind"]) == total
    assert total == 14  # every quote has "the" ("Nobody asked the fishermen ...", "Work starts on the north ...")
    assert {f["value"]: f["count"] for f in facets["outlet"]} == {"Harbour Herald": 6, "Valley Times": 6,
                                                                   "Coast Wire": 2}
    assert [(f["value"], f["count"]) for f in facets["month"]] == [("2024-01", 8), ("2024-02", 6)]
    # female: Ruiz 4, Lind 2; male: Baker 3, Obi 1; unknown: Chan, Park twice, the council
    assert {f["value"]: f["count"] for f in facets["gender"]} == {"female": 6, "male": 4, "unknown": 4}
    assert facets["speaker"][0]["label"] == "Ana Ruiz" and facets["speaker"][0]["count"] == 4


def test_timeline_is_weekly_over_a_short_span(sources):
    weeks = sources.timeline(SearchQuery())
    assert weeks["interval"] == "week"  # 10 January to 20 February: under three months
    counts = {w["period"]: w["quotes"] for w in weeks["counts"]}
    # 10 Jan (a Wednesday) is in the week of Monday 8 Jan; 20 Jan (a Saturday) in that of 15 Jan
    assert counts["2024-01-08"] == 4 and counts["2024-01-15"] == 4 and counts["2024-01-22"] == 0
    assert (counts["2024-02-05"], counts["2024-02-12"], counts["2024-02-19"]) == (2, 2, 2)
    assert sum(counts.values()) == 14
    assert list(counts)[0] == "2024-01-08" and list(counts)[-1] == "2024-02-19"  # Mondays


def test_outlet_filter_is_case_insensitive_on_any_part(sources):
    assert sources.search(SearchQuery(outlet="herald"))["total"] == 6
    assert sources.search(SearchQuery(outlet="VALLEY TIMES"))["total"] == 6
    assert sources.search(SearchQuery(outlet="a"))["total"] == 14  # every outlet's name has an "a"
    assert sources.search(SearchQuery(outlet="r"))["total"] == 8  # not "Valley Times"
    assert sources.search(SearchQuery(outlet="nowhere"))["total"] == 0


def test_index_pages_page_and_sort(sources):
    first = sources.speakers_index(page=1, page_size=3)
    assert (first["total"], first["pages"]) == (7, 3)
    assert [r["name"] for r in first["rows"]] == ["Ana Ruiz", "Tom Baker", "Jo Park"]
    assert [r["name"] for r in sources.speakers_index(sort="name", page_size=2)["rows"]] == ["Ana Ruiz", "Jo Park"]
    assert sources.speakers_index(gender="female")["total"] == 2
    outlets = sources.outlets_index(sort="-share_women")["rows"]
    assert [r["outlet"] for r in outlets] == ["Coast Wire", "Harbour Herald", "Valley Times"]
    assert outlets[0]["articles"] == 1 and outlets[1]["articles"] == 2
    articles = sources.articles_index(sort="-date")["rows"]
    assert [a["date"] for a in articles] == ["2024-02-20", "2024-02-14", "2024-02-05", "2024-01-20", "2024-01-10"]
    assert sources.articles_index(outlet="wire")["total"] == 1
    with pytest.raises(QueryError, match="sort 'colour' is not one of"):
        sources.speakers_index(sort="colour")


def test_outlet_page(sources):
    page = sources.outlet("harbour herald")
    assert page["outlet"] == "Harbour Herald" and page["articles"] == 2
    assert page["totals"]["share_female_people"] == 0.5
    assert [(m["month"], m["quotes"]) for m in page["months"]] == [("2024-01", 4), ("2024-02", 2)]
    assert page["speakers"][0] == {"id": page["speakers"][0]["id"], "name": "Ana Ruiz", "type": "person",
                                   "gender": "female", "quotes": 3}
    assert sources.outlet("nowhere") is None


def test_context_is_the_sentence_around_the_quote():
    text = 'The vote was close. "We will build it," Mayor Ana Ruiz said on Monday. Work starts in May.'
    start = text.index("We will")
    got = quote_context(text, 0, len(text), start, start + len("We will build it,"))
    assert got["context"] == '"We will build it," Mayor Ana Ruiz said on Monday.'
    s, e = got["context_quote"]
    assert got["context"][s:e] == "We will build it,"
    # a window that starts and ends inside a longer text: cut sides are marked
    window = text[5:60]
    cut = quote_context(window, 5, len(text), start, start + 5)
    assert cut["context"].startswith('"We will') and cut["context"].endswith("…")


def test_search_results_carry_context_cue_speaker_confidence(tmp_path):
    with open_store(tmp_path / "news.db") as store:
        store.add_articles(store_corpus.corpus())
        (row,) = store.search(SearchQuery(q="exports"))["results"]
    assert row["context"] == ("Peter Roe, a wheat farmer in Kansas who is not related to the senator, said sanctions "
                              "would hurt exports.")
    assert (row["cue"], row["speaker"], row["gender"], row["confidence"]) == ("said", "Peter Roe", "male", 0.9)


def test_short_low_confidence_and_flagged_records_rank_last(tmp_path):
    text = ('Ann Lee said the port plan would bring jobs. Ann Lee said jobs. '
            'Ann Lee said the port plan would cost jobs, maybe. "The port plan needs jobs," a teaser said.')

    def quote(qid, words, confidence=0.9, flags=()):
        start = text.index(words)
        return Quote(id=qid, kind="indirect", text=words, start=start, end=start + len(words), cue="said",
                     confidence=confidence, flags=flags, speaker=Speaker(name="Ann Lee", mention="Ann Lee", start=0,
                                                                         end=7, type="person"))
    quotes = (quote("q1", "the port plan would bring jobs"), quote("q2", "jobs"),
              quote("q3", "the port plan would cost jobs, maybe", confidence=0.52),
              quote("q4", "The port plan needs jobs,", flags=("boilerplate",)))
    article = store_corpus._article("port", "port.txt", text, list(quotes), [], site="X", date="2024-01-01")
    with open_store(tmp_path / "rank.db") as store:
        store.add_articles([article])
        ranked = [r["local_id"] for r in store.search(SearchQuery(q="jobs", min_confidence=0))["results"]]
        assert ranked[0] == "q1" and set(ranked[1:]) == {"q2", "q3", "q4"}
        shown = [r["local_id"] for r in store.search(SearchQuery(q="jobs"))["results"]]  # default 0.5 keeps 0.52
        assert len(shown) == 4
        assert store.search(SearchQuery(q="jobs", min_confidence=0.6))["total"] == 3


def test_sort_by_date(sources):
    newest = [r["date"] for r in sources.search(SearchQuery(sort="newest"))["results"]]
    assert newest == sorted(newest, reverse=True)
    oldest = [r["date"] for r in sources.search(SearchQuery(q="wall", sort="oldest"))["results"]]
    assert oldest == ["2024-01-10", "2024-01-20", "2024-02-05"]


def test_citation():
    row = {"kind": "direct", "text": "We will build it,", "speaker": "Ana Ruiz", "title": "Harbour wall",
           "outlet": "Coast Wire", "date": "2024-02-20", "url": "https://example.org/5"}
    assert citation(row) == ("“We will build it,” Ana Ruiz, quoted in “Harbour wall”, Coast Wire, 20 February 2024, "
                             "https://example.org/5")
    assert citation({**row, "kind": "indirect", "text": "it would be built", "url": None}) == (
        "Ana Ruiz, as reported in “Harbour wall”, Coast Wire, 20 February 2024: it would be built")


def test_reingest_with_new_metadata_updates_the_stored_article(tmp_path):
    bare = [dataclasses.replace(a, meta={}) for a in store_corpus.corpus()[:2]]
    with open_store(tmp_path / "news.db") as store:
        store.add_articles(bare)
        first = store.add_articles(store_corpus.corpus()[:2])
        assert (first.added, first.updated, first.duplicates) == (0, 2, 0)
        row = store.conn.execute("SELECT outlet, date, title FROM articles WHERE doc_id = 'reuters-roe'").fetchone()
        assert tuple(row) == ("Reuters", "2011-03-02", "Senator Roe urges action on Syria")
        again = store.add_articles(store_corpus.corpus()[:2])
        assert (again.updated, again.duplicates) == (0, 2)
        # the input's own metadata fills what is missing but does not move a stored outlet ...
        repost = dataclasses.replace(store_corpus.corpus()[0], meta={"site": "Elsewhere"})
        assert store.add_articles([repost]).duplicates == 1
        # ... while metadata given by a sidecar or the command line replaces it
        fixed = dataclasses.replace(store_corpus.corpus()[0], meta={"site": "Reuters UK", "given": ["site"]})
        assert store.add_articles([fixed]).updated == 1
        assert store.search(SearchQuery(outlet="Reuters UK"))["total"] == 4
        meta = json.loads(store.conn.execute("SELECT meta FROM articles WHERE doc_id = 'reuters-roe'").fetchone()[0])
        assert meta["site"] == "Reuters UK" and meta["given"] == ["site"]


def test_a_version_1_database_is_upgraded(tmp_path):
    from onrecord.store import schema

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in schema.statements(schema.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO articles (id, doc_id, source, text) VALUES ('a', 'a', 'a.txt', ?)",
                 ('"We will build the wall," she said.',))
    conn.execute("INSERT INTO speakers (id, key, name, type) VALUES (1, 'person:ann lee', 'Ann Lee', 'person')")
    conn.execute("INSERT INTO quotes (id, article_id, local_id, kind, text, start, \"end\", confidence, fragments,"
                 " flags, speaker_name, speaker_type, speaker_id, norm_hash) VALUES (1, 'a', 'q1', 'direct',"
                 " 'We will build the wall,', 1, 24, 0.9, '[[1, 24]]', '[]', 'Ann Lee', 'person', 1, 'h')")
    conn.execute("INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (1, 'We will build the wall,', 'Ann Lee')")
    conn.close()
    with open_store(path) as store:
        assert schema.version(store.conn) == schema.SCHEMA_VERSION
        (row,) = store.search(SearchQuery(q="wall"))["results"]
        assert (row["words"], row["gender"], row["speaker_gender"]) == (5, "unknown", "unknown")
        assert row["context"] == '"We will build the wall," she said.'
        sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()[0]
        assert 'content="quotes"' in sql  # the spelling Datasette detects


def test_a_version_2_database_gets_the_quoted_words_of_its_direct_quotes(tmp_path):
    """Output contract 2: a direct quote stored with its attribution inside its text (contract 1)
    is rewritten from its fragments, and the full-text index follows."""
    from onrecord.store import schema

    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for script in schema.MIGRATIONS[:2]:
        for statement in schema.statements(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    text = '"We cannot wait," said Mayor Ana Ruiz. "Every family knows it."'
    #        0         1         2         3         4         5         6
    old = 'We cannot wait," said Mayor Ana Ruiz. "Every family knows it.'
    assert text[1:62] == old and text[1:16] == "We cannot wait," and text[40:62] == "Every family knows it."
    conn.execute("INSERT INTO articles (id, doc_id, source, text) VALUES ('a', 'a', 'a.txt', ?)", (text,))
    conn.execute("INSERT INTO quotes (id, article_id, local_id, kind, text, start, \"end\", confidence, fragments,"
                 " flags, speaker_name, speaker_type, norm_hash, words) VALUES (1, 'a', 'q1', 'direct', ?, 1, 62, 0.9,"
                 " '[[1, 16], [40, 62]]', '[]', 'Ana Ruiz', 'person', 'h', 10)", (old,))
    conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')")
    conn.close()
    with open_store(path) as store:
        assert schema.version(store.conn) == schema.SCHEMA_VERSION
        words, count = store.conn.execute("SELECT text, words FROM quotes WHERE id = 1").fetchone()
        assert (words, count) == ("We cannot wait, Every family knows it.", 7)
        assert store.search(SearchQuery(q="mayor"))["results"] == []  # the attribution is no longer searched
        assert len(store.search(SearchQuery(q="family"))["results"]) == 1
