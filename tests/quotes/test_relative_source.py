"""A relative clause's verb is no source of the quote in it.

"Glover also paid tribute to the small handful of Poppies fans who made the long Friday night trek
to the north-east and was pleased to finally give them “something to smile about”.": with no verb
of saying on the way up, the quote goes to the nearest verb whose subject can be a source; the
parser joins "was pleased" to the fans' relative clause ("who made the trek"), which describes
the fans and speaks for no one, so the quote is Glover's. The parse is the model's, kept as data;
the expected values are read off the sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

TRIBUTE = ('Glover also paid tribute to the small handful of Poppies fans who made the long Friday night trek to the north-east and was pleased to finally give them “something to smile about”.', [
    ('Glover', 'PROPN', 'NNP', 'nsubj', 2, 'Glover', ''),
    ('also', 'ADV', 'RB', 'advmod', 2, 'also', ''),
    ('paid', 'VERB', 'VBD', 'ROOT', 2, 'pay', ''),
    ('tribute', 'NOUN', 'NN', 'dobj', 2, 'tribute', ''),
    ('to', 'ADP', 'IN', 'dative', 2, 'to', ''),
    ('the', 'DET', 'DT', 'det', 7, 'the', ''),
    ('small', 'ADJ', 'JJ', 'amod', 7, 'small', ''),
    ('handful', 'NOUN', 'NN', 'pobj', 4, 'handful', ''),
    ('of', 'ADP', 'IN', 'prep', 7, 'of', ''),
    ('Poppies', 'PROPN', 'NNPS', 'compound', 10, 'Poppies', 'B-ORG'),
    ('fans', 'NOUN', 'NNS', 'pobj', 8, 'fan', ''),
    ('who', 'PRON', 'WP', 'nsubj', 12, 'who', ''),
    ('made', 'VERB', 'VBD', 'relcl', 10, 'make', ''),
    ('the', 'DET', 'DT', 'det', 16, 'the', ''),
    ('long', 'ADJ', 'JJ', 'amod', 16, 'long', ''),
    ('Friday', 'PROPN', 'NNP', 'compound', 16, 'Friday', 'B-TIME'),
    ('night', 'NOUN', 'NN', 'compound', 17, 'night', 'I-TIME'),
    ('trek', 'NOUN', 'NN', 'dobj', 12, 'trek', ''),
    ('to', 'ADP', 'IN', 'prep', 12, 'to', ''),
    ('the', 'DET', 'DT', 'det', 22, 'the', ''),
    ('north', 'NOUN', 'NN', 'compound', 22, 'north', ''),
    ('-', 'PUNCT', 'HYPH', 'punct', 22, '-', ''),
    ('east', 'NOUN', 'NN', 'pobj', 18, 'east', ''),
    ('and', 'CCONJ', 'CC', 'cc', 12, 'and', ''),
    ('was', 'AUX', 'VBD', 'conj', 12, 'be', ''),
    ('pleased', 'ADJ', 'JJ', 'acomp', 24, 'pleased', ''),
    ('to', 'PART', 'TO', 'aux', 28, 'to', ''),
    ('finally', 'ADV', 'RB', 'advmod', 28, 'finally', ''),
    ('give', 'VERB', 'VB', 'xcomp', 25, 'give', ''),
    ('them', 'PRON', 'PRP', 'dative', 28, 'they', ''),
    ('“', 'PUNCT', '``', 'punct', 28, '"', ''),
    ('something', 'PRON', 'NN', 'dobj', 28, 'something', ''),
    ('to', 'PART', 'TO', 'aux', 33, 'to', ''),
    ('smile', 'VERB', 'VB', 'relcl', 31, 'smile', ''),
    ('about', 'ADP', 'IN', 'prep', 33, 'about', ''),
    ('”', 'PUNCT', "''", 'punct', 2, '"', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])


def test_the_quote_is_not_the_relative_clauses():
    [q] = parsed_quotes(*TRIBUTE)
    assert (q.kind, q.speaker.mention) == ("mixed", "Glover")
