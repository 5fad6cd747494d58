"""A name a group gives itself is no report of its words.

"fans, who call themselves "Beliebers"" says what they are called, not what they said: a naming
verb (``language.cues.NAMING_VERBS``) whose object is a reflexive pronoun
(``language.pronouns.REFLEXIVE``) makes no record. "He called the charges "a witch hunt"" still
is speech about the charges (a mixed quote, the case of issue 15). The parses are the model's,
kept as data; the expected values are read off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

SELF_NAME = ('His fans, who call themselves "Beliebers," expressed disappointment.', [
    ('His', 'PRON', 'PRP$', 'poss', 1, 'his', ''),
    ('fans', 'NOUN', 'NNS', 'nsubj', 10, 'fan', ''),
    (',', 'PUNCT', ',', 'punct', 1, ',', ''),
    ('who', 'PRON', 'WP', 'nsubj', 4, 'who', ''),
    ('call', 'VERB', 'VBP', 'relcl', 1, 'call', ''),
    ('themselves', 'PRON', 'PRP', 'dobj', 4, 'themselves', ''),
    ('"', 'PUNCT', '``', 'punct', 7, '"', ''),
    ('Beliebers', 'NOUN', 'NNS', 'oprd', 4, 'belieber', 'B-WORK_OF_ART'),
    (',', 'PUNCT', ',', 'punct', 10, ',', ''),
    ('"', 'PUNCT', "''", 'punct', 10, '"', ''),
    ('expressed', 'VERB', 'VBD', 'ROOT', 10, 'express', ''),
    ('disappointment', 'NOUN', 'NN', 'dobj', 10, 'disappointment', ''),
    ('.', 'PUNCT', '.', 'punct', 10, '.', ''),
])

CALLED = ('He called the charges "a witch hunt."', [
    ('He', 'PRON', 'PRP', 'nsubj', 1, 'he', ''),
    ('called', 'VERB', 'VBD', 'ROOT', 1, 'call', ''),
    ('the', 'DET', 'DT', 'det', 3, 'the', ''),
    ('charges', 'NOUN', 'NNS', 'dobj', 1, 'charge', ''),
    ('"', 'PUNCT', '``', 'punct', 7, '"', ''),
    ('a', 'DET', 'DT', 'det', 7, 'a', ''),
    ('witch', 'NOUN', 'NN', 'compound', 7, 'witch', ''),
    ('hunt', 'NOUN', 'NN', 'oprd', 1, 'hunt', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ('"', 'PUNCT', "''", 'punct', 1, '"', ''),
])


def test_a_name_a_group_gives_itself_is_no_quote():
    assert parsed_quotes(*SELF_NAME) == []


def test_calling_something_a_name_is_still_speech_about_it():
    [q] = parsed_quotes(*CALLED)
    assert (q.kind, q.speaker.mention, q.cue) == ("mixed", "He", "called")
    assert q.text == 'the charges "a witch hunt."'
