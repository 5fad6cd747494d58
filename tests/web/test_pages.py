"""The web app through Starlette's test client: pages, JSON twins, errors."""

from __future__ import annotations

import re

import pytest


def test_home_lists_counts_and_top_speakers(client, ids):
    page = client.get("/")
    assert page.status_code == 200
    assert "5 articles · 14 quotes" in page.text
    assert f'href="/speakers/{ids["jane"]}">Jane Roe</a>' in page.text
    data = client.get("/index.json").json()
    assert data["stats"]["quotes"] == 14
    assert data["top_speakers"][0]["name"] == "Jane Roe"


def test_search_page_and_twin(client, ids):
    page = client.get("/search", params={"q": '"stand by"'})
    assert page.status_code == 200
    assert "3 quotes for" in page.text
    assert page.text.count('class="result"') == 3
    assert f'href="/articles/{ids["reuters"]}#q' in page.text
    assert "<mark>stand by</mark>" in page.text
    twin = client.get("/search.json", params={"q": '"stand by"'}).json()
    assert twin["total"] == 3
    accept = client.get("/search", params={"q": '"stand by"'}, headers={"Accept": "application/json"})
    assert accept.headers["content-type"] == "application/json"
    assert accept.json()["total"] == 3


def test_search_filters_as_parameters(client):
    data = client.get("/search.json", params={"speaker": "Jane Roe", "outlet": "reuters"}).json()
    assert data["total"] == 2
    data = client.get("/search.json", params={"entity": "Syria", "kind": "mixed"}).json()
    assert [r["text"] for r in data["results"]] == ["no plans to deploy troops to Syria at this time."]


def test_search_pagination_links(client):
    page = client.get("/search", params={"q": "", "page": "1"})
    assert "page 1 of 1" in page.text
    assert 'rel="next"' not in page.text


def test_quote_page_shows_reuse_group(client, ids):
    page = client.get(f"/quotes/{ids['wire']}")
    assert "Also carried by 3 outlets (3 articles)" in page.text
    assert "First carried by Reuters on 2011-03-02" in page.text
    data = client.get(f"/quotes/{ids['wire']}.json").json()
    assert data["group"]["n_outlets"] == 3


def test_speaker_page(client, ids):
    page = client.get(f"/speakers/{ids['jane']}")
    assert page.status_code == 200
    assert "4 quotes" in page.text
    assert "&#39;Ms. Roe&#39; is &#39;Jane Roe&#39; in this article" in page.text  # a merge reason, shown
    svg = re.search(r"<svg class=\"bars\".*?</svg>", page.text, re.S).group(0)
    # March 2011: 3 quotes (Reuters x2, AP); April 2011: 1 (Guardian) -> two bars on a scale of 0..4
    # (3 rounded up to an even top, so the middle tick is 2): 75% and 25% of the height
    bars = re.findall(r'<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"><title>([^<]+)</title>', svg)
    assert [(b[2]) for b in bars] == ["2011-03: 3", "2011-04: 1"]
    assert float(bars[0][1]) == 75.0 and float(bars[1][1]) == pytest.approx(25.0)
    axis = re.search(r'<div class="yaxis"[^>]*>(.*?)</div>', page.text, re.S).group(1)
    assert re.findall(r"<span>(\d+)</span>", axis) == ["4", "2", "0"]
    assert "gender: female" in page.text
    data = client.get(f"/speakers/{ids['jane']}.json").json()
    assert {o["outlet"] for o in data["outlets"]} == {"Reuters", "AP", "The Guardian"}


def test_article_page_highlights_quotes_and_greys_boilerplate(client, ids):
    page = client.get(f"/articles/{ids['reuters']}")
    assert page.status_code == 200
    marks = re.findall(r'<mark class="quote (sp[\d-]+|sp-none)[^"]*" id="q(\d+)"', page.text)
    assert len(marks) == 4
    assert '<span class="boilerplate">Related: Markets slide as oil climbs</span>' in page.text
    assert '<span class="label sp' in page.text and ">Jane Roe</span>" in page.text
    data = client.get(f"/articles/{ids['reuters']}.json").json()
    assert [b["reason"] for b in data["boilerplate"]] == ["related-links"]


def test_entity_page(client, ids):
    page = client.get(f"/entities/{ids['syria']}")
    assert "Who talks about it" in page.text
    data = client.get(f"/entities/{ids['syria']}.json").json()
    assert sorted(s["name"] for s in data["speakers"]) == ["Pentagon", "a US official"]


@pytest.mark.parametrize("path", ["/quotes/99999", "/quotes/abc", "/speakers/-1", "/articles/nope",
                                  "/entities/1e9", "/nothing/here", "/quotes/" + "9" * 40])
def test_not_found_pages_and_twins(client, path):
    page = client.get(path)
    assert page.status_code == 404
    assert "<h1>404</h1>" in page.text
    twin = client.get(path + ".json") if not path.startswith("/nothing") else client.get(
        path, headers={"Accept": "application/json"})
    assert twin.status_code == 404
    assert twin.json()["ok"] is False


@pytest.mark.parametrize("params", [{"since": "yesterday"}, {"kind": "rumour"}, {"page": "0"}, {"page": "x"},
                                    {"until": "2011-02-30"}])
def test_bad_parameters_are_400_with_a_message(client, params):
    page = client.get("/search", params=params)
    assert page.status_code == 400
    assert 'class="error"' in page.text
    twin = client.get("/search.json", params=params)
    assert twin.status_code == 400 and twin.json()["error"]


def test_bad_page_number_on_speaker_page(client, ids):
    assert client.get(f"/speakers/{ids['jane']}", params={"page": "abc"}).status_code == 400


def test_home_counts_follow_a_commit_from_another_connection(tmp_path):
    """The home page caches its counts, and recomputes them after someone else writes."""
    from store_fixtures import web_client

    from onrecord.store import open_store
    from onrecord.types import Article, Quote, Speaker

    db = tmp_path / "live.db"
    with open_store(db) as store:
        store.add_articles([Article(id="a1", source="a1.txt", text='"Yes," she said.', quotes=(
            Quote(id="q1", kind="direct", text="Yes,", start=1, end=5, speaker=Speaker(name="Ann Lee", mention="she",
                  start=7, end=10, type="person")),))])
    with web_client(db) as client:
        assert client.get("/index.json").json()["stats"]["articles"] == 1
        assert client.get("/index.json").json()["stats"]["articles"] == 1  # served from the cache
        with open_store(db) as writer:
            writer.add_articles([Article(id="a2", source="a2.txt", text="No quotes here.")])
        assert client.get("/index.json").json()["stats"]["articles"] == 2
