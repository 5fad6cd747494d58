"""Small typed helpers over spaCy tokens, shared by the rules of every stage."""

from __future__ import annotations

from spacy.tokens import Doc, Token

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


def lemma(token: Token) -> str:
    """The token's lemma, lower case."""
    return token.lemma_.lower()


def is_verb(token: Token) -> bool:
    """A verb or auxiliary by its coarse POS or by its Penn tag."""
    return token.pos_ in ("VERB", "AUX") or token.tag_ in VERB_TAGS


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
