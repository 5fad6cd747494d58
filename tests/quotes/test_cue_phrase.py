"""The cue phrase: the verb with its auxiliaries, particles and adverbs, never an adverb of the
sentence set off by commas ("Critics, however, questioned ..." has the cue "questioned";
"A spokeswoman later confirmed ..." has "later confirmed"). The parses are the model's, kept
as data; the expected values are read off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

HOWEVER = ('Critics, however, questioned how the state would pay for it.', [
    ('Critics', 'NOUN', 'NNS', 'nsubj', 4, 'critic', ''),
    (',', 'PUNCT', ',', 'punct', 4, ',', ''),
    ('however', 'ADV', 'RB', 'advmod', 4, 'however', ''),
    (',', 'PUNCT', ',', 'punct', 4, ',', ''),
    ('questioned', 'VERB', 'VBD', 'ROOT', 4, 'question', ''),
    ('how', 'SCONJ', 'WRB', 'advmod', 9, 'how', ''),
    ('the', 'DET', 'DT', 'det', 7, 'the', ''),
    ('state', 'NOUN', 'NN', 'nsubj', 9, 'state', ''),
    ('would', 'AUX', 'MD', 'aux', 9, 'would', ''),
    ('pay', 'VERB', 'VB', 'ccomp', 4, 'pay', ''),
    ('for', 'ADP', 'IN', 'prep', 9, 'for', ''),
    ('it', 'PRON', 'PRP', 'pobj', 10, 'it', ''),
    ('.', 'PUNCT', '.', 'punct', 4, '.', ''),
])

LATER = ('A spokeswoman later confirmed that 120 posts would be cut.', [
    ('A', 'DET', 'DT', 'det', 1, 'a', ''),
    ('spokeswoman', 'NOUN', 'NN', 'nsubj', 3, 'spokeswoman', ''),
    ('later', 'ADV', 'RB', 'advmod', 3, 'later', ''),
    ('confirmed', 'VERB', 'VBD', 'ROOT', 3, 'confirm', ''),
    ('that', 'SCONJ', 'IN', 'mark', 9, 'that', ''),
    ('120', 'NUM', 'CD', 'nummod', 6, '120', 'B-CARDINAL'),
    ('posts', 'NOUN', 'NNS', 'nsubjpass', 9, 'post', ''),
    ('would', 'AUX', 'MD', 'aux', 9, 'would', ''),
    ('be', 'AUX', 'VB', 'auxpass', 9, 'be', ''),
    ('cut', 'VERB', 'VBN', 'ccomp', 3, 'cut', ''),
    ('.', 'PUNCT', '.', 'punct', 3, '.', ''),
])


def test_an_adverb_set_off_by_commas_is_not_part_of_the_cue():
    [q] = parsed_quotes(*HOWEVER)
    assert (q.cue, q.cue_start) == ("questioned", HOWEVER[0].index("questioned"))


def test_an_adverb_next_to_the_verb_is():
    [q] = parsed_quotes(*LATER)
    assert q.cue == "later confirmed"
