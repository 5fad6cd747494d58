"""Fixtures shared by the store and search tests: the hand-written corpus in a temp DB."""

from __future__ import annotations

from contextlib import contextmanager

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


@contextmanager
def web_client(db_path):
    """A Starlette test client over the web app serving ``db_path`` (server errors as 500s)."""
    from starlette.testclient import TestClient

    from onrecord.web import create_app

    with TestClient(create_app(db_path), raise_server_exceptions=False, base_url="http://127.0.0.1") as client:
        yield client
