"""``onrecord eval``: score extraction against offset gold (PolNeAR format)."""

from __future__ import annotations

import json

import click

from ..eval import evaluate, format_score
from ..nlp import load_nlp
from . import cli
from .common import friendly_errors, make_options


@cli.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--kinds", default=None,
              help="comma-separated quote kinds to extract and score: direct,mixed,indirect (default: all)")
@click.option("--entities/--no-entities", default=True, show_default=True,
              help="as for extract: --no-entities with --kinds direct,mixed scores the fast path")
@click.option("--limit", type=int, default=None, help="score only the first N documents")
@click.option("--json", "as_json", is_flag=True, help="print the figures as JSON")
@click.option("--model", default=None, help="spaCy pipeline package to use (default: best installed)")
@friendly_errors
def eval_(gold: str, kinds: str | None, entities: bool, limit: int | None, as_json: bool, model: str | None) -> None:
    """Score quotes and speakers against a gold JSONL file.

    A predicted quote matches a gold one when their spans overlap by at least half of
    each; its speaker is right when the predicted mention overlaps the gold speaker span.

    \b
    onrecord eval ../shared/data/polnear/test.jsonl
    onrecord eval ../shared/data/polnear/test.jsonl --kinds direct,mixed
    onrecord eval ../shared/data/polnear/test.jsonl --kinds direct,mixed --no-entities
    """
    options = make_options(kinds, entities, model)
    score = evaluate(gold, kinds=kinds, limit=limit, nlp=load_nlp(options.model), progress=not as_json, options=options)
    if as_json:
        click.echo(json.dumps(score.as_dict(), indent=2))
    else:
        click.echo(format_score(score, f"{gold}  kinds: {kinds or 'all'}"))
