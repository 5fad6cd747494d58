"""Words between the fragments of an interrupted quote are not quoted: a report there is found.

"“You cannot talk about change,” DuVernay said, emphasizing that the past is crucial. “We need
to change our thinking.”" is one direct record of two fragments, and "that the past is crucial"
is reported speech of DuVernay's (PolNeAR and news-dev both annotate a participle of saying
after the attribution as a report of its own). The whole span of the direct record covers it;
only its fragments are taken. The parse is the model's, kept as data (no model loaded); the
expected values are read off the sentence.
"""

from __future__ import annotations

from annotated import parsed_quotes

PARSES = {
    'between': ('“You cannot talk about change,” DuVernay said, emphasizing that the past is crucial. “We need to change our thinking.”', [
        ('“', 'PUNCT', '``', 'punct', 10, '"', ''),
        ('You', 'PRON', 'PRP', 'nsubj', 4, 'you', ''),
        ('can', 'AUX', 'MD', 'aux', 4, 'can', ''),
        ('not', 'PART', 'RB', 'neg', 4, 'not', ''),
        ('talk', 'VERB', 'VB', 'ccomp', 10, 'talk', ''),
        ('about', 'ADP', 'IN', 'prep', 4, 'about', ''),
        ('change', 'NOUN', 'NN', 'pobj', 5, 'change', ''),
        (',', 'PUNCT', ',', 'punct', 10, ',', ''),
        ('”', 'PUNCT', "''", 'punct', 10, '"', ''),
        ('DuVernay', 'PROPN', 'NNP', 'nsubj', 10, 'DuVernay', 'B-ORG'),
        ('said', 'VERB', 'VBD', 'ROOT', 10, 'say', ''),
        (',', 'PUNCT', ',', 'punct', 10, ',', ''),
        ('emphasizing', 'VERB', 'VBG', 'advcl', 10, 'emphasize', ''),
        ('that', 'SCONJ', 'IN', 'mark', 16, 'that', ''),
        ('the', 'DET', 'DT', 'det', 15, 'the', ''),
        ('past', 'NOUN', 'NN', 'nsubj', 16, 'past', ''),
        ('is', 'AUX', 'VBZ', 'ccomp', 12, 'be', ''),
        ('crucial', 'ADJ', 'JJ', 'acomp', 16, 'crucial', ''),
        ('.', 'PUNCT', '.', 'punct', 10, '.', ''),
        ('“', 'PUNCT', '``', 'punct', 21, '"', ''),
        ('We', 'PRON', 'PRP', 'nsubj', 21, 'we', ''),
        ('need', 'VERB', 'VBP', 'ROOT', 21, 'need', ''),
        ('to', 'PART', 'TO', 'aux', 23, 'to', ''),
        ('change', 'VERB', 'VB', 'xcomp', 21, 'change', ''),
        ('our', 'PRON', 'PRP$', 'poss', 25, 'our', ''),
        ('thinking', 'NOUN', 'NN', 'dobj', 23, 'thinking', ''),
        ('.', 'PUNCT', '.', 'punct', 21, '.', ''),
        ('”', 'PUNCT', "''", 'punct', 21, '"', ''),
    ]),
}


def test_a_report_between_the_fragments_of_a_direct_quote_is_its_own_record():
    direct, reported = parsed_quotes(*PARSES["between"])
    assert direct.kind == "direct"
    assert direct.text == "You cannot talk about change, We need to change our thinking."
    assert reported.kind == "indirect"
    assert reported.text == "that the past is crucial"
    assert reported.cue == "emphasizing"
    assert reported.speaker.mention == "DuVernay"
