"""HTML input: main text without the page furniture, paragraphs as blank lines, metadata."""

from __future__ import annotations

from onrecord.ingest import html_document, read_path
from onrecord.types import Document, Skipped


def test_news_page_main_text_and_metadata(data_dir):
    path = data_dir / "ingest" / "ledger_article.html"
    [doc] = read_path(path)
    assert isinstance(doc, Document)
    assert (doc.id, doc.source) == ("ledger_article", str(path))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == ("The city council on Tuesday backed a plan to reopen the old harbour, ending a "
                             "two-year stalemate that had left dozens of fishing boats idle.")
    assert paragraphs[1] == ("\u201cWe have waited long enough,\u201d said Maria Lopez, who chairs the council\u2019s "
                             "works committee. \u201cNow we build.\u201d")
    # a <br> inside a paragraph stays a single line break
    assert paragraphs[2] == ("The plan, approved by seven votes to two, still needs the consent of the regional "
                             "port authority, which meets in May.\nWork could start in the summer.")
    assert paragraphs[-1].startswith("Fishermen who had gathered outside the town hall cheered")
    for furniture in ("Skip to main content", "Sport", "Opinion", "All rights reserved", "Privacy"):
        assert furniture not in doc.text
    assert doc.meta == {
        "title": "Harbour council backs plan to end stalemate",
        "author": "Jane Roe",
        "date": "2024-03-05",
        "site": "The Portsmouth Ledger",
        "url": "https://www.portsmouth-ledger.example/news/2024/03/05/harbour-council-plan",
        "description": "The council voted 7-2 to reopen the old harbour after two years of deadlock.",
    }


def test_given_metadata_wins_over_the_page(data_dir):
    html = (data_dir / "ingest" / "ledger_article.html").read_bytes()
    doc = html_document(html, id="x", source="feed", meta={"url": "https://feed.example/1", "section": "Local"})
    assert doc.meta["url"] == "https://feed.example/1"
    assert doc.meta["section"] == "Local"
    assert doc.meta["author"] == "Jane Roe"


def test_page_without_article_text_is_skipped(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")
    [result] = read_path(path)
    assert isinstance(result, Skipped)
    assert result.reason.startswith(f"{path}: no article text found")
    assert "\n" not in result.reason


def test_deeply_nested_markup_does_not_crash(tmp_path):
    path = tmp_path / "nested.html"
    body = "<div>" * 5000 + "<p>Deep inside the page, the minister said the budget would be published on Friday.</p>"
    path.write_text(f"<html><body>{body}{'</div>' * 5000}</body></html>")
    [result] = read_path(path)
    assert isinstance(result, Document | Skipped)
    if isinstance(result, Skipped):
        assert "\n" not in result.reason
