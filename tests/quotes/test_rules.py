"""The attribution patterns of docs/quotes.md and docs/quotes-indirect.md, rule by rule, with no model.

Each test builds the parsed sentence by hand (``parses.PARSES``, see ``tests/annotated.py``),
runs the quote stage over it, and checks what a reader expects: the quoted words, the cue, the
speaker mention as written. The expected values were worked out from the sentence, not copied
from the program.
"""

from __future__ import annotations

import pytest
from parses import PARSES

from annotated import annotated
from onrecord.quotes import ArticleIndex, extract_quotes
from onrecord.quotes.confidence import CONFIDENCE
from onrecord.types import Boilerplate, Quote, quote_text


def quotes(name: str, boilerplate: list[Boilerplate] | None = None, kinds=("direct", "mixed", "indirect")) -> list[Quote]:
    text, rows = PARSES[name]
    found = extract_quotes(ArticleIndex(annotated(text, rows), boilerplate or []), kinds)
    for q in found:  # the record invariants hold for every rule
        assert quote_text(text, q.kind, q.start, q.end, q.fragments) == q.text
        assert all(q.start <= a < b <= q.end for a, b in q.fragments)
        if q.cue is not None:
            assert text[q.cue_start:q.cue_end] == q.cue
        if q.speaker.mention is not None:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.mention
        assert CONFIDENCE.floor <= q.confidence <= CONFIDENCE.ceiling
    return found


def one(name: str, **kw) -> Quote:
    found = [q for q in quotes(name, **kw) if q.kind != "indirect"]
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    return found[0]


# 1. after the quote, in the same sentence --------------------------------------------------

@pytest.mark.parametrize("name, text, cue, mention", [
    ("said_x", "We will appeal,", "said", "Tom Weller"),  # "...," said X
    ("x_said", "The budget is balanced,", "said", "the mayor"),  # "...," X said
    # "...," X, <apposition with a relative clause>, told Z: the cue is found 20 tokens on
    ("apposition", "We did nothing wrong,", "told", "Ana Ruiz"),
    ("short_tail", "Why now?", "asked", "Trump"),  # a quote that ends its sentence takes a short "X asked."
])
def test_cue_after_the_quote(name, text, cue, mention):
    q = one(name)
    assert (q.kind, q.text, q.cue, q.speaker.mention) == ("direct", text, cue, mention)
    assert q.confidence == CONFIDENCE.standalone and q.flags == ()


def test_a_name_after_a_dash():
    q = one("dash")  # "..." — Bernie Sanders
    assert (q.text, q.cue, q.speaker.mention) == ("Democracy dies in darkness.", None, "Bernie Sanders")
    assert q.confidence == pytest.approx(CONFIDENCE.standalone - CONFIDENCE.dash)


# 2. before it ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name, text, cue, mention", [
    ("colon_before", "We will not raise taxes.", "said", "The minister"),  # X said: "..."
    ("told_reporters", "The deal is done.", "told", "Smith"),  # X told reporters, "..."
    ("according_to", "the harbour is among the ten most exposed.", "According to", "the report"),
])
def test_cue_before_the_quote(name, text, cue, mention):
    q = one(name)
    assert (q.kind, q.text, q.cue, q.speaker.mention) == ("direct", text, cue, mention)
    assert q.confidence == pytest.approx(CONFIDENCE.standalone - CONFIDENCE.cue_before)


def test_a_relative_pronoun_names_its_antecedent():
    q = one("relative_who")  # ..., by Ana Ruiz, who said: "..."
    assert (q.text, q.cue, q.speaker.mention, q.speaker.name) == (
        "It is a good day for the town.", "said", "who", "Ana Ruiz")


# 3. colon lead-ins, transcripts, headlines -------------------------------------------------

def test_a_colon_lead_in_a_paragraph_up():
    q = one("colon_paragraph_up")  # Cruz continued: ⏎ "..."
    assert (q.text, q.cue, q.speaker.mention) == ("We are going to win this state.", "continued", "Cruz")


def test_a_transcript_line_names_its_speaker():
    q = one("transcript")  # "WALLACE: Let's start ..."
    assert (q.speaker.mention, q.speaker.type, q.cue) == ("WALLACE", "person", None)
    assert q.text == "WALLACE: Let's start with the economy."


def test_a_headline_name_before_a_colon():
    q = one("headline")  # Trump: ‘...’
    assert (q.text, q.cue, q.speaker.mention) == ("We will build the wall", ":", "Trump")
    assert q.confidence == pytest.approx(CONFIDENCE.standalone - CONFIDENCE.colon_name)


# 4. no attribution of its own ----------------------------------------------------------------

def test_a_quote_interrupted_by_its_attribution_is_one_record():
    q = one("interrupted")  # "A," she said. "B."
    text = PARSES["interrupted"][0]
    assert [text[a:b] for a, b in q.fragments] == ["We cannot wait,", "Every family knows it."]
    assert (q.cue, q.speaker.mention) == ("said", "she")


def test_a_quoted_paragraph_after_an_attributed_one_takes_its_speaker():
    first, second = quotes("next_paragraph")
    assert (first.text, first.cue, first.speaker.mention) == ("We will rebuild the bridge,", "said", "the mayor")
    assert (second.text, second.cue, second.speaker.mention, second.flags) == (
        "It will take two years.", None, "the mayor", ("inherited-speaker",))
    assert second.confidence == pytest.approx(CONFIDENCE.standalone - CONFIDENCE.inherited)


def test_a_quote_after_reported_speech_takes_its_source():
    # ..., Schiff said. "We need answers now."
    direct = [q for q in quotes("previous_sentence") if q.kind == "direct"]
    assert [(q.text, q.cue, q.speaker.mention) for q in direct] == [("We need answers now.", "said", "Schiff")]
    assert direct[0].confidence == pytest.approx(CONFIDENCE.standalone - CONFIDENCE.previous_sentence)


def test_a_quote_with_no_speaker_anywhere_is_flagged_or_dropped():
    q = one("unattributed")  # four words or more: reported, flagged
    assert (q.flags, q.speaker.mention, q.cue) == (("unattributed",), None, None)
    assert quotes("short_unattributed") == []  # "Not again.": a short phrase, not reported


# embedded quotes: mixed speech, or a label ------------------------------------------------

def test_quoted_words_inside_reported_speech_make_a_mixed_record_over_the_clause():
    q = one("mixed")  # The mayor said the council had backed "in broad terms" a plan ...
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "said", "The mayor")
    assert q.text == 'the council had backed "in broad terms" a plan to raise the wall'
    text = PARSES["mixed"][0]
    assert [text[a:b] for a, b in q.fragments] == ["in broad terms"]  # the quoted stretch inside the clause


def test_a_clause_almost_all_in_marks_is_direct():
    q = one("mostly_quoted")  # She said "we will never give up on this town".
    assert (q.kind, q.cue, q.speaker.mention) == ("direct", "said", "She")
    assert q.text.startswith("we will never give up on this town")


@pytest.mark.parametrize("name", ["so_called", "title", "weak_short"])
def test_labels_titles_and_short_phrases_under_a_weak_verb_are_no_quotes(name):
    # the so-called "peace dividend"; starred in "Orange Is the New Black"; Critics fear a "disaster".
    assert quotes(name, kinds=("direct", "mixed")) == []


def test_a_statement_describing_speaks_for_its_issuers():
    mixed = [q for q in quotes("statement_describing") if q.kind == "mixed"]
    # both issued it: the mention is the joint source as written, one group
    assert [(q.cue, q.speaker.mention, q.speaker.type) for q in mixed] == [("describing", "Trump and Ryan", "group")]
    assert "a disaster for workers" in mixed[0].text


# boilerplate -------------------------------------------------------------------------------

def test_a_quote_in_a_teaser_list_is_flagged_and_has_no_speaker():
    text = PARSES["teaser"][0]
    teaser = Boilerplate(0, text.index("\n\nThe council"), "related-links")
    (q,) = quotes("teaser", boilerplate=[teaser])
    assert (q.text, q.flags, q.speaker.mention) == ("We will win,", ("boilerplate",), None)


def test_a_quote_in_a_repeated_paragraph_is_left_to_the_other_copy():
    text = PARSES["said_x"][0]
    assert quotes("said_x", boilerplate=[Boilerplate(0, len(text), "duplicate")]) == []


# reported speech (docs/quotes-indirect.md) -------------------------------------------------

@pytest.mark.parametrize("name, text, cue, mention", [
    ("indirect_that", "that the border would stay closed", "said", "The ministry"),  # X said in a statement that
    ("indirect_left", "The talks will resume in May", "said", "the minister"),  # CLAUSE, X said.
    ("indirect_according", "prisoners were held for months", "According to", "the report"),
    ("reported_by", "that the talks had failed", "was reported", "the BBC"),  # the agent of a passive
])
def test_reported_speech(name, text, cue, mention):
    (q,) = quotes(name)
    assert (q.kind, q.text, q.cue, q.speaker.mention) == ("indirect", text, cue, mention)


def test_a_non_answer_is_no_statement():
    assert quotes("declined") == []  # The senator declined to comment.


def test_ids_follow_text_order():
    found = quotes("previous_sentence")
    assert [q.id for q in found] == ["q1", "q2"] and found[0].start < found[1].start


# parses that hide the attribution ----------------------------------------------------------

def test_a_closing_attribution_parsed_as_the_clauses_complement():
    # "CLAUSE, <title> Jonathan Anticamara told the press conference.": told hangs on "showed" as
    # its ccomp and the title on "state"; the clause is the finding, the source the biologist
    q = one("ccomp_attribution")
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "told", "Jonathan Anticamara")
    assert q.text == ('An initial assessment of Sandy Cay and a second reef near Thitu showed that the fish and '
                      'corals were in a "very poor" state')


def test_a_quote_parsed_as_a_second_conjunct_of_the_cue():
    # "he said he had grave concerns that ... “purported legal advice ...”": the parser hangs
    # "purported" on "said" as a conjunct; the reported clause still opens at "he had"
    found = quotes("glued_conjunct")
    mixed = [q for q in found if q.kind == "mixed"]
    assert [(q.cue, q.speaker.mention, q.text) for q in mixed] == [
        ("said", "he", "he had grave concerns that the man had been given “purported legal advice to plead guilty”")]
    # and the first statement keeps its speaker whole: "O’Kelly" is tagged an adverb of "said"
    assert [(q.cue, q.speaker.mention) for q in found if q.kind == "indirect"] == [("said", "Judge O’Kelly")]


def test_pairs_of_apostrophes_as_marks_and_an_acronym_ending_a_sentence():
    # ''...,'' X said of RT. ''...'': the second quote opens its sentence after "RT." and continues
    # the first; the closing '' is two characters wide, so no stray apostrophe leads the next lead
    q = one("pair_marks")
    assert (q.kind, q.cue, q.speaker.mention) == ("direct", "said", "Michael McFaul")
    assert q.text == "Their strategy is very clear, Having people like Larry King work for them helps them achieve their objective."
    assert not [x for x in quotes("pair_marks") if x.kind == "indirect"]  # "said of RT" reports nothing


def test_a_verb_without_a_subject_does_not_govern_a_quote():
    # "lauded Mr. Clarke ... for helping develop "new and innovative ideas."": develop has no
    # subject in the parse (Mr. Clarke is lauded's object), so lauded's clause is the record
    q = one("no_subject_verb")
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "lauded", "Gov. Earl Ray Tomblin of West Virginia")
    assert q.text == 'Mr. Clarke in his state-of-the-state address for helping develop "new and innovative ideas."'


def test_two_reported_clauses_joined_by_and_are_one_report():
    # "said [Trump has ...] and [his rubble comment was ...]": both clauses are what Flynn said
    q = one("coordinated_clauses")
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "said", "Flynn")
    assert q.text == ("Trump has “enormous respect” for the military and his rubble comment was instead "
                      "an expression of frustration")


def test_a_quote_after_an_opening_phrase_and_a_comma_completes_the_sentence():
    # the words before the comma are no attribution: the record is the whole reported sentence
    q = one("comma_intro")
    assert (q.kind, q.cue, q.speaker.mention) == ("mixed", "said", "he")
    assert q.text == 'With thousands of vote counting systems, "there is no one single point of failure,"'


def test_a_quote_after_a_comma_inside_the_reported_clause_is_mixed():
    # "said Friday that if ..., “she would sign ...”": the quote ends the that-clause
    q = one("comma_in_that_clause")
    assert (q.kind, q.cue) == ("mixed", "said") and q.speaker.mention.endswith("Jesse Lehrich")
    assert q.text == "that if his candidate were to win in November, “she would sign this legislation if it came to her desk.”"
