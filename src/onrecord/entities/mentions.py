"""Mentions: the places in an article that refer to a person, organisation or document.

``find_mentions(doc, quoted)`` returns, in text order:

- names from the NER (PERSON, ORG, GPE, NORP, LOC, FAC), corrected where cheap and sure
  (a possessive 's dropped; "Rudy Went" cut before a capitalised verb; an ORG/GPE span after
  Mr./Mrs./Ms. or before "she said" relabelled PERSON), with a title just before a name
  taken into the mention ("Ms. Connor", "Sen. Smith");
- title + capitalised word the NER missed ("Mrs. Connor");
- third-person pronouns (he, she, they, it and their other forms) outside direct quotes;
- descriptions whose head noun names a person, document or organisation: indefinite ones
  ("a senior administration official", "a 2009 report by Human Rights Watch") and
  definite ones ("the official", "the report", "the ministry").

Only NER labels, POS tags and token text are used, never dependency arcs (the parser may be
skipped on some sentences); where arcs exist they refine the "subject" flag.

Mentions are values: ``find_mentions`` builds them once, and later steps (aliases, the
speaker look-up in ``resolve``) make new ones with ``dataclasses.replace``; ``key`` stays
with a mention through every such copy.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ..language.cues import COMMON, ISSUING_VERBS, QUESTION_VERBS
from ..language.names import (
    COMPANY_NAME_ENDINGS,
    CORPORATE_SUFFIXES,
    GENERATIONAL,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    PATRONYMICS,
    ROLE_OF_TITLE,
    SEAT_TITLES,
    SELF_NAMING_MARKS,
    SELF_NAMING_WORDS,
    TITLE_ABBREVIATIONS,
    TITLES,
    first_name_gender,
    hyphenated_given_name,
    is_acronym,
    is_first_name,
    is_post_nominal,
    nickname_between,
    split_person,
    strip_post_nominals,
    title_word,
)
from ..language.nouns import (
    ALL_ORG_NOUNS,
    AWARD_PERSON_NOUNS,
    DEFINITE_DETERMINERS,
    DEMONYMS,
    DESCRIPTION_LINKS,
    DOCUMENT_NOUNS,
    EPITHET_MODIFIERS,
    GROUP_NOUNS,
    INDEFINITE_DETERMINERS,
    NOUN_GENDER,
    OF_PERSON_NOUNS,
    ORG_NOUNS,
    PERSON_MAKERS,
    PERSON_NOUNS,
    PORTFOLIO_HEADS,
    PORTFOLIO_NOUNS,
    PORTFOLIO_OF_TITLE,
    PORTFOLIO_POSTS,
    PUBLISHED_VERBS,
    RANK_NOUNS,
    RECORD_WORD,
    ROLE_SYNONYMS,
    SEED_NOUNS,
    SHADOW_MODIFIERS,
    SHARED_RELATION_NOUNS,
    TRADE_EPITHETS,
    UNNAMED_SOURCE_NOUNS,
    compound_noun,
)
from ..language.nouns import nationality as nationality_key
from ..language.pronouns import PRONOUNS, RELATIVE_ADVERBS
from ..language.tokens import lemma, rule_sentence_starts, zero_relative_subject

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Words the NER sometimes tags PERSON that never name one: months and days (not April, May,
#: June or August, which are names too: Theresa May).
_NOT_PEOPLE = frozenset("""january february march july september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split())


@dataclass(frozen=True)
class Mention:
    """One mention; ``kind`` is name | pronoun | description; ``key`` names it in the article."""

    start: int  # character offsets into doc.text
    end: int
    tok_start: int  # token offsets
    tok_end: int
    text: str
    kind: str
    label: str | None = None  # PERSON, ORG, ... for names; ANONYMOUS, GROUP, DOCUMENT, ORG for descriptions
    title: str | None = None  # lookup form of a title before the name ("mrs")
    gender: str | None = None
    plural: bool = False
    definite: bool = False  # "the official" (points back) vs "a senior official" (introduces)
    head: str | None = None  # lower-case head noun of a description or organisation name
    sent: int = 0
    subject: bool = False
    in_quote: bool = False
    speaker: bool = False  # a quote's speaker mention
    #: a pronoun in the content of reported speech ("Chris Philp said her position was ..."): as
    #: often someone else as the source, so it tells no one's gender
    in_report: bool = False
    roles: frozenset[str] = field(default_factory=frozenset)  # "senator", "lawyer": from titles, appositions
    key: int = -1
    #: pronouns and names that are objects ("wrote back to him", "In a statement to the London
    #: Stock Exchange, the group said"): the token of their clause's subject, which they cannot
    #: refer to, nor be referred to by; -1 otherwise
    clause_subject: int = -1
    #: names and descriptions that are the object of a participle with no subject of its own
    #: ("Speaking to Dawn, he said"): the token of the subject it takes from its clause, which
    #: they are not; -1 otherwise
    controller: int = -1
    #: an epithet that reports a clause whose subject is a name ("the Chelsea head coach said
    #: Lemos would ..."): that name's last word, whose person the epithet cannot refer to; else None
    reported_name: str | None = None
    #: documents that speak for someone ("Holt issued a statement", "a statement from the
    #: ministry"): the token of their author, -1 otherwise
    author: int = -1
    #: a definite description that says only what a reader already knows of someone ("the
    #: 21-year-old forward"): it refers back by salience when no antecedent has its head noun
    epithet: bool = False
    #: the portfolio of a government post: "agriculture" for "Agriculture Secretary Francisco
    #: Tiu Laurel Jr." (a name) and for "the agriculture chief" (a description)
    portfolio: str | None = None
    #: the one a question is put to, the object of an active verb of asking ("Conroy asked
    #: Sanders whether ..."): the "he said" of the answer after it is theirs
    asked: bool = False
    #: the age the story gives the person ("Joan Ryan, 72,", "He was 88.", "died at the age of
    #: 94"), or the age an epithet refers back by ("the 94-year-old"); None otherwise
    age: int | None = None
    #: the nationality the story gives a person before the name ("Dutch driver Max Verstappen"),
    #: or the one an epithet refers back by ("the Dutchman"), as ``nouns.nationality`` writes it
    nationality: str | None = None


def sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token (doc.sents when annotated, else the sentence rule)."""
    out: list[int] = []
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        for i, sent in enumerate(doc.sents):
            out.extend([i] * len(sent))
        return out
    n = -1
    for start in rule_sentence_starts(doc):
        n += start
        out.append(max(n, 0))
    return out


def _is_subject(doc: Doc, tok_start: int, tok_end: int, sents: list[int]) -> bool:
    if doc.has_annotation("DEP"):
        # a name in apposition to the subject is the subject ("The lead negotiator, Christine Schneider, defended ...")
        subject = ("nsubj", "nsubjpass")
        return any((t.dep_ in subject or (t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.dep_ in subject))
                   and not tok_start <= t.head.i < tok_end for t in doc[tok_start:tok_end])
    first = tok_start == 0 or sents[tok_start - 1] != sents[tok_start]
    nxt = doc[tok_end] if tok_end < len(doc) else None
    return first or (nxt is not None and nxt.pos_ in ("VERB", "AUX"))


def _is_asked(doc: Doc, tok_start: int, tok_end: int) -> bool:
    """Whether the mention is the object of an active verb of asking with a question after it
    ("asked Sanders whether ...", "pressed him about ..."), not a request ("asked him to resign")."""
    if not doc.has_annotation("DEP"):
        return False
    for t in doc[tok_start:tok_end]:
        verb = t.head
        if t.dep_ != "dobj" or tok_start <= verb.i < tok_end or lemma(verb) not in QUESTION_VERBS:
            continue
        for c in verb.rights:
            if c.i <= t.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "about":
                return True
            if c.dep_ in ("ccomp", "advcl") and (c.left_edge.lower_ in ("whether", "if")
                                               or c.left_edge.tag_ in ("WDT", "WP", "WRB")):
                return True
    return False


def _titled_the(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start]`` is a "The" written with a capital inside a sentence before a
    one-word name: the article is part of the name ("The Athletic", "The Lancet", "The Hindu"),
    which reads wrong without it. At a sentence's start the capital says nothing."""
    tok = doc[start]
    return (end - start == 2 and tok.text == "The" and start > 0 and not tok.is_sent_start
            and doc[start - 1].text not in ("\u201c", '"', "\u2018", "'", ":")
            and "\n" not in doc[start - 1].text and doc[start + 1].text[:1].isupper()
            and not is_acronym(doc[start + 1].text))


def _trim_name(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop a leading 'the', trailing possessives and a capitalised verb inside a PERSON span;
    a name stops before an opening parenthesis (the acronym after it is an alias) and never
    runs over a line break ("About Northwind Energy⏎⏎Northwind ...")."""
    while start < end and doc[start].is_space:
        start += 1
    for i in range(start, end):
        if doc[i].is_space or "\n" in doc[i].text:
            end = i
            break
    for i in range(start + 1, end):
        if doc[i].text == "(":  # "The World Health Organization (WHO": the acronym is an alias, not the name
            end = i
            break
    while (end > start and doc[end - 1].tag_ == "POS") or (end > start and doc[end - 1].text in ("'s", "’s")):
        end -= 1
    if label != "PERSON" and end - start > 1 and doc[start].lower_ == "the" and not _titled_the(doc, start, end):
        start += 1
    if label == "ORG" and end - start == 1 and start > 0 and _titled_the(doc, start - 1, end):
        start -= 1  # "according to The Athletic": the NER left out the article the name is written with
    if label == "PERSON":
        for i in range(start + 1, end):
            t = doc[i]
            if t.text[:1].isupper() and (t.pos_ in ("VERB", "AUX", "ADP") or t.tag_ in ("IN", "TO")):
                end = i
                break
        # 'Juan "Chico" Manriquez of Oakland' tagged up to "of": a name never ends in a lower-case word
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha and doc[end - 2].whitespace_ \
                and doc[end - 1].lower_ not in NAME_PARTICLES:
            end -= 1  # (a word of its own: "Ban Ki-moon" ends in the part after a hyphen; "Ursula von
            # der" + "Leyen" is a name the NER cut after its particle, made whole below)
        # "Andrew Menary KC", "Jane Roe MP": the letters of a rank or an honour are no part of the name
        while end - start > 1 and is_post_nominal(doc[end - 1].text):
            end -= 1
    return start, end


def _relabel(doc: Doc, start: int, end: int, label: str, titled: frozenset[str] = frozenset()) -> str:
    """An ORG/GPE/NORP span that takes Mr./Mrs. or is followed by 'she said' is a person, and
    so is one that opens with a given name and stands in apposition to a person noun ("Theresa
    Fleege, spokeswoman for ...", "another fan, Nadine,") or whose last word the article writes
    after Mr./Mrs. (``titled``: "Mrs. Fleege"); a PERSON span followed by an acronym in
    parentheses or an "also known as" list is an organisation ("Hay'at Tahrir al-Sham (HTS)"), and
    so is one that ends in a company's trade or legal form ("Halvorsen Pharma": ``COMPANY_NAME_ENDINGS``)."""
    if label == "PERSON":
        j = end
        if (j + 2 < len(doc) and doc[j].text == "(" and is_acronym(doc[j + 1].text.split("/")[0])
                and doc[j + 2].text in (")", "/")):
            return "ORG"
        if j + 3 < len(doc) and doc[j].text == "," and [t.lower_ for t in doc[j + 1:j + 4]] == ["also", "known", "as"]:
            return "ORG"
        last = doc[end - 1]
        if end - start > 1 and last.text[:1].isupper() and last.lower_.rstrip(".") in COMPANY_NAME_ENDINGS:
            return "ORG"  # "Halvorsen Pharma", "Brightline Retail": a trade ends a company's name, never a person's
        return label
    if start > 0 and title_word(doc[start - 1].text) in HONORIFICS:
        return "PERSON"
    if label == "NORP" and end - start == 1 and start > 0 and _titled_the(doc, start - 1, end):
        return "ORG"  # "according to The Hindu": a people's word with a capital "The" is a title
    j = end
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in ("he", "she") and lemma(doc[j + 1]) in COMMON \
            and doc[start:end].root.dep_ != "pobj":
        return "PERSON"  # (not "at a news conference in Brussels, he said": a preposition's place)
    if self_named_before(doc, start):
        return "PERSON"  # "a trader who identified himself only as Karim": the NER's ORG
    if _role_led(doc, start, end) and doc[start].lower_ not in SHARED_RELATION_NOUNS \
            and not any(t.lower_ in ALL_ORG_NOUNS for t in doc[start:end]):
        return "PERSON"  # "Nurse Ngozi Adeyemi" tagged GPE: a person noun, capitalised, opens the name
    words = _name_words(doc, start, end)
    if _titled_name(words):
        return "PERSON"  # "Councilman Rivera" tagged ORG: a title and a name (not "Prime Minister")
    if _office_led(words) is not None or _office_object(doc, start, end):
        return "PERSON"  # "District Collector D.R. Meghashree" tagged ORG: an office, then its holder's name
    if label == "FAC" and 2 <= len(words) <= 3 and _described_after(doc, end, titles=True) \
            and not any(t.lower_ in ALL_ORG_NOUNS for t in words):
        return "PERSON"  # "Antony Blinken, the U.S. Secretary of State," tagged as a building
    if label in ("ORG", "GPE", "LOC", "NORP") and len(words) == 1 and words[0].is_alpha \
            and words[0].text[:1].isupper() and not is_acronym(words[0].text) \
            and words[0].lower_ not in ALL_ORG_NOUNS:
        described, aged = _person_described_after(doc, end)
        if described and (aged or first_name_gender(words[0].text)):
            return "PERSON"  # "said Olena, a 63-year-old pensioner", "said Maria, 45, a teacher"
    if label in ("GPE", "LOC") and len(words) >= 2 and words[-1].lower_ in ALL_ORG_NOUNS \
            and words[-1].text[:1].isupper():
        return "ORG"  # "West Yorkshire Police", "Gwynedd Council" tagged as the place they serve
    if label == "ORG" and 1 <= len(words) <= 3 and not is_acronym(words[0].text) \
            and all(t.text[:1].isupper() and t.lower_ not in ALL_ORG_NOUNS for t in words):
        if _described_before(doc, start) or _apposed_to_person(doc, start, end):
            return "PERSON"  # "another fan, Nadine,", "the WHO's regional director for Africa, Matshidiso Moeti,"
        if len(words) >= 2 and hyphenated_given_name(doc[start:end].text.split()[0]):
            return "PERSON"  # "Jean-François Roberge", "Marie-Claude Bibeau": two given names joined, a person's
        if first_name_gender(words[0].text) and (words[-1].text in titled or _described_after(doc, end)):
            return "PERSON"  # "Theresa Fleege, spokeswoman for ...", "... Mrs. Fleege"
        if len(words) >= 2 and _singular_who_after(doc, end):
            return "PERSON"  # "Denzel Washington, who plays ...": "who" with a singular verb is a person's
        if len(words) >= 2 and words[-1].text in titled and start > 0 and lemma(doc[start - 1]) in PERSON_NOUNS:
            return "PERSON"  # "BJP spokesperson Sambit Patra ... Mr. Patra": a given name the lexicon lacks
        if len(words) >= 2 and start > 0 and doc[start - 1].pos_ == "NOUN" and _office(lemma(doc[start - 1])) \
                and title_word(words[-1].text) not in TITLES:
            return "PERSON"  # "Villa boss Unai Emery": an office held before the name; no company has one
        if 2 <= len(words) <= 3 and _false_title(doc, start, end) and title_word(words[-1].text) not in TITLES:
            return "PERSON"  # "Head teacher Rhian Evans", "Parent Gareth Morgan": what a person is, before the name
    if label in ("NORP", "GPE") and 2 <= len(words) <= 3 and start > 0 and doc[start - 1].pos_ == "NOUN" \
            and _office(lemma(doc[start - 1])) and _holder_name(words) and not is_acronym(words[0].text) \
            and not any(t.lower_ in ALL_ORG_NOUNS for t in words):
        return "PERSON"  # "India skipper Rohit Sharma" tagged a nationality: no people or place holds an office
    return label


#: The most tokens between "who" and the name a source gives ("who asked to be identified only by his first name,")
SELF_NAMING_REACH = 12


def self_named_before(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is the one a source gives in a relative clause just
    before it: "a deminer who gave only his first name, | Vitalii", "a woman who gave her name
    only as | Maria", "who identified himself only as | Ahmed" (``names.SELF_NAMING_WORDS``, one
    of them a ``SELF_NAMING_MARKS`` word). The story calls such a source by the name given."""
    if start == 0 or doc[start - 1].lower_ not in ("as", ","):
        return False  # the name given follows "as" or the comma after "name": not "who identified Sullivan"
    marked = False
    for i in range(start - 1, max(-1, start - 1 - SELF_NAMING_REACH), -1):
        word = doc[i].lower_
        if word == "who":
            return marked and i < start - 1
        if word not in SELF_NAMING_WORDS:
            return False
        marked = marked or word in SELF_NAMING_MARKS
    return False


def _office_led(words: list[Token]) -> int | None:
    """The index of the office word in a name-tagged run "QUALIFIER OFFICE NAME" ("District
    Collector D.R. Meghashree", "Revenue Minister K. Rajan"): capitalised words, a title that is
    no honorific and no organisation noun, then one to three capitalised proper nouns of a name;
    else None."""
    for k in range(1, len(words) - 1):
        word = title_word(words[k].text)
        name = words[k + 1:]
        if word in TITLES and word not in HONORIFICS and words[k].lower_ not in ALL_ORG_NOUNS \
                and all(t.text[:1].isupper() and t.lower_ not in ALL_ORG_NOUNS for t in words[:k]) \
                and 1 <= len(name) <= 3 and _holder_name(name):
            return k
    return None


def _role_led(doc: Doc, start: int, end: int) -> bool:
    """Whether a PERSON span opens with a person noun that is no title ("Campaigner Ruth
    Allonby", "Activist Angela Davis"): the role copy writes before a name at the start of a
    sentence, capitalised there, which the NER takes into the name. Two or three proper nouns of
    a name must follow, and the word is no given name ("Dean Smith")."""
    first = doc[start]
    return first.text[:1].isupper() and title_word(first.text) not in TITLES \
        and description_label(first.lower_) == "ANONYMOUS" and not is_first_name(first.text) \
        and 2 <= end - start - 1 <= 3 and _holder_name(list(doc[start + 1:end]))


def _holder_name(words: Sequence[Token]) -> bool:
    """Whether the words after an office are a name: capitalised proper nouns, none a title, not
    a suffix ("Martin Luther King | III": "King" is the surname, no office)."""
    return bool(words) and title_word(words[0].text) not in NAME_SUFFIXES and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and title_word(t.text) not in TITLES for t in words)


def after_office_of(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the object of an office "TITLE of (the) X": "Secretary of State",
    "Minister of Health", "Secretary of the Interior"."""
    k = i - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ == "of" and title_word(doc[k - 1].text) in TITLES


def _office_object(doc: Doc, start: int, end: int) -> bool:
    """Whether a name-tagged span opens with the last word of an office "TITLE of X" and goes on
    with a name: "Secretary of | State Antony Blinken", "Secretary of | Defense Lloyd Austin"."""
    if not after_office_of(doc, start):
        return False
    name = list(doc[start + 1:end])
    return 2 <= len(name) <= 3 and not is_first_name(doc[start].text) and doc[start].text[:1].isupper() \
        and _holder_name(name)


def _name_words(doc: Doc, start: int, end: int) -> list[Token]:
    """The words of a span, each by its first token: a hyphenated word is one ("Nkomo-Ralehoko")."""
    def joined(i: int) -> bool:  # token i is a hyphen, or the part after one, inside a word
        t = doc[i]
        hyphen = t.text in ("-", "‐", "‑")
        return i > start and not doc[i - 1].whitespace_ and (hyphen or doc[i - 1].text in ("-", "‐", "‑"))
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1  # "Mara Ellis's debut": the possessive is no word of the name
    return [doc[i] for i in range(start, end) if not joined(i)]


def _titled_name(words: list[Token]) -> bool:
    """Whether a span is a title and a name of one or two words ("Councilman Rivera", "MEC
    Nomantu Nkomo-Ralehoko"), not an organisation ("Prime Minister", "Senate Committee")."""
    return 2 <= len(words) <= 3 and title_word(words[0].text) in TITLES and words[0].lower_ not in ALL_ORG_NOUNS \
        and all(t.text[:1].isupper() and t.lower_ not in ALL_ORG_NOUNS and t.pos_ == "PROPN" for t in words) \
        and title_word(words[-1].text) not in TITLES


def _office(word: str) -> bool:
    """Whether a noun names an office a person holds ("boss", "spokesperson", "minister"), not a
    relation an organisation may stand in too ("partner", "rival", "owner")."""
    return word in PERSON_NOUNS and (word in TITLES or any(word in group for group in ROLE_SYNONYMS))


def _described_after(doc: Doc, end: int, titles: bool = False) -> bool:
    """Whether a person noun stands in apposition right after a name (", spokeswoman for ...",
    ", a lawyer"); with ``titles``, a title after the place it is of too (", the U.S.
    Secretary of State,")."""
    j = end + 1
    if end < len(doc) and doc[end].text == ",":
        while j < len(doc) and (doc[j].pos_ in ("DET", "ADJ")
                                or (titles and doc[j].ent_type_ in ("GPE", "NORP") and doc[j].dep_ == "compound")):
            j += 1
        return j < len(doc) and (lemma(doc[j]) in PERSON_NOUNS or (titles and title_word(doc[j].text) in TITLES))
    return False


def _singular_who_after(doc: Doc, end: int) -> bool:
    """Whether a relative "who" with a verb in the singular follows a name set off by a comma
    (", who plays Lucius", ", who has won", ", who was"): style guides (AP, Reuters, the Guardian)
    keep "who" for people and "which" for organisations, and British copy that writes "who" for a
    club writes the verb in the plural ("Arsenal, who are top"), so the name is a person's."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return False
    j = end + 2
    while j < len(doc) - 1 and doc[j].lower_ in RELATIVE_ADVERBS:
        j += 1
    return doc[j].tag_ == "VBZ" or doc[j].lower_ == "was"


def _apposed_to_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is set off by a comma in apposition to a person described before it, the
    description however long ("the WHO's regional director for Africa, | Matshidiso Moeti", "the
    bank's head of commodities research, | Daan Struyven"); not after a relation an organisation
    stands in too ("its parent, Alphabet")."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    root = doc[start:end].root
    noun = root.head
    if root.dep_ != "appos" or noun.i >= start or noun.pos_ != "NOUN":
        return False
    word = lemma(noun)
    if word in OF_PERSON_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    return word in PERSON_NOUNS and word not in SHARED_RELATION_NOUNS


def _person_described_after(doc: Doc, end: int) -> tuple[bool, bool]:
    """Whether a person noun with an article stands in apposition right after a name, and whether
    an age comes with it, as news introduces a member of the public by a given name: ", a
    63-year-old pensioner", ", 45, a teacher" (not a relation an organisation stands in too:
    ", a key ally")."""
    if end >= len(doc) or doc[end].text != ",":
        return False, False
    j, aged = end + 1, False
    if j + 1 < len(doc) and doc[j].text.isdigit() and doc[j + 1].text == ",":
        j, aged = j + 2, True
    if j >= len(doc) or doc[j].lower_ not in ("a", "an"):
        return False, False
    j += 1
    while j < len(doc):
        if j + 4 < len(doc) and doc[j].like_num and doc[j + 1].text == "-" \
                and doc[j + 2].lower_ in ("year", "years") and doc[j + 4].lower_ == "old":
            j, aged = j + 5, True
        elif doc[j].pos_ == "ADJ":
            j += 1
        else:
            break
    word = lemma(doc[j]) if j < len(doc) and doc[j].pos_ == "NOUN" else ""
    return word in PERSON_NOUNS and word not in SHARED_RELATION_NOUNS, aged


def _false_title(doc: Doc, start: int, end: int) -> bool:
    """Whether a person noun stands right before a name as its modifier, the false title of local
    and regional news ("Head teacher Rhian Evans said", "Parent Gareth Morgan, whose ...",
    "Pensioner Joan Ryan"): what only a person is (not "Its owner Fenway Sports Group": a
    relation an organisation stands in too, ``SHARED_RELATION_NOUNS``)."""
    if start == 0:
        return False
    noun = doc[start - 1]
    word = lemma(noun)
    joined = start <= noun.head.i < end or any(t.head.i == noun.i and t.dep_ in ("appos", "compound")
                                                 for t in doc[start:end])  # either way the parser has it
    return noun.pos_ == "NOUN" and joined and word in PERSON_NOUNS and word not in SHARED_RELATION_NOUNS


def _described_before(doc: Doc, start: int) -> bool:
    """Whether a name stands in apposition to a person described just before it, the
    description opened by an article ("another fan, | Nadine", "the economist, | Priya")."""
    i = start - 1
    if i < 2 or doc[i].text != "," or doc[i - 1].pos_ != "NOUN" or lemma(doc[i - 1]) not in PERSON_NOUNS:
        return False
    j = i - 2
    while j > 0 and doc[j].pos_ == "ADJ":
        j -= 1
    if doc[j].tag_ == "POS" and _office(lemma(doc[i - 1])):
        # "the governor's spokesman, | Gboyega Akosile": an office someone holds for the
        # possessor (no relation an organisation has too: "the firm's rival, Acme Widgets")
        k = j - 1  # the possessor's head: "governor"
        if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN"):
            return False
        while k > 0 and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            k -= 1
        return doc[k].pos_ == "PROPN" or (k > 0 and doc[k - 1].lower_ in DEFINITE_DETERMINERS)
    return doc[j].lower_ in DEFINITE_DETERMINERS | INDEFINITE_DETERMINERS


def _titled_surnames(doc: Doc) -> frozenset[str]:
    """Words the article writes after an honorific ("Mrs. Fleege"): surnames of persons."""
    return frozenset(doc[t.i + 1].text for t in doc[:-1]
                     if title_word(t.text) in HONORIFICS and t.text[:1].isupper() and doc[t.i + 1].text[:1].isupper())


def _title_only(doc: Doc, start: int, end: int) -> str | None:
    """The role a name-tagged span names when it is only a title: "CJI" -> "chief justice"."""
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    if len(words) != 1:
        return None
    title = title_word(words[0].text)
    if title in TITLES and title not in HONORIFICS:
        return ROLE_OF_TITLE.get(title, title)
    return None


def _title_before(doc: Doc, start: int) -> str | None:
    i = _title_at(doc, start)
    return title_word(doc[i].text) if i is not None else None


def _title_at(doc: Doc, start: int) -> int | None:
    """The token of a title written just before token ``start`` ("Sen.", "Const." split from its
    full stop by the tokenizer), or None."""
    i = start - 1
    if i > 0 and doc[i].text == "." and title_word(doc[i - 1].text) in TITLE_ABBREVIATIONS and not doc[i - 1].whitespace_:
        i -= 1  # "Chief Const. | Adam Palmer"
    if i >= 0 and title_word(doc[i].text) in TITLES and doc[i].text[:1].isupper():
        return i
    return None


def _name_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    out = []
    titled = _titled_surnames(doc)
    surnames = {p.last for e in doc.ents if e.label_ == "PERSON"
                and (p := split_person(strip_post_nominals(e.text))) is not None and p.first is not None}
    suffixed: set[int] = set()  # the tokens a name took in before a generational suffix
    for ent_start, ent_end, ent_label in _joined_organisations(doc):
        if any(_demonym_at(doc, ent_start - back, len(doc)) == ent_end for back in (1, 6) if ent_start >= back):
            continue  # "the Scot", "the Spaniard": a person by nationality (a description), no name
        if ent_start in suffixed:
            continue  # "Laurel Jr.", which the name before took in ("Francisco Tiu | Laurel Jr.")
        label = _relabel(doc, ent_start, ent_end, ent_label, titled)
        start, end = _trim_name(doc, ent_start, ent_end, label)
        if label == "PERSON" and doc[start:end].text.lower().rstrip(".") in _NOT_PEOPLE:
            continue  # "October" tagged PERSON is never the antecedent of "he"
        if label == "PERSON" and _paired_title(doc, start, end):
            continue  # "Dr (Mrs) Ngozi Eze": the NER tags each title a person; the name follows
        if end <= start or _modifier(doc, start, end, label):
            continue
        if label == "ORG" and end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" \
                and doc[start].lower_ in ORG_NOUNS and any(
                    e.label_ == "ORG" and e.end <= start and len(e) > 1 and doc[start].lower_ in {t.lower_ for t in e}
                    for e in doc.ents):
            # "the Department said" after "the Department of Justice": a description of it, no name
            # (but with no such organisation before, "The Centre" of Indian copy is a name)
            continue
        role = _title_only(doc, start, end)
        if role is not None and doc[start].text in surnames and (start == 0 or doc[start - 1].lower_ != "the"):
            role = None  # "King said" after "Martin Luther King III": the surname, no king
        described = _described_seat(doc, start, end, taken)
        if role is None and described is not None:  # "the Dublin Bay North TD" tagged LOC
            role = ROLE_OF_TITLE.get(title_word(doc[end - 1].text), "lawmaker")
        if role is not None:  # "the CJI", "The SG", "the Minister": a description of a post
            lo = start
            seat = end - start == 1 and _seat(doc[start])
            while seat and lo > 0 and lo - 1 not in taken and doc[lo - 1].pos_ in ("ADJ", "PROPN", "NOUN") \
                    and not doc[lo - 1].is_space:
                lo -= 1  # "the German MEP", "the Labour MP": what the seat's holder is
            if described is not None:
                lo, seat = described, True
            lo = lo - 1 if lo > 0 and doc[lo - 1].lower_ == "the" else lo
            span = doc[lo:end]
            out.append(Mention(span.start_char, span.end_char, lo, end, span.text, "description", "ANONYMOUS",
                               definite=doc[lo].lower_ == "the", head=role, epithet=seat and doc[lo].lower_ == "the",
                               portfolio=_portfolio(doc, start, end - 1, role)))
            taken.update(range(lo, end))
            continue
        title = None
        if label == "ORG":
            # "The Nigeria Labour Congress": the NER took only "Congress"; the capitalised words
            # the parser joins to it as compounds belong to the name
            while start > 0 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
                    and doc[start - 1].text[:1].isupper():
                start -= 1
            if start < ent_start and _titled_name(_name_words(doc, start, end)) \
                    and not _titled_name(_name_words(doc, ent_start, end)):
                label = "PERSON"  # "Health MEC Nomantu | Nkomo-Ralehoko": the words joined are a title and a given name
        if label == "PERSON":
            while end < len(doc) and end not in taken and _APOSTROPHE_NAME.fullmatch(doc[end].text):
                end += 1  # "Eugene O’Kelly": a surname with a curly apostrophe the NER left out
            if end + 1 < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and doc[end].ent_type_ in ("", "PERSON") and title_word(doc[end].text) not in TITLES \
                    and title_word(doc[end + 1].text) in GENERATIONAL and doc[end - 1].whitespace_:
                suffixed.update((end, end + 1))
                end += 2  # "Francisco Tiu | Laurel Jr.": a surname and suffix the NER left out or tagged apart
            while start > 0 and re.fullmatch(r"[A-Z]\.?", doc[start - 1].text) and start - 1 not in taken:
                start -= 1  # initials the NER left out: "D Y Chandrachud", "A. M. Singhvi"
            prev = doc[start - 1] if start > 0 else None
            if prev is not None and start - 1 not in taken and prev.pos_ == "PROPN" and not prev.ent_type_ \
                    and prev.dep_ == "compound" and start <= prev.head.i < end and is_first_name(prev.text) \
                    and title_word(prev.text) not in TITLES:
                start -= 1  # a given name the NER left out: "Luiz | Inacio Lula da Silva"
            start, end = _patronymic(doc, start, end, taken, suffixed)
            while end < len(doc) and end - start > 1 and doc[end - 1].lower_ in NAME_PARTICLES \
                    and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and title_word(doc[end].text) not in TITLES and doc[end - 1].whitespace_ \
                    and doc[end].ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP", "LOC"):
                # "Marine Le | Pen", "Ursula von der | Leyen" (the NER's GPE): a name never ends
                # in a particle; the word after it is the surname, whatever the NER made of it
                suffixed.add(end)
                end += 1
            words = _name_words(doc, start, end)
            office = _office_led(words)
            if office is not None:  # "District Collector D.R. Meghashree": the name follows the office
                start = words[office].i  # (a word's first token: "Renu Raj-Menon" is two words)
            elif _office_object(doc, start, end):
                start += 1  # "Secretary of State | Antony Blinken"
            elif _role_led(doc, start, end):
                start += 1  # "Campaigner | Ruth Allonby": the role opens a sentence, capitalised
            if title_word(doc[start].text) in TITLES and end - start > 1:
                title = title_word(doc[start].text)
            else:
                at = _title_at(doc, start)
                if at is not None:
                    title, start = title_word(doc[at].text), at
        out.append(make_name(doc, start, end, label, title))
        taken.update(range(start, end))
    _missed_full_names(doc, out, taken)
    _missed_company_names(doc, out, taken)
    _surname_mentions(doc, out, taken)
    _apposed_names(doc, out, taken)
    # Title + capitalised word(s) that the NER left out: "Mrs. Connor".
    for tok in doc:
        if tok.i in taken or title_word(tok.text) not in HONORIFICS or not tok.text[:1].isupper():
            continue
        end = tok.i + 1
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end > tok.i + 1:
            out.append(make_name(doc, tok.i, end, "PERSON", title_word(tok.text)))
            taken.update(range(tok.i, end))
    return out


def _paired_title(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are one title of a pair the Nigerian press writes before a
    name, the second in parentheses: "Dr (Mrs) Ngozi Eze", "Prof (Mrs) ...", "Chief (Dr) ..."."""
    if end - start != 1 or title_word(doc[start].text) not in TITLES:
        return False
    def title_at(i: int) -> bool:
        return 0 <= i < len(doc) and title_word(doc[i].text) in TITLES
    after = end + 2 < len(doc) and doc[end].text == "(" and title_at(end + 1) and doc[end + 2].text == ")"
    inside = start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")" and title_at(start - 2)
    return after or inside


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun on the line that may be part of a person's name."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_space \
        and title_word(tok.text) not in TITLES and tok.ent_type_ in ("", "PERSON")


def _patronymic(doc: Doc, start: int, end: int, taken: set[int], absorbed: set[int]) -> tuple[int, int]:
    """A Malay or Arabic name is whole over its patronymic particle (``names.PATRONYMICS``), where
    the NER cut it there: "Siti Nurhaliza | binti | Ahmad" (both parts tagged, or only the
    father's name). The father's name alone would join someone else ("Ahmad Zahid Hamidi"); the
    tokens taken in after the span go into ``absorbed``, so the NER's span there is skipped."""
    if start >= 2 and doc[start - 1].lower_ in PATRONYMICS and start - 2 not in taken and _name_word(doc[start - 2]):
        lo = start - 2
        while lo > 0 and lo - 1 not in taken and _name_word(doc[lo - 1]) and lo - 1 >= start - 4 \
                and doc[lo - 1].ent_type_ == doc[start - 2].ent_type_:
            lo -= 1
        start = lo
    while end + 1 < len(doc) and end not in taken and doc[end].lower_ in PATRONYMICS and _name_word(doc[end + 1]):
        hi = end + 1
        while hi < len(doc) and hi - end <= 3 and _name_word(doc[hi]) and doc[hi - 1].whitespace_:
            hi += 1
        absorbed.update(range(end, hi))
        end = hi
    return start, end


#: A surname written with an apostrophe after one capital ("O’Kelly", "D'Arcy", "N’Diaye"): a
#: name whatever the tagger makes of it (it tags "O’Kelly" with a curly apostrophe an adverb).
_APOSTROPHE_NAME = re.compile(r"[A-Z][’'][A-Z][a-z]+")


def _nickname_end(doc: Doc, i: int) -> int | None:
    """Where a name ends that runs on after a nickname in quotes at token ``i`` (the opening
    mark): 'Marcia | "Cia" Price' -> the end of "Price" (``names.nickname_between``); else None."""
    if i >= len(doc) or not doc[i].is_quote or i == 0 or doc[i - 1].is_quote:
        return None
    for k in range(i + 2, min(i + 5, len(doc) - 1)):
        if doc[k].is_quote:
            before, inside = doc[max(0, i - 8):i].text_with_ws, doc[i + 1:k].text
            after = doc[k].whitespace_ + doc[k + 1:k + 2].text
            if nickname_between(before[-40:], inside, after):
                return k + 2
            return None
    return None


def _joined_organisations(doc: Doc) -> list[tuple[int, int, str]]:
    """The NER's name spans (start, end, label), with an organisation it cuts at "and" made
    whole: "Flood Forecasting" + "and" + "Warning Centre" (only the second part ends in an
    organisation noun) and "National Institute of Statistics" + "and Geography" (a capitalised
    word no entity holds, after a name with "of")."""
    ents = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in NAME_LABELS]
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(ents):
        start, end, label = ents[i]
        if label == "ORG":
            lo = _joined_before(doc, start, end)
            if lo < start:
                # "West Yorkshire Fire | and | Rescue Service": the words before "and" modify the
                # organisation's head; the NER's span of them (a person, a place) goes
                while out and out[-1][0] >= lo:
                    out.pop()
                start = lo
        joined = end < len(doc) - 1 and label == "ORG" and doc[end].lower_ == "and"
        if joined and i + 1 < len(ents) and ents[i + 1][0] == end + 1 and ents[i + 1][2] == "ORG":
            nxt = ents[i + 1]
            if doc[nxt[1] - 1].lower_ in ORG_NOUNS and not any(t.lower_ in ORG_NOUNS for t in doc[start:end]):
                out.append((start, nxt[1], "ORG"))
                i += 2
                continue
        if joined and any(t.lower_ == "of" for t in doc[start:end]):
            k = end + 1
            while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
                    and doc[k].ent_type_ in ("", "ORG") and doc[k].lower_ not in ORG_NOUNS:
                k += 1
            if k == end + 1 and k + 1 < len(doc) and doc[k].pos_ == "PROPN" and doc[k].dep_ == "conj" \
                    and start <= doc[k].head.i < end and not doc[k + 1].text[:1].isupper() \
                    and not is_first_name(doc[k].text) and doc[k].text not in surnames:
                k += 1  # "... of Statistics and Geography": one word the NER gave another label
            if k > end + 1 and (k == len(doc) or not doc[k].text[:1].isupper()):
                if i + 1 < len(ents) and ents[i + 1][0] == end + 1:
                    i += 1  # the fragment the NER made of the rest ("Geography") goes
                end = k
        if label == "ORG" and i + 1 < len(ents) and _chamber_party(doc, ents[i], ents[i + 1]):
            out.append((start, ents[i + 1][1], "NORP"))  # "Senate Democrats", "House Republicans"
            i += 2
            continue
        nick = _nickname_end(doc, end - 1 if doc[end - 1].is_quote else end) if label == "PERSON" else None
        if nick is not None:
            # 'Marcia "Cia" Price': the NER cut the name at the nickname's marks; it runs on to
            # the surname, and the spans the NER made of the rest go
            while i + 1 < len(ents) and ents[i + 1][0] < nick:
                i += 1
            end = nick
        elif label == "PERSON" and i + 1 < len(ents) and _surname_cut_off(doc, end, ents[i + 1]):
            end = ents[i + 1][1]  # "Kerry TD Michael" + "Healy-Rae": the NER cut the name before its surname
            i += 1
        elif label == "ORG" and doc[end - 1].lower_ in ORG_NOUNS and i + 1 < len(ents) \
                and _of_place(doc, end, ents[i + 1]):
            end = ents[i + 1][1]  # "The Law Society" + "of" + "Kenya": the place is the name's
            i += 1
        out.append((start, end, label))
        i += 1
    return out


def _joined_before(doc: Doc, start: int, end: int) -> int:
    """The first token of an organisation's name that the NER cut at "and", where the parse makes
    the capitalised words before it modifiers of the name's head ("West Yorkshire Fire and Rescue
    Service", "South Wales Fire and Rescue Service": "Fire" and "Yorkshire" hang on "Service"); not
    a name joined to it ("Trump and Republican Party officials": "Trump" heads the phrase)."""
    if start < 2 or doc[start - 1].lower_ != "and" or doc[end - 1].lower_ not in ORG_NOUNS:
        return start
    lo = start - 1
    k = start - 2
    while k >= 0 and start - 1 - k <= 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
            and doc[k].dep_ in ("compound", "nmod") and (start <= doc[k].head.i < end or lo <= doc[k].head.i < start):
        lo = k
        k -= 1
    if lo == start - 1 or doc[start - 1].head.i not in range(lo, end):
        return start
    return lo


def _chamber_party(doc: Doc, body: tuple[int, int, str], party: tuple[int, int, str]) -> bool:
    """Whether an organisation the NER tags just before a plural of party members modifies it:
    "Senate | Democrats", "House | Republicans" (the members of a party in one body, a group of
    its own that the party's name alone misnames)."""
    return party[0] == body[1] and party[2] == "NORP" and party[1] - party[0] == 1 \
        and doc[party[0]].tag_ in ("NNPS", "NNS") and all(t.head.i >= party[0] for t in doc[body[0]:body[1]])


def _surname_cut_off(doc: Doc, end: int, nxt: tuple[int, int, str]) -> bool:
    """Whether a PERSON span ending in a given name before token ``end`` goes on with its surname
    in the next entity, which the NER made another name ("Kerry TD Michael" + "Healy-Rae" ORG): the
    next span starts right after, is one capitalised word (a hyphenated one counts as one), no
    organisation noun, and the parse makes the given name part of it."""
    n_start, n_end, n_label = nxt
    if n_start != end or n_label not in ("PERSON", "ORG", "GPE", "NORP") or not is_first_name(doc[end - 1].text):
        return False
    words = _name_words(doc, n_start, n_end)
    return len(words) == 1 and words[0].pos_ == "PROPN" and words[0].text[:1].isupper() \
        and not any(t.lower_ in ALL_ORG_NOUNS for t in doc[n_start:n_end]) \
        and n_start <= doc[end - 1].head.i < n_end


def _of_place(doc: Doc, end: int, place: tuple[int, int, str]) -> bool:
    """Whether an organisation name ending before token ``end`` goes on with "of (the) PLACE",
    the place being the whole next entity and the last of the name: "The Law Society | of
    Kenya", "the Medical Association | of Nigeria" ("the Bank of England" the NER takes whole)."""
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    p_start, p_end, p_label = place
    return doc[end].lower_ == "of" and p_label == "GPE" and p_start == k \
        and doc[p_start].head.i == end and doc[end].head.i == end - 1 \
        and (p_end == len(doc) or not doc[p_end].text[:1].isupper())


def _surname_mentions(doc: Doc, names: list[Mention], taken: set[int]) -> None:
    """A capitalised word the NER missed that repeats a person's surname ("Hale is ..."), with
    the title before it ("Judge O’Kelly"). A word the tagger reads otherwise counts when it is
    written exactly as the surname and a speech verb, a title or an apostrophe says it is one
    ("“It's purely financial,” More says" after "Ron More")."""
    # the surname, not a suffix after it ("Martin Luther King III" ... "King")
    surnames = {p.last for m in names if m.label == "PERSON" and len(m.text.split()) > 1
                and (p := split_person(m.text)) is not None and p.first is not None}
    for tok in doc:
        if tok.i in taken or tok.text not in surnames:
            continue
        at = _title_at(doc, tok.i)
        title = title_word(doc[at].text) if at is not None else None
        if tok.pos_ != "PROPN" and not (title or _APOSTROPHE_NAME.fullmatch(tok.text) or _beside_cue(tok)
                                        or _opening_subject(tok)):
            continue
        start = at if at is not None and not any(t in taken for t in range(at, tok.i)) else tok.i
        names.append(make_name(doc, start, tok.i + 1, "PERSON", title if start < tok.i else None))
        taken.update(range(start, tok.i + 1))


def _missed_full_names(doc: Doc, names: list[Mention], taken: set[int]) -> None:
    """A full name the NER missed whose surname it tags a person where the article has it speak:
    "Ousmane Dembele scored twice ... 'It was a special night,' Dembele said" (only "Dembele" is
    tagged). An untagged pair of capitalised proper nouns, the first a compound of the second and
    no title, whose second word is that one-word PERSON name beside a speech verb, is the person's
    full name, as sport and foreign desks introduce a player or a politician."""
    speaking = {m.text for m in names if m.label == "PERSON" and " " not in m.text
                and m.tok_end - m.tok_start == 1 and _beside_cue(doc[m.tok_start])}
    # the NER tagged neither ("Mikel Arteta praised ... '...,' Arteta told BBC Sport"): a
    # capitalised proper noun it left untagged, the subject of a speech verb beside it, names a
    # speaker all the same
    speaking |= {t.text for t in doc if t.i not in taken and not t.ent_type_ and t.pos_ == "PROPN"
                 and t.text[:1].isupper() and t.text.isalpha() and title_word(t.text) not in TITLES
                 and t.dep_ in ("nsubj", "nsubjpass") and _beside_cue(t) and lemma(t.head) in COMMON
                 and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")}  # alone: not "Zero Hedge said"
    for tok in doc:
        if tok.text not in speaking or tok.i < 1 or tok.i in taken or tok.i - 1 in taken or tok.ent_type_:
            continue
        first = doc[tok.i - 1]
        if first.pos_ != "PROPN" or tok.pos_ != "PROPN" or first.ent_type_ or not first.text[:1].isupper() \
                or first.dep_ != "compound" or first.head.i != tok.i or title_word(first.text) in TITLES:
            continue
        lo = tok.i - 1
        while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
                and doc[lo - 2].text[:1].isupper() and lo - 2 not in taken:
            lo -= 2  # the whole of a hyphenated given name: "Jean-François Roberge", not "François Roberge"
        if lo < tok.i - 1 and not hyphenated_given_name(doc[lo:tok.i].text):
            continue
        if lo >= 1 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
            continue  # a pair, not the end of a longer run the NER left out for a reason
        names.append(make_name(doc, lo, tok.i + 1, "PERSON", None))
        taken.update(range(lo, tok.i + 1))


#: The legal forms that end a company's name the NER missed; not "AG" and "SA", which are also
#: an attorney general and South Africa.
_MISSED_FORMS = CORPORATE_SUFFIXES - {"ag", "sa"}


def _missed_company_names(doc: Doc, names: list[Mention], taken: set[int]) -> None:
    """A company's name the NER missed that ends in its legal form: "Walmart Inc. beat
    estimates", "Suncrest Energy Ltd said" (business copy gives the legal form at the first
    reference, Reuters and Bloomberg style). One to four capitalised proper nouns, none tagged or
    taken, then the form (``names.CORPORATE_SUFFIXES``; not "AG" or "SA"), are an organisation's name."""
    for tok in doc:
        if tok.i in taken or tok.ent_type_ or tok.lower_.rstrip(".") not in _MISSED_FORMS or not tok.text[:1].isupper():
            continue
        start = tok.i
        while start > 0 and tok.i - start < 4 and not doc[start].is_sent_start and start - 1 not in taken \
                and not doc[start - 1].ent_type_ and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_.rstrip(".") not in CORPORATE_SUFFIXES:
            start -= 1
        if start < tok.i:
            names.append(make_name(doc, start, tok.i + 1, "ORG", None))
            taken.update(range(start, tok.i + 1))


def _apposed_names(doc: Doc, names: list[Mention], taken: set[int]) -> None:
    """A person's name the NER missed, set off by commas right after a description of a person
    ("The mayor, Ana Ruiz, said", "the Chancellor, Rachel Reeves,"): two or three capitalised
    proper nouns the parse puts in apposition to a person noun or a title, the first a given name."""
    for tok in doc:
        head = tok.head
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.i in taken or head.i >= tok.i:
            continue
        # "an analyst at Cordros Securities, Tunde Bakare, said": the parse hangs the name on the
        # organisation the person works at or for; the person noun is what it names
        through = head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i \
            and lemma(head.head.head) in PERSON_NOUNS and head.ent_type_ in ("ORG", "GPE", "LOC", "FAC")
        if through:
            head = head.head.head
        if not (lemma(head) in PERSON_NOUNS or (title_word(head.text) in TITLES and head.text[:1].isupper())):
            continue
        start = tok.left_edge.i
        # a title before the name ("The spokesman, Mr Femi Ade,", "the chairman, Comrade Emeka
        # Nwosu,": the Nigerian and Ghanaian press title every name) makes it one, known or not
        title = title_word(doc[start].text) if doc[start].text[:1].isupper() else None
        title = title if title in TITLES and tok.i > start and title_word(tok.text) not in TITLES else None
        first = start + 1 if title is not None and doc[start + 1].text == "." else start + (title is not None)
        words = _name_words(doc, first, tok.i + 1) if first <= tok.i else []
        # the description may take its phrase first: "the state chairman of the Nigeria Labour
        # Congress, Comrade Emeka Nwosu,", "The Minister of Roads and Highways, Mr Kwabena Asante-Mensah,"
        between = doc[head.i + 1:start - 1]
        described = start == head.i + 2 or ((title is not None or through) and 0 < len(between) <= 8
                                            and all(head.is_ancestor(t) for t in between))
        if not described or doc[start - 1].text != "," or not (1 if title else 2) <= len(words) <= 3 \
                or not (title or is_first_name(words[0].text)) or any(t.i in taken for t in doc[start:tok.i + 1]) \
                or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and not (after.is_punct or after.pos_ in ("VERB", "AUX")):
            continue
        names.append(make_name(doc, start, tok.i + 1, "PERSON", title))
        taken.update(range(start, tok.i + 1))


def _opening_subject(tok: Token) -> bool:
    """Whether a capitalised word opens its sentence as the subject ("Greaves, now 81, remembers
    the first summer well"): a surname the tagger took for the common noun it is spelled like
    ("greaves", "wells", "banks") is the person there, as the feature's second reference."""
    return tok.is_sent_start is True and tok.text[:1].isupper() and tok.dep_ == "nsubj"


def _beside_cue(tok: Token) -> bool:
    """Whether a speech verb ("says", "said") stands right after or right before ``tok``."""
    doc = tok.doc
    return any(0 <= j < len(doc) and lemma(doc[j]) in COMMON and doc[j].pos_ in ("VERB", "AUX")
               for j in (tok.i + 1, tok.i - 1))


def _modifier(doc: Doc, start: int, end: int, label: str) -> bool:
    """A NORP adjective in front of a noun ("Turkish jets") is not an entity mention."""
    return label == "NORP" and end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")


def make_name(doc: Doc, start: int, end: int, label: str, title: str | None, key: int = -1) -> Mention:
    """A name mention for tokens ``start:end`` with its gender, head noun and roles."""
    span = doc[start:end]
    gender = TITLES.get(title) if title else None
    if label == "PERSON" and gender is None:
        words = span.text.split()
        if title:
            words = words[1:]
        if len(words) > 1:
            gender = first_name_gender(words[0])
    head = doc[end - 1].lower_
    nouns = [t.lower_ for t in span if t.lower_ in ORG_NOUNS]
    if nouns and label != "PERSON":
        head = nouns[-1]  # "Isle of Wight NHS Trust": trust; "Ministry of Defence": ministry
    else:
        for t in span:
            if t.lower_ in ("of", "on", "for") and t.i > start:  # "Committee on Immunization Practices"
                head = doc[t.i - 1].lower_
                break
    return Mention(span.start_char, span.end_char, start, end, span.text, "name", label, title, gender,
                   plural=label == "NORP" and span.text.endswith("s"), head=head,
                   roles=frozenset({ROLE_OF_TITLE.get(title, title)}) if title and title not in HONORIFICS else frozenset(),
                   key=key)


def _pronoun_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    out = []
    for tok in doc:
        info = PRONOUNS.get(tok.lower_)
        if info is None or tok.i in taken or tok.pos_ not in ("PRON", "DET"):
            continue
        m = Mention(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, tok.text, "pronoun", None, None,
                    info.gender, info.plural, clause_subject=_clause_subject(tok))
        out.append(m)
    return out


def _reported_subject(tok: Token) -> str | None:
    """For an epithet that is the subject of a verb with a clause after it, the name that is the
    clause's subject ("the Chelsea head coach said | Lemos would need time": not Lemos; nobody
    reports of themselves by their own name), else None."""
    if tok.dep_ != "nsubj":
        return None
    for clause in tok.head.rights:
        if clause.dep_ == "ccomp":
            return next((s.text for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN"),
                        None)
    return None


def _clause_subject(tok: Token) -> int:
    """For an object pronoun that is not reflexive ("him", not "himself"), the token index of
    the subject of its clause ("Cllr Patel wrote back to him": Patel; "Speaking to him, Patel
    said": Patel, the subject a participle takes from its clause), else -1."""
    if tok.dep_ not in ("dobj", "pobj", "dative", "iobj") or tok.lower_.endswith(("self", "selves")):
        return -1
    verb = tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.i
    return _participle_subject(verb)


def _participle_subject(verb: Token) -> int:
    """For a participle with no subject of its own set before or after a clause, the token of the
    subject it takes from that clause ("Speaking to Dawn, | he | said": he is speaking), else -1."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBG", "VBN") or verb.head.i == verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return -1
    return next((c.i for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), -1)


def _controller(tok: Token) -> int:
    """For the object of a participle with no subject of its own ("Speaking to | Dawn |, he
    said"), the token of the subject the participle takes from its clause, which the object is
    not: the one spoken to is not the one speaking. -1 otherwise."""
    if tok.dep_ not in ("dobj", "pobj", "dative"):
        return -1
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
    return _participle_subject(verb) if verb.pos_ == "VERB" else -1


def description_at(doc: Doc, start: int, limit: int | None = None, bare: bool = False) -> Mention | None:
    """A description starting at token ``start`` ("a senior official"), or None.

    The head is the last noun of the determiner + modifiers + noun run; a linking
    preposition and its noun phrase ("by Human Rights Watch") extend an indefinite one.
    ``bare``: a speaker phrase may also be a plural with no determiner, which news writes
    as an indefinite ("Analysts at Peel Hunt", "People familiar with the matter").
    """
    limit = len(doc) if limit is None else limit
    det = doc[start].lower_
    if doc[start].dep_ == "mark" or (det == "that" and doc[start].dep_ != "det"):
        # "said that councils would ...": "that" opens the clause, it determines no noun; nor
        # does the relative "that" of "a plan that critics said would raise rents"
        return None
    nationality = _demonym_at(doc, start, limit)
    if nationality is not None:
        span = doc[start:nationality]
        return Mention(span.start_char, span.end_char, start, nationality, span.text, "description", "ANONYMOUS",
                       gender=DEMONYMS[doc[nationality - 1].text], plural=False, definite=True,
                       head=doc[nationality - 1].lower_, epithet=True,
                       nationality=nationality_key(doc[nationality - 1].text))
    definite = det in DEFINITE_DETERMINERS
    undetermined = bare and not definite and det not in INDEFINITE_DETERMINERS \
        and doc[start].pos_ in ("ADJ", "NOUN", "PROPN") and (start == 0 or doc[start - 1].pos_ != "DET")
    if not definite and det not in INDEFINITE_DETERMINERS and not undetermined:
        return None
    i = start if undetermined else start + 1
    head = None
    while i < limit and (doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or doc[i].tag_ == "POS"
                         or doc[i].text == "-" or _based(doc, i) or _hyphen_prefix(doc, i, limit)
                         or _participle_modifier(doc, start, i, limit)):
        if head is not None and doc[i].head.dep_ == "relcl" and doc[i].head.head.i == head:
            break  # "a move | analysts said signals ...": the subject of a clause on the noun
        if head is not None and zero_relative_subject(doc, start, i):
            break  # the same clause where the parse ran "a decision parents" into one phrase
        if _common_noun(doc[i]) or _seat(doc[i]) or (definite and _post(doc, i)):
            head = i
        i += 1
    seat = head is not None and _seat(doc[head])
    post = head is not None and not seat and not _common_noun(doc[head]) and definite and _post(doc, head)
    if head is None or (not _common_noun(doc[head]) and not seat and not post):
        return None
    end = head + 1
    head_lemma = ROLE_OF_TITLE.get(title_word(doc[head].text), "lawmaker") if seat else lemma(doc[head])
    if post:  # "the Chancellor", "the Prime Minister", "the Tánaiste": the post, as a title names it
        head_lemma = ROLE_OF_TITLE.get(title_word(doc[head].text), title_word(doc[head].text))
    first = head - 2 if head - 2 > start and doc[head - 1].text == "-" else head - 1
    compound = compound_noun(doc[first].text, doc[head].text) if first >= start else None
    if compound is not None:  # "the Kansas City Chiefs tight end", "the Saracens fly-half"
        head_lemma = compound
    label = "ANONYMOUS" if post else description_label(head_lemma)
    if head_lemma in AWARD_PERSON_NOUNS and not any(t.text[:1].isupper() for t in doc[start + 1:head]):
        return None  # "the Oscar winner", not "the winner" (the goal, in sport copy)
    if head_lemma == "maker" and head > start + 1 and doc[head - 1].lower_ in PERSON_MAKERS:
        label = "ANONYMOUS"  # "the policy maker", not "the snack maker"
    # the words before a possessive describe the owner, not the head: "the 88-year-old's son"
    # is no epithet of the 88-year-old (nor "the veteran's son" of the veteran)
    owned = max([t.i + 1 for t in doc[start:head] if t.tag_ == "POS"], default=start + 1)
    age = definite and (_age_before(doc, owned, end) or _age_after(doc, end))
    if label is None and age and head_lemma == "year" and doc[end - 1].lower_ == "year":
        label, head_lemma, end = "ANONYMOUS", "year-old", min(limit, end + 2)  # "the 45-year-old"
    ranking = definite and label is None and _ranking(doc, owned, head, limit)
    if ranking:
        # "the world number one", "the top seed", "the second seed": sport copy's second reference
        # to a player by ranking, an epithet as an age is
        label = "ANONYMOUS"
        if head_lemma in RANK_NOUNS:
            end = max(end, head + 2)
    if label is None and undetermined and doc[head].lower_ in GROUP_NOUNS:
        label = "ANONYMOUS"  # "People familiar with the matter" ("people" is its own plural)
    if label is None and det == "the" and head == start + 1 and doc[head].lower_ == "people":
        label = "ANONYMOUS"  # "..., the people said": the wire's short form of "people familiar with the matter"
    if label is None:
        return None
    plural = doc[head].tag_ == "NNS"
    if undetermined and (not plural or doc[head].dep_ in ("poss", "nmod", "compound")):
        return None  # a singular noun with no determiner is no description ("Police said"), nor an owner ("Nurses’ group")
    if label == "ANONYMOUS" and plural:
        label = "GROUP"
    if not definite and label == "DOCUMENT":
        end = _published_in(doc, end, limit)
    issued = not definite and label == "DOCUMENT" and end + 2 < limit and doc[end].tag_ == "VBN" \
        and lemma(doc[end]) in ISSUING_VERBS and doc[end + 1].lower_ == "by"
    if issued:
        end += 1  # "a statement issued | by the Taoiseach's office": the agent is its author
    if not definite and end < limit and doc[end].lower_ in DESCRIPTION_LINKS:
        j = end + 1
        if j < limit and doc[j].lower_ in ("with", "to"):  # "familiar with", "close to"
            j += 1
        if j < limit and (doc[j].pos_ == "DET" or (issued and doc[j].tag_ == "PRP$")):
            j += 1
        k = j
        while k < limit and (doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or doc[k].tag_ == "POS"
                             or _inside_name(doc, k, limit)):
            k += 1
        if k > j and not any(doc[t].ent_type_ in ("DATE", "TIME") for t in range(j, k)):
            end = k  # "a report by Human Rights Watch", not "a statement on Monday"
            if doc[k - 1].ent_type_ == "ORG":
                while end < limit and doc[end].ent_type_ == "ORG" and doc[end].ent_iob_ == "I" \
                        and "\n" not in doc[end].text:
                    end += 1  # "the Ministry of Economy and Finance": the whole name the NER gives
                if not all(t.text[:1].isupper() or t.lower_ in _NAME_JOINERS for t in doc[k:end]):
                    end = k  # (not "Politico, Democratic party insiders", which the NER ran on)
    if issued and doc[end].lower_ == "by":
        end -= 1  # no author phrase after all: "analysis released by ... last month"
    elif definite and label == "ANONYMOUS" and end + 1 < limit and doc[end].lower_ == "of":
        body_end = _organisation_after(doc, end + 1, limit)
        if body_end is not None:
            end = body_end  # "The chief executive of Ryanair": the body says whose post it is
    span = doc[start:end]
    author = _author(doc[head]) if label == "DOCUMENT" and head_lemma in AUTHORED_NOUNS else -1
    epithet = bool(age) or (seat and definite) or (definite and any(_epithet_modifier(t) for t in doc[owned:head])) \
        or (definite and _career_record(doc, owned, head)) or ranking \
        or (det == "the" and (head == start + 1 or (compound is not None and first == start + 1))
            and head_lemma in TRADE_EPITHETS)
    return Mention(span.start_char, span.end_char, start, end, span.text, "description", label,
                   gender=NOUN_GENDER.get(head_lemma), plural=plural, definite=definite, head=head_lemma,
                   author=author, epithet=label == "ANONYMOUS" and not plural
                   and (epithet or (owned == start + 1 and _named_epithet(doc, start, head, head_lemma))),
                   portfolio=_portfolio(doc, start, head, head_lemma) if label == "ANONYMOUS" else None)


def _organisation_after(doc: Doc, start: int, limit: int) -> int | None:
    """The end of the name of an organisation or a place the NER tagged that starts at token
    ``start`` (a leading "the" allowed), or None."""
    j = start + 1 if doc[start].lower_ == "the" else start
    if j >= limit or doc[j].ent_type_ not in ("ORG", "GPE") or doc[j].ent_iob_ != "B":
        return None
    k = j + 1
    while k < limit and doc[k].ent_iob_ == "I":
        k += 1
    return k


def _published_in(doc: Doc, end: int, limit: int) -> int:
    """The end of "published in JOURNAL" after a document noun ending at token ``end`` ("a study
    | published in The Lancet", "a paper published online in Nature Medicine"), or ``end``: the
    journal says which study it is, as "a study in JAMA Pediatrics" does."""
    j = end
    if j >= limit or doc[j].lower_ not in PUBLISHED_VERBS:
        return end
    j += 1
    if j < limit and doc[j].lower_ == "online":
        j += 1
    if j >= limit or doc[j].lower_ != "in":
        return end
    j += 1
    if j < limit and doc[j].lower_ == "the":
        j += 1
    k = j
    while k < limit and (doc[k].pos_ == "PROPN" or (doc[k].text[:1].isupper() and doc[k].is_alpha)
                         or (k > j and _inside_name(doc, k, limit))):
        k += 1
    if k == j or any(doc[t].ent_type_ in ("DATE", "TIME") for t in range(j, k)):
        return end  # "a report published in March": when, not where
    return k


def _portfolio(doc: Doc, start: int, head: int, head_lemma: str) -> str | None:
    """The portfolio of a post: "the agriculture chief", "the health minister", "the Minister
    of Works" (``nouns.PORTFOLIO_NOUNS``)."""
    if head_lemma not in PORTFOLIO_POSTS and head_lemma not in PORTFOLIO_HEADS:
        return None
    if title_word(doc[head].text) in PORTFOLIO_OF_TITLE:
        return PORTFOLIO_OF_TITLE[title_word(doc[head].text)]  # "the CM"
    if head > start and doc[head - 1].lower_ in PORTFOLIO_NOUNS:
        return doc[head - 1].lower_
    if head_lemma in PORTFOLIO_POSTS and head + 2 < len(doc) and doc[head + 1].lower_ == "of" \
            and doc[head + 2].lower_ in PORTFOLIO_NOUNS:
        return doc[head + 2].lower_
    return None


def _common_noun(tok: Token) -> bool:
    """A common noun, or a lower-case word the tagger made a proper noun ("the England
    international")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.isalpha() and tok.text.islower())


def _based(doc: Doc, i: int) -> bool:
    """Token ``i`` is part of a "PLACE-based" modifier, as news writes where a company is:
    "the Texas-based company", "the Austin, Texas-based carmaker" (the comma between a city
    and its state, "based" after its hyphen), and the other participles business copy joins to
    a place or an owner with a hyphen: "the Bengaluru-headquartered company", "the
    London-listed miner", "the state-run oil giant"."""
    tok = doc[i]
    if tok.text != ",":
        return _hyphen_participle(doc, i)
    return 0 < i < len(doc) - 3 and doc[i - 1].ent_type_ == "GPE" \
        and doc[i + 1].ent_type_ == "GPE" and doc[i + 2].text == "-" and _hyphen_participle(doc, i + 3)


def _hyphen_participle(doc: Doc, i: int) -> bool:
    """Token ``i`` is a participle joined by a hyphen to the word before it ("-based",
    "-headquartered", "-listed", "-owned")."""
    tok = doc[i]
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and (tok.lower_ == "based" or tok.tag_ == "VBN")


def _described_seat(doc: Doc, start: int, end: int, taken: set[int]) -> int | None:
    """Where "the CONSTITUENCY SEAT" starts (its first word after "the") when a name-tagged span
    ends in a seat written as a noun ("the Dublin Bay North | TD", "the North East Somerset MP",
    the NER's LOC or ORG): capitalised words before the seat, none an organisation noun, "the"
    before them, and no name after the seat (in "the Dublin Central TD Gary Gannon" it is a
    title); else None."""
    if end - start < 2 or not _seat(doc[end - 1]):
        return None
    lo = start
    while lo > 0 and lo - 1 not in taken and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper():
        lo -= 1  # "the Dublin | Bay North TD": the NER's span may start inside the constituency
    words = doc[lo:end - 1]
    if lo == 0 or doc[lo - 1].lower_ != "the" or any(
            not t.text[:1].isupper() or t.pos_ not in ("PROPN", "ADJ", "NOUN") or t.lower_ in ALL_ORG_NOUNS
            for t in words):
        return None
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        return None
    return lo


def _post(doc: Doc, i: int) -> bool:
    """Token ``i`` is a post written as a capitalised title at the end of a definite description,
    which the tagger reads as a proper noun: "the Chancellor", "the Prime Minister", "the
    Tánaiste" (``names.TITLES``; no honorific, no word the NER took for a name, and no name after
    it, before which it is a title: "the Prime Minister Keir Starmer", nor the rest of an office
    "TITLE of X": "The Minister of Health Zweli Mkhize")."""
    tok = doc[i]
    word = title_word(tok.text)
    if not tok.text[:1].isupper() or word not in TITLES or word in HONORIFICS or tok.ent_type_:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.pos_ == "PROPN" or nxt.text[:1].isupper() or nxt.lower_ in ("of", "for"))


def _hyphen_prefix(doc: Doc, i: int, limit: int) -> bool:
    """Whether token ``i`` is the first part of a word a hyphen joins to the next, whatever the
    tagger makes of it: "the all-rounder" ("all" an adverb), "the so-called ..."."""
    return i + 2 < limit and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
        and doc[i].is_alpha and doc[i + 2].is_alpha


def _seat(tok: Token) -> bool:
    """"MP", "MEP", "TD" written as a noun: an elected member's seat (``names.SEAT_TITLES``)."""
    return tok.text[:1].isupper() and title_word(tok.text) in SEAT_TITLES


def _epithet_modifier(tok: Token) -> bool:
    """A modifier that makes a person description a second reference to someone named, a word of
    a career ("the veteran lawmaker"). Not a nationality or a party: "Macron met Scholz. The German
    chancellor said" is the one of two the adjective tells apart, which salience cannot."""
    return tok.lower_ in EPITHET_MODIFIERS


def _participle_modifier(doc: Doc, start: int, i: int, limit: int) -> bool:
    """Whether token ``i`` is an -ing participle modifying the noun after it before any noun of
    the description: "the defending champion", "the four remaining candidates", "the
    conservative-leaning newspaper" (not "a 1986 video | depicting women", a clause on the noun before it)."""
    return doc[i].tag_ == "VBG" and doc[i].dep_ == "amod" and i < doc[i].head.i < limit \
        and all(t.pos_ in ("DET", "ADJ", "ADV", "NUM") or t.text == "-" for t in doc[start:i])


def _ranking(doc: Doc, start: int, head: int, limit: int) -> bool:
    """Whether a description's head is a player's ranking: "number" or "No." before a number
    ("the world number one"), or "seed" after "top" or an ordinal ("the top seed", "the second
    seed"; ``nouns.RANK_NOUNS``, ``nouns.SEED_NOUNS``)."""
    word = doc[head].lower_
    if word in RANK_NOUNS:
        return head + 1 < limit and doc[head + 1].like_num
    return lemma(doc[head]) in SEED_NOUNS and any(t.lower_ == "top" or t.ent_type_ == "ORDINAL" for t in doc[start:head])


def _career_record(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` hold a record written "N-time" ("the seven-time world
    champion", "the two-time Oscar winner"): a second reference to someone named, as an age is."""
    return any(doc[i].like_num and doc[i + 1].text == "-" and doc[i + 2].lower_ == RECORD_WORD
               for i in range(start, end - 2))


def _demonym_at(doc: Doc, start: int, limit: int) -> int | None:
    """The end of "the Scot", "the South African" (a person by nationality, an epithet) at
    ``start``, or None. Only a nationality standing alone: "the Scottish government", "the
    Canadian team" are no person."""
    if doc[start].lower_ != "the":
        return None
    i = start + 1
    if i + 4 < limit and doc[i].like_num and doc[i + 1].text == "-" and doc[i + 2].lower_ in ("year", "years") \
            and doc[i + 3].text == "-" and doc[i + 4].lower_ == "old":
        i += 5  # "the 32-year-old Englishman": an age before the nationality, both an epithet
    if i + 1 < limit and doc[i].text in ("South", "North", "New") and doc[i + 1].text in DEMONYMS:
        i += 1  # "the South African", "the New Zealander"
    if i >= limit or doc[i].text not in DEMONYMS:
        return None
    nxt = doc[i + 1] if i + 1 < limit else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.tag_ == "POS"):
        return None
    return i + 1


def _inside_name(doc: Doc, k: int, limit: int) -> bool:
    """Whether token ``k`` links two capitalised words of one name: "University | of | Lagos",
    "Centre | for | Policy Studies", "University | of the | Philippines"."""
    word = doc[k].lower_
    if word == "the":
        return k > 1 and doc[k - 1].lower_ in ("of", "for") and _inside_name(doc, k - 1, limit)
    if word not in ("of", "for") or k == 0 or doc[k - 1].pos_ != "PROPN":
        return False
    nxt = k + 1
    if nxt < limit and doc[nxt].lower_ == "the":
        nxt += 1
    return nxt < limit and doc[nxt].pos_ == "PROPN" and doc[nxt].text[:1].isupper()


def _age_before(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` hold an age written as a modifier: "21-year-old"."""
    for i in range(start, end - 1):
        if doc[i].like_num and doc[i + 1].text == "-" and i + 2 < len(doc) and doc[i + 2].lower_ in ("year", "years"):
            return True
    return False


def _named_epithet(doc: Doc, start: int, head: int, head_lemma: str) -> bool:
    """Whether "the" + a name + a person noun is a second reference to someone named before:
    "the Deadpool star", "the Manchester United captain" (a film, a club, a party, a seat before
    the role; a club the tagger reads as an adjective, "the Arsenal winger", when the NER names it;
    not a nationality or a party written as one, "the Democratic nominee"), not a source news
    leaves unnamed ("the White House official", ``UNNAMED_SOURCE_NOUNS``)."""
    return doc[start].lower_ == "the" and head_lemma not in UNNAMED_SOURCE_NOUNS and any(
        (t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS - {"NORP"}) and t.text[:1].isupper()
        for t in doc[start + 1:head])


_EPITHET_AGE = re.compile(r"\b(\d{1,3})-years?-old\b")


def _stated_age(doc: Doc, m: Mention) -> int | None:
    """The age of a person mention, as obituaries, court and police copy state it: in apposition
    ("Joan Ryan, 72, said", ", aged 72,"), in a sentence of its own ("He was 88."), with a death
    ("has died at the age of 94", "died on Sunday aged 94"); for an epithet, the age it refers
    back by ("the 94-year-old said"). None when the story gives none."""
    if m.kind == "description":
        found = _EPITHET_AGE.search(m.text) if m.epithet else None
        return int(found.group(1)) if found else None
    if not (m.label == "PERSON" or m.text.lower() in ("he", "she")):
        return None
    end = m.tok_end
    j = end + 1 if end < len(doc) and doc[end].text == "," else end
    if j < len(doc) and doc[j].lower_ == "aged":
        j += 1
    if j > end and j + 1 < len(doc) and doc[j].text.isdigit() and doc[j + 1].text in (",", ".", ";"):
        return _age(doc[j])  # "Joan Ryan, 72,", "Harold Finch, aged 88,"
    root = doc[m.tok_start:end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.i == root.i:
        return None
    for c in verb.children:
        if lemma(verb) == "be" and c.dep_ in ("attr", "acomp") and c.text.isdigit() and not list(c.children):
            return _age(c)  # "He was 88."
        if c.dep_ == "prep" and c.lower_ == "at":
            of = [g for o in c.children if o.dep_ == "pobj" and o.lower_ == "age"
                  for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if of and of[0].text.isdigit():
                return _age(of[0])  # "has died at the age of 94"
        if c.lower_ == "aged" and c.i + 1 < len(doc) and doc[c.i + 1].text.isdigit():
            return _age(doc[c.i + 1])  # "died on Sunday aged 94"
    return None


def _age(tok: Token) -> int | None:
    n = int(tok.text)
    return n if 0 < n < 120 else None


def _age_after(doc: Doc, end: int) -> bool:
    """Whether an age stands in apposition right after a description: "The singer, 35, said"."""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text == "," \
        and doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 120


#: Written things that only carry their author's words: "a statement" and "the release" are
#: never speakers when the article names who issued them.
AUTHORED_NOUNS = frozenset({"statement", "release", "communique", "communiqué", "announcement", "tweet", "post",
                            "message", "email", "e-mail", "letter", "memo", "note", "remarks"})


def _author(noun: Token) -> int:
    """The token of who issued a document: the subject of the verb it is the object of
    ("Senator Jane Holt issued a statement"; "The ministry said in a statement"), the object of
    "from"/"by" ("a statement from the ministry"), or its possessor ("the ministry's statement");
    -1 when the text does not say."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child.i
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("PROPN", "NOUN"):
                    return obj.i
        if child.dep_ == "acl" and child.tag_ == "VBN" and lemma(child) in ISSUING_VERBS:
            # "a statement issued by Acme Corp": a name (a description, "issued by the
            # Taoiseach's office", stays in the document's words)
            for obj in (o for agent in child.children if agent.dep_ == "agent" for o in agent.children):
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    return obj.i
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB" and lemma(verb.head) in COMMON:
        verb = verb.head  # "The ministry said in a statement that ...": the statement is the ministry's
    elif noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return -1
    for child in verb.children:
        if child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN"):
            return child.i
    return -1


def description_label(word: str) -> str | None:
    if word in PERSON_NOUNS:
        return "ANONYMOUS"
    if word in DOCUMENT_NOUNS:
        return "DOCUMENT"
    if word in ORG_NOUNS:
        return "ORG"
    return None


def _description_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    out = []
    i = 0
    while i < len(doc):
        if i not in taken:
            m = description_at(doc, i)
            if m is None and _group_subject(doc, i):
                m = description_at(doc, i, bare=True)
            # its own words are no one's name; a name in its linking phrase is fine ("a
            # spokesperson for UNICEF", the tagger reading UNICEF as a common noun)
            own_end = next((t for t in range(m.tok_start + 1, m.tok_end) if doc[t].lower_ in DESCRIPTION_LINKS),
                           m.tok_end) if m is not None else i
            if m is not None and not any(t in taken for t in range(m.tok_start, own_end) if doc[t].pos_ == "NOUN"):
                out.append(m)
                i = m.tok_end
                continue
        i += 1
    return out


def _group_subject(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts a plural subject with no determiner, a group a later "they"
    refers to ("Traders at the market shut their stalls, which they say ..."): the first word of
    its noun phrase, whose head is the subject of a verb."""
    tok = doc[i]
    if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.left_edge.i != i:
        return False
    head = tok
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.tag_ == "NNS" and head.left_edge.i == i


def _appositions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'John Smith, a lawyer for the family,' / 'Senate leader John Smith': roles of a name.

    The person name takes the role; the apposition's description is part of the name's
    mention, not a new entity, and is left out of the list returned.
    """
    by_start = {m.tok_start: m for m in mentions if m.kind == "description"}
    by_end = {m.tok_end: m for m in mentions if m.kind == "description"}
    appositions: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "name" and m.label == "PERSON":
            roles = set(m.roles)
            if m.tok_end + 1 < len(doc) and doc[m.tok_end].text == ",":
                d = by_start.get(m.tok_end + 1)
                if d is not None and d.label == "ANONYMOUS":
                    assert d.head is not None
                    roles.add(d.head)
                    appositions.add(id(d))
            if m.tok_start > 1 and doc[m.tok_start - 1].text == ",":
                d = by_end.get(m.tok_start - 1)  # "the economist, Priya Natarajan,"
                root = doc[m.tok_start:m.tok_end].root
                owner = _person_after_link(doc, d, root) if d is not None else None
                if owner is not None:
                    # "A spokesperson for the environment minister, Tanya Plibersek,": the name is
                    # the minister's, the nearest noun's; the spokesperson stays unnamed
                    roles.add(owner)
                elif d is not None and d.label == "ANONYMOUS" and d.head:
                    roles.add(d.head)
                    if root.dep_ == "appos" and d.tok_start <= root.head.i < d.tok_end:
                        appositions.add(id(d))  # one person: the name stands for the description
                elif d is None:
                    roles |= _kin_before(doc, m)
            office = _office_before(doc, m)
            if office is not None:  # "The Minister of Works, Dave Umahi,"
                roles.add(office[0])
            roles |= _roles_before(doc, m.tok_start)
            people = _nationality_before(doc, m.tok_start)
            if people is not None and m.nationality is None:
                m = replace(m, nationality=people)
            # the title may open the name's span ("Secretary Ralph Recto" after "Finance")
            portfolio = _portfolio_before(doc, m.tok_start + (1 if m.title else 0)) or m.portfolio \
                or (office[1] if office is not None else None)
            for d in (by_start.get(m.tok_end + 1), by_end.get(m.tok_start - 1)):
                if portfolio is None and d is not None and d.label == "ANONYMOUS" and d.portfolio \
                        and d.head in PORTFOLIO_POSTS:
                    portfolio = d.portfolio  # "Dave Umahi, the works minister,"
            if roles != m.roles or portfolio != m.portfolio:
                m = replace(m, roles=frozenset(roles), portfolio=portfolio)
        out.append(m)
    return [m for m in out if id(m) not in appositions]


#: The words between the capitalised words of one organisation's name: "Economy and Finance",
#: "Environment, Food and Rural Affairs", "Centre for Economic and Policy Research".
_NAME_JOINERS = frozenset({"and", "of", "for", "the", "&", ",", "-"})


def _nationality_before(doc: Doc, start: int) -> str | None:
    """The nationality written among the words before a name ("Dutch driver Max Verstappen",
    "the Spanish midfielder Rodri"), or None."""
    for k in range(start - 1, max(-1, start - 5), -1):
        t = doc[k]
        if t.ent_type_ == "NORP" and t.text[:1].isupper() and t.pos_ in ("ADJ", "PROPN", "NOUN"):
            return nationality_key(t.text)
        if not (t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or t.lower_ in ("the", "a", "an") or t.text == "-"):
            return None
    return None


def _person_after_link(doc: Doc, d: Mention, root: Token) -> str | None:
    """The role of the person noun a name is in apposition to when that noun closes a
    description after its linking preposition ("A spokesperson for | the environment minister,
    Tanya Plibersek,": "minister"), or None when the name is the description's own."""
    if d.label != "ANONYMOUS" or root.dep_ != "appos" or root.head.i != d.tok_end - 1:
        return None
    noun = doc[d.tok_end - 1]
    link = any(t.pos_ == "ADP" and t.i < noun.i for t in doc[d.tok_start:d.tok_end])
    word = lemma(noun)
    return word if link and word != d.head and description_label(word) == "ANONYMOUS" else None


def _kin_before(doc: Doc, m: Mention) -> set[str]:
    """The relation a possessive sets a name in apposition to, as obituaries and features
    introduce a family and neighbours ("his wife, Mary,", "His son, Robert Finch, said", "her
    neighbour, Tom Avery,"): the person noun, a role a later "the widow", "the neighbour"
    refers back by. Empty when none stands there."""
    if m.tok_start < 3:
        return set()
    noun, root = doc[m.tok_start - 2], doc[m.tok_start:m.tok_end].root
    word = lemma(noun)
    if noun.pos_ != "NOUN" or word not in PERSON_NOUNS or root.dep_ != "appos" or root.head.i != noun.i:
        return set()
    return {word} if any(c.dep_ == "poss" for c in noun.children) else set()


def _roles_before(doc: Doc, start: int) -> set[str]:
    """Role nouns and titles written just before a name: "Poppies boss Lee Glover" (boss),
    "Rapper-singer Jessi" (rapper, singer), "Isle of Wight Coroner Caroline Sumeray"."""
    roles: set[str] = set()
    i = start - 1
    while i >= 0 and start - i <= 6:
        t = doc[i]
        word = lemma(t)
        title = title_word(t.text)
        if (t.text == "-" and not t.whitespace_) or (t.text == "." and i > 0 and not doc[i - 1].whitespace_
                                                    and title_word(doc[i - 1].text) in TITLE_ABBREVIATIONS):
            i -= 1  # "Rapper-singer", "Chief Const. Adam Palmer"
            continue
        if t.lower_ == "of" and roles == set() and i > 0 and title_word(doc[i - 1].text) in TITLES:
            i -= 1  # "Chief Justice of India D Y Chandrachud", "Minister of State X"
            continue
        if word in PERSON_NOUNS or t.lower_ in PERSON_NOUNS:
            roles.add(word if word in PERSON_NOUNS else t.lower_)
        elif title in TITLES:
            roles.add(ROLE_OF_TITLE.get(title, title))
        elif not (t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_punct):
            break
        if t.lower_ in SHADOW_MODIFIERS:
            # "shadow home secretary Chris Philp" holds no post: "the Home Secretary" is someone
            # else; the modifier is the role, which no description's head names
            return {t.lower_}
        i -= 1
    return roles


def _office_before(doc: Doc, m: Mention) -> tuple[str, str | None] | None:
    """"The Minister of Works, Dave Umahi,": an office written as a capitalised title and "of"
    or "for" its remit, in apposition to the name after it (the office is no description of
    its own, ``_post``). The role and the portfolio ("minister", "works")."""
    comma = m.tok_start - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    root = doc[m.tok_start:m.tok_end].root
    j = comma - 1
    while j > 0 and comma - j <= 6 and (doc[j].pos_ in ("PROPN", "NOUN") or doc[j].lower_ in ("of", "for", "and")):
        word = title_word(doc[j].text)
        if doc[j].text[:1].isupper() and word in TITLES and word not in HONORIFICS \
                and doc[j - 1].lower_ in DEFINITE_DETERMINERS and doc[j + 1].lower_ in ("of", "for") \
                and root.dep_ == "appos" and root.head.i == j:
            portfolio = next((t.lower_ for t in doc[j + 2:comma] if t.lower_ in PORTFOLIO_NOUNS), None)
            return ROLE_OF_TITLE.get(word, word), portfolio
        j -= 1
    return None


def _portfolio_before(doc: Doc, start: int) -> str | None:
    """The portfolio of a minister's title before a name: "Agriculture Secretary Francisco Tiu
    Laurel Jr.", "Health MEC Nomantu Nkomo-Ralehoko", "Minister of Works Dave Umahi"."""
    i = start - 1
    post = None
    while i >= 0 and start - i <= 6 and (doc[i].pos_ in ("NOUN", "PROPN", "ADJ") or doc[i].lower_ == "of"):
        word = title_word(doc[i].text)
        if word in PORTFOLIO_OF_TITLE and post is None:
            return PORTFOLIO_OF_TITLE[word]  # "CM Siddaramaiah"
        if word in PORTFOLIO_POSTS or ROLE_OF_TITLE.get(word) in PORTFOLIO_POSTS:
            post = i
        elif post is not None and doc[i].lower_ in PORTFOLIO_NOUNS and i == post - 1:
            return doc[i].lower_  # "Agriculture Secretary"
        elif post is None and doc[i].lower_ in PORTFOLIO_NOUNS and i >= 2 and doc[i - 1].lower_ == "of" \
                and (title_word(doc[i - 2].text) in PORTFOLIO_POSTS):
            return doc[i].lower_  # "Minister of Works"
        i -= 1
    return None


class _Containment:
    """Whether a span lies inside one of ``spans``, in log time (spans sorted by start, with the
    farthest end reached so far)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and self.reach[k] >= end


def find_mentions(doc: Doc, quoted: Sequence[tuple[int, int]] = (),
                  reported: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """All mentions in ``doc``, in text order, keyed 0, 1, ...; ``quoted``: character spans of
    direct quotes (a pronoun inside one is left out; other mentions there are marked);
    ``reported``: the content of reported speech (a pronoun inside is marked ``in_report``)."""
    taken: set[int] = set()
    mentions = _name_mentions(doc, taken)
    mentions += _description_mentions(doc, taken)
    mentions += _pronoun_mentions(doc, taken)
    mentions.sort(key=lambda m: (m.start, -m.end))
    mentions = _appositions(doc, mentions)
    sents = sentence_index(doc)
    inside = _Containment(quoted)
    in_report = _Containment(reported)
    placed = [
        replace(m, sent=sents[m.tok_start], subject=_is_subject(doc, m.tok_start, m.tok_end, sents),
                asked=(m.kind != "pronoun" or m.text.lower() in ("him", "her")) and _is_asked(doc, m.tok_start, m.tok_end),
                in_quote=inside(m.start, m.end), in_report=m.kind == "pronoun" and in_report(m.start, m.end),
                age=_stated_age(doc, m),
                clause_subject=_clause_subject(doc[m.tok_start:m.tok_end].root) if m.kind == "name"
                else m.clause_subject,
                controller=_controller(doc[m.tok_start:m.tok_end].root) if m.kind != "pronoun" else -1,
                reported_name=_reported_subject(doc[m.tok_start:m.tok_end].root)
                if m.kind == "description" and m.epithet else None)
        for m in mentions
    ]
    kept = [m for m in placed if not (m.kind == "pronoun" and m.in_quote)]
    return [replace(m, key=k) for k, m in enumerate(kept)]
