"""A reported clause that opens a wire story starts after its dateline.

"NEW DELHI, March 3 (Reuters) - India and China agreed on Friday to intensify talks ..., India's
foreign ministry said, ...": the ministry's words begin at "India"; the place, date and agency
are the wire's (the clean stage's ``dateline`` span). The parser takes the dateline into the
clause (DELHI is its subject); without the clean stage's span nothing tells them apart. The
parse is the model's, as it parsed the sentence opening an article, kept as data; the expected
values are read off the sentence.
"""

from __future__ import annotations

import pytest

from annotated import annotated, parsed_quotes
from onrecord.quotes import ArticleIndex, extract_quotes
from onrecord.types import Boilerplate

WIRE = ("NEW DELHI, March 3 (Reuters) - India and China agreed on Friday to intensify talks on their disputed Himalayan border, India's foreign ministry said, after a meeting between the two countries' foreign ministers.", [
    ('NEW', 'PROPN', 'NNP', 'amod', 1, 'NEW', 'B-GPE'),
    ('DELHI', 'PROPN', 'NNP', 'nsubj', 12, 'DELHI', 'I-GPE'),
    (',', 'PUNCT', ',', 'punct', 1, ',', ''),
    ('March', 'PROPN', 'NNP', 'npadvmod', 1, 'March', 'B-DATE'),
    ('3', 'NUM', 'CD', 'nummod', 3, '3', 'I-DATE'),
    ('(', 'PUNCT', '-LRB-', 'punct', 6, '(', ''),
    ('Reuters', 'PROPN', 'NNP', 'parataxis', 3, 'Reuters', 'B-ORG'),
    (')', 'PUNCT', '-RRB-', 'punct', 6, ')', ''),
    ('-', 'PUNCT', ':', 'punct', 1, '-', ''),
    ('India', 'PROPN', 'NNP', 'nsubj', 12, 'India', 'B-GPE'),
    ('and', 'CCONJ', 'CC', 'cc', 9, 'and', ''),
    ('China', 'PROPN', 'NNP', 'conj', 9, 'China', 'B-GPE'),
    ('agreed', 'VERB', 'VBD', 'ROOT', 12, 'agree', ''),
    ('on', 'ADP', 'IN', 'prep', 12, 'on', ''),
    ('Friday', 'PROPN', 'NNP', 'pobj', 13, 'Friday', 'B-DATE'),
    ('to', 'PART', 'TO', 'aux', 16, 'to', ''),
    ('intensify', 'VERB', 'VB', 'xcomp', 12, 'intensify', ''),
    ('talks', 'NOUN', 'NNS', 'dobj', 16, 'talk', ''),
    ('on', 'ADP', 'IN', 'prep', 17, 'on', ''),
    ('their', 'PRON', 'PRP$', 'poss', 22, 'their', ''),
    ('disputed', 'VERB', 'VBN', 'amod', 22, 'dispute', ''),
    ('Himalayan', 'ADJ', 'JJ', 'amod', 22, 'himalayan', 'B-NORP'),
    ('border', 'NOUN', 'NN', 'pobj', 18, 'border', ''),
    (',', 'PUNCT', ',', 'punct', 28, ',', ''),
    ('India', 'PROPN', 'NNP', 'poss', 27, 'India', 'B-GPE'),
    ("'s", 'PART', 'POS', 'case', 24, "'s", ''),
    ('foreign', 'PROPN', 'NNP', 'amod', 27, 'foreign', ''),
    ('ministry', 'PROPN', 'NNP', 'nsubj', 28, 'ministry', ''),
    ('said', 'VERB', 'VBD', 'parataxis', 12, 'say', ''),
    (',', 'PUNCT', ',', 'punct', 28, ',', ''),
    ('after', 'ADP', 'IN', 'prep', 28, 'after', ''),
    ('a', 'DET', 'DT', 'det', 32, 'a', ''),
    ('meeting', 'NOUN', 'NN', 'pobj', 30, 'meeting', ''),
    ('between', 'ADP', 'IN', 'prep', 32, 'between', ''),
    ('the', 'DET', 'DT', 'det', 36, 'the', ''),
    ('two', 'NUM', 'CD', 'nummod', 36, 'two', 'B-CARDINAL'),
    ('countries', 'NOUN', 'NNS', 'poss', 39, 'country', ''),
    ("'", 'PART', 'POS', 'case', 36, "'", ''),
    ('foreign', 'ADJ', 'JJ', 'amod', 39, 'foreign', ''),
    ('ministers', 'NOUN', 'NNS', 'pobj', 33, 'minister', ''),
    ('.', 'PUNCT', '.', 'punct', 12, '.', ''),
])

DATELINE = Boilerplate(0, len("NEW DELHI, March 3 (Reuters) -"), "dateline")


def test_the_words_start_after_the_dateline():
    reported = [q for q in extract_quotes(ArticleIndex(annotated(*WIRE), [DATELINE])) if q.cue == "said"]
    assert [(q.kind, q.speaker.mention) for q in reported] == [("indirect", "India's foreign ministry")]
    [q] = reported
    assert q.text == "India and China agreed on Friday to intensify talks on their disputed Himalayan border"
    assert q.start == WIRE[0].index("India and China") == q.fragments[0][0]


SECOND_SUBJECT = ('NAIROBI, Kenya — President William Ruto has promised that fuel shortages will end within seven days.', [
    ('NAIROBI', 'PROPN', 'NNP', 'nsubj', 8, 'NAIROBI', 'B-GPE'),
    (',', 'PUNCT', ',', 'punct', 0, ',', ''),
    ('Kenya', 'PROPN', 'NNP', 'appos', 0, 'Kenya', 'B-GPE'),
    ('—', 'PUNCT', ':', 'punct', 0, '—', ''),
    ('President', 'PROPN', 'NNP', 'compound', 6, 'President', ''),
    ('William', 'PROPN', 'NNP', 'compound', 6, 'William', 'B-PERSON'),
    ('Ruto', 'PROPN', 'NNP', 'nsubj', 8, 'Ruto', 'I-PERSON'),
    ('has', 'AUX', 'VBZ', 'aux', 8, 'have', ''),
    ('promised', 'VERB', 'VBN', 'ROOT', 8, 'promise', ''),
    ('that', 'DET', 'DT', 'det', 11, 'that', ''),
    ('fuel', 'NOUN', 'NN', 'compound', 11, 'fuel', ''),
    ('shortages', 'NOUN', 'NNS', 'nsubj', 13, 'shortage', ''),
    ('will', 'AUX', 'MD', 'aux', 13, 'will', ''),
    ('end', 'VERB', 'VB', 'ccomp', 8, 'end', ''),
    ('within', 'ADP', 'IN', 'prep', 13, 'within', ''),
    ('seven', 'NUM', 'CD', 'nummod', 16, 'seven', 'B-DATE'),
    ('days', 'NOUN', 'NNS', 'pobj', 14, 'day', 'I-DATE'),
    ('.', 'PUNCT', '.', 'punct', 8, '.', ''),
])


def test_the_source_after_a_dateline_the_parser_made_a_subject():
    # the parser gives "promised" two subjects, the dateline's city first: the person speaks
    [q] = parsed_quotes(*SECOND_SUBJECT)
    assert (q.cue, q.speaker.mention) == ("has promised", "President William Ruto")
    assert q.text == "that fuel shortages will end within seven days"


def test_a_participle_of_saying_after_a_dateline_has_the_second_subject(nlp):
    # the parser makes the city a first subject of "cut"; "saying" hangs on "cut": the company speaks
    from onrecord import extract

    text = ("STOCKHOLM, June 4 (Reuters) - Nordvik Steel cut its full-year output forecast on Wednesday, "
            "saying a shortage of power would hit production.")
    found = [(q.speaker.mention, q.cue, q.text) for q in extract(text, nlp=nlp).quotes]
    assert found == [("Nordvik Steel", "saying", "a shortage of power would hit production")]
    text = ("MILAN, Oct 9 (Reuters) - Ferrante Foods lowered its annual profit target on Thursday, "
            "saying higher wheat prices would squeeze margins.")
    found = [(q.speaker.mention, q.cue, q.text) for q in extract(text, nlp=nlp).quotes]
    assert found == [("Ferrante Foods", "saying", "higher wheat prices would squeeze margins")]


@pytest.mark.parametrize("dateline", ["OTTAWA (Reuters) -", "OTTAWA, June 4 (Reuters) -", "OTTAWA —", "OTTAWA (AP) —"])
def test_a_dateline_is_no_part_of_the_titled_speaker_after_it(nlp, dateline):
    # the speaker is the office holder the lede names after the dateline, by name
    from onrecord import extract

    text = f'{dateline} Canadian Finance Minister Chrystia Freeland said on Monday a trade deal was "very close".'
    found = [(q.kind, q.cue, q.speaker.name, q.text) for q in extract(text, nlp=nlp).quotes]
    assert found == [("mixed", "said", "Chrystia Freeland", 'a trade deal was "very close"')]
