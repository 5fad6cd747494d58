"""Reported (indirect) speech: cue verbs with a reported clause and no quote marks.

``indirect_quotes(index)`` returns Quote records of kind "indirect" for the attributions
that do not overlap the spans in ``index.taken`` (the direct and mixed quotes already found).
The cue verbs are those of ``language.cues.REPORTED`` (measured on PolNeAR train); "add",
"write" and "post" count only with a clause (``CLAUSE_ONLY``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..language import cues as lexicon
from ..language.nouns import AUDIENCE_NOUNS
from ..language.tokens import is_verb, lemma
from ..types import Quote
from .confidence import CONFIDENCE
from .cues import cue_of, is_according_to, subject_of
from .index import ArticleIndex
from .speakers import speaker_from_token

#: a content range: (its root token, first token, end token)
Content = tuple[Token, int, int]

#: Prepositions after a cue verb whose object is the content ("called for", "talked about")
_CONTENT_PREPS = frozenset("for about on to against of over into".split())
#: Prepositions after a direct object that belong to the content ("see X as Y", "criticize X for Y")
_OBJECT_PREPS = frozenset("as for of against".split())
#: Relations by which a cue verb hangs on the clause it reports ("The talks, he said, will ...")
_INNER_DEPS = frozenset({"parataxis", "ccomp"})


def _subtree(token: Token) -> Content:
    """(root, lo, hi): the token range a token heads."""
    return token, token.left_edge.i, token.right_edge.i + 1


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Token range without punctuation, spaces and conjunctions at its edges."""
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].dep_ == "cc"):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return lo, hi


def _without(head: Token, inner: Token) -> Content | None:
    """(head, lo, hi): the subtree of ``head`` less that of ``inner``: the part after
    ``inner`` when it opens the subtree, else the part before it when ``head`` is there."""
    doc = head.doc
    a, b = _trim(doc, *_subtree(head)[1:])
    x, y = _trim(doc, *_subtree(inner)[1:])
    if x <= a < y:
        return head, y, b
    if x < b <= y or head.i < x:
        return head, a, x  # "CLAUSE, X said" and "CLAUSE according to X, but ..."
    return None


def _first(children: Iterable[Token], dep: str) -> Token | None:
    return next((c for c in children if c.dep_ == dep), None)


def _clause_after_prep(rights: list[Token]) -> Token | None:
    """"said in a statement that ...": a that-clause the parser hung on the noun."""
    for child in rights:
        if child.dep_ != "prep":
            continue
        for obj in child.children:
            for clause in obj.rights if obj.dep_ == "pobj" else ():
                mark = clause.left_edge
                if clause.dep_ in ("acl", "relcl", "ccomp") and mark.lower_ == "that" and mark.dep_ == "mark":
                    return clause
    return None


def _content(verb: Token) -> Content | None:
    """(root, lo, hi): the token range of the reported content of a cue verb, or None.

    After the verb: its ccomp ("said (that) ..."), an xcomp ("urged voters to ...", "claims
    to have ..."), a direct object (with "as"/"for"/"of" phrases: "sees Cruz as a uniter"),
    or the object of a preposition ("called for ..."). Before it: a ccomp ("CLAUSE, X
    said") or the clause the verb interrupts or closes ("The talks, he said, will ...").
    """
    rights = list(verb.rights)
    ccomp = _first(rights, "ccomp")
    if ccomp is not None:
        return _subtree(ccomp)
    if lemma(verb) in lexicon.CLAUSE_ONLY:
        return None
    clause = _clause_after_prep(rights)
    if clause is not None:
        return _subtree(clause)
    xcomp = _first(rights, "xcomp")
    if xcomp is not None and xcomp.pos_ in ("VERB", "AUX"):
        return _subtree(xcomp)
    dobj = _first(rights, "dobj")
    if dobj is not None and _addressee(verb, dobj):
        return None  # "told reporters", "tells Breitbart News": the speech is elsewhere
    if dobj is not None:
        _, lo, hi = _subtree(dobj)
        for child in rights:
            if child.left_edge.i == hi and (child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS)):
                hi = child.right_edge.i + 1
        return dobj, lo, hi
    for child in rights:
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS and child.i <= verb.i + 2:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _subtree(obj)
        if child.dep_ == "advcl" and child.left_edge.i == verb.i + 1 and child.left_edge.lower_ == "for":
            return child, child.left_edge.i + 1, child.right_edge.i + 1  # "calling for the US to act"
    left = _first(verb.lefts, "ccomp")
    if left is not None:
        return _subtree(left)
    head = verb.head
    if verb.dep_ in _INNER_DEPS and head.i < verb.i and head.pos_ in ("VERB", "AUX"):
        return _without(head, verb)
    return None


def _not_statement(verb: Token, lo: int, hi: int) -> bool:
    """Content that is no statement: a non-answer, a date misparsed as an object
    ("warned Wednesday"), a bare pronoun ("find themselves"), a hypothetical or a question
    put to the subject."""
    doc = verb.doc
    span = doc[lo:hi]
    if any(lemma(t) in lexicon.NO_COMMENT for t in span) and hi - lo <= 8:
        return True
    if lemma(verb) in lexicon.ANSWER_VERBS and lemma(span.root) in lexicon.UNANSWERED:
        return True
    if hi - lo <= 3 and span.root.ent_type_ in ("DATE", "TIME"):
        return True
    if hi - lo == 1 and span[0].pos_ == "PRON":
        return True
    return _hypothetical(verb) or _asked_of(verb)


def _hypothetical(verb: Token) -> bool:
    """"He should have said ...", "would have argued": what was not said."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & lexicon.MODALS) and "have" in aux


def _asked_of(verb: Token) -> bool:
    """"Trump was asked about the wall": a question put to the subject, not its statement."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return passive and lemma(verb) in lexicon.ASKING_VERBS


def _addressee(verb: Token, obj: Token) -> bool:
    """True when ``obj`` of ``verb`` is whom the speech was addressed to, not its content."""
    if lemma(verb) not in lexicon.REPORTED_ADDRESSEE_VERBS:
        return False
    return (
        obj.pos_ in ("PROPN", "PRON")
        or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or obj.lower_ in AUDIENCE_NOUNS
    )


def _according(token: Token) -> Content | None:
    """Content of "according to X": the clause it modifies, less the phrase."""
    head = token.head
    if head is token:
        return None
    return _without(head, token)


def _strength(token: Token) -> float | None:
    """The confidence of reported speech under ``token``, or None when it reports nothing."""
    word = lemma(token)
    if word not in lexicon.REPORTED:
        return None
    return CONFIDENCE.reported_speech if word in lexicon.SAYING else CONFIDENCE.reported_attitude


class Report(NamedTuple):
    """A cue token with its content token range [lo, hi), a confidence and its source
    token (None when no source is written)."""

    cue: Token
    lo: int
    hi: int
    strength: float
    source: Token | None


def reports(doc: Doc, accept: Callable[[Token], float | None] = _strength) -> Iterator[Report]:
    """Every cue with content, in text order.

    ``accept(token)`` gives a verb's confidence, or None when it is no cue.
    """
    heads = _colon_leads(doc)
    for tok in doc:
        if tok.i in heads:
            source, lo, hi = heads[tok.i]
            yield Report(tok, lo, hi, CONFIDENCE.colon_lead, source)
            continue
        strength: float | None
        if is_according_to(tok):
            span, strength = _according(tok), CONFIDENCE.according_to
        elif is_verb(tok):
            strength = accept(tok)
            span = _content(tok) if strength is not None else None
        else:
            continue
        if span is None:
            continue
        _, lo, hi = span
        lo, hi = _trim(doc, lo, hi)
        if hi > lo and strength is not None and not _not_statement(tok, lo, hi):
            yield Report(tok, lo, hi, strength, subject_of(tok))


#: Longest lead ("McCain Challenger Kelli Ward:") before a headline's or transcript's colon
_MAX_LEAD = 8


def _colon_leads(doc: Doc) -> dict[int, tuple[Token, int, int]]:
    """Headlines and transcripts: "Graham: Trump's Rhetoric Destroying GOP's Chance." and
    "FALLIN: Well, I think ..." -> {colon index: (source token, lo, hi)}; the content runs
    to the paragraph's end."""
    found: dict[int, tuple[Token, int, int]] = {}
    start = 0
    for tok in doc:
        if "\n" in tok.text:
            start = tok.i + 1
            continue
        if tok.text != ":" or tok.i == start or tok.i - start > _MAX_LEAD or start < 0:
            continue
        lead_start, start = start, -1  # only a paragraph's first colon
        lead = doc[lead_start:tok.i]
        names = [t for t in lead if t.pos_ in ("PROPN", "NOUN") and t.lower_ not in lexicon.NOT_SOURCES]
        if not names or not lead[0].text[:1].isupper() or any(t.lower_ in lexicon.NOT_SOURCES for t in lead):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in lead) or any(t.like_num for t in lead):
            continue
        end = tok.i + 1
        while end < len(doc) and "\n" not in doc[end].text:
            end += 1
        lo, hi = _trim(doc, tok.i + 1, end)
        if hi > lo and not (hi - lo == 1 and doc[lo].like_num):
            source = lead.root if lead.root.pos_ in ("PROPN", "NOUN") else names[0]
            found[tok.i] = (source, lo, hi)
    return found


def _free_part(index: ArticleIndex, lo: int, hi: int) -> tuple[int, int]:
    """Tokens [lo, hi) up to the first taken span inside them (a quote the direct/mixed
    stage found later in the sentence); empty when a taken span covers their start."""
    doc = index.doc
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    if index.taken.covers_start(start):
        return lo, lo
    cut = index.taken.next_start(start)
    if cut is None or cut >= end:
        return lo, hi
    k = lo
    while k < hi and doc[k].idx + len(doc[k]) <= cut:
        k += 1
    return _trim(doc, lo, k)


def _good_source(token) -> bool:
    """False for subjects that cannot speak: a dateline ("CLEVELAND (AP) —"), a date, "there"."""
    if token.lower_ in lexicon.NOT_SPEAKERS or token.ent_type_ in ("DATE", "TIME"):
        return False
    if token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"):
        return False
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    dateline = token.is_upper and len(token) > 2 and nxt is not None and nxt.text in ("(", "—", "–", "-", ",")
    return not (dateline and (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws))


#: Shortest content kept once a taken span is cut off its end
_MIN_CUT_TOKENS = 3


def _covered(n: int, ranges: list[tuple[int, int]]) -> list[bool]:
    """For each of ``n`` token indices, whether one of ``ranges`` covers it (linear time)."""
    delta = [0] * (n + 1)
    for lo, hi in ranges:
        delta[lo] += 1
        delta[hi] -= 1
    out, depth = [], 0
    for i in range(n):
        depth += delta[i]
        out.append(depth > 0)
    return out


def indirect_quotes(index: ArticleIndex) -> list[Quote]:
    """Indirect attributions of a parsed article outside ``index.taken``, in text order (ids are
    reassigned later)."""
    doc, text = index.doc, index.text
    out: list[Quote] = []
    cands = [c for c in reports(doc) if c.source is not None and _good_source(c.source)]
    inside = _covered(len(doc), [(c.lo, c.hi) for c in cands])
    for cand in cands:
        if inside[cand.cue.i]:
            continue  # "X said Y wants Z": the report is X's; PolNeAR marks the outer one
        lo, hi = cand.lo, cand.hi
        free = _free_part(index, lo, hi)
        if free != (lo, hi) and free[1] - free[0] < _MIN_CUT_TOKENS:
            continue
        lo, hi = free
        if hi <= lo:
            continue
        assert cand.source is not None
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        speaker = speaker_from_token(cand.source)
        cue = cue_of(cand.cue)
        out.append(
            Quote(
                id="",
                kind="indirect",
                text=text[start:end],
                start=start,
                end=end,
                cue=cue.text,
                cue_start=cue.start,
                cue_end=cue.end,
                speaker=speaker,
                confidence=cand.strength,
                fragments=((start, end),),
            )
        )
    return out
