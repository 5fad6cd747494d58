"""The store commands through click: ingest, search (table/json/csv), speakers, export."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from onrecord.cli import cli


@pytest.fixture
def cli_db(tmp_path, corpus):
    source = tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in corpus), encoding="utf-8")
    db = str(tmp_path / "news.db")
    result = CliRunner().invoke(cli, ["ingest", str(source), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    assert "4 articles added (13 quotes), 0 already stored, 0 skipped" in result.output
    return db


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_ingest_twice_adds_nothing(cli_db, tmp_path):
    result = run("ingest", str(tmp_path / "out.jsonl"), "--db", cli_db, "-q")
    assert "0 articles added (0 quotes), 4 already stored" in result.output


def test_search_json(cli_db):
    result = run("search", '"stand by"', "--db", cli_db, "--format", "json")
    data = json.loads(result.output)
    assert data["total"] == 3
    assert {r["outlet"] for r in data["results"]} == {"Reuters", "AP", "The Guardian"}


def test_search_csv_with_filters(cli_db):
    result = run("search", "--db", cli_db, "--speaker", "Jane Roe", "--since", "2011-03-03", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["outlet"], r["date"]) for r in rows] == [("The Guardian", "2011-04-10"), ("AP", "2011-03-03")]


def test_search_table_and_malformed_query(cli_db):
    result = run("search", "AND", "--db", cli_db)
    assert result.exit_code == 0
    assert "0 quotes" in result.output


def test_bad_date_is_one_line_error(cli_db):
    result = run("search", "war", "--db", cli_db, "--since", "March")
    assert result.exit_code == 1
    assert "use YYYY, YYYY-MM or YYYY-MM-DD" in result.output
    assert "Traceback" not in result.output


def test_missing_db_is_one_line_error(tmp_path):
    result = run("search", "war", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1
    assert "onrecord ingest" in result.output


def test_speakers_top(cli_db):
    result = run("speakers", "--db", cli_db, "--top", "1")
    assert result.output.splitlines()[0].split() == ["1.", "Jane", "Roe", "4", "quotes", "3", "articles", "female",
                                                     "Reuters", "(2),", "AP", "(1),", "The", "Guardian", "(1)"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export(cli_db, tmp_path, fmt):
    out = tmp_path / f"quotes.{fmt}"
    result = run("export", "--db", cli_db, "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text().splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open()))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    assert len(rows) == 13
    jane = [r for r in rows if r["speaker"] == "Jane Roe"]
    assert sorted(r["outlet"] for r in jane) == ["AP", "Reuters", "Reuters", "The Guardian"]
