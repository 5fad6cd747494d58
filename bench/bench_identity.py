"""One person, one speaker: how well the store's identities hold on PolNeAR train + dev.

    python bench/bench_identity.py --db /tmp/polnear.db      # ingests train + dev the first time (minutes)
    python bench/bench_identity.py --db /tmp/polnear.db      # later runs derive the speakers again (seconds)

Ingests ``train.jsonl`` and ``dev.jsonl`` of ``../shared/data/polnear`` into one store with the
full pipeline (when ``--db`` does not exist yet), derives every speaker again under the current
rules (``Store.reidentify``: no article is extracted again), and measures against the hand-written
gold ``bench/identity_gold.json`` (names and variants only):

- for each gold person, their quotes, the share of them under their largest speaker row, and
  the rows that hold them; the goal is 95% or more for the people marked ``top``;
- the speaker rows that hold quotes of two gold people (goal: none), and the gold pairs that
  must stay apart but share a row;
- person keys with a title, role or modifier word before the surname (goal: none);
- people with two rows among the 50 most quoted speakers (``onrecord speakers --top 50``): gold
  people, and any two rows whose names start and end with the same words.

Which quotes are a gold person's is decided here from each quote's own article, without the
store's rules: the speaker name as the article resolved it ends with one of their variants (the
longest that fits; "Former Secretary Clinton" is Hillary Clinton, "a top adviser for President
Obama" is nobody); or it is their surname alone or after a title ("Mr. Trump") and the quote's
entity, else the article's entities, name exactly one gold person of that surname. Quotes whose
article names two (or none) are left out: no one can tell from the names alone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "polnear"
GOLD = Path(__file__).with_name("identity_gold.json")
#: titles before a surname: "Mr. Trump", "Sen. Cruz" (a short list, independent of the store's)
TITLE_WORDS = frozenset("mr mrs ms miss dr sen senator gov governor president pres secretary rep congressman "
                        "congresswoman speaker director mayor judge vice general attorney candidate".split())
DETERMINERS = frozenset("a an the one some another two three several many other this that these those".split())
LINKS = frozenset("for with by from about against than and or to at on".split())


def norm(text: str | None) -> str:
    """Lower case, no accents, dots and apostrophes as spaces, one space between words."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’`]s\b", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


class Gold:
    def __init__(self, path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.people = data["people"]
        self.orgs = data["organisations"]
        self.apart = [tuple(pair) for pair in data["apart"]]
        self.variants: list[tuple[str, str]] = sorted(
            ((norm(v), p["name"]) for p in self.people for v in {p["name"], *p["variants"]}),
            key=lambda vp: -len(vp[0]))
        self.surnames: dict[str, list[str]] = defaultdict(list)
        for p in self.people:
            self.surnames[norm(p["surname"])].append(p["name"])
        self.org_variants = {norm(v).removeprefix("the "): o["name"] for o in self.orgs for v in {o["name"], *o["variants"]}}
        self.top = [p["name"] for p in self.people if p.get("top")] + [o["name"] for o in self.orgs if o.get("top")]

    def named(self, text: str | None) -> str | None:
        """The gold person a written name ends with (longest variant first), or None."""
        cut = norm(re.split(r"[,(]", text or "")[0])
        for variant, person in self.variants:
            if cut == variant:
                return person
            if cut.endswith(" " + variant):
                prefix = cut[: -len(variant)].split()
                if prefix and prefix[0] not in DETERMINERS and not LINKS & set(prefix):
                    return person
        return None

    def person_of(self, name: str | None, entity: tuple[str, list[str]] | None,
                  article: list[tuple[str, list[str]]]) -> str | None:
        person = self.named(name)
        if person:
            return person
        words = norm(re.split(r"[,(]", name or "")[0]).split()
        if not words or words[-1] not in self.surnames or len(words) > 2 or (len(words) == 2 and words[0] not in
                                                                              TITLE_WORDS):
            return None
        candidates = set(self.surnames[words[-1]])
        for texts in ([entity] if entity else [], article):
            found = {p for n, aliases in texts for t in (n, *aliases) if (p := self.named(t)) in candidates}
            # someone else of that surname named in full, who is not in the gold ("Anne Marie Murphy")
            others = {norm(n) for n, _ in texts if len(norm(n).split()) > 1 and norm(n).split()[-1] == words[-1]
                      and not self.named(n)}
            if len(found) == 1 and not others:
                return found.pop()
            if found or others:
                return None
        return None

    def org_of(self, name: str | None) -> str | None:
        return self.org_variants.get(norm(name).removeprefix("the "))


def ingest(db: Path, data: Path) -> None:
    from onrecord.store import open_store
    from onrecord.store.ingest import ingest as run

    inputs = [str(data / "train.jsonl"), str(data / "dev.jsonl")]
    started = time.perf_counter()
    done = Counter()

    def tick(kind: str) -> None:
        done[kind] += 1
        if sum(done.values()) % 50 == 0:
            print(f"  ingested {sum(done.values())} inputs ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    with open_store(db) as store:
        stats = run(inputs, store, on_item=tick)
    print(f"ingested {stats.added} articles ({stats.quotes} quotes) in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)


def measure(db: Path, gold: Gold) -> dict[str, Any]:
    from onrecord.language.names import TITLES
    from onrecord.language.roles import NAME_MODIFIERS, ROLE_WORDS
    from onrecord.store import open_store

    with open_store(db) as store:
        started = time.perf_counter()
        summary = store.reidentify()
        seconds = time.perf_counter() - started
        conn = store.conn
        entities: dict[str, dict[str, tuple[str, list[str]]]] = defaultdict(dict)
        for article_id, local_id, name, aliases in conn.execute(
                "SELECT article_id, local_id, name, aliases FROM article_entities"):
            entities[article_id][local_id] = (name, json.loads(aliases))
        names = dict(conn.execute("SELECT id, name FROM speakers"))
        keys = dict(conn.execute("SELECT id, key FROM speakers"))
        quotes = conn.execute("SELECT id, article_id, speaker_name, speaker_entity, speaker_type, speaker_id"
                              " FROM quotes").fetchall()
        top50 = [r["id"] for r in store.top_speakers(50)]
    by_gold: dict[str, Counter[int | None]] = defaultdict(Counter)
    by_row: dict[int, Counter[str]] = defaultdict(Counter)
    for _qid, article_id, name, entity_id, kind, speaker_id in quotes:
        ents = entities.get(article_id, {})
        who = gold.org_of(name) if kind == "organization" else None
        who = who or gold.person_of(name, ents.get(entity_id) if entity_id else None, list(ents.values()))
        if who is None:
            continue
        by_gold[who][speaker_id] += 1
        if speaker_id is not None:
            by_row[speaker_id][who] += 1
    table = []
    for who in [p["name"] for p in gold.people] + [o["name"] for o in gold.orgs]:
        counts = by_gold.get(who, Counter())
        total = sum(counts.values())
        best, largest = max(counts.items(), key=lambda kv: kv[1]) if counts else (None, 0)
        table.append({"gold": who, "top": who in gold.top, "quotes": total, "largest": largest,
                      "share": largest / total if total else None, "rows": len(counts),
                      "row": names.get(best) if best is not None else None})
    mixed = {sid: dict(c) for sid, c in by_row.items() if len(c) > 1}
    apart = [(a, b, sid) for a, b in gold.apart for sid, c in by_row.items() if c.get(a) and c.get(b)]
    banned = set(TITLES) | ROLE_WORDS | NAME_MODIFIERS
    titled = []
    for key in keys.values():
        if key.startswith("person:"):
            words = key.split(":", 1)[1].split()
        elif key.startswith("local:") and ":person:" in key:
            words = key.split(":person:", 1)[1].split("#")[0].split()
        else:
            continue
        if any(w in banned for w in words[:-1]):
            titled.append(key)
    majority = {}
    for sid in top50:
        c = by_row.get(sid)
        if c:
            who, n = c.most_common(1)[0]
            if n * 2 > sum(c.values()):
                majority[sid] = who
    twice = {who: [names[s] for s in top50 if majority.get(s) == who]
             for who in set(majority.values()) if list(majority.values()).count(who) > 1}
    # and, gold or not, two rows of the top 50 whose names start and end with the same words
    ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sid in top50:
        words = norm(names[sid]).split()
        if len(words) > 1:
            ends[(words[0], words[-1])].append(names[sid])
    for pair, rows in ends.items():
        if len(rows) > 1:
            twice.setdefault(" ... ".join(pair), rows)
    return {"table": table, "mixed": mixed, "apart": apart, "titled": titled, "top50_twice": twice,
            "names": names, "seconds": seconds, "summary": summary}


def report(result: dict[str, Any]) -> int:
    names = result["names"]
    s = result["summary"]
    print(f"speakers derived again in {result['seconds']:.1f} s: {s['speakers']} speakers "
          f"({s['speakers_before']} before), {s['quotes_moved']} quotes changed speaker\n")
    print(f"{'gold':<28} {'quotes':>6} {'largest row':>11} {'share':>7} {'rows':>5}  largest row's name")
    failing = []
    for r in result["table"]:
        share = f"{100 * r['share']:.1f}%" if r["share"] is not None else "—"
        mark = "*" if r["top"] else " "
        print(f"{mark}{r['gold']:<27} {r['quotes']:>6} {r['largest']:>11} {share:>7} {r['rows']:>5}  {r['row'] or ''}")
        if r["top"] and (r["share"] is None or r["share"] < 0.95):
            failing.append(r["gold"])
    top = [r for r in result["table"] if r["top"]]
    print(f"\n(* the {len(top)} people and organisations measured; the others are there to be kept apart)")
    print(f"top gold with >= 95% of their quotes under one row: {len(top) - len(failing)} of {len(top)}"
          + (f"; below: {', '.join(failing)}" if failing else ""))
    print(f"mean rows per top gold person: {sum(r['rows'] for r in top) / len(top):.2f}")
    print(f"rows holding two gold people: {len(result['mixed'])}")
    for sid, counts in sorted(result["mixed"].items()):
        print(f"  row {sid} '{names[sid]}': {counts}")
    print(f"pairs that must stay apart sharing a row: {len(result['apart'])}")
    for a, b, sid in result["apart"]:
        print(f"  {a} / {b}: row {sid} '{names[sid]}'")
    print(f"person keys with a title, role or modifier word: {len(result['titled'])}")
    for key in result["titled"][:20]:
        print(f"  {key}")
    print(f"people with two rows in speakers --top 50: {len(result['top50_twice'])}")
    for who, rows in sorted(result["top50_twice"].items()):
        print(f"  {who}: {rows}")
    ok = not failing and not result["mixed"] and not result["apart"] and not result["titled"] \
        and not result["top50_twice"]
    print("\nall goals met" if ok else "\nsome goals not met")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="the store (created from PolNeAR when missing)")
    parser.add_argument("--data", type=Path, default=DATA, help="the PolNeAR folder with train.jsonl and dev.jsonl")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the identity gold (JSON)")
    args = parser.parse_args()
    if not args.db.exists():
        if not (args.data / "train.jsonl").exists():
            print(f"{args.data}: no train.jsonl; give --data", file=sys.stderr)
            return 2
        ingest(args.db, args.data)
    return report(measure(args.db, Gold(args.gold)))


if __name__ == "__main__":
    raise SystemExit(main())
