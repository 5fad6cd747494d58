"""Metadata in: JSONL fields (top level or nested meta), sidecars beside the files, given options."""

from __future__ import annotations

import json

import pytest

from onrecord.errors import InputError
from onrecord.ingest import article_fields, count_inputs, given_meta, read_inputs
from onrecord.ingest.meta import iso_date
from onrecord.types import Document, Skipped

TEXT = '"We will build it," Mayor Ana Ruiz said on Monday.'


def documents(items):
    return [d for d in items if isinstance(d, Document)]


def test_polnear_style_nested_meta_is_read(tmp_path):
    path = tmp_path / "polnear.jsonl"
    record = {"id": "p1", "text": TEXT, "meta": {"publisher": "breitbart", "publication_date": "2016-09-12",
                                                  "title": "Stealth Over Health", "split": "dev"}}
    top = {"id": "p2", "text": TEXT + " Again.", "outlet": "Reuters", "meta": {"publisher": "breitbart",
                                                                                 "date": "2016-09-13"}}
    path.write_text(json.dumps(record) + "\n" + json.dumps(top) + "\n", encoding="utf-8")
    first, second = documents(read_inputs([str(path)]))
    assert article_fields(first.meta) == {"title": "Stealth Over Health", "outlet": "breitbart", "date": "2016-09-12",
                                          "url": None, "author": None}
    assert first.meta["split"] == "dev"  # everything else is kept, flattened
    assert article_fields(second.meta)["outlet"] == "Reuters"  # the top level wins over the nested object
    assert article_fields(second.meta)["date"] == "2016-09-13"


@pytest.mark.parametrize(("value", "expected"), [
    ("2016-09-12", "2016-09-12"), ("2016-09-12T08:30:00Z", "2016-09-12"), ("2016/9/2", "2016-09-02"),
    ("Mon, 12 Sep 2016 08:30:00 GMT", "2016-09-12"), ("2016-02-30", None), ("last Tuesday", None), (None, None),
])
def test_dates_are_read_as_iso_dates(value, expected):
    assert iso_date(value) == expected


def _corpus(tmp_path, sidecar: str, name: str = "articles.csv"):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Another article, with no quotes at all in it.", encoding="utf-8")
    (folder / name).write_text(sidecar, encoding="utf-8")
    return folder


def test_sidecar_csv_gives_each_file_its_metadata(tmp_path):
    folder = _corpus(tmp_path, "path,outlet,date,url,title\n"
                               "a.txt,The Guardian,2024-05-01,https://example.org/a,Harbour wall\n"
                               "sub/b.txt,Valley Times,3 May 2024,,\n")
    items = list(read_inputs([str(folder)]))
    docs = {d.id: d for d in documents(items)}
    assert set(docs) == {"a", "b"}  # the sidecar is metadata, not an article (and not "ignored")
    assert article_fields(docs["a"].meta) == {"title": "Harbour wall", "outlet": "The Guardian", "date": "2024-05-01",
                                              "url": "https://example.org/a", "author": None}
    assert docs["a"].meta["given"] == ["date", "site", "title", "url"]
    skipped = [s for s in items if isinstance(s, Skipped)]
    assert len(skipped) == 1 and "articles.csv:3: date '3 May 2024' is not a date" in skipped[0].reason
    assert article_fields(docs["b"].meta)["outlet"] == "Valley Times"  # the rest of that row is used


def test_sidecar_jsonl_and_a_row_for_one_record(tmp_path):
    folder = tmp_path / "feed"
    folder.mkdir()
    lines = [{"id": "x1", "text": TEXT}, {"id": "x2", "text": TEXT + " More."}]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    (folder / "articles.jsonl").write_text(
        json.dumps({"path": "feed.jsonl", "outlet": "Coast Wire"}) + "\n"
        + json.dumps({"path": "feed.jsonl", "id": "x2", "date": "2024-02-20"}) + "\n"
        + json.dumps({"outlet": "no path"}) + "\n", encoding="utf-8")
    items = list(read_inputs([str(folder)]))
    docs = {d.id: article_fields(d.meta) for d in documents(items)}
    assert docs["x1"]["outlet"] == docs["x2"]["outlet"] == "Coast Wire"
    assert (docs["x1"]["date"], docs["x2"]["date"]) == (None, "2024-02-20")
    assert any("needs a 'path'" in s.reason for s in items if isinstance(s, Skipped))


def test_an_articles_jsonl_of_articles_is_input_not_a_sidecar(tmp_path):
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "z", "text": TEXT}) + "\n", encoding="utf-8")
    assert [d.id for d in documents(read_inputs([str(tmp_path)]))] == ["z"]


def test_given_metadata_wins_and_is_checked(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(TEXT, encoding="utf-8")
    meta = given_meta(outlet="AP", date="2024-01-02T10:00", url="https://apnews.com/x")
    (doc,) = documents(read_inputs([str(path)], meta=meta))
    assert article_fields(doc.meta) == {"title": None, "outlet": "AP", "date": "2024-01-02",
                                        "url": "https://apnews.com/x", "author": None}
    with pytest.raises(InputError, match="not a date; use YYYY-MM-DD"):
        given_meta(date="yesterday")
    other = tmp_path / "two.txt"
    other.write_text(TEXT + " Again.", encoding="utf-8")
    with pytest.raises(InputError, match="--url names one article"):
        list(read_inputs([str(path), str(other)], meta=meta))


def test_input_counts_for_progress_bars(tmp_path):
    folder = _corpus(tmp_path, "path,outlet\na.txt,X\n")
    (folder / "notes.md").write_text("ignored, but an item", encoding="utf-8")
    (folder / "feed.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    assert count_inputs([str(folder), str(tmp_path / "missing.txt")]) == 2 + 1 + 2 + 1
    (folder / "crawl.warc.gz").write_bytes(b"")
    assert count_inputs([str(folder)]) is None  # how many pages a crawl holds is not known in advance
    assert count_inputs(["-"]) is None
