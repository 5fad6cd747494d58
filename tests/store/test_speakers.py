"""Speakers across a corpus in the SQLite store: derived from what each article says, found by any
alias, ambiguity said out loud, corrections kept through every ingest, authority links."""

from __future__ import annotations

import dataclasses
import json

import identity_corpus
import pytest
import store_corpus

from onrecord.search import SearchQuery
from onrecord.store import open_store
from onrecord.store.authority import read_authority
from onrecord.store.speakers import AmbiguousSpeaker


@pytest.fixture
def clintons(tmp_path):
    with open_store(tmp_path / "clintons.db") as store:
        store.add_articles(identity_corpus.corpus())
        yield store


def ids(store, name):
    return [r[0] for r in store.conn.execute("SELECT id FROM speakers WHERE name = ?", (name,))]


def quotes_of(store, name):
    [sid] = ids(store, name)
    return store.speaker(sid)["total"]


def test_bill_and_hillary_clinton_are_two_speakers_and_middle_names_fold(clintons):
    assert quotes_of(clintons, "Bill Clinton") == 4  # bill-1 (2), bill-2, and 'nobody' through the title
    assert quotes_of(clintons, "Hillary Clinton") == 4  # Hillary Clinton, Rodham, R., and 'mixed'
    hillary = clintons.speaker(ids(clintons, "Hillary Clinton")[0])
    assert {"Hillary Rodham Clinton", "Hillary R. Clinton", "Mrs. Clinton", "Secretary Clinton"} <= set(
        hillary["aliases"])
    assert "President Clinton" not in hillary["aliases"]
    assert {g["rule"] for g in hillary["why"]} == {"same-name", "middle-name"}


def test_president_clinton_in_an_article_that_names_only_hillary_is_kept_to_it(clintons):
    [row] = clintons.conn.execute("SELECT s.key, m.rule, m.reason FROM quotes q JOIN speakers s ON s.id = q.speaker_id"
                                  " JOIN speaker_merges m ON m.speaker_id = s.id WHERE q.text LIKE 'I signed%'")
    key, rule, reason = row
    assert key.startswith("local:") and rule == "ambiguous"
    assert "fits Bill Clinton" in reason and "Hillary Clinton, whom this article names" in reason


def test_the_bushes_stay_apart(clintons):
    assert quotes_of(clintons, "George W. Bush") == quotes_of(clintons, "George H. W. Bush") == 1
    [key] = [r[0] for r in clintons.conn.execute("SELECT key FROM speakers WHERE name = 'George Bush'")]
    assert key.startswith("local:")


def test_speaker_clinton_answers_with_the_candidates_and_their_counts(clintons):
    result = clintons.search(SearchQuery(speaker="Clinton"))
    assert result["total"] == 0 and result["results"] == []
    candidates = {c["name"]: c["quotes"] for c in result["ambiguous"]["candidates"]}
    assert candidates == {"Bill Clinton": 4, "Hillary Clinton": 4}
    assert result["ambiguous"]["unresolved"] == {"speakers": 1, "quotes": 1}  # 'mixed': President Clinton
    with pytest.raises(AmbiguousSpeaker, match="'Clinton' fits 2 speakers"):
        list(clintons.iter_quotes(SearchQuery(speaker="Clinton")))
    with pytest.raises(AmbiguousSpeaker):
        clintons.facets(SearchQuery(speaker="George Bush"))  # the local one and the two Bushes


@pytest.mark.parametrize("name, expected", [
    ("Hillary Rodham Clinton", 4), ("Hillary R. Clinton", 4), ("hillary clinton", 4), ("Mrs. Clinton", 4),
    ("Secretary Clinton", 4), ("Hillary Diane Rodham Clinton", 4),  # a middle name no article wrote: same person
    ("President Clinton", 4), ("Former President Bill Clinton", 4), ("George H.W. Bush", 1),
])
def test_speaker_accepts_any_alias_or_form_of_the_name(clintons, name, expected):
    assert clintons.search(SearchQuery(speaker=name))["total"] == expected


def test_an_unknown_speaker_says_so(clintons):
    result = clintons.search(SearchQuery(speaker="Nobody Atall"))
    assert result["total"] == 0 and "no speaker is called 'Nobody Atall'" in result["message"]


def test_speaker_ids_stay_while_their_keys_stay(clintons):
    before = dict(clintons.conn.execute("SELECT key, id FROM speakers"))
    clintons.reidentify()
    assert dict(clintons.conn.execute("SELECT key, id FROM speakers")) == before


# -- corrections -------------------------------------------------------------------------------------------
def corrected(store):
    """A merge, a split, a rename and a reassign on the hand-written Roe corpus."""
    store.add_correction("merge", "Jane Roe", "Peter Roe", note="same person, two names")
    store.add_correction("split", "Jane Roe", article=_article_id(store, "guardian-roe"), other="Janet Roe")
    store.add_correction("rename", "Pentagon", value="US Department of Defense")
    quote = store.conn.execute("SELECT id FROM quotes WHERE text = 'nothing had changed'").fetchone()[0]
    store.add_correction("reassign", other="Jane Roe", quote=quote)
    return store


def _article_id(store, doc_id):
    return store.conn.execute("SELECT id FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()[0]


def speakers_of(store):
    """Each quote (by article and text) with its speaker's name: what search, pages and export show."""
    return sorted((a, q, s) for a, q, s in store.conn.execute(
        "SELECT a.doc_id, q.text, s.name FROM quotes q JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN speakers s ON s.id = q.speaker_id"))


def test_corrections_are_applied_in_search_pages_and_export(db):
    corrected(db)
    assert [c["status"].split(":")[0] for c in db.corrections()] == ["applied"] * 4
    jane = db.search(SearchQuery(speaker="Jane Roe", min_confidence=0))
    assert jane["total"] == 6  # 4 of hers - 1 in the Guardian + Peter Roe's 2 + the reassigned official
    assert {r["speaker"] for r in jane["results"]} == {"Jane Roe"}
    assert db.search(SearchQuery(speaker="Peter Roe", min_confidence=0))["total"] == 6  # his name is her alias now
    assert db.search(SearchQuery(speaker="Janet Roe", min_confidence=0))["total"] == 1
    assert db.search(SearchQuery(speaker="US Department of Defense", min_confidence=0))["total"] == 2
    exported = {r["text"]: r["speaker"] for r in db.iter_quotes()}
    assert exported["nothing had changed"] == "Jane Roe"
    page = db.speaker(ids(db, "Jane Roe")[0])
    assert any(g["rule"] == "correction" for g in page["why"])
    assert [c["op"] for c in page["corrections"]] == ["merge", "split", "reassign"]


def test_corrections_survive_a_reingest_and_new_articles(db, corpus):
    corrected(db)
    before = speakers_of(db)
    stats = db.add_articles(corpus)  # the same articles again: nothing added, speakers as corrected
    assert stats.added == 0 and speakers_of(db) == before
    ap = store_corpus.ap()
    extra = dataclasses.replace(ap, id="ap-2", text=ap.text + "\n\nMore later.",
                                meta={**ap.meta, "url": "https://apnews.com/article/syria-roe-2"})
    assert db.add_articles([extra]).added == 1
    after = speakers_of(db)
    assert set(before) <= set(after)
    assert {s for a, q, s in after if a == "ap-2" and q == "Nobody asked us,"} == {"Jane Roe"}  # Peter -> Jane
    db.reidentify()
    assert speakers_of(db) == after


def test_corrections_survive_a_new_extraction_into_a_new_database(db, corpus, tmp_path):
    corrected(db)
    exported = [{k: v for k, v in c.items() if k not in ("id",)} for c in db.corrections()]
    # extracted again: the Reuters article now has one more quote before the one reassigned, so every
    # quote after it has a new local id, and all quotes new store ids
    reuters = corpus[0]
    first = dataclasses.replace(reuters.quotes[0], id="q0", text="sanctions", start=reuters.text.index("sanctions"),
                                end=reuters.text.index("sanctions") + 9, fragments=())
    again = [dataclasses.replace(reuters, quotes=(first, *(dataclasses.replace(q, id=f"n{q.id}")
                                                          for q in reuters.quotes))), *corpus[1:][::-1]]
    with open_store(tmp_path / "again.db") as store:
        store.add_articles(again)
        counts = store.import_corrections(json.loads(json.dumps(exported)))
        assert counts == {"added": 4, "known": 0}
        assert [c["status"].split(":")[0] for c in store.corrections()] == ["applied"] * 4
        mine = {(a, q, s) for a, q, s in speakers_of(store) if q != "sanctions"}
        assert mine == set(speakers_of(db))
        assert store.import_corrections(exported) == {"added": 0, "known": 4}


def test_a_correction_that_no_longer_fits_says_so(db):
    db.add_correction("rename", "Pentagon", value="DoD")
    db.add_correction("merge", "DoD", "May")
    db.remove_correction(1)  # the rename goes: the merge's speaker is back to its old name
    statuses = [c["status"] for c in db.corrections()]
    assert statuses == ["applied: 1 quote of 'May' now under 'Pentagon'"]


@pytest.mark.parametrize("op, kwargs, message", [
    ("merge", {"speaker": "Jane Roe"}, "needs two speakers"),
    ("merge", {"speaker": "Jane Roe", "other": "Ms. Roe"}, "already one speaker"),
    ("split", {"speaker": "Jane Roe", "article": "nope"}, "has no quote in article 'nope'"),
    ("rename", {"speaker": "Jane Roe", "value": " "}, "needs the new name"),
    ("reassign", {"other": "Jane Roe", "quote": 999}, "no quote with id 999"),
    ("rename", {"speaker": "Nobody", "value": "X"}, "no speaker is called 'Nobody'"),
    ("rename", {"speaker": "a US official", "value": "X"}, "fits 3 speakers"),
    ("undo", {"speaker": "Jane Roe"}, "unknown correction 'undo'"),
])
def test_a_bad_correction_is_refused_with_what_to_do(db, op, kwargs, message):
    from onrecord.errors import OnrecordError

    with pytest.raises(OnrecordError, match=message):
        db.add_correction(op, **kwargs)
    assert db.corrections() == []


# -- an authority file -------------------------------------------------------------------------------------
def test_an_authority_file_links_speakers_and_its_ids_show_in_pages_and_export(clintons, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("id,name,aliases,description\n"
                    "http://www.wikidata.org/entity/Q6294,Hillary Clinton,Hillary Rodham Clinton|HRC,politician\n"
                    "Q1124,Bill Clinton,William Jefferson Clinton,42nd president\n"
                    "Q207,George W. Bush,George Walker Bush,\n"
                    "QX,George Bush,,an ambiguous entry\n", encoding="utf-8")
    entries = read_authority(path)
    assert [e.id for e in entries] == ["Q6294", "Q1124", "Q207", "QX"]
    summary = clintons.load_authorities(entries, source=str(path))
    assert summary["speakers_linked"] == 3
    page = clintons.speaker(ids(clintons, "Hillary Clinton")[0])
    assert (page["authority_id"], page["authority_description"]) == ("Q6294", "politician")
    exported = {r["speaker"]: r["speaker_authority_id"] for r in clintons.iter_quotes()}
    assert exported["Bill Clinton"] == "Q1124" and exported["George W. Bush"] == "Q207"
    assert exported["George H. W. Bush"] is None  # 'George Bush' fits both Bushes: it links neither
    clintons.reidentify()  # links are derived again with everything else
    assert clintons.speaker(ids(clintons, "Bill Clinton")[0])["authority_id"] == "Q1124"


def test_an_authority_file_in_json_lines_and_its_errors(tmp_path):
    from onrecord.errors import StoreError

    good = tmp_path / "people.jsonl"
    good.write_text('{"id": "n1", "name": "Jane Roe", "aliases": ["Sen. Jane Roe"]}\n\n'
                    '{"qid": "n2", "label": "Peter Roe"}\n', encoding="utf-8")
    assert [(e.id, e.name, e.aliases) for e in read_authority(good)] == [
        ("n1", "Jane Roe", ("Sen. Jane Roe",)), ("n2", "Peter Roe", ())]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "n1", "name": "Jane Roe"}\n{"name": "no id"}\n', encoding="utf-8")
    with pytest.raises(StoreError, match="bad.jsonl:2: an authority entry needs an id and a name"):
        read_authority(bad)


def test_new_identity_rules_derive_the_speakers_again_on_the_next_ingest_without_any_nlp(tmp_path, corpus,
                                                                                          monkeypatch):
    from onrecord.store import identity
    from onrecord.store.ingest import ingest

    class NoNLP:
        def __getattr__(self, name):
            raise AssertionError("the pipeline must not run: every article is stored already")

    path = tmp_path / "news.db"
    with open_store(path) as store:
        store.add_articles(corpus)
        store.add_correction("rename", "Jane Roe", value="Senator Jane Roe")
        # an older onrecord's identities: a stale key, a name the rules no longer give
        store.conn.execute("UPDATE speakers SET key = 'person:peter q roe', name = 'P. Roe' WHERE name = 'Peter Roe'")
        before = speakers_of(store)
    texts = tmp_path / "texts"
    texts.mkdir()
    for article in corpus:
        (texts / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    monkeypatch.setattr(identity, "RULES_VERSION", "a later version")
    with open_store(path) as store:
        assert store.identities_stale()
        stats = ingest([str(texts)], store, nlp=NoNLP())
        assert stats.added == 0 and stats.duplicates + stats.updated == 4  # all known, before any NLP
        assert not store.identities_stale()
        after = speakers_of(store)
        assert {s for _, q, s in after if q == "Nobody asked us,"} == {"Peter Roe"}  # derived again
        assert {s for _, q, s in after if q == "Congress would vote next week"} == {"Senator Jane Roe"}
        assert [(a, q) for a, q, _ in after] == [(a, q) for a, q, _ in before]
