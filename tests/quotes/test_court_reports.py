"""Court reports: counsel "submits" an argument.

"Mr Jones submitted that a two-year sentence would be appropriate" is the courtroom verb of
argument in British, Irish, Australian and Indian court reporting; "submitted a report" reports
no words (``language.cues.CLAUSE_ONLY``).

A court's order and a plea are acts done by saying them, which court copy reports as facts, not
statements: "The magistrate ordered him to pay £300 in costs", "ordered that the documents be
disclosed" (``language.cues.DIRECTIVES``), "She admitted causing serious injury by careless
driving" (the gerund of a charge after "admitted": a guilty plea, ``PLEA_VERBS``,
``CHARGE_VERBS``). An admission with a clause, or given in evidence, is a statement, and so is
what the court says. The parses are the model's, kept as data; the expected values are read off
the sentences.
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

ORDERED_TO = ('The magistrate ordered him to pay £300 in costs.', [
    ('The', 'DET', 'DT', 'det', 1, 'the', ''),
    ('magistrate', 'NOUN', 'NN', 'nsubj', 2, 'magistrate', ''),
    ('ordered', 'VERB', 'VBD', 'ROOT', 2, 'order', ''),
    ('him', 'PRON', 'PRP', 'dobj', 2, 'he', ''),
    ('to', 'PART', 'TO', 'aux', 5, 'to', ''),
    ('pay', 'VERB', 'VB', 'xcomp', 2, 'pay', ''),
    ('£', 'SYM', '$', 'nmod', 7, '£', ''),
    ('300', 'NUM', 'CD', 'dobj', 5, '300', 'B-MONEY'),
    ('in', 'ADP', 'IN', 'prep', 5, 'in', ''),
    ('costs', 'NOUN', 'NNS', 'pobj', 8, 'cost', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])

ORDERED_THAT = ('The sheriff ordered that the documents be disclosed.', [
    ('The', 'DET', 'DT', 'det', 1, 'the', ''),
    ('sheriff', 'NOUN', 'NN', 'nsubj', 2, 'sheriff', ''),
    ('ordered', 'VERB', 'VBD', 'ROOT', 2, 'order', ''),
    ('that', 'SCONJ', 'IN', 'mark', 7, 'that', ''),
    ('the', 'DET', 'DT', 'det', 5, 'the', ''),
    ('documents', 'NOUN', 'NNS', 'nsubjpass', 7, 'document', ''),
    ('be', 'AUX', 'VB', 'auxpass', 7, 'be', ''),
    ('disclosed', 'VERB', 'VBN', 'ccomp', 2, 'disclose', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])

ADMITTED_CHARGE = ('She admitted causing serious injury by careless driving.', [
    ('She', 'PRON', 'PRP', 'nsubj', 1, 'she', ''),
    ('admitted', 'VERB', 'VBD', 'ROOT', 1, 'admit', ''),
    ('causing', 'VERB', 'VBG', 'xcomp', 1, 'cause', ''),
    ('serious', 'ADJ', 'JJ', 'amod', 4, 'serious', ''),
    ('injury', 'NOUN', 'NN', 'dobj', 2, 'injury', ''),
    ('by', 'ADP', 'IN', 'prep', 2, 'by', ''),
    ('careless', 'ADJ', 'JJ', 'amod', 7, 'careless', ''),
    ('driving', 'NOUN', 'NN', 'pobj', 5, 'driving', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])

ADMITTED_THAT = ('She admitted that she had misled the inspectors.', [
    ('She', 'PRON', 'PRP', 'nsubj', 1, 'she', ''),
    ('admitted', 'VERB', 'VBD', 'ROOT', 1, 'admit', ''),
    ('that', 'SCONJ', 'IN', 'mark', 5, 'that', ''),
    ('she', 'PRON', 'PRP', 'nsubj', 5, 'she', ''),
    ('had', 'AUX', 'VBD', 'aux', 5, 'have', ''),
    ('misled', 'VERB', 'VBN', 'ccomp', 1, 'mislead', ''),
    ('the', 'DET', 'DT', 'det', 7, 'the', ''),
    ('inspectors', 'NOUN', 'NNS', 'dobj', 5, 'inspector', ''),
    ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
])

ADMITTED_IN_EVIDENCE = ('In evidence, she admitted stealing the jewellery.', [
    ('In', 'ADP', 'IN', 'prep', 4, 'in', ''),
    ('evidence', 'NOUN', 'NN', 'pobj', 0, 'evidence', ''),
    (',', 'PUNCT', ',', 'punct', 4, ',', ''),
    ('she', 'PRON', 'PRP', 'nsubj', 4, 'she', ''),
    ('admitted', 'VERB', 'VBD', 'ROOT', 4, 'admit', ''),
    ('stealing', 'VERB', 'VBG', 'xcomp', 4, 'steal', ''),
    ('the', 'DET', 'DT', 'det', 7, 'the', ''),
    ('jewellery', 'NOUN', 'NN', 'dobj', 5, 'jewellery', ''),
    ('.', 'PUNCT', '.', 'punct', 4, '.', ''),
])

SAID_SENTENCE = ('The sheriff said the sentence would be deferred.', [
    ('The', 'DET', 'DT', 'det', 1, 'the', ''),
    ('sheriff', 'NOUN', 'NN', 'nsubj', 2, 'sheriff', ''),
    ('said', 'VERB', 'VBD', 'ROOT', 2, 'say', ''),
    ('the', 'DET', 'DT', 'det', 4, 'the', ''),
    ('sentence', 'NOUN', 'NN', 'nsubjpass', 7, 'sentence', ''),
    ('would', 'AUX', 'MD', 'aux', 7, 'would', ''),
    ('be', 'AUX', 'VB', 'auxpass', 7, 'be', ''),
    ('deferred', 'VERB', 'VBN', 'ccomp', 2, 'defer', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])


def test_an_order_of_the_court_is_no_statement():
    assert parsed_quotes(*ORDERED_TO) == []
    assert parsed_quotes(*ORDERED_THAT) == []


def test_admitting_a_charge_is_a_plea_not_a_statement():
    assert parsed_quotes(*ADMITTED_CHARGE) == []


def test_an_admission_with_a_clause_or_in_evidence_is_a_statement():
    [q] = parsed_quotes(*ADMITTED_THAT)
    assert (q.kind, q.speaker.mention, q.cue, q.text) == ("indirect", "She", "admitted", "that she had misled the inspectors")
    [q] = parsed_quotes(*ADMITTED_IN_EVIDENCE)
    assert (q.kind, q.speaker.mention, q.cue, q.text) == ("indirect", "she", "admitted", "stealing the jewellery")


def test_what_the_court_says_is_a_statement():
    [q] = parsed_quotes(*SAID_SENTENCE)
    assert (q.kind, q.speaker.mention, q.cue, q.text) == ("indirect", "The sheriff", "said", "the sentence would be deferred")


# -- "told the jury CLAUSE": the addressee is no part of what was said -----------------------------

def _told(nlp, text: str) -> list[tuple[str, str]]:
    from onrecord import extract

    return [(q.cue, q.text) for q in extract(text, nlp=nlp).quotes]


def test_an_addressee_the_parse_glues_onto_the_subject_is_left_out(nlp):
    # the parse makes "jury" a compound of "Okafor" and "tribunal" one of "Brown"
    assert _told(nlp, "Prosecutor Anna Price told the jury Okafor had planned the raid for weeks.") == [
        ("told", "Okafor had planned the raid for weeks")]
    assert _told(nlp, "The officer told the tribunal Brown had threatened him.") == [
        ("told", "Brown had threatened him")]


def test_a_clause_told_to_a_court_that_the_parse_reads_as_relative_is_reported(nlp):
    # "the hearing the company had known": the parse takes the clause for a relative clause of the addressee
    assert _told(nlp, "He told the hearing the company had known since 2019.") == [
        ("told", "the company had known since 2019")]
    assert _told(nlp, "She told the inquest the boy had been seen twice.") == [
        ("told", "the boy had been seen twice")]


def test_what_is_told_to_an_addressee_is_no_clause_of_its_own(nlp):
    # "tell the regulator anything it did not know": the regulator is the dative, "anything ..." the
    # thing told, with a true relative clause on it; nothing is reported
    assert _told(nlp, "They would not tell the regulator anything it did not already know.") == []
