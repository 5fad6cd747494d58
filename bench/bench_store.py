"""Benchmark the SQLite store: ingest rate and search latency on a synthetic database.

    python bench/bench_store.py                      # 100,000 quotes (25,000 articles x 4)
    python bench/bench_store.py --quotes 20000 --db /tmp/bench.db

Generates articles with the shape of news (outlets, dates over ten years, a pool of named
speakers, anonymous sources, entities, 5% reused wire quotes, Zipf-distributed words), stores
them with ``Store.add_articles``, then times searches of several kinds. Prints articles/s and,
per kind and overall, the median and p95 latency in milliseconds (goal: under 50 ms).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from onrecord.search import SearchQuery
from onrecord.store import open_store
from onrecord.types import Article, Entity, Quote, Speaker

COMMON = ("the of and to a in that is for it on was with he as his they be at by this had not are but from or have "
          "an we will would there their been has were which she all one our can who more if no about so what up out "
          "people government war country minister election said new last year president police time state against "
          "security economy law court attack peace talks vote crisis deal support plan children families water").split()
FIRST = "Jane John Maria Ahmed Wei Olga Peter Fatima Carlos Aiko Samuel Grace Ivan Nadia Tom Lucia Omar Ines Raj Ana".split()
LAST = ("Roe Smith Garcia Khan Zhang Petrova Okafor Haddad Silva Tanaka Mensah Novak Kowalski Rossi Dubois Larsen "
        "Moreau Costa Nguyen Ivanova Mbeki Schmidt Fischer Brown Wilson Taylor Cohen Levi Park Kim").split()
OUTLETS = [f"Outlet {i}" for i in range(30)]
PLACES = "Syria Ukraine Brazil Kenya Japan France Canada India Egypt Chile".split()


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    """Common words first, then invented ones: index i is drawn with Zipf-like weight 1/(i+1)."""
    syllables = "ka lo mi ne ru sa te vo zi pa re do fu gi ha".split()
    words = list(COMMON)
    while len(words) < size:
        words.append("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return words


def make_articles(n_articles: int, quotes_per_article: int, seed: int = 7):
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1 / (i + 1) for i in range(len(words))]
    people = [f"{f} {l}" for f in FIRST for l in LAST]  # 600 full names
    wire = [" ".join(rng.choices(words, weights, k=18)) for _ in range(500)]
    for a in range(n_articles):
        parts, quotes = [], []
        place = rng.choice(PLACES)
        for q in range(quotes_per_article):
            if rng.random() < 0.05:
                text = rng.choice(wire)
            else:
                text = " ".join(rng.choices(words, weights, k=rng.randint(8, 30)))
            if rng.random() < 0.3:
                text += f" in {place}"
            anonymous = rng.random() < 0.1
            name = "a senior official" if anonymous else rng.choice(people)
            offset = sum(len(p) for p in parts)
            sentence = f'"{text}," {name} said.\n\n'
            parts.append(sentence)
            quotes.append(Quote(id=f"q{q}", kind=rng.choice(("direct", "direct", "indirect", "mixed")), text=text,
                                start=offset + 1, end=offset + 1 + len(text), cue="said",
                                speaker=Speaker(name=name, mention=name, type="anonymous" if anonymous else "person")))
        body = "".join(parts) + f"Article {a} about {place}."
        at = body.rindex(place)
        year, month, day = rng.randint(2010, 2020), rng.randint(1, 12), rng.randint(1, 28)
        yield Article(id=f"a{a}", source=f"synthetic/{a}.txt", text=body, quotes=tuple(quotes),
                      entities=(Entity(id="e1", name=place, type="GPE", mentions=((at, at + len(place)),)),),
                      meta={"site": rng.choice(OUTLETS), "date": f"{year}-{month:02d}-{day:02d}",
                            "title": f"Synthetic article {a}"})


def queries(rng: random.Random, n: int) -> dict[str, list[SearchQuery]]:
    people = [f"{f} {l}" for f in FIRST for l in LAST]
    return {
        "common word": [SearchQuery(q=rng.choice(COMMON[:40])) for _ in range(n)],
        "rarer word": [SearchQuery(q=rng.choice(COMMON[40:])) for _ in range(n)],
        "phrase": [SearchQuery(q=f'"{rng.choice(COMMON[:30])} {rng.choice(COMMON[:30])}"') for _ in range(n)],
        "prefix": [SearchQuery(q=rng.choice(["secur*", "elect*", "gov*", "pe*", "vot*"])) for _ in range(n)],
        "speaker": [SearchQuery(speaker=rng.choice(people)) for _ in range(n)],
        "speaker + word": [SearchQuery(q=rng.choice(COMMON[:40]), speaker=rng.choice(people)) for _ in range(n)],
        "outlet + dates": [SearchQuery(outlet=rng.choice(OUTLETS), since="2015-01", until="2016-06") for _ in range(n)],
        "word + entity": [SearchQuery(q=rng.choice(COMMON[40:]), entity=rng.choice(PLACES)) for _ in range(n)],
        "page 5 of a word": [SearchQuery(q=rng.choice(COMMON[:40]), page=5) for _ in range(n)],
    }


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--per-article", type=int, default=4)
    parser.add_argument("--db", default=None, help="database file (default: a temporary one)")
    parser.add_argument("--runs", type=int, default=40, help="searches per kind")
    args = parser.parse_args()
    n_articles = args.quotes // args.per_article
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db or Path(tmp) / "bench.db")
        with open_store(path) as store:
            started = time.perf_counter()
            stats = store.add_articles(make_articles(n_articles, args.per_article), batch_size=500)
            elapsed = time.perf_counter() - started
            totals = store.stats()
            print(f"ingest: {stats.added:,} articles, {stats.quotes:,} quotes in {elapsed:.1f} s = "
                  f"{stats.added / elapsed:,.0f} articles/s ({stats.quotes / elapsed:,.0f} quotes/s); "
                  f"{totals['speakers']:,} speakers, {totals['quote_groups']:,} quote groups, "
                  f"file {path.stat().st_size / 1e6:,.0f} MB")
            rng = random.Random(11)
            everything: list[float] = []
            for kind, batch in queries(rng, args.runs).items():
                times = []
                for query in batch:
                    t0 = time.perf_counter()
                    store.search(query)
                    times.append(time.perf_counter() - t0)
                everything.extend(times)
                print(f"search {kind:<17} {ms(times)}")
            print(f"search {'all':<17} {ms(everything)}   ({len(everything)} searches, goal < 50 ms)")


if __name__ == "__main__":
    main()
