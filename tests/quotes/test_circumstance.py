"""A clause of "that" after a phrase of time or place completes the verb of saying.

"Cushing said outside the meeting that he abstained ..." and "Ruiz told reporters after the vote
that the council had backed “in broad terms” a plan ...": the parser hangs the clause on the
noun as a relative clause ("the meeting that ..."), but after a verb of saying and a phrase of
when or where, a clause opened by "that" with a subject of its own is what was said
(``quotes.cues.clause_after_circumstance``). The time and place are the reporter's, left out of
the record. The parses are the model's, kept as data; the expected values are read off the
sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

OUTSIDE = ('Cushing said outside the meeting that he abstained because he disagreed with that provision.', [
    ('Cushing', 'PROPN', 'NNP', 'nsubj', 1, 'Cushing', 'B-ORG'),
    ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
    ('outside', 'ADP', 'IN', 'prep', 1, 'outside', ''),
    ('the', 'DET', 'DT', 'det', 4, 'the', ''),
    ('meeting', 'NOUN', 'NN', 'pobj', 2, 'meeting', ''),
    ('that', 'PRON', 'WDT', 'dobj', 7, 'that', ''),
    ('he', 'PRON', 'PRP', 'nsubj', 7, 'he', ''),
    ('abstained', 'VERB', 'VBD', 'relcl', 4, 'abstain', ''),
    ('because', 'SCONJ', 'IN', 'mark', 10, 'because', ''),
    ('he', 'PRON', 'PRP', 'nsubj', 10, 'he', ''),
    ('disagreed', 'VERB', 'VBD', 'advcl', 7, 'disagree', ''),
    ('with', 'ADP', 'IN', 'prep', 10, 'with', ''),
    ('that', 'DET', 'DT', 'det', 13, 'that', ''),
    ('provision', 'NOUN', 'NN', 'pobj', 11, 'provision', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])

AFTER = ('Ruiz told reporters after the vote that the council had backed “in broad terms” a plan that would “end the stalemate” with the national flood agency.', [
    ('Ruiz', 'PROPN', 'NNP', 'nsubj', 1, 'Ruiz', ''),
    ('told', 'VERB', 'VBD', 'ROOT', 1, 'tell', ''),
    ('reporters', 'NOUN', 'NNS', 'dobj', 1, 'reporter', ''),
    ('after', 'ADP', 'IN', 'prep', 1, 'after', ''),
    ('the', 'DET', 'DT', 'det', 5, 'the', ''),
    ('vote', 'NOUN', 'NN', 'pobj', 3, 'vote', ''),
    ('that', 'SCONJ', 'IN', 'dobj', 10, 'that', ''),
    ('the', 'DET', 'DT', 'det', 8, 'the', ''),
    ('council', 'NOUN', 'NN', 'nsubj', 10, 'council', ''),
    ('had', 'AUX', 'VBD', 'aux', 10, 'have', ''),
    ('backed', 'VERB', 'VBN', 'relcl', 5, 'back', ''),
    ('“', 'PUNCT', '``', 'punct', 10, '"', ''),
    ('in', 'ADP', 'IN', 'prep', 10, 'in', ''),
    ('broad', 'ADJ', 'JJ', 'amod', 14, 'broad', ''),
    ('terms', 'NOUN', 'NNS', 'pobj', 12, 'term', ''),
    ('”', 'PUNCT', "''", 'punct', 1, '"', ''),
    ('a', 'DET', 'DT', 'det', 17, 'a', ''),
    ('plan', 'NOUN', 'NN', 'dobj', 1, 'plan', ''),
    ('that', 'PRON', 'WDT', 'nsubj', 21, 'that', ''),
    ('would', 'AUX', 'MD', 'aux', 21, 'would', ''),
    ('“', 'PUNCT', '``', 'punct', 21, '"', ''),
    ('end', 'VERB', 'VB', 'relcl', 17, 'end', ''),
    ('the', 'DET', 'DT', 'det', 23, 'the', ''),
    ('stalemate', 'NOUN', 'NN', 'dobj', 21, 'stalemate', ''),
    ('”', 'PUNCT', "''", 'punct', 21, '"', ''),
    ('with', 'ADP', 'IN', 'prep', 21, 'with', ''),
    ('the', 'DET', 'DT', 'det', 29, 'the', 'B-ORG'),
    ('national', 'ADJ', 'JJ', 'amod', 29, 'national', 'I-ORG'),
    ('flood', 'NOUN', 'NN', 'compound', 29, 'flood', 'I-ORG'),
    ('agency', 'NOUN', 'NN', 'pobj', 25, 'agency', 'I-ORG'),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])


CALL = ('Kress told analysts on a conference call that the company expected sales to “decline significantly” in the fourth quarter.', [
    ('Kress', 'PROPN', 'NNP', 'nsubj', 1, 'Kress', ''),
    ('told', 'VERB', 'VBD', 'ROOT', 1, 'tell', ''),
    ('analysts', 'NOUN', 'NNS', 'dobj', 1, 'analyst', ''),
    ('on', 'ADP', 'IN', 'prep', 1, 'on', ''),
    ('a', 'DET', 'DT', 'det', 6, 'a', ''),
    ('conference', 'NOUN', 'NN', 'compound', 6, 'conference', ''),
    ('call', 'NOUN', 'NN', 'pobj', 3, 'call', ''),
    ('that', 'PRON', 'WDT', 'mark', 10, 'that', ''),
    ('the', 'DET', 'DT', 'det', 9, 'the', ''),
    ('company', 'NOUN', 'NN', 'nsubj', 10, 'company', ''),
    ('expected', 'VERB', 'VBD', 'relcl', 6, 'expect', ''),
    ('sales', 'NOUN', 'NNS', 'nsubj', 14, 'sale', ''),
    ('to', 'PART', 'TO', 'aux', 14, 'to', ''),
    ('“', 'PUNCT', '``', 'punct', 14, '"', ''),
    ('decline', 'VERB', 'VB', 'ccomp', 10, 'decline', ''),
    ('significantly', 'ADV', 'RB', 'advmod', 14, 'significantly', ''),
    ('”', 'PUNCT', "''", 'punct', 14, '"', ''),
    ('in', 'ADP', 'IN', 'prep', 14, 'in', ''),
    ('the', 'DET', 'DT', 'det', 20, 'the', 'B-DATE'),
    ('fourth', 'ADJ', 'JJ', 'amod', 20, 'fourth', 'I-DATE'),
    ('quarter', 'NOUN', 'NN', 'pobj', 17, 'quarter', 'I-DATE'),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])

CLAIM = ('PolitiFact ruled on Trump’s claim that there have been “thousands of shootings” in Chicago this year.', [
    ('PolitiFact', 'PROPN', 'NNP', 'nsubj', 1, 'PolitiFact', 'B-ORG'),
    ('ruled', 'VERB', 'VBD', 'ROOT', 1, 'rule', ''),
    ('on', 'ADP', 'IN', 'prep', 1, 'on', ''),
    ('Trump', 'PROPN', 'NNP', 'poss', 5, 'Trump', 'B-ORG'),
    ('’s', 'PART', 'POS', 'case', 3, '’s', ''),
    ('claim', 'NOUN', 'NN', 'pobj', 2, 'claim', ''),
    ('that', 'SCONJ', 'IN', 'mark', 9, 'that', ''),
    ('there', 'PRON', 'EX', 'expl', 9, 'there', ''),
    ('have', 'AUX', 'VBP', 'aux', 9, 'have', ''),
    ('been', 'AUX', 'VBN', 'acl', 5, 'be', ''),
    ('“', 'PUNCT', '``', 'punct', 11, '"', ''),
    ('thousands', 'NOUN', 'NNS', 'attr', 9, 'thousand', 'B-CARDINAL'),
    ('of', 'ADP', 'IN', 'prep', 11, 'of', ''),
    ('shootings', 'NOUN', 'NNS', 'pobj', 12, 'shooting', ''),
    ('”', 'PUNCT', "''", 'punct', 11, '"', ''),
    ('in', 'ADP', 'IN', 'prep', 11, 'in', ''),
    ('Chicago', 'PROPN', 'NNP', 'pobj', 15, 'Chicago', 'B-GPE'),
    ('this', 'DET', 'DT', 'det', 18, 'this', 'B-DATE'),
    ('year', 'NOUN', 'NN', 'npadvmod', 9, 'year', 'I-DATE'),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])


def test_the_clause_after_a_place_is_what_was_said():
    [q] = parsed_quotes(*OUTSIDE)
    assert (q.kind, q.cue, q.speaker.mention) == ("indirect", "said", "Cushing")
    assert q.text == "that he abstained because he disagreed with that provision"


def test_a_mixed_record_starts_at_the_clause_not_at_the_time():
    [q] = parsed_quotes(*AFTER)
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "told", "Ruiz")
    assert q.text.startswith("that the council had backed “in broad terms” a plan")


def test_a_mixed_record_starts_at_the_clause_after_the_occasion_of_telling():
    # wire copy: "told analysts on a conference call that ...": the call is when it was told,
    # the clause after it is what was told (as "said in a statement that ...")
    [q] = parsed_quotes(*CALL)
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "told", "Kress")
    assert q.text == "that the company expected sales to “decline significantly” in the fourth quarter"


def test_the_clause_of_another_ones_claim_is_not_what_the_subject_said():
    # "ruled on Trump's claim that ...": the clause is Trump's claim, never PolitiFact's words
    assert not any(q.text.startswith("that there have been") and q.speaker.mention == "PolitiFact"
                   for q in parsed_quotes(*CLAIM))
