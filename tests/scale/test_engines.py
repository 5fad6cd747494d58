"""The same documents give the same records through extract, batch (1 and 2 workers) and Dask."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.scale import BatchError, DaskEngine, LocalEngine, read_batch, read_table, run_batch
from onrecord.scale.engines import bounded_map
from onrecord.scale.records import TABLES


def _batch_cli(args: list[str]) -> str:
    result = CliRunner().invoke(cli, ["batch", *args, "--no-progress"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def reference(tmp_path_factory, txt_dir):
    """One batch run with 1 worker (through the CLI), shared by the comparisons below."""
    out = tmp_path_factory.mktemp("ref") / "out"
    output = _batch_cli([str(txt_dir), "-o", str(out), "--workers", "1", "--partition-size", "5"])
    return out, output


def test_batch_gives_what_extract_gives(reference, txt_dir, corpus, extracted):
    out, output = reference
    results = [r.to_dict() for r in read_batch(out)]
    assert len(results) == len(corpus) == 24
    assert results == extracted([str(txt_dir)])
    assert output.startswith("24 documents in 5 partitions")


def _same_tables(a, b) -> None:
    for table in TABLES:
        assert read_table(a, table).to_pylist() == read_table(b, table).to_pylist(), table


@pytest.mark.slow
def test_two_workers_give_the_same_records(reference, tmp_path, txt_dir):
    out = tmp_path / "out"
    output = _batch_cli([str(txt_dir), "-o", str(out), "--workers", "2", "--partition-size", "5"])
    assert "local (2 workers)" in output
    _same_tables(reference[0], out)


@pytest.mark.dask
def test_dask_gives_the_same_records(reference, tmp_path, txt_dir):
    out = tmp_path / "out"
    with DaskEngine(workers=1, processes=False) as engine:
        summary = run_batch([str(txt_dir)], out, engine=engine, partition_size=5)
    assert summary.engine.startswith("dask LocalCluster")
    assert summary.partitions == 5 and summary.documents == 24
    _same_tables(reference[0], out)


def test_bounded_map_never_holds_more_than_the_limit():
    from concurrent.futures import Future

    seen: list[tuple[int, int]] = []  # (futures pending, items read) at each wait

    def submit(item):
        future = Future()
        future.set_result(item * 10)
        return future

    def wait_first(pending):
        seen.append((len(pending), len(consumed)))
        first = min(pending, key=lambda f: f.result())
        return {first}, pending - {first}

    consumed = []

    def items():
        for i in range(7):
            consumed.append(i)
            yield i

    assert sorted(bounded_map(submit, wait_first, items(), 3)) == [0, 10, 20, 30, 40, 50, 60]
    assert seen[0] == (3, 3)  # the input is read lazily, only as slots free up
    assert max(p for p, _ in seen) == 3


def test_bad_engine_options_are_one_line_errors():
    with pytest.raises(BatchError, match="at least 1"):
        LocalEngine(0)
    result = CliRunner().invoke(cli, ["batch", "x", "-o", "y", "--scheduler", "tcp://h:8786"])
    assert result.exit_code == 1
    assert "--scheduler needs --engine dask" in result.output


def test_output_of_other_inputs_is_refused(reference, txt_dir):
    out, _ = reference
    result = CliRunner().invoke(cli, ["batch", str(txt_dir), "-o", str(out), "--partition-size", "6"])
    assert result.exit_code == 1
    assert "holds a batch with other partition_size" in result.output


@pytest.mark.dask
def test_cli_dask_engine_on_a_local_cluster(reference, tmp_path, txt_dir):
    """The CLI path: --engine dask without --scheduler starts a LocalCluster of worker processes."""
    small = tmp_path / "in"
    small.mkdir()
    names = sorted(p.name for p in txt_dir.iterdir())[:5]  # partition 0 of the reference run
    for name in names:
        (small / name).write_text((txt_dir / name).read_text())
    output = _batch_cli([str(small), "-o", str(tmp_path / "out"), "--engine", "dask", "--workers", "1"])
    assert "5 documents in 1 partitions" in output and "dask LocalCluster" in output
    for table in ("quotes", "entities", "boilerplate"):
        got = read_table(tmp_path / "out", table).to_pylist()
        want = [r for r in read_table(reference[0], table).to_pylist() if f"{r['article_id']}.txt" in names]
        assert got == want, table


def test_the_fast_path_in_batch_gives_what_extract_gives_and_is_recorded(tmp_path, txt_dir):
    import json

    from onrecord.ingest import read_inputs
    from onrecord.pipeline import extract
    from onrecord.types import Document

    out = tmp_path / "out"
    _batch_cli([str(txt_dir), "-o", str(out), "--partition-size", "8", "--workers", "2",
                "--kinds", "direct,mixed", "--no-entities"])
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["kinds"] == ["direct", "mixed"] and manifest["entities"] is False
    got = [r.to_dict() for r in read_batch(out)]
    expected = [extract(d, kinds="direct,mixed", entities=False).to_dict()
                for d in read_inputs([str(txt_dir)]) if isinstance(d, Document)]
    assert got == expected and len(got) == 24
    assert not any(r["entities"] for r in got) and any(r["quotes"] for r in got)
    assert {q["kind"] for r in got for q in r["quotes"]} == {"direct", "mixed"}
    # a rerun with other options would mix two kinds of records: refused
    result = CliRunner().invoke(cli, ["batch", str(txt_dir), "-o", str(out), "--partition-size", "8", "--no-progress"])
    assert result.exit_code == 1
    assert "holds a batch with other kinds, entities" in result.output
