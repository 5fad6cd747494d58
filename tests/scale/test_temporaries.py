"""Batch temporaries are unique, private and owned by their run (issue 14, item 18).

Before: a temporary was named ``.tmp-PID-NAME`` (predictable: a planted symlink under that name
was written through), created 0644 (the umask's mode) while half-written, and a starting run
deleted every ``.tmp-*`` of the output directory, those of a run still going included.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from onrecord.scale import output
from onrecord.scale.output import _atomic_write, remove_temporaries, write_json


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def sleeper():
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


def test_temporary_names_are_unique_and_private_while_written(tmp_path):
    seen = []

    def write(tmp):
        seen.append((tmp.name, stat.S_IMODE(tmp.stat().st_mode)))
        tmp.write_text("{}")

    old = os.umask(0o022)
    try:
        _atomic_write(tmp_path / "a.json", write)
        _atomic_write(tmp_path / "a.json", write)
    finally:
        os.umask(old)
    (first, mode1), (second, mode2) = seen
    assert first != second and first.startswith(f".tmp-{os.getpid()}-") and first.endswith("-a.json")
    assert mode1 == mode2 == 0o600  # nobody else reads a half-written partition
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o644  # the finished file: the umask's mode
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_planted_symlink_under_the_old_name_is_not_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    (out / f".tmp-{os.getpid()}-manifest.json").symlink_to(victim)  # the name the old code would use
    write_json(out / "manifest.json", {"status": "running"})
    assert victim.read_text() == "keep me"
    assert (out / "manifest.json").read_text().startswith("{")


def test_start_up_removes_only_the_temporaries_of_dead_runs(tmp_path, sleeper):
    here = output._host_tag()
    part = tmp_path / "quotes"
    part.mkdir()
    live = part / f".tmp-{sleeper}-{here}-abcd1234-part-00000.parquet"  # a run still writing
    dead = part / f".tmp-{_dead_pid()}-{here}-abcd1234-part-00001.parquet"  # a killed run
    old_style = part / f".tmp-{_dead_pid()}-part-00002.parquet"  # left by an older onrecord, killed
    elsewhere = part / f".tmp-{_dead_pid()}-{'0' * 8 if here != '0' * 8 else '1' * 8}-zz-part-00003.parquet"
    mine = part / f".tmp-{os.getpid()}-{here}-abcd1234-part-00004.parquet"
    for path in (live, dead, old_style, elsewhere, mine):
        path.write_bytes(b"half")
    assert remove_temporaries(tmp_path) == 2
    assert sorted(p.name for p in part.iterdir()) == sorted(p.name for p in (live, elsewhere, mine))
