"""The per-document budget (issue 14, item 8): a document over its time or memory budget is
skipped with a reason and the run goes on, in ``extract``, ``ingest`` and ``batch`` alike."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import adversarial as adv
import pytest
from click.testing import CliRunner

import onrecord
from onrecord import budget as budget_module
from onrecord.budget import Budget, OverBudget, within
from onrecord.cli import cli
from onrecord.options import Options
from onrecord.pipeline import process_many
from onrecord.types import Article, Document, Skipped

SHORT = Document(id="short", text='"We will rebuild the bridge," the mayor said.', source="short.txt")
SRC = str(Path(onrecord.__file__).resolve().parents[1])  # the onrecord under test, for child processes


def test_the_budget_interrupts_a_python_loop_and_says_how_to_raise_it():
    started = time.monotonic()
    with pytest.raises(OverBudget) as caught, within(Budget(seconds=0.3), "a.txt"):
        while True:
            pass
    assert time.monotonic() - started < 2
    assert str(caught.value) == ("a.txt took over 0.3 s, the time budget of one document; it was left unfinished "
                                 "(raise the budget with --max-seconds or ONRECORD_MAX_SECONDS; 0: no limit)")
    with within(Budget(seconds=0.3), "b.txt"):  # a block within its budget is left alone
        time.sleep(0.01)
    assert budget_module._current() is None


def test_settings_and_options_carry_the_budget(monkeypatch):
    assert Options().budget == Budget(600.0, 2000)
    monkeypatch.setenv("ONRECORD_MAX_SECONDS", "7.5")
    monkeypatch.setenv("ONRECORD_MAX_MEMORY", "0")
    options = Options()
    assert options.budget == Budget(7.5, 0)
    assert Options.from_dict(options.to_dict()) == options  # what a batch worker receives


def test_a_stage_that_hangs_is_skipped_and_the_next_document_is_processed(monkeypatch, nlp):
    import onrecord.pipeline as pipeline

    real = pipeline.find_boilerplate

    def hangs(document):
        while "HANG" in document.text:
            pass
        return real(document)

    monkeypatch.setattr(pipeline, "find_boilerplate", hangs)
    stuck = Document(id="stuck", text='"HANG on," the mayor said.', source="stuck.txt")
    started = time.monotonic()
    results = list(process_many([stuck, SHORT], Options(max_seconds=0.5), nlp=nlp))
    assert time.monotonic() - started < 10
    assert isinstance(results[0], Skipped) and isinstance(results[1], Article)
    assert results[0].reason.startswith("stuck.txt took over 0.5 s, the time budget of one document")
    assert results[1].quotes[0].text == "We will rebuild the bridge,"


@pytest.mark.slow
def test_extract_ingest_and_batch_skip_a_document_over_its_time_budget(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-long.txt").write_text(adv.news_text(300_000), encoding="utf-8")  # about 20 s of NLP
    (folder / "b-short.txt").write_text(SHORT.text, encoding="utf-8")
    expected = "a-long.txt took over 1 s, the time budget of one document"

    started = time.monotonic()
    result = CliRunner().invoke(cli, ["extract", str(folder), "--format", "jsonl", "--max-seconds", "1"])
    assert time.monotonic() - started < 15 and result.exit_code == 0, result.output
    assert expected in result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines() if line.startswith("{")] == ["b-short"]

    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "news.db"), "--max-seconds", "1"])
    assert result.exit_code == 0, result.output
    import sqlite3

    with sqlite3.connect(tmp_path / "news.db") as conn:
        assert [r[0] for r in conn.execute("SELECT doc_id FROM articles")] == ["b-short"]
        [reason] = [r[0] for r in conn.execute("SELECT reason FROM skipped")]
        assert expected in reason

    result = CliRunner().invoke(cli, ["batch", str(folder), "-o", str(tmp_path / "out"), "--max-seconds", "1"])
    assert result.exit_code == 0, result.output
    from onrecord.scale import read_batch

    results = list(read_batch(tmp_path / "out"))
    assert [type(r).__name__ for r in results] == ["Skipped", "Article"]
    assert expected in results[0].reason


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="memory is read from /proc")
def test_a_document_over_its_memory_budget_is_skipped(tmp_path):
    code = f"""
import json, sys
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
import adversarial as adv
from onrecord.options import Options
from onrecord.pipeline import process_many
from onrecord.types import Document
big = Document(id="big", text=adv.news_text(300_000), source="big.txt")
short = Document(id="short", text={SHORT.text!r}, source="short.txt")
for r in process_many([big, short], Options(max_memory=40)):
    print(json.dumps([type(r).__name__, getattr(r, "reason", "")]))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": SRC})
    assert done.returncode == 0, done.stderr[-2000:]
    (kind, reason), (kind2, _) = [json.loads(line) for line in done.stdout.splitlines()]
    assert (kind, kind2) == ("Skipped", "Article")
    assert reason.startswith("big.txt grew memory by over 40 MB, the memory budget of one document")
