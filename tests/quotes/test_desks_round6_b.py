"""Round 6 (helper-b): US justice press releases, government ministries, health and science desks.

Each text was written for these tests, in the style of one desk; the expected values were worked
out by reading it. The whole pipeline runs (the model is loaded once per session).
"""

from __future__ import annotations

from onrecord import extract
from onrecord.types import Quote


def quotes(nlp, text: str) -> list[Quote]:
    return list(extract(text, nlp=nlp).quotes)


# -- a title with a preposition in it before the name (DOJ and FBI releases) -----------------

FIELD_OFFICE = ("Former county treasurer charged with embezzling $2.3 million\n\n"
                "PHOENIX (AP) - A former county treasurer has been charged with stealing public funds.\n\n"
                '"Public officials who steal from taxpayers will be held accountable," Special Agent in '
                "Charge David Orozco of the FBI's Phoenix Field Office said in a statement.\n\n"
                "Special Agent in Charge Laura Brennan of the FBI's Tucson office said the bureau had "
                "traced the transfers.")


def test_special_agent_in_charge_is_the_person_named(nlp):
    found = [(q.kind, q.speaker.name) for q in quotes(nlp, FIELD_OFFICE) if q.cue == "said"]
    assert found == [("direct", "David Orozco"), ("indirect", "Laura Brennan")], found
