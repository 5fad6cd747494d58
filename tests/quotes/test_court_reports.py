"""Court reports: counsel "submits" an argument.

"Mr Jones submitted that a two-year sentence would be appropriate" is the courtroom verb of
argument in British, Irish, Australian and Indian court reporting; "submitted a report" reports
no words (``language.cues.CLAUSE_ONLY``). The parses are the model's, kept as data; the
expected values are read off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

SUBMITTED = ('Mr Jones submitted that a two-year sentence would be appropriate.', [
    ('Mr', 'PROPN', 'NNP', 'compound', 1, 'Mr', ''),
    ('Jones', 'PROPN', 'NNP', 'nsubj', 2, 'Jones', 'B-PERSON'),
    ('submitted', 'VERB', 'VBD', 'ROOT', 2, 'submit', ''),
    ('that', 'SCONJ', 'IN', 'mark', 10, 'that', ''),
    ('a', 'DET', 'DT', 'det', 8, 'a', ''),
    ('two', 'NUM', 'CD', 'nummod', 7, 'two', 'B-DATE'),
    ('-', 'PUNCT', 'HYPH', 'punct', 7, '-', 'I-DATE'),
    ('year', 'NOUN', 'NN', 'compound', 8, 'year', 'I-DATE'),
    ('sentence', 'NOUN', 'NN', 'nsubj', 10, 'sentence', ''),
    ('would', 'AUX', 'MD', 'aux', 10, 'would', ''),
    ('be', 'AUX', 'VB', 'ccomp', 2, 'be', ''),
    ('appropriate', 'ADJ', 'JJ', 'acomp', 10, 'appropriate', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])

REPORT = ('Mr Jones submitted a report to the court.', [
    ('Mr', 'PROPN', 'NNP', 'compound', 1, 'Mr', ''),
    ('Jones', 'PROPN', 'NNP', 'nsubj', 2, 'Jones', 'B-PERSON'),
    ('submitted', 'VERB', 'VBD', 'ROOT', 2, 'submit', ''),
    ('a', 'DET', 'DT', 'det', 4, 'a', ''),
    ('report', 'NOUN', 'NN', 'dobj', 2, 'report', ''),
    ('to', 'ADP', 'IN', 'prep', 2, 'to', ''),
    ('the', 'DET', 'DT', 'det', 7, 'the', ''),
    ('court', 'NOUN', 'NN', 'pobj', 5, 'court', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])


def test_counsel_submitting_that_is_reported_speech():
    [q] = parsed_quotes(*SUBMITTED)
    assert (q.kind, q.speaker.mention, q.cue) == ("indirect", "Mr Jones", "submitted")
    assert q.text.endswith("a two-year sentence would be appropriate")


def test_submitting_a_document_reports_no_words():
    assert parsed_quotes(*REPORT) == []
