"""One bad record never stops a run (issue 14, items 9 and 10): any failure while reading or
checking one record is that record's skip reason, in ``extract``, ``ingest`` and ``batch``."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.ingest import read_path
from onrecord.store import open_store
from onrecord.store.ingest import ingest
from onrecord.types import Document, Skipped

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "store"))
from store_corpus import corpus

ARTICLES = corpus()

DEEP = "[" * 100_000 + "]" * 100_000
GOOD = [{"id": "a", "text": '"We will rebuild the bridge," the mayor said on Monday.'},
        {"id": "b", "text": '"The budget is balanced," the treasurer said.'}]


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def deep_file(tmp_path: Path) -> Path:
    return jsonl(tmp_path / "deep.jsonl", [json.dumps(GOOD[0]), DEEP, json.dumps(GOOD[1])])


def test_deep_nesting_in_a_jsonl_line_is_a_skip_and_the_next_line_is_read(tmp_path):
    items = list(read_path(deep_file(tmp_path)))
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Document"]
    assert items[1].reason.endswith("deep.jsonl#2: line 2 nests too deep to be read as JSON (over about 1,000 "
                                    "levels of arrays or objects)")


def test_deep_nesting_in_a_json_file_is_a_skip(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text(DEEP, encoding="utf-8")
    [skipped] = list(read_path(path))
    assert isinstance(skipped, Skipped) and "nests too deep" in skipped.reason


@pytest.mark.slow
def test_deep_nesting_stops_neither_extract_ingest_nor_batch(tmp_path, nlp):
    path = deep_file(tmp_path)
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "jsonl", "--no-entities"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines() if line.startswith("{")] == ["a", "b"]
    assert "nests too deep" in result.output

    with open_store(tmp_path / "news.db") as store:
        stats = ingest([str(path)], store, nlp=nlp)
        assert (stats.added, stats.skipped) == (2, 1) and "nests too deep" in stats.reasons[0]

    result = CliRunner().invoke(cli, ["batch", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    from onrecord.scale import read_batch

    kinds = [type(r).__name__ for r in read_batch(tmp_path / "out")]
    assert kinds == ["Article", "Skipped", "Article"]


def test_deep_nesting_in_extract_jsonl_is_a_skip(tmp_path):
    good = ARTICLES[0].to_dict()
    path = jsonl(tmp_path / "out.jsonl", [json.dumps(good), '{"schema_version": 2, "quotes": ' + DEEP + "}"])
    with open_store(tmp_path / "news.db") as store:
        stats = ingest([str(path)], store, nlp=object())  # an nlp that would fail if it were called
        assert (stats.added, stats.skipped) == (1, 1) and "nests too deep" in stats.reasons[0]


# -- extract-format JSONL (item 10): each record is checked before it is trusted ----------------

def _broken() -> dict[str, tuple[dict, str]]:
    """name -> (an extract record made wrong one way, what its skip reason must say)."""
    good = ARTICLES[0].to_dict()
    assert good["quotes"] and len(good["text"]) < 10_000
    text_len = len(good["text"])

    def quote(**change):
        record = json.loads(json.dumps(good))
        record["quotes"][0].update(change)
        return record

    two = json.loads(json.dumps(good))
    two["quotes"].append(dict(two["quotes"][0]))
    surrogate = json.loads(json.dumps(good))
    surrogate["meta"]["title"] = "\ud800"
    start, end = good["quotes"][0]["start"], good["quotes"][0]["end"]
    return {
        "quote not in the text": (quote(text="Words nobody said at all."), "by the contract it is"),
        "confidence a word": (quote(confidence="high"), "'high' is not of type 'number'"),
        "confidence null": (quote(confidence=None), "None is not of type 'number'"),
        "confidence NaN": (quote(confidence=math.nan), "NaN is not a number JSON allows"),
        "confidence 7": (quote(confidence=7), "7 is greater than the maximum of 1"),
        "offset a string": (quote(start=str(start)), "is not of type 'integer'"),
        "offset a fraction": (quote(start=float(start)), "an offset is a whole number"),
        "offset 10**30": (quote(end=10**30), f"is not inside the text (length {text_len})"),
        "offset negative": (quote(start=-1), "-1 is less than the minimum of 0"),
        "end before start": (quote(start=end, end=start), "is not inside the text"),
        "a repeated quote id": (two, "is used twice in the article"),
        "a lone surrogate": (surrogate, "lone surrogate"),
        "20,000 fragments": (quote(fragments=[[start, start]] * 20_000), "20,000 fragments, over the 256"),
        "not an object": ([1, 2], "a record is a JSON object, not list"),
    }


def test_every_broken_extract_record_is_skipped_with_its_reason_and_the_good_ones_are_stored(tmp_path):
    broken = _broken()
    good = ARTICLES[0].to_dict()
    lines = [json.dumps(good)] + [json.dumps(record, allow_nan=True) for record, _ in broken.values()]
    lines.insert(3, "\x00 not json")
    lines.append(json.dumps(ARTICLES[1].to_dict()))
    path = jsonl(tmp_path / "out.jsonl", lines)
    with open_store(tmp_path / "news.db") as store:
        stats = ingest([str(path)], store, nlp=object())
        assert (stats.added, stats.skipped) == (2, len(broken) + 1)
        reasons = stats.reasons[:2] + stats.reasons[3:]  # line 4 is the line that is not JSON
        assert "JSONDecodeError: Expecting value: line 1 column 1" in stats.reasons[2]
        for (name, (_, expected)), reason in zip(broken.items(), reasons, strict=True):
            assert expected in reason and "it was not stored" in reason, (name, reason)
        stored = {row[0] for row in store.conn.execute("SELECT doc_id FROM articles")}
        assert stored == {ARTICLES[0].id, ARTICLES[1].id}


def test_a_record_onrecord_wrote_passes_the_check():
    from onrecord.schema import record_errors

    for article in ARTICLES:
        assert record_errors(article.to_dict()) == []
    assert isinstance(Document(id="x", text="y"), Document)
