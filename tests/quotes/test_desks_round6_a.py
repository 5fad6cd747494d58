"""Sport desks: match reports, press conferences, transfer and injury news (issue: unseen news,
round 6, helper a).

Each text was written for these tests, in the style of one desk (BBC Sport, Sky Sports, ESPN, AP
sports, Guardian football, Cricinfo); the expected values were worked out by reading it. The whole
pipeline runs (the model is loaded once per session).
"""

from __future__ import annotations

from annotated import article_quotes as quotes
from onrecord.types import Quote


def named(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in found]


# -- the injury update: a position before the player's name opens the clause ---------------------

INJURY = ("Manchester United manager Erik Valdes has confirmed that defender Rui Ferreira will miss "
          "Sunday's derby with a knee injury.")


def test_a_position_before_the_subject_keeps_the_clause(nlp):
    assert named(quotes(nlp, INJURY)) == [
        ("that defender Rui Ferreira will miss Sunday's derby with a knee injury", "Erik Valdes")]


# -- the second reference by region or by age and nationality: "the Yorkshireman said" ----------

TEST_MATCH = ("Vikram Rao struck an unbeaten 142 as India took control of the second Test in Chennai. "
              "England captain Tom Whitlock admitted his bowlers had been too short. "
              "\"We didn't execute our plans,\" the Yorkshireman said.")


def test_a_region_s_man_is_the_person_named_before(nlp):
    found = [q for q in quotes(nlp, TEST_MATCH) if q.kind == "direct"]
    assert named(found) == [("We didn't execute our plans,", "Tom Whitlock")]


TENNIS = ("Lucia Moretti reached the final in Rome with a 6-4 6-2 win on Friday. "
          "The 32-year-old Italian said the clay suited her game.")


def test_an_age_before_a_nationality_is_an_epithet(nlp):
    assert named(quotes(nlp, TENNIS)) == [("the clay suited her game", "Lucia Moretti")]


# -- the cricket and rugby positions as second references: "the left-hander said" ---------------

CLOSE_OF_PLAY = ("Opener Sam Fielding top-scored with 64 on the opening day at Lord's. "
                 "\"We just didn't bat well enough,\" the left-hander said.")

FLY_HALF = "Rhys Morgan kicked 18 points against Italy. The fly-half said the squad was confident."


def test_a_batting_hand_is_the_batter_named_before(nlp):
    assert named(quotes(nlp, CLOSE_OF_PLAY)) == [("We just didn't bat well enough,", "Sam Fielding")]


def test_a_hyphenated_position_is_an_epithet(nlp):
    assert named(quotes(nlp, FLY_HALF)) == [("the squad was confident", "Rhys Morgan")]


# -- the fixture before a match report's headline colon is no one speaking -----------------------

FIXTURE = ("India v England: Rao century puts hosts in command\n\n"
           "Vikram Rao struck a brilliant unbeaten 142 as India took control of the second Test in Chennai.")


def test_a_fixture_before_the_colon_is_no_source(nlp):
    assert quotes(nlp, FIXTURE) == []


def test_a_name_before_the_colon_still_speaks(nlp):
    found = quotes(nlp, FIXTURE.replace("India v England", "Hennessy"))
    assert named(found) == [("Rao century puts hosts in command", "Hennessy")]


# -- the epithet that reports of a named player is not that player --------------------------------

SIGNING = ("Chelsea have completed the signing of Brazilian winger Thiago Lemos from Santos. "
           "\"It is a dream come true,\" Lemos told the club's website. "
           "Speaking to TNT Sports, the Chelsea head coach said Lemos would need time to adapt.")


def test_an_epithet_is_not_the_name_it_reports_on(nlp):
    found = [q for q in quotes(nlp, SIGNING) if q.kind == "indirect"]
    assert named(found) == [("Lemos would need time to adapt", "the Chelsea head coach")]


# -- the British desk's own sourcing: "BBC Sport understands ..." ---------------------------------

UNDERSTANDS = ("Leeds are reluctant to sell the striker. "
               "BBC Sport understands Leeds would demand at least 30 million pounds.")


def test_an_outlet_that_understands_reports(nlp):
    found = quotes(nlp, UNDERSTANDS)
    assert named(found) == [("Leeds would demand at least 30 million pounds", "BBC Sport")]
    assert found[0].kind == "indirect" and "belief" not in found[0].flags


def test_a_person_who_understands_reports_nothing(nlp):
    assert quotes(nlp, "Leeds are reluctant to sell. The manager understands fans are angry.") == []


# -- the club before a post and a name: "Les Bleus head coach Fabien Roux said" ------------------

SIX_NATIONS = ("Wales coach Warren Price has named an unchanged side for Saturday's Six Nations clash with France.\n\n"
               "\"The boys earned the right to go again,\" Price told the Welsh Rugby Union's website. "
               "\"France will be a huge test.\"\n\n"
               "Fly-half Rhys Morgan, who kicked 18 points against Italy, said the squad was full of confidence.\n\n"
               "\"We know what we are capable of,\" the Scarlets playmaker said.\n\n"
               "Les Bleus head coach Fabien Roux said his team would be \"ready for the battle\".")


def test_the_name_after_a_club_and_its_post_speaks(nlp):
    found = [q for q in quotes(nlp, SIX_NATIONS) if q.kind == "mixed"]
    assert named(found) == [("his team would be \"ready for the battle\"", "Fabien Roux")]
