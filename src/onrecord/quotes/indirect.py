"""Reported (indirect) speech: cue verbs with a reported clause and no quote marks.

``indirect_quotes(index)`` returns Quote records of kind "indirect" for the attributions
that do not overlap the spans in ``index.taken`` (the direct and mixed quotes already found).
The cue verbs are those of ``language.cues.REPORTED`` (measured on PolNeAR train); "add",
"write" and "post" count only with a clause (``CLAUSE_ONLY``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..language import cues as lexicon
from ..language.nouns import AUDIENCE_NOUNS
from ..language.tokens import VERB_TAGS, is_verb, lemma
from ..types import Quote
from .confidence import CONFIDENCE
from .cues import cue_of, is_according_to, subject_of
from .index import ArticleIndex
from .speakers import speaker_from_token

#: a content range: (its root token, first token, end token)
Content = tuple[Token, int, int]

#: Prepositions after a direct object whose clause says what the object did ("accused X of
#: stoking ...", "criticized X for not doing ..."); "as" ("sees X as Y") takes any phrase
_OBJECT_PREPS = frozenset("for of against".split())
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

    The content of a report is a proposition, never a plain noun phrase ("denied the
    allegations", "dismissed the criticism", "told the committee" report no words). After the
    verb: its ccomp ("said (that) ..."), an xcomp ("urged voters to ...", "claims to have ..."),
    a direct object that holds a proposition (a noun with a content clause: "the claim that
    ..."; an object with its predicate: "called the charges false", "sees Cruz as a uniter",
    "accused the GOP of stoking ..."), a demand ("called for an inquiry") or a clause after a
    preposition ("talked about bringing ..."). Before it: a ccomp ("CLAUSE, X said") or the
    clause the verb interrupts or closes, set off by a comma ("The talks, he said, will ...").
    "what X said" reports nothing of its own (the words are the noun it stands for).
    """
    if _free_relative(verb):
        return None
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
        # "the mission is planned to last", "is thought to belong": the subject is what the
        # words are about; whoever planned or thought it is not written
        return None if _passive(verb) else _subtree(xcomp)
    dobj = _first(rights, "dobj")
    if dobj is not None and _addressee(verb, dobj):
        return None  # "told reporters", "tells Breitbart News": the speech is elsewhere
    if dobj is not None:
        return _proposition_object(verb, dobj, rights)
    for child in rights:
        if child.dep_ == "prep" and child.i <= verb.i + 2:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and (_clause(obj) or (lemma(verb), child.lower_) in lexicon.DEMANDS):
                return _subtree(obj)
        if child.dep_ == "advcl" and child.left_edge.i == verb.i + 1 and child.left_edge.lower_ == "for":
            return child, child.left_edge.i + 1, child.right_edge.i + 1  # "calling for the US to act"
    left = _first(verb.lefts, "ccomp")
    if left is not None:
        return _subtree(left)
    head = verb.head
    if verb.dep_ in _INNER_DEPS and head.i < verb.i and head.pos_ in ("VERB", "AUX") and _set_off(verb):
        return _without(head, verb)
    return None


def _clause(token: Token) -> bool:
    """Whether ``token`` heads a clause: a verb ("about bringing communities together")."""
    return token.pos_ in ("VERB", "AUX") or token.tag_ in VERB_TAGS


def _content_clause(noun: Token) -> Token | None:
    """The content clause of a noun ("the claim that the vote was rigged"), or None."""
    for child in noun.rights:
        mark = child.left_edge
        if child.dep_ in ("acl", "ccomp", "relcl") and mark.lower_ in ("that", "whether") and mark.dep_ == "mark":
            return child
    return None


def _proposition_object(verb: Token, dobj: Token, rights: list[Token]) -> Content | None:
    """The content of "VERB OBJECT ...": the object when it holds a proposition, else None.

    A noun with a content clause ("denied the claim that ..."); the object with what is said
    of it: a predicate ("called the charges unsubstantiated"), an "as" phrase ("sees Cruz as a
    uniter"), a clause after "of"/"for"/"against" ("accused the GOP of stoking the issue",
    "praised the protests for being peaceful"); a finding's object with its participle ("found
    a bone showing from the rock"); the event a verb of disclosing makes known ("announced
    the signing of Mateus Fernandes", "confirmed cases of influenza"). A plain noun phrase
    ("denied the allegations", "praised his players for their attitude") is no proposition.
    """
    _, lo, hi = _subtree(dobj)
    word = lemma(verb)
    if _content_clause(dobj) is not None:
        return dobj, lo, hi
    predicate = any(_predicate(c, word) for c in dobj.rights)
    if word in lexicon.DISCLOSING and any(c.dep_ == "prep" and c.lower_ == "of" for c in dobj.rights) \
            and dobj.pos_ == "NOUN":
        predicate = True
    for child in rights:
        if child.left_edge.i == hi and _predicate(child, word):
            predicate = True
            hi = child.right_edge.i + 1
    return (dobj, lo, hi) if predicate else None


def _predicate(child: Token, cue: str) -> bool:
    """Whether ``child`` (of a cue's object, or of the cue after it) says something of the object."""
    if child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as"):
        return True
    if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
        obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        return obj is not None and _clause(obj)
    return child.dep_ == "acl" and child.tag_ == "VBG" and cue in lexicon.FINDING


def _free_relative(verb: Token) -> bool:
    """"That was what Liz Wahl said", "here's what the captain said": the cue's object is
    "what", and the words said are the noun it stands for, not a clause of the sentence."""
    return any(c.dep_ in ("dobj", "pobj") and c.tag_ in ("WP", "WDT") and c.i < verb.i for c in verb.children)


def _set_off(verb: Token) -> bool:
    """Whether a cue hung on the clause it reports is set off from it by punctuation
    ("The talks, he said, will resume", "Lenox was a juggernaut, Mr. Clarke said"), unlike a
    verb that is itself the reported clause ("said no patients have been admitted")."""
    doc = verb.doc
    first = min(verb.left_edge.i, verb.i)
    return first > 0 and doc[first - 1].text in (",", "—", "–", "-", "--", "(")


def _passive(verb: Token) -> bool:
    """A passive cue with no agent ("is expected to", "was told"): its subject is no source."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)


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
    return _hypothetical(verb) or _asked_of(verb) or _withheld(verb, span)


def _withheld(verb: Token, content: Span) -> bool:
    """Speech withheld is no statement: a refusal to speak ("declined to say whether ...",
    "refused to discuss ...") or a verb of saying negated over an open question ("She would
    not say whether she will run again", "did not say when")."""
    if lemma(verb) in lexicon.REFUSALS:
        xcomp = _first(verb.rights, "xcomp")
        if xcomp is not None and lemma(xcomp) in lexicon.SAYING:
            return True
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and lemma(verb.head) in lexicon.REFUSALS:
        return True  # the "to say" of "declined to say"
    return _negated(verb) and lemma(verb) in lexicon.SAYING and _open_question(content)


def _negated(verb: Token) -> bool:
    """"did not say", "never claimed", "won't confirm"."""
    return any(c.dep_ == "neg" for c in verb.children)


def _open_question(content: Span) -> bool:
    """Content that asks rather than states: "whether ...", "if ...", "when ...", "who ..."."""
    first = content[0]
    return first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB")


def _belief(cue: Token) -> bool:
    """A report of what the source thinks, wants or feels rather than says ("believes",
    "hopes", "wants to"), or of speech negated ("did not say that ..."): flagged ``belief``."""
    word = lemma(cue)
    return lexicon.CUE_CLASS.get(word) == lexicon.CueClass.ATTITUDE or (word in lexicon.SAYING and _negated(cue))


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
    if head.i == token.i:  # (spaCy makes Token objects afresh: compare positions, never identity)
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
        flags = ("belief",) if is_verb(cand.cue) and _belief(cand.cue) else ()
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
                flags=flags,
            )
        )
    return out
