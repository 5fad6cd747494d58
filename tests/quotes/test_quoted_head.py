"""A quote that heads its clause, with the attribution beside it.

'African-Americans, he said, can "rock like Jimi" and "stir the pot like Richard Pryor."': the
quoted verb is the clause's head and "he said" hangs beside it, so no cue lies above the quote.
The cue beside the quoted head (and beside the head of the second quote, inside the first) makes
one mixed record of the whole clause, both quotes its fragments. The parse is the model's, kept
as data; the expected values are read off the sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

JIMI = ('African-Americans, he said, can "rock like Jimi" and "stir the pot like Richard Pryor."', [
    ('African', 'PROPN', 'NNP', 'compound', 2, 'African', 'B-NORP'),
    ('-', 'PUNCT', 'HYPH', 'punct', 2, '-', 'I-NORP'),
    ('Americans', 'PROPN', 'NNPS', 'nsubj', 9, 'Americans', 'I-NORP'),
    (',', 'PUNCT', ',', 'punct', 5, ',', ''),
    ('he', 'PRON', 'PRP', 'nsubj', 5, 'he', ''),
    ('said', 'VERB', 'VBD', 'parataxis', 9, 'say', ''),
    (',', 'PUNCT', ',', 'punct', 5, ',', ''),
    ('can', 'AUX', 'MD', 'aux', 9, 'can', ''),
    ('"', 'PUNCT', '``', 'punct', 9, '"', ''),
    ('rock', 'VERB', 'VB', 'ROOT', 9, 'rock', ''),
    ('like', 'ADP', 'IN', 'prep', 9, 'like', ''),
    ('Jimi', 'PROPN', 'NNP', 'pobj', 10, 'Jimi', 'B-PERSON'),
    ('"', 'PUNCT', "''", 'punct', 9, '"', ''),
    ('and', 'CCONJ', 'CC', 'cc', 9, 'and', ''),
    ('"', 'PUNCT', '``', 'punct', 15, '"', ''),
    ('stir', 'VERB', 'VB', 'conj', 9, 'stir', ''),
    ('the', 'DET', 'DT', 'det', 17, 'the', ''),
    ('pot', 'NOUN', 'NN', 'dobj', 15, 'pot', ''),
    ('like', 'ADP', 'IN', 'prep', 15, 'like', ''),
    ('Richard', 'PROPN', 'NNP', 'compound', 20, 'Richard', 'B-PERSON'),
    ('Pryor', 'PROPN', 'NNP', 'pobj', 18, 'Pryor', 'I-PERSON'),
    ('.', 'PUNCT', '.', 'punct', 15, '.', ''),
    ('"', 'PUNCT', "''", 'punct', 15, '"', ''),
])


def test_a_quoted_clause_head_takes_the_cue_beside_it():
    [q] = parsed_quotes(*JIMI)
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "said", "he")
    assert q.text == 'African-Americans, he said, can "rock like Jimi" and "stir the pot like Richard Pryor."'
    assert [JIMI[0][a:b] for a, b in q.fragments] == ["rock like Jimi", "stir the pot like Richard Pryor."]
