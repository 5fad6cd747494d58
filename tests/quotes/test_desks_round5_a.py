"""Interviews, local news, obituaries and features (issue: unseen news, round 5, helper a).

Each text was written for these tests, in the style of one desk; the expected values were worked
out by reading it. The whole pipeline runs (the model is loaded once per session).
"""

from __future__ import annotations

from annotated import article_quotes as quotes
from onrecord.types import Quote


def named(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in found]


# -- the Q&A: "A:" answers are the interviewee's, named in the introduction ------------------------

QANDA = ("Maya Lind, the city's new police chief, spoke to us about staffing, trust and the summer ahead.\n\n"
         "Q: You take over a department that has lost 40 officers in two years. Where do you start?\n\n"
         "A: With the people who stayed. I have spent my first week on night shifts.\n\n"
         "Q: Will you bring back the mounted unit?\n\n"
         "A: No. It is a lovely thing to look at, but it does not answer calls.")


def test_an_answer_is_the_interviewees(nlp):
    found = [q for q in quotes(nlp, QANDA) if q.cue == ":"]
    assert [(q.text[:20], q.speaker.name) for q in found] == [
        ("With the people who ", "Maya Lind"), ("No. It is a lovely t", "Maya Lind")]


def test_a_question_is_no_answer(nlp):
    assert not any(q.text.startswith(("You take over", "Will you")) for q in quotes(nlp, QANDA))


# -- the false title of local news: what a person is, before the name ----------------------------

def _school(who: str) -> str:
    return ("A primary school in Neath has been closed after a burst water main flooded its ground floor.\n\n"
            f"{who} said staff were upset by the damage. \"Our reception classrooms have taken the worst "
            "of it,\" she said.")


def test_a_false_title_before_a_name_the_ner_calls_an_organisation(nlp):
    # the small model tags "Rhian Evans" here an organisation; "Head teacher" says she is a person
    found = quotes(nlp, _school("Head teacher Rhian Evans"))
    assert [q.speaker.name for q in found] == ["Rhian Evans", "Rhian Evans"]


def test_a_false_title_opening_a_name_the_ner_calls_a_place(nlp):
    found = quotes(nlp, _school("Nurse Ngozi Adeyemi"))
    assert [q.speaker.name for q in found] == ["Ngozi Adeyemi", "Ngozi Adeyemi"]


def test_a_parishioner_is_no_part_of_her_name(nlp):
    text = ("Father Michael Doyle, parish priest of St Brigid's for thirty years, has died aged 79.\n\n"
            "Parishioner Joan Ryan, 72, said he visited her husband every week during his last illness.")
    assert [q.speaker.name for q in quotes(nlp, text)] == ["Joan Ryan"]


def test_an_organisation_named_for_a_trade_stays_one(nlp):
    found = quotes(nlp, _school("Teacher Training Agency"))
    assert found[0].speaker.name == "Teacher Training Agency"


def test_a_third_party_reported_in_an_answer_keeps_its_record(nlp):
    text = ("Maya Lind, the city's new police chief, spoke to us about staffing.\n\n"
            "Q: Residents in the east end say they never see a patrol car.\n\n"
            "A: That is fair. The mayor told me the budget would cover two more units. I think we can do it by June.")
    found = named(quotes(nlp, text))
    assert ("That is fair. The mayor told me the budget would cover two more units. I think we can do it by June",
            "Maya Lind") in found
    assert ("the budget would cover two more units", "the mayor") in found
    assert not any(t == "we can do it by June" for t, _ in found)


# -- "the force": crime copy's second reference to a police force ---------------------------------

POLICE = ("Police have appealed for witnesses after a man was seriously injured in an assault in Kettering.\n\n"
          "The 34-year-old was found with head injuries on Gold Street on Sunday, Northamptonshire Police said.\n\n"
          "Det Insp Karen Wells said: \"This was a shocking attack on a man who was simply walking home.\"\n\n"
          "A 19-year-old man from Corby has been arrested on suspicion of grievous bodily harm and remains in "
          "custody, the force said.")


def test_the_force_is_the_police_not_the_town_a_suspect_is_from(nlp):
    found = [q for q in quotes(nlp, POLICE) if q.text.startswith("A 19-year-old man")]
    assert [q.speaker.name for q in found] == ["Northamptonshire Police"]


# -- the age an obituary gives is who "the 94-year-old" is ----------------------------------------

OBITUARY = ("Eleanor Voss, a nurse who cared for soldiers in Korea and later founded the county's first hospice, "
            "has died at the age of 94.\n\n"
            "Her granddaughter, Claire Voss, said she rarely spoke about the war. \"She told us one story,\" "
            "Claire Voss said.\n\n"
            "The 94-year-old said in a 2015 interview that the hospice was the fight she had most wanted to win.")


def test_the_age_epithet_is_the_person_of_that_age(nlp):
    found = [q for q in quotes(nlp, OBITUARY) if q.text.endswith("most wanted to win")]
    assert [q.speaker.name for q in found] == ["Eleanor Voss"]


def test_an_age_in_a_sentence_of_its_own(nlp):
    text = ("Harold Finch, who ran the hardware store on Main Street for 51 years, died on Saturday. He was 88.\n\n"
            "His daughter, Ana Lopez, said he never took a day off. Her brother, Robert Finch, said the store "
            "had been the heart of the street.\n\n"
            "The 88-year-old told the Herald in 2019 that he would never retire.")
    found = [q for q in quotes(nlp, text) if q.cue == "told"]
    assert [q.speaker.name for q in found] == ["Harold Finch"]


# -- the feature's second reference: a surname spelled like a common noun -------------------------

FEATURE = ("On a grey morning in March, Daniel Okafor unlocks the gate of the community garden he has run for a "
           "decade. The plots behind him are still bare.\n\n"
           "\"People think nothing happens here in winter,\" he said. \"That's when all the planning happens.\"\n\n"
           "Okafor, 58, came to Bristol from Lagos in 1994. He worked nights as a security guard for twelve years "
           "before a neighbour, Martin Greaves, asked him to help clear a patch of waste ground.\n\n"
           "Greaves, now 81, remembers the first summer well. \"We grew potatoes and not much else,\" he said.")


def test_he_after_a_surname_opening_the_paragraph_is_that_man(nlp):
    # the tagger reads this "Greaves" as the plural noun: the paragraph's subject all the same
    found = [q for q in quotes(nlp, FEATURE) if q.text.startswith("We grew")]
    assert [q.speaker.name for q in found] == ["Martin Greaves"]


# -- the obituary's family: "his wife, Mary," ... "the widow said" -------------------------------

FAMILY = ("Harold Finch, who ran the hardware store on Main Street for 51 years, died on Saturday.\n\n"
          "His neighbour, Tom Avery, said the store had been the heart of the street. \"He knew everybody's "
          "name,\" the neighbour said.\n\n"
          "The cause was heart failure, his wife, Mary, said. \"He wanted to know if the paint had come in,\" "
          "the widow said.")


def test_a_relation_set_off_after_a_possessive_is_a_role(nlp):
    found = named(quotes(nlp, FAMILY))
    assert ("He knew everybody's name,", "Tom Avery") in found
    assert ("He wanted to know if the paint had come in,", "Mary") in found


def test_an_ex_wife_is_not_the_wife(nlp):
    text = ("Councilman Ray Dunn was campaigning on Saturday with his new wife, Dena Cole.\n\n"
            "The ex-wife of Ray Dunn said he had never paid the money he owed her.")
    found = [q for q in quotes(nlp, text) if q.text.startswith("he had never paid")]
    assert found and found[0].speaker.name != "Dena Cole"


# -- the police appeal: a plea on record; "anyone with information is asked to call" is nobody's --

APPEAL = ("Sussex Police have appealed for witnesses to come forward. A 52-year-old woman was hurt when a van "
          "mounted the pavement in Hove on Friday, the force said.\n\n"
          "Anyone with information is asked to call 101, quoting Operation Lantern.")


def test_an_appeal_for_witnesses_is_the_polices_plea(nlp):
    found = named(quotes(nlp, APPEAL))
    assert ("witnesses to come forward", "Sussex Police") in found
    assert not any(t.startswith(("call 101", "to call")) for t, _ in found)


# -- the council meeting: "told the meeting" is whom it was told to -------------------------------

def test_told_the_meeting_is_no_part_of_what_was_said(nlp):
    text = ("A plan to charge residents for parking outside their homes has been dropped by the council.\n\n"
            "Cllr Heather Mack, the cabinet member for transport, told the meeting she had \"listened to the "
            "people of Bristol\".")
    assert named(quotes(nlp, text)) == [('she had "listened to the people of Bristol"', "Heather Mack")]


def test_the_interviewer_named_first_is_not_the_one_who_answers(nlp):
    text = ("Our reporter Jane Doe spoke to Maya Lind, the city's new police chief, about staffing.\n\n"
            "Q: Where do you start?\n\n"
            "A: With the people who stayed.")
    assert named(quotes(nlp, text)) == [("With the people who stayed", "Maya Lind")]


def test_her_nephew_is_the_nephew_named_before(nlp):
    text = ("Margaret Olsen, who taught piano to three generations of children in Bemidji, died on March 3. "
            "She was 91.\n\n"
            "Her death was confirmed by her nephew, Karl Olsen.\n\n"
            "Her husband, Arne, a school principal, died in 1998.\n\n"
            "She kept teaching until she was 88, her nephew said.")
    found = [q for q in quotes(nlp, text) if q.text.startswith("She kept teaching")]
    assert [q.speaker.name for q in found] == ["Karl Olsen"]


# -- the obituary's medial attribution: "She was, her son said, "..."" ----------------------------

def test_an_attribution_inside_the_clause_a_quote_completes_makes_it_mixed(nlp):
    text = ("Eleanor Voss, a nurse who founded the county's first hospice, has died at the age of 94.\n\n"
            "She was, her son said, \"the most stubborn and the kindest woman who ever lived.\"")
    found = quotes(nlp, text)
    assert [(q.kind, q.text) for q in found] == [
        ("mixed", 'She was, her son said, "the most stubborn and the kindest woman who ever lived."')]


# -- a fire and rescue service: the NER cuts the name at "and" -----------------------------------

def test_a_fire_and_rescue_service_keeps_its_whole_name(nlp):
    text = ("Firefighters spent six hours tackling a blaze at a disused warehouse in Leeds.\n\n"
            "Ten engines were called to the building shortly after 21:00 on Tuesday, West Yorkshire Fire and "
            "Rescue Service said.")
    assert [q.speaker.name for q in quotes(nlp, text)] == ["West Yorkshire Fire and Rescue Service"]


def test_a_false_title_before_a_name_the_ner_missed(nlp):
    text = ("Two people have been taken to hospital after a fire at a block of flats in Cardiff.\n\n"
            "Neighbour Dylan Price, 67, said he was woken by shouting. \"I looked out and the whole stairwell "
            "was black,\" the retired postman said.")
    assert [q.speaker.name for q in quotes(nlp, text)] == ["Dylan Price", "Dylan Price"]
