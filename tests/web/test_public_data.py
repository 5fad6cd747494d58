"""What the CSV and JSON twins give away (issue 14, items 16-17).

16: a quote that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula
to a spreadsheet: every CSV onrecord writes (export, search/stats/speakers/corrections --format
csv, the web's CSV twins) puts a ``'`` before it, and ``corrections import`` reads it back.
17: the pages and their JSON twins show an article's file name, not the local path it was
ingested from, and not its raw input record (``meta``), unless ``serve --show-sources``.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from onrecord.cli import cli
from onrecord.store import open_store
from onrecord.store.export import csv_cell, read_cell
from onrecord.types import Article, Quote, Speaker
from onrecord.web import create_app

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
            "\tTab first", "\rReturn first"]
SECRET_DIR = "/home/alice/leaks/2024"
SOURCE = f"{SECRET_DIR}/feed.jsonl:3"


def _article(i: int, words: str, speaker: str) -> Article:
    text = f'{speaker} said: "{words}" That was all.'
    start = text.index(words)
    return Article(
        id=f"f{i}", source=SOURCE if i == 0 else f"{SECRET_DIR}/page{i}.html", text=text,
        quotes=(Quote(id="q1", kind="direct", text=words, start=start, end=start + len(words), cue="said",
                      speaker=Speaker(name=speaker, mention=speaker, start=0, end=len(speaker), type="person")),),
        meta={"title": f"=cmd story {i}", "site": "@Outlet", "date": "2013-01-02",
              "crawl": {"spool": f"{SECRET_DIR}/spool/{i}.tmp"}},
    )


@pytest.fixture(scope="module")
def formula_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("public") / "formula.db"
    with open_store(path) as store:
        store.add_articles([_article(i, f"{f} ballot words here", f"=Evil Person {i}" if i == 1 else "Ann Poe")
                            for i, f in enumerate(FORMULAS)])
    return path


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def assert_no_formula(text: str) -> None:
    cells = _cells(text)
    assert cells, "no CSV at all"
    bad = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert bad == []


def test_a_cell_is_neutralised_and_read_back_exactly():
    for text in [*FORMULAS, "'=already quoted", "''=twice", "'plain", "plain", "", "-"]:
        cell = csv_cell(text)
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r")
        assert read_cell(cell) == text
    assert csv_cell("fine words") == "fine words" and csv_cell(-0.5) == -0.5 and csv_cell(None) is None
    assert csv_cell(["=a"]) == '["=a"]'  # JSON lists start with '['


def test_export_and_cli_csv_neutralise_formulas(formula_db, tmp_path):
    out = tmp_path / "quotes.csv"
    assert CliRunner().invoke(cli, ["export", "--db", str(formula_db), "--format", "csv", "-o", str(out)]).exit_code == 0
    written = out.open(encoding="utf-8", newline="").read()  # newline="": a CR in a cell stays a CR
    assert_no_formula(written)
    rows = list(csv.DictReader(io.StringIO(written, newline="")))
    assert sorted(read_cell(r["text"]) for r in rows) == sorted(f"{f} ballot words here" for f in FORMULAS)
    for args in (["search", "ballot", "--format", "csv"], ["stats", "--by", "outlet", "--format", "csv"],
                 ["speakers", "--format", "csv"]):
        result = CliRunner().invoke(cli, [*args, "--db", str(formula_db)])
        assert result.exit_code == 0, result.output
        assert_no_formula(result.output)


def test_web_csv_twins_neutralise_formulas(formula_db):
    with TestClient(create_app(formula_db), base_url="http://127.0.0.1") as client:
        for path in ("/search.csv?q=ballot", "/articles.csv", "/speakers.csv", "/outlets.csv", "/stats.csv"):
            response = client.get(path)
            assert response.status_code == 200, path
            assert_no_formula(response.text)


def test_corrections_survive_a_csv_round_trip(formula_db, tmp_path):
    db = tmp_path / "copy.db"
    db.write_bytes(formula_db.read_bytes())
    runner = CliRunner()
    assert runner.invoke(cli, ["speakers", "rename", "--db", str(db), "--", "=Evil Person 1", "-Not Evil"]).exit_code == 0
    exported = tmp_path / "corrections.csv"
    result = runner.invoke(cli, ["corrections", "--db", str(db), "--format", "csv", "-o", str(exported)])
    assert result.exit_code == 0, result.output
    assert_no_formula(exported.open(encoding="utf-8", newline="").read())
    fresh = tmp_path / "fresh.db"
    fresh.write_bytes(formula_db.read_bytes())
    result = runner.invoke(cli, ["corrections", "import", str(exported), "--db", str(fresh)])
    assert result.exit_code == 0 and "1 corrections added" in result.output, result.output
    with open_store(fresh) as store:
        [row] = store.corrections()
        assert (row["speaker_name"], row["value"]) == ("=Evil Person 1", "-Not Evil")


def _article_id(db) -> str:
    with open_store(db, readonly=True) as store:
        return store.conn.execute("SELECT id FROM articles WHERE doc_id = 'f0'").fetchone()[0]


def test_pages_show_no_local_path_and_no_raw_record(formula_db):
    ident = _article_id(formula_db)
    with TestClient(create_app(formula_db), base_url="http://127.0.0.1") as client:
        data = client.get(f"/articles/{ident}.json").json()
        assert data["source"] == "feed.jsonl:3" and "meta" not in data
        for path in (f"/articles/{ident}", f"/articles/{ident}.json", f"/articles/{ident}.csv", "/articles",
                     "/articles.json", "/articles.csv", "/search.json?q=ballot", "/"):
            assert SECRET_DIR not in client.get(path).text, path
        rows = client.get("/articles.json").json()["rows"]
        assert sorted(r["source"] for r in rows) == sorted(["feed.jsonl:3", *(f"page{i}.html" for i in range(1, 6))])


def test_show_sources_shows_them(formula_db):
    ident = _article_id(formula_db)
    with TestClient(create_app(formula_db, show_sources=True), base_url="http://127.0.0.1") as client:
        data = client.get(f"/articles/{ident}.json").json()
        assert data["source"] == SOURCE and data["meta"]["crawl"]["spool"] == f"{SECRET_DIR}/spool/0.tmp"
    from onrecord.cli.store_cmd import serve

    assert any(p.name == "show_sources" and p.is_flag for p in serve.params)
    assert json.dumps(data)  # still JSON
