"""Figures and data as sources, and a closing cue the tagger reads as a noun.

"The number ... has reached a record 7.8 million, figures from NHS England show.": news writes a
statistic's source after the clause ("figures show", "data suggest"); the tagger reads the final
"show" as a noun, so the parse has no cue. A verb of showing or saying that ends the sentence
after a comma and a source noun phrase reports the clause before the comma; "figures" and
"numbers" are documents by their written form (``language.nouns.DOCUMENT_PLURALS``: "a senior
figure" is a person), "data", "research", "statistics" by lemma. The parse is the model's, kept as
data; the expected values are read off the sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

FIGURES = ('The number of people waiting for hospital treatment in England has reached a record 7.8 million, figures from NHS England show.', [
    ('The', 'DET', 'DT', 'det', 1, 'the', ''),
    ('number', 'NOUN', 'NN', 'nsubj', 11, 'number', ''),
    ('of', 'ADP', 'IN', 'prep', 1, 'of', ''),
    ('people', 'NOUN', 'NNS', 'pobj', 2, 'people', ''),
    ('waiting', 'VERB', 'VBG', 'acl', 3, 'wait', ''),
    ('for', 'ADP', 'IN', 'prep', 4, 'for', ''),
    ('hospital', 'NOUN', 'NN', 'compound', 7, 'hospital', ''),
    ('treatment', 'NOUN', 'NN', 'pobj', 5, 'treatment', ''),
    ('in', 'ADP', 'IN', 'prep', 7, 'in', ''),
    ('England', 'PROPN', 'NNP', 'pobj', 8, 'England', 'B-GPE'),
    ('has', 'AUX', 'VBZ', 'aux', 11, 'have', ''),
    ('reached', 'VERB', 'VBN', 'ROOT', 11, 'reach', ''),
    ('a', 'DET', 'DT', 'det', 15, 'a', ''),
    ('record', 'NOUN', 'NN', 'compound', 15, 'record', ''),
    ('7.8', 'NUM', 'CD', 'compound', 15, '7.8', 'B-CARDINAL'),
    ('million', 'NUM', 'CD', 'dobj', 11, 'million', 'I-CARDINAL'),
    (',', 'PUNCT', ',', 'punct', 11, ',', ''),
    ('figures', 'NOUN', 'NNS', 'appos', 15, 'figure', ''),
    ('from', 'ADP', 'IN', 'prep', 17, 'from', ''),
    ('NHS', 'PROPN', 'NNP', 'compound', 20, 'NHS', 'B-LOC'),
    ('England', 'PROPN', 'NNP', 'compound', 21, 'England', 'I-LOC'),
    ('show', 'NOUN', 'NN', 'pobj', 18, 'show', ''),
    ('.', 'PUNCT', '.', 'punct', 11, '.', ''),
])


def test_figures_show_the_clause_before_them():
    [q] = parsed_quotes(*FIGURES)
    assert (q.kind, q.cue, q.speaker.mention) == ("indirect", "show", "figures from NHS England")
    assert q.text == "The number of people waiting for hospital treatment in England has reached a record 7.8 million"
