"""A second verb of saying joined to a reported clause is the source's next act of speech.

"Trump suggested the speechwriter be fired and defended Melania as a candidate": the parser joins
"defended" to the reported clause, but with no subject of its own and in the tense of the cue
(not of the clause, "be fired") it is Trump's second report, and Trump defends, not the
speechwriter (``quotes.cues.continued_cue``). "She said the firm raised prices and warned of
shortages" keeps its conjunct (the clause is in the cue's tense: the firm may have warned), and
so does a conjunct that is no verb of saying ("... and wished to plead guilty"). The parses are
the model's, kept as data; the expected values are read off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

SECOND = ('Trump suggested the speechwriter be fired and defended Melania as a candidate.', [
    ('Trump', 'PROPN', 'NNP', 'nsubj', 1, 'Trump', 'B-ORG'),
    ('suggested', 'VERB', 'VBD', 'ROOT', 1, 'suggest', ''),
    ('the', 'DET', 'DT', 'det', 3, 'the', ''),
    ('speechwriter', 'NOUN', 'NN', 'nsubjpass', 5, 'speechwriter', ''),
    ('be', 'AUX', 'VB', 'auxpass', 5, 'be', ''),
    ('fired', 'VERB', 'VBN', 'ccomp', 1, 'fire', ''),
    ('and', 'CCONJ', 'CC', 'cc', 5, 'and', ''),
    ('defended', 'VERB', 'VBD', 'conj', 5, 'defend', ''),
    ('Melania', 'PROPN', 'NNP', 'dobj', 7, 'Melania', 'B-GPE'),
    ('as', 'ADP', 'IN', 'prep', 7, 'as', ''),
    ('a', 'DET', 'DT', 'det', 11, 'a', ''),
    ('candidate', 'NOUN', 'NN', 'pobj', 9, 'candidate', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])

SAME_TENSE = ('She said the firm raised prices and warned of shortages.', [
    ('She', 'PRON', 'PRP', 'nsubj', 1, 'she', ''),
    ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
    ('the', 'DET', 'DT', 'det', 3, 'the', ''),
    ('firm', 'NOUN', 'NN', 'nsubj', 4, 'firm', ''),
    ('raised', 'VERB', 'VBD', 'ccomp', 1, 'raise', ''),
    ('prices', 'NOUN', 'NNS', 'dobj', 4, 'price', ''),
    ('and', 'CCONJ', 'CC', 'cc', 4, 'and', ''),
    ('warned', 'VERB', 'VBD', 'conj', 4, 'warn', ''),
    ('of', 'ADP', 'IN', 'prep', 7, 'of', ''),
    ('shortages', 'NOUN', 'NNS', 'pobj', 8, 'shortage', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])

NOT_SAYING = ('The solicitor said his client was standing over his comments and wished to plead guilty.', [
    ('The', 'DET', 'DT', 'det', 1, 'the', ''),
    ('solicitor', 'NOUN', 'NN', 'nsubj', 2, 'solicitor', ''),
    ('said', 'VERB', 'VBD', 'ROOT', 2, 'say', ''),
    ('his', 'PRON', 'PRP$', 'poss', 4, 'his', ''),
    ('client', 'NOUN', 'NN', 'nsubj', 6, 'client', ''),
    ('was', 'AUX', 'VBD', 'aux', 6, 'be', ''),
    ('standing', 'VERB', 'VBG', 'ccomp', 2, 'stand', ''),
    ('over', 'ADP', 'IN', 'prep', 6, 'over', ''),
    ('his', 'PRON', 'PRP$', 'poss', 9, 'his', ''),
    ('comments', 'NOUN', 'NNS', 'pobj', 7, 'comment', ''),
    ('and', 'CCONJ', 'CC', 'cc', 6, 'and', ''),
    ('wished', 'VERB', 'VBD', 'conj', 6, 'wish', ''),
    ('to', 'PART', 'TO', 'aux', 13, 'to', ''),
    ('plead', 'VERB', 'VB', 'xcomp', 11, 'plead', ''),
    ('guilty', 'ADJ', 'JJ', 'acomp', 13, 'guilty', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])


def test_a_second_verb_of_saying_is_a_second_report_of_the_same_source():
    first, second = parsed_quotes(*SECOND)
    assert (first.cue, first.text, first.speaker.mention) == ("suggested", "the speechwriter be fired", "Trump")
    assert (second.cue, second.text, second.speaker.mention) == ("defended", "Melania as a candidate", "Trump")


def test_a_conjunct_in_the_tense_of_the_clause_stays_in_it():
    [q] = parsed_quotes(*SAME_TENSE)
    assert (q.cue, q.text) == ("said", "the firm raised prices and warned of shortages")


def test_a_conjunct_that_is_no_verb_of_saying_stays_in_the_clause():
    [q] = parsed_quotes(*NOT_SAYING)
    assert q.text == "his client was standing over his comments and wished to plead guilty"
