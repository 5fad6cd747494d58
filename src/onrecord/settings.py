"""onrecord's settings as one declarative table (datasette style).

The same table drives the CLI's ``--setting name value`` options, validation and docs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("model", None, "spaCy pipeline to load; default: the first installed of PREFERRED_MODELS"),
    Setting("max_chars", 5_000_000, "Documents longer than this many characters are skipped with a reason"),
    Setting("max_bytes", 20_000_000, "Input files larger than this many bytes are skipped with a reason"),
    Setting("batch_size", 32, "Documents per nlp.pipe batch"),
    Setting("page_size", 50, "Results per page in search and the web app"),
    Setting("min_confidence", 0.5, "Search, stats and the web pages hide quotes below this confidence "
            "(below 0.5 about half are wrong: docs/output.md); --min-confidence 0 shows every record"),
)

DEFAULTS: dict[str, Any] = {s.name: s.default for s in SETTINGS}


def get(name: str) -> Any:
    """The default value of setting ``name`` (raises KeyError naming the valid settings)."""
    if name not in DEFAULTS:
        raise KeyError(f"unknown setting {name!r}; valid settings: {', '.join(DEFAULTS)}")
    return DEFAULTS[name]
