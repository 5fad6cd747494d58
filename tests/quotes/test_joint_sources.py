"""A joint source ("A and B said"): the rule over hand-built parses (no model loaded).

The rows are the model's parse of each sentence (en_core_web, printed with
``(text, pos_, tag_, dep_, head.i, lemma_, ent_iob_-ent_type_)``).
"""

from __future__ import annotations

from annotated import annotated, parsed_quotes
from onrecord.quotes.speakers import joint_parts

_PARTIES = ("The Green Party and the Liberal Party said the budget was a betrayal.", [
    ('The', 'DET', 'DT', 'det', 2, 'the', 'B-ORG'),
    ('Green', 'PROPN', 'NNP', 'compound', 2, 'Green', 'I-ORG'),
    ('Party', 'PROPN', 'NNP', 'nsubj', 7, 'Party', 'I-ORG'),
    ('and', 'CCONJ', 'CC', 'cc', 2, 'and', ''),
    ('the', 'DET', 'DT', 'det', 6, 'the', 'B-ORG'),
    ('Liberal', 'PROPN', 'NNP', 'compound', 6, 'Liberal', 'I-ORG'),
    ('Party', 'PROPN', 'NNP', 'conj', 2, 'Party', 'I-ORG'),
    ('said', 'VERB', 'VBD', 'ROOT', 7, 'say', ''),
    ('the', 'DET', 'DT', 'det', 9, 'the', ''),
    ('budget', 'NOUN', 'NN', 'nsubj', 10, 'budget', ''),
    ('was', 'AUX', 'VBD', 'ccomp', 7, 'be', ''),
    ('a', 'DET', 'DT', 'det', 12, 'a', ''),
    ('betrayal', 'NOUN', 'NN', 'attr', 10, 'betrayal', ''),
    ('.', 'PUNCT', '.', 'punct', 7, '.', ''),
])

_STORM = ("The storm and the mayor warned that roads would close.", [
    ('The', 'DET', 'DT', 'det', 1, 'the', ''),
    ('storm', 'NOUN', 'NN', 'nsubj', 5, 'storm', ''),
    ('and', 'CCONJ', 'CC', 'cc', 1, 'and', ''),
    ('the', 'DET', 'DT', 'det', 4, 'the', ''),
    ('mayor', 'NOUN', 'NN', 'conj', 1, 'mayor', ''),
    ('warned', 'VERB', 'VBD', 'ROOT', 5, 'warn', ''),
    ('that', 'SCONJ', 'IN', 'mark', 9, 'that', ''),
    ('roads', 'NOUN', 'NNS', 'nsubj', 9, 'road', ''),
    ('would', 'AUX', 'MD', 'aux', 9, 'would', ''),
    ('close', 'VERB', 'VB', 'ccomp', 5, 'close', ''),
    ('.', 'PUNCT', '.', 'punct', 5, '.', ''),
])

_TOLD = ("Smith told Jones and Brown that the plan was dead.", [
    ('Smith', 'PROPN', 'NNP', 'nsubj', 1, 'Smith', 'B-PERSON'),
    ('told', 'VERB', 'VBD', 'ROOT', 1, 'tell', ''),
    ('Jones', 'PROPN', 'NNP', 'dobj', 1, 'Jones', 'B-PERSON'),
    ('and', 'CCONJ', 'CC', 'cc', 2, 'and', ''),
    ('Brown', 'PROPN', 'NNP', 'conj', 2, 'Brown', 'B-PERSON'),
    ('that', 'SCONJ', 'IN', 'mark', 8, 'that', ''),
    ('the', 'DET', 'DT', 'det', 7, 'the', ''),
    ('plan', 'NOUN', 'NN', 'nsubj', 8, 'plan', ''),
    ('was', 'AUX', 'VBD', 'ccomp', 1, 'be', ''),
    ('dead', 'ADJ', 'JJ', 'acomp', 8, 'dead', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])


def test_two_parties_are_one_joint_source_spanning_the_coordination():
    doc = annotated(*_PARTIES)
    assert [p.text for p in joint_parts(doc[2])] == ["The Green Party", "the Liberal Party"]
    (q,) = parsed_quotes(*_PARTIES)
    assert (q.speaker.mention, q.speaker.type) == ("The Green Party and the Liberal Party", "group")
    assert _PARTIES[0][q.speaker.start:q.speaker.end] == q.speaker.mention


def test_a_thing_that_cannot_speak_joins_no_source():
    assert joint_parts(annotated(*_STORM)[1]) == []
    (q,) = parsed_quotes(*_STORM)
    assert q.speaker.mention == "The storm"


def test_the_coordinated_object_of_the_cue_is_no_source():
    doc = annotated(*_TOLD)
    assert joint_parts(doc[2]) == []  # "Jones and Brown" is told, not telling
    (q,) = parsed_quotes(*_TOLD)
    assert q.speaker.mention == "Smith"


def test_another_coordinator_joins_no_source():
    text = _PARTIES[0].replace(" and ", " or ")
    rows = [("or", "CCONJ", "CC", "cc", 2, "or", "") if r[0] == "and" else r for r in _PARTIES[1]]
    assert joint_parts(annotated(text, rows)[2]) == []
