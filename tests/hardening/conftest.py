"""Hardening tests: Hypothesis profiles sized for CI, and switches for the long versions.

* ``ONRECORD_HYPOTHESIS_EXAMPLES`` (default 40): examples per property test; each one runs
  the spaCy pipeline (10-50 ms), so CI stays near a few seconds per test.
* ``ONRECORD_HARDENING_FULL=1``: full-size adversarial inputs (5 MB, 100,000 marks), the
  30 s load test with 50 clients, more SIGKILL runs. Without it each runs a bounded version.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))  # adversarial.py, shared with bench/

FULL = os.environ.get("ONRECORD_HARDENING_FULL", "") not in ("", "0")

settings.register_profile(
    "onrecord-hardening",
    max_examples=int(os.environ.get("ONRECORD_HYPOTHESIS_EXAMPLES", "40")),
    deadline=None,  # the first example loads spaCy; timing belongs in bench/
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("ONRECORD_HYPOTHESIS_RANDOM", "") in ("", "0"),  # reproducible in CI
    print_blob=True,
)
PROFILE = settings.get_profile("onrecord-hardening")
