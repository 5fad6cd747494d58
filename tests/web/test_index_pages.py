"""The pages that look across the store: facets, index pages, outlets, stats, CSV twins, the quote page.

The sources corpus's figures are worked out by hand in tests/data/store/sources_corpus.py.
"""

from __future__ import annotations

import csv
import io
import re
from html import unescape

import pytest

LIST_PAGES = ["/search", "/speakers", "/outlets", "/entities", "/articles", "/stats"]


@pytest.mark.parametrize("path", LIST_PAGES)
def test_every_list_page_has_json_and_csv_twins_and_a_download_link(request, path):
    # the sources corpus has no entities; the store corpus has
    client = request.getfixturevalue("client" if path == "/entities" else "sources_client")
    page = client.get(path)
    assert page.status_code == 200, page.text[:300]
    assert f'href="{path}.csv" download' in page.text
    assert client.get(path + ".json").json()["ok"] is True
    twin = client.get(path + ".csv")
    assert twin.status_code == 200 and twin.headers["content-type"].startswith("text/csv")
    assert "attachment" in twin.headers["content-disposition"]
    assert len(list(csv.DictReader(io.StringIO(twin.text)))) >= 1


def test_search_shows_facets_as_filter_links(sources_client):
    page = sources_client.get("/search", params={"q": "wall"})
    facets = re.search(r'<aside class="facets".*?</aside>', page.text, re.S).group(0)
    outlets = dict(re.findall(r'<a href="([^"]+)">([^<]+)</a> <span class="n">\d+</span>',
                              re.search(r'data-facet="outlet".*?</section>', facets, re.S).group(0)))
    assert set(outlets.values()) == {"Harbour Herald", "Valley Times"}
    herald = next(link for link, name in outlets.items() if name == "Harbour Herald")
    narrowed = sources_client.get(unescape(herald) + "&x=1")
    assert "2 quotes for" in narrowed.text  # "The wall must ...", "... the north wall ..." in the Herald
    assert 'data-facet="month"' in facets and "since=2024-01&amp;until=2024-01" in facets
    assert 'data-facet="gender"' in facets


def test_search_results_carry_context_cue_speaker_and_confidence(sources_client):
    page = sources_client.get("/search", params={"q": "tender"})
    (item,) = re.findall(r'<li class="result.*?</li>', page.text, re.S)
    assert '<span class="quoted">The contract was never put out to <mark>tender</mark>,</span>' in item
    assert "Mr. Baker said." in unescape(item)  # the sentence around the quote
    assert ">Tom Baker</a>" in item and 'class="gender male"' in item
    assert '<span class="cue">said</span>' in item and "confidence 0.90" in item


def test_search_sorts_and_min_confidence_link(sources_client):
    newest = sources_client.get("/search.json", params={"sort": "newest"}).json()
    assert newest["results"][0]["date"] == "2024-02-20"
    page = sources_client.get("/search")
    assert "confidence 0.5 or more" in page.text and "min_confidence=0" in page.text
    assert sources_client.get("/search", params={"sort": "sideways"}).status_code == 400


def test_search_chart_has_axes_and_counts(sources_client):
    page = sources_client.get("/search")
    assert "Quotes per week" in page.text  # 10 January to 20 February
    ticks = re.findall(r"<span>(\d+)</span>", re.search(r'<div class="yaxis"[^>]*>(.*?)</div>', page.text, re.S).group(1))
    assert ticks == ["4", "2", "0"]  # the busiest weeks have 4 quotes
    assert "<title>2024-01-08: 4</title>" in page.text and "<td>2024-01-22</td><td>0</td>" in page.text


def test_speakers_index_sorts_pages_and_filters(sources_client):
    data = sources_client.get("/speakers.json", params={"sort": "name"}).json()
    assert [r["name"] for r in data["rows"]][:3] == ["Ana Ruiz", "Jo Park", "Ken Obi"]
    page = sources_client.get("/speakers", params={"sort": "-quotes"})
    assert 'aria-sort="descending"' in page.text
    women = sources_client.get("/speakers.csv", params={"gender": "female"}).text
    assert sorted(r["name"] for r in csv.DictReader(io.StringIO(women))) == ["Ana Ruiz", "Sara Lind"]
    assert sources_client.get("/speakers", params={"gender": "other"}).status_code == 400


def test_outlets_page_charts_the_share_of_women(sources_client):
    page = sources_client.get("/outlets")
    shares = re.findall(r'<a href="/outlets/([^"]+)">[^<]+</a>\s*<span class="share-figure">([^<]+)</span>', page.text)
    assert dict(shares) == {"Harbour%20Herald": "50%", "Valley%20Times": "33%", "Coast%20Wire": "100%"}
    assert '<rect class="women" x="0" y="0" width="50.0" height="10"/>' in page.text
    rows = list(csv.DictReader(io.StringIO(sources_client.get("/outlets.csv").text)))
    assert {r["outlet"]: r["share_female_people"] for r in rows} == {"Harbour Herald": "0.5", "Valley Times": "0.333",
                                                                    "Coast Wire": "1.0"}


def test_outlet_page(sources_client):
    page = sources_client.get("/outlets/Harbour%20Herald")
    assert page.status_code == 200
    assert "<strong>50%</strong> of the people it quotes are women" in page.text
    assert "Share of women per month" in page.text and "Quotes by people per month" in page.text
    assert sources_client.get("/outlets/harbour%20herald.json").json()["outlet"] == "Harbour Herald"
    months = list(csv.DictReader(io.StringIO(sources_client.get("/outlets/Harbour%20Herald.csv").text)))
    assert [(m["month"], m["quotes"]) for m in months] == [("2024-01", "4"), ("2024-02", "2")]
    assert sources_client.get("/outlets/Nowhere").status_code == 404


def test_stats_page(sources_client):
    page = sources_client.get("/stats")
    assert "<strong>50%</strong> of the 6 people quoted are women" in page.text
    assert "women speak <strong>60%</strong> of the 13 quotes by people" in page.text
    data = sources_client.get("/stats.json", params={"by": "outlet,month"}).json()
    assert data["by"] == ["outlet", "month"] and len(data["rows"]) == 5
    rows = list(csv.DictReader(io.StringIO(sources_client.get("/stats.csv", params={"by": "month"}).text)))
    assert [(r["month"], r["share_female_quotes"]) for r in rows] == [("2024-01", "0.333"), ("2024-02", "1.0")]
    assert sources_client.get("/stats", params={"by": "colour"}).status_code == 400


def test_quote_page_has_headline_outlet_date_url_and_citation(sources_client):
    quote_id = sources_client.get("/search.json", params={"q": "stones"}).json()["results"][0]["id"]
    page = sources_client.get(f"/quotes/{quote_id}")
    text = unescape(page.text)
    assert "Coast Wire: harbour wall, part 5" in text and "20 February 2024" in text
    assert 'class="original" href="https://example.org/5"' in page.text
    assert ("“The first stones were laid this morning,” Ana Ruiz, quoted in “Coast Wire: harbour wall, part 5”, "
            "Coast Wire, 20 February 2024, https://example.org/5") in text
    quote = re.search(r'<blockquote class="big.*?</blockquote>', page.text, re.S).group(0)
    assert unescape(re.sub("<[^>]+>", "", quote)) == '"The first stones were laid this morning," Ms. Ruiz said.'
    assert '<span class="quoted">The first stones were laid this morning,</span>' in quote  # in its sentence


def test_articles_and_entities_index(sources_client, client, ids):
    dates = [r["date"] for r in sources_client.get("/articles.json").json()["rows"]]
    assert dates == sorted(dates, reverse=True)
    assert sources_client.get("/articles.json", params={"outlet": "coast"}).json()["total"] == 1
    names = [r["name"] for r in client.get("/entities.json", params={"sort": "name"}).json()["rows"]]
    assert names == sorted(names, key=str.casefold)
    assert client.get("/entities.json", params={"type": "gpe"}).json()["total"] == 2  # Syria, Kansas


def test_speaker_page_lists_what_they_talk_about(client, ids):
    page = client.get(f"/speakers/{ids['jane']}.json").json()
    assert page["entities"] == [] or all(e["quotes"] >= 1 for e in page["entities"])
    data = client.get(f"/speakers/{ids['evil']}.json").json()
    assert data["gender"] == "unknown"


def test_entity_page_leaves_out_junk_speakers(tmp_path):
    from store_fixtures import web_client

    from onrecord.store import open_store
    from onrecord.types import Article, Entity, Quote, Speaker

    text = "Harbour: the wall is late, Ann Lee said. The wall costs more, 63 percent said. The wall, who said."
    quotes = []
    for i, (words, name, stype) in enumerate([("the wall is late", "Ann Lee", "person"),
                                              ("The wall costs more", "63 percent", "person"),
                                              ("The wall", "who", "anonymous")], 1):
        start = text.index(words)
        quotes.append(Quote(id=f"q{i}", kind="indirect", text=words, start=start, end=start + len(words), confidence=0.9,
                            speaker=Speaker(name=name, mention=name, start=0, end=1, type=stype)))
    spans = tuple((m.start(), m.end()) for m in re.finditer("wall", text))
    article = Article(id="w", source="w.txt", text=text, quotes=tuple(quotes),
                      entities=(Entity(id="e1", name="the wall", type="FAC", mentions=spans),))
    db = tmp_path / "junk.db"
    with open_store(db) as store:
        store.add_articles([article])
    with web_client(db) as c:
        wall = c.get("/entities.json").json()["rows"][0]["id"]
        data = c.get(f"/entities/{wall}.json").json()
    assert [s["name"] for s in data["speakers"]] == ["Ann Lee"]
    assert data["total"] == 3  # the quotes themselves are all listed


def test_serve_refuses_a_missing_database_like_search(tmp_path):
    from click.testing import CliRunner

    from onrecord.cli import cli

    missing = str(tmp_path / "typo.db")
    served = CliRunner().invoke(cli, ["serve", "--db", missing])
    searched = CliRunner().invoke(cli, ["search", "x", "--db", missing])
    assert served.exit_code == searched.exit_code == 1
    assert served.output == searched.output and "no such database" in served.output
    assert not (tmp_path / "typo.db").exists()


def test_pages_keep_the_content_security_policy(sources_client):
    for path in ("/outlets", "/stats", "/search", "/outlets/Coast%20Wire"):
        page = sources_client.get(path)
        assert "script-src 'none'" in page.headers["content-security-policy"]
        assert "<script" not in page.text and " style=" not in page.text
