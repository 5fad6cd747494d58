"""Who is who on the web pages: a speaker that fits several people, why a speaker is one, the
corrections page, and the JSON writes that only ``allow_writes`` takes."""

from __future__ import annotations

import html

import pytest
from starlette.testclient import TestClient

from onrecord.store import open_store
from onrecord.web import create_app


@pytest.fixture
def reader(clinton_db):
    with TestClient(create_app(clinton_db), raise_server_exceptions=False, base_url="http://127.0.0.1") as client:
        yield client


@pytest.fixture
def writer(clinton_db):
    with TestClient(create_app(clinton_db, allow_writes=True), raise_server_exceptions=False, base_url="http://127.0.0.1") as client:
        yield client


def speaker_id(db, name):
    with open_store(db, readonly=True) as store:
        return store.conn.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()[0]


def test_a_speaker_that_fits_several_people_shows_the_candidates(reader, clinton_db):
    page = reader.get("/search", params={"speaker": "Clinton", "q": "the"})
    assert page.status_code == 200
    assert "Which Clinton?" in page.text
    bill, hillary = speaker_id(clinton_db, "Bill Clinton"), speaker_id(clinton_db, "Hillary Clinton")
    assert f'href="/search?q=the&amp;speaker={bill}"' in page.text and f"speaker={hillary}" in page.text
    assert "4 quotes" in page.text and "1 more quote under “Clinton” are in articles" in page.text
    data = reader.get("/search.json", params={"speaker": "Clinton"}).json()
    assert data["total"] == 0 and data["results"] == []
    assert {c["name"]: c["quotes"] for c in data["ambiguous"]["candidates"]} == {"Bill Clinton": 4,
                                                                                "Hillary Clinton": 4}
    one = reader.get("/search.json", params={"speaker": hillary}).json()
    assert one["total"] == 4 and "ambiguous" not in one


def test_the_speaker_page_says_why_its_quotes_are_one_speaker(reader, clinton_db):
    page = html.unescape(reader.get(f"/speakers/{speaker_id(clinton_db, 'Hillary Clinton')}").text)
    assert "Why these are one speaker" in page and "person:hillary clinton" in page
    assert "middle-name" in page and "'Hillary Rodham Clinton' is 'Hillary Clinton'" in page
    data = reader.get(f"/speakers/{speaker_id(clinton_db, 'Bill Clinton')}.json").json()
    assert {g["rule"] for g in data["why"]} == {"same-name", "title"}


def test_writes_are_refused_unless_the_server_allows_them(reader):
    for method, path in (("post", "/corrections"), ("delete", "/corrections/1"), ("put", "/speakers/1")):
        response = getattr(reader, method)(path, **({"json": {"op": "rename"}} if method == "post" else {}))
        assert response.status_code == 405, path
        assert "read-only" in response.json()["error"]
    page = reader.get("/corrections")
    assert page.status_code == 200 and "this server is read-only" in page.text


def test_corrections_through_the_json_api(writer, clinton_db):
    hillary = speaker_id(clinton_db, "Hillary Clinton")
    made = writer.post("/corrections", json={"op": "rename", "speaker": str(hillary),
                                             "value": "Hillary Rodham Clinton", "note": "her own usage"})
    assert made.status_code == 201, made.text
    correction = made.json()["correction"]
    assert correction["status"] == "applied: 'Hillary Clinton' is now called 'Hillary Rodham Clinton'"
    assert writer.get(f"/speakers/{hillary}.json").json()["name"] == "Hillary Rodham Clinton"  # same id
    listed = writer.get("/corrections.json").json()
    assert [c["id"] for c in listed["corrections"]] == [correction["id"]] and listed["writes"] is True
    assert "her own usage" in writer.get("/corrections").text
    assert writer.get("/corrections.csv").text.splitlines()[1].startswith(f"{correction['id']},rename,")
    assert writer.get(f"/corrections/{correction['id']}").json()["correction"]["op"] == "rename"
    quote = writer.get("/search.json", params={"q": "foundation"}).json()["results"][0]["id"]
    moved = writer.post("/corrections", json={"op": "reassign", "quote": quote, "other": "Chelsea Clinton"})
    assert moved.status_code == 201 and "now under 'Chelsea Clinton'" in moved.json()["correction"]["status"]
    assert writer.get("/search.json", params={"speaker": "Chelsea Clinton"}).json()["total"] == 1
    undone = writer.delete(f"/corrections/{correction['id']}")
    assert undone.status_code == 200
    assert writer.get(f"/speakers/{hillary}.json").json()["name"] == "Hillary Clinton"


@pytest.mark.parametrize("kwargs, status, message", [
    ({"content": b"op=rename", "headers": {"content-type": "application/x-www-form-urlencoded"}}, 415, "JSON"),
    ({"json": {"op": "rename", "speaker": "Bill Clinton", "value": "X"},
      "headers": {"origin": "https://elsewhere.example"}}, 403, "another site"),
    ({"json": {"op": "rename", "speaker": "Bill Clinton", "value": "X"}, "headers": {"origin": "null"}}, 403,
     "another site"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "not JSON"),
    ({"json": ["rename"]}, 400, "one JSON object"),
    ({"json": {"op": "rename", "speaker": "Bill Clinton", "value": "X", "sql": "DROP TABLE quotes"}}, 400,
     "unknown field(s) sql"),
    ({"json": {"op": "merge", "speaker": "Clinton", "other": "Bill Clinton"}}, 409, "'Clinton' fits 2 speakers"),
    ({"json": {"op": "merge", "speaker": "Bill Clinton", "other": "Nobody"}}, 400, "no speaker is called"),
    ({"content": b"{" + b" " * 20_000 + b"}", "headers": {"content-type": "application/json"}}, 413, "over"),
])
def test_a_bad_write_is_refused_with_the_reason(writer, kwargs, status, message):
    response = writer.post("/corrections", **kwargs)
    assert response.status_code == status, response.text
    assert message in response.json()["error"]
    assert writer.get("/corrections.json").json()["corrections"] == []


def test_writes_only_reach_the_corrections(writer):
    assert writer.post("/speakers", json={}).status_code == 405
    assert writer.delete("/corrections/999").status_code == 400  # no such correction
    assert writer.delete("/corrections/abc").status_code == 404
