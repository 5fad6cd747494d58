"""Reported speech ends where the reported clause ends (issue 15).

"The minister said the plan, which was approved in March, would cut wait times and hire 200
nurses by 2026, a goal critics call unrealistic.": the minister's words run to "by 2026",
the relative clause inside them kept; "a goal critics call unrealistic" is the critics' view
of the goal, set after a comma. The parser makes the clause the object of "call" ("CLAUSE,
critics call ...", the shape of "CLAUSE, X said"); a verb of naming takes no clause, so the
critics report nothing, and the minister reports the clause. The parse is the model's, kept
as data; the expected values are read off the sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

MINISTER = ('The minister said the plan, which was approved in March, would cut wait times and hire 200 nurses by 2026, a goal critics call unrealistic.', [
    ('The', 'DET', 'DT', 'det', 1, 'the', ''),
    ('minister', 'NOUN', 'NN', 'nsubj', 2, 'minister', ''),
    ('said', 'VERB', 'VBD', 'ROOT', 2, 'say', ''),
    ('the', 'DET', 'DT', 'det', 4, 'the', ''),
    ('plan', 'NOUN', 'NN', 'nsubj', 13, 'plan', ''),
    (',', 'PUNCT', ',', 'punct', 4, ',', ''),
    ('which', 'PRON', 'WDT', 'nsubjpass', 8, 'which', ''),
    ('was', 'AUX', 'VBD', 'auxpass', 8, 'be', ''),
    ('approved', 'VERB', 'VBN', 'relcl', 4, 'approve', ''),
    ('in', 'ADP', 'IN', 'prep', 8, 'in', ''),
    ('March', 'PROPN', 'NNP', 'pobj', 9, 'March', 'B-DATE'),
    (',', 'PUNCT', ',', 'punct', 4, ',', ''),
    ('would', 'AUX', 'MD', 'aux', 13, 'would', ''),
    ('cut', 'VERB', 'VB', 'ccomp', 26, 'cut', ''),
    ('wait', 'VERB', 'VB', 'compound', 15, 'wait', ''),
    ('times', 'NOUN', 'NNS', 'dobj', 13, 'time', ''),
    ('and', 'CCONJ', 'CC', 'cc', 13, 'and', ''),
    ('hire', 'VERB', 'VB', 'conj', 13, 'hire', ''),
    ('200', 'NUM', 'CD', 'nummod', 19, '200', 'B-CARDINAL'),
    ('nurses', 'NOUN', 'NNS', 'dobj', 17, 'nurse', ''),
    ('by', 'ADP', 'IN', 'prep', 17, 'by', ''),
    ('2026', 'NUM', 'CD', 'pobj', 20, '2026', 'B-DATE'),
    (',', 'PUNCT', ',', 'punct', 26, ',', ''),
    ('a', 'DET', 'DT', 'det', 25, 'a', ''),
    ('goal', 'NOUN', 'NN', 'compound', 25, 'goal', ''),
    ('critics', 'NOUN', 'NNS', 'nsubj', 26, 'critic', ''),
    ('call', 'VERB', 'VBP', 'ccomp', 2, 'call', ''),
    ('unrealistic', 'ADJ', 'JJ', 'oprd', 26, 'unrealistic', ''),
    ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
])


def test_the_content_ends_with_the_reported_clause():
    [q] = parsed_quotes(*MINISTER)
    assert (q.kind, q.cue, q.speaker.mention) == ("indirect", "said", "The minister")
    assert q.text == "the plan, which was approved in March, would cut wait times and hire 200 nurses by 2026"


# -- the per cent sign is the figure's, not punctuation to trim ---------------------------------

def test_a_figure_in_per_cent_keeps_its_sign(nlp):
    # spaCy calls "%" punctuation; business copy ends a clause on it everywhere ("rose 6.4%.")
    from onrecord import extract

    text = ('Harrow Mills said its revenue rose 7.5%.\n\n'
            'The central bank said inflation would "stay stubborn" at 4%.')
    assert [q.text for q in extract(text, nlp=nlp).quotes] == [
        "its revenue rose 7.5%", 'inflation would "stay stubborn" at 4%']
