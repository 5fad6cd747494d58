"""Aliases written next to a name: "Kurdistan Workers' Party (PKK/KGK)", "..., also known as ...".

``find_aliases(doc, mentions)`` links each alias mention to the name it is an alias of and
makes mentions for acronyms the NER missed: inside the parentheses, and acronym-only
mentions later in the text ("the PKK said"). ``repeated_sentences(doc, mentions)`` links the
mentions of a sentence the page repeats word for word (a caption repeating the lead) to those of
its first copy; ``predicate_nominals(doc, mentions)`` a definite description after "is" to the
name it is said of ("Cruz is the only contender to have pledged ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..language.names import acronym_key, is_acronym
from .mentions import Mention, make_name, sentence_index

_AKA = (("also", "known", "as"), ("formerly", "known", "as"), ("known", "as"), ("aka",),
        ("a.k.a.",), ("a.k.a",), ("or",))
_LIST_END = frozenset({".", ";", ")", "!", "?", ":"})
_MAX_LIST = 20


def _aka_at(doc: Doc, j: int) -> int | None:
    """Token index after an 'also known as' phrase starting at ``j`` (a comma allowed)."""
    if j < len(doc) and doc[j].text == ",":
        j += 1
    for phrase in _AKA:
        words = [t.lower_ for t in doc[j : j + len(phrase)]]
        if tuple(words) == phrase:
            return j + len(phrase)
    return None


def find_aliases(doc: Doc, mentions: Sequence[Mention]) -> tuple[dict[int, int], list[Mention]]:
    """Return ({alias mention key: key of the name it is an alias of}, new acronym mentions).

    The new mentions are keyed after the last of ``mentions``.
    """
    alias_of: dict[int, int] = {}
    new: list[Mention] = []
    next_key = max((m.key for m in mentions), default=-1) + 1
    by_tok = {t: m for m in mentions if m.kind == "name" for t in range(m.tok_start, m.tok_end)}
    defined: dict[str, Mention] = {}

    def made(t: int, label: str) -> Mention:
        nonlocal next_key
        a = make_name(doc, t, t + 1, label, None, key=next_key)
        next_key += 1
        new.append(a)
        by_tok[t] = a
        return a

    def link(lo: int, hi: int, m: Mention, acronyms_only: bool) -> None:
        for t in range(lo, hi):
            other = by_tok.get(t)
            if other is not None and other is not m and other.kind == "name":
                if not acronyms_only or is_acronym(other.text):
                    alias_of[other.key] = m.key
                    if is_acronym(other.text):
                        defined.setdefault(acronym_key(other.text), m)
            elif other is None and is_acronym(doc[t].text):
                a = made(t, m.label or "ORG")
                alias_of[a.key] = m.key
                defined.setdefault(acronym_key(a.text), m)

    for m in [m for m in mentions if m.kind == "name" and m.label != "PERSON"]:
        j = m.tok_end
        if j < len(doc) and doc[j].text == "(":
            k = j + 1
            while k < len(doc) and k - j < 10 and doc[k].text != ")":
                k += 1
            if k < len(doc) and doc[k].text == ")":
                link(j + 1, k, m, acronyms_only=True)
            continue
        k2 = _aka_at(doc, j)
        if k2 is None:
            continue
        is_or = doc[k2 - 1].lower_ == "or"
        end = k2
        while end < len(doc) and end - k2 < _MAX_LIST and doc[end].text not in _LIST_END:
            end += 1
        # ", or PKK," defines one acronym; "also known as A, B and C" a list of names.
        link(k2, k2 + 1 if is_or else end, m, acronyms_only=is_or)

    # Acronym-only mentions the NER did not tag, after the definition.
    for tok in doc:
        d = defined.get(acronym_key(tok.text)) if is_acronym(tok.text) else None
        if d is not None and tok.i not in by_tok and tok.i > d.tok_end:
            made(tok.i, d.label or "ORG")
    return alias_of, new


#: A sentence repeated word for word is the same statement only when it is long enough to be one
#: ("A ratepayer watchdog group in Auckland admits it was wrong ..."), never "He said." twice.
_REPEAT_MIN_TOKENS = 8


def repeated_sentences(doc: Doc, mentions: Sequence[Mention]) -> dict[int, int]:
    """{mention key: key of the same mention in an earlier copy of its sentence}.

    Pages repeat a sentence word for word: a photo caption repeats the lead ("A ratepayer
    watchdog group in Auckland admits ... Photo: RNZ"), a standfirst the first paragraph. The
    people and bodies of the copy are those of the original, whatever was named between.
    """
    sents = sentence_index(doc)
    spans: dict[int, list[int]] = {}
    for t, s in enumerate(sents):
        spans.setdefault(s, []).append(t)
    first: dict[str, int] = {}  # sentence text -> start char of its first copy
    shift: list[tuple[int, int, int]] = []  # (start char, end char, shift back to the first copy)
    for toks in spans.values():
        if len(toks) < _REPEAT_MIN_TOKENS:
            continue
        span = doc[toks[0]:toks[-1] + 1]
        at = first.setdefault(span.text.strip(), span.start_char)
        if at != span.start_char:
            shift.append((span.start_char, span.end_char, span.start_char - at))
    if not shift:
        return {}
    by_offsets = {(m.start, m.end, m.kind): m.key for m in mentions}
    out: dict[int, int] = {}
    for m in mentions:
        for lo, hi, d in shift:
            if lo <= m.start < hi and (key := by_offsets.get((m.start - d, m.end - d, m.kind))) is not None:
                out[m.key] = key
    return out


def predicate_nominals(doc: Doc, mentions: Sequence[Mention]) -> dict[int, int]:
    """{description key: key of the name it is said to be}: "Cruz is the only top-tier contender
    here to have pledged ...": a definite description after "is" is its subject, a person or
    body the article names, and a pronoun after it refers to that one, not to an unnamed one."""
    names = {t: m for m in mentions if m.kind == "name" and m.label in ("PERSON", "ORG")
             for t in range(m.tok_start, m.tok_end)}
    out: dict[int, int] = {}
    for d in mentions:
        if d.kind != "description" or not d.definite or d.plural:
            continue
        heads = [t for t in doc[d.tok_start:d.tok_end] if not d.tok_start <= t.head.i < d.tok_end]
        if len(heads) != 1 or heads[0].dep_ != "attr" or heads[0].head.lemma_ != "be":
            continue
        subject = next((c for c in heads[0].head.children if c.dep_ == "nsubj"), None)
        named = names.get(subject.i) if subject is not None else None
        if named is not None and subject is not None and named.tok_end - 1 == subject.i:
            out[d.key] = named.key
    return out
