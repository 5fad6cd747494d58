"""onrecord's settings as one declarative table (datasette style).

Each setting has a default and an environment variable that overrides it
(``ONRECORD_MAX_CHARS=500000 onrecord ingest ...``); ``Options`` (``options.py``) takes its
defaults from here. The same table drives the documentation (docs/cli.md, "Settings").
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from .errors import SettingError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        """The environment variable that overrides the default."""
        return f"ONRECORD_{self.name.upper()}"


SETTINGS: tuple[Setting, ...] = (
    Setting("model", None, "spaCy pipeline to load; default: the first installed of PREFERRED_MODELS"),
    Setting("max_chars", 5_000_000, "Documents longer than this many characters are skipped with a reason"),
    Setting("max_bytes", 20_000_000, "Input files larger than this many bytes are skipped with a reason"),
    Setting("max_inflated_bytes", 2_000_000_000, "Bytes inflated from one gzip input (.jsonl.gz, .json.gz) before the "
            "rest of it is skipped with a reason"),
    Setting("max_lines", 1_000_000, "Lines (records) read from one JSON Lines or JSON file before the rest is "
            "skipped with a reason"),
    Setting("max_skipped", 1_000, "Bad records (not JSON, no text, too long) reported from one file before the "
            "rest of it is skipped with one reason"),
    Setting("max_seconds", 600.0, "Seconds one document may take (reading its HTML, then the NLP); a document "
            "over it is skipped with a reason and the run goes on; 0: no limit"),
    Setting("max_memory", 2_000, "Megabytes the process may grow by while one document is processed; a document "
            "over it is skipped with a reason and the run goes on; 0: no limit"),
    Setting("batch_size", 32, "Documents per nlp.pipe batch"),
    Setting("page_size", 50, "Results per page in search and the web app"),
    Setting("query_time_limit", 3.0, "Seconds of CPU one web request, or one 'search' or 'stats', may spend in "
            "the database before it stops with a message (503 on the web); 0: no limit"),
    Setting("allowed_hosts", "", "Host names 'onrecord serve' answers to, comma-separated (a guard against DNS "
            "rebinding; '*' for any); default: the names of the address it listens on (127.0.0.1, localhost, [::1])"),
    Setting("min_confidence", 0.5, "Search, stats and the web pages hide quotes below this confidence "
            "(below 0.5 about half are wrong: docs/output.md); --min-confidence 0 shows every record"),
)

DEFAULTS: dict[str, Any] = {s.name: s.default for s in SETTINGS}
_BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """The value of setting ``name``: its environment variable when set, else its default.

    Raises KeyError naming the valid settings, and SettingError when the environment variable
    holds no whole number for a numeric setting.
    """
    if name not in _BY_NAME:
        raise KeyError(f"unknown setting {name!r}; valid settings: {', '.join(DEFAULTS)}")
    setting = _BY_NAME[name]
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    for kind, what in ((int, "a whole number"), (float, "a number")):
        if isinstance(setting.default, kind):
            try:
                return kind(raw)
            except ValueError:
                raise SettingError(f"{setting.env}={raw!r} is not {what}; set it to one, e.g. "
                                   f"{setting.env}={setting.default}") from None
    return raw
