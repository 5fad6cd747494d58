"""The store commands through click: ingest, search (table/json/csv), speakers, export."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

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
    # rank, name, id (for 'speakers merge 1 7'), quotes, articles, gender, outlets
    assert result.output.splitlines()[0].split() == ["1.", "Jane", "Roe", "1", "4", "quotes", "3", "articles",
                                                     "female", "Reuters", "(2),", "AP", "(1),", "The", "Guardian",
                                                     "(1)"]


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


@pytest.fixture
def sources_db(tmp_path):
    import sources_corpus

    source = tmp_path / "sources.jsonl"
    source.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in sources_corpus.corpus()), encoding="utf-8")
    db = str(tmp_path / "sources.db")
    result = run("ingest", str(source), "--db", db, "-q")
    assert result.exit_code == 0, result.output
    return db


def test_stats_by_outlet_and_month(sources_db):
    result = run("stats", "--by", "outlet,month", "--db", sources_db)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:4] == ["outlet", "month", "quotes", "women"]
    herald_jan = next(line for line in lines if line.startswith("Harbour Herald  2024-01"))
    # Ruiz x2 (f), Baker (m), Park (unknown: two articles disagree); people Ruiz, Baker, Park
    assert herald_jan.split()[3:] == ["4", "2", "1", "1", "67%", "3", "1", "1", "1", "50%"]
    assert lines[-1].split() == ["all", "13", "6", "4", "3", "60%", "6", "2", "2", "2", "50%"]


def test_stats_csv_and_json(sources_db):
    rows = list(csv.DictReader(io.StringIO(run("stats", "--db", sources_db, "--format", "csv").output)))
    assert {r["outlet"]: r["share_female_people"] for r in rows} == {"Coast Wire": "1.0", "Harbour Herald": "0.5",
                                                                    "Valley Times": "0.333"}
    data = json.loads(run("stats", "--db", sources_db, "--by", "", "--format", "json").output)
    assert data["rows"] == [data["total"]] and data["total"]["people"] == 6
    assert run("stats", "--db", sources_db, "--by", "weekday").exit_code == 1


def test_search_table_shows_context_cue_speaker_confidence(sources_db):
    result = run("search", "tender", "--db", sources_db)
    head, context = result.output.splitlines()[:2]
    assert "Harbour Herald" in head and "Tom Baker (male)" in head and "said" in head and "0.90" in head
    assert context.strip() == '"The contract was never put out to tender," Mr. Baker said.'


def test_search_kinds_and_the_older_kind(sources_db, cli_db):
    assert json.loads(run("search", "--db", cli_db, "--kinds", "mixed", "--format", "json").output)["total"] == 1
    assert json.loads(run("search", "--db", cli_db, "--kind", "mixed", "--format", "json").output)["total"] == 1
    bad = run("search", "--db", cli_db, "--kinds", "rumour")
    assert bad.exit_code == 1 and "choose from direct, mixed, indirect" in bad.output


def test_export_to_stdout_with_search_filters(sources_db):
    result = run("export", "--db", sources_db, "-o", "-", "--outlet", "wire")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["speaker"] for r in rows] == ["Ana Ruiz", "Sara Lind"]
    assert rows[0]["date"] == "2024-02-20" and rows[0]["gender"] == "female"
    assert rows[0]["context"] == '"The first stones were laid this morning," Ms. Ruiz said.'
    assert not (Path.cwd() / "-").exists()


def test_export_parquet_keeps_dates_as_dates(sources_db, tmp_path):
    import datetime

    import pyarrow.parquet as pq

    out = tmp_path / "q.parquet"
    assert run("export", "--db", sources_db, "--format", "parquet", "-o", str(out), "--gender", "male").exit_code == 0
    table = pq.read_table(out)
    assert str(table.schema.field("date").type) == "date32[day]"
    assert sorted(set(table.column("date").to_pylist())) == [datetime.date(2024, 1, 10), datetime.date(2024, 1, 20)]


def test_ingest_metadata_options(tmp_path, corpus):
    source = tmp_path / "one.jsonl"
    bare = dataclasses.replace(corpus[3], meta={})
    source.write_text(json.dumps(bare.to_dict()) + "\n", encoding="utf-8")
    db = str(tmp_path / "m.db")
    run("ingest", str(source), "--db", db, "-q")
    result = run("ingest", str(source), "--db", db, "-q", "--outlet", "Capitol Notes", "--date", "2011-05-01")
    assert "1 updated with new metadata" in result.output
    data = json.loads(run("search", "--db", db, "--outlet", "capitol", "--format", "json").output)
    assert data["total"] == 3 and {r["date"] for r in data["results"]} == {"2011-05-01"}
    refused = run("ingest", str(tmp_path), "--db", db, "--url", "https://example.org/x")
    assert refused.exit_code == 2 and "--url names one article" in refused.output
    bad = run("ingest", str(source), "--db", db, "--date", "May Day")
    assert bad.exit_code == 1 and "not a date; use YYYY-MM-DD" in bad.output


def test_skip_list_says_how_many_more(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    for i in range(13):
        (folder / f"empty{i:02d}.txt").write_text("", encoding="utf-8")
    result = run("ingest", str(folder), "--db", str(tmp_path / "s.db"))
    shown = [line for line in result.output.splitlines() if line.startswith("skipped: ")]
    assert len(shown) == 11 and shown[-1].startswith("skipped: ... and 3 more (all are in the 'skipped' table")
    assert "13/13" in result.output  # the bar knew the total (13 files) from the start


def test_output_option_everywhere():
    from onrecord.cli import cli as group

    writers = {"extract", "search", "speakers", "stats", "export", "batch", "eval"}
    for name in writers:
        names = {opt for p in group.commands[name].params for opt in getattr(p, "opts", [])}
        assert {"-o", "--output"} <= names, name
    for name in ("extract", "batch", "eval", "ingest", "search", "export", "stats"):
        names = {opt for p in group.commands[name].params for opt in getattr(p, "opts", [])}
        assert "--kinds" in names, name
