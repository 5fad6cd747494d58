"""A second clause opened by "that" belongs to the same report.

"Clinton said she appreciated the apology and that she wanted to move forward" is one report of
two clauses; the second is not a new report of Clinton's wants. "The Ohio governor said the U.S.
needs ..., but that he would not support ..." is one too (the parser hangs the second clause on
"said"). The parses are the model's, kept as data (no model loaded); the expected values are read
off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

PARSES = {
    'and_that': ('Clinton said she appreciated the apology and that she wanted to move forward.', [
        ('Clinton', 'PROPN', 'NNP', 'nsubj', 1, 'Clinton', 'B-PERSON'),
        ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
        ('she', 'PRON', 'PRP', 'nsubj', 3, 'she', ''),
        ('appreciated', 'VERB', 'VBD', 'ccomp', 1, 'appreciate', ''),
        ('the', 'DET', 'DT', 'det', 5, 'the', ''),
        ('apology', 'NOUN', 'NN', 'dobj', 3, 'apology', ''),
        ('and', 'CCONJ', 'CC', 'cc', 3, 'and', ''),
        ('that', 'SCONJ', 'IN', 'mark', 9, 'that', ''),
        ('she', 'PRON', 'PRP', 'nsubj', 9, 'she', ''),
        ('wanted', 'VERB', 'VBD', 'conj', 3, 'want', ''),
        ('to', 'PART', 'TO', 'aux', 11, 'to', ''),
        ('move', 'VERB', 'VB', 'xcomp', 9, 'move', ''),
        ('forward', 'ADV', 'RB', 'advmod', 11, 'forward', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'but_that': ('The Ohio governor said the U.S. needs to secure the border and create a guest-worker program, but that he would not support mass deportation or driving out the entire 11 million-person undocumented population.', [
        ('The', 'DET', 'DT', 'det', 2, 'the', ''),
        ('Ohio', 'PROPN', 'NNP', 'compound', 2, 'Ohio', 'B-GPE'),
        ('governor', 'NOUN', 'NN', 'nsubj', 3, 'governor', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 3, 'say', ''),
        ('the', 'DET', 'DT', 'det', 5, 'the', ''),
        ('U.S.', 'PROPN', 'NNP', 'nsubj', 6, 'U.S.', 'B-GPE'),
        ('needs', 'VERB', 'VBZ', 'ccomp', 3, 'need', ''),
        ('to', 'PART', 'TO', 'aux', 8, 'to', ''),
        ('secure', 'VERB', 'VB', 'xcomp', 6, 'secure', ''),
        ('the', 'DET', 'DT', 'det', 10, 'the', ''),
        ('border', 'NOUN', 'NN', 'dobj', 8, 'border', ''),
        ('and', 'CCONJ', 'CC', 'cc', 8, 'and', ''),
        ('create', 'VERB', 'VB', 'conj', 8, 'create', ''),
        ('a', 'DET', 'DT', 'det', 17, 'a', ''),
        ('guest', 'NOUN', 'NN', 'compound', 16, 'guest', ''),
        ('-', 'PUNCT', 'HYPH', 'punct', 16, '-', ''),
        ('worker', 'NOUN', 'NN', 'compound', 17, 'worker', ''),
        ('program', 'NOUN', 'NN', 'dobj', 12, 'program', ''),
        (',', 'PUNCT', ',', 'punct', 3, ',', ''),
        ('but', 'CCONJ', 'CC', 'cc', 3, 'but', ''),
        ('that', 'SCONJ', 'IN', 'mark', 24, 'that', ''),
        ('he', 'PRON', 'PRP', 'nsubj', 24, 'he', ''),
        ('would', 'AUX', 'MD', 'aux', 24, 'would', ''),
        ('not', 'PART', 'RB', 'neg', 24, 'not', ''),
        ('support', 'VERB', 'VB', 'conj', 3, 'support', ''),
        ('mass', 'ADJ', 'JJ', 'amod', 26, 'mass', ''),
        ('deportation', 'NOUN', 'NN', 'dobj', 24, 'deportation', ''),
        ('or', 'CCONJ', 'CC', 'cc', 24, 'or', ''),
        ('driving', 'VERB', 'VBG', 'conj', 24, 'drive', ''),
        ('out', 'ADP', 'RP', 'prt', 28, 'out', ''),
        ('the', 'DET', 'DT', 'det', 37, 'the', ''),
        ('entire', 'ADJ', 'JJ', 'amod', 37, 'entire', ''),
        ('11', 'NUM', 'CD', 'compound', 33, '11', ''),
        ('million', 'NUM', 'CD', 'nummod', 35, 'million', ''),
        ('-', 'PUNCT', 'HYPH', 'punct', 35, '-', ''),
        ('person', 'NOUN', 'NN', 'nmod', 37, 'person', ''),
        ('undocumented', 'ADJ', 'JJ', 'amod', 37, 'undocumented', ''),
        ('population', 'NOUN', 'NN', 'dobj', 28, 'population', ''),
        ('.', 'PUNCT', '.', 'punct', 3, '.', ''),
    ]),
}


def quotes(name):
    return parsed_quotes(*PARSES[name])


def test_and_that_continues_the_report():
    (q,) = quotes("and_that")
    assert (q.text, q.cue, q.speaker.mention) == (
        "she appreciated the apology and that she wanted to move forward", "said", "Clinton")


def test_but_that_continues_the_report():
    (q,) = quotes("but_that")
    assert (q.text, q.cue, q.speaker.mention) == (
        "the U.S. needs to secure the border and create a guest-worker program, but that he would not support "
        "mass deportation or driving out the entire 11 million-person undocumented population", "said", "The Ohio governor")



BUT_THAT_MIXED = ('Galloway said the findings were "worrying" but that the methods needed to be repeated by other labs.', [
    ('Galloway', 'PROPN', 'NNP', 'nsubj', 1, 'Galloway', 'B-ORG'),
    ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
    ('the', 'DET', 'DT', 'det', 3, 'the', ''),
    ('findings', 'NOUN', 'NNS', 'nsubj', 6, 'finding', ''),
    ('were', 'AUX', 'VBD', 'aux', 6, 'be', ''),
    ('"', 'PUNCT', '``', 'punct', 6, '"', ''),
    ('worrying', 'VERB', 'VBG', 'ccomp', 1, 'worry', ''),
    ('"', 'PUNCT', "''", 'punct', 6, '"', ''),
    ('but', 'CCONJ', 'CC', 'cc', 6, 'but', ''),
    ('that', 'SCONJ', 'IN', 'mark', 12, 'that', ''),
    ('the', 'DET', 'DT', 'det', 11, 'the', ''),
    ('methods', 'NOUN', 'NNS', 'nsubj', 12, 'method', ''),
    ('needed', 'VERB', 'VBD', 'conj', 6, 'need', ''),
    ('to', 'PART', 'TO', 'aux', 15, 'to', ''),
    ('be', 'AUX', 'VB', 'auxpass', 15, 'be', ''),
    ('repeated', 'VERB', 'VBN', 'xcomp', 12, 'repeat', ''),
    ('by', 'ADP', 'IN', 'agent', 15, 'by', ''),
    ('other', 'ADJ', 'JJ', 'amod', 18, 'other', ''),
    ('labs', 'NOUN', 'NNS', 'pobj', 16, 'lab', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])


def test_a_mixed_quote_keeps_its_second_that_clause():
    # the same rule for a mixed record: "but that" opens a second clause of the report, no break
    [q] = parsed_quotes(*BUT_THAT_MIXED)
    assert (q.kind, q.cue) == ("mixed", "said")
    assert q.text == 'the findings were "worrying" but that the methods needed to be repeated by other labs'
