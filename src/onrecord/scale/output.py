"""The output directory of a batch: atomic Parquet partitions, markers, manifest.

Layout::

    out/manifest.json                      what ran (inputs, settings) and the totals
    out/articles/part-00000.parquet        one file per table and partition
    out/quotes/part-00000.parquet
    out/entities/part-00000.parquet
    out/boilerplate/part-00000.parquet
    out/skipped/part-00000.parquet
    out/_done/part-00000.json              written last: the partition is complete

Every file is written to a hidden temporary name and moved into place with ``os.replace``,
so a reader never sees half a file; a partition counts only once its ``_done`` marker
exists, and rewriting a partition replaces its files (no duplicates on a rerun).

Temporaries are made by ``tempfile.mkstemp`` (``O_EXCL``: a name nobody can guess in advance,
and a file or symlink planted under it is never written through), readable by their owner only
(0600) while they are incomplete, and named ``.tmp-PID-HOST-RANDOM-NAME`` after the process that
owns them. A finished file gets the mode the umask gives (0644 under the usual 022; 0600 under
``umask 077``), as the files SQLite creates. At start-up a run deletes only the temporaries of
dead processes of this machine, never those of a run still going (or of another machine).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import socket
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import OnrecordError
from ..types import SCHEMA_VERSION, Article, Skipped
from .records import TABLES, rows_to_results, to_table

DONE = "_done"
MANIFEST = "manifest.json"
_TMP_PREFIX = ".tmp-"


class BatchError(OnrecordError, RuntimeError):
    """A batch could not run or resume (output directory of other inputs, a failed partition)."""


_TMP_NAME = re.compile(r"^\.tmp-(\d+)-(?:([0-9a-f]{8})-)?")  # the owner's pid, and its host (older names: none)


def _host_tag() -> str:
    """This machine, in 8 hex digits (a host name may hold any character; the tag only '0-9a-f')."""
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


@functools.lru_cache(maxsize=1)
def _file_mode() -> int:
    """The mode a new file gets from the umask (read once: os.umask can only be read by setting it)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return 0o666 & ~mask


def _atomic_write(path: Path, write: Any) -> None:
    """Call ``write(tmp_path)`` on a new temporary of this process, then move the finished file onto ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f"{_TMP_PREFIX}{os.getpid()}-{_host_tag()}-", suffix=f"-{path.name}",
                                    dir=path.parent)  # 0600, O_EXCL
    os.close(handle)
    tmp = Path(name)
    try:
        write(tmp)
        with open(tmp, "rb") as done:
            os.fsync(done.fileno())
        os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON, atomically."""
    _atomic_write(path, lambda tmp: tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n"))


def marker_path(out_dir: Path, partition_id: str) -> Path:
    return out_dir / DONE / f"{partition_id}.json"


def write_partition(
    out_dir: Path, partition_id: str, key: str, rows: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """Write one partition's tables, then its marker; return the marker (counts per table)."""
    for table in TABLES:
        data = to_table(table, rows.get(table, []))
        _atomic_write(out_dir / table / f"{partition_id}.parquet",
                      lambda tmp, data=data: pq.write_table(data, tmp, compression="zstd"))
    marker = {
        "partition": partition_id,
        "key": key,
        "documents": len(rows.get("articles", [])) + len(rows.get("skipped", [])),
        "counts": {table: len(rows.get(table, [])) for table in TABLES},
        "skipped_reasons": dict(Counter(r["reason_kind"] for r in rows.get("skipped", []))),
    }
    write_json(marker_path(out_dir, partition_id), marker)
    return marker


def read_marker(out_dir: Path, partition_id: str) -> dict[str, Any] | None:
    """The marker of a complete partition, or None when it is not complete."""
    try:
        return json.loads(marker_path(out_dir, partition_id).read_text())
    except FileNotFoundError:
        return None


def markers(out_dir: str | Path) -> list[dict[str, Any]]:
    """Markers of every complete partition, in partition order."""
    done = Path(out_dir) / DONE
    return [json.loads(p.read_text()) for p in sorted(done.glob("part-*.json"))]


def _alive(pid: int) -> bool:
    """True when process ``pid`` runs on this machine (as any user)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return pid > 0  # another user's process (or a pid this system cannot hold: not ours to judge)
    return True


def remove_temporaries(out_dir: Path) -> int:
    """Delete the temporary files that runs which died (killed, crashed) left behind; return how
    many. A temporary of a process still running, or of another machine, is left alone."""
    removed = 0
    here = _host_tag()
    for tmp in out_dir.rglob(f"{_TMP_PREFIX}*"):
        owner = _TMP_NAME.match(tmp.name)
        if owner is None or (owner.group(2) or here) != here or _alive(int(owner.group(1))):
            continue
        if tmp.is_file() or tmp.is_symlink():
            tmp.unlink(missing_ok=True)
            removed += 1
    return removed


def read_table(out_dir: str | Path, table: str) -> pa.Table:
    """One table over every complete partition, in partition order."""
    out_dir = Path(out_dir)
    parts = [pq.read_table(out_dir / table / f"{m['partition']}.parquet") for m in markers(out_dir)]
    return pa.concat_tables(parts) if parts else to_table(table, [])


def read_batch(out_dir: str | Path) -> Iterator[Article | Skipped]:
    """The Articles and Skipped records of a batch output, in input order.

    Only complete partitions are read. This is how ``onrecord ingest out/`` (or any
    program) gets back exactly what ``onrecord.extract`` would have returned.
    """
    out_dir = Path(out_dir)
    if not (out_dir / MANIFEST).exists():
        raise BatchError(f"{out_dir}: not an onrecord batch output (no {MANIFEST}); "
                         "give the directory passed to onrecord batch -o")
    contract = json.loads((out_dir / MANIFEST).read_text()).get("schema_version", 1)
    if contract != SCHEMA_VERSION:
        raise BatchError(f"{out_dir} was written in version {contract} of the output contract; this onrecord "
                         f"reads version {SCHEMA_VERSION} (a direct quote's text is its quoted words only): "
                         "run onrecord batch again into a new directory")
    for marker in markers(out_dir):
        part = marker["partition"]
        tables = {t: pq.read_table(out_dir / t / f"{part}.parquet").to_pylist() for t in TABLES}
        yield from rows_to_results(tables)
