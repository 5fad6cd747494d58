""""according to X" at the end of a sentence attributes the whole sentence before it.

"Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent, according to
the results": the parser hangs the phrase on the last conjunct; the results give all three
figures. "Clinton leads Sanders by 271 pledged delegates according to a count by The Associated
Press": hung on the noun, the phrase still attributes the clause. The parses are the model's,
kept as data (no model loaded); the expected values are read off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

PARSES = {
    'results': ('Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent, according to the results.', [
        ('Trump', 'NOUN', 'NN', 'nsubj', 1, 'trump', 'B-ORG'),
        ('received', 'VERB', 'VBD', 'ccomp', 6, 'receive', ''),
        ('37', 'NUM', 'CD', 'nummod', 3, '37', 'B-PERCENT'),
        ('percent', 'NOUN', 'NN', 'dobj', 1, 'percent', 'I-PERCENT'),
        (',', 'PUNCT', ',', 'punct', 6, ',', ''),
        ('Clinton', 'PROPN', 'NNP', 'nsubj', 6, 'Clinton', 'B-PERSON'),
        ('had', 'VERB', 'VBD', 'ROOT', 6, 'have', ''),
        ('36', 'NUM', 'CD', 'nummod', 8, '36', 'B-PERCENT'),
        ('percent', 'NOUN', 'NN', 'dobj', 6, 'percent', 'I-PERCENT'),
        ('and', 'CCONJ', 'CC', 'cc', 6, 'and', ''),
        ('Bloomberg', 'PROPN', 'NNP', 'nsubj', 11, 'Bloomberg', 'B-GPE'),
        ('snagged', 'VERB', 'VBD', 'conj', 6, 'snag', ''),
        ('13', 'NUM', 'CD', 'nummod', 13, '13', 'B-PERCENT'),
        ('percent', 'NOUN', 'NN', 'npadvmod', 11, 'percent', 'I-PERCENT'),
        (',', 'PUNCT', ',', 'punct', 11, ',', ''),
        ('according', 'VERB', 'VBG', 'prep', 11, 'accord', ''),
        ('to', 'ADP', 'IN', 'prep', 15, 'to', ''),
        ('the', 'DET', 'DT', 'det', 18, 'the', ''),
        ('results', 'NOUN', 'NNS', 'pobj', 16, 'result', ''),
        ('.', 'PUNCT', '.', 'punct', 11, '.', ''),
    ]),
    'count': ('Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.', [
        ('Clinton', 'PROPN', 'NNP', 'nsubj', 1, 'Clinton', 'B-PERSON'),
        ('leads', 'VERB', 'VBZ', 'ROOT', 1, 'lead', ''),
        ('Sanders', 'PROPN', 'NNP', 'dobj', 1, 'Sanders', 'B-PERSON'),
        ('by', 'ADP', 'IN', 'prep', 1, 'by', ''),
        ('271', 'NUM', 'CD', 'pobj', 3, '271', 'B-CARDINAL'),
        ('pledged', 'VERB', 'VBD', 'conj', 1, 'pledge', ''),
        ('delegates', 'NOUN', 'NNS', 'dobj', 5, 'delegate', ''),
        ('according', 'VERB', 'VBG', 'prep', 5, 'accord', ''),
        ('to', 'ADP', 'IN', 'prep', 7, 'to', ''),
        ('a', 'DET', 'DT', 'det', 10, 'a', ''),
        ('count', 'NOUN', 'NN', 'pobj', 8, 'count', ''),
        ('by', 'ADP', 'IN', 'prep', 10, 'by', ''),
        ('The', 'DET', 'DT', 'det', 14, 'the', 'B-ORG'),
        ('Associated', 'PROPN', 'NNP', 'compound', 14, 'Associated', 'I-ORG'),
        ('Press', 'PROPN', 'NNP', 'pobj', 11, 'Press', 'I-ORG'),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
}


def quotes(name):
    return parsed_quotes(*PARSES[name])


def test_according_to_after_coordinated_clauses_takes_them_all():
    (q,) = quotes("results")
    assert (q.text, q.cue, q.speaker.mention) == (
        "Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent", "according to", "the results")


def test_according_to_hung_on_a_noun_takes_its_clause():
    (q,) = quotes("count")
    assert (q.text, q.speaker.mention) == ("Clinton leads Sanders by 271 pledged delegates", "a count")
