"""Fixtures shared by the store and search tests: the hand-written corpus in a temp DB."""

from __future__ import annotations

import pytest
import store_corpus

from onrecord.store import open_store


@pytest.fixture
def corpus():
    return store_corpus.corpus()


@pytest.fixture
def db(tmp_path, corpus):
    with open_store(tmp_path / "news.db") as store:
        store.add_articles(corpus, batch_size=2)
        yield store
