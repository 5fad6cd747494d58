"""A passive verb of saying inside a reported clause does not take the quote from its reporter.

'He said ratepayers were being asked to "pay for the council's mistakes".': the asking has no
agent, so the quote is his, a mixed record under "said". A passive with no agent that no one
reports ("in what is being criticized as a "use it or lose it" approach") stays the quote's cue.
The parse is the model's, kept as data; the expected values are read off the sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

ASKED = ('He said ratepayers were being asked to "pay for the council\'s mistakes".', [
    ('He', 'PRON', 'PRP', 'nsubj', 1, 'he', ''),
    ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
    ('ratepayers', 'NOUN', 'NNS', 'nsubjpass', 5, 'ratepayer', ''),
    ('were', 'AUX', 'VBD', 'aux', 5, 'be', ''),
    ('being', 'AUX', 'VBG', 'auxpass', 5, 'be', ''),
    ('asked', 'VERB', 'VBN', 'ccomp', 1, 'ask', ''),
    ('to', 'PART', 'TO', 'aux', 8, 'to', ''),
    ('"', 'PUNCT', '``', 'punct', 8, '"', ''),
    ('pay', 'VERB', 'VB', 'xcomp', 5, 'pay', ''),
    ('for', 'ADP', 'IN', 'prep', 8, 'for', ''),
    ('the', 'DET', 'DT', 'det', 11, 'the', ''),
    ('council', 'NOUN', 'NN', 'poss', 13, 'council', ''),
    ("'s", 'PART', 'POS', 'case', 11, "'s", ''),
    ('mistakes', 'NOUN', 'NNS', 'pobj', 9, 'mistake', ''),
    ('"', 'PUNCT', "''", 'punct', 5, '"', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])


def test_the_reporter_of_a_passive_clause_is_the_speaker():
    [q] = parsed_quotes(*ASKED)
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "said", "He")
    assert q.text == 'ratepayers were being asked to "pay for the council\'s mistakes"'
