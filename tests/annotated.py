"""Docs built by hand, as spaCy's own tests build them: rule tests that need no model.

``annotated(text, rows)`` makes a spaCy ``Doc`` over a blank English vocabulary (no pipeline
loaded) whose ``doc.text`` is exactly ``text``, with the POS, tags, dependencies, lemmas and
entities the rows give: one row per token, (word, POS, tag, dependency, head index, lemma,
entity as "B-PERSON" / "I-PERSON" / "").
"""

from __future__ import annotations

import functools

import spacy
from spacy.tokens import Doc


@functools.lru_cache(maxsize=1)
def _vocab():
    return spacy.blank("en").vocab


def annotated(text: str, rows: list[tuple[str, str, str, str, int, str, str]]) -> Doc:
    words = [r[0] for r in rows]
    spaces, at = [], 0
    for word in words:
        found = text.index(word, at)
        assert text[at:found].strip() == "", f"{word!r} does not follow {text[:at]!r}"
        at = found + len(word)
        spaces.append(text[at:at + 1] == " ")
        if spaces[-1]:
            at += 1
    doc = Doc(_vocab(), words=words, spaces=spaces, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
              ents=[r[6] or "O" for r in rows])
    assert doc.text == text, (doc.text, text)
    return doc


def parsed_quotes(text: str, rows: list[tuple[str, str, str, str, int, str, str]]) -> list:
    """The quote records ``extract_quotes`` makes of a Doc built from ``rows`` (no model loaded)."""
    from onrecord.quotes import ArticleIndex, extract_quotes

    return extract_quotes(ArticleIndex(annotated(text, rows)))


def speaker_names(nlp, text: str) -> list[str | None]:
    """The ``speaker.name`` of every quote the whole pipeline finds in ``text``, in order."""
    from onrecord import extract

    return [q.speaker.name for q in extract(text, nlp=nlp).quotes]


def article_quotes(nlp, text: str) -> list:
    """The quote records the whole pipeline makes of ``text``, in order."""
    from onrecord import extract

    return list(extract(text, nlp=nlp).quotes)
