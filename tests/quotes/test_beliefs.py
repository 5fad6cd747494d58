"""Attitude and belief are reported only as propositions a source holds (issue 15).

"Residents know the risks" says what residents know of, no proposition: no record. "Residents
fear that the river will flood again" is a belief held by a source, about a proposition: one
record, flagged ``belief`` (``--no-beliefs`` leaves it out). The parses are the model's, kept as
data; the expected values are read off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

KNOW = ('Residents know the risks.', [
    ('Residents', 'NOUN', 'NNS', 'nsubj', 1, 'resident', ''),
    ('know', 'VERB', 'VBP', 'ROOT', 1, 'know', ''),
    ('the', 'DET', 'DT', 'det', 3, 'the', ''),
    ('risks', 'NOUN', 'NNS', 'dobj', 1, 'risk', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])

FEAR = ('Residents fear that the river will flood again.', [
    ('Residents', 'NOUN', 'NNS', 'nsubj', 1, 'resident', ''),
    ('fear', 'VERB', 'VBP', 'ROOT', 1, 'fear', ''),
    ('that', 'SCONJ', 'IN', 'mark', 6, 'that', ''),
    ('the', 'DET', 'DT', 'det', 4, 'the', ''),
    ('river', 'NOUN', 'NN', 'nsubj', 6, 'river', ''),
    ('will', 'AUX', 'MD', 'aux', 6, 'will', ''),
    ('flood', 'VERB', 'VB', 'ccomp', 1, 'flood', ''),
    ('again', 'ADV', 'RB', 'advmod', 6, 'again', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])


def test_knowing_a_thing_is_no_belief_reported():
    assert parsed_quotes(*KNOW) == []


def test_a_feared_proposition_is_a_belief_of_its_source():
    [q] = parsed_quotes(*FEAR)
    assert (q.kind, q.cue, q.speaker.mention, q.flags) == ("indirect", "fear", "Residents", ("belief",))
    assert q.text.endswith("the river will flood again")
