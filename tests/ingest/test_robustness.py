"""Readers never raise: any bytes under any suffix give Documents or one-line Skipped records."""

from __future__ import annotations

import gzip
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.ingest import read_path
from onrecord.types import Document, Skipped

SUFFIXES = [".txt", ".html", ".jsonl", ".json", ".warc", ".jsonl.gz", ".warc.gz", ".dat"]

# Bytes that look a little like the formats, so the fuzzing reaches past the first check.
FRAGMENTS = st.sampled_from([
    b"WARC/1.0\r\n", b"WARC-Type: response\r\n", b"Content-Length: 12\r\n", b"\r\n", b"HTTP/1.1 200 OK\r\n",
    b"Content-Type: text/html\r\n", b"<html>", b"<p>", b"</p>", b"<div>", b'{"text": "', b'"}', b"\n",
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\x93", b"\xe2\x80\x9c", b"said", b" ", b"\x1f\x8b",
])
DATA = st.one_of(st.binary(max_size=400), st.lists(FRAGMENTS, max_size=60).map(b"".join))


@settings(max_examples=int(os.environ.get("ONRECORD_FUZZ_EXAMPLES", "120")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=DATA, suffix=st.sampled_from(SUFFIXES), compress=st.booleans())
def test_any_bytes_give_documents_or_skips(data, suffix, compress):
    if compress and suffix.endswith(".gz"):
        data = gzip.compress(data)[: max(10, len(data))]  # often cut short, too
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for result in read_path(path, max_bytes=10_000):
            assert isinstance(result, Document | Skipped)
            if isinstance(result, Skipped):
                assert result.reason and "\n" not in result.reason
            else:
                assert result.text.strip()
