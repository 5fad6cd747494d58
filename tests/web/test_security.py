"""Untrusted text stays text; SQL/FTS5 injection, traversal, oversized and odd requests are refused."""

from __future__ import annotations

import pytest

from onrecord.web.app import MAX_QUERY_BYTES


def assert_no_live_markup(html: str) -> None:
    assert "<script" not in html.lower()
    assert "onerror=" not in html.replace("onerror=&#34;", "")  # only the escaped form may appear
    assert "<img" not in html


def test_article_text_quote_title_and_speaker_are_escaped(client, ids):
    page = client.get(f"/articles/{ids['hostile']}")
    assert page.status_code == 200
    assert_no_live_markup(page.text)
    assert "&lt;/mark&gt;&lt;script&gt;document.title=" in page.text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page.text
    assert "&lt;b&gt;Evil&lt;/b&gt; News" in page.text


def test_speaker_name_is_escaped_everywhere(client, ids):
    for path in (f"/speakers/{ids['evil']}", "/", "/search?q=good"):
        page = client.get(path)
        assert page.status_code == 200
        assert_no_live_markup(page.text)
        assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt; Evil Person" in page.text


def test_search_terms_echoed_back_are_escaped(client):
    page = client.get("/search", params={"q": '"><script>alert(1)</script>', "speaker": "<img src=x>"})
    assert page.status_code == 200
    assert_no_live_markup(page.text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


INJECTIONS = ["' OR 1=1 --", "x'); DROP TABLE quotes; --", 'text:"a" OR *', "NEAR(a b", "^x",
              "1 UNION SELECT sql FROM sqlite_master", "\x00", "%", "_"]


@pytest.mark.parametrize("name", ["speaker", "entity", "outlet"])
@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_through_filter_parameters(client, name, value):
    page = client.get("/search.json", params={name: value})
    assert page.status_code == 200
    assert page.json()["total"] == 0  # no speaker, entity or outlet has these names; nothing leaks
    assert client.get("/index.json").json()["stats"]["quotes"] == 14  # and nothing was dropped


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_through_the_query(client, value):
    data = client.get("/search.json", params={"q": value}).json()
    if data["message"]:  # nothing searchable ("%", "_", NUL): every quote, with a note saying so
        assert data["total"] == 14 and "no words to search for" in data["message"]
    else:  # searched as plain words: at most the two quotes holding the word "x" / "a"
        assert data["total"] <= 2
        assert all(r["text"] for r in data["results"])
    assert client.get("/index.json").json()["stats"]["quotes"] == 14


def test_security_headers_on_pages_errors_and_static(client):
    for path in ("/", "/search?q=war", "/quotes/999", "/static/style.css", "/index.json"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'none'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"


def test_no_inline_style_or_script_in_pages(client, ids):
    for path in ("/", f"/articles/{ids['reuters']}", f"/speakers/{ids['jane']}", "/search?q=war"):
        html = client.get(path).text
        assert " style=" not in html and "<style" not in html and "<script" not in html
        assert '<meta name="viewport"' in html


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static/%2e%2e%2f%2e%2e%2fstore%2fsqlite.py", "/static//etc/passwd",
                                  "/static/..\\app.py"])
def test_static_path_traversal(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text


def test_oversized_query_string_is_414(client):
    response = client.get("/search", params={"q": "x" * (MAX_QUERY_BYTES + 1)})
    assert response.status_code == 414
    assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/search", params={"q": "x" * 100}).status_code == 200


def test_only_get_and_head(client):
    assert client.post("/search", data={"q": "x"}).status_code == 405
    assert client.head("/").status_code == 200


def test_serve_binds_loopback_by_default():
    from onrecord.cli.store_cmd import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


@pytest.mark.parametrize("raw", ["/static/../../store/sqlite.py", "/static/%2e%2e/%2e%2e/store/sqlite.py",
                                 "/static/..%2f..%2fstore%2fsqlite.py", "/static/....//app.py"])
def test_static_traversal_over_a_real_socket(server, raw):
    """Raw paths exactly as sent (no client-side normalisation), against uvicorn."""
    import http.client
    from urllib.parse import urlsplit

    conn = http.client.HTTPConnection(urlsplit(server).netloc, timeout=10)
    try:
        conn.request("GET", raw)
        response = conn.getresponse()
        body = response.read().decode("utf-8", "replace")
    finally:
        conn.close()
    assert response.status in (400, 404)
    assert "import" not in body
