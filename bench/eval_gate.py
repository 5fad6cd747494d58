"""CI quality gate: fails when extraction falls below pinned floors on PolNeAR dev and news-dev.

    python bench/eval_gate.py                 # score both, compare with bench/eval_floors.json
    python bench/eval_gate.py --update        # raise the floors to today's figures (minus a margin)

The floors can be raised, never silently lowered: ``--update`` refuses to lower a floor
unless ``--allow-regression`` is given, and the git history shows who did it and why.
The gold data is research data that stays outside the repository (../shared/data).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "eval_floors.json"
DATA = HERE.parent.parent / "shared" / "data"
#: today's figure minus this becomes the floor: one changed quote moves dev F1 by ~0.0015
MARGIN = 0.005
#: gold file -> (prefix of its floor names, the metrics pinned for it, whether its headlines are
#: scored). PolNeAR gives speaker spans (mention accuracy) and annotates no title; news-dev gives
#: resolved names (name accuracy, end to end) and annotates headlines too.
GOLDS = {
    "polnear/dev.jsonl": ("", ("f1", "speaker_accuracy"), False),
    "news-dev/dev.jsonl": ("news-dev ", ("f1", "name_accuracy", "end_to_end"), True),
}
KIND_SETS = {"direct+mixed": "direct,mixed", "all": None}
#: the fast path (``--kinds direct,mixed --no-entities``: only sentences around quote marks
#: parsed, no NER) is a separate run, held to its own floors
FAST = {"direct+mixed fast": "direct,mixed"}
FAST_OPTIONS = {"kinds": "direct,mixed", "entities": False}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DATA), help="folder holding polnear/ and news-dev/ (default: ../shared/data)")
    ap.add_argument("--update", action="store_true", help="raise the floors to today's figures minus a margin")
    ap.add_argument("--allow-regression", action="store_true", help="with --update: allow lowering a floor")
    args = ap.parse_args(argv)

    from onrecord.eval import evaluate_many, format_score
    from onrecord.options import Options

    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed, new = [], {}
    for relative, (prefix, metrics, headlines) in GOLDS.items():
        gold = Path(args.data) / relative
        if not gold.exists():
            print(f"eval gate: gold file {gold} not found (the gold data lives in ../shared/data)", file=sys.stderr)
            return 2
        scores = evaluate_many(gold, KIND_SETS, headlines=headlines)
        scores.update(evaluate_many(gold, FAST, options=Options.of(**FAST_OPTIONS), headlines=headlines))
        for kinds_name, score in scores.items():
            name = prefix + kinds_name
            print(format_score(score, f"== {name} ({relative})"))
            got = score.as_dict()
            new[name] = {}
            for metric in metrics:
                floor = floors.get(name, {}).get(metric)
                proposed = round(max(0.0, got[metric] - MARGIN), 3)
                if floor is not None and proposed < floor and not args.allow_regression:
                    proposed = floor  # never lower silently
                new[name][metric] = proposed
                if floor is None:
                    continue
                status = "ok" if got[metric] + 1e-9 >= floor else "BELOW FLOOR"
                print(f"   {metric:<17} {got[metric]:.4f}  floor {floor:.4f}  {status}")
                if status != "ok":
                    failed.append(f"{name} {metric} {got[metric]:.4f} < {floor:.4f}")
            print()
    if args.update:
        FLOORS.write_text(json.dumps(new, indent=2) + "\n")
        print(f"floors written to {FLOORS}")
        return 0
    if failed:
        print("eval gate FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    print("eval gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
