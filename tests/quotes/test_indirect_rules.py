"""The rules of reported speech (docs/quotes-indirect.md), one by one, with no model.

Each test builds the parsed sentence by hand (``indirect_parses.PARSES``, see ``tests/annotated.py``),
runs the quote stage over it and checks what a reader expects: which reported clause is a record,
its cue and its source as written. The expected values were worked out from the sentence, not
copied from the program.
"""

from __future__ import annotations

import pytest
from indirect_parses import PARSES

from annotated import annotated
from onrecord.quotes import ArticleIndex, extract_quotes
from onrecord.types import Quote


def reported(name: str) -> list[Quote]:
    text, rows = PARSES[name]
    found = extract_quotes(ArticleIndex(annotated(text, rows)))
    for q in found:
        assert text[q.start:q.end] == q.text or q.kind == "direct"
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
