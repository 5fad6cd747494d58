"""Fixtures for the search tests: the hand-written corpus (tests/data/store/store_corpus.py) in a temp DB."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "store"))

import store_corpus  # noqa: E402

from onrecord.store import open_store  # noqa: E402


@pytest.fixture
def corpus():
    return store_corpus.corpus()


@pytest.fixture
def db(tmp_path, corpus):
    with open_store(tmp_path / "news.db") as store:
        store.add_articles(corpus, batch_size=2)
        yield store
