"""Scoring: a gold JSONL file (and Options for the pipeline run) -> Score (precision, recall, F1, speakers).

The gold format is that of PolNeAR in ../shared/data/polnear.

Gold file: one JSON object per line with ``id``, ``text`` and ``quotes[]``, each quote with
``start``, ``end``, ``kind`` and ``speaker_start``/``speaker_end`` (may be null).

Matching rule: a predicted quote matches a gold quote when their character spans overlap
by at least half of each span. Pairs are matched one-to-one, largest overlap first.
A matched quote's speaker is right when the predicted ``speaker.start/end`` span overlaps
the gold speaker span (gold quotes without a speaker span are left out of speaker accuracy).
With ``kinds``, gold quotes are kept by their gold kind and predictions by their predicted
kind.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from ..options import Options
from ..types import Article, Document, check_kinds


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker_start: int | None
    speaker_end: int | None


@dataclass
class Score:
    """Counts behind precision, recall, F1 and speaker accuracy."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_right: int = 0
    speaker_total: int = 0
    gold_by_kind: Counter = field(default_factory=Counter)
    found_by_kind: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 0.0

    def recall_by_kind(self) -> dict[str, float]:
        return {k: self.found_by_kind[k] / n for k, n in sorted(self.gold_by_kind.items()) if n}

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "speaker_right": self.speaker_right,
            "speaker_total": self.speaker_total,
            "recall_by_kind": {k: round(v, 4) for k, v in self.recall_by_kind().items()},
            "gold_by_kind": dict(self.gold_by_kind),
            "errors": dict(self.errors),
        }


def read_gold(path: str | Path) -> Iterator[tuple[Document, list[GoldQuote]]]:
    """Gold documents and their quotes from a JSONL file."""
    path = Path(path)
    if not path.exists():
        raise GoldFormatError(f"{path}: no such file; give a JSONL gold file such as ../shared/data/polnear/dev.jsonl")
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = obj["text"]
                quotes = [
                    GoldQuote(q["start"], q["end"], q.get("kind", "indirect"), q.get("speaker_start"), q.get("speaker_end"))
                    for q in obj.get("quotes", ())
                ]
            except (ValueError, KeyError, TypeError) as exc:
                raise GoldFormatError(
                    f"{path}:{lineno}: not a gold record ({type(exc).__name__}: {exc}); each line needs "
                    "'text' and 'quotes' with 'start', 'end', 'kind'"
                ) from exc
            doc_id = str(obj.get("id", f"{path.stem}:{lineno}"))
            yield Document(id=doc_id, text=text, source=f"{path}#{lineno}", meta=obj.get("meta", {})), quotes


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def spans_match(a0: int, a1: int, b0: int, b1: int) -> bool:
    """True when the spans overlap by at least half of each."""
    ov = _overlap(a0, a1, b0, b1)
    return ov > 0 and 2 * ov >= (a1 - a0) and 2 * ov >= (b1 - b0)


def score_article(article: Article, gold: list[GoldQuote], kinds: tuple[str, ...], into: Score) -> None:
    """Add one article's counts to ``into``."""
    golds = [g for g in gold if g.kind in kinds]
    preds = [q for q in article.quotes if q.kind in kinds and "boilerplate" not in q.flags]
    for g in golds:
        into.gold_by_kind[g.kind] += 1
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if spans_match(p.start, p.end, g.start, g.end):
                pairs.append((_overlap(p.start, p.end, g.start, g.end), i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        p, g = preds[i], golds[j]
        into.tp += 1
        into.found_by_kind[g.kind] += 1
        if g.speaker_start is not None and g.speaker_end is not None:
            into.speaker_total += 1
            s = p.speaker
            if s.start is not None and s.end is not None and _overlap(s.start, s.end, g.speaker_start, g.speaker_end) > 0:
                into.speaker_right += 1
            elif s.start is None:
                into.errors["speaker missing"] += 1
            else:
                into.errors["speaker wrong"] += 1
    into.fp += len(preds) - len(used_p)
    into.fn += len(golds) - len(used_g)
    for i, p in enumerate(preds):
        if i not in used_p:
            partial = any(_overlap(p.start, p.end, g.start, g.end) for g in golds)
            into.errors["span wrong (overlaps gold)" if partial else "spurious quote"] += 1
    for j, g in enumerate(golds):
        if j not in used_g:
            partial = any(_overlap(p.start, p.end, g.start, g.end) for p in preds)
            into.errors["missed quote (overlapped)" if partial else "missed quote"] += 1


def evaluate(
    gold_path: str | Path,
    *,
    kinds: str | Iterable[str] | None = None,
    limit: int | None = None,
    nlp: Any = None,
    progress: bool = False,
    options: Options | None = None,
) -> Score:
    """Run the pipeline over a gold file and score it.

    gold_path: JSONL gold (PolNeAR format). kinds: restrict the scoring to these kinds.
    limit: only the first N documents. options: as for ``evaluate_many``.
    RETURNS (Score)
    """
    return evaluate_many(gold_path, {"score": kinds}, limit=limit, nlp=nlp, progress=progress, options=options)["score"]


def evaluate_many(
    gold_path: str | Path,
    kind_sets: dict[str, str | Iterable[str] | None],
    *,
    limit: int | None = None,
    nlp: Any = None,
    progress: bool = False,
    options: Options | None = None,
) -> dict[str, Score]:
    """One pipeline run over a gold file, scored once per named set of kinds.

    options: what the pipeline is asked for (default: everything, whatever is scored).
    """
    from ..pipeline import process_many

    wanted = {name: check_kinds(k) for name, k in kind_sets.items()}
    records = list(read_gold(gold_path))[:limit]
    gold_by_id = {doc.id: quotes for doc, quotes in records}
    scores = {name: Score() for name in wanted}
    results = process_many((doc for doc, _ in records), options, nlp=nlp)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(records), unit="doc", desc="eval", leave=False)
    for result in results:
        for name, kinds in wanted.items():
            score = scores[name]
            if isinstance(result, Article):
                score_article(result, gold_by_id[result.id], kinds, score)
            else:  # a skipped gold document: every gold quote in it is missed
                missed = [g for g in gold_by_id[result.id] if g.kind in kinds]
                score.fn += len(missed)
                score.gold_by_kind.update(g.kind for g in missed)
                score.errors["document skipped"] += 1
    return scores


def format_score(score: Score, title: str = "") -> str:
    """A small plain-text report of a Score."""
    lines = [title] if title else []
    lines += [
        f"precision          {score.precision:.3f}   ({score.tp} of {score.tp + score.fp} predicted quotes match gold)",
        f"recall             {score.recall:.3f}   ({score.tp} of {score.tp + score.fn} gold quotes found)",
        f"F1                 {score.f1:.3f}",
        f"speaker accuracy   {score.speaker_accuracy:.3f}   "
        f"({score.speaker_right} of {score.speaker_total} matched quotes with a gold speaker)",
    ]
    for kind, value in score.recall_by_kind().items():
        lines.append(f"recall {kind:<11} {value:.3f}   ({score.found_by_kind[kind]} of {score.gold_by_kind[kind]})")
    if score.errors:
        lines.append("errors: " + ", ".join(f"{k} {v}" for k, v in score.errors.most_common()))
    return "\n".join(lines)
