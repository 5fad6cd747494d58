"""PolNeAR all-kinds F1 with its noun-phrase contents left out of the gold (issue 15's definition).

    python bench/polnear_propositions.py ../shared/data/polnear/test.jsonl

PolNeAR marks the target of any act of speech or attitude as its content ("attacked Machado",
"endorsed Clinton", "questioned the health of Donald Trump"); onrecord reports a content only
when it is a proposition (a clause, or a noun with a content clause), as issue 15 asks. This
script scores the full pipeline as ``onrecord eval --no-headlines`` does, except that a gold
reported-speech quote whose span holds no clause (by the same spaCy model's parse of the
article: no verb heading the span or a clause inside it) is left out, with the predictions that
match or overlap it. It prints both figures so the gap between the two definitions is seen, and
the ceiling of the as-annotated F1 for any extractor that keeps to the contract: with every
proposition found, recall is at most the propositions' share of the gold.
"""

from __future__ import annotations

import argparse
import sys

from onrecord.eval import _overlap, evaluate, match, read_gold
from onrecord.nlp import load_nlp
from onrecord.pipeline import process_many
from onrecord.quotes.marks import headline_length
from onrecord.types import Article

_CLAUSE_DEPS = ("ccomp", "xcomp", "acl", "relcl", "advcl", "ROOT", "conj")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="a PolNeAR JSONL file (dev or test)")
    args = ap.parse_args(argv)
    nlp = load_nlp()
    records = list(read_gold(args.gold))
    gold = {doc.id: quotes for doc, quotes in records}
    tp = fp = fn = left_gold = left_pred = 0
    for art in process_many((doc for doc, _ in records), nlp=nlp):
        if not isinstance(art, Article):
            continue
        body = headline_length(art.text)
        golds = [g for g in gold[art.id] if g.start >= body]
        preds = [q for q in art.quotes if "boilerplate" not in q.flags and q.start >= body]
        doc = nlp(art.text)

        def noun_phrase(g, doc=doc) -> bool:
            if g.kind != "indirect":
                return False
            span = doc.char_span(g.start, g.end, alignment_mode="expand")
            if span is None or not len(span):
                return False
            return not (span.root.pos_ in ("VERB", "AUX")
                        or any(t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSE_DEPS for t in span))

        out = {j for j, g in enumerate(golds) if noun_phrase(g)}
        matched = dict(match(preds, golds))
        for i, p in enumerate(preds):
            if i in matched:
                left_pred += matched[i] in out
                tp += matched[i] not in out
            elif any(_overlap(p.start, p.end, golds[j].start, golds[j].end) for j in out):
                left_pred += 1
            else:
                fp += 1
        found = set(matched.values())
        left_gold += len(out)
        fn += sum(1 for j in range(len(golds)) if j not in out and j not in found)
    full = evaluate(args.gold, nlp=nlp, headlines=False)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{args.gold}  all kinds, --no-headlines")
    print(f"as annotated          P {full.precision:.3f}  R {full.recall:.3f}  F1 {full.f1:.3f}")
    print(f"propositions only     P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   "
          f"({left_gold} noun-phrase contents left out of the gold, {left_pred} predictions on them)")
    # The most a reader of the contract can score as annotated: every proposition found (recall
    # at most the propositions' share of the gold), at this run's precision and at precision 1.
    share = 1 - left_gold / max(full.gold, 1)
    for label, prec in (("at this precision", full.precision), ("at precision 1.0", 1.0)):
        ceiling = 2 * prec * share / (prec + share) if prec + share else 0.0
        print(f"ceiling {label:<18}F1 {ceiling:.3f}   (every proposition found: recall {share:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
