"""Ctrl-C in a batch: the manifest says "interrupted", the command says how to resume, and it does.

The engine here runs partitions in this process and raises KeyboardInterrupt (what Ctrl-C
raises) before the second one, so no model is loaded: the partitions hold only unreadable
inputs, which become skipped rows without NLP.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.scale import run_batch
from onrecord.scale.engines import Engine


class CtrlC(Engine):
    """Runs ``after`` partitions, then raises KeyboardInterrupt."""

    name = "ctrl-c"

    def __init__(self, after: int) -> None:
        self.after = after

    @property
    def slots(self) -> int:
        return 1

    def map_partitions(self, fn, partitions):
        for done, partition in enumerate(partitions):
            if done == self.after:
                raise KeyboardInterrupt
            yield fn(partition)


@pytest.fixture
def broken(tmp_path):
    """Four empty .txt files: each is skipped with a reason, and nothing needs the model."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"e{i}.txt").write_text("", encoding="utf-8")
    return folder


def test_interrupted_batch_says_so_and_resumes(tmp_path, broken):
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(broken)], out, engine=CtrlC(after=1), partition_size=2)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "interrupted"
    assert manifest["summary"]["partitions"] == 1 and "run the same command again" in manifest["resume"]
    summary = run_batch([str(broken)], out, engine=CtrlC(after=99), partition_size=2)
    assert (summary.resumed, summary.partitions, summary.skipped) == (1, 2, 4)
    assert json.loads((out / "manifest.json").read_text())["status"] == "complete"


def test_the_command_prints_how_to_resume(tmp_path, broken, monkeypatch):
    from onrecord.cli import batch_cmd

    monkeypatch.setattr(batch_cmd, "make_engine", lambda *a, **k: CtrlC(after=1))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(broken), "-o", str(out), "--partition-size", "2", "--no-progress"])
    assert result.exit_code == 130
    assert "interrupted: 1 partition (2 documents) is complete" in result.output
    assert "run the same command again to resume: onrecord" in result.output
