"""``onrecord eval``: score extraction against offset gold (PolNeAR format)."""

from __future__ import annotations

import json

import click

from ..eval import evaluate, format_score
from ..nlp import load_nlp
from ..types import check_kinds
from . import cli
from .common import friendly_errors, opened, output_option


@cli.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--kinds", default=None,
              help="comma-separated quote kinds to extract and score: direct,mixed,indirect (default: all)")
@click.option("--entities/--no-entities", default=True, show_default=True,
              help="as for extract: --no-entities with --kinds direct,mixed scores the fast path")
@click.option("--limit", type=int, default=None, help="score only the first N documents")
@click.option("--json", "as_json", is_flag=True, help="print the figures as JSON")
@click.option("--model", default=None, help="spaCy pipeline package to use (default: best installed)")
@output_option
@friendly_errors
def eval_(gold: str, kinds: str | None, entities: bool, limit: int | None, as_json: bool, model: str | None,
          output: str) -> None:
    """Score quotes and speakers against a gold JSONL file.

    A predicted quote matches a gold one when their spans overlap by at least half of
    each; its speaker is right when the predicted mention overlaps the gold speaker span.

    \b
    onrecord eval ../shared/data/polnear/test.jsonl
    onrecord eval ../shared/data/polnear/test.jsonl --kinds direct,mixed
    onrecord eval ../shared/data/polnear/test.jsonl --kinds direct,mixed --no-entities
    """
    check_kinds(kinds)
    score = evaluate(gold, kinds=kinds, limit=limit, nlp=load_nlp(model), progress=not as_json,
                     extract_kinds=kinds, entities=entities)
    with opened(output) as handle:
        if as_json:
            handle.write(json.dumps(score.as_dict(), indent=2) + "\n")
        else:
            handle.write(format_score(score, f"{gold}  kinds: {kinds or 'all'}") + "\n")
