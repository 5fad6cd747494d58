"""Speaker finding: from a cue (or a dash, a colon, a transcript name) to the mention of its source.

The mention is the one *as written* ("he", "Ms. Connor", "a senior official"), with its span
and a first guess at its type; the entities stage resolves names afterwards. Pure functions
over spaCy tokens and the article index.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..language.nouns import ALL_DOCUMENT_NOUNS, ALL_ORG_NOUNS, GROUP_NOUNS, INDEFINITE_DETERMINERS
from ..language.pronouns import FIRST_PERSON, NOT_SOURCE_PRONOUNS, PRONOUNS, pronoun_speaker_type
from ..language.tokens import lemma
from ..types import UNKNOWN_SPEAKER, Speaker
from .cues import subject_of
from .index import ArticleIndex

#: Children of a name that belong to the mention ("Sen. Ted Cruz", "Joel Pollak of Breitbart")
_MENTION_LEFT = frozenset({"compound", "flat", "det", "amod", "nmod", "poss", "nummod", "case"})
_MENTION_RIGHT = frozenset({"compound", "flat", "case"})
#: Prepositions that join a description to the mention ("a spokesman for the campaign")
_MENTION_PREPS = frozenset({"of", "for", "at", "with", "from"})
DASHES = ("—", "–", "-", "―", "−")


def mention_span(token: Token) -> Span:
    """The noun phrase a speaker token heads, as written.

    "Sen. Ted Cruz", "a senior administration official", "Joel Pollak of Breitbart" (the
    head and its name parts and determiners; relative clauses and appositions are left out).
    """
    lo = hi = token.i
    for child in token.lefts:
        if child.dep_ in _MENTION_LEFT:
            lo = min(lo, child.left_edge.i)
    for child in token.rights:
        if child.dep_ in _MENTION_RIGHT:
            hi = max(hi, child.right_edge.i)
        elif child.dep_ == "prep" and child.lower_ in _MENTION_PREPS and child.i == hi + 1:
            hi = max(hi, child.right_edge.i)  # "a spokesman for the campaign"
    doc = token.doc
    while lo < token.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > token.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return doc[lo:hi + 1]


def speaker_type(token: Token, text: str) -> str:
    """A first guess at what kind of source a speaker mention is."""
    low = token.lower_
    if low in PRONOUNS or low in FIRST_PERSON or low == "who":
        return pronoun_speaker_type(low)
    first = text.split()[0].lower() if text.split() else ""
    if token.ent_type_ == "PERSON":
        return "person"
    if token.ent_type_ in ("ORG", "NORP", "GPE"):
        return "organization" if token.ent_type_ != "NORP" else "group"
    word = lemma(token)
    if word in ALL_DOCUMENT_NOUNS:
        return "document"
    if first in INDEFINITE_DETERMINERS and token.pos_ == "NOUN":
        return "anonymous" if token.tag_ != "NNS" else "group"
    if token.lower_ in GROUP_NOUNS or token.tag_ == "NNS":
        return "group"
    if word in ALL_ORG_NOUNS:
        return "organization"
    if token.pos_ == "PROPN":
        return "person"
    return "unknown"


def speaker_from_token(token: Token) -> Speaker:
    """A provisional Speaker (name = mention as written) for a source token."""
    span = mention_span(token)
    text = span.text  # the span's own text: Doc.text would rebuild the whole article on every call
    return Speaker(name=text, mention=text, start=span.start_char, end=span.end_char, entity=None,
                   type=speaker_type(token, text))  # type: ignore[arg-type]


def speaker_for(cue_token: Token, index: ArticleIndex) -> Speaker:
    """The speaker of a cue: its subject (outside the quote), else a name next to it."""
    subj = subject_of(cue_token)
    if subj is not None and index.in_quote(subj.idx):
        subj = None  # "I", "we" inside the quote are not its speaker
    if subj is None:
        subj = nominal_near(index, cue_token)
    if subj is None:
        return UNKNOWN_SPEAKER
    if subj.lower_ in ("who", "that") and subj.dep_.startswith("nsubj"):
        # "X, who said ...": keep "who" as the mention, name the antecedent
        head = subj.head.head if subj.head.dep_ == "relcl" else None
        sp = speaker_from_token(subj)
        if head is not None:
            named = speaker_from_token(head)
            return replace(sp, name=named.name, type=named.type)
        return sp
    return speaker_from_token(subj)


def nominal_near(index: ArticleIndex, verb: Token) -> Token | None:
    """A name or pronoun next to a cue verb, outside quotes, when the parse gave none:
    left of the verb up to a quote or clause edge ("..., Ramos, 58, told AFP"), else right
    of it ("said Bolton")."""
    doc = verb.doc
    for rng in (range(verb.i - 1, max(-1, verb.i - 8), -1), range(verb.i + 1, min(len(doc), verb.i + 4))):
        for i in rng:
            tok = doc[i]
            # a name the tagger took for a verb right next to the cue: '"Go register," Trump implored.'
            mistagged = abs(i - verb.i) == 1 and tok.pos_ == "VERB" and tok.is_title and not tok.is_sent_start
            if index.in_quote(tok.idx) or tok.text in (".", ";", ":") or (tok.pos_ in ("VERB", "AUX") and not mistagged):
                break
            named = tok.pos_ in ("PROPN", "PRON", "NOUN") or (tok.is_title and not tok.is_sent_start)  # "said Skelly" tagged ADV
            if named and tok.dep_ not in ("poss", "npadvmod") and tok.lower_ not in NOT_SOURCE_PRONOUNS:
                head = tok
                while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.i - head.i < 4:
                    head = head.head
                return head
    return None


def dash_speaker(index: ArticleIndex, start: int, end: int) -> Speaker | None:
    """``"..." — Sanders``: a name after a dash closing the quote."""
    rest = index.text[start:end]
    stripped = rest.lstrip(" ,\u00a0")
    if stripped[:1] not in DASHES:
        return None
    for tok in index.tokens(start, end):
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and not tok.is_punct:
            head = tok  # the head of the name phrase
            while head.dep_ in ("compound", "flat") and head.head is not head:
                head = head.head
            return speaker_from_token(head)
    return None

