"""The cached attribute ruler and lemmatizer give exactly what spaCy's own components give."""

from __future__ import annotations

from onrecord.nlp import load_nlp

TEXTS = [
    "“We ain't gonna stop,” said Ms. Ruiz, who has championed the wall. Y'all know it.",
    "There are 40 boats idle; there's no money. Let's see what they've done, c'mon.\n\nHe didn't say.",
    "The union said it had been left with no choice. I'm not sure they were right, she wrote.",
]


def test_cached_components_match_spacy_token_for_token():
    fast, slow = load_nlp(fast=True), load_nlp(fast=False)
    assert "onrecord_cached_attributes_v1" in fast.pipe_names
    assert "lemmatizer" in slow.pipe_names
    for _ in range(2):  # the second pass is served from the caches
        for a, b in zip(fast.pipe(TEXTS), slow.pipe(TEXTS)):
            got = [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in a]
            want = [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in b]
            assert got == want
