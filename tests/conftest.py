"""Shared fixtures: the spaCy pipeline (loaded once) and the PolNeAR gold data (skipped where absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # annotated.py: hand-built Docs for rule tests

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    from onrecord.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    if not (POLNEAR / "dev.jsonl").exists():
        pytest.skip(f"PolNeAR gold data not found at {POLNEAR} (it lives in ../shared, outside the repo)")
    return POLNEAR


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture
def clinton_db(tmp_path):
    """A store of the identity corpus (tests/data/store/identity_corpus.py: the Clintons, the
    Bushes and "President Clinton"), for the CLI and the web pages of who is who."""
    sys.path.insert(0, str(DATA / "store"))
    import identity_corpus

    from onrecord.store import open_store

    path = tmp_path / "clintons.db"
    with open_store(path) as store:
        store.add_articles(identity_corpus.corpus())
    return path
