"""A source's request not to be named is no statement.

"An economist, who asked not to be named, said the budget was already stretched": the economist
said one thing, about the budget; "asked not to be named" (and "requested anonymity") is the
reporter's account of the terms (``language.cues.UNNAMED_VERBS``, ``ANONYMITY``). The parses are
the model's, kept as data; the expected values are read off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

UNNAMED = ('An economist, who asked not to be named, said the budget was already stretched.', [
    ('An', 'DET', 'DT', 'det', 1, 'an', ''),
    ('economist', 'NOUN', 'NN', 'nsubj', 10, 'economist', ''),
    (',', 'PUNCT', ',', 'punct', 1, ',', ''),
    ('who', 'PRON', 'WP', 'nsubj', 4, 'who', ''),
    ('asked', 'VERB', 'VBD', 'relcl', 1, 'ask', ''),
    ('not', 'PART', 'RB', 'neg', 8, 'not', ''),
    ('to', 'PART', 'TO', 'aux', 8, 'to', ''),
    ('be', 'AUX', 'VB', 'auxpass', 8, 'be', ''),
    ('named', 'VERB', 'VBN', 'xcomp', 4, 'name', ''),
    (',', 'PUNCT', ',', 'punct', 1, ',', ''),
    ('said', 'VERB', 'VBD', 'ROOT', 10, 'say', ''),
    ('the', 'DET', 'DT', 'det', 12, 'the', ''),
    ('budget', 'NOUN', 'NN', 'nsubjpass', 15, 'budget', ''),
    ('was', 'AUX', 'VBD', 'auxpass', 15, 'be', ''),
    ('already', 'ADV', 'RB', 'advmod', 15, 'already', ''),
    ('stretched', 'VERB', 'VBN', 'ccomp', 10, 'stretch', ''),
    ('.', 'PUNCT', '.', 'punct', 10, '.', ''),
])

ANONYMOUS = ('The official requested anonymity to discuss the talks.', [
    ('The', 'DET', 'DT', 'det', 1, 'the', ''),
    ('official', 'ADJ', 'JJ', 'nsubj', 2, 'official', ''),
    ('requested', 'VERB', 'VBD', 'ROOT', 2, 'request', ''),
    ('anonymity', 'NOUN', 'NN', 'dobj', 2, 'anonymity', ''),
    ('to', 'PART', 'TO', 'aux', 5, 'to', ''),
    ('discuss', 'VERB', 'VB', 'xcomp', 2, 'discuss', ''),
    ('the', 'DET', 'DT', 'det', 7, 'the', ''),
    ('talks', 'NOUN', 'NNS', 'dobj', 5, 'talk', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])


def test_asking_not_to_be_named_is_no_quote():
    [q] = parsed_quotes(*UNNAMED)
    assert (q.cue, q.text, q.speaker.mention) == ("said", "the budget was already stretched", "An economist")


def test_requesting_anonymity_is_no_quote():
    assert parsed_quotes(*ANONYMOUS) == []


# -- the other ways news writes the terms (end to end, the model's parse) ----------------------

WIRE_TERMS = ("An IMD official, who did not wish to be named, said more rain was expected.\n\n"
              "A diplomat, who declined to be identified, said the talks had stalled.\n\n"
              "A police official who refused to be named said three people were arrested.\n\n"
              "A second official, who did not want to be identified, said the minister would resign.\n\n"
              "A company source who wished to remain anonymous said the plant would close.")


def test_every_wording_of_the_terms_is_no_quote(nlp):
    from onrecord import extract

    found = [(q.speaker.mention, q.cue, q.text) for q in extract(WIRE_TERMS, nlp=nlp).quotes]
    assert found == [
        ("An IMD official", "said", "more rain was expected"),
        ("A diplomat", "said", "the talks had stalled"),
        ("A police official", "said", "three people were arrested"),
        ("A second official", "said", "the minister would resign"),
        ("A company source", "said", "the plant would close"),
    ]


REASON = ("People familiar with the matter said the company was weighing job cuts. "
          "They asked not to be identified because the talks are private.")


def test_the_terms_with_their_reason_are_no_quote(nlp):
    # the wire's "asked not to be identified because the talks are private": the reason is the
    # reporter's account of the terms too, not something the sources said about the talks
    from onrecord import extract

    found = [(q.cue, q.text) for q in extract(REASON, nlp=nlp).quotes]
    assert found == [("said", "the company was weighing job cuts")]


def test_being_named_to_a_post_is_still_reported(nlp):
    from onrecord import extract

    found = [q.text for q in extract("The striker said he expected to be named captain next season.",
                                     nlp=nlp).quotes]
    assert found == ["he expected to be named captain next season"]


# -- a name withheld in part: the terms again ------------------------------------------------------

PART_NAMED = ("A shopkeeper, who asked to be identified only by his first name, Omar, said the market had "
              "emptied.\n\n"
              "A teacher, who declined to give her full name for fear of losing her job, said classes had "
              "been cancelled.")


def test_the_terms_of_a_name_withheld_in_part_are_no_quote(nlp):
    from onrecord import extract

    found = [(q.cue, q.text) for q in extract(PART_NAMED, nlp=nlp).quotes]
    assert found == [("said", "the market had emptied"), ("said", "classes had been cancelled")]


def test_giving_a_name_to_something_is_still_reported(nlp):
    from onrecord import extract

    found = [q.text for q in extract("The donor said she would give her name to the new library.", nlp=nlp).quotes]
    assert found == ["she would give her name to the new library"]
