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

from ..language.cues import CLAUSE_BREAKS, CUE_CLASS, MARKED_ADDRESSEE_VERBS, CueClass
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
    subj = next((c for c in cue_token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and max(quote_tokens) < subj.left_edge.i <= hi:
        hi = subj.left_edge.i - 1  # the clause ends before its source: '... "very poor" state, biologist X told'
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


#: how a cue beside the clause it reports hangs on it: "CLAUSE, she said", "CLAUSE, according to X"
_SIDE_DEPS = frozenset({"parataxis", "prep"})


def _side_cue(index: ArticleIndex, head: Token, path: Token) -> Token | None:
    """A cue beside the clause ``head`` heads (not on the ``path`` down to the quote): "The
    ruling could be a "quiet warning," she said" (parataxis), "..., according to the report"."""
    for child in head.children:
        if child is path or child.dep_ not in _SIDE_DEPS or index.in_quote(child.idx):
            continue
        if child.dep_ == "prep" and child.lower_ == "according":
            return child
        if child.dep_ == "parataxis" and is_cue_verb(child, speech_only=True):
            subj = subject_of(child)
            if subj is not None and not index.in_quote(subj.idx):
                return child
    return None


def governing_cue(index: ArticleIndex, span: QuoteSpan) -> Token | None:
    """The cue whose clause holds the quoted span, or None.

    Climbs the heads from the quote's first word: the nearest verb of saying wins ("which
    he declared "a total disaster"" -> declared; "Rubio said that he has begun "to
    unmask..."" -> said); then a cue beside a clause on the way up ("... "quiet warning," she
    said", "... "among the ten most exposed," according to the report"); then the nearest verb
    of thinking or showing, then a verb whose subject can be a source.
    """
    first = index.token_at(span.start)
    if first is None:
        return None
    tok = first
    attitude = other = side = None
    for _ in range(_MAX_CLIMB):
        head = tok.head
        if head is tok:
            break
        path, tok = tok, head
        if index.in_quote(tok.idx) or len(tok) > 40:
            continue  # quoted words, or a run of marks the tokenizer left whole
        if tok.lower_ == "according" or is_cue_verb(tok, speech_only=True):
            return tok
        if side is None:
            side = _side_cue(index, tok, path)
        if attitude is None and is_cue_verb(tok):
            attitude = tok
        if other is None and tok.pos_ == "VERB" and _source_like(subject_of(tok)):
            other = tok
    return side or attitude or other


def side_clause(cue: Token) -> tuple[int, int]:
    """Character span of the clause a cue beside it reports: its head's subtree, without the
    cue's own phrase when that opens or closes it ("CLAUSE, she said." -> CLAUSE)."""
    doc = cue.doc
    head = cue.head

    def trimmed(lo: int, hi: int) -> tuple[int, int]:
        while lo < hi and ((doc[lo].is_punct and doc[lo].text not in "“\"'‘«") or doc[lo].is_space):
            lo += 1
        while hi > lo and ((doc[hi].is_punct and doc[hi].text not in "”\"'’»") or doc[hi].is_space):
            hi -= 1
        return lo, hi

    lo, hi = trimmed(head.left_edge.i, head.right_edge.i)
    c0, c1 = cue.left_edge.i, cue.right_edge.i
    if c1 >= hi > c0:  # the cue closes the clause
        lo, hi = trimmed(lo, c0 - 1)
    elif c0 <= lo < c1:  # the cue opens it
        lo, hi = trimmed(c1 + 1, hi)
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def embedded(index: ArticleIndex, span: QuoteSpan) -> Candidate | None:
    """The candidate for a quote inside a sentence: mixed speech when a cue verb governs it."""
    cue_tok = governing_cue(index, span)
    if cue_tok is None:
        return None
    subj = subject_of(cue_tok)
    first = index.token_at(span.start)
    if subj is not None and first is not None and subj.left_edge.i <= first.i <= subj.right_edge.i \
            and not cue_tok.left_edge.i <= first.i <= cue_tok.right_edge.i:
        return None  # quoted words inside the speaker's description ("co-editor of "Chick Lit"")
    if first is not None and _in_posted_thing(cue_tok, first, index):
        return None  # "posted a clip of its truck doing "donut drills"": a label in what was posted
    if _is_side(cue_tok, first):
        clause = side_clause(cue_tok)
    else:
        clause = clause_of(cue_tok, index.token_ids([span])) or (span.start, span.end)
    speaker = speaker_for(cue_tok, index)
    cue = cue_of(cue_tok)
    confidence = CONFIDENCE.mixed * cue.strength + (CONFIDENCE.speaker_found if speaker is not UNKNOWN_SPEAKER else 0)
    start, end = min(clause[0], span.open), max(clause[1], span.outer_end)  # the marks belong to the clause
    return Candidate((span,), start, end, "mixed", cue, speaker, confidence, False, join="clause")


def _in_posted_thing(cue: Token, first: Token, index: ArticleIndex) -> bool:
    """The quoted words sit inside the thing a verb of writing or posting has as its object (a
    clip, a photo), not in what was written: "posted a clip of its truck doing "donut drills"".
    """
    if CUE_CLASS.get(lemma(cue)) is not CueClass.WRITING:
        return False
    for child in cue.children:
        if child.dep_ == "dobj" and child.left_edge.i <= first.i <= child.right_edge.i:
            return not index.in_quote(child.idx)
    return False


def _is_side(cue: Token, first: Token | None) -> bool:
    """Whether ``cue`` is beside the clause holding ``first`` rather than above it."""
    return first is not None and not cue.left_edge.i <= first.i <= cue.right_edge.i


def joined_clause(cand: Candidate, spans: Iterable[QuoteSpan], index: ArticleIndex) -> tuple[int, int]:
    """The extent of a mixed record once quoted ``spans`` under the same cue join it."""
    spans = tuple(spans)
    assert cand.cue is not None and cand.cue.head is not None
    cue = cand.cue.head
    firsts = [index.token_at(s.start) for s in spans]
    if any(_is_side(cue, f) for f in firsts):
        clause: tuple[int, int] | None = side_clause(cue)
    else:
        clause = clause_of(cue, index.token_ids(spans))
    start, end = cand.start, cand.end
    if clause:
        start, end = min(start, clause[0]), max(end, clause[1])
    return min(start, spans[0].open), max(end, spans[-1].outer_end)
