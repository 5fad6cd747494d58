"""Fixtures: the hand-written corpus (tests/data/store/store_corpus.py) in a temp DB."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "store"))

from store_fixtures import corpus, db  # noqa: F401
