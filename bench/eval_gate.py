"""CI quality gate: fails when quote extraction falls below pinned floors on PolNeAR dev.

    python bench/eval_gate.py                 # score dev, compare with bench/eval_floors.json
    python bench/eval_gate.py --update        # raise the floors to today's figures (minus a margin)

The floors can be raised, never silently lowered: ``--update`` refuses to lower a floor
unless ``--allow-regression`` is given, and the git history shows who did it and why.
PolNeAR is research data that stays outside the repository (../shared/data/polnear).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "eval_floors.json"
DEFAULT_GOLD = HERE.parent.parent / "shared" / "data" / "polnear" / "dev.jsonl"
#: today's figure minus this becomes the floor: one changed quote moves dev F1 by ~0.0015
MARGIN = 0.005
KIND_SETS = {"direct+mixed": "direct,mixed", "all": None}
#: the fast path (``--kinds direct,mixed --no-entities``: only sentences around quote marks
#: parsed, no NER) is a separate run, held to its own floors
FAST = {"direct+mixed fast": "direct,mixed"}
FAST_OPTIONS = {"kinds": "direct,mixed", "entities": False}
#: the figures the issues set targets for; precision and recall are printed, not pinned
#: (they trade against each other, and F1 is what must not fall)
METRICS = ("f1", "speaker_accuracy")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold JSONL (default: PolNeAR dev)")
    ap.add_argument("--update", action="store_true", help="raise the floors to today's figures minus a margin")
    ap.add_argument("--allow-regression", action="store_true", help="with --update: allow lowering a floor")
    args = ap.parse_args(argv)

    from onrecord.eval import evaluate_many, format_score
    from onrecord.options import Options

    if not Path(args.gold).exists():
        print(f"eval gate: gold file {args.gold} not found (PolNeAR lives in ../shared/data/polnear)", file=sys.stderr)
        return 2
    scores = evaluate_many(args.gold, KIND_SETS)
    scores.update(evaluate_many(args.gold, FAST, options=Options.of(**FAST_OPTIONS)))
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = []
    for name, score in scores.items():
        print(format_score(score, f"== {name} ({Path(args.gold).name})"))
        got = score.as_dict()
        for metric in METRICS:
            floor = floors.get(name, {}).get(metric)
            if floor is None:
                continue
            status = "ok" if got[metric] + 1e-9 >= floor else "BELOW FLOOR"
            print(f"   {metric:<17} {got[metric]:.4f}  floor {floor:.4f}  {status}")
            if status != "ok":
                failed.append(f"{name} {metric} {got[metric]:.4f} < {floor:.4f}")
        print()
    if args.update:
        new = {}
        for name, score in scores.items():
            got = score.as_dict()
            new[name] = {}
            for metric in METRICS:
                proposed = round(max(0.0, got[metric] - MARGIN), 3)
                old = floors.get(name, {}).get(metric)
                if old is not None and proposed < old and not args.allow_regression:
                    proposed = old  # never lower silently
                new[name][metric] = proposed
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
