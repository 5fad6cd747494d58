"""A speaker phrase never runs across a dash-set parenthetical, nor is a participle its speaker.

"Reporting from Omdurman – Khartoum’s twin city – Al Jazeera’s Hiba Morgan said: ..." is parsed
with "Reporting" as the subject of "said" and the place, its apposition and the name as one
phrase. The reader's speaker is Hiba Morgan. The parse is the model's, kept as input data (no
model loaded); the expected values are read off the sentence.
"""

from __future__ import annotations

from annotated import annotated, parsed_quotes
from onrecord.quotes.speakers import mention_span

PARSES = {
    'reporting': ('Reporting from Omdurman – Khartoum’s twin city – Al Jazeera’s Hiba Morgan said: "The shelling has not stopped since dawn."', [
        ('Reporting', 'VERB', 'VBG', 'nsubj', 14, 'report', ''),
        ('from', 'ADP', 'IN', 'prep', 0, 'from', ''),
        ('Omdurman', 'PROPN', 'NNP', 'nmod', 13, 'Omdurman', 'B-NORP'),
        ('–', 'PUNCT', ':', 'punct', 4, '–', ''),
        ('Khartoum', 'PROPN', 'NNP', 'poss', 7, 'Khartoum', 'B-PERSON'),
        ('’s', 'PART', 'POS', 'case', 4, '’s', ''),
        ('twin', 'ADJ', 'JJ', 'amod', 7, 'twin', ''),
        ('city', 'NOUN', 'NN', 'appos', 2, 'city', ''),
        ('–', 'PUNCT', ':', 'punct', 7, '–', ''),
        ('Al', 'PROPN', 'NNP', 'compound', 10, 'Al', 'B-ORG'),
        ('Jazeera', 'PROPN', 'NNP', 'poss', 13, 'Jazeera', 'I-ORG'),
        ('’s', 'PART', 'POS', 'case', 10, '’s', 'I-ORG'),
        ('Hiba', 'PROPN', 'NNP', 'compound', 13, 'Hiba', 'B-PERSON'),
        ('Morgan', 'PROPN', 'NNP', 'pobj', 1, 'Morgan', 'I-PERSON'),
        ('said', 'VERB', 'VBD', 'ROOT', 14, 'say', ''),
        (':', 'PUNCT', ':', 'punct', 14, ':', ''),
        ('"', 'PUNCT', '``', 'punct', 14, '"', ''),
        ('The', 'DET', 'DT', 'det', 18, 'the', ''),
        ('shelling', 'NOUN', 'NN', 'nsubj', 21, 'shelling', ''),
        ('has', 'AUX', 'VBZ', 'aux', 21, 'have', ''),
        ('not', 'PART', 'RB', 'neg', 21, 'not', ''),
        ('stopped', 'VERB', 'VBN', 'ccomp', 14, 'stop', ''),
        ('since', 'SCONJ', 'IN', 'prep', 21, 'since', ''),
        ('dawn', 'NOUN', 'NN', 'pobj', 22, 'dawn', ''),
        ('.', 'PUNCT', '.', 'punct', 14, '.', ''),
        ('"', 'PUNCT', "''", 'punct', 14, '"', ''),
    ]),
}


def test_the_name_before_the_cue_speaks_when_a_participle_was_parsed_as_the_subject():
    text, rows = PARSES["reporting"]
    (q,) = parsed_quotes(text, rows)
    assert q.text == "The shelling has not stopped since dawn."
    assert q.speaker.mention == "Al Jazeera’s Hiba Morgan"
    assert text[q.speaker.start:q.speaker.end] == q.speaker.mention


def test_a_mention_starts_after_a_spaced_dash():
    text, rows = PARSES["reporting"]
    doc = annotated(text, rows)
    morgan = next(t for t in doc if t.text == "Morgan")
    assert mention_span(morgan).text == "Al Jazeera’s Hiba Morgan"
