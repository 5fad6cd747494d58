"""The word tables of the language layer: one class per word, and the views the rules read."""

from __future__ import annotations

import pytest

from onrecord.language import cues, nouns, pronouns
from onrecord.language.words import one_group_each


def test_a_word_in_two_groups_is_refused():
    with pytest.raises(ValueError, match="'say' is listed twice"):
        one_group_each({"speech": "say tell", "attitude": "hope say"}, "cue lemma")


def test_every_cue_lemma_has_one_class():
    assert set(cues.CUE_CLASS) == cues.STRONG | cues.WEAK | cues.REPORTED
    assert not cues.STRONG & cues.WEAK
    assert {cues.CUE_CLASS[w] for w in cues.STRONG} <= {cues.CueClass.SPEECH, cues.CueClass.WRITING}
    assert {cues.CUE_CLASS[w] for w in cues.WEAK} <= {cues.CueClass.ATTITUDE, cues.CueClass.DOCUMENT}


@pytest.mark.parametrize("lemma, cls", [
    ("say", "speech"), ("tweet", "writing"), ("read", "writing"), ("believe", "attitude"), ("find", "document"),
])
def test_cue_classes(lemma, cls):
    assert cues.CUE_CLASS[lemma] == cls


def test_where_a_cue_was_measured_to_work():
    assert "shout" in cues.STRONG and "shout" not in cues.REPORTED  # quotes in marks only
    assert "talk" in cues.REPORTED and "talk" not in cues.STRONG | cues.WEAK  # reported speech only
    assert {"say", "tell", "write"} <= cues.STRONG & cues.REPORTED
    assert cues.CLAUSE_ONLY <= cues.REPORTED and cues.COMMON <= cues.STRONG


def test_every_noun_has_one_class():
    persons = nouns.PERSON_NOUNS | nouns.SOURCE_NOUNS
    documents = nouns.ALL_DOCUMENT_NOUNS
    organisations = nouns.ALL_ORG_NOUNS
    assert not persons & documents and not persons & organisations and not documents & organisations
    assert {"official", "spokesman"} <= nouns.SOURCE_NOUNS & nouns.PERSON_NOUNS
    assert "report" in nouns.DOCUMENT_NOUNS & nouns.SOURCE_DOCUMENT_NOUNS
    assert "ministry" in nouns.ORG_NOUNS & nouns.SOURCE_ORG_NOUNS


@pytest.mark.parametrize("word, kind", [
    ("he", "person"), ("She", "person"), ("I", "person"), ("you", "person"), ("we", "group"),
    ("they", "group"), ("it", "unknown"), ("who", "unknown"),
])
def test_pronoun_speaker_types(word, kind):
    assert pronouns.pronoun_speaker_type(word) == kind


def test_pronoun_tables():
    assert pronouns.PRONOUNS["her"].gender == "f" and pronouns.PRONOUNS["them"].plural
    assert pronouns.FIRST_PERSON.isdisjoint(pronouns.PRONOUNS)
    assert {"who", "which"} <= pronouns.ALL_PRONOUNS
