"""JSON Lines and JSON input: records, ids, meta, bad lines, gzip and zip bombs."""

from __future__ import annotations

import gzip
import json

from onrecord.ingest import read_path
from onrecord.types import Document, Skipped


def by_source(results):
    return {r.source: r for r in results}


def check_wire(results, source):
    """The expectations for tests/data/ingest/wire.jsonl, whatever its name or compression."""
    got = by_source(results)
    assert list(got) == [f"{source}#{n}" for n in (1, 2, 4, 5, 6)]  # line 3 is blank: no record

    first = got[f"{source}#1"]
    assert isinstance(first, Document)
    assert first.id == "ap-2024-0311"
    assert first.text == ("The rail strike entered its third week on Monday.\n\n"
                          "\u201cWe will not back down,\u201d said union leader Sam Okafor.")
    assert first.meta == {"url": "https://wire.example/ap-2024-0311", "title": "Strike enters third week",
                          "date": "2024-03-11", "site": "Wire Service", "section": "Business"}

    broken = got[f"{source}#2"]
    assert isinstance(broken, Skipped)
    assert broken.id == "wire:2"
    assert "line 2 is not valid JSON" in broken.reason

    html = got[f"{source}#4"]
    assert isinstance(html, Document)
    assert html.id == "wire:4"
    assert html.text.split("\n\n")[-2] == ("\u201cI was terrified,\u201d said Priya Shah, a nurse travelling with "
                                         "her two children. \u201cWe could not see the stairs.\u201d")
    assert html.meta["url"] == "https://ledger.example/ferry"
    assert html.meta["site"] == "The Ledger"  # the record's own value wins over the page's

    no_text = got[f"{source}#5"]
    assert isinstance(no_text, Skipped)
    assert no_text.reason == f"{source}#5: no article text: it has no 'text' or 'html' field"

    numeric = got[f"{source}#6"]
    assert (numeric.id, numeric.text) == ("42", "Councillors voted 7-2 for the harbour plan, the clerk said.")


def test_jsonl_records(data_dir):
    path = data_dir / "ingest" / "wire.jsonl"
    check_wire(list(read_path(path)), str(path))


def test_gzipped_jsonl(data_dir, tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress((data_dir / "ingest" / "wire.jsonl").read_bytes()))
    check_wire(list(read_path(path)), str(path))


def test_truncated_gzip_keeps_the_lines_before(data_dir, tmp_path):
    lines = [json.dumps({"id": f"a{i}", "text": f"Story number {i}: the minister said nothing new."}) for i in range(400)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    results = list(read_path(path))
    docs = [r for r in results if isinstance(r, Document)]
    assert docs and docs[0].id == "a0"
    assert [d.id for d in docs] == [f"a{i}" for i in range(len(docs))]
    assert isinstance(results[-1], Skipped)
    assert "gzip data is truncated or corrupt" in results[-1].reason


def test_a_long_line_is_skipped_and_the_next_one_read(tmp_path):
    path = tmp_path / "big.jsonl"
    long = json.dumps({"id": "long", "text": "word " * 400})
    short = json.dumps({"id": "short", "text": "The vote passed, the clerk said."})
    path.write_text(f"{long}\n{short}\n")
    results = list(read_path(path, max_bytes=500))
    assert isinstance(results[0], Skipped)
    assert results[0].reason == (f"{path}#1: line 1 is longer than 500 bytes; "
                                 "raise the limit with the environment variable ONRECORD_MAX_BYTES")
    assert isinstance(results[1], Document) and results[1].id == "short"


def test_gzip_bomb_stops_without_inflating_everything(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb") as f:  # 64 MB of one endless line, a few kB on disk
        block = b"A" * (1 << 20)
        for _ in range(64):
            f.write(block)
    assert path.stat().st_size < 200_000
    results = list(read_path(path, max_bytes=1_000_000))
    assert [type(r) for r in results] == [Skipped, Skipped]
    assert "line 1 is longer than 1,000,000 bytes" in results[0].reason
    assert "the rest of the file was not read" in results[1].reason


def test_json_array_and_single_object(tmp_path):
    array = tmp_path / "batch.json"
    array.write_text(json.dumps([{"text": "The mayor resigned, aides said."}, {"title": "no text"}]))
    first, second = read_path(array)
    assert (first.id, first.source, first.text) == ("batch:1", f"{array}#1", "The mayor resigned, aides said.")
    assert isinstance(second, Skipped) and second.id == "batch:2"

    single = tmp_path / "story.json"
    single.write_text(json.dumps({"text": "Rain is expected, forecasters said.", "url": "https://x.example/r"}))
    [doc] = read_path(single)
    assert (doc.id, doc.source, doc.meta) == ("story", str(single), {"url": "https://x.example/r"})


def test_json_file_holding_json_lines(tmp_path):
    path = tmp_path / "lines.json"
    path.write_text('{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n')
    assert [d.id for d in read_path(path)] == ["a", "b"]


def test_json_lines_are_utf8_never_guessed_utf16(tmp_path):
    # json.loads(bytes) reads '{\x00"\x00...' as UTF-16; JSON Lines is UTF-8, so that line is a
    # skip, while a UTF-8 BOM before the first record is allowed
    path = tmp_path / "mixed.jsonl"
    path.write_bytes('{"text": "Not this one."}'.encode("utf-16-le") + b"\n"
                     + b'{"text": "This one."}\n')
    items = list(read_path(path))
    assert isinstance(items[0], Skipped) and "line 1 is not valid JSON" in items[0].reason
    assert isinstance(items[1], Document) and items[1].text == "This one."
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b'\xef\xbb\xbf{"text": "After a BOM."}\n')
    (doc,) = list(read_path(bom))
    assert isinstance(doc, Document) and doc.text == "After a BOM."
