"""Any search, through the library and the web app: an answer or a 400, never a 500 or an SQL error.

tests/web/test_security.py sends a list of known injections; this sends what Hypothesis
makes of FTS5 syntax, SQL fragments, quotes, NUL, lone surrogates and any Unicode, through
every parameter (q, speaker, entity, outlet, since, until, kind, page), and checks that the
database is unchanged afterwards.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hardening_support import PROFILE, table_dump
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "store"))

import store_corpus
from store_fixtures import web_client

from onrecord.search import QueryError, SearchQuery
from onrecord.store import open_store

pytestmark = pytest.mark.slow

SYNTAX = ['"', "'", "*", "^", ":", "(", ")", "-", "+", "NEAR", "AND", "OR", "NOT", "text:", "speaker:", "{", "}",
          ";", "--", "/*", "%", "_", "\\", "\x00", "\ud800", "DROP TABLE quotes", "' OR 1=1", "UNION SELECT", "war",
          "Roe", "Jane Roe", "Syria", " ", "\n", "é", "東京", "2011", "2011-03", "-01-"]
QUERY_TEXT = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(SYNTAX), max_size=12).map("".join),
                       st.lists(st.sampled_from(SYNTAX), max_size=8).map(" ".join))
OPTIONAL = st.one_of(st.none(), QUERY_TEXT)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "news.db"
    with open_store(path) as store:
        store.add_articles(store_corpus.corpus())
    return path


@pytest.fixture(scope="module")
def store(corpus_db):
    with open_store(corpus_db, readonly=True) as reader:
        yield reader


@pytest.fixture(scope="module")
def client(corpus_db):
    with web_client(corpus_db) as c:
        yield c


@pytest.fixture(scope="module")
def before(corpus_db):
    return table_dump(corpus_db)


@settings(PROFILE, max_examples=PROFILE.max_examples * 5)  # no NLP here: each example is a few ms
@given(q=QUERY_TEXT, speaker=OPTIONAL, entity=OPTIONAL, outlet=OPTIONAL, since=OPTIONAL, until=OPTIONAL,
       kind=st.one_of(st.none(), st.sampled_from(["direct", "mixed", "indirect", "x", ""])))
def test_library_search_answers_or_refuses(store, q, speaker, entity, outlet, since, until, kind):
    try:
        query = SearchQuery(q=q, speaker=speaker, entity=entity, outlet=outlet, since=since, until=until, kind=kind)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    result = store.search(query)
    assert 0 <= len(result["results"]) <= query.page_size
    assert result["total"] >= len(result["results"])


@settings(PROFILE, max_examples=PROFILE.max_examples * 2)
@given(params=st.dictionaries(st.sampled_from(["q", "speaker", "entity", "outlet", "since", "until", "kind", "page"]),
                              QUERY_TEXT, max_size=4),
       path=st.sampled_from(["/search", "/search.json"]))
def test_web_search_answers_or_refuses(client, params, path):
    params = {k: v.encode("utf-8", "surrogatepass").decode("utf-8", "replace") for k, v in params.items()}
    response = client.get(path, params=params)
    assert response.status_code in (200, 400, 414), response.text[:300]
    assert "Traceback" not in response.text
    if response.headers["content-type"].startswith("text/html"):  # JSON carries stored text as it is
        assert "<script" not in response.text.lower()


def test_the_database_is_unchanged_by_the_fuzzing(corpus_db, before, store, client):
    """Runs after the fuzz tests in this module (pytest keeps file order)."""
    assert table_dump(corpus_db) == before
