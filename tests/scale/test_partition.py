"""Partitioning of the input stream, and the per-partition function on bad documents."""

from __future__ import annotations

import gzip
import os

import pytest

from onrecord import pipeline
from onrecord.errors import InputError
from onrecord.options import Options
from onrecord.scale import iter_partitions, process_partition, read_batch, read_table, run_batch


def test_partitions_are_bounded_deterministic_and_pack_small_files(txt_dir, corpus):
    first = list(iter_partitions([str(txt_dir)], 5))
    again = list(iter_partitions([str(txt_dir)], 5))
    assert [len(p.documents) for p in first] == [5, 5, 5, 5, 4]  # 24 one-article files
    assert [p.id for p in first] == ["part-00000", "part-00001", "part-00002", "part-00003", "part-00004"]
    assert first == again
    # directory order is sorted by file name; a partition's key is its first file, ordinal 0
    names = sorted(f"{r['id']}.txt" for r in corpus)
    assert first[1].key == f"{os.path.join(txt_dir, names[5])}#0"
    doc = first[1].documents[0]
    assert (doc["id"], doc["source"]) == (names[5][:-4], str(txt_dir / names[5]))
    assert doc["text"] == (txt_dir / names[5]).read_text()


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz"])
def test_partition_keys_count_documents_within_a_file(tmp_path, name):
    dump = tmp_path / name
    lines = "".join(f'{{"id": "a{i}", "text": "Story number {i} of the day."}}\n' for i in range(7))
    dump.write_bytes(gzip.compress(lines.encode()) if name.endswith(".gz") else lines.encode())
    parts = list(iter_partitions([str(dump)], 3))
    assert [p.key for p in parts] == [f"{dump}#0", f"{dump}#3", f"{dump}#6"]
    assert [d["id"] for d in parts[2].documents] == ["a6"]


def test_partition_size_must_be_positive(txt_dir):
    with pytest.raises(InputError, match="at least 1"):
        next(iter_partitions([str(txt_dir)], 0))


def test_huge_document_is_skipped_before_any_worker_sees_its_text(tmp_path):
    (tmp_path / "a-short.txt").write_text('"Fine," she said.')
    (tmp_path / "b-huge.txt").write_text("word " * 1000)  # 5,000 characters
    (part,) = iter_partitions([str(tmp_path)], 10, max_chars=4000)
    huge = part.documents[1]
    assert "text" not in huge
    assert huge["id"] == "b-huge" and "5,000 characters, over the limit of 4,000" in huge["skipped"]


class ExplodingPipe:
    """A spaCy pipeline whose batched ``pipe`` fails when one text is bad, as a real bug would."""

    def __init__(self, nlp):
        self.nlp = nlp

    def pipe(self, texts, **kwargs):
        texts = list(texts)
        if any("BOOM" in t for t in texts):
            raise ValueError("tokenizer exploded")
        return self.nlp.pipe(texts, **kwargs)

    def __call__(self, text):
        if "BOOM" in text:
            raise ValueError("tokenizer exploded")
        return self.nlp(text)


def test_a_document_that_breaks_the_parser_is_skipped_and_the_rest_goes_on(nlp):
    docs = [
        {"id": "a", "text": '"We are ready," the coach said.', "source": "a.txt", "meta": {}},
        {"id": "b", "text": "BOOM goes the parser.", "source": "b.txt", "meta": {}},
        {"id": "c", "text": "The mayor said the bridge would reopen.", "source": "c.txt", "meta": {}},
        {"id": "d", "source": "d.txt", "skipped": "d.txt: the file is empty"},
    ]
    rows = process_partition(docs, nlp=ExplodingPipe(nlp))
    assert [(r["id"], r["ordinal"]) for r in rows["articles"]] == [("a", 0), ("c", 2)]
    assert [(r["id"], r["ordinal"], r["reason"]) for r in rows["skipped"]] == [
        ("b", 1, "processing failed: ValueError: tokenizer exploded"),
        ("d", 3, "d.txt: the file is empty"),
    ]


def test_batch_records_bad_documents_with_reasons(tmp_path, txt_dir, monkeypatch):
    real = pipeline.extract_quotes

    def fragile(doc, *args):
        if "Dockworkers" in doc.text:
            raise RuntimeError("quote stage crashed")
        return real(doc, *args)

    monkeypatch.setattr(pipeline, "extract_quotes", fragile)  # runs in this process (1 worker)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(txt_dir.iterdir())[:4]:
        (inputs / path.name).write_text(path.read_text())
    (inputs / "empty.txt").write_text("")
    (inputs / "port-strike.txt").write_text((txt_dir / "port-strike.txt").read_text())
    (inputs / "zz-huge.txt").write_text("All work and no play. " * 300)
    summary = run_batch([str(inputs)], tmp_path / "out", partition_size=3, options=Options(max_chars=5000))

    assert (summary.documents, summary.articles, summary.skipped) == (7, 4, 3)
    skipped = read_table(tmp_path / "out", "skipped").to_pylist()
    assert [(r["id"], r["reason_kind"]) for r in skipped] == [
        ("empty", "the file is empty"),
        ("port-strike", "processing failed: RuntimeError: quote stage crashed"),
        ("zz-huge", "document has N characters, over the limit of N"),
    ]
    assert summary.skipped_reasons["the file is empty"] == 1
    ids = [r.id for r in read_batch(tmp_path / "out")]
    assert ids == sorted(p.stem for p in inputs.iterdir())  # input order, nothing lost
