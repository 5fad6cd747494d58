"""Two attributions of wire copy: "As X reported, CLAUSE" and "X said Y, arguing that Z".

"As Politico reported last week, the campaign spent ..." and "Prices rose in May, as the central
bank had predicted" attribute the clause the "as" clause modifies (``language.cues.AS_CUES``);
"As the crowd chanted, police moved in" is a time, not an attribution. "Ham said the cuts had
tied the generals' hands, arguing that ..." is two reports, both Ham's: the participle of saying
at the end of the reported clause is the reporter's. The parses are the model's, kept as data
(no model loaded); the expected values are read off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

PARSES = {
    'as_before': ('As Politico reported last week, the campaign spent $2 million on ads in Ohio.', [
        ('As', 'SCONJ', 'IN', 'mark', 2, 'as', ''),
        ('Politico', 'PROPN', 'NNP', 'nsubj', 2, 'Politico', 'B-PERSON'),
        ('reported', 'VERB', 'VBD', 'advcl', 8, 'report', ''),
        ('last', 'ADJ', 'JJ', 'amod', 4, 'last', 'B-DATE'),
        ('week', 'NOUN', 'NN', 'npadvmod', 2, 'week', 'I-DATE'),
        (',', 'PUNCT', ',', 'punct', 8, ',', ''),
        ('the', 'DET', 'DT', 'det', 7, 'the', ''),
        ('campaign', 'NOUN', 'NN', 'nsubj', 8, 'campaign', ''),
        ('spent', 'VERB', 'VBD', 'ROOT', 8, 'spend', ''),
        ('$', 'SYM', '$', 'quantmod', 11, '$', 'B-MONEY'),
        ('2', 'NUM', 'CD', 'compound', 11, '2', 'I-MONEY'),
        ('million', 'NUM', 'CD', 'dobj', 8, 'million', 'I-MONEY'),
        ('on', 'ADP', 'IN', 'prep', 8, 'on', ''),
        ('ads', 'NOUN', 'NNS', 'pobj', 12, 'ad', ''),
        ('in', 'ADP', 'IN', 'prep', 13, 'in', ''),
        ('Ohio', 'PROPN', 'NNP', 'pobj', 14, 'Ohio', 'B-GPE'),
        ('.', 'PUNCT', '.', 'punct', 8, '.', ''),
    ]),
    'as_after': ('Prices rose in May, as the central bank had predicted.', [
        ('Prices', 'NOUN', 'NNS', 'nsubj', 1, 'price', ''),
        ('rose', 'VERB', 'VBD', 'ROOT', 1, 'rise', ''),
        ('in', 'ADP', 'IN', 'prep', 1, 'in', ''),
        ('May', 'PROPN', 'NNP', 'pobj', 2, 'May', 'B-DATE'),
        (',', 'PUNCT', ',', 'punct', 1, ',', ''),
        ('as', 'SCONJ', 'IN', 'mark', 10, 'as', ''),
        ('the', 'DET', 'DT', 'det', 8, 'the', ''),
        ('central', 'ADJ', 'JJ', 'amod', 8, 'central', ''),
        ('bank', 'NOUN', 'NN', 'nsubj', 10, 'bank', ''),
        ('had', 'AUX', 'VBD', 'aux', 10, 'have', ''),
        ('predicted', 'VERB', 'VBN', 'advcl', 1, 'predict', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'as_time': ('As the crowd chanted, police moved in.', [
        ('As', 'SCONJ', 'IN', 'mark', 3, 'as', ''),
        ('the', 'DET', 'DT', 'det', 2, 'the', ''),
        ('crowd', 'NOUN', 'NN', 'nsubj', 3, 'crowd', ''),
        ('chanted', 'VERB', 'VBD', 'advcl', 6, 'chant', ''),
        (',', 'PUNCT', ',', 'punct', 6, ',', ''),
        ('police', 'NOUN', 'NNS', 'nsubj', 6, 'police', ''),
        ('moved', 'VERB', 'VBD', 'ROOT', 6, 'move', ''),
        ('in', 'ADV', 'RB', 'advmod', 6, 'in', ''),
        ('.', 'PUNCT', '.', 'punct', 6, '.', ''),
    ]),
    'arguing': ("Ham said the cuts had tied the generals' hands, arguing that the budget was the bigger problem.", [
        ('Ham', 'PROPN', 'NNP', 'nsubj', 1, 'Ham', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
        ('the', 'DET', 'DT', 'det', 3, 'the', ''),
        ('cuts', 'NOUN', 'NNS', 'nsubj', 5, 'cut', ''),
        ('had', 'AUX', 'VBD', 'aux', 5, 'have', ''),
        ('tied', 'VERB', 'VBN', 'ccomp', 1, 'tie', ''),
        ('the', 'DET', 'DT', 'det', 7, 'the', ''),
        ('generals', 'NOUN', 'NNS', 'poss', 9, 'general', ''),
        ("'", 'PART', 'POS', 'case', 7, "'", ''),
        ('hands', 'NOUN', 'NNS', 'dobj', 5, 'hand', ''),
        (',', 'PUNCT', ',', 'punct', 5, ',', ''),
        ('arguing', 'VERB', 'VBG', 'advcl', 5, 'argue', ''),
        ('that', 'SCONJ', 'IN', 'mark', 15, 'that', ''),
        ('the', 'DET', 'DT', 'det', 14, 'the', ''),
        ('budget', 'NOUN', 'NN', 'nsubj', 15, 'budget', ''),
        ('was', 'AUX', 'VBD', 'ccomp', 11, 'be', ''),
        ('the', 'DET', 'DT', 'det', 18, 'the', ''),
        ('bigger', 'ADJ', 'JJR', 'amod', 18, 'big', ''),
        ('problem', 'NOUN', 'NN', 'attr', 15, 'problem', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'elided': ('He resigned, as he said he would.', [
        ('He', 'PRON', 'PRP', 'nsubj', 1, 'he', ''),
        ('resigned', 'VERB', 'VBD', 'ROOT', 1, 'resign', ''),
        (',', 'PUNCT', ',', 'punct', 1, ',', ''),
        ('as', 'SCONJ', 'IN', 'mark', 5, 'as', ''),
        ('he', 'PRON', 'PRP', 'nsubj', 5, 'he', ''),
        ('said', 'VERB', 'VBD', 'advcl', 1, 'say', ''),
        ('he', 'PRON', 'PRP', 'nsubj', 7, 'he', ''),
        ('would', 'AUX', 'MD', 'ccomp', 5, 'would', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
}


def quotes(name):
    return parsed_quotes(*PARSES[name])


def test_an_as_clause_before_attributes_the_clause_after_it():
    (q,) = quotes("as_before")
    assert (q.kind, q.text, q.cue, q.speaker.mention) == (
        "indirect", "the campaign spent $2 million on ads in Ohio", "reported", "Politico")


def test_an_as_clause_after_attributes_the_clause_before_it():
    (q,) = quotes("as_after")
    assert (q.kind, q.text, q.cue, q.speaker.mention) == ("indirect", "Prices rose in May", "had predicted", "the central bank")


def test_an_as_clause_of_time_attributes_nothing():
    assert quotes("as_time") == []


def test_a_participle_of_saying_after_a_reported_clause_is_a_report_of_the_reporter():
    said, arguing = quotes("arguing")
    assert (said.text, said.cue, said.speaker.mention) == ("the cuts had tied the generals' hands", "said", "Ham")
    assert (arguing.text, arguing.cue, arguing.speaker.mention) == ("that the budget was the bigger problem", "arguing", "Ham")


def test_a_clause_whose_verb_is_left_out_reports_nothing():
    # "as he said he would": "he would" holds no words of his; what he said is "he would resign"
    assert quotes("elided") == []
