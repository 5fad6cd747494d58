"""Speech not given and sources not written make no record.

"stopped short of saying ...", "refrained from saying ..." hold the words back
(``language.cues.HOLDING_BACK``; "stop" only with "short": "He stopped saying the deal was dead"
reports what he used to say). A passive cue with no agent names no source: in "Stokes, who is
considered the best captain in England, ..." and "Mr. Quiros was accused of using $50 million
..." the subject is whom the words are about, never their speaker. The parses are the model's,
kept as data (no model loaded); the expected values are read off the sentences.
"""

from __future__ import annotations

import pytest

from annotated import parsed_quotes

PARSES = {
    'short': ('But they stopped short of saying they would initiate such a move.', [
        ('But', 'CCONJ', 'CC', 'cc', 2, 'but', ''),
        ('they', 'PRON', 'PRP', 'nsubj', 2, 'they', ''),
        ('stopped', 'VERB', 'VBD', 'ROOT', 2, 'stop', ''),
        ('short', 'ADV', 'RB', 'advmod', 2, 'short', ''),
        ('of', 'ADP', 'IN', 'prep', 2, 'of', ''),
        ('saying', 'VERB', 'VBG', 'pcomp', 4, 'say', ''),
        ('they', 'PRON', 'PRP', 'nsubj', 8, 'they', ''),
        ('would', 'AUX', 'MD', 'aux', 8, 'would', ''),
        ('initiate', 'VERB', 'VB', 'ccomp', 5, 'initiate', ''),
        ('such', 'DET', 'PDT', 'predet', 11, 'such', ''),
        ('a', 'DET', 'DT', 'det', 11, 'a', ''),
        ('move', 'NOUN', 'NN', 'dobj', 8, 'move', ''),
        ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
    ]),
    'refrained': ('He refrained from saying the deal was dead.', [
        ('He', 'PRON', 'PRP', 'nsubj', 1, 'he', ''),
        ('refrained', 'VERB', 'VBD', 'ROOT', 1, 'refrain', ''),
        ('from', 'ADP', 'IN', 'prep', 1, 'from', ''),
        ('saying', 'VERB', 'VBG', 'pcomp', 2, 'say', ''),
        ('the', 'DET', 'DT', 'det', 5, 'the', ''),
        ('deal', 'NOUN', 'NN', 'nsubj', 6, 'deal', ''),
        ('was', 'AUX', 'VBD', 'ccomp', 3, 'be', ''),
        ('dead', 'ADJ', 'JJ', 'acomp', 6, 'dead', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'stopped': ('He stopped saying the deal was dead.', [
        ('He', 'PRON', 'PRP', 'nsubj', 1, 'he', ''),
        ('stopped', 'VERB', 'VBD', 'ROOT', 1, 'stop', ''),
        ('saying', 'VERB', 'VBG', 'xcomp', 1, 'say', ''),
        ('the', 'DET', 'DT', 'det', 4, 'the', ''),
        ('deal', 'NOUN', 'NN', 'nsubj', 5, 'deal', ''),
        ('was', 'AUX', 'VBD', 'ccomp', 2, 'be', ''),
        ('dead', 'ADJ', 'JJ', 'acomp', 5, 'dead', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'considered': ('Stokes, who is considered the best captain in England, failed to impress.', [
        ('Stokes', 'NOUN', 'NNS', 'nsubj', 11, 'stoke', ''),
        (',', 'PUNCT', ',', 'punct', 0, ',', ''),
        ('who', 'PRON', 'WP', 'nsubjpass', 4, 'who', ''),
        ('is', 'AUX', 'VBZ', 'auxpass', 4, 'be', ''),
        ('considered', 'VERB', 'VBN', 'relcl', 0, 'consider', ''),
        ('the', 'DET', 'DT', 'det', 7, 'the', ''),
        ('best', 'ADJ', 'JJS', 'amod', 7, 'good', ''),
        ('captain', 'NOUN', 'NN', 'oprd', 4, 'captain', ''),
        ('in', 'ADP', 'IN', 'prep', 7, 'in', ''),
        ('England', 'PROPN', 'NNP', 'pobj', 8, 'England', 'B-GPE'),
        (',', 'PUNCT', ',', 'punct', 0, ',', ''),
        ('failed', 'VERB', 'VBD', 'ROOT', 11, 'fail', ''),
        ('to', 'PART', 'TO', 'aux', 13, 'to', ''),
        ('impress', 'VERB', 'VB', 'xcomp', 11, 'impress', ''),
        ('.', 'PUNCT', '.', 'punct', 11, '.', ''),
    ]),
    'accused': ('Mr. Quiros was accused of using $50 million for personal expenses.', [
        ('Mr.', 'PROPN', 'NNP', 'compound', 1, 'Mr.', ''),
        ('Quiros', 'PROPN', 'NNP', 'nsubjpass', 3, 'Quiros', 'B-PERSON'),
        ('was', 'AUX', 'VBD', 'auxpass', 3, 'be', ''),
        ('accused', 'VERB', 'VBN', 'ROOT', 3, 'accuse', ''),
        ('of', 'ADP', 'IN', 'prep', 3, 'of', ''),
        ('using', 'VERB', 'VBG', 'pcomp', 4, 'use', ''),
        ('$', 'SYM', '$', 'quantmod', 8, '$', 'B-MONEY'),
        ('50', 'NUM', 'CD', 'compound', 8, '50', 'I-MONEY'),
        ('million', 'NUM', 'CD', 'dobj', 5, 'million', 'I-MONEY'),
        ('for', 'ADP', 'IN', 'prep', 8, 'for', ''),
        ('personal', 'ADJ', 'JJ', 'amod', 11, 'personal', ''),
        ('expenses', 'NOUN', 'NNS', 'pobj', 9, 'expense', ''),
        ('.', 'PUNCT', '.', 'punct', 3, '.', ''),
    ]),
}


def quotes(name):
    return parsed_quotes(*PARSES[name])


@pytest.mark.parametrize("name", ["short", "refrained", "considered", "accused"])
def test_no_record(name):
    assert quotes(name) == []


def test_stopping_without_short_reports_what_was_said():
    (q,) = quotes("stopped")
    assert (q.text, q.cue, q.speaker.mention) == ("the deal was dead", "saying", "He")
