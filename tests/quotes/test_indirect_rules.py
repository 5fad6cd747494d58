"""The rules of reported speech (docs/quotes-indirect.md), one by one, with no model.

Each test builds the parsed sentence by hand (``indirect_parses.PARSES``, see ``tests/annotated.py``),
runs the quote stage over it and checks what a reader expects: which reported clause is a record,
its cue and its source as written. The expected values were worked out from the sentence, not
copied from the program.
"""

from __future__ import annotations

import pytest
from indirect_parses import PARSES

from annotated import annotated, parsed_quotes
from onrecord.quotes import ArticleIndex
from onrecord.types import Quote, quote_text


def reported(name: str) -> list[Quote]:
    text, rows = PARSES[name]
    found = parsed_quotes(text, rows)
    for q in found:
        assert quote_text(text, q.kind, q.start, q.end, q.fragments) == q.text
        assert all(q.start <= a < b <= q.end for a, b in q.fragments)
        if q.speaker.mention is not None:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.mention
    return [q for q in found if q.kind == "indirect"]


def one(name: str) -> tuple[str, str | None, str | None]:
    found = reported(name)
    assert len(found) == 1, [(q.text, q.cue) for q in found]
    return found[0].text, found[0].cue, found[0].speaker.mention


# the content of a report is a proposition, never a plain noun phrase ---------------------------

@pytest.mark.parametrize("name", [
    "np_denied",  # The mayor denied the allegations on Monday.
    "np_dismissed",  # Ms. Ruiz dismissed the criticism.
    "np_praised_for",  # She praised his players for their attitude. (a reason, not a clause)
    "np_told_committee",  # "...," he told the finance committee. (the audience; the words are the quote)
    "np_complained_about",  # Ms Tierney also complained about the provision. (a topic)
])
def test_a_plain_noun_phrase_is_no_report(name):
    assert reported(name) == []


@pytest.mark.parametrize("name, content, cue, source", [
    # an object with its predicate: "the charges are unsubstantiated"
    ("obj_predicate", "the charges unsubstantiated", "called", "Trump"),
    # an object and a clause of what it did
    ("obj_of_clause", "the GOP of stoking the issue", "accused", "He"),
    # an "as" phrase: "the transfer was a dream"
    ("obj_as", "the transfer as a dream", "described", "He"),
    # a noun with its content clause
    ("obj_content_clause", "the claim that the vote was rigged", "denied", "She"),
    # the event a verb of disclosing makes known: "Fernandes has signed"
    ("obj_event", "the signing of Mateus Fernandes", "has announced", "The club"),
    # a demand, whatever its form
    ("demand", "a longer sentence", "had called", "Mr Jones"),
    # the object of "say" is what was said
    ("said_the_same", "the same thing", "has said", "A chorus of prominent Republicans"),
])
def test_an_object_that_holds_a_proposition_is_the_content(name, content, cue, source):
    assert one(name) == (content, cue, source)


# no source, or no clause of its own -------------------------------------------------------------

def test_a_passive_cue_with_no_agent_names_no_source():
    # The mission is planned to last one year: the mission is what was planned, not who planned it
    assert reported("passive_raising") == []


def test_what_x_said_reports_no_clause_of_its_own():
    # That was what Liz Wahl said when she resigned: neither "when she resigned" nor "That was"
    assert reported("free_relative") == []


def test_a_passive_clause_after_said_is_the_content_not_a_cue():
    # "admitted" heads the reported clause (and is passive): it does not swallow the report
    assert one("said_passive_clause") == ("no patients have been admitted", "said", "Fleege")


# speech withheld, and beliefs ---------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "would_not_say",  # She would not say whether she will run again.
    "declined_to_say",  # The ministry declined to say when the border would reopen.
])
def test_speech_withheld_is_no_statement(name):
    assert reported(name) == []


def test_beliefs_and_negated_speech_are_flagged_belief():
    # Most voters believe the economy is improving: an attitude held by a source, with a clause
    (believe,) = reported("believe")
    assert (believe.text, believe.speaker.mention, believe.flags) == ("the economy is improving", "Most voters", ("belief",))
    # He did not say that the plan had failed: no statement of the clause
    (negated,) = reported("did_not_say")
    assert (negated.text, negated.cue, negated.flags) == ("that the plan had failed", "did not say", ("belief",))
    # The minister said the border would reopen: speech, not belief
    (said,) = reported("said_plain")
    assert (said.text, said.flags) == ("the border would reopen", ())


def test_no_beliefs_leaves_belief_records_out():
    from onrecord.options import Options
    from onrecord.pipeline import _article
    from onrecord.types import Document

    text, rows = PARSES["believe"]
    document = Document(id="a", text=text, source="<test>")
    kept = _article(document, annotated(text, rows), [], Options(entities=False))
    dropped = _article(document, annotated(text, rows), [], Options(entities=False, beliefs=False))
    assert [q.text for q in kept.quotes] == ["the economy is improving"]
    assert dropped.quotes == ()


# where a reported clause ends ---------------------------------------------------------------------

def test_a_conjunct_with_its_own_source_is_a_report_of_its_own():
    assert [(q.text, q.speaker.mention) for q in reported("two_reports")] == [
        ("no patients have been admitted", "Fleege"),
        ("a serious strain has hit other states", "officials"),
    ]


def test_a_semicolon_ends_the_reported_clause():
    found = [(q.text, q.cue, q.speaker.mention) for q in reported("semicolon")]
    assert ("the plan, which was approved in March, would cut wait times", "said", "The minister") in found
    assert all("critics" not in text for text, _, _ in found)


def test_a_cue_inside_the_clause_it_reports():
    # So far, Cole said, no flu cases ...: the whole clause, the attribution left out of its words
    (q,) = reported("inner_cue")
    text = PARSES["inner_cue"][0]
    assert (q.text, q.cue, q.speaker.mention) == ("So far no flu cases have been reported to the county this season",
                                                  "said", "Cole")
    assert [text[a:b] for a, b in q.fragments] == ["So far", "no flu cases have been reported to the county this season"]


@pytest.mark.parametrize("name, words, cue, source", [
    ("interrupted", "The museum would make visitors face uncomfortable truths", "said", "Mr. Obama"),
    ("according_inside", "The company lost $3 million last year", "according to", "the report"),
])
def test_an_attribution_inside_the_clause_is_left_out_of_its_words(name, words, cue, source):
    (q,) = reported(name)
    assert (q.text, q.cue, q.speaker.mention) == (words, cue, source)
    assert len(q.fragments) == 2 and q.start == 0


def test_the_object_of_an_order_is_the_subject_of_its_clause():
    # The union urged members to reject the offer: the members are to reject it
    assert one("urged_object") == ("members to reject the offer", "urged", "The union")


def _cut(name: str, quote: tuple[str, str]):
    from onrecord.quotes.indirect import indirect_quotes

    text, rows = PARSES[name]
    start, end = text.index(quote[0]), text.index(quote[1]) + len(quote[1])
    return [q.text for q in indirect_quotes(ArticleIndex(annotated(text, rows)).with_taken([(start, end)]))]


def test_a_quote_found_later_cuts_the_clause_before_the_addition_it_is_in():
    # ... and that it was “a great day for the city.”: the first conjunct is whole without it
    assert _cut("quote_in_addition", ("\u201c", "\u201d")) == ["that the bridge would reopen in May"]


def test_a_quote_that_completes_the_clause_leaves_no_indirect_record():
    # his team observed “unnatural” activity: "his team observed" is no clause; the words are the quote's
    assert _cut("quote_completes", ("\u201c", "activity on the reef")) == []


def test_a_belief_does_not_hide_the_speech_reported_inside_it():
    found = [(q.text, q.speaker.mention, q.flags) for q in reported("belief_then_speech")]
    assert ("that he wanted to play", "the veteran", ()) in found


# no source ---------------------------------------------------------------------------------------

def test_a_question_names_no_source():
    # India Vs England, 5th Test Reactions: Who Said What After ...: a label, then a question
    assert reported("who_said_what") == []


def test_a_colon_lead_holding_a_quote_is_no_source():
    # Claims ‘nonsense’: NSW Health: the quote's source is after the colon, not "Claims 'nonsense"
    text, rows = PARSES["colon_quote_lead"]
    found = parsed_quotes(text, rows)
    assert [(q.kind, q.text, q.speaker.mention) for q in found] == [("direct", "nonsense", "NSW Health")]


# cues of quotes in marks with a that-clause, and nouns that report ----------------------------

def test_a_cue_of_quotes_in_marks_reports_a_that_clause():
    # "charge" heads a reported clause too rarely without marks to be a cue of its own (PolNeAR train)
    assert one("charges_that") == ("that the deal was corrupt", "charged", "The senator")


@pytest.mark.parametrize("name, content, cue, source", [
    ("noun_report", "that Donald Trump had a net loss in 1995", "report", "New York Times"),  # its own name
    ("noun_by", "that Park was involved", "conclusion", "the prosecutors"),  # "by X"
    ("noun_light", "that the vote was rigged", "claim", "Trump"),  # made the claim: the maker
])
def test_a_noun_with_a_content_clause_and_a_source_reports(name, content, cue, source):
    assert one(name) == (content, cue, source)


def test_a_noun_with_a_content_clause_but_no_source_reports_nothing():
    assert reported("noun_no_source") == []  # The claim that the vote was rigged spread online.


# inverted cues and colon leads -------------------------------------------------------------------

@pytest.mark.parametrize("name, content, cue, source", [
    # the parser makes the source an object of the verb
    ("inverted_object", "Prices will rise", "warned", "the central bank"),
    # the parser gives the verb the heading before the colon as a second subject
    ("inverted_two_subjects", "432 on a Friday is a disaster", "says", "INMO"),
])
def test_a_cue_after_its_clause_takes_the_source_after_it(name, content, cue, source):
    found = [(q.text, q.cue, q.speaker.mention) for q in reported(name)]
    assert (content, cue, source) in found
    assert all(mention != "Trolley crisis" for _, _, mention in found)


def test_a_crosshead_before_a_colon_is_no_source():
    # Little Relief for Refugees: ...: a section heading (a preposition, no name of a source)
    assert reported("crosshead") == []


# "add", "write", "post": a clause on either side, never an object -----------------------------

@pytest.mark.parametrize("name, content, cue, source", [
    ("he_added", "The subsidy will mostly help small farms", "added", "he"),
    ("she_wrote", "The council has no plan for the harbour", "wrote", "she"),
])
def test_a_clause_before_add_or_write_is_found(name, content, cue, source):
    assert one(name) == (content, cue, source)


def test_add_with_an_object_reports_nothing():
    assert reported("added_jobs") == []  # The firm added 300 jobs last year.


def test_a_name_just_before_the_cue_speaks_when_the_parsed_subject_cannot():
    # Reporting from Omdurman, Hiba Morgan said ...: the parser makes "Reporting" the subject
    assert one("gerund_subject") == ("the fighting started early on Sunday", "said", "Hiba Morgan")


def test_an_adjective_of_belief_after_be_reports_its_clause_as_a_belief():
    (q,) = reported("afraid_that")  # Many Democrats are afraid that turnout may be low.
    assert (q.text, q.cue, q.speaker.mention, q.flags) == ("that turnout may be low", "afraid", "Many Democrats",
                                                           ("belief",))
    assert reported("afraid_of_dark") == []  # The children are afraid of the dark: no clause


def test_a_verb_of_saying_with_an_object_and_a_to_clause_reports_a_plea():
    # "implore" is a cue of quotes in marks, not measured as one of reported speech
    assert one("implored") == ("her to bring it back", "implored", "Two speechwriters")
