"""The ``onrecord`` command: a thin click adapter over the library.

Each command parses its arguments, calls one library function and formats the result;
library errors (OnrecordError) become a one-line ``error: ...`` and exit status 1.
Commands live in one module per area and register themselves on ``cli`` when imported.
"""

from __future__ import annotations

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="onrecord")
def cli() -> None:
    """onrecord: who said what, about whom, in news articles.

    \b
    onrecord extract article.txt              quotes and speakers as a table
    onrecord extract articles/ --format jsonl one JSON object per article
    onrecord ingest articles/ --db news.db    keep them in a database
    onrecord search climate --db news.db      quotes with their context
    onrecord stats --by outlet,month          sources by gender, share of women
    onrecord serve --db news.db               browse it: http://127.0.0.1:8000/
    onrecord eval gold.jsonl                  precision, recall, F1 against gold
    """


# Command modules, one per area; importing one registers its commands on ``cli``.
from . import (  # noqa: E402 - they import ``cli`` from here
    batch_cmd,  # noqa: F401
    eval_cmd,  # noqa: F401
    extract_cmd,  # noqa: F401
    search_cmd,  # noqa: F401
    speakers_cmd,  # noqa: F401
    store_cmd,  # noqa: F401
)
