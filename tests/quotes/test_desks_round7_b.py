"""Round 7 (helper-b): world desks outside US/UK politics, live blogs and explainers.

Each text was written for these tests, in the style of one desk; the expected values were worked
out by reading it. The whole pipeline runs (the model is loaded once per session).
"""

from __future__ import annotations

from onrecord import extract
from onrecord.types import Quote


def quotes(nlp, text: str) -> list[Quote]:
    return list(extract(text, nlp=nlp).quotes)


# -- "X did Y, the Russian foreign ministry said": the body of a country is not the country -------

MINISTRY = ("Moscow has expelled two Estonian diplomats, the Russian foreign ministry said on Tuesday.\n\n"
            "Kyiv launched more than 40 drones overnight, the Russian military said.")


def test_a_ministry_of_a_country_is_shown_by_its_description(nlp):
    found = [q.speaker.name for q in quotes(nlp, MINISTRY)]
    assert found == ["the Russian foreign ministry", "the Russian military"], found


# -- "told a regular briefing that ...": the gathering told is no part of what was said ----------

BRIEFING = ("Foreign ministry spokesperson Wen Liqiang told a regular briefing that Manila had "
            "\"deliberately provoked\" the incident and must withdraw its ships.\n\n"
            "Wen told a regular briefing on Friday that the Philippines had provoked trouble at the shoal.")


def test_the_briefing_told_is_no_part_of_the_words(nlp):
    found = [(q.kind, q.text) for q in quotes(nlp, BRIEFING)]
    assert found == [("mixed", 'that Manila had "deliberately provoked" the incident and must withdraw its ships'),
                     ("indirect", "that the Philippines had provoked trouble at the shoal")], found


# -- the live blog's "wrote on X, formerly Twitter, that ..." -------------------------------------

SOCIAL = ("10:15 a.m. HKT\n"
          "Taiwan's president, Lai Chen-wei, wrote on X, formerly Twitter, that rescue teams had been "
          "sent to Hualien.\n\n"
          "9:50 a.m. HKT\n"
          "The city's mayor, Hsu Mei-ling, said on X, formerly Twitter, that schools would stay shut.")


def test_a_clause_after_formerly_twitter_is_what_was_written(nlp):
    found = [(q.kind, q.cue, q.text, q.speaker.name) for q in quotes(nlp, SOCIAL)]
    assert found == [("indirect", "wrote", "that rescue teams had been sent to Hualien", "Lai Chen-wei"),
                     ("indirect", "said", "that schools would stay shut", "Hsu Mei-ling")], found

