"""Mixed quotes: quoted words inside a sentence of reported speech -> a candidate spanning the clause.

An embedded quote is speech only when a cue verb governs it: the nearest verb of saying among
its heads, else a verb of thinking, else a verb whose subject can be a source (a person,
organisation or document). The record is ``mixed`` and spans the cue's reported clause (the
children of the verb on the quote's side, without the addressee of ``told reporters``), cut at
a dash, "but" or "while" after the last quote. Labels and scare quotes have no governing cue.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..language.cues import CLAUSE_BREAKS, CUE_CLASS, MARKED_ADDRESSEE_VERBS, PROSPECTIVE_MODALS, SAYING, CueClass
from ..language.nouns import AUDIENCE_NOUNS, GROUP_NOUNS, HEARING_NOUNS, SOURCE_DOCUMENT_NOUNS, SOURCE_NOUNS, SOURCE_ORG_NOUNS
from ..language.pronouns import SOURCE_PRONOUNS
from ..language.tokens import SUBJECT_DEPS, after_comma, edge_punct, hyphen_joins, is_verb, lemma
from ..types import UNKNOWN_SPEAKER
from .candidates import Candidate
from .confidence import CONFIDENCE
from .cues import (
    agentless_passive,
    before_conjunction,
    can_speak,
    clause_after_circumstance,
    clause_hung_on_phrase,
    clause_read_as_relative,
    clause_start,
    continued_cue,
    continues_clause,
    cue_of,
    is_cue_verb,
    subject_of,
)
from .index import ArticleIndex
from .marks import QuoteSpan
from .speakers import speaker_for

#: children of a cue verb that are not its reported clause
_SKIP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "punct", "cc", "mark", "agent"})
#: how far up the heads of a quote's first word a governing cue is looked for
_MAX_CLIMB = 40


def _run_on_clause(cue_token: Token, part: Token) -> Token | None:
    """The clause of the cue that ``part`` continues, when the parser split one reported clause
    in two (``cues.continues_clause``, which ``indirect._until_next_report`` applies to reported
    speech); None otherwise."""
    return next((c for c in cue_token.rights if c.dep_ == "ccomp" and continues_clause(part, c.right_edge.i + 1)),
                None)


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
        glued = _glued_conj(cue_token, min(side, key=lambda h: h.i))
        members = [c for c in cue_token.rights
                   if c in side or (c.dep_ == "dobj" and not addressee and c.i < last) or c.i in glued]
    else:
        members = side
    members = members or side
    if addressee:
        # "told the meeting | she had "listened to the people"": the clause the parse hung on the
        # addressee as a relative one is what was said, without whom it was told to
        members = [_told_clause(c) for c in members]
    for c in list(members):  # 'says there is no one in the race | is "on pace to get 1,237 delegates"'
        prev = _run_on_clause(cue_token, c)
        if prev is not None and prev not in members:
            members.append(prev)
    lo = min(c.left_edge.i for c in members)
    while lo - 2 > cue_token.i and hyphen_joins(doc, lo - 1):
        lo = doc[lo - 2].left_edge.i  # "she would co | - | operate "fully"": one word the parse split
    for c in members:
        clause = clause_after_circumstance(c) if c.i == lo or c.left_edge.i == lo else None
        if clause is None and c.left_edge.i == lo and (hung := clause_hung_on_phrase(c)) is not None \
                and hung.left_edge.i <= min(quote_tokens):
            clause = hung  # "told analysts on a conference call | that the company expected ..."
        if clause is not None:  # "told reporters after the vote | that the council had backed ..."
            lo = clause.left_edge.i
    first = min(members, key=lambda c: c.left_edge.i)
    if first.left_edge.i == lo and first.dep_ == "ccomp":
        lo = clause_start(cue_token, first, lo)  # "said on Thursday | prices would "fall sharply""
    hi = max(c.right_edge.i for c in members)
    if after:
        hi = _coordinated_clauses(cue_token, hi)
        for c in members:  # '... was "dead on arrival" and accused Republicans ...': the source's next act
            for conj in c.rights:
                again = continued_cue(conj)
                if again is not None and again.i == cue_token.i and max(quote_tokens) < conj.left_edge.i <= hi:
                    hi = min(hi, before_conjunction(doc, conj) - 1)
    subj = next((c for c in cue_token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and max(quote_tokens) < subj.left_edge.i <= hi:
        hi = subj.left_edge.i - 1  # the clause ends before its source: '... "very poor" state, biologist X told'
    saying = next((t for t in doc[max(quote_tokens) + 1:hi + 1] if t.tag_ == "VBG" and lemma(t) in SAYING
                   and t.left_edge.i == t.i and doc[t.i - 1].text == ","
                   and any(c.dep_ == "ccomp" for c in t.children)), None)
    if saying is not None:
        # 'warned speculators to "watch out", saying the kingdom would act': a participle of
        # saying with a clause of its own after the quote is the source's next report, a record
        # of its own (not "..., calling it a "special place"", "..., discussing serious issues")
        hi = saying.i - 1
    while lo < hi and ((edge_punct(doc[lo]) and doc[lo].text not in "“\"'‘«") or doc[lo].is_space):
        lo += 1
    while hi > lo and ((edge_punct(doc[hi]) and doc[hi].text not in "”\"'’»") or doc[hi].is_space):
        hi -= 1
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    last_quoted = max(quote_tokens)
    if last_quoted < hi:
        qend = doc[last_quoted].idx + len(doc[last_quoted].text)
        rest = doc[last_quoted + 1:hi + 1].text
        rest = " " * (doc[last_quoted + 1].idx - qend) + rest
        # "said the findings were "worrying" but that the methods ...": "but that" opens a second
        # clause of the same report, no break
        cuts = [rest.find(b) for b in CLAUSE_BREAKS if b in rest and not rest[rest.find(b):].startswith(" but that ")]
        if cuts:
            end = qend + len(rest[:min(cuts)].rstrip(" ,"))
        if _time_after(doc, last_quoted + 1, hi, quote_tokens):
            end = qend  # 'blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show'
    return start, end


def _told_clause(child: Token) -> Token:
    """A cue's object that is whom it was told to ("the meeting", "the jury", "reporters"), with the
    clause told read as its relative clause: that clause; else the object itself."""
    if child.dep_ != "dobj" or child.lower_ not in HEARING_NOUNS | AUDIENCE_NOUNS:
        return child
    return clause_read_as_relative(child) or child


def _time_after(doc: Doc, i: int, hi: int, quote_tokens: set[int]) -> bool:
    """Whether the words after the last quote (tokens i..hi) open with when it was said: a date or
    time ("Wednesday", "on Tuesday") that the parser hung on the quoted noun. A noun has no time of
    its own: the date is the cue's, not part of the reported clause. A date hung on a quoted verb
    ("would “restructure” next year") is the clause's and stays."""
    while i <= hi and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i > hi:
        return False
    word = doc[i]
    if word.lower_ == "on" and word.dep_ == "prep" and i + 1 <= hi:
        word = doc[i + 1]
        holder = doc[i].head
    else:
        holder = word.head
    return word.ent_type_ in ("DATE", "TIME") and word.ent_iob_ == "B" \
        and holder.i in quote_tokens and holder.pos_ in ("NOUN", "PROPN")


def _coordinated_clauses(cue: Token, hi: int) -> int:
    """The end of the report once the clauses coordinated with it are in: "Flynn said Trump has
    "enormous respect" for the military and his rubble comment was instead ..." (the parser
    hangs the second clause on the cue as a complement of its own)."""
    doc = cue.doc
    for child in cue.rights:
        if child.dep_ != "ccomp" or child.left_edge.i <= hi:
            continue
        between = list(doc[hi + 1:child.left_edge.i])
        if len(between) > 2 or any(t.text != "," and t.lower_ != "and" for t in between):
            break
        if not _and_before(doc, child.left_edge.i):
            break  # a clause that follows without "and" is not the report's second half
        hi = child.right_edge.i
    return hi


def _and_before(doc: Doc, i: int, reach: int = 6) -> bool:
    """Whether an "and" opens the words before token ``i`` that are no verb ("... and his rubble
    comment | was")."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if doc[j].lower_ == "and":
            return True
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (".", ";", ":"):
            return False
    return False


def _glued_conj(cue: Token, holding: Token) -> set[int]:
    """The reported clause the parser cut from the quote that ends it: when the quote hangs on
    the cue as a second conjunct with no "and" between ("he said he had grave concerns that the
    man had been given "purported legal advice"" -> purported: conj of said), the clause before
    it is part of the record."""
    if holding.dep_ != "conj":
        return set()
    ccomps = [c for c in cue.rights if c.dep_ == "ccomp" and c.i < holding.i]
    if not ccomps:
        return set()
    between = range(ccomps[-1].right_edge.i + 1, holding.left_edge.i)
    if any(cue.doc[i].dep_ == "cc" or cue.doc[i].text in (";", ".") for i in between):
        return set()
    return {ccomps[-1].i}


def _parsed_subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject the parse gives a verb that is no cue, its own or its conjunct's or
    controller's ("lauded Mr. Clarke ... for helping develop "new ideas"": develop has none, and
    the name before it is no subject of it)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and depth < 4:
        return _parsed_subject(verb.head, depth + 1)
    return None


def _named_source(tok: Token | None) -> bool:
    """A subject that names its source (a name or a pronoun for one): the subject a verb that is
    no cue needs to make a quote under it someone's words ("Trump unloaded on Cruz, yoking him
    with "Lyin' Ted"", but not "The ministry launched a campaign to root out "disloyal ideas"")."""
    if tok is None:
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in SOURCE_PRONOUNS
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


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
_SIDE_DEPS = frozenset({"parataxis", "prep", "ccomp"})


def _side_cue(index: ArticleIndex, head: Token, path: Token) -> Token | None:
    """A cue beside the clause ``head`` heads (not on the ``path`` down to the quote): "The
    ruling could be a "quiet warning," she said" (parataxis), "..., according to the report"."""
    for child in head.children:
        if child.i == path.i or child.dep_ not in _SIDE_DEPS or index.in_quote(child.idx):
            continue
        if child.dep_ == "prep" and child.lower_ == "according":
            return child
        if child.dep_ in ("parataxis", "ccomp") and is_cue_verb(child, speech_only=True):
            if child.dep_ == "ccomp" and not _closing_attribution(child, path):
                continue
            subj = subject_of(child)
            if subj is not None and not index.in_quote(subj.idx):
                return child
    return None


def _closing_attribution(cue: Token, path: Token) -> bool:
    """A cue the parser hung as the clause's complement that is its closing attribution: after
    the clause, after a comma, with a subject and no clause of its own ("... in a "very poor"
    state, biologist Jonathan Anticamara told the press conference.")."""
    if cue.i < path.right_edge.i or not (after_comma(cue) or _title_before(cue) is not None):
        return False
    return subject_of(cue) is not None and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children)


def _title_before(cue: Token) -> int | None:
    """The index of the comma before a title the parser hung in apposition to the clause's last
    noun rather than on the cue's subject ("state, University of the Philippines marine
    biologist Jonathan Anticamara told"), or None."""
    doc = cue.doc
    i = cue.left_edge.i - 1
    while i > 0 and doc[i].text != "," and doc[i].pos_ in ("PROPN", "NOUN", "ADP", "DET", "ADJ", "CCONJ"):
        i -= 1
    if i <= 0 or doc[i].text != "," or i == cue.left_edge.i - 1:
        return None
    after = doc[i + 1]
    return i if after.dep_ == "appos" and after.pos_ in ("PROPN", "NOUN") else None


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
    attitude = other = None
    # the quoted word may head the clause itself: 'African-Americans, he said, can "rock like Jimi"'
    side = _side_cue(index, first, first) if is_verb(first) else None
    for _ in range(_MAX_CLIMB):
        head = tok.head
        if head.i == tok.i:  # the root (spaCy makes a new Token object on each access: compare indices)
            break
        path, tok = tok, head
        if side is None and index.in_quote(tok.idx) and (is_verb(tok) or tok.dep_ in ("acomp", "attr")):
            # '... can "rock like Jimi" and "stir the pot ..."'; 'She was, her son said, "the most
            # stubborn ..."': the cue hung on the quoted complement of a clause begun before it
            side = _side_cue(index, tok, path)
        if index.in_quote(tok.idx) or len(tok) > 40:
            continue  # quoted words, or a run of marks the tokenizer left whole
        if tok.lower_ == "according" or (is_cue_verb(tok, speech_only=True) and not _reported_passive(tok)):
            return _reporting_cue(index, tok) if _mute_subject(tok) or _prospective(tok) else tok
        if side is None:
            side = _side_cue(index, tok, path)
        if attitude is None and is_cue_verb(tok) and not (path.dep_ in SUBJECT_DEPS and index.in_quote(path.idx)):
            # (not a verb the quoted words are the subject of: 'The minutes showed that "a number
            # of participants" saw inflation risks ...' is the minutes' account, the participants
            # saw nothing the quote says)
            attitude = tok
        if other is None and tok.pos_ == "VERB" and tok.dep_ != "relcl" and _named_source(_parsed_subject(tok)):
            other = tok  # (not a relative clause's verb: "fans who made the trek" describes the fans)
    return side or attitude or other


def _reporting_cue(index: ArticleIndex, verb: Token) -> Token:
    """The verb of saying above a cue that is none here (``_mute_subject``) and whose clause it
    reports ("The Kremlin said that contacts were continuing "at the highest level"" -> said), or
    the cue itself when there is none above it."""
    for above in verb.ancestors:
        if not index.in_quote(above.idx) and is_cue_verb(above, speech_only=True) \
                and not _reported_passive(above) and not _mute_subject(above):
            return above
    return verb


def _prospective(verb: Token) -> bool:
    """Whether a verb of saying reports speech not yet given, inside someone's report ("A
    spokesperson said the review would report "in due course""): the quote is the spokesperson's."""
    clause = verb.head if verb.dep_ == "conj" else verb
    return clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in PROSPECTIVE_MODALS for c in verb.children)


def _mute_subject(verb: Token) -> bool:
    """Whether a verb of saying is none here, its own subject being a thing, which cannot speak
    ("continue" of "contacts were continuing", "the talks continued")."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and not can_speak(subj) \
        and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children)  # "With 50 days ..., Minyon Moore, ..."


def _reported_passive(verb: Token) -> bool:
    """A passive verb of saying with no agent inside a clause someone reports: 'He said ratepayers
    were being asked to "pay for the council's mistakes"' quotes him, not the unnamed askers."""
    head = verb.head
    return agentless_passive(verb) and verb.dep_ == "ccomp" and head.i != verb.i and is_cue_verb(head, speech_only=True)


def side_clause(cue: Token) -> tuple[int, int]:
    """Character span of the clause a cue beside it reports: its head's subtree, without the
    cue's own phrase when that opens or closes it ("CLAUSE, she said." -> CLAUSE)."""
    doc = cue.doc
    head = cue.head
    if head.dep_ in ("acomp", "attr") and head.head.i < cue.i < head.i:
        head = head.head  # 'She was, her son said, "the most stubborn ...": the clause the complement ends

    def trimmed(lo: int, hi: int) -> tuple[int, int]:
        while lo < hi and ((edge_punct(doc[lo]) and doc[lo].text not in "“\"'‘«") or doc[lo].is_space):
            lo += 1
        while hi > lo and ((edge_punct(doc[hi]) and doc[hi].text not in "”\"'’»") or doc[hi].is_space):
            hi -= 1
        return lo, hi

    lo, hi = trimmed(head.left_edge.i, head.right_edge.i)
    c0, c1 = cue.left_edge.i, cue.right_edge.i
    title = _title_before(cue)
    if title is not None and lo < title:
        c0 = title  # the source's title belongs to the attribution, not to the clause
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
