"""How often the speaker gender onrecord gives is right, and how often it is unknown.

    python bench/gender_check.py --gold GOLD.tsv [--data ../shared/data/news-dev/dev.jsonl] [--fast]

GOLD.tsv is a hand-made judgement of each person of the data set (doc, person, gender, evidence:
see docs/entities.md#speaker-gender; the one used for the figures there is not in the repository,
like the data it describes). For each gold person, the pipeline's output is searched for the
quotes whose resolved speaker is that person (the name or any alias the gold file's data gives,
folded, titles dropped), and their ``speaker.gender`` is compared with the gold:

- persons: the gender onrecord gives a person is the one its quotes carry (two different ones
  count as wrong); "unknown" when every quote says unknown;
- quotes: every gold quote by a person, matched to an extracted quote whose span overlaps it by
  half of each and whose speaker is that person.

Reported separately for persons whose article states the gender (an honorific, a gendered noun, a
pronoun), those for whom only a given name tells, and those for whom the article says nothing
(where "unknown" is the right answer).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

from onrecord.nlp import load_nlp
from onrecord.pipeline import extract
from onrecord.store.names import fold, person_key

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "news-dev" / "dev.jsonl"


def read_gold(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {(r["doc"], r["person"]): r for r in csv.DictReader(lines, delimiter="\t")}


def keys(name: str | None) -> set[str]:
    if not name:
        return set()
    return {k for k in (fold(name), person_key(name)) if k}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * (a[1] - a[0]) and inter >= 0.5 * (b[1] - b[0])


def _share(n: int, total: int) -> str:
    return f"{n} ({100 * n / total:.0f}%)" if total else str(n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="the hand-made gold TSV")
    parser.add_argument("--data", type=Path, default=DATA, help="news-dev dev.jsonl")
    parser.add_argument("--fast", action="store_true", help="the fast path (direct and mixed quotes, no entities)")
    args = parser.parse_args()
    gold = read_gold(args.gold)
    nlp = load_nlp()
    options = {"kinds": ("direct", "mixed"), "entities": False} if args.fast else {}
    persons: dict[str, Counter] = defaultdict(Counter)  # evidence -> outcome
    quotes: dict[str, Counter] = defaultdict(Counter)
    wrong: list[str] = []
    missed: list[str] = []
    for line in args.data.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = extract(record["text"], nlp=nlp, **options)
        aliases: dict[str, set[str]] = defaultdict(set)
        for e in record["entities"]:
            if e["type"] == "PERSON":
                aliases[e["name"]].update(k for a in [e["name"], *e["aliases"]] for k in keys(a))
        for q in record["quotes"]:
            if q.get("speaker_type") == "person" and q.get("speaker"):
                aliases[q["speaker"]].update(k for a in [q["speaker"], *(q.get("names") or [])] for k in keys(a))
        for (doc, person), row in gold.items():
            if doc != record["id"]:
                continue
            names = aliases.get(person, keys(person))
            said = [p for p in article.quotes if keys(p.speaker.name) & names]
            if not said:
                persons[row["evidence"]]["not a speaker in the output"] += 1
                continue
            given = {p.speaker.gender for p in said} - {"unknown"}
            outcome = "unknown" if not given else ("right" if given == {row["gender"]} else "wrong")
            persons[row["evidence"]][outcome] += 1
            if outcome == "wrong" or (outcome != "unknown" and row["evidence"] == "none"):
                wrong.append(f"{doc} {person}: gold {row['gender']} ({row['evidence']}), given {sorted(given)}")
            elif outcome == "unknown" and row["evidence"] != "none":
                missed.append(f"{doc} {person} ({row['evidence']}; as {sorted({p.speaker.name for p in said})})")
            for g in record["quotes"]:
                if g.get("speaker") != person:
                    continue
                spans = [tuple(f) for f in g.get("fragments") or [[g["start"], g["end"]]]]
                match = next((p for p in said for s in spans for f in p.fragments if overlaps(s, tuple(f))), None)
                if match is None:
                    quotes[row["evidence"]]["not found with this speaker"] += 1
                else:
                    got = match.speaker.gender
                    quotes[row["evidence"]]["unknown" if got == "unknown" else
                                           ("right" if got == row["gender"] else "wrong")] += 1
    print(f"speaker gender on {args.data.name} ({'fast path' if args.fast else 'full pipeline'}), gold {args.gold.name}")
    for title, table in (("persons", persons), ("quotes by persons", quotes)):
        print(f"\n{title}:")
        for evidence in ("text", "name", "none"):
            counts = table[evidence]
            found = counts["right"] + counts["wrong"] + counts["unknown"]
            missing = sum(counts.values()) - found
            right, wrong_, unknown = (_share(counts[k], found) for k in ("right", "wrong", "unknown"))
            print(f"  article gives it by {evidence:<4}: {found:>3} found as speakers: right {right}, "
                  f"wrong {wrong_}, unknown {unknown}; {missing} not found")
        total = sum((table[e] for e in ("text", "name")), Counter())
        given = total["right"] + total["wrong"]
        found = given + total["unknown"]
        if found:
            print(f"  stated (text or name): gender given for {given} of {found} ({100 * given / found:.0f}%), "
                  f"right in {total['right']} of {given} ({100 * total['right'] / max(1, given):.0f}%)")
    if wrong:
        print("\nwrong or guessed:")
        for line in wrong:
            print("  " + line)
    if missed:
        print("\nunknown although the article tells:")
        for line in missed:
            print("  " + line)


if __name__ == "__main__":
    main()
