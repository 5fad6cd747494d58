"""The commands for who is who: speakers --why, merge, split, rename, link; quotes reassign;
corrections (list, export, import, remove); reidentify; search --speaker that fits several people."""

from __future__ import annotations

import csv
import io
import json

import pytest
import store_corpus
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.store import open_store


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture
def roe_db(tmp_path):
    path = tmp_path / "roe.db"
    with open_store(path) as store:
        store.add_articles(store_corpus.corpus())
    return path


def test_search_speaker_that_fits_several_people_lists_them_and_fails(clinton_db):
    result = run("search", "--speaker", "Clinton", "--db", clinton_db)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "'Clinton' fits 2 speakers; say which one (its full name or its id):"
    assert [line.split()[1:] for line in lines[1:3]] == [["Bill", "Clinton", "4", "quotes", "person"],
                                                       ["Hillary", "Clinton", "4", "quotes", "person"]]
    assert lines[3] == "  and 1 quote under 'Clinton' in articles that do not say which one (1 speaker, each kept to its article)"
    as_json = run("search", "--speaker", "Clinton", "--db", clinton_db, "--format", "json")
    assert as_json.exit_code == 1
    data = json.loads(as_json.output[: as_json.output.rindex("}") + 1])
    assert {c["name"] for c in data["ambiguous"]["candidates"]} == {"Bill Clinton", "Hillary Clinton"}
    exported = run("export", "--speaker", "Clinton", "--db", clinton_db, "-o", "-")
    assert exported.exit_code == 1 and "'Clinton' fits 2 speakers" in exported.output


def test_search_speaker_by_any_alias(clinton_db):
    result = run("search", "--speaker", "Hillary Rodham Clinton", "--db", clinton_db)
    assert result.exit_code == 0, result.output
    assert "4 quotes; page 1 of 1" in result.output


def test_speakers_why(clinton_db):
    result = run("speakers", "--why", "Hillary R. Clinton", "--db", clinton_db)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Hillary Clinton  (id ")
    assert "key: person:hillary clinton" in out
    assert "middle-name" in out and "'Hillary Rodham Clinton' is 'Hillary Clinton'" in out
    ambiguous = run("speakers", "--why", "Clinton", "--db", clinton_db)
    assert ambiguous.exit_code == 1 and "'Clinton' fits 2 speakers" in ambiguous.output
    data = json.loads(run("speakers", "--why", "Bill Clinton", "--db", clinton_db, "--format", "json").output)
    assert {g["rule"] for g in data["why"]} == {"same-name", "title"}


def test_corrections_from_the_command_line_and_their_list(roe_db, tmp_path):
    assert run("speakers", "merge", "Jane Roe", "Peter Roe", "--db", roe_db, "--note", "one person").exit_code == 0
    assert run("speakers", "rename", "Pentagon", "Department of Defense", "--db", roe_db).exit_code == 0
    with open_store(roe_db) as store:
        guardian = store.conn.execute("SELECT id FROM articles WHERE doc_id = 'guardian-roe'").fetchone()[0]
        quote = store.conn.execute("SELECT id FROM quotes WHERE text = 'nothing had changed'").fetchone()[0]
    split = run("speakers", "--db", roe_db, "split", "Jane Roe", "--article", guardian, "--as", "Janet Roe")
    assert split.exit_code == 0, split.output
    assert "correction #3 (split): applied: 1 quote of article" in split.output
    reassign = run("quotes", "reassign", quote, "Department of Defense", "--db", roe_db)
    assert reassign.exit_code == 0 and "now under 'Department of Defense'" in reassign.output
    listed = run("corrections", "--db", roe_db).output
    assert "merge 'Peter Roe' into 'Jane Roe'" in listed and "rename 'Pentagon' to 'Department of Defense'" in listed
    assert listed.count("applied:") == 4
    rows = list(csv.DictReader(io.StringIO(run("corrections", "--db", roe_db, "--format", "csv").output)))
    assert [r["op"] for r in rows] == ["merge", "rename", "split", "reassign"]
    assert rows[0]["note"] == "one person"
    search = run("search", "--speaker", "Department of Defense", "--db", roe_db, "--format", "json")
    assert json.loads(search.output)["total"] == 3  # the Pentagon's two and the reassigned official's
    # export them, extract everything again into a new database, import them: the same speakers
    saved = tmp_path / "corrections.jsonl"
    assert run("corrections", "--db", roe_db, "--format", "jsonl", "-o", saved).exit_code == 0
    fresh = tmp_path / "fresh.db"
    with open_store(fresh) as store:
        store.add_articles(store_corpus.corpus())
    imported = run("corrections", "import", saved, "--db", fresh)
    assert "4 corrections added, 0 already there; 4 of 4 applied" in imported.output
    again = json.loads(run("search", "--speaker", "Department of Defense", "--db", fresh, "--format", "json").output)
    assert again["total"] == 3
    removed = run("corrections", "remove", "2", "--db", fresh)
    assert removed.exit_code == 0 and "correction #2 removed (rename 'Pentagon' to 'Department of Defense')" in \
        removed.output


def test_a_correction_that_cannot_be_made_is_an_error(roe_db):
    result = run("speakers", "merge", "Jane Roe", "Nobody Known", "--db", roe_db)
    assert result.exit_code == 1 and "no speaker is called 'Nobody Known'" in result.output
    result = run("speakers", "rename", "a US official", "X", "--db", roe_db)
    assert result.exit_code == 1 and "'a US official' fits 3 speakers" in result.output


def test_speakers_link_and_reidentify(clinton_db, tmp_path):
    people = tmp_path / "people.jsonl"
    people.write_text('{"id": "Q1124", "name": "Bill Clinton", "description": "42nd president"}\n', encoding="utf-8")
    result = run("speakers", "link", people, "--db", clinton_db)
    assert result.exit_code == 0, result.output
    assert "1 entries read" in result.output and "1 speakers linked to 1 ids" in result.output
    top = run("speakers", "--db", clinton_db, "--top", "2", "--format", "json")
    assert {r["name"]: r["authority_id"] for r in json.loads(top.output)}["Bill Clinton"] == "Q1124"
    again = run("reidentify", "--db", clinton_db)
    assert again.exit_code == 0 and "0 quotes changed speaker" in again.output
    missing = run("reidentify", "--db", tmp_path / "none.db")
    assert missing.exit_code == 1 and "no such database" in missing.output
