"""Shared by the hardening tests: Hypothesis profile, the FULL switch, and the output-contract check.

* ``ONRECORD_HYPOTHESIS_EXAMPLES`` (default 40): examples per property test; each one runs
  the spaCy pipeline (10-50 ms), so CI stays near a few seconds per test.
  ``ONRECORD_HYPOTHESIS_RANDOM=1`` draws new examples each run (CI is derandomized).
* ``ONRECORD_HARDENING_FULL=1``: full-size adversarial inputs (5 MB, 100,000 marks), the
  30 s load test with 50 clients, more SIGKILL runs. Without it each runs a bounded version.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, settings

from onrecord.schema import schema_errors, span_errors
from onrecord.types import Article

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


def assert_contract(text: str, article: Article) -> None:
    """The output of extract(text) keeps the contract: schema-valid, and every span indexes ``text``."""
    data = article.to_dict()
    assert data["text"] == text  # offsets index exactly the input
    assert schema_errors(data) == []
    assert span_errors(data) == []
    for quote in article.quotes:
        for start, end in quote.fragments:
            assert quote.start <= start <= end <= quote.end  # fragments lie inside the quote's span


def table_dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables aside), after an integrity check: for comparing two DBs."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for (fts,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE '%USING fts5%'").fetchall():
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")  # raises if the index is corrupt
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        dump = {}
        for table in tables:  # every column but the time of ingest, which differs between two runs
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "ingested_at"]
            dump[table] = sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
        return dump
    finally:
        conn.close()
