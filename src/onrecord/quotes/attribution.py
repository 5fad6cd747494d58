"""From a cue to its source: the speaker mention of a reporting verb, as written.

Pure functions over spaCy tokens. ``find_cue`` looks for a reporting verb (or "according
to") in a stretch of tokens; ``speaker_of`` returns the mention span of its source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..types import Speaker
from .cues import (
    CUE_VERBS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Children of a name that belong to the mention ("Sen. Ted Cruz", "Joel Pollak of Breitbart")
_MENTION_LEFT = frozenset({"compound", "flat", "det", "amod", "nmod", "poss", "nummod", "case", "punct"})
_MENTION_RIGHT = frozenset({"compound", "flat", "case"})
_PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person", "i": "person",
    "we": "group", "they": "group", "it": "unknown", "who": "unknown", "you": "person",
}


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase and the token that carries its source."""

    text: str
    start: int
    end: int
    head: object  # spacy Token: the verb (or "according")
    strength: float  # 1.0 speech verb, 0.6 attitude verb


#: Frequent cue forms recognised whatever the tagger says ("Said Ellis: ...")
_CUE_FORMS = frozenset("said says told tells added adds wrote writes asked asks tweeted".split())


def is_cue_verb(token, speech_only: bool = False) -> bool:
    """A verb whose lemma is in the cue lexicon (speech verbs only if ``speech_only``)."""
    if token.lower_ in _CUE_FORMS:
        return True
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    lemma = token.lemma_.lower()
    return lemma in (SPEECH_VERBS if speech_only else CUE_VERBS)


def cue_of(token) -> Cue:
    """The cue phrase headed by ``token``: the verb with its auxiliaries and particles."""
    doc = token.doc
    lo = hi = token.i
    for child in token.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt", "advmod") and abs(child.i - token.i) <= 2:
            lo, hi = min(lo, child.i), max(hi, child.i)
    if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        hi = token.i + 1
    span = doc[lo:hi + 1]
    strength = 1.0 if token.lemma_.lower() in SPEECH_VERBS or token.lower_ == "according" else 0.6
    return Cue(span.text, span.start_char, span.end_char, token, strength)


def mention_span(token):
    """The noun phrase a speaker token heads, as written (a spaCy Span).

    "Sen. Ted Cruz", "a senior administration official", "Joel Pollak of Breitbart" (the
    head and its name parts and determiners; relative clauses and appositions are left out).
    """
    lo = hi = token.i
    for child in token.lefts:
        if child.dep_ in _MENTION_LEFT and child.dep_ != "punct":
            lo = min(lo, child.left_edge.i)
    for child in token.rights:
        if child.dep_ in _MENTION_RIGHT:
            hi = max(hi, child.right_edge.i)
        elif child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "with", "from") and child.i == hi + 1:
            hi = max(hi, child.right_edge.i)  # "a spokesman for the campaign"
    doc = token.doc
    while lo < token.i and doc[lo].is_punct:
        lo += 1
    while hi > token.i and doc[hi].is_punct:
        hi -= 1
    return doc[lo:hi + 1]


def speaker_type(token, text: str) -> str:
    """A first guess at what kind of source a speaker mention is."""
    low = token.lower_
    if low in _PRONOUNS:
        return _PRONOUNS[low]
    first = text.split()[0].lower() if text.split() else ""
    if token.ent_type_ == "PERSON":
        return "person"
    if token.ent_type_ in ("ORG", "NORP", "GPE"):
        return "organization" if token.ent_type_ != "NORP" else "group"
    lemma = token.lemma_.lower()
    if lemma in DOCUMENT_NOUNS:
        return "document"
    if first in ("a", "an", "one", "two", "three", "several", "some", "many", "another") and token.pos_ == "NOUN":
        return "anonymous" if token.tag_ != "NNS" else "group"
    if token.lower_ in GROUP_NOUNS or token.tag_ == "NNS":
        return "group"
    if lemma in ORG_NOUNS:
        return "organization"
    if token.pos_ == "PROPN":
        return "person"
    return "unknown"


def speaker_from_token(token) -> Speaker:
    """A provisional Speaker (name = mention as written) for a source token."""
    span = mention_span(token)
    text = span.text  # the span's own text: Doc.text would rebuild the whole article on every call
    return Speaker(name=text, mention=text, start=span.start_char, end=span.end_char, entity=None,
                   type=speaker_type(token, text))


def subject_of(verb):
    """The source token of a cue verb: its subject, an agent, or an inherited subject."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            if child.dep_ == "nsubjpass":
                # "it was reported by X": the agent is the source
                for c2 in verb.children:
                    if c2.dep_ == "agent":
                        for c3 in c2.children:
                            if c3.dep_ == "pobj":
                                return c3
            return child
    if verb.lower_ == "according":
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                for c2 in child.children:
                    if c2.dep_ == "pobj":
                        return c2
    # "... before saying, ''...''": the subject of the verb the preposition hangs on
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head is not verb.head and is_cue_verb(verb):
        return subject_of(verb.head.head)
    # "..., adding that ...", "and told ...": the subject of the verb it hangs on
    if verb.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl") and verb.head is not verb:
        if verb.dep_ == "acl" or verb.dep_ == "relcl":
            noun = verb.head
            if noun.lemma_.lower() in SPEECH_NOUNS and noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB":
                # "Trump and Ryan issued a statement describing ...": the issuers speak
                issuer = subject_of(noun.head)
                if issuer is not None:
                    return issuer
            return noun if noun.pos_ in ("NOUN", "PROPN", "PRON") else None
        return subject_of(verb.head) if verb.head.i != verb.i else None
    return _nearest_nominal_left(verb)


def _nearest_nominal_left(verb):
    """Fallback when the parse gives no subject: the name or pronoun just before the verb
    in the same clause ("Trump, in Kentucky, said ..." parsed without an nsubj)."""
    doc = verb.doc
    depth = 0
    for i in range(verb.i - 1, max(-1, verb.i - 12), -1):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":", "“", '"', "”") or (tok.is_sent_start and i != verb.i - 1 and depth):
            return None
        depth += 1
        if tok.pos_ in ("PROPN", "PRON") and tok.dep_ not in ("poss",) and tok.lower_ not in ("it", "that", "this"):
            head = tok
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            return head
    return None


def find_cue(
    tokens: Sequence, inside: Iterable[tuple[int, int]] = (), speech_only: bool = False, nearest_last: bool = False
):
    """The best cue among ``tokens`` (not inside a quoted span), or None.

    Prefers speech verbs with a subject, then "according to", then attitude verbs; among
    equals the first one, or the last one with ``nearest_last`` (a lead before a quote).
    """
    spans = list(inside)

    def quoted(tok) -> bool:
        return any(a <= tok.idx < b for a, b in spans)

    best = None
    best_rank = -1
    for tok in tokens:
        if quoted(tok):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            rank = 3
        elif is_cue_verb(tok, speech_only=True):
            rank = 4 if subject_of(tok) is not None else 2
        elif not speech_only and is_cue_verb(tok):
            rank = 1 if subject_of(tok) is not None else 0
        elif tok.lemma_.lower() in SPEECH_NOUNS and tok.pos_ == "NOUN":
            rank = 0
        else:
            continue
        if rank > best_rank or (nearest_last and rank == best_rank):
            best, best_rank = tok, rank
    return best
