"""Web and CLI edge cases of issue 14 (items 11-15): odd digits, link schemes, Host, '//' paths, markers.

Each test fails on the code before issue 14: '²' passed ``str.isdigit()`` and then broke
``int()`` (500), a 20-digit id overflowed SQLite (500), '２０１１' passed the date check; a
JSONL ``url`` of any scheme became an "original" link; any Host header was answered; the 404
page linked to ``//evil.example/x.json``; U+E000/U+E001 in an article became raw <mark> tags.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from onrecord.cli import cli
from onrecord.store import open_store
from onrecord.types import Article, Quote, Speaker
from onrecord.web import create_app
from onrecord.web.app import bound_hosts

BAD_URLS = {"js": "javascript:alert(1)", "data": "data:text/html,<script>alert(1)</script>",
            "scheme-relative": "//evil.example/x", "relative": "/articles", "ok": "https://news.example/ok"}
MARKED = "\ue000Nobody\ue001 said the vote was rigged, and the marker chars stay text."


def _article(doc_id: str, text: str, words: str, url: str | None) -> Article:
    start = text.index(words)
    return Article(
        id=doc_id, source=f"feed/{doc_id}.jsonl", text=text,
        quotes=(Quote(id="q1", kind="direct", text=words, start=start, end=start + len(words), cue="said",
                      speaker=Speaker(name="Ann Poe", mention="Ann Poe", start=0, end=7, type="person")),),
        meta={"title": f"story {doc_id}", "site": "Edge News", "date": "2012-03-04", **({"url": url} if url else {})},
    )


def edge_articles() -> list[Article]:
    out = [_article(name, f'Ann Poe said: "The {name} ballot count was final." Then she left.',
                    f"The {name} ballot count was final.", url) for name, url in BAD_URLS.items()]
    text = f'Ann Poe said: "{MARKED}" Then she left.'
    out.append(_article("marked", text, MARKED, None))
    return out


@pytest.fixture(scope="module")
def edge_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("edge") / "edge.db"
    with open_store(path) as store:
        store.add_articles(edge_articles())
    return path


@pytest.fixture(scope="module")
def edge(edge_db):
    with TestClient(create_app(edge_db), raise_server_exceptions=False, base_url="http://127.0.0.1") as client:
        yield client


def _ids(db, sql: str) -> list:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute(sql)]
    finally:
        conn.close()


# -- 11: digits int() rejects, oversized numbers, full-width dates ------------------------------
@pytest.mark.parametrize("path, status", [
    ("/quotes/²", 404), ("/speakers/²", 404), ("/entities/²", 404), ("/quotes/99999999999999999999", 404),
    ("/search?page=²", 400), ("/speakers?page=²", 400), ("/search?page=0000000019999999999999999999", 400),
    ("/speakers?page=0000000019999999999999999999", 400), ("/articles?page=99999999999999999999", 400),
    ("/search?entity=99999999999999999999", 400), ("/search?since=２０１１", 400), ("/search?until=２０１１-０１", 400),
    ("/entities/1?speakers_page=²", 400),
])
def test_odd_digits_and_huge_numbers_are_a_clear_client_error(edge, path, status):
    json_path = path.replace("?", ".json?", 1) if "?" in path else path + ".json"
    for url in (path, json_path):
        response = edge.get(url)
        assert response.status_code == status, (url, response.text[:200])
        if url == json_path:
            error = response.json()["error"]
            assert "whole number" in error or "not a date" in error or "not an id" in error or "ids are whole" in error
    assert edge.get("/search.json?since=2012").json()["total"] == 6  # ASCII digits still work


def test_speaker_filter_of_odd_digits_matches_nobody(edge):
    data = edge.get("/search.json", params={"speaker": "²"}).json()
    assert data["total"] == 0 and "no speaker is called" in data["message"]


@pytest.mark.parametrize("args, says", [
    (["--entity", "99999999999999999999"], "is not an id"),
    (["--since", "２０１１"], "is not a date"),
    (["--speaker", "²"], None),
])
def test_cli_search_odd_numbers_never_a_traceback(edge_db, args, says):
    result = CliRunner().invoke(cli, ["search", "--db", str(edge_db), *args])
    assert "Traceback" not in result.output and not isinstance(result.exception, (ValueError, OverflowError))
    if says:
        assert result.exit_code == 1 and says in result.output
    else:
        assert result.exit_code == 0 and "0 quotes" in result.output


# -- 12: only http(s) URLs become links -----------------------------------------------------------
def test_only_http_urls_become_original_links(edge, edge_db):
    for doc_id, url in BAD_URLS.items():
        [article] = _ids(edge_db, f"SELECT id FROM articles WHERE doc_id = '{doc_id}'")
        [quote] = _ids(edge_db, f"SELECT id FROM quotes WHERE article_id = '{article}'")
        pages = [edge.get(f"/articles/{article}").text, edge.get(f"/quotes/{quote}").text]
        for html in pages:
            hrefs = re.findall(r'href="([^"]*)"', html)
            if doc_id == "ok":
                assert url in hrefs
            else:
                assert not any(h.startswith(("javascript:", "data:text", "//", "/articles\"")) for h in hrefs), hrefs
                assert 'rel="noreferrer nofollow"' not in html  # no "original" link at all
    listing = re.findall(r'class="original" href="([^"]*)"', edge.get("/articles").text)
    assert listing == [BAD_URLS["ok"]]


# -- 13: the Host header -----------------------------------------------------------------------------
def test_a_foreign_host_is_refused_everywhere(edge):
    for path in ("/", "/search.json?q=ballot", "/static", "/static/style.css", "/quotes/1"):
        response = edge.get(path, headers={"host": "evil.example"}, follow_redirects=False)
        assert response.status_code == 400, path
        assert "evil.example" not in response.headers.get("location", "")
        assert "does not answer to the host name 'evil.example'" in response.json()["error"]
        assert response.headers["x-content-type-options"] == "nosniff"  # the guard's headers still apply
    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000"):
        assert edge.get("/index.json", headers={"host": host}).status_code == 200, host


def test_static_redirect_stays_on_this_host(edge):
    response = edge.get("/static", follow_redirects=False)
    assert response.status_code in (301, 307, 308)
    assert response.headers["location"].startswith("http://127.0.0.1/static/")


def test_allowed_hosts_are_configurable(edge_db, monkeypatch):
    with TestClient(create_app(edge_db, allowed_hosts=["quotes.example"]), base_url="http://quotes.example") as c:
        assert c.get("/index.json").status_code == 200
        assert c.get("/index.json", headers={"host": "127.0.0.1"}).status_code == 400
    monkeypatch.setenv("ONRECORD_ALLOWED_HOSTS", "a.example, b.example")
    with TestClient(create_app(edge_db), base_url="http://b.example") as c:
        assert c.get("/index.json").status_code == 200
        assert c.get("/index.json", headers={"host": "localhost"}).status_code == 400
    with TestClient(create_app(edge_db, allowed_hosts=["*"]), base_url="http://anything.example") as c:
        assert c.get("/index.json").status_code == 200


def test_serve_answers_to_the_names_of_its_address():
    from onrecord.cli.store_cmd import serve

    assert bound_hosts("127.0.0.1") == bound_hosts("::1") == ["127.0.0.1", "localhost", "[::1]"]
    assert bound_hosts("192.168.1.20") == ["192.168.1.20"]
    assert bound_hosts("fe80::1") == ["[fe80::1]"]
    assert {"127.0.0.1", "localhost"} <= set(bound_hosts("0.0.0.0"))
    option = next(p for p in serve.params if p.name == "allowed_hosts")
    assert option.multiple and "--allowed-host" in option.opts


# -- 14: no link built from a '//' path --------------------------------------------------------------
@pytest.mark.parametrize("path", ["//evil.example/x", "///evil.example/x", "/\\evil.example/x"])
def test_not_found_page_links_stay_on_this_server(edge, path):
    response = edge.get("http://127.0.0.1" + path)  # the path as sent (edge.get(path) would read //host as a host)
    assert response.status_code == 404
    hrefs = re.findall(r'href="([^"]*)"', response.text)
    assert hrefs and not any(h.startswith(("//", "/\\", "\\")) for h in hrefs), hrefs
    assert any(h.endswith("evil.example/x.json") and h.startswith("/") for h in hrefs)  # a path here, kept


# -- 15: U+E000/U+E001 in the text are not highlight markers -------------------------------------------
def test_marker_characters_in_text_do_not_become_mark_tags(edge):
    html = edge.get("/search", params={"q": "rigged"}).text
    assert html.count("<mark>") == 1 and html.count("</mark>") == 1  # the matched word only
    assert "<mark>rigged</mark>" in html
    assert "<mark>Nobody" not in html
    data = edge.get("/search.json", params={"q": "rigged"}).json()
    [result] = data["results"]
    assert result["text"] == MARKED  # the stored text is unchanged
    assert result["text_marked"].count("\ue000") == 1 and "\ue000rigged\ue001" in result["text_marked"]
    listing = edge.get("/search", params={"speaker": "Ann Poe"}).text  # no words: no highlight at all
    assert "<mark>" not in listing
