"""Reported speech that its attribution interrupts: "The museum, Mr. Bush said, celebrated his heroes."

News copy sets a source off with commas inside an unquoted report (AP, Reuters and most style guides
allow "X, she said, Y" as freely as "X, she said."). The report is the whole clause; the record's
fragments are its two parts and its ``text`` is them joined by one space, so the attribution is not
presented as words the source said. The parses are the model's, kept as input data (no model is
loaded); the expected records are worked out from each sentence by hand.
"""

from __future__ import annotations

import pytest

from annotated import parsed_quotes
from onrecord.schema import span_errors
from onrecord.types import Article

PARSES = {
    'museum': ('The museum, Mr. Bush said, celebrated his heroes.', [
        ('The', 'DET', 'DT', 'det', 1, 'the', ''),
        ('museum', 'NOUN', 'NN', 'nsubj', 7, 'museum', ''),
        (',', 'PUNCT', ',', 'punct', 5, ',', ''),
        ('Mr.', 'PROPN', 'NNP', 'compound', 4, 'Mr.', ''),
        ('Bush', 'PROPN', 'NNP', 'nsubj', 5, 'Bush', 'B-PERSON'),
        ('said', 'VERB', 'VBD', 'parataxis', 7, 'say', ''),
        (',', 'PUNCT', ',', 'punct', 5, ',', ''),
        ('celebrated', 'VERB', 'VBD', 'ROOT', 7, 'celebrate', ''),
        ('his', 'PRON', 'PRP$', 'poss', 9, 'his', ''),
        ('heroes', 'NOUN', 'NNS', 'dobj', 7, 'hero', ''),
        ('.', 'PUNCT', '.', 'punct', 7, '.', ''),
    ]),
    'lenox': ('Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.', [
        ('Lenox', 'PROPN', 'NNP', 'nsubj', 1, 'Lenox', 'B-ORG'),
        ('was', 'AUX', 'VBD', 'ROOT', 1, 'be', ''),
        ('a', 'DET', 'DT', 'det', 3, 'a', ''),
        ('juggernaut', 'NOUN', 'NN', 'attr', 1, 'juggernaut', ''),
        (',', 'PUNCT', ',', 'punct', 7, ',', ''),
        ('Mr.', 'PROPN', 'NNP', 'compound', 6, 'Mr.', ''),
        ('Clarke', 'PROPN', 'NNP', 'nsubj', 7, 'Clarke', 'B-PERSON'),
        ('said', 'VERB', 'VBD', 'parataxis', 1, 'say', ''),
        (',', 'PUNCT', ',', 'punct', 7, ',', ''),
        ('until', 'SCONJ', 'IN', 'mark', 11, 'until', ''),
        ('it', 'PRON', 'PRP', 'nsubj', 11, 'it', ''),
        ('went', 'VERB', 'VBD', 'advcl', 1, 'go', ''),
        ('bankrupt', 'ADJ', 'JJ', 'acomp', 11, 'bankrupt', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'closing': ('Prices will keep rising, the economist said.', [
        ('Prices', 'NOUN', 'NNS', 'nsubj', 2, 'price', ''),
        ('will', 'AUX', 'MD', 'aux', 2, 'will', ''),
        ('keep', 'VERB', 'VB', 'ccomp', 7, 'keep', ''),
        ('rising', 'VERB', 'VBG', 'xcomp', 2, 'rise', ''),
        (',', 'PUNCT', ',', 'punct', 7, ',', ''),
        ('the', 'DET', 'DT', 'det', 6, 'the', ''),
        ('economist', 'NOUN', 'NN', 'nsubj', 7, 'economist', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 7, 'say', ''),
        ('.', 'PUNCT', '.', 'punct', 7, '.', ''),
    ]),
    'after_phrase': ('Trump said after the convention he would not accept the endorsement.', [
        ('Trump', 'PROPN', 'NNP', 'nsubj', 1, 'Trump', 'B-ORG'),
        ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
        ('after', 'ADP', 'IN', 'prep', 8, 'after', ''),
        ('the', 'DET', 'DT', 'det', 4, 'the', ''),
        ('convention', 'NOUN', 'NN', 'pobj', 2, 'convention', ''),
        ('he', 'PRON', 'PRP', 'nsubj', 8, 'he', ''),
        ('would', 'AUX', 'MD', 'aux', 8, 'would', ''),
        ('not', 'PART', 'RB', 'neg', 8, 'not', ''),
        ('accept', 'VERB', 'VB', 'advcl', 1, 'accept', ''),
        ('the', 'DET', 'DT', 'det', 10, 'the', ''),
        ('endorsement', 'NOUN', 'NN', 'dobj', 8, 'endorsement', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'before_he_left': ('He said it before he left.', [
        ('He', 'PRON', 'PRP', 'nsubj', 1, 'he', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
        ('it', 'PRON', 'PRP', 'dobj', 1, 'it', ''),
        ('before', 'SCONJ', 'IN', 'mark', 5, 'before', ''),
        ('he', 'PRON', 'PRP', 'nsubj', 5, 'he', ''),
        ('left', 'VERB', 'VBD', 'advcl', 1, 'leave', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'nested': ('Aides said the plan, the senator argued, would fail.', [
        ('Aides', 'NOUN', 'NNS', 'nsubj', 1, 'aide', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
        ('the', 'DET', 'DT', 'det', 3, 'the', ''),
        ('plan', 'NOUN', 'NN', 'nsubj', 10, 'plan', ''),
        (',', 'PUNCT', ',', 'punct', 7, ',', ''),
        ('the', 'DET', 'DT', 'det', 6, 'the', ''),
        ('senator', 'NOUN', 'NN', 'nsubj', 7, 'senator', ''),
        ('argued', 'VERB', 'VBD', 'parataxis', 10, 'argue', ''),
        (',', 'PUNCT', ',', 'punct', 7, ',', ''),
        ('would', 'AUX', 'MD', 'aux', 10, 'would', ''),
        ('fail', 'VERB', 'VB', 'ccomp', 1, 'fail', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
    'nested_plain': ('Aides said the senator argued the plan would fail.', [
        ('Aides', 'NOUN', 'NNS', 'nsubj', 1, 'aide', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 1, 'say', ''),
        ('the', 'DET', 'DT', 'det', 3, 'the', ''),
        ('senator', 'NOUN', 'NN', 'nsubj', 4, 'senator', ''),
        ('argued', 'VERB', 'VBD', 'ccomp', 1, 'argue', ''),
        ('the', 'DET', 'DT', 'det', 6, 'the', ''),
        ('plan', 'NOUN', 'NN', 'nsubj', 8, 'plan', ''),
        ('would', 'AUX', 'MD', 'aux', 8, 'would', ''),
        ('fail', 'VERB', 'VB', 'ccomp', 4, 'fail', ''),
        ('.', 'PUNCT', '.', 'punct', 1, '.', ''),
    ]),
}


def _indirect(name: str):
    text, rows = PARSES[name]
    found = [q for q in parsed_quotes(text, rows) if q.kind == "indirect"]
    assert len(found) == 1, [(q.text, q.cue) for q in found]
    return text, found[0]


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize("name, before, after, source", [
    ("museum", "The museum", "celebrated his heroes", "Mr. Bush"),
    ("lenox", "Lenox was a juggernaut", "until it went bankrupt", "Mr. Clarke"),
])
def test_an_attribution_inside_the_clause_is_cut_out(name, before, after, source):
    text, q = _indirect(name)
    assert q.fragments == (_span(text, before), _span(text, after))
    assert (q.start, q.end) == (_span(text, before)[0], _span(text, after)[1])
    assert q.text == f"{before} {after}"
    assert (q.cue, q.speaker.mention) == ("said", source)


def test_an_attribution_that_closes_the_clause_leaves_one_fragment():
    text, q = _indirect("closing")
    assert q.fragments == (_span(text, "Prices will keep rising"),)
    assert q.text == "Prices will keep rising"
    assert (q.cue, q.speaker.mention) == ("said", "the economist")


def test_the_contract_holds_for_an_interrupted_report():
    text, q = _indirect("museum")
    data = Article(id="a", source="test", text=text, quotes=[q]).to_dict()
    assert span_errors(data) == []
    data["quotes"][0]["text"] = text[q.start:q.end]  # the attribution inside: not what was said
    assert span_errors(data) == [
        f"$.quotes[0]: text is {text[q.start:q.end]!r}; by the contract it is 'The museum celebrated his heroes'"
    ]


def test_a_reported_clause_after_a_phrase_is_the_content_though_parsed_as_adverbial():
    # the parser hangs "he would not accept ..." on "said" as an adverbial clause because of the
    # phrase between; with a subject of its own and no subordinator it is what was said
    text, q = _indirect("after_phrase")
    assert q.text == "after the convention he would not accept the endorsement"
    assert (q.cue, q.speaker.mention) == ("said", "Trump")


def test_an_adverbial_clause_with_its_subordinator_is_not_what_was_said():
    text, rows = PARSES["before_he_left"]  # "it" is what was said, a pronoun: no record
    assert [q for q in parsed_quotes(text, rows) if q.kind == "indirect"] == []


@pytest.mark.parametrize("name, words", [
    ("nested", "the plan, the senator argued, would fail"),
    ("nested_plain", "the senator argued the plan would fail"),
])
def test_a_report_nested_in_another_gives_the_outer_record_alone(name, words):
    # "X said Y argued Z": the report is X's (PolNeAR marks the outer one). The inner report's
    # cue lies inside its own clause when it interrupts it ("the plan, the senator argued, would
    # fail"), so its own range covers it as well as the outer one: it is nested by the count of
    # ranges over its cue less its own, not by whether any range covers it
    text, q = _indirect(name)
    assert (q.start, q.end) == _span(text, words)
    assert q.fragments == (_span(text, words),)
    assert q.text == words
    assert (q.cue, q.speaker.mention) == ("said", "Aides")
