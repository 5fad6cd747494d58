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
    assert page.locator("svg.timeline rect").count() == 2
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
