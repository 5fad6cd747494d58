"""Text hygiene and ids shared by every stage: lone surrogates, content hashes.

Kept in one place because readers (``ingest``), the pipeline and the store must agree: a lone
surrogate becomes U+FFFD (same length, so offsets hold) wherever a string can carry one, and an
article is known by the same hash of its text everywhere.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

#: half of a UTF-16 pair: not a character (spaCy's tokenizer, UTF-8 writers and SQLite refuse it)
SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(value: Any) -> Any:
    """``value`` with each lone surrogate in its strings replaced by U+FFFD, inside dicts and
    lists too (same length: offsets hold); anything else unchanged."""
    if isinstance(value, str):
        return SURROGATE.sub("\ufffd", value) if SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {replace_surrogates(k): replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [replace_surrogates(v) for v in value]
    return value


def content_hash(value: str) -> str:
    """A short stable id for a string (an article's text, a URL, a record): the first 16 hex
    digits of its SHA-256."""
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]
