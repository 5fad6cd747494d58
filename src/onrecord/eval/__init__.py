"""Scoring: a gold JSONL file (and Options for the pipeline run) -> Score (quotes found, speakers right).

Gold files are JSONL in the shape of ``../shared/data/polnear`` (PolNeAR) and
``../shared/data/news-dev`` (real pages with resolved speakers): one article a line with ``id``,
``text`` and ``quotes[]``; each gold quote has ``start``, ``end``, ``kind`` and may have
``speaker_start``/``speaker_end`` (the speaker span as written: PolNeAR) and ``names`` (every
acceptable resolved name of the speaker, ``speaker_type``, ``hard``: news-dev).

**Matching.** A gold quote matches a predicted record through the record's whole span or
through one of its fragments, when the spans overlap by at least half of each; pairs are taken
largest overlap first, each gold quote and each fragment used once, a record's fragments before
its whole span (which is tried only when none of its fragments matched). A gold set that splits a
quote interrupted by its attribution into two quotes and one that keeps it whole are both honoured.
Precision counts the predicted records that match a gold quote, recall the gold quotes matched.
With ``kinds``, gold quotes are kept by their gold kind and predictions by their predicted kind.

**Speakers.** *Mention accuracy* (PolNeAR): the predicted ``speaker.start/end`` overlaps the gold
speaker span. *Name accuracy* (news-dev): the predicted ``speaker.name`` equals one of the gold
``names`` once both are folded (``name_key``: case, diacritics, quote marks, a leading article,
leading titles and roles: "Mayor Ana Ruiz" = "Ana Ruiz"); a pronoun or a bare surname never
equals a resolved name. *End to end*: gold quotes found with the right name over all gold
quotes (a gold quote whose speaker the article never names is right when no name is given).
Name accuracy is broken down by the gold ``hard`` flag and ``speaker_type``, and against the
speaker's ``confidence`` (the reliability table).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from ..language.names import TITLES, fold, strip_possessive
from ..language.nouns import PERSON_NOUNS
from ..options import Options
from ..quotes.marks import headline_length
from ..types import Article, Document, Quote, check_kinds

#: Confidence bins of the reliability table: [low, high).
RELIABILITY_BINS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    names: tuple[str, ...] = ()  # acceptable resolved names; () when the gold gives none
    speaker_type: str | None = None
    hard: bool | None = None
    has_names: bool = False  # the gold file gives resolved names (news-dev), even if none for this quote


def name_key(name: str | None) -> str:
    """The form resolved names are compared in: "Mayor Ana Ruiz" and "ana ruiz" -> "ana ruiz"."""
    if not name:
        return ""
    words = fold(strip_possessive(name.strip(" \"'“”‘’"))).split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    while len(words) > 1 and (words[0] in TITLES or words[0] in PERSON_NOUNS):
        words = words[1:]
    return " ".join(words)


@dataclass
class Score:
    """Counts behind precision, recall, F1 and the speaker figures."""

    gold: int = 0  # gold quotes
    found: int = 0  # gold quotes matched
    predicted: int = 0  # predicted records
    matched: int = 0  # predicted records that match a gold quote
    speaker_right: int = 0  # mention accuracy (gold speaker spans)
    speaker_total: int = 0
    name_right: int = 0  # name accuracy (gold resolved names)
    name_total: int = 0
    end_to_end: int = 0  # gold quotes found with the right name
    named_gold: int = 0  # gold quotes of files that give resolved names
    gold_by_kind: Counter = field(default_factory=Counter)
    found_by_kind: Counter = field(default_factory=Counter)
    predicted_by_kind: Counter = field(default_factory=Counter)
    matched_by_kind: Counter = field(default_factory=Counter)
    names_by: dict[str, list[int]] = field(default_factory=dict)  # "hard" / "type:person" -> [right, total]
    reliability: dict[int, list[int]] = field(default_factory=dict)  # bin index -> [right, total]
    errors: Counter = field(default_factory=Counter)

    @property
    def tp(self) -> int:
        return self.found

    @property
    def fp(self) -> int:
        return self.predicted - self.matched

    @property
    def fn(self) -> int:
        return self.gold - self.found

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_total if self.speaker_total else 0.0

    @property
    def name_accuracy(self) -> float:
        return self.name_right / self.name_total if self.name_total else 0.0

    @property
    def end_to_end_accuracy(self) -> float:
        return self.end_to_end / self.named_gold if self.named_gold else 0.0

    def recall_by_kind(self) -> dict[str, float]:
        return {k: self.found_by_kind[k] / n for k, n in sorted(self.gold_by_kind.items()) if n}

    def precision_by_kind(self) -> dict[str, float]:
        return {k: self.matched_by_kind[k] / n for k, n in sorted(self.predicted_by_kind.items()) if n}

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "name_accuracy": round(self.name_accuracy, 4),
            "end_to_end": round(self.end_to_end_accuracy, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "predicted": self.predicted,
            "speaker_right": self.speaker_right,
            "speaker_total": self.speaker_total,
            "name_right": self.name_right,
            "name_total": self.name_total,
            "end_to_end_right": self.end_to_end,
            "named_gold": self.named_gold,
            "recall_by_kind": {k: round(v, 4) for k, v in self.recall_by_kind().items()},
            "precision_by_kind": {k: round(v, 4) for k, v in self.precision_by_kind().items()},
            "gold_by_kind": dict(self.gold_by_kind),
            "names_by": {k: {"right": r, "total": t} for k, (r, t) in sorted(self.names_by.items())},
            "reliability": [
                {"low": RELIABILITY_BINS[i][0], "high": min(1.0, RELIABILITY_BINS[i][1]), "right": r, "total": t}
                for i, (r, t) in sorted(self.reliability.items())
            ],
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
                    GoldQuote(q["start"], q["end"], q.get("kind", "indirect"), q.get("speaker_start"),
                              q.get("speaker_end"), tuple(q.get("names") or ()), q.get("speaker_type"),
                              q.get("hard"), "names" in q)
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


def _greedy(units: list[tuple[int, int, int, int]], golds: list[GoldQuote], used_gold: set[int]) -> list[tuple[int, int, int]]:
    """(record, unit, gold) pairs of spans that match, largest overlap first, each unit and gold once."""
    pairs = sorted(
        ((_overlap(a, b, g.start, g.end), i, k, j) for i, k, a, b in units for j, g in enumerate(golds)
         if j not in used_gold and spans_match(a, b, g.start, g.end)),
        key=lambda t: (-t[0], t[1], t[2], t[3]),
    )
    used_units: set[tuple[int, int]] = set()
    out = []
    for _, i, k, j in pairs:
        if j in used_gold or (i, k) in used_units:
            continue
        used_gold.add(j)
        used_units.add((i, k))
        out.append((i, k, j))
    return out


def match(preds: list[Quote], golds: list[GoldQuote]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs, each gold quote matched once (see the module docstring).

    First the fragments of records with several (a quote interrupted by its attribution) and the
    whole span of the others; then, for a record none of whose fragments matched, its whole span
    (a gold set that keeps the interrupted quote whole).
    """
    used: set[int] = set()
    units = [(i, k, a, b) for i, p in enumerate(preds)
             for k, (a, b) in (enumerate(p.fragments) if len(p.fragments) > 1 else [(-1, (p.start, p.end))])]
    first = _greedy(units, golds, used)
    matched = {i for i, _, _ in first}
    wholes = [(i, -1, p.start, p.end) for i, p in enumerate(preds) if len(p.fragments) > 1 and i not in matched]
    return [(i, j) for i, _, j in first + _greedy(wholes, golds, used)]


def _bin(confidence: float) -> int:
    return next(i for i, (lo, hi) in enumerate(RELIABILITY_BINS) if lo <= confidence < hi)


def _count(into: dict, key: Any, right: bool) -> None:
    cell = into.setdefault(key, [0, 0])
    cell[0] += right
    cell[1] += 1


def score_article(article: Article, gold: list[GoldQuote], kinds: tuple[str, ...], into: Score,
                  beliefs: bool = True, headlines: bool = True) -> None:
    """Add one article's counts to ``into``; ``beliefs=False`` leaves out records flagged ``belief``,
    ``headlines=False`` the records and gold quotes in the article's headline (its first line,
    ``quotes.marks.headline_length``), for gold sets that do not annotate titles (PolNeAR)."""
    body = headline_length(article.text) if not headlines else 0
    golds = [g for g in gold if g.kind in kinds and g.start >= body]
    preds = [q for q in article.quotes if q.kind in kinds and "boilerplate" not in q.flags
             and (beliefs or "belief" not in q.flags) and q.start >= body]
    into.gold += len(golds)
    into.predicted += len(preds)
    into.gold_by_kind.update(g.kind for g in golds)
    into.predicted_by_kind.update(p.kind for p in preds)
    pairs = match(preds, golds)
    matched_preds = {i for i, _ in pairs}
    into.matched += len(matched_preds)
    into.matched_by_kind.update(preds[i].kind for i in matched_preds)
    found_gold = {j for _, j in pairs}
    for i, j in pairs:
        p, g = preds[i], golds[j]
        into.found += 1
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
        if g.names:
            right = name_key(p.speaker.name) in {name_key(n) for n in g.names}
            into.name_total += 1
            into.name_right += right
            into.end_to_end += right
            _count(into.names_by, "hard" if g.hard else "not hard", right)
            _count(into.names_by, f"type:{g.speaker_type}", right)
            confidence = getattr(p.speaker, "confidence", None)
            if confidence is not None:
                _count(into.reliability, _bin(confidence), right)
            if not right:
                into.errors["name wrong" if p.speaker.name else "name missing"] += 1
        elif g.has_names and not p.speaker.name:
            into.end_to_end += 1  # the article never names the speaker, and no name is given
    into.named_gold += sum(g.has_names for g in golds)
    for i, p in enumerate(preds):
        if i not in matched_preds:
            partial = any(_overlap(p.start, p.end, g.start, g.end) for g in golds)
            into.errors["span wrong (overlaps gold)" if partial else "spurious quote"] += 1
    for j, g in enumerate(golds):
        if j not in found_gold:
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
    beliefs: bool = True,
    headlines: bool = True,
) -> Score:
    """Run the pipeline over a gold file and score it.

    gold_path: JSONL gold (PolNeAR format). kinds: restrict the scoring to these kinds.
    limit: only the first N documents. options: as for ``evaluate_many``. beliefs: False scores
    without the records flagged ``belief``.
    RETURNS (Score)
    """
    name = "score" if beliefs else "score without beliefs"
    return evaluate_many(gold_path, {name: kinds}, limit=limit, nlp=nlp, progress=progress, options=options,
                         beliefs=(beliefs,), headlines=headlines)[name]


def evaluate_many(
    gold_path: str | Path,
    kind_sets: dict[str, str | Iterable[str] | None],
    *,
    limit: int | None = None,
    nlp: Any = None,
    progress: bool = False,
    options: Options | None = None,
    beliefs: tuple[bool, ...] = (True,),
    headlines: bool = True,
) -> dict[str, Score]:
    """One pipeline run over a gold file, scored once per named set of kinds (and, with
    ``beliefs=(True, False)``, once more without belief-flagged records, named "... without beliefs").

    options: what the pipeline is asked for (default: everything, whatever is scored).
    headlines: False leaves out what lies in each article's headline (see ``score_article``).
    """
    from ..pipeline import process_many

    wanted = {}
    for name, k in kind_sets.items():
        for with_beliefs in beliefs:
            label = name if with_beliefs else (name if name.endswith("without beliefs") else f"{name} without beliefs")
            wanted[label] = (check_kinds(k), with_beliefs)
    records = list(read_gold(gold_path))[:limit]
    gold_by_id = {doc.id: quotes for doc, quotes in records}
    scores = {name: Score() for name in wanted}
    results = process_many((doc for doc, _ in records), options, nlp=nlp)
    if progress:
        from tqdm import tqdm

        results = tqdm(results, total=len(records), unit="doc", desc="eval", leave=False)
    for result in results:
        for name, (kinds, with_beliefs) in wanted.items():
            score = scores[name]
            if isinstance(result, Article):
                score_article(result, gold_by_id[result.id], kinds, score, beliefs=with_beliefs, headlines=headlines)
            else:  # a skipped gold document: every gold quote in it is missed
                missed = [g for g in gold_by_id[result.id] if g.kind in kinds]
                score.gold += len(missed)
                score.named_gold += sum(g.has_names for g in missed)
                score.gold_by_kind.update(g.kind for g in missed)
                score.errors["document skipped"] += 1
    return scores


def format_score(score: Score, title: str = "") -> str:
    """A small plain-text report of a Score."""
    lines = [title] if title else []
    lines += [
        f"precision          {score.precision:.3f}   ({score.matched} of {score.predicted} predicted quotes match gold)",
        f"recall             {score.recall:.3f}   ({score.found} of {score.gold} gold quotes found)",
        f"F1                 {score.f1:.3f}",
    ]
    if score.speaker_total:
        lines.append(f"speaker accuracy   {score.speaker_accuracy:.3f}   "
                     f"({score.speaker_right} of {score.speaker_total} matched quotes: the mention overlaps the gold speaker)")
    if score.name_total or score.named_gold:
        lines.append(f"name accuracy      {score.name_accuracy:.3f}   "
                     f"({score.name_right} of {score.name_total} matched quotes with a resolved gold name)")
        lines.append(f"end to end         {score.end_to_end_accuracy:.3f}   "
                     f"({score.end_to_end} of {score.named_gold} gold quotes found with the right name)")
        for key, (right, total) in sorted(score.names_by.items()):
            lines.append(f"  name accuracy, {key:<20} {right / total:.3f}   ({right} of {total})")
    for kind, value in score.recall_by_kind().items():
        lines.append(f"recall {kind:<11} {value:.3f}   ({score.found_by_kind[kind]} of {score.gold_by_kind[kind]})")
    for kind, value in score.precision_by_kind().items():
        lines.append(f"precision {kind:<8} {value:.3f}   ({score.matched_by_kind[kind]} of {score.predicted_by_kind[kind]})")
    if score.reliability:
        lines.append("speaker confidence   names right")
        for i, (right, total) in sorted(score.reliability.items()):
            lo, hi = RELIABILITY_BINS[i]
            span = f"{lo:.1f}-{min(hi, 1.0):.1f}"
            lines.append(f"  {span:<18} {right / total:.3f}   ({right} of {total})")
        high = [score.reliability[i] for i, (lo, _) in enumerate(RELIABILITY_BINS) if lo >= 0.9 and i in score.reliability]
        if high:
            right, total = map(sum, zip(*high))
            lines.append(f"  at >= 0.9: {right / total:.3f} right ({right} of {total})")
    if score.errors:
        lines.append("errors: " + ", ".join(f"{k} {v}" for k, v in score.errors.most_common()))
    return "\n".join(lines)
