"""Records on unseen desks (stop 24): nicknames in quotes, topic-labelled headlines.

Each text was written for these tests; the expected records were worked out by reading it.
"""

from __future__ import annotations

from onrecord import extract
from onrecord.language.names import nickname_between, split_person
from onrecord.quotes.marks import find_quotes


def records(nlp, text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker.name) for q in extract(text, nlp=nlp).quotes]


def test_a_nickname_in_quotes_inside_a_name_is_no_quote():
    # AP style writes a nickname in quotes between the given name and the surname
    text = 'Gerald "Jerry" Walsh, 71, said the flood was the worst he had seen.'
    assert find_quotes(text) == []
    assert nickname_between("Gerald ", "Jerry", " Walsh,")
    assert nickname_between("wrestler Dwayne ", "The Rock", " Johnson said")


def test_a_quoted_word_between_lower_case_words_is_still_a_quote():
    # a scare quote or a one-word quotation is not framed by two capitalised words
    assert not nickname_between("the so-called ", "peace dividend", " was")
    assert not nickname_between("she said ", "No", " and left")  # "she" is lower case
    assert not nickname_between("Ruiz said, ", "We will rebuild.", " The")
    assert len(find_quotes('The mayor called it "Nonsense" and left.')) == 1


def test_the_nickname_is_no_part_of_the_name_shown():
    p = split_person('Dwayne "The Rock" Johnson')
    assert p is not None and (p.first, p.last, p.words) == ("Dwayne", "Johnson", ("Dwayne", "Johnson"))


def test_a_nicknamed_source_speaks_under_the_name(nlp):
    text = 'Gerald "Jerry" Walsh, 71, said the flood was the worst he had seen.'
    assert records(nlp, text) == [("indirect", "the flood was the worst he had seen", "Gerald Walsh")]


def test_a_nickname_does_not_break_the_quote_before_it(nlp):
    # the nickname's marks had paired with the next paragraph's quote, making a record of the
    # attribution and leaving the first quote with no speaker
    text = ('"This is a big year for our city!" Mayor Gerald "Jerry" Walsh told the crowd. '
            '"The nation is watching."')
    got = records(nlp, text)
    assert [(k, s) for k, _, s in got] == [("direct", "Gerald Walsh")]
    assert got[0][1] == "This is a big year for our city! The nation is watching."


def test_a_scare_quote_in_a_title_case_headline_is_no_nickname():
    # every word of a title-case headline is capitalised; "Felt" is no given name
    assert len(find_quotes("Why She Felt “Invisible” As A Child")) == 1


def test_a_name_the_ner_ran_on_to_a_preposition_ends_before_it(nlp):
    # the NER tagged 'Juan "Chico" Manriquez of' a person: no name ends in a lower-case word
    text = ('Juan "Chico" Manriquez of Oakland carried one of the photos. "I pretty much cried the '
            'whole parade," he said.')
    assert records(nlp, text) == [("direct", "I pretty much cried the whole parade,", "Juan Manriquez")]
