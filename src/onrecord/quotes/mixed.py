"""Mixed quotes: quoted words inside a sentence of reported speech -> a candidate spanning the clause.

An embedded quote is speech only when a cue verb governs it: the nearest verb of saying among
its heads, else a verb of thinking, else a verb whose subject can be a source (a person,
organisation or document). The record is ``mixed`` and spans the cue's reported clause (the
children of the verb on the quote's side, without the addressee of ``told reporters``), cut at
a dash, "but" or "while" after the last quote. Labels and scare quotes have no governing cue.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..language.cues import CLAUSE_BREAKS, MARKED_ADDRESSEE_VERBS
from ..language.nouns import GROUP_NOUNS, SOURCE_DOCUMENT_NOUNS, SOURCE_NOUNS, SOURCE_ORG_NOUNS
from ..language.pronouns import SOURCE_PRONOUNS
from ..language.tokens import lemma
from ..types import UNKNOWN_SPEAKER
from .candidates import Candidate
from .confidence import CONFIDENCE
from .cues import cue_of, is_cue_verb, subject_of
from .index import ArticleIndex
from .marks import QuoteSpan
from .speakers import speaker_for

#: children of a cue verb that are not its reported clause
_SKIP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "punct", "cc", "mark", "agent"})
#: how far up the heads of a quote's first word a governing cue is looked for
_MAX_CLIMB = 40


def clause_of(cue_token: Token, quote_tokens: set[int]) -> tuple[int, int] | None:
    """Character span of the cue's reported clause that holds the quoted tokens.

    The children of the cue verb on the quote's side, from the one next to the verb to the
    last one that holds quoted words ("accuses Sanders of subjecting her to an "artful
    smear""), cut at a dash or "while" after the last quote.
    """
    doc = cue_token.doc
    holding = [
        c for c in cue_token.children
        if c.dep_ not in _SKIP_DEPS and any(i in quote_tokens for i in range(c.left_edge.i, c.right_edge.i + 1))
    ]
    if not holding:
        return None
    after = [c for c in holding if c.i > cue_token.i]
    side = after if after else holding
    addressee = lemma(cue_token) in MARKED_ADDRESSEE_VERBS
    if after:
        last = max(h.i for h in side)
        members = [c for c in cue_token.rights if c in side or (c.dep_ == "dobj" and not addressee and c.i < last)]
    else:
        members = side
    members = members or side
    lo = min(c.left_edge.i for c in members)
    hi = max(c.right_edge.i for c in members)
    while lo < hi and ((doc[lo].is_punct and doc[lo].text not in "“\"'‘«") or doc[lo].is_space):
        lo += 1
    while hi > lo and ((doc[hi].is_punct and doc[hi].text not in "”\"'’»") or doc[hi].is_space):
        hi -= 1
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    last_quoted = max(quote_tokens)
    if last_quoted < hi:
        qend = doc[last_quoted].idx + len(doc[last_quoted].text)
        rest = doc[last_quoted + 1:hi + 1].text
        rest = " " * (doc[last_quoted + 1].idx - qend) + rest
        cuts = [rest.find(b) for b in CLAUSE_BREAKS if b in rest]
        if cuts:
            end = qend + len(rest[:min(cuts)].rstrip(" ,"))
    return start, end


def _source_like(tok: Token | None) -> bool:
    """A subject that can be the source of words: a person, organisation or document."""
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in SOURCE_PRONOUNS
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN":
        return True
    word = lemma(tok)
    return word in SOURCE_DOCUMENT_NOUNS or word in SOURCE_ORG_NOUNS or tok.lower_ in GROUP_NOUNS or word in SOURCE_NOUNS


def governing_cue(index: ArticleIndex, span: QuoteSpan) -> Token | None:
    """The cue verb whose subtree holds the quoted span, or None.

    Climbs the heads from the quote's first word: the nearest verb of saying wins ("which
    he declared "a total disaster"" -> declared; "Rubio said that he has begun "to
    unmask..."" -> said); failing one, the nearest verb of thinking or showing.
    """
    first = index.token_at(span.start)
    if first is None:
        return None
    tok = first
    attitude = other = None
    for _ in range(_MAX_CLIMB):
        head = tok.head
        if head is tok:
            break
        tok = head
        if index.in_quote(tok.idx) or len(tok) > 40:
            continue  # quoted words, or a run of marks the tokenizer left whole
        if tok.lower_ == "according" or is_cue_verb(tok, speech_only=True):
            return tok
        if attitude is None and is_cue_verb(tok):
            attitude = tok
        if other is None and tok.pos_ == "VERB" and _source_like(subject_of(tok)):
            other = tok
    return attitude or other


def embedded(index: ArticleIndex, span: QuoteSpan) -> Candidate | None:
    """The candidate for a quote inside a sentence: mixed speech when a cue verb governs it."""
    cue_tok = governing_cue(index, span)
    if cue_tok is None:
        return None
    subj = subject_of(cue_tok)
    first = index.token_at(span.start)
    if subj is not None and first is not None and subj.left_edge.i <= first.i <= subj.right_edge.i:
        return None  # quoted words inside the speaker's description ("co-editor of "Chick Lit"")
    clause = clause_of(cue_tok, index.token_ids([span])) or (span.start, span.end)
    speaker = speaker_for(cue_tok, index)
    cue = cue_of(cue_tok)
    confidence = CONFIDENCE.mixed * cue.strength + (CONFIDENCE.speaker_found if speaker is not UNKNOWN_SPEAKER else 0)
    start, end = min(clause[0], span.start), max(clause[1], span.end)
    return Candidate((span,), start, end, "mixed", cue, speaker, confidence, False, join="clause")


def joined_clause(cand: Candidate, spans: Iterable[QuoteSpan], index: ArticleIndex) -> tuple[int, int]:
    """The extent of a mixed record once quoted ``spans`` under the same cue join it."""
    spans = tuple(spans)
    assert cand.cue is not None and cand.cue.head is not None
    clause = clause_of(cand.cue.head, index.token_ids(spans))
    start, end = cand.start, cand.end
    if clause:
        start, end = min(start, clause[0]), max(end, clause[1])
    return start, max(end, spans[-1].end)
