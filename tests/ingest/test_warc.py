"""WARC input, with files the tests write themselves through warcio."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.ingest import read_path
from onrecord.types import Document, Skipped

PAGE = """<html><head><title>{title}</title><meta property="og:site_name" content="The Ledger"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>
<p>{lead}</p>
<p>\u201cWe did everything by the book,\u201d said Carla Mendes, the harbour master, on Monday evening.</p>
<p>The inquiry is expected to report before the summer, officials said, and its findings will be published.</p>
</article><footer>\u00a9 2024 The Ledger</footer></body></html>"""

ARTICLES = [
    ("https://ledger.example/news/ferry", "Ferry operator cleared",
     "An inquiry has cleared the ferry operator of blame for the fire that forced 212 passengers ashore."),
    ("https://ledger.example/news/harbour", "Harbour to reopen",
     "The old harbour will reopen in the spring after two years of repairs, the council confirmed."),
]


def _response(writer, url, body, content_type="text/html; charset=utf-8", status="200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)


def write_crawl(path, gzip=True):
    """A small crawl: two articles, a PNG, a request record and a 404 page, in that order."""
    ids = []
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        records = [
            _response(writer, ARTICLES[0][0], PAGE.format(title=ARTICLES[0][1], lead=ARTICLES[0][2]).encode()),
            _response(writer, "https://ledger.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
            writer.create_warc_record("https://ledger.example/news/harbour", "request",
                                      payload=io.BytesIO(b"GET /news/harbour HTTP/1.1\r\nHost: ledger.example\r\n\r\n")),
            _response(writer, ARTICLES[1][0], PAGE.format(title=ARTICLES[1][1], lead=ARTICLES[1][2]).encode("cp1252"),
                      "text/html; charset=windows-1252"),
            _response(writer, "https://ledger.example/gone", b"<html><body><p>Not found</p></body></html>",
                      status="404 Not Found"),
        ]
        for record in records:
            writer.write_record(record)
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    return ids


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_html_responses_become_documents(tmp_path, gzip):
    path = tmp_path / ("day1.warc.gz" if gzip else "day1.warc")
    ids = write_crawl(path, gzip=gzip)
    results = list(read_path(path))
    assert all(isinstance(r, Document) for r in results), results
    assert [d.meta["url"] for d in results] == [url for url, _, _ in ARTICLES]
    # ids come from WARC-Record-ID: <urn:uuid:...> without its wrapping
    assert [d.id for d in results] == [ids[0][10:-1], ids[3][10:-1]]
    first, second = results
    assert first.source.startswith(f"{path}#offset=0")
    assert second.source.startswith(f"{path}#offset=") and second.source != first.source
    assert ARTICLES[0][2] in first.text.split("\n\n")
    assert second.text.split("\n\n")[-2] == ("\u201cWe did everything by the book,\u201d said Carla Mendes, the "
                                           "harbour master, on Monday evening.")
    assert "Home" not in first.text
    assert first.meta["title"] == "Ferry operator cleared"
    assert first.meta["site"] == "The Ledger"
    assert first.meta["warc_record_id"] == ids[0]
    # the page gives no publication date, so the crawl date stands in
    assert first.meta["date"] == first.meta["warc_date"][:10]


@pytest.mark.parametrize("cut", [150, 700], ids=["inside-last-record", "inside-headers"])
def test_truncated_gzip_member_ends_with_a_skip(tmp_path, cut):
    path = tmp_path / "cut.warc.gz"
    write_crawl(path)
    data = path.read_bytes()
    path.write_bytes(data[:-cut])
    results = list(read_path(path))
    assert isinstance(results[0], Document) and results[0].meta["url"] == ARTICLES[0][0]
    assert isinstance(results[-1], Skipped)
    assert "truncated or corrupt WARC data" in results[-1].reason
    assert "the records before it were read" in results[-1].reason
    assert "\n" not in results[-1].reason


def test_a_truncated_article_record_is_not_yielded_half(tmp_path):
    path = tmp_path / "two.warc.gz"
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, title, lead in ARTICLES:
            writer.write_record(_response(writer, url, PAGE.format(title=title, lead=lead).encode()))
    data = path.read_bytes()
    path.write_bytes(data[:-100])
    results = list(read_path(path))
    assert [type(r) for r in results] == [Document, Skipped]


def test_garbage_file_named_warc_is_skipped(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a web archive at all\n" * 3)
    results = list(read_path(path))
    assert len(results) == 1 and isinstance(results[0], Skipped)
    assert results[0].reason.startswith(f"{path}: truncated or corrupt WARC data")


@pytest.mark.parametrize("data", [
    b"WARC/1.0\nWARC-Type:response",  # found by fuzzing: warcio raised AttributeError (no target URI)
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nshort",
])
def test_damaged_records_are_skipped_not_raised(tmp_path, data):
    path = tmp_path / "damaged.warc"
    path.write_bytes(data)
    results = list(read_path(path))
    assert [type(r) for r in results] == [Skipped]
    assert "truncated or corrupt WARC data" in results[0].reason
