"""How often a pronoun speaker resolves to a name, on PolNeAR gold speaker spans.

Builds Quote objects from the gold quotes of a PolNeAR split (speaker spans as written,
unresolved), runs ``onrecord.entities.resolve`` and prints: the share of pronoun speakers
resolved to an entity, by pronoun; the speaker types; and a seeded sample of resolved
pronouns with the text before them, for checking by eye.

    python bench/entity_check.py [../shared/data/polnear/dev.jsonl] [--sample 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from onrecord.entities import resolve
from onrecord.language.pronouns import PRONOUNS
from onrecord.nlp import load_nlp
from onrecord.types import Quote, Speaker

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"


def gold_quotes(record: dict) -> list[Quote]:
    """Quotes of one PolNeAR record, with the gold speaker span as the unresolved mention."""
    out = []
    for i, g in enumerate(record["quotes"]):
        s, e = g.get("speaker_start"), g.get("speaker_end")
        speaker = Speaker(name=g["speaker"], mention=g["speaker"], start=s, end=e) if s is not None else Speaker()
        out.append(Quote(id=f"q{i}", kind=g["kind"], text=g["text"], start=g["start"], end=g["end"],
                         speaker=speaker, fragments=tuple(tuple(f) for f in g.get("fragments") or ())))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    nlp = load_nlp()
    records = [json.loads(line) for line in args.gold.open(encoding="utf-8")]
    pronoun_total, pronoun_named = Counter(), Counter()
    types = Counter()
    resolved = []
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        _, quotes = resolve(doc, gold_quotes(rec))
        for q in quotes:
            sp = q.speaker
            if sp.mention is None:
                continue
            types[sp.type] += 1
            word = sp.mention.lower()
            if word in PRONOUNS:
                pronoun_total[word] += 1
                if sp.entity is not None:
                    pronoun_named[word] += 1
                    resolved.append((rec["text"], sp))
    total, named = sum(pronoun_total.values()), sum(pronoun_named.values())
    print(f"{len(records)} articles; speaker types: {dict(types.most_common())}")
    print(f"pronoun speakers resolved to an entity: {named}/{total} = {named / max(total, 1):.1%}")
    for word, n in pronoun_total.most_common():
        print(f"  {word:6} {pronoun_named[word]:4}/{n:<4}")
    random.Random(args.seed).shuffle(resolved)
    for n, (text, sp) in enumerate(resolved[: args.sample], 1):
        before = " ".join(text[max(0, sp.start - 400): sp.start].split())
        print(f"\n[{n}] {sp.mention!r} -> {sp.name!r} ({sp.type})\n    ...{before} [[{sp.mention}]]")


if __name__ == "__main__":
    main()
