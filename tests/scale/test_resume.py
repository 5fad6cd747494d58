"""A batch killed with SIGKILL mid-way resumes on rerun: no duplicates, nothing missing.

To kill at a known point, the last input is a long article (a few hundred paragraphs of
news): the batch writes every partition before it quickly, then spends seconds on it. The test
waits for those partitions' markers and SIGKILLs the process inside the last one. (It used a
named pipe that blocked the batch until the rerun fed it; onrecord now reads regular files only,
and a FIFO is a skip, so the pipe no longer holds a partition open.)
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from onrecord.scale import read_batch, read_table, run_batch
from onrecord.scale.records import TABLES

LATE_ARTICLE = (
    "Late edition: storm closes schools.\n\n"
    '"Stay home and stay off the roads," county executive Alma Ruiz said on Thursday night.'
)


#: paragraphs of the long last article: seconds of parsing on a loaded two-core machine, so the
#: kill lands inside the last partition
LONG_PARAGRAPHS = 400


def _wait_for(predicate, process: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if process.poll() is not None:
            pytest.fail(f"the batch exited ({process.returncode}) before the test could kill it: "
                        + process.stderr.read().decode())
        if time.monotonic() > deadline:
            pytest.fail("the batch made no progress")
        time.sleep(0.05)


@pytest.mark.kill
def test_sigkill_then_rerun_equals_an_uninterrupted_run(tmp_path, txt_dir):
    late = tmp_path / "zz-late.txt"
    paragraph = '"The roads will stay closed until the ice is gone," county executive Alma Ruiz said.'
    late.write_text(LATE_ARTICLE + "\n\n" + "\n\n".join([paragraph] * LONG_PARAGRAPHS), encoding="utf-8")
    inputs = [str(txt_dir), str(late)]
    out = tmp_path / "killed"
    command = [sys.executable, "-m", "onrecord", "batch", *inputs, "-o", str(out),
               "--partition-size", "5", "--no-progress"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = out / "_done"
    # 24 files + the long one in partitions of 5: parts 0-3 complete, part 4 holds the long one
    _wait_for(lambda: done.exists() and len(list(done.glob("*.json"))) == 4, process)
    time.sleep(0.3)  # inside part 4 now: its long article takes seconds
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert sorted(p.name for p in done.iterdir()) == [f"part-0000{i}.json" for i in range(4)]
    assert len(list(read_batch(out))) == 20  # only complete partitions are visible

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "resumed: 4 partitions were already complete" in rerun.stdout
    assert "this run: 5 documents" in rerun.stdout

    clean = run_batch(inputs, tmp_path / "clean", partition_size=5)
    assert clean.documents == 25

    for table in TABLES:
        assert read_table(out, table).to_pylist() == read_table(tmp_path / "clean", table).to_pylist(), table
    ids = [r.id for r in read_batch(out)]
    assert len(ids) == len(set(ids)) == 25
    assert ids[-1] == "zz-late"
    leftovers = [p for p in out.rglob("*") if p.name.startswith(".tmp-")]
    assert leftovers == []
