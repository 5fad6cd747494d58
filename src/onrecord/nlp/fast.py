"""Cached stand-ins for spaCy's ``attribute_ruler`` and rule ``lemmatizer``.

Together they cost about 18% of the pipeline's time on news text: a Matcher pass over ~180
patterns and a Python call per token. Their results depend on the token's text and tag
(and, for a dozen patterns, its neighbour or dependency label), so these components compute
each (text, tag) or (text, POS, morphology) once per process with the very same patterns and
lemmatizer, and write a whole Doc in one array call. The attributes are identical (a test
compares them with spaCy's own components); the cost is a dictionary lookup per token.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH, POS, TAG

#: entries kept before the cache starts over (a worker's vocabulary only grows)
MAX_CACHE = 500_000


class CachedLemmatizer:
    """Sets ``token.lemma`` as ``lemmatizer`` would, from a per-process cache."""

    def __init__(self, nlp: Any, lemmatizer: Any) -> None:
        self.vocab = nlp.vocab
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not len(doc):
            return doc
        keys = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        cache = self.cache
        if len(cache) > MAX_CACHE:
            cache.clear()
        lemmas = []
        for i, (orth, pos, morph, preset) in enumerate(keys):
            if preset:  # set by the attribute ruler ("is" -> "be"): the lemmatizer keeps it too
                lemmas.append(preset)
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                token = doc[i]
                lemma = self.lemmatizer.rule_lemmatize(token)[0] if token.pos_ else token.text
                value = cache[key] = self.vocab.strings.add(lemma)
            lemmas.append(value)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64").reshape(-1, 1))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def _matches(value: Any, spec: Any) -> bool:
    """One token-pattern predicate: a literal, or {"IN": [...]} / {"NOT_IN": [...]}."""
    if isinstance(spec, dict):
        if "IN" in spec:
            return value in spec["IN"]
        if "NOT_IN" in spec:
            return value not in spec["NOT_IN"]
        return False
    return value == spec


def split_patterns(patterns: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict]]:
    """Split attribute-ruler patterns into one-token ones that read only TAG, LOWER and
    IS_SPACE (cacheable per word) and the rest (context: DEP, two tokens, regexes)."""
    simple, context = [], []
    for entry in patterns:
        for pattern in entry["patterns"]:
            keys = set(pattern[0]) if len(pattern) == 1 else {"multi"}
            plain = keys <= {"TAG", "LOWER", "IS_SPACE"} and not any(
                isinstance(v, dict) and "REGEX" in v for v in pattern[0].values()
            )
            if plain:
                simple.append((pattern[0], entry["attrs"]))
            else:
                context.append({"patterns": [pattern], "attrs": entry["attrs"], "index": entry.get("index", 0)})
    return simple, context


class CachedAttributes:
    """The attribute ruler's one-token, context-free patterns, cached per (word, tag).

    Applies those patterns in their order (a later match overrides an earlier one), as the
    attribute ruler does; the context patterns stay with a small attribute ruler that runs
    right after this component.
    """

    def __init__(self, nlp: Any, simple: list[tuple[dict, dict]]) -> None:
        self.vocab = nlp.vocab
        self.simple = simple
        self.cache: dict[tuple[int, int, bool], tuple[int, int, int, int]] = {}

    def _compute(self, token) -> tuple[int, int, int, int]:
        values = {"TAG": token.tag_, "LOWER": token.lower_, "IS_SPACE": token.is_space}
        attrs: dict[str, str] = {}
        for pattern, set_attrs in self.simple:
            if all(_matches(values[k], spec) for k, spec in pattern.items()):
                attrs.update(set_attrs)
        if "TAG" in attrs:
            token.tag_ = attrs["TAG"]
        token.pos_ = attrs.get("POS", token.pos_)
        if "MORPH" in attrs:
            token.set_morph(attrs["MORPH"])
        lemma = self.vocab.strings.add(attrs["LEMMA"]) if "LEMMA" in attrs else token.lemma
        return token.tag, token.pos, token.morph.key, lemma

    def __call__(self, doc):
        if not len(doc):
            return doc
        keys = doc.to_array([ORTH, TAG, IS_SPACE]).tolist()
        cache = self.cache
        if len(cache) > MAX_CACHE:
            cache.clear()
        rows = []
        for i, (orth, tag, space) in enumerate(keys):
            value = cache.get((orth, tag, space))
            if value is None:
                value = cache[(orth, tag, space)] = self._compute(doc[i])
            rows.append(value)
        doc.from_array([TAG, POS, MORPH, LEMMA], numpy.asarray(rows, dtype="uint64"))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)
