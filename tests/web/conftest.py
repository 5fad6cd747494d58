"""Fixtures for the web tests: the hand-written corpus plus a hostile article, served by the app."""

from __future__ import annotations

import socket
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "store"))

import sources_corpus
import store_corpus
from store_fixtures import web_client

from onrecord.store import open_store
from onrecord.types import Article, Quote, Speaker

EVIL_NAME = '<img src=x onerror="alert(1)"> Evil Person'


def hostile() -> Article:
    text = ('Evil Person wrote: "</mark><script>document.title=\'pwned\'</script> all good." '
            "That is all.")
    words = "</mark><script>document.title='pwned'</script> all good."
    start = text.index(words)
    return Article(
        id="hostile", source="evil/page.html", text=text,
        quotes=(Quote(id="q1", kind="direct", text=words, start=start, end=start + len(words), cue="wrote",
                      speaker=Speaker(name=EVIL_NAME, mention="Evil Person", start=0, end=11, type="person")),),
        meta={"title": "<script>alert('title')</script>", "site": "<b>Evil</b> News", "date": "2011-06-01"},
    )


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "news.db"
    with open_store(path) as store:
        store.add_articles([*store_corpus.corpus(), hostile()])
    return path


@pytest.fixture(scope="module")
def client(db_path):
    with web_client(db_path) as c:
        yield c


@pytest.fixture(scope="module")
def ids(db_path):
    """Ids looked up by name, so tests read like the corpus description."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    one = lambda sql, *p: conn.execute(sql, p).fetchone()[0]  # noqa: E731
    out = {
        "jane": one("SELECT id FROM speakers WHERE name = 'Jane Roe'"),
        "syria": one("SELECT id FROM entities WHERE name = 'Syria'"),
        "reuters": one("SELECT id FROM articles WHERE outlet = 'Reuters'"),
        "blog": one("SELECT id FROM articles WHERE outlet = 'Capitol Notes'"),
        "hostile": one("SELECT id FROM articles WHERE doc_id = 'hostile'"),
        "wire": one("SELECT id FROM quotes WHERE text = ?", store_corpus.WIRE_EDITED),
        "evil": one("SELECT speaker_id FROM quotes WHERE article_id = (SELECT id FROM articles WHERE doc_id = 'hostile')"),
    }
    conn.close()
    return out


@contextmanager
def serving(db_path):
    """The app on a real loopback socket (uvicorn in a thread); yields its base URL."""
    import uvicorn

    from onrecord.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start within 20 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(db_path):
    with serving(db_path) as url:
        yield url


@pytest.fixture(scope="module")
def sources_server(sources_path):
    with serving(sources_path) as url:
        yield url


@pytest.fixture(scope="module")
def sources_path(tmp_path_factory):
    """The sources corpus (three outlets, two months, genders worked out by hand) in a database."""
    path = tmp_path_factory.mktemp("sources") / "sources.db"
    with open_store(path) as store:
        store.add_articles(sources_corpus.corpus())
    return path


@pytest.fixture(scope="module")
def sources_client(sources_path):
    with web_client(sources_path) as c:
        yield c
