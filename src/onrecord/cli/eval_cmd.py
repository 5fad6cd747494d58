"""``onrecord eval``: score extraction against offset gold (PolNeAR format)."""

from __future__ import annotations

import json

import click

from ..eval import evaluate_many, format_score
from ..nlp import load_nlp
from ..options import Options
from . import cli
from .common import extraction_options, friendly_errors, opened, output_option


@cli.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--limit", type=int, default=None, help="score only the first N documents")
@click.option("--json", "as_json", is_flag=True, help="print the figures as JSON")
@click.option("--headlines/--no-headlines", default=True, show_default=True,
              help="--no-headlines leaves out of the score what lies in each article's headline (its first "
                   "line), for gold sets that do not annotate titles, such as PolNeAR")
@click.option("--model", default=None, help="spaCy pipeline package to use (default: best installed)")
@output_option
@extraction_options
@friendly_errors
def eval_(gold: str, limit: int | None, as_json: bool, headlines: bool, model: str | None, output: str,
          options: Options) -> None:
    """Score quotes and speakers against a gold JSONL file.

    A gold quote matches a predicted record, through its whole span or one of its fragments,
    when the spans overlap by at least half of each. The speaker is right when the predicted
    mention overlaps the gold speaker span (PolNeAR) and when the resolved name is one of the
    gold names (news-dev). The figures are printed with and without belief-flagged records.

    \b
    onrecord eval ../shared/data/news-dev/dev.jsonl
    onrecord eval ../shared/data/polnear/test.jsonl --no-headlines
    onrecord eval ../shared/data/polnear/test.jsonl --kinds direct,mixed --no-headlines
    onrecord eval ../shared/data/polnear/test.jsonl --kinds direct,mixed --no-entities --no-headlines
    """
    scores = evaluate_many(gold, {"score": options.kinds}, limit=limit, nlp=load_nlp(options.model), progress=not as_json,
                           options=options, beliefs=(True, False), headlines=headlines)
    score, without = scores["score"], scores["score without beliefs"]
    with opened(output) as handle:
        if as_json:
            data = score.as_dict()
            data["without_beliefs"] = {k: v for k, v in without.as_dict().items() if k in ("precision", "recall", "f1")}
            handle.write(json.dumps(data, indent=2) + "\n")
        else:
            kinds = "all" if len(options.kinds) == 3 else ",".join(options.kinds)
            handle.write(format_score(score, f"{gold}  kinds: {kinds}") + "\n")
            handle.write(f"without beliefs    precision {without.precision:.3f}  recall {without.recall:.3f}  "
                         f"F1 {without.f1:.3f}\n")
