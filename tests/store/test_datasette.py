"""The store opens in Datasette: full-text search detected, readable names, labelled links.

Uses Datasette's own test client (``Datasette([...]).client``), no server. Skipped where
datasette is not installed (it is in the test extra).
"""

from __future__ import annotations

import asyncio
import re

import pytest

datasette_app = pytest.importorskip("datasette.app", reason="datasette is not installed (pip install datasette)")


@pytest.fixture
def datasette(tmp_path, corpus):
    from onrecord.store import open_store

    path = tmp_path / "news.db"
    with open_store(path) as store:
        store.add_articles(corpus)
    return datasette_app.Datasette([str(path)])


def get(ds, path: str):
    async def fetch():
        return await ds.client.get(path)

    return asyncio.run(fetch())


def test_fts_table_is_detected_and_searchable(datasette):
    tables = {t["name"]: t for t in get(datasette, "/news.json").json()["tables"]}
    assert tables["quotes"]["fts_table"] == "quotes_fts"
    assert tables["quotes_fts"]["hidden"] is True  # the FTS shadow tables stay out of the way
    rows = get(datasette, "/news/quotes.json?_search=%22stand+by%22&_shape=array").json()
    assert len(rows) == 3 and all("stand by" in r["text"] for r in rows)


def test_names_are_readable_and_links_are_labelled(datasette):
    tables = get(datasette, "/news.json").json()["tables"]
    visible = sorted(t["name"] for t in tables if not t["hidden"])
    assert visible == ["article_entities", "articles", "authorities", "boilerplate", "corrections", "entities",
                       "quote_bands", "quote_entities", "quote_groups", "quotes", "skipped", "speaker_aliases",
                       "speaker_merges", "speakers", "store_state"]
    for table in (t for t in tables if not t["hidden"]):
        for column in table["columns"]:
            assert re.fullmatch(r"[a-z][a-z_]*[a-z]", column), (table["name"], column)
    # a quote's speaker and article show as their name and headline, not bare ids
    row = get(datasette, "/news/quotes.json?_labels=on&_shape=array&kind=mixed").json()[0]
    assert row["speaker_id"]["label"] == "Pentagon"
    assert row["article_id"]["label"] == "Senator Roe urges action on Syria"


def test_the_readable_view_facets_by_outlet_and_gender(datasette):
    assert "quote_sources" in [v["name"] for v in get(datasette, "/news.json").json()["views"]]
    data = get(datasette, "/news/quote_sources.json?_facet=outlet&_facet=speaker_gender&speaker=Jane+Roe").json()
    facets = {f: {v["value"]: v["count"] for v in data["facet_results"][f]["results"]} for f in ("outlet", "speaker_gender")}
    assert facets["outlet"] == {"Reuters": 2, "AP": 1, "The Guardian": 1}
    assert facets["speaker_gender"] == {"female": 4}
