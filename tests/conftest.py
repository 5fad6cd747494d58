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
