"""A date after a quoted noun is when it was said, not part of the reported clause.

"Christie blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show": the parser hangs
"Wednesday" on the quoted noun; a noun has no time of its own, so the mixed record ends with the
quote. "She said the company would “restructure” next year": the date is the quoted verb's, and
the clause keeps it. The parses are the model's, kept as data (no model loaded); the expected
values are read off the sentences.
"""

from __future__ import annotations

from annotated import parsed_quotes

PARSES = {
    'blasted': ('Christie blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show.', [
        ('Christie', 'PROPN', 'NNP', 'nsubj', 1, 'Christie', 'B-ORG'),
        ('blasted', 'VERB', 'VBD', 'ROOT', 1, 'blast', ''),
        ('Clinton', 'PROPN', 'NNP', 'dobj', 1, 'Clinton', 'B-PERSON'),
        ('as', 'ADP', 'IN', 'prep', 1, 'as', ''),
        ('a', 'DET', 'DT', 'det', 6, 'a', ''),
        ('“', 'PUNCT', '``', 'punct', 6, '"', ''),
        ('disgrace', 'NOUN', 'NN', 'pobj', 3, 'disgrace', ''),
        ('”', 'PUNCT', "''", 'punct', 6, '"', ''),
        ('Wednesday', 'PROPN', 'NNP', 'appos', 6, 'Wednesday', 'B-DATE'),
        ('on', 'ADP', 'IN', 'prep', 6, 'on', ''),
        ('The', 'DET', 'DT', 'det', 13, 'the', ''),
        ('Laura', 'PROPN', 'NNP', 'compound', 13, 'Laura', ''),
        ('Ingraham', 'PROPN', 'NNP', 'compound', 13, 'Ingraham', ''),
        ('Show', 'PROPN', 'NNP', 'pobj', 9, 'Show', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'restructure': ('She said the company would “restructure” next year.', [
        ('She', 'PRON', 'PRP', 'nsubj', 1, 'she', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
        ('the', 'DET', 'DT', 'det', 3, 'the', ''),
        ('company', 'NOUN', 'NN', 'nsubj', 6, 'company', ''),
        ('would', 'AUX', 'MD', 'aux', 6, 'would', ''),
        ('“', 'PUNCT', '``', 'punct', 6, '"', ''),
        ('restructure', 'VERB', 'VB', 'ccomp', 1, 'restructure', ''),
        ('”', 'PUNCT', "''", 'punct', 6, '"', ''),
        ('next', 'ADJ', 'JJ', 'amod', 9, 'next', 'B-DATE'),
        ('year', 'NOUN', 'NN', 'npadvmod', 6, 'year', 'I-DATE'),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
}


def test_a_date_hung_on_a_quoted_noun_is_left_out():
    (q,) = parsed_quotes(*PARSES["blasted"])
    assert (q.kind, q.text, q.cue, q.speaker.mention) == ("mixed", "Clinton as a “disgrace”", "blasted", "Christie")


def test_a_date_of_a_quoted_verb_stays_in_the_clause():
    (q,) = parsed_quotes(*PARSES["restructure"])
    assert (q.kind, q.text) == ("mixed", "the company would “restructure” next year")
