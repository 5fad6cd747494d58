"""What unnamed reports say: "X has reportedly done Y".

"Janet Jackson has reportedly postponed her entire U.K. tour.": the reporter relays reports it
does not name. The clause, without the adverb, is a record with no speaker, flagged
``unattributed`` (``language.cues.UNNAMED_REPORT_ADVERBS``). The parse is the model's, kept as
data; the expected values are read off the sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

REPORTEDLY = ('Janet Jackson has reportedly postponed her entire U.K. tour.', [
    ('Janet', 'PROPN', 'NNP', 'compound', 1, 'Janet', 'B-PERSON'),
    ('Jackson', 'PROPN', 'NNP', 'nsubj', 4, 'Jackson', 'I-PERSON'),
    ('has', 'AUX', 'VBZ', 'aux', 4, 'have', ''),
    ('reportedly', 'ADV', 'RB', 'advmod', 4, 'reportedly', ''),
    ('postponed', 'VERB', 'VBN', 'ROOT', 4, 'postpone', ''),
    ('her', 'PRON', 'PRP$', 'poss', 8, 'her', ''),
    ('entire', 'ADJ', 'JJ', 'amod', 8, 'entire', ''),
    ('U.K.', 'PROPN', 'NNP', 'compound', 8, 'U.K.', 'B-GPE'),
    ('tour', 'NOUN', 'NN', 'dobj', 4, 'tour', ''),
    ('.', 'PUNCT', '.', 'punct', 4, '.', ''),
])


def test_a_reportedly_clause_is_a_report_with_no_speaker():
    [q] = parsed_quotes(*REPORTEDLY)
    assert (q.kind, q.cue, q.flags, q.speaker.name) == ("indirect", "reportedly", ("unattributed",), None)
    assert q.text == "Janet Jackson has postponed her entire U.K. tour"
    assert [REPORTEDLY[0][a:b] for a, b in q.fragments] == ["Janet Jackson has", "postponed her entire U.K. tour"]
