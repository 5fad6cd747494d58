"""Names on unseen desks, round 5 (issue: unseen news): health agencies, Westminster, conflict.

Each text was written for these tests; the expected names were worked out by reading it.
"""

from __future__ import annotations

from onrecord import extract


def speakers(nlp, text: str, words: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.name, q.speaker.type) for q in extract(text, nlp=nlp).quotes if words in q.text]


# -- a document that speaks is a source a later "it" refers to ----------------------------------

def test_it_after_a_report_that_found_is_the_report(nlp):
    # "It" is the report, the subject of the sentence before; not the country inside its finding
    text = ("The agency's report found that Romania and Kazakhstan accounted for more than half of "
            "the cases. It recommended that governments fund catch-up campaigns.")
    assert speakers(nlp, text, "catch-up") == [("the agency's report", "document")]


# -- "an election that opposition leaders said was marred": the relative clause's own source -----

ELECTION = ("Kenya's ruling party declared victory on Wednesday in a parliamentary election that "
            "opposition leaders said was marred by widespread fraud.")


def test_a_relative_clause_with_its_own_verb_of_saying_is_not_the_content_of_the_cue_before(nlp):
    found = extract(ELECTION, nlp=nlp).quotes
    # "declared victory" reports nothing; the fraud is the opposition leaders' claim
    assert [(q.cue, q.speaker.name, q.text) for q in found] == [
        ("said", "opposition leaders", "was marred by widespread fraud")]


def test_the_relative_that_is_no_part_of_the_speaker(nlp):
    text = "The council approved a plan that critics said would raise rents."
    assert speakers(nlp, text, "raise rents") == [("critics", "group")]


# -- "his lawyer", "her office": the possessor named ---------------------------------------------

OFFICE = ('Senator Ana Ruiz met the mayor on Monday. "It was fine," she said.\n\n'
          "Her office said the talks would go on.")


def test_a_possessed_description_names_its_possessor(nlp):
    # "Her" is Ana Ruiz (the only woman, the speaker before); a reader of the one record sees whose office
    assert speakers(nlp, OFFICE, "talks would") == [("Ana Ruiz's office", "organization")]


def test_a_joint_source_that_names_the_possessor_keeps_his(nlp):
    text = ("Ted Cruz met donors in Houston on Monday. Ted Cruz and his aides said that they were "
            "coming around to Trump.")
    assert [name for name, _ in speakers(nlp, text, "coming around")] == ["Ted Cruz and his aides"]


# -- "They found" after "The team, led by ...": the team ----------------------------------------

def test_they_after_a_team_led_by_someone_is_the_team(nlp):
    # the university is named inside the team's description; "They" are the team that analysed
    text = ("The team, led by planetary scientist Dr Priya Raman of the University of Arizona, "
            "analysed radar data from an orbiting spacecraft. They found that the signals were "
            "consistent with ice mixed into the soil.")
    assert speakers(nlp, text, "consistent with ice") == [("the team", "organization")]


# -- "sent a text message to a former colleague saying: ...": the sender ------------------------

def test_a_message_sent_to_someone_saying_is_the_sender_s(nlp):
    text = ("Daniel Hurst, 34, admitted arson at Leeds Crown Court. Prosecutor Sarah Mills said he had "
            'sent a text message to a former colleague saying: "You\'ll all see what happens."')
    assert speakers(nlp, text, "all see what") == [("Daniel Hurst", "person")]


# -- a document shown by the words that say most of it -----------------------------------------

POLL = ("Poll: Trump and Clinton hold narrow leads in Pennsylvania\n\n"
        "The latest Quinnipiac University poll found that Trump leads among Republicans and Clinton "
        "among Democrats. The poll also found that most voters distrust both.")


def test_a_document_is_shown_by_its_fullest_description_not_a_headline_word(nlp):
    # a guard: the headline's bare "Poll" and the later "The poll" show the body's description
    assert [q.speaker.name for q in extract(POLL, nlp=nlp).quotes] == ["the latest Quinnipiac University poll"] * 3


# -- "Prince Mohammed": the one who bore the title -----------------------------------------------

RIYADH = ("Saudi Crown Prince Mohammed bin Salman received Iraqi Prime Minister Mohammed Shia al-Sudani "
          "in Riyadh on Sunday.\n\n"
          "Al-Sudani said Iraq wanted a new chapter with its neighbours. Prince Mohammed said the kingdom "
          "would support Iraq's reconstruction, according to the agency.")


def test_a_title_and_a_given_name_two_people_share_is_the_one_so_titled(nlp):
    # both are Mohammed; only the crown prince is a prince
    assert speakers(nlp, RIYADH, "reconstruction") == [("Mohammed bin Salman", "person")]


def test_according_to_closing_a_reported_saying_is_no_part_of_its_words(nlp):
    # the agency carried the prince's words: one record, the prince's, without the phrase
    found = [q for q in extract(RIYADH, nlp=nlp).quotes if "reconstruction" in q.text]
    assert [(q.cue, q.text) for q in found] == [("said", "the kingdom would support Iraq's reconstruction")]


# -- "the 88-year-old's son": the son, not the 88-year-old ----------------------------------------

def test_an_epithet_before_a_possessive_describes_the_owner_not_the_speaker(nlp):
    text = ('Walter Finch died on Sunday. He was 88.\n\n'
            '"He never missed a day," the 88-year-old\'s son said.')
    assert [name for name, _ in speakers(nlp, text, "never missed")] != ["Walter Finch"]
    assert speakers(nlp, text, "never missed") == [("the 88-year-old's son", "anonymous")]
