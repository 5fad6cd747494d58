"""A quoted predicate after the reporter's subject is a mixed quote, however short the subject.

'Mr Ward's family said he was "a devoted husband and grandfather"': the quoted words complete the
reporter's clause "he was", so the record is mixed and its text the clause. A mixed record almost
all in quote marks is direct only when the reporter's words hold no subject of the clause
('said that "..."'). The parse is the model's, kept as data; the expected values are read off the
sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

WARD = ('Mr Ward\'s family said he was "a devoted husband and grandfather" and urged drivers to slow down.', [
    ('Mr', 'PROPN', 'NNP', 'compound', 1, 'Mr', ''),
    ('Ward', 'PROPN', 'NNP', 'poss', 3, 'Ward', 'B-PERSON'),
    ("'s", 'PART', 'POS', 'case', 1, "'s", ''),
    ('family', 'NOUN', 'NN', 'nsubj', 4, 'family', ''),
    ('said', 'VERB', 'VBD', 'ROOT', 4, 'say', ''),
    ('he', 'PRON', 'PRP', 'nsubj', 6, 'he', ''),
    ('was', 'AUX', 'VBD', 'ccomp', 4, 'be', ''),
    ('"', 'PUNCT', '``', 'punct', 6, '"', ''),
    ('a', 'DET', 'DT', 'det', 10, 'a', ''),
    ('devoted', 'ADJ', 'JJ', 'amod', 10, 'devoted', ''),
    ('husband', 'NOUN', 'NN', 'attr', 6, 'husband', ''),
    ('and', 'CCONJ', 'CC', 'cc', 10, 'and', ''),
    ('grandfather', 'NOUN', 'NN', 'conj', 10, 'grandfather', ''),
    ('"', 'PUNCT', "''", 'punct', 6, '"', ''),
    ('and', 'CCONJ', 'CC', 'cc', 4, 'and', ''),
    ('urged', 'VERB', 'VBD', 'conj', 4, 'urge', ''),
    ('drivers', 'NOUN', 'NNS', 'dobj', 15, 'driver', ''),
    ('to', 'PART', 'TO', 'aux', 18, 'to', ''),
    ('slow', 'VERB', 'VB', 'xcomp', 15, 'slow', ''),
    ('down', 'ADP', 'RP', 'prt', 18, 'down', ''),
    ('.', 'PUNCT', '.', 'punct', 4, '.', ''),
])


def test_a_quoted_predicate_is_a_mixed_quote():
    quotes = [q for q in parsed_quotes(*WARD) if q.cue == "said"]
    assert [(q.kind, q.text) for q in quotes] == [("mixed", 'he was "a devoted husband and grandfather"')]
