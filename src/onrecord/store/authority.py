"""Read an authority file: the user's own list of people and organisations, with ids.

CSV (a header row) or JSON Lines (one object a line), with these fields:

- ``id`` (also ``qid``, ``item``, ``wikidata``): the id to link to; a Wikidata entity URL
  (``http://www.wikidata.org/entity/Q6294``) becomes its Q-id;
- ``name`` (also ``label``, ``itemLabel``): the name;
- ``aliases`` (also ``altLabel``, ``also_known_as``): other names, a JSON list or, in CSV, one
  cell separated by ``|`` or ``;``;
- ``description`` (also ``itemDescription``), optional.

For example an export of a Wikidata query, or a newsroom's list of people it covers. Each bad
line is an error that names it; nothing is stored until the whole file reads.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .identity import Authority

FIELDS = {
    "id": ("id", "qid", "item", "wikidata", "wikidata_id"),
    "name": ("name", "label", "itemlabel"),
    "aliases": ("aliases", "alias", "altlabel", "altlabels", "also_known_as", "other_names"),
    "description": ("description", "itemdescription"),
}
_WIKIDATA = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q\d+)$")


def _field(record: dict[str, Any], name: str) -> Any:
    lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    return next((lowered[k] for k in FIELDS[name] if lowered.get(k) not in (None, "")), None)


def _entry(record: dict[str, Any], where: str) -> Authority:
    ident, name = _field(record, "id"), _field(record, "name")
    if not ident or not name:
        raise StoreError(f"{where}: an authority entry needs an id and a name (columns id, name, aliases, "
                         f"description); found {sorted(k for k in record if k)}")
    ident = str(ident).strip()
    wikidata = _WIKIDATA.match(ident)
    aliases = _field(record, "aliases") or []
    if isinstance(aliases, str):
        aliases = [a for a in re.split(r"\s*[|;]\s*", aliases) if a.strip()]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise StoreError(f"{where}: 'aliases' must be a list of names (or, in CSV, names separated by | or ;)")
    description = _field(record, "description")
    return Authority(wikidata.group(1) if wikidata else ident, " ".join(str(name).split()),
                     tuple(dict.fromkeys(" ".join(a.split()) for a in aliases if a.strip())),
                     str(description).strip() if description else None)


def read_authority(path: str | Path) -> list[Authority]:
    """The entries of an authority file (CSV or JSON Lines, told apart by their first character);
    a StoreError naming the line for a bad one."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"{path}: cannot be read as an authority file ({exc}); give a CSV or JSON Lines file "
                         "in UTF-8") from exc
    return list(_jsonl(path, text) if text.lstrip().startswith("{") else _csv(path, text))


def _jsonl(path: Path, text: str) -> Iterator[Authority]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise StoreError(f"{path}:{number}: not JSON ({exc.msg}); one JSON object a line") from exc
        if not isinstance(record, dict):
            raise StoreError(f"{path}:{number}: not a JSON object; one object a line")
        yield _entry(record, f"{path}:{number}")


def _csv(path: Path, text: str) -> Iterator[Authority]:
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames:
        raise StoreError(f"{path}: empty; an authority file has a header row: id,name,aliases,description")
    for number, record in enumerate(reader, 2):
        yield _entry(record, f"{path}:{number}")
