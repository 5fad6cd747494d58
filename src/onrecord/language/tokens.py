"""Small typed helpers over spaCy tokens, shared by the rules of every stage."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .cues import REPORTED
from .sentences import sentence_cuts

#: Penn tags of verb forms (the tagger sometimes gives a verb the wrong coarse POS).
VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"})
#: Dependency labels of a subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: The coordinator that makes the sources of one cue a joint source ("the Democratic Party and
#: the People's Party said"); "or", "nor" and "but" join alternatives, "&" joins the words of a
#: name ("Procter & Gamble").
JOINT_COORDINATORS = frozenset({"and"})
#: Entity labels of a name that can be a source (a person, an organisation, a people, a place
#: that speaks through its government).
SPEAKING_ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


#: Hyphens inside a word, which the tokenizer splits off: "co-operate", "re-examine" (the British,
#: Irish and Australian spelling of "cooperate") are one word, whatever the parse makes the parts.
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
#: Punctuation tokens that belong to the word beside them ("rose 6.4%", "#MeToo"): never trimmed
#: off the edge of a quote's text.
WORD_SYMBOLS = frozenset({"%", "‰", "#"})


def hyphen_joins(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen (``HYPHENS``) inside a word, joining the letters on either
    side with no space: "co | - | operate"."""
    return 0 < i < len(doc) - 1 and doc[i].text in HYPHENS and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha


def edge_punct(token: Token) -> bool:
    """Whether ``token`` is punctuation a quote's text leaves off at its edges (not "%": "rose 6.4%")."""
    return token.is_punct and token.text not in WORD_SYMBOLS


#: A live blog's clock time ("15:42", "3.15pm", "9am") and the zone written after it ("14:05 GMT").
_CLOCK = re.compile(r"(?:\d{1,2}[:.]\d{2}|\d{1,2}(?=[ap]))(?:[ap]\.?m\.?)?", re.IGNORECASE)
TIME_ZONES = frozenset({"gmt", "bst", "utc", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt", "ist",
                        "jst", "sgt", "aest", "aedt", "am", "pm", "a.m.", "p.m."})


def is_clock_time(token: Token) -> bool:
    """Whether ``token`` is a time of day or its zone as a live blog stamps an entry: "15:42",
    "3.15pm", "GMT" ("15:42 Reeves: '...'" is Reeves, not "15:42 Reeves")."""
    return bool(_CLOCK.fullmatch(token.text)) or (token.lower_ in TIME_ZONES and token.i > 0
                                                  and bool(_CLOCK.fullmatch(token.doc[token.i - 1].text)))


def lemma(token: Token) -> str:
    """The token's lemma, lower case."""
    return token.lemma_.lower()


def age_epithet(token: Token) -> tuple[int, int] | None:
    """The token range of "the 48-year-old" when ``token`` is its "old", else None.

    News refers back to a person by age ("the 48-year-old said", "the 23-year-old added"),
    in every desk and country; the parser tags "old" an adjective and often gives the verb
    no subject.
    """
    doc, i = token.doc, token.i
    if token.lower_ != "old" or i < 4 or doc[i - 1].text != "-" or doc[i - 2].lower_ not in ("year", "years"):
        return None
    if doc[i - 3].text != "-" or not doc[i - 4].like_num:
        return None
    start = i - 4
    if start > 0 and doc[start - 1].lower_ in ("the", "a", "this"):
        start -= 1
    return start, i + 1


def is_verb(token: Token) -> bool:
    """A verb or auxiliary by its coarse POS or by its Penn tag."""
    return token.pos_ in ("VERB", "AUX") or token.tag_ in VERB_TAGS


#: Singular nouns that "a" takes before a plural: "a dozen members", "a couple hundred people".
QUANTITY_NOUNS = frozenset("dozen couple handful number score hundred thousand million few lot host pair".split())


def zero_relative_subject(doc: Doc, det: int, noun: int) -> bool:
    """Whether plural ``noun`` is the subject of a relative clause with no "that" on the noun
    phrase that "a"/"an" at ``det`` opens, its verb one of saying: "a decision parents said would
    force ...", which the parse may run into one phrase. "A" never heads a plural (but for a
    quantity: "a dozen members"), so the singular noun before the plural closes the phrase;
    "a fact sheet lawmakers released" stays the fact sheet's."""
    t = doc[noun]
    return (t.tag_ == "NNS" and det < noun - 1 and doc[det].lower_ in ("a", "an")
            and doc[noun - 1].tag_ == "NN" and all(x.tag_ in ("NN", "JJ") for x in doc[det + 1:noun])
            and not any(x.lower_ in QUANTITY_NOUNS for x in doc[det + 1:noun])
            and t.dep_ == "nsubj" and t.head.i > noun and lemma(t.head) in REPORTED)


def after_comma(token: Token) -> bool:
    """Whether a comma stands just before the phrase ``token`` heads ("..., arguing that ...",
    "..., biologist X told the press")."""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text == ","


def rule_sentence_starts(doc: Doc) -> list[bool]:
    """For each token, whether a sentence starts there by ``language.sentences`` (the first
    token always; a space token never): for stretches the parser did not see."""
    cuts = set(sentence_cuts(doc.text))
    return [tok.i == 0 or (tok.idx in cuts and not tok.is_space) for tok in doc]
