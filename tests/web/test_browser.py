"""The web pages in a real headless Chromium (Debian's chromium, driven by Playwright).

Skipped with the reason when playwright or /usr/bin/chromium is missing. CI installs them with
``pip install playwright`` and ``apt-get install -y chromium`` (no ``playwright install``).
Set ONRECORD_SCREENSHOT=1 to refresh docs/img/article.png from the article page.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "img" / "article.png"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def page():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_page(viewport={"width": 900, "height": 760})
        yield context
        browser.close()


def test_search_follow_to_article_and_speaker(server, page):
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Who said what"

    page.fill("form.search input[name=q]", '"stand by"')
    page.fill("form.search input[name=outlet]", "Reuters")
    page.click("form.search button")
    page.wait_for_url("**/search?*")
    results = page.locator("li.result")
    assert results.count() == 1
    assert "stand by" in results.first.locator("blockquote mark").inner_text()

    results.first.locator("a.article-link").click()
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text() == "Senator Roe urges action on Syria"
    anchor = page.url.split("#")[1]
    quote = page.locator(f"mark#{anchor}")
    assert quote.is_visible()
    assert quote.inner_text().startswith("We will not stand by")
    label = page.locator("span.label").first
    assert label.inner_text().lower() == "jane roe"  # CSS upper-cases it on screen
    assert label.evaluate("el => getComputedStyle(el).color") == "rgb(255, 255, 255)"  # white on the speaker colour
    # The highlight is coloured by the stylesheet (so the CSP-allowed CSS loaded) and not transparent.
    colour = quote.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    grey = page.locator("article.text span.boilerplate")
    assert grey.inner_text() == "Related: Markets slide as oil climbs"
    if os.environ.get("ONRECORD_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=True)

    page.click("ul.legend a:has-text('Jane Roe')")
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1").inner_text() == "Jane Roe"
    assert page.locator("svg.bars rect").count() == 2
    assert page.locator("ul.merges li").count() == 3
    assert problems == []


def test_hostile_article_runs_no_script(server, page):
    page.goto(server + "/search?q=good")
    page.locator("li.result a.article-link").first.click()
    page.wait_for_url("**/articles/*")
    assert page.title() != "pwned"
    assert "<script>document.title='pwned'</script>" in page.locator("article.text").inner_text()
    assert page.evaluate("document.querySelectorAll('article script, article img').length") == 0


def test_phone_width_has_no_horizontal_scroll(server, page):
    page.set_viewport_size({"width": 375, "height": 700})
    try:
        page.goto(server + "/search?q=war")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        page.set_viewport_size({"width": 900, "height": 760})


def test_search_with_facets(sources_server, page):
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(sources_server + "/search?q=wall")
    assert page.locator("li.result").count() == 3
    outlets = page.locator("section.facet[data-facet=outlet] li")
    assert sorted(" ".join(t.split()) for t in outlets.all_inner_texts()) == ["Harbour Herald 2", "Valley Times 1"]
    page.click("section.facet[data-facet=outlet] a:has-text('Harbour Herald')")
    page.wait_for_url("**outlet=Harbour*")
    assert page.locator("li.result").count() == 2
    assert page.locator("p.count").inner_text().startswith("2 quotes for")
    # the month facet narrows again, to January
    page.click("section.facet[data-facet=month] a:has-text('2024-01')")
    page.wait_for_url("**since=2024-01*")
    results = page.locator("li.result")
    assert results.count() == 1
    assert results.first.locator(".quoted").inner_text() == "The wall must be finished before winter,"
    assert "Mayor Ana Ruiz said." in results.first.locator("blockquote").inner_text()  # its sentence
    assert problems == []


def test_outlet_page_with_its_chart(sources_server, page):
    page.goto(sources_server + "/outlets")
    page.click("ul.shares a:has-text('Harbour Herald')")
    page.wait_for_url("**/outlets/Harbour%20Herald")
    assert page.locator("h1").inner_text() == "Harbour Herald"
    women = page.locator("ul.shares svg.share rect.women")
    assert women.count() == 2  # January and February
    # January: Ana Ruiz (f), Tom Baker (m), Jo Park (unknown): half the people whose gender is given
    january = page.locator("ul.shares li").first
    assert january.locator(".share-figure").inner_text() == "50%"
    bar, whole = women.first.bounding_box(), january.locator("svg.share").bounding_box()
    assert bar["width"] == pytest.approx(whole["width"] / 2, abs=1.5)
    colour = women.first.evaluate("el => getComputedStyle(el).fill")
    assert colour not in ("none", "rgb(0, 0, 0)")  # the stylesheet coloured it
    bars = page.locator("svg.bars rect")
    assert bars.count() == 2 and bars.first.bounding_box()["height"] > bars.nth(1).bounding_box()["height"]


def test_csv_download(sources_server, page):
    page.goto(sources_server + "/outlets")
    with page.expect_download() as info:
        page.click("p.download a.csv")
    download = info.value
    assert download.suggested_filename == "outlets.csv"
    import csv

    with open(download.path(), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["outlet"]: r["people"] for r in rows} == {"Harbour Herald": "4", "Valley Times": "4", "Coast Wire": "2"}


def test_new_pages_fit_a_phone(sources_server, page):
    page.set_viewport_size({"width": 375, "height": 700})
    try:
        for path in ("/outlets", "/outlets/Valley%20Times", "/stats", "/speakers", "/articles", "/search?q=the"):
            page.goto(sources_server + path)
            assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
    finally:
        page.set_viewport_size({"width": 900, "height": 760})


def test_who_is_who_pages_fit_a_phone(server, page):
    page.set_viewport_size({"width": 375, "height": 700})
    try:
        page.goto(server + "/search?speaker=Roe")  # Jane and Peter Roe: which one?
        assert page.locator("section.ambiguous h2").inner_text() == "Which Roe?"
        names = page.locator("ul.candidates li > a:first-child").all_inner_texts()
        assert names == ["Jane Roe", "Peter Roe"]
        for path in ("/search?speaker=Roe", "/speakers/1", "/corrections"):
            page.goto(server + path)
            assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        page.goto(server + "/search?speaker=Roe")
        page.locator("ul.candidates li > a:first-child").first.click()
        page.wait_for_url("**/search?speaker=*")
        assert "Jane Roe" in page.locator("ol.results").inner_text()
    finally:
        page.set_viewport_size({"width": 900, "height": 760})
