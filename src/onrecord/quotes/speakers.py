"""Speaker finding: from a cue (or a dash, a colon, a transcript name) to the mention of its source.

The mention is the one *as written* ("he", "Ms. Connor", "a senior official"), with its span
and a first guess at its type; the entities stage resolves names afterwards. Pure functions
over spaCy tokens and the article index.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ..language.nouns import (
    ALL_DOCUMENT_NOUNS,
    ALL_ORG_NOUNS,
    DOCUMENT_PLURALS,
    GROUP_NOUNS,
    INDEFINITE_DETERMINERS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    RANK_NOUNS,
    SOURCE_ADJECTIVES,
    compound_noun,
)
from ..language.pronouns import FIRST_PERSON, NOT_SOURCE_PRONOUNS, PRONOUNS, RELATIVE, pronoun_speaker_type
from ..language.tokens import (
    JOINT_COORDINATORS,
    SPEAKING_ENTITY_LABELS,
    SUBJECT_DEPS,
    age_epithet,
    is_clock_time,
    lemma,
    zero_relative_subject,
)
from ..types import UNKNOWN_SPEAKER, Speaker
from .cues import can_speak, subject_of
from .index import ArticleIndex

#: Children of a name that belong to the mention ("Sen. Ted Cruz", "Joel Pollak of Breitbart")
_MENTION_LEFT = frozenset({"compound", "flat", "det", "amod", "nmod", "poss", "nummod", "case"})
_MENTION_RIGHT = frozenset({"compound", "flat", "case"})
#: Prepositions that join a description to the mention ("a spokesman for the campaign")
_MENTION_PREPS = frozenset({"of", "for", "at", "with", "from"})
DASHES = ("—", "–", "-", "―", "−")
_QUOTE_CLOSERS = frozenset('"”’\'»')


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
        elif child.i == hi + 1 and (_source_adjective(child) or (token.tag_ == "NNS" and _in_place(child))):
            hi = max(hi, child.right_edge.i)  # "people familiar with the matter", "officials in Beijing"
        elif child.dep_ == "nummod" and child.i == hi + 1 and token.lower_ in RANK_NOUNS:
            hi = max(hi, child.right_edge.i)  # "the world number one", "the No. 2 seed"'s "No. 2"
        elif child.dep_ == "appos" and child.left_edge.i == hi + 1 and child.pos_ == "PROPN":
            # "campaign manager Robby Mook": the name, no comma between ("Chamber of Agriculture
            # executive director | Jayson Cainglet", the appositive's given name before it)
            hi = max(hi, child.right_edge.i)
    doc = token.doc
    # a capitalised word the tagger took for an adverb of the verb: "Judge O’Kelly said"
    while hi + 1 < len(doc) and doc[hi + 1].dep_ == "advmod" and doc[hi + 1].text[:1].isupper() \
            and doc[hi + 1].head.i == token.head.i and doc[hi + 1].head.i == hi + 2:
        hi += 1
    # a word the tokenizer split at its hyphens: "ex-wife", "co-founder"
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and not doc[hi + 1].whitespace_:
        hi += 2
    # "the Kansas City Chiefs tight end", "the Newcastle full-back": the parse makes the name the
    # head and leaves the person noun it modifies out of its phrase; the phrase runs on to that
    # noun, right before the verb
    if token.pos_ == "PROPN":
        k = hi + 1
        while k < len(doc) and (doc[k].pos_ in ("ADJ", "NOUN") or (doc[k].text == "-" and not doc[k - 1].whitespace_)):
            k += 1
        if k > hi + 1 and k < len(doc) and doc[k].pos_ in ("VERB", "AUX") and _person_noun(doc, k - 1, hi + 1):
            hi = k - 1
    # a spaced dash sets off a parenthetical, which no name runs across: "Omdurman – Khartoum’s
    # twin city – Al Jazeera’s Hiba Morgan" is "Al Jazeera’s Hiba Morgan"
    for k in range(token.i - 1, lo - 1, -1):
        if doc[k].text in DASHES and doc[k].whitespace_ and k > 0 and doc[k - 1].whitespace_:
            lo = k + 1
            break
    # a quote's closing mark, after its comma, ends the quote, not the name: '"...asked for,"
    # Nimbus product lead Aisha Grant told' (the parser made "lead" a verb holding the quote)
    for k in range(token.i - 1, lo, -1):
        if doc[k].text in _QUOTE_CLOSERS and doc[k - 1].text in (",", ".", "?", "!"):
            lo = k + 1
            break
    # a comma the parse ran the name's phrase across: "(in) the North, Francophone Affairs
    # Minister Caroline Mulroney said" is the title and name after it
    if token.pos_ == "PROPN":
        commas = [k for k in range(lo, token.i) if doc[k].text == ","]
        if commas and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[commas[-1] + 1:token.i + 1]):
            lo = commas[-1] + 1
    # "a decision parents said would ...": a relative clause with no "that" after a noun, which
    # the parse ran into its subject; "a" never heads a plural, so the phrase is the plural's own
    if zero_relative_subject(doc, lo, token.i):
        lo = token.i
    # a live blog's time stamp is no part of a name: "15:42 Reeves:", "14:05 GMT - Zelensky:"
    while lo < token.i and (doc[lo].is_punct or doc[lo].is_space or is_clock_time(doc[lo])):
        lo += 1
    while hi > token.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return doc[lo:hi + 1]


def _person_noun(doc: Doc, i: int, start: int) -> bool:
    """Whether token ``i`` is a noun for a person, alone or as the end of a listed compound from
    ``start`` on ("tight end", "full-back": ``nouns.compound_noun``)."""
    tok = doc[i]
    if tok.pos_ != "NOUN":
        return False
    first = i - 2 if i - 2 >= start and doc[i - 1].text == "-" else i - 1
    compound = compound_noun(doc[first].text, tok.text) if first >= start else None
    return (compound or lemma(tok)) in PERSON_NOUNS


def _source_adjective(child: Token) -> bool:
    """"familiar with the matter", "close to the board": what an unnamed source knows."""
    return child.dep_ == "amod" and child.lower_ in SOURCE_ADJECTIVES and any(c.dep_ == "prep" for c in child.rights)


def _in_place(child: Token) -> bool:
    """"in Beijing", "in the area": where the people a plural noun describes are, part of how they are
    described (a proper name, or a place noun; not "in a statement", "in March")."""
    if child.dep_ != "prep" or child.lower_ != "in":
        return False
    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ not in ("DATE", "TIME") and (
        obj.pos_ == "PROPN" or (obj.pos_ == "NOUN" and obj.lower_ in PLACE_NOUNS))


def joint_parts(token: Token) -> list[Span]:
    """The mentions of the sources a source token joins with "and", in the order written, or []
    when it is no joint source.

    "The main opposition Democratic Party and the centrist People's Party said" -> "The main
    opposition Democratic Party", "the centrist People's Party"; "Amnesty International, Human
    Rights Watch and the Red Cross said" -> three. Only a subject (or the source of "according
    to") joins, every conjunct a name, a pronoun or a noun that can speak (``cues.can_speak``):
    "Trump and the economy dominated" does not, nor "Smith or Jones", nor the words of one name
    the NER marks whole ("the Centers for Disease Control and Prevention said") or that
    coordinate the object of a name's preposition ("the National Institute of Statistics and
    Geography").
    """
    source = token.dep_ in SUBJECT_DEPS or (token.dep_ == "pobj" and (
        token.head.dep_ == "agent" or (token.head.lower_ == "to" and token.head.head.lower_ == "according")))
    if not source:
        return []
    conjuncts = list(token.conjuncts)
    if not conjuncts or any(c.i < token.i for c in conjuncts):
        return []
    parts = sorted([token, *conjuncts], key=lambda t: t.i)
    coordinators = [c for p in parts for c in p.children if c.dep_ == "cc"]
    if not coordinators or any(c.lower_ not in JOINT_COORDINATORS for c in coordinators):
        return []
    if not all(_can_join(p) for p in parts):
        return []
    doc = token.doc
    last = parts[-1].i + 1
    if last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].ent_type_ == "PERSON" and not any(
            p.ent_type_ or p.pos_ == "PRON" or any(c.dep_ in ("det", "poss") for c in p.children) for p in parts):
        return []  # "President and chief executive Marc Gagnon said": one person's two posts
    if any(all(doc[k].ent_iob_ == "I" for k in range(token.i + 1, c.i + 1)) for c in conjuncts):
        return []  # one name: "Irish Nurses and Midwives Organisation"
    spans = [mention_span(p) for p in parts]
    if any(a.end > b.start for a, b in pairwise(spans)):
        return []
    for part, span, nxt in zip(parts, spans, spans[1:]):
        if len(nxt) == 1 and nxt[0].pos_ == "PROPN" and any(
                c.dep_ == "prep" and c.i < span.end and c.right_edge.text[:1].isupper() for c in part.rights):
            return []  # "the National Institute of Statistics and Geography": the "and" is the name's own
    return spans


def joint_speakers(doc: Doc, sp: Speaker) -> list[Speaker]:
    """The sources a joint speaker mention joins (``joint_parts``), each a provisional Speaker
    with its own mention as written, or [] when the mention is one source's."""
    if sp.start is None or sp.end is None or not doc.has_annotation("DEP"):
        return []
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return []
    for tok in span:
        if any(c.dep_ == "conj" for c in tok.rights):
            parts = joint_parts(tok)
            if parts and parts[0].start == span.start and parts[-1].end == span.end:
                return [replace(sp, name=p.text, mention=p.text, start=p.start_char, end=p.end_char,
                                type=speaker_type(p.root, p.text)) for p in parts]  # type: ignore[arg-type]
    return []


def _can_join(tok: Token) -> bool:
    """A conjunct that can be one of a joint source: a name, a pronoun, a noun that can speak."""
    if tok.pos_ == "PRON":
        return tok.lower_ in PRONOUNS and tok.lower_ not in NOT_SOURCE_PRONOUNS
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in SPEAKING_ENTITY_LABELS or not tok.ent_type_
    return tok.pos_ == "NOUN" and can_speak(tok)


#: Labels of a page's metadata line before a date ("date 2019-03-08", "Updated 12 May"): never a source
_DATE_LABELS = frozenset({"date", "updated", "published", "posted", "modified"})
_DATELINE_DASHES = frozenset({"--", "—", "–", "-"})


def _dateline_end(token: Token) -> int | None:
    """The index of the first token after a dateline or a date label that ``token`` belongs to
    ("VANCOUVER --", "MEXICO CITY, Oct. 7 (Xinhua) --", "date 2019-03-08"), or None.

    A dateline opens a paragraph with a place in capitals and ends at a dash: what follows is
    the story, whose subject is the source.
    """
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_space and start > token.i - 4:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text_with_ws and not doc[start - 1].is_space:
        return None  # not at the start of a paragraph
    first = doc[start]
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if first.lower_ in _DATE_LABELS and after is not None and (after.like_num or after.ent_type_ == "DATE"):
        end = first.i + 1
        while end < len(doc) and (doc[end].like_num or doc[end].ent_type_ == "DATE" or doc[end].text == "-"):
            end += 1
        return end if end > token.i else None
    if not (first.is_upper and len(first.text) > 1):
        return None
    for i in range(start, min(len(doc), start + 14)):
        if doc[i].text in _DATELINE_DASHES and i > token.i:
            return i + 1
        if doc[i].pos_ in ("VERB", "AUX") and doc[i].tag_ != "NNP":
            break  # "NASA said ...": a sentence, not a dateline
        if doc[i].is_sent_start and i > start and doc[i - 1].text not in (",", "(", ")"):
            break
    return None


def _furniture_end(index: ArticleIndex | None, char: int) -> int | None:
    """The end of the boilerplate span holding offset ``char`` (a caption label, a photo credit,
    a dateline...), or None. A repeated copy (``duplicate``) is the article's own words."""
    if index is None:
        return None
    span = index.boilerplate_at(char)
    return span.end if span is not None and span.reason != "duplicate" else None


def _after_furniture(doc: Doc, i: int, index: ArticleIndex | None) -> int:
    """The first token from ``i`` on that is not inside page furniture."""
    while i < len(doc):
        end = _furniture_end(index, doc[i].idx)
        if end is None:
            return i
        while i < len(doc) and doc[i].idx < end:
            i += 1
    return i


def _story_subject(doc: Doc, start: int, index: ArticleIndex | None = None) -> Token | None:
    """The head of the first noun phrase from ``start`` on ("Vancouver's police chief" -> chief),
    past the page furniture there ("Image copyright Mark Pilbeam Image caption The trust's ...")."""
    start = _after_furniture(doc, start, index)
    for tok in doc[start:min(len(doc), start + 12)]:
        if _furniture_end(index, tok.idx) is not None:
            return None  # the phrase runs into the next label
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.ent_type_ not in ("DATE", "TIME"):
            head = tok
            while head.dep_ in ("compound", "flat", "poss", "amod", "case") and head.head.i > head.i \
                    and head.head.i - tok.i < 10:
                head = head.head
            return head
        if tok.pos_ in ("VERB", "AUX"):
            return None
    return None


def speaker_type(token: Token, text: str) -> str:
    """A first guess at what kind of source a speaker mention is."""
    low = token.lower_
    if low in PRONOUNS or low in FIRST_PERSON or low in RELATIVE:
        return pronoun_speaker_type(low)
    first = text.split()[0].lower() if text.split() else ""
    if token.ent_type_ == "PERSON":
        return "person"
    if token.ent_type_ in ("ORG", "NORP", "GPE"):
        return "organization" if token.ent_type_ != "NORP" else "group"
    word = lemma(token)
    if word in ALL_DOCUMENT_NOUNS or token.lower_ in DOCUMENT_PLURALS:
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


def speaker_from_token(token: Token, index: ArticleIndex | None = None, joint: bool = True) -> Speaker:
    """A provisional Speaker (name = mention as written) for a source token; a dateline or a
    page's date label ("VANCOUVER -- Vancouver's police chief said") gives way to the subject
    of the story after it. A joint source ("Microsoft and Google said", ``joint_parts``; not
    with ``joint`` False) is one group whose mention spans the whole coordination.

    index: the article, for its boilerplate: a speaker never starts inside page furniture (a
    caption label, a photo credit): a head inside it gives way to the subject after it, and a
    mention that would begin inside it starts after it.
    """
    doc = token.doc
    after = _dateline_end(token)
    if after is None and _furniture_end(index, token.idx) is not None:
        after = _after_furniture(doc, token.i, index)  # the head is a caption label or a credit
    if after is not None:
        subject = _story_subject(doc, after, index)
        if subject is None:
            return UNKNOWN_SPEAKER
        token = subject
    title = token
    token = titled_name(token)
    parts = joint_parts(token) if joint else []
    age = age_epithet(token)
    edges = (parts[0].start, parts[-1].end) if parts else age  # "A and B", "the 48-year-old"
    span = doc[edges[0]:edges[1]] if edges is not None else mention_span(token)
    if title is not token:  # "Special Agent in Charge David Orozco": the title is in the mention
        span = doc[min(span.start, mention_span(title).start):span.end]
    if index is not None and span.start < token.i:
        lo = _after_furniture(doc, span.start, index)  # a mention starts after the furniture
        while lo < token.i and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        span = doc[min(lo, token.i):span.end]
    text = span.text  # the span's own text: Doc.text would rebuild the whole article on every call
    return Speaker(name=text, mention=text, start=span.start_char, end=span.end_char, entity=None,
                   type="group" if parts else speaker_type(token, text))  # type: ignore[arg-type]


def speaker_for(cue_token: Token, index: ArticleIndex) -> Speaker:
    """The speaker of a cue: its subject (outside the quote), else a name next to it."""
    subj = subject_of(cue_token)
    if subj is not None and not any(c.isalnum() for c in subj.text):
        # a dash the tagger read as a noun ("... made public ― Trump boasted"): another subject
        subj = next((c for c in subj.head.children if c.dep_ == subj.dep_ and c.i != subj.i
                     and any(ch.isalnum() for ch in c.text)), None)
    if subj is not None and subj.pos_ == "NOUN" and not can_speak(subj):
        # "With 50 days until the election, Minyon Moore, a senior adviser ..., called": the
        # parse hangs the name on a thing as its apposition; the name speaks
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.ent_type_ in ("PERSON", "ORG", "")), subj)
    if subj is not None and subj.pos_ == "PROPN":
        # "Les Bleus | head coach | Fabien Roux said": the parse makes the club the subject and
        # the post and the name its appositions, no comma between; the name speaks
        post = next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                     and c.left_edge.i == subj.i + 1), None)
        name = next((c for c in post.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.left_edge.i == post.i + 1), None) if post is not None else None
        if name is not None:
            subj = name
    if subj is not None and index.in_quote(subj.idx):
        subj = None  # "I", "we" inside the quote are not its speaker
    if subj is None:
        subj = nominal_near(index, cue_token)
    if subj is None:
        return UNKNOWN_SPEAKER
    if subj.lower_ in RELATIVE and subj.dep_.startswith("nsubj"):
        # "X, who said ...", "research which indicated ...": keep the pronoun as the mention,
        # name the antecedent
        head = subj.head.head if subj.head.dep_ == "relcl" else None
        sp = speaker_from_token(subj, index)
        if head is not None:
            named = speaker_from_token(head, index, joint=False)
            return replace(sp, name=named.name, type=named.type)
        return sp
    return speaker_from_token(subj, index)


#: Prepositions inside a capitalised title before a name ("Special Agent in Charge", "Officer in
#: Charge", "Minister of State"): the parse hangs the name on the title's first noun.
_TITLE_PREPS = frozenset({"in", "of"})


def titled_name(subj: Token) -> Token:
    """The name a title with a preposition in it comes before: "Special Agent in Charge David
    Orozco said" parses "Agent" as the subject and "Orozco" as the object of "in"; the person
    named speaks. Only when the title is capitalised to the name (every word between the
    preposition and the name is capitalised) and the object is a person the NER tagged.
    """
    if subj.tag_ != "NNP" or subj.ent_type_ == "PERSON":  # a title ("Agent"), not "Supporters of ..."
        return subj
    prep = next((c for c in subj.rights if c.dep_ == "prep" and c.i == subj.i + 1
                 and c.lower_ in _TITLE_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or obj is None or obj.ent_type_ != "PERSON":
        return subj
    doc = subj.doc
    first = obj.i
    while first > prep.i + 1 and doc[first - 1].ent_type_ == "PERSON" and doc[first].ent_iob_ != "B":
        first -= 1
    between = doc[prep.i + 1:first]
    if len(between) == 0 or not all(t.text[:1].isupper() and t.is_alpha for t in between):
        return subj
    return obj


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
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            return speaker_from_token(head, index)
    return None

