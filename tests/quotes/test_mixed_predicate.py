"""A quoted predicate after the reporter's subject is a mixed quote, however short the subject.

'Mr Ward's family said he was "a devoted husband and grandfather"': the quoted words complete the
reporter's clause "he was", so the record is mixed and its text the clause. A mixed record almost
all in quote marks is direct only when the reporter's words hold no subject of the clause
('said that "..."'). The parse is the model's, kept as data; the expected values are read off the
sentence.

A verb of saying whose own subject is a thing is none there: in 'The ministry said in a statement
that negotiations with the union were continuing "in good faith"' negotiations say nothing, and
the ministry's "said" reports the clause (``mixed._mute_subject``).
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


CONTINUING = ('The ministry said in a statement that negotiations with the union were continuing "in good faith".', [
    ('The', 'DET', 'DT', 'det', 1, 'the', ''),
    ('ministry', 'NOUN', 'NN', 'nsubj', 2, 'ministry', ''),
    ('said', 'VERB', 'VBD', 'ROOT', 2, 'say', ''),
    ('in', 'ADP', 'IN', 'prep', 2, 'in', ''),
    ('a', 'DET', 'DT', 'det', 5, 'a', ''),
    ('statement', 'NOUN', 'NN', 'pobj', 3, 'statement', ''),
    ('that', 'SCONJ', 'IN', 'mark', 12, 'that', ''),
    ('negotiations', 'NOUN', 'NNS', 'nsubj', 12, 'negotiation', ''),
    ('with', 'ADP', 'IN', 'prep', 7, 'with', ''),
    ('the', 'DET', 'DT', 'det', 10, 'the', ''),
    ('union', 'NOUN', 'NN', 'pobj', 8, 'union', ''),
    ('were', 'AUX', 'VBD', 'aux', 12, 'be', ''),
    ('continuing', 'VERB', 'VBG', 'ccomp', 2, 'continue', ''),
    ('"', 'PUNCT', '``', 'punct', 12, '"', ''),
    ('in', 'ADP', 'IN', 'prep', 12, 'in', ''),
    ('good', 'ADJ', 'JJ', 'amod', 16, 'good', ''),
    ('faith', 'NOUN', 'NN', 'pobj', 14, 'faith', ''),
    ('"', 'PUNCT', "''", 'punct', 12, '"', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])


def test_a_verb_of_saying_whose_subject_is_a_thing_gives_way_to_the_cue_above():
    (q,) = parsed_quotes(*CONTINUING)
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "said", "The ministry")
    assert q.text == 'that negotiations with the union were continuing "in good faith"'
