"""Fixtures for the batch tests: 24 short news articles (tests/data/scale/articles.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.ingest import read_inputs
from onrecord.pipeline import extract
from onrecord.types import Document


@pytest.fixture(scope="session")
def corpus(data_dir: Path) -> list[dict]:
    """The articles as ``{"id", "text"}`` dicts, in file order."""
    lines = (data_dir / "scale" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="session")
def txt_dir(corpus: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One ``<id>.txt`` file per article (read-only for tests: they share it)."""
    folder = tmp_path_factory.mktemp("news")
    for record in corpus:
        (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    return folder


def _extracted(inputs: list[str]) -> list[dict]:
    return [extract(item).to_dict() for item in read_inputs(inputs) if isinstance(item, Document)]


@pytest.fixture(scope="session")
def extracted():
    """``extracted(inputs)``: what ``extract`` returns for each input Document, as dicts."""
    return _extracted
