"""Hardening tests: put this folder on sys.path for hardening_support.py and adversarial.py (shared with bench/)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
