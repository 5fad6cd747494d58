"""A person referred to by age: '"...," the 48-year-old said.'

News everywhere refers back to a person by age ("the 48-year-old said", "the 23-year-old
added"). The parser tags "old" an adjective and, in running text, may give the cue no subject
at all; ``language.tokens.age_epithet`` reads "the 48-year-old" as the source, and name
resolution takes it back to the person (an epithet, like a pronoun). The NER tags "23-year-old"
a date, which is never a source; an age epithet is one all the same, in reported speech too
("In a radio interview, the 61-year-old said the harbour plan would go ahead"). The parse is the model's,
as it parsed the sentence inside an article, kept as data; the expected values are read off
the sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

AGE = ('"We were poor for 20 minutes, but the lads showed real spirit," the 48-year-old said.', [
    ('"', 'PUNCT', '``', 'punct', 2, '"', ''),
    ('We', 'PRON', 'PRP', 'nsubj', 2, 'we', ''),
    ('were', 'AUX', 'VBD', 'ccomp', 22, 'be', ''),
    ('poor', 'ADJ', 'JJ', 'acomp', 2, 'poor', ''),
    ('for', 'ADP', 'IN', 'prep', 2, 'for', ''),
    ('20', 'NUM', 'CD', 'nummod', 6, '20', 'B-TIME'),
    ('minutes', 'NOUN', 'NNS', 'pobj', 4, 'minute', 'I-TIME'),
    (',', 'PUNCT', ',', 'punct', 2, ',', ''),
    ('but', 'CCONJ', 'CC', 'cc', 2, 'but', ''),
    ('the', 'DET', 'DT', 'det', 10, 'the', ''),
    ('lads', 'NOUN', 'NNS', 'nsubj', 11, 'lad', ''),
    ('showed', 'VERB', 'VBD', 'ccomp', 22, 'show', ''),
    ('real', 'ADJ', 'JJ', 'amod', 13, 'real', ''),
    ('spirit', 'NOUN', 'NN', 'dobj', 11, 'spirit', ''),
    (',', 'PUNCT', ',', 'punct', 22, ',', ''),
    ('"', 'PUNCT', "''", 'punct', 22, '"', ''),
    ('the', 'DET', 'DT', 'det', 22, 'the', ''),
    ('48', 'NUM', 'CD', 'nummod', 19, '48', 'B-DATE'),
    ('-', 'PUNCT', 'HYPH', 'punct', 19, '-', 'I-DATE'),
    ('year', 'NOUN', 'NN', 'npadvmod', 21, 'year', 'I-DATE'),
    ('-', 'PUNCT', 'HYPH', 'punct', 21, '-', 'I-DATE'),
    ('old', 'ADJ', 'JJ', 'amod', 22, 'old', 'I-DATE'),
    ('said', 'VERB', 'VBD', 'ROOT', 22, 'say', ''),
    ('.', 'PUNCT', '.', 'punct', 22, '.', ''),
])

ARTICLE = (
    "Smith double sinks Rovers\n\n"
    "City manager Gary Holt praised his side's character. \"We were poor for 20 minutes, but the lads "
    "showed real spirit,\" the 48-year-old said. \"Jordan was outstanding.\"\n"
)


def test_the_age_epithet_is_the_source():
    [q] = parsed_quotes(*AGE)
    assert (q.kind, q.cue, q.speaker.mention) == ("direct", "said", "the 48-year-old")


def test_the_age_epithet_is_named_as_the_person(nlp):
    from onrecord import extract

    found = [q for q in extract(ARTICLE, nlp=nlp).quotes if "poor for 20 minutes" in q.text]
    assert [q.speaker.name for q in found] == ["Gary Holt"]


REPORTED = ('In a radio interview, the 61-year-old said the harbour plan would go ahead.', [
    ('In', 'ADP', 'IN', 'prep', 11, 'in', ''),
    ('a', 'DET', 'DT', 'det', 3, 'a', ''),
    ('radio', 'NOUN', 'NN', 'compound', 3, 'radio', ''),
    ('interview', 'NOUN', 'NN', 'pobj', 0, 'interview', ''),
    (',', 'PUNCT', ',', 'punct', 11, ',', ''),
    ('the', 'DET', 'DT', 'det', 10, 'the', ''),
    ('61', 'NUM', 'CD', 'nummod', 8, '61', 'B-DATE'),
    ('-', 'PUNCT', 'HYPH', 'punct', 8, '-', 'I-DATE'),
    ('year', 'NOUN', 'NN', 'npadvmod', 10, 'year', 'I-DATE'),
    ('-', 'PUNCT', 'HYPH', 'punct', 10, '-', 'I-DATE'),
    ('old', 'ADJ', 'JJ', 'nsubj', 11, 'old', 'I-DATE'),
    ('said', 'VERB', 'VBD', 'ROOT', 11, 'say', ''),
    ('the', 'DET', 'DT', 'det', 14, 'the', ''),
    ('harbour', 'NOUN', 'NN', 'compound', 14, 'harbour', ''),
    ('plan', 'NOUN', 'NN', 'nsubj', 16, 'plan', ''),
    ('would', 'AUX', 'MD', 'aux', 16, 'would', ''),
    ('go', 'VERB', 'VB', 'ccomp', 11, 'go', ''),
    ('ahead', 'ADV', 'RB', 'advmod', 16, 'ahead', ''),
    ('.', 'PUNCT', '.', 'punct', 11, '.', ''),
])

REPORTED_ARTICLE = (
    "Mayor Ruth Calder says the harbour plan is sound.\n\n"
    "In a radio interview, the 61-year-old said the harbour plan would go ahead.\n"
)


def test_the_age_epithet_is_the_source_of_reported_speech():
    [q] = parsed_quotes(*REPORTED)
    assert (q.kind, q.cue, q.speaker.mention, q.text) == (
        "indirect", "said", "the 61-year-old", "the harbour plan would go ahead")


def test_the_age_epithet_of_reported_speech_is_named_as_the_person(nlp):
    from onrecord import extract

    found = [q for q in extract(REPORTED_ARTICLE, nlp=nlp).quotes if "go ahead" in q.text]
    assert [q.speaker.name for q in found] == ["Ruth Calder"]
