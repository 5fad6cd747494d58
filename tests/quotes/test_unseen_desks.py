"""Conventions of desks the gold sets hold little of, end to end (issue: unseen news).

Each text was written for these tests, in the style of one desk; the expected values were worked
out by reading it. The whole pipeline runs (the model is loaded once per session).
"""

from __future__ import annotations

from onrecord import extract
from onrecord.types import Quote


def quotes(nlp, text: str) -> list[Quote]:
    return list(extract(text, nlp=nlp).quotes)


# -- the South Asian dateline ends in a colon ---------------------------------------------------

INDIAN = ("Stalin slams Centre over delimitation\n\n"
          "CHENNAI: Tamil Nadu Chief Minister M.K. Stalin on Monday accused the Union government of "
          "trying to reduce the state's representation in Parliament.\n\n"
          "Mr. Stalin said the state had followed the Centre's policies for decades.")


def test_a_colon_dateline_is_no_transcript_turn(nlp):
    found = quotes(nlp, INDIAN)
    assert all(q.speaker.mention != "CHENNAI" and q.cue != ":" for q in found), [(q.cue, q.speaker) for q in found]
    assert not any(q.text.startswith("Tamil Nadu Chief Minister") for q in found)


TRANSCRIPT = ("OWENS: Secretary, waiting lists have grown for six straight months.\n\n"
              "MARSH: Because for the first time we are funding the staff, not just the buildings.")


def test_a_transcript_keeps_its_first_turn(nlp):
    found = quotes(nlp, TRANSCRIPT)
    assert [q.speaker.mention for q in found] == ["OWENS", "MARSH"]


# -- the press release's "commented" ----------------------------------------------------------

RELEASE = ('"This was a transformational year for Northwind," said Sarah Lindqvist, President and Chief '
           'Executive Officer of Northwind Energy.\n\n'
           '"We are particularly proud of our safety record, which is the best in our history," commented '
           'Michael Osei, Chief Operating Officer.')


def test_commented_attributes_a_quote(nlp):
    found = [q for q in quotes(nlp, RELEASE) if "safety record" in q.text]
    assert [(q.kind, q.cue, q.speaker.name) for q in found] == [("direct", "commented", "Michael Osei")]


# -- "the CM": the Indian press's short title of a chief minister ---------------------------------

CM = ("CHENNAI: Tamil Nadu Chief Minister M.K. Stalin on Monday accused the Union government of "
      "trying to reduce the state's representation in Parliament.\n\n"
      '"Tamil Nadu will not be punished for controlling its population," the CM said at an all-party '
      'meeting at the Secretariat.')


def test_the_cm_is_the_chief_minister(nlp):
    found = [q for q in quotes(nlp, CM) if "punished" in q.text]
    assert [q.speaker.name for q in found] == ["M.K. Stalin"]


# -- the live blog's timestamp lines --------------------------------------------------------------

LIVE = ("13:30 GMT\nNational Grid says about 120,000 homes are without power.\n\n"
        "12:40 GMT\nRail operator GWR has cancelled all services west of Exeter, the company said on X.")


def test_a_line_after_a_timestamp_starts_a_whole_sentence(nlp):
    found = {q.text: q.speaker.name for q in quotes(nlp, LIVE)}
    assert found == {"about 120,000 homes are without power": "National Grid",
                     "Rail operator GWR has cancelled all services west of Exeter": "GWR"}


# -- the sport desk refers back by club and position ------------------------------------------

CLUB_POSITION = ("Derek Hollins caught two touchdown passes on Sunday. "
                 '"We never panicked," the Kansas City Chiefs tight end said.\n\n'
                 "Owen Reddy set up the winner at St James' Park. "
                 '"It was a great feeling," the Newcastle full-back said.')


def test_the_speaker_phrase_runs_from_the_club_to_the_position(nlp):
    # the parse makes the club the head and leaves the position out of its phrase; the mention
    # as written is the whole noun phrase before the verb
    mentions = {q.text: q.speaker.mention for q in quotes(nlp, CLUB_POSITION)}
    assert mentions["We never panicked,"] == "the Kansas City Chiefs tight end"
    assert mentions["It was a great feeling,"] == "the Newcastle full-back"
