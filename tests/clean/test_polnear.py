"""Real articles: PolNeAR dev texts are clean news copy, so little may be flagged and no gold quote."""

from __future__ import annotations

import json

import pytest

from onrecord.clean import find_boilerplate, in_boilerplate
from onrecord.types import Document

pytestmark = pytest.mark.polnear


@pytest.fixture(scope="module")
def dev(polnear_dir):
    with (polnear_dir / "dev.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_few_characters_of_real_articles_are_flagged(dev):
    shares = []
    for record in dev:
        text = record["text"]
        found = find_boilerplate(Document(record["id"], text))
        for b in found:  # shown with pytest -s, to see what the rules catch
            print(f"{record['id'][-40:]:40} {b.reason:14} {text[b.start:b.end][:80]!r}")
        shares.append(sum(b.end - b.start for b in found) / len(text))
    mean = sum(shares) / len(shares)
    print(f"mean share flagged {mean:.4f}, max {max(shares):.4f}")
    assert mean < 0.02
    assert max(shares) < 0.15


def test_gold_quotes_are_not_inside_boilerplate(dev):
    total = inside = 0
    for record in dev:
        found = find_boilerplate(Document(record["id"], record["text"]))
        for quote in record["quotes"]:
            total += 1
            inside += in_boilerplate(found, quote["start"], quote["end"]) is not None
    assert total > 1000
    assert inside <= 0.005 * total
