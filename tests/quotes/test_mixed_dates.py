"""A date after a quoted noun is when it was said, not part of the reported clause.

"Christie blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show": the parser hangs
"Wednesday" on the quoted noun; a noun has no time of its own, so the mixed record ends with the
quote. "She said the company would “restructure” next year": the date is the quoted verb's, and
the clause keeps it. A date right after the cue is the cue's too, and the clause's subject
follows it, however the parser read the two: "The bank said on Thursday prices would “fall
sharply”" (prices hung on "on" as a second object) starts at "prices", "She said Friday
inflation was under control" (Friday a modifier of inflation) at "inflation"
(``quotes.cues.clause_start``). The parses are the model's, kept as data (no model loaded); the
expected values are read off the sentences.
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
    'on_thursday': ('The bank said on Thursday prices would "fall sharply".', [
        ('The', 'DET', 'DT', 'det', 1, 'the', ''),
        ('bank', 'NOUN', 'NN', 'nsubj', 2, 'bank', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 2, 'say', ''),
        ('on', 'ADP', 'IN', 'prep', 2, 'on', ''),
        ('Thursday', 'PROPN', 'NNP', 'pobj', 3, 'Thursday', 'B-DATE'),
        ('prices', 'NOUN', 'NNS', 'pobj', 3, 'price', ''),
        ('would', 'AUX', 'MD', 'aux', 8, 'would', ''),
        ('"', 'PUNCT', '``', 'punct', 8, '"', ''),
        ('fall', 'VERB', 'VB', 'ccomp', 2, 'fall', ''),
        ('sharply', 'ADV', 'RB', 'advmod', 8, 'sharply', ''),
        ('"', 'PUNCT', "''", 'punct', 8, '"', ''),
        ('.', 'PUNCT', '.', 'punct', 2, '.', ''),
    ]),
    'friday': ('She said Friday inflation was under control.', [
        ('She', 'PRON', 'PRP', 'nsubj', 1, 'she', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
        ('Friday', 'PROPN', 'NNP', 'compound', 3, 'Friday', 'B-DATE'),
        ('inflation', 'NOUN', 'NN', 'nsubj', 4, 'inflation', ''),
        ('was', 'AUX', 'VBD', 'ccomp', 1, 'be', ''),
        ('under', 'ADP', 'IN', 'prep', 4, 'under', ''),
        ('control', 'NOUN', 'NN', 'pobj', 5, 'control', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
}


def test_a_date_hung_on_a_quoted_noun_is_left_out():
    (q,) = parsed_quotes(*PARSES["blasted"])
    assert (q.kind, q.text, q.cue, q.speaker.mention) == ("mixed", "Clinton as a “disgrace”", "blasted", "Christie")


def test_a_date_of_a_quoted_verb_stays_in_the_clause():
    (q,) = parsed_quotes(*PARSES["restructure"])
    assert (q.kind, q.text) == ("mixed", "the company would “restructure” next year")


def test_the_subject_after_a_date_opens_the_clause():
    (q,) = parsed_quotes(*PARSES["on_thursday"])
    assert (q.kind, q.text, q.cue, q.speaker.mention) == ("mixed", 'prices would "fall sharply"', "said", "The bank")
    (q,) = parsed_quotes(*PARSES["friday"])
    assert (q.kind, q.text, q.cue, q.speaker.mention) == ("indirect", "inflation was under control", "said", "She")


def test_a_date_phrase_hung_on_the_clause_before_its_subject_is_the_cue_s(nlp):
    # the model hangs "on Monday" on "was", before the clause's subject "she": when it was said
    from onrecord import extract

    found = [q.text for q in extract("Okafor said on Monday she was ready to back another rate rise.", nlp=nlp).quotes]
    assert found == ["she was ready to back another rate rise"]
