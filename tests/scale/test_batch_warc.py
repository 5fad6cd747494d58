"""Batch over a WARC crawl the test writes itself (warcio): HTML pages, an image, a cut-off member."""

from __future__ import annotations

import html
import io
from pathlib import Path

import pytest

from onrecord.scale import read_batch, read_table, run_batch

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGES = ("council-budget", "port-strike", "hospital-merger")


def _page(text: str) -> bytes:
    title, *paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>\n{body}</article>"
        "<footer>Copyright 2024 The Daily Ledger</footer></body></html>"
    ).encode()


def _record(writer: WARCWriter, url: str, content_type: str, payload: bytes, uuid: str):
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=io.BytesIO(payload), http_headers=headers,
        warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:{uuid}>", "WARC-Date": "2024-05-02T10:00:00Z"},
    )


def write_crawl(path: Path, corpus: list[dict]) -> None:
    """3 HTML articles, 1 PNG, then a gzip member cut in half (an interrupted download)."""
    texts = {r["id"]: r["text"] for r in corpus}
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n, name in enumerate(PAGES):
            writer.write_record(_record(writer, f"https://ledger.example/{name}", "text/html; charset=utf-8",
                                        _page(texts[name]), f"00000000-0000-0000-0000-00000000000{n}"))
        writer.write_record(_record(writer, "https://ledger.example/logo.png", "image/png",
                                    b"\x89PNG\r\n\x1a\n" + bytes(200), "00000000-0000-0000-0000-0000000000ff"))
        cut = io.BytesIO()
        extra = WARCWriter(cut, gzip=True)
        extra.write_record(_record(extra, "https://ledger.example/zoo-birth", "text/html",
                                   _page(texts["zoo-birth"]), "00000000-0000-0000-0000-0000000000aa"))
        handle.write(cut.getvalue()[: len(cut.getvalue()) // 2])


def test_warc_batch_keeps_html_articles_and_reports_the_cut_member(tmp_path, corpus, extracted):
    crawl = tmp_path / "crawl.warc.gz"
    write_crawl(crawl, corpus)
    summary = run_batch([str(crawl)], tmp_path / "out", partition_size=2)

    assert (summary.articles, summary.skipped) == (3, 1)  # the PNG is not an article
    articles = read_table(tmp_path / "out", "articles").to_pylist()
    assert [a["id"] for a in articles] == [f"00000000-0000-0000-0000-00000000000{n}" for n in range(3)]
    assert "1,800 dockworkers" in articles[1]["text"]
    (skipped,) = read_table(tmp_path / "out", "skipped").to_pylist()
    assert "truncated or corrupt" in skipped["reason"]

    assert [r.to_dict() for r in read_batch(tmp_path / "out") if r.id != skipped["id"]] == extracted([str(crawl)])
