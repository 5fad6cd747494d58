"""The cue of a quote and its source token: "said", "according to", "in a statement" -> who.

Pure functions over spaCy tokens; the words come from ``language.cues``. ``find_cue`` picks
the best cue in a stretch of tokens, ``cue_of`` turns a cue token into a ``Cue`` record with
its auxiliaries and its strength, ``subject_of`` finds the token that names its source
(``speakers`` turns that token into a Speaker).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..language import cues as lexicon
from ..language.nouns import ALL_DOCUMENT_NOUNS, DOCUMENT_PLURALS, GROUP_NOUNS, PERSON_NOUNS, SPEAKING_NOUNS
from ..language.pronouns import NOT_SOURCE_PRONOUNS, RELATIVE
from ..language.tokens import SPEAKING_ENTITY_LABELS, SUBJECT_DEPS, VERB_TAGS, after_comma, age_epithet, is_verb, lemma
from .confidence import CONFIDENCE


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase and the token that carries its source."""

    text: str
    start: int
    end: int
    head: Token | None  # the verb (or "according"); None for a colon lead-in
    strength: float  # CONFIDENCE.strong_cue for a verb of saying or writing, CONFIDENCE.weak_cue otherwise


def is_according_to(token: Token) -> bool:
    """"according" followed by "to"."""
    doc = token.doc
    return token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"


def is_cue_verb(token: Token, speech_only: bool = False) -> bool:
    """A verb whose lemma is a cue (only a verb of saying or writing with ``speech_only``)."""
    if token.lower_ in lexicon.CUE_FORMS:
        return True
    if token.tag_ == "NN" and token.dep_ == "advcl" and token.lower_ in lexicon.SPEECH_GERUNDS \
            and any(c.dep_ == "ccomp" for c in token.rights):
        return True  # 'shared a video, writing, "What a journey!"': a noun heads no adverbial clause
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in VERB_TAGS:
        return False
    word = lemma(token)
    return word in lexicon.STRONG or (not speech_only and word in lexicon.WEAK)


def cue_of(token: Token) -> Cue:
    """The cue phrase headed by ``token``: the verb with its auxiliaries and particles."""
    doc = token.doc
    lo = hi = token.i
    for child in token.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt", "advmod") and abs(child.i - token.i) <= 2 \
                and not (child.dep_ == "advmod" and child.text[:1].isupper() and not child.is_sent_start) \
                and not any(t.is_punct for t in doc[min(child.i, token.i) + 1:max(child.i, token.i)]):
            # (a capitalised "adverb" inside a sentence is a name the tagger missed: "Judge O'Kelly said";
            # an adverb set off by a comma is the sentence's: "Critics, however, questioned")
            lo, hi = min(lo, child.i), max(hi, child.i)
    if is_according_to(token):
        hi = token.i + 1
    span = doc[lo:hi + 1]
    strong = lemma(token) in lexicon.STRONG or token.lower_ == "according"
    strength = CONFIDENCE.strong_cue if strong else CONFIDENCE.weak_cue
    return Cue(span.text, span.start_char, span.end_char, token, strength)


def find_cue(tokens: Sequence[Token], speech_only: bool = False, nearest_last: bool = False) -> Token | None:
    """The best cue among ``tokens``, or None.

    Prefers verbs of saying with a subject, then "according to", then attitude verbs, then
    speech nouns; among equals the first one, or the last one with ``nearest_last`` (a lead
    before a quote).
    """
    best = None
    best_rank = -1
    for tok in tokens:
        if is_according_to(tok):
            rank = 3
        elif is_cue_verb(tok, speech_only=True):
            rank = 4 if subject_of(tok) is not None else 2
        elif not speech_only and is_cue_verb(tok):
            rank = 1 if subject_of(tok) is not None else 0
        elif lemma(tok) in lexicon.SPEECH_NOUNS and tok.pos_ == "NOUN":
            rank = 0
        else:
            continue
        if rank > best_rank or (nearest_last and rank == best_rank):
            best, best_rank = tok, rank
    return best


_QUOTE_MARKS = frozenset('"“”«»')


def _quoted(tok: Token) -> bool:
    """Whether a phrase stands inside quote marks: one opens it and one closes it, after its
    comma or full stop ('"C'est un bon début," Thériault said')."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    opened = doc[lo].text in _QUOTE_MARKS or (lo > 0 and doc[lo - 1].text in _QUOTE_MARKS)
    return opened and any(t.text in _QUOTE_MARKS for t in doc[hi + 1:hi + 3])


#: Children only an active verb takes: a participle with one is a past tense the parse misread.
_ACTIVE_OBJECTS = frozenset({"dobj", "ccomp", "oprd", "dative", "attr"})


def subject_of(verb: Token) -> Token | None:
    """The source token of a cue verb: its subject, an agent, or an inherited subject; for a
    cue noun ("issued the following statement:", "said in a statement"), the subject of the
    verb it hangs on."""
    if verb.pos_ == "NOUN" and verb.dep_ == "advcl" and is_cue_verb(verb) and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)  # 'Sethi took to Instagram to share a video, writing, "..."' (a NN "writing")
    if verb.pos_ == "NOUN":
        head = verb.head
        if verb.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "nsubjpass", "attr"):
            return subject_of(head)
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1 and subjects[0].lower_ in RELATIVE and subjects[0].i < subjects[1].i:
        # "the state funding system, which advocates say disadvantages needy schools": the
        # relative pronoun is the subject of the reported clause; the advocates speak
        return subjects[1]
    if len(subjects) > 1 and subjects[0].pos_ == "NOUN" and subjects[0].lemma_.lower() in PERSON_NOUNS \
            and subjects[1].pos_ == "PROPN" and subjects[1].left_edge.pos_ == "PROPN" \
            and any(c.dep_ == "prep" and c.right_edge.i + 1 == subjects[1].left_edge.i for c in subjects[0].rights):
        # "DA spokesperson on electricity Kevin Mileham said": the parser split an office with its
        # portfolio from the name it goes before; the name is the source
        return subjects[1]
    if len(subjects) > 1 and _quoted(subjects[0]) and subjects[0].i < subjects[1].i:
        # '"C'est un bon début," Thériault said': the parser made a word of the quote a subject
        # too (the French, a headline's words); the subject after the closing mark is the source
        return subjects[1]
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.dep_ == "nsubjpass":
                # "it was reported by X": the agent is the source
                for c2 in verb.children:
                    if c2.dep_ == "agent":
                        for c3 in c2.children:
                            if c3.dep_ == "pobj":
                                return c3
            if child.tag_ == "VBG" and verb.i > 0 and verb.nbor(-1).pos_ == "PROPN" \
                    and child.left_edge.i <= verb.i - 1 <= child.right_edge.i:
                # "Reporting from Omdurman Al Jazeera's Hiba Morgan said": the parser took the
                # participle for the subject; the name just before the cue is the speaker
                return verb.nbor(-1)
            if child.tag_ in ("NN", "NNP", "VBG") and child.lower_.endswith("ing") and child.i + 1 < len(child.doc) \
                    and child.doc[child.i + 1].text == "," and (child.is_sent_start or child.i == child.sent.start):
                # "Reacting, the company's spokesperson, Mrs. Funmi Adeyemi, said": the Nigerian
                # press opens with what the source was doing, and the parser takes the participle
                # for the subject; the person in apposition to it speaks
                appos = next((c for c in child.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)
                if appos is not None:
                    return appos
            if child.ent_type_ in ("GPE", "LOC"):
                # "The San Jose, California-based company said": the parse makes the city the
                # subject and the company its apposition; where a company is based does not speak
                return next((c for c in child.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and any(
                    t.lower_ == "based" or t.lower_.endswith("-based") for t in c.lefts)), child)
            return child
    if verb.lower_ == "according":
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                for c2 in child.children:
                    if c2.dep_ == "pobj":
                        return c2
    # "quoted an aide as saying", "cited a source as saying": the one quoted speaks
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.pos_ == "VERB" and is_cue_verb(verb):
        quoted = [c for c in verb.head.head.children if c.dep_ == "dobj" and c.i < verb.head.i]
        if quoted and quoted[0].pos_ in ("NOUN", "PROPN", "PRON"):
            return quoted[0]
        # "X was quoted by the state news agency as saying": the wire's passive; the one quoted
        # speaks, not the agency that carried the words (the agent of "it was reported by")
        quoted = [c for c in verb.head.head.children if c.dep_ == "nsubjpass" and c.i < verb.head.i]
        if quoted and quoted[0].pos_ in ("NOUN", "PROPN", "PRON"):
            return quoted[0]
    # "... before saying, ''...''": the subject of the verb the preposition hangs on
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i and is_cue_verb(verb):
        return subject_of(verb.head.head)
    # "Ham said the cuts tied his hands, arguing that ...": a participle of saying set off at the
    # end of a reported clause is the reporter's, not the clause subject's ("the cuts" argue nothing)
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and head.dep_ == "ccomp" and head.head.i != head.i \
            and lemma(head.head) in lexicon.SAYING and lemma(verb) in lexicon.SAYING and after_comma(verb):
        return subject_of(head.head)
    # "suggested the speechwriter be fired and defended Trump": the suggester defends
    cue = continued_cue(verb)
    if cue is not None:
        return subject_of(cue)
    # "..., adding that ...", "and told ...": the subject of the verb it hangs on
    if verb.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl") and verb.head.i != verb.i:
        if verb.dep_ in ("acl", "relcl"):
            noun = verb.head
            if lemma(noun) in lexicon.SPEECH_NOUNS and noun.dep_ in ("dobj", "pobj") and noun.head.pos_ == "VERB":
                # "Trump and Ryan issued a statement describing ...": the issuers speak
                issuer = subject_of(noun.head)
                if issuer is not None:
                    return issuer
            sent = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ in ("dative", "prep") \
                and noun.head.lower_ == "to" else None
            if sent is not None and sent.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and lemma(c) in lexicon.SPEECH_NOUNS for c in sent.children):
                # "had sent a text message to a former colleague saying: ...": the participle
                # hangs on the addressee, but the message's sender speaks
                issuer = subject_of(sent)
                if issuer is not None:
                    return issuer
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and is_cue_verb(verb) and (verb.i == noun.i + 1 or (
                    verb.nbor(-1).text == "," and noun.dep_.startswith("nsubj") and noun.head.i > verb.right_edge.i)) \
                    and not any(c.dep_ in _ACTIVE_OBJECTS for c in verb.children):
                # "a man accused of threatening election workers", "The clerk, accused of ...,
                # denied": the noun a passive participle modifies is the one spoken of; only its
                # agent speaks ("accused by prosecutors") (a participle after a comma that ends no
                # subject is likely the clause's own verb, which the parse hung on the noun; so is
                # one with an object or a clause: "A poll found last week that ...", "De Blasio,
                # speaking on WOR710, called Trump a blowhard")
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if noun.pos_ in ("PROPN", "PRON") or (noun.pos_ == "NOUN" and can_speak(noun)):
                return noun  # "a spokesman saying", "protesters chanting"
            if noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj", "attr", "npadvmod") and verb.tag_ == "VBG":
                # "canceled the rest of his tour citing ...", "urged the court to refer it to a
                # larger bench saying ...": a thing does not speak; the subject of the clause
                # the participle ends does (an infinitive, "authority to call", may have another)
                clause = noun.head  # up through "the remainder | of | his tour" to the verb
                for _ in range(6):
                    if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i or \
                            clause.dep_ not in ("prep", "pobj", "dobj", "attr", "npadvmod"):
                        break
                    clause = clause.head
                if clause.pos_ in ("VERB", "AUX") and clause.i != noun.i:
                    return subject_of(clause)
            return noun if noun.pos_ == "NOUN" else None
        return subject_of(verb.head) if verb.head.i != verb.i else None
    return _nearest_nominal_left(verb)


#: Prepositions of time and place after a cue ("told reporters after the vote", "said outside the
#: meeting"): the phrase says when or where the words were said, not what.
_CIRCUMSTANCE_PREPS = frozenset("after before during outside at in following inside ahead".split())


def clause_after_circumstance(prep: Token) -> Token | None:
    """The reported clause the parser hung as a relative clause on the object of a phrase of time
    or place after a cue: "Ruiz told reporters after the vote that the council had backed ...",
    "Cushing said outside the meeting that he abstained ...". A clause opened by "that" with a
    subject of its own there completes the verb of saying (the words said), not the noun; None
    otherwise."""
    if prep.dep_ != "prep" or prep.lower_ not in _CIRCUMSTANCE_PREPS or not is_cue_verb(prep.head, speech_only=True):
        return None
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        for clause in obj.rights:
            first = clause.left_edge
            if clause.dep_ in ("relcl", "acl") and first.lower_ == "that" and first.i == obj.i + 1 \
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.children) \
                    and not is_cue_verb(clause, speech_only=True):
                # (not "declared victory in an election that opposition leaders said was marred":
                # a clause with a verb of saying of its own is another source's attribution)
                return clause
    return None


def clause_hung_on_phrase(prep: Token) -> Token | None:
    """The that-clause the parser hung on the object of a phrase after a cue: "said in a
    statement | that ...", "told analysts on a conference call | that ..."; None otherwise. Not
    the content of another's report: "ruled on Trump's claim | that ...", "responded to Mr.
    Trump's interjection | that ..." (a content noun with a named possessor of its own)."""
    if prep.dep_ != "prep":
        return None
    for obj in prep.children:
        if obj.dep_ == "pobj" and lemma(obj) in lexicon.CONTENT_NOUNS \
                and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children):
            continue  # (but "doubled down on her claim that ...": her own)
        for clause in obj.rights if obj.dep_ == "pobj" else ():
            mark = clause.left_edge
            if clause.dep_ in ("acl", "relcl", "ccomp") and mark.lower_ == "that" and mark.dep_ == "mark":
                return clause
    return None


#: The words that open the occasion of a saying: "said while addressing a press conference that ..."
_OCCASION_MARKS = frozenset("while whilst when after before".split())


def clause_after_occasion(advcl: Token) -> Token | None:
    """The reported clause inside the occasion of a saying right after its cue: "Kumar said while
    addressing a press conference that the government had failed ...", "said while speaking to
    reporters in Lahore that the talks would resume", "said when briefing journalists that ...":
    the South Asian and Nigerian press write the occasion between the verb and its clause, and
    the parser hangs the clause on the occasion's verb or its object. A clause opened by "that",
    with a subject of its own, ending the occasion, completes the verb of saying; None otherwise."""
    cue = advcl.head
    if advcl.dep_ != "advcl" or advcl.left_edge.i != cue.i + 1 or advcl.left_edge.lower_ not in _OCCASION_MARKS \
            or not is_cue_verb(cue, speech_only=True) or any(c.dep_ in ("ccomp", "dobj") for c in cue.rights):
        return None
    for clause in advcl.subtree:
        first = clause.left_edge
        if clause.dep_ in ("ccomp", "relcl", "acl") and first.lower_ == "that" and first.i > advcl.left_edge.i + 1 \
                and clause.right_edge.i == advcl.right_edge.i and not _comma_between(cue, first) \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.children):
            return clause
    return None


def _comma_between(a: Token, b: Token) -> bool:
    """Whether a comma stands between two tokens ("said, while ..., that": no occasion of the saying)."""
    return any(t.text == "," for t in a.doc[a.i + 1:b.i])


_TIME_LABELS = ("DATE", "TIME")


def _date_of_saying(cue: Token, clause: Token, lo: int) -> int | None:
    """Where the clause starts after a date the parser hung on it, right after the cue and before
    its subject ("said on Tuesday | it would cut 500 jobs", "said Monday | the plan was dead",
    "said last week | the bridge was unsafe"): the wire's date of the saying, the cue's; None
    when the clause does not open so."""
    if lo != cue.i + 1:
        return None
    first = next((c for c in clause.lefts if c.left_edge.i == lo), None)
    if first is None or first.dep_ not in ("prep", "npadvmod", "tmod", "advmod"):
        return None
    phrase = [t for t in first.subtree if t.i != first.i or first.dep_ != "prep"]
    if not phrase or not all(t.ent_type_ in _TIME_LABELS or t.pos_ == "DET" for t in phrase):
        return None
    end = first.right_edge.i + 1
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if end < clause.i and subjects and subjects[0].left_edge.i == end:
        return end
    return None


def clause_start(cue: Token, clause: Token, lo: int) -> int:
    """Where the reported clause ``clause`` after a cue starts, given its first token ``lo``, once
    the parser's misreadings of a date or a place of speech after the cue are undone ("said on
    Thursday prices would ...", "said Friday inflation was ...", "said in a statement sales had
    ..."). The date says when the words were said: it is the cue's, and the clause's subject
    follows it.

    - the subject hung on the cue's phrase as a second object ("on Thursday | prices"): a
      clause with no subject starts at the noun just before it, after a date;
    - a date taken as a modifier of the subject ("Friday inflation", "last week growth"): the
      clause starts after it;
    - a date phrase hung on the clause before its subject ("said on Monday | she was ..."): the
      clause starts at the subject (``_date_of_saying``).
    """
    doc = cue.doc
    if lo <= cue.i:
        return lo
    dated = _date_of_saying(cue, clause, lo)
    if dated is not None:
        return dated
    before = doc[lo - 1]
    if not any(c.dep_ in SUBJECT_DEPS for c in clause.children) and lo - 2 > cue.i \
            and before.pos_ in ("NOUN", "PROPN") and before.ent_type_ not in _TIME_LABELS \
            and before.dep_ == "pobj" and before.head.dep_ == "prep" and before.head.head.i == cue.i \
            and doc[lo - 2].ent_type_ in _TIME_LABELS and doc[lo - 2].head.i == before.head.i:
        return lo - 1
    if before.lower_ == "in" and before.dep_ == "prep" and before.head.i == cue.i \
            and not any(c.dep_ == "pobj" for c in before.children):
        # "said in a statement sales had collapsed": the parser made "statement" a modifier of
        # the clause's subject; where it was said is the cue's, the clause starts after it
        k = lo
        while k < clause.i and doc[k].pos_ in ("DET", "ADJ"):
            k += 1
        said_in = k
        while k < clause.i and doc[k].dep_ == "compound" and lemma(doc[k]) in lexicon.SPEECH_NOUNS:
            k += 1
        if k > said_in:
            return k
    k = lo
    while k < clause.i and doc[k].ent_type_ in _TIME_LABELS and doc[k].dep_ in ("compound", "amod", "nummod"):
        k += 1
    if k > lo and doc[k - 1].head.i == k and doc[k].ent_type_ not in _TIME_LABELS and doc[k].pos_ in ("NOUN", "PROPN") \
            and doc[k].dep_ in SUBJECT_DEPS:
        return k
    return lo


def put_to_subject(verb: Token) -> bool:
    """A participle of asking set off before its clause ("Asked whether he would resign, Smith
    said ...", "When asked about the delay, ..."): the question was put to the clause's subject
    by someone the article does not name, so what it asks is no one's we can name. The tagger
    reads the participle as a past tense as often ("Asked" VBD after another sentence); with no
    subject of its own before the clause it hangs on, it is the participle all the same."""
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and verb.i < verb.head.i \
        and lemma(verb) in lexicon.ASKING_VERBS \
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in verb.children)


def agentless_passive(verb: Token) -> bool:
    """A passive cue with no agent ("is expected to", "was told", "were being asked to"): its
    subject is no source, and the words under it are no one's we can name."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def continued_cue(conj: Token) -> Token | None:
    """The verb of saying whose source speaks again in ``conj``, or None.

    "suggested the speechwriter be fired and defended Trump", "said the deal had been signed and
    praised the negotiators": the parser joins a second verb of saying to the reported clause,
    but with no subject of its own and in the tense of the cue, not of the clause, it is the
    source's next act of speech. "said the firm raised prices and warned of shortages" (the
    clause in the cue's tense too) and "said his client was standing by his comments and wished
    to plead guilty" (no verb of saying) stay one report; "and that ..." is a second clause of
    the same report.
    """
    clause = conj.head
    if conj.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.i == clause.i or not is_verb(conj):
        return None
    cue = clause.head
    if lemma(conj) not in lexicon.SAYING or lemma(cue) not in lexicon.SAYING:
        return None
    if any(c.dep_ in SUBJECT_DEPS or (c.dep_ == "mark" and c.lower_ == "that") for c in conj.children):
        return None
    if conj.tag_ == cue.tag_ and _no_one_subject(clause):
        return cue  # "said the measure was dead on arrival and accused Republicans ...": a measure accuses no one
    finite = next((c.tag_ for c in clause.lefts if c.dep_ in ("aux", "auxpass")), clause.tag_)
    if conj.tag_ != cue.tag_ or conj.tag_ == finite:
        return None
    return cue


def before_conjunction(doc: Doc, conj: Token) -> int:
    """The token index where the words before conjunct ``conj`` end: before its "and"/"but"
    and a comma before that."""
    k = conj.left_edge.i
    while k > 0 and (doc[k - 1].dep_ == "cc" or doc[k - 1].text == ","):
        k -= 1
    return k


def _no_one_subject(clause: Token) -> bool:
    """Whether the subject of ``clause`` is a common noun that is no one ("the measure", "the
    bill", "the plan": a thing, or a document, which a reported clause is about far more often
    than it is the next speaker), so that a verb of saying joined to the clause is not its
    subject's. ``mixed._mute_subject`` asks the narrower question of a cue's own subject (no
    document there: "the report continued" is a source)."""
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ == "" \
        and (lemma(subject) in ALL_DOCUMENT_NOUNS or not can_speak(subject))


def can_speak(noun: Token) -> bool:
    """Whether a common noun can be a source: a person, group, organisation or document noun,
    a speech noun ("a statement saying"), or a name's head the NER marks."""
    word = lemma(noun)
    return (word in SPEAKING_NOUNS or noun.lower_ in GROUP_NOUNS or noun.lower_ in DOCUMENT_PLURALS
            or word in lexicon.SPEECH_NOUNS or noun.ent_type_ in SPEAKING_ENTITY_LABELS)


_LEFT_STOPS = frozenset({".", ";", ":", "“", '"', "”"})


def _nearest_nominal_left(verb: Token) -> Token | None:
    """Fallback when the parse gives no subject: the name or pronoun just before the verb
    in the same clause ("Trump, in Kentucky, said ..." parsed without an nsubj)."""
    doc = verb.doc
    skipped = 0  # the words of prepositional phrases do not count against the window
    for depth, i in enumerate(range(verb.i - 1, max(-1, verb.i - 20), -1)):
        tok = doc[i]
        if depth - skipped >= 11:
            return None
        if tok.pos_ in ("VERB", "AUX") or tok.text in _LEFT_STOPS or (tok.is_sent_start and i != verb.i - 1 and depth):
            return None
        if _in_prepositional_phrase(tok):
            skipped += 1
            continue  # "Lee Chan of the School ... at the University of Leeds said": not Leeds
        if i == verb.i - 1 and age_epithet(tok) is not None:
            return tok  # '"...," the 48-year-old said.': the person of that age
        if tok.pos_ in ("PROPN", "PRON") and tok.dep_ != "poss" and tok.lower_ not in NOT_SOURCE_PRONOUNS:
            head = tok
            while head.dep_ in ("compound", "flat") and head.head.i > head.i:
                head = head.head
            return _relative_antecedent(head, verb) or head
    return None


def _relative_antecedent(tok: Token, verb: Token) -> Token | None:
    """The antecedent of a "who" clause set off before the cue that ``tok`` is in: "Mr Wong, |
    who is also Finance Minister, | said" (parsed with no subject for "said"): the one the clause
    is about speaks, not the post or the name the clause holds. None when ``tok`` is in none."""
    for anc in tok.ancestors:
        if anc.i >= verb.i:
            break
        if anc.dep_ == "relcl" and anc.head.i < tok.i and anc.head.pos_ in ("PROPN", "NOUN") \
                and any(c.lower_ in ("who", "whom") and c.i < anc.i for c in anc.children):
            return anc.head
    return None


def _in_prepositional_phrase(tok: Token) -> bool:
    """Whether ``tok`` is the object of a preposition, or a name part of one: never a subject."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj"


def continues_clause(part: Token, end: int) -> bool:
    """Whether ``part`` continues the reported clause that ends before token ``end``: the parser
    read a word of one clause as a second one with no subject, right after the first, no
    punctuation between ("said it would acquire data analytics | startup Kestrel AI for $2
    billion", "says there is no one in the race | is "on pace ..."", "said the men detained |
    could be part of ..."); a clause with a verb of saying of its own is a report of its own."""
    return part.dep_ == "ccomp" and part.left_edge.i == end and end > 0 and not part.doc[end - 1].is_punct \
        and not any(c.dep_ in SUBJECT_DEPS for c in part.children) and not is_cue_verb(part)


def clause_read_as_relative(obj: Token) -> Token | None:
    """The clause told to an addressee that the parse hung on it as a relative clause with no
    relative word ("told the jury | the defendant had lied", "told the hearing | the company had
    known"): one with a subject of its own, right after the addressee, is what was said. A
    pronoun has no relative clause to misread ("tell the I.R.S. anything it doesn't know": the
    thing told, not whom)."""
    if obj.pos_ == "PRON":
        return None
    for c in obj.rights:
        if c.dep_ != "relcl":
            continue
        first = c.left_edge
        if first.lower_ == "that" and first.i == obj.i + 1 and any(
                x.dep_ in ("nsubj", "nsubjpass") and x is not first for x in c.lefts):
            return c  # "told a regular briefing | that the Philippines had provoked": a subject of its own after "that"
        if first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ in ("that", "who", "which"):
            continue
        if first.i == obj.i + 1 and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.lefts):
            return c
    return None
