"""Speaker names, rule by rule, with no model: docs/entities.md on hand-built parses.

Each test takes an article's parse from ``parses.PARSES`` (see ``tests/annotated.py``), builds
the quotes as the quote stage would give them (the quoted words and the speaker mention as
written), resolves the speakers and checks the name a reader should see, worked out by reading
the text.
"""

from __future__ import annotations

import re

from entities_parses import PARSES

from annotated import annotated
from onrecord.entities import resolve
from onrecord.types import Quote, Speaker


def speakers(name: str, specs: list[tuple[str, str, int]]) -> list[Speaker]:
    """The resolved speakers of quotes (quoted words, speaker mention, which occurrence of it)."""
    text, rows = PARSES[name]
    quotes = []
    for words, mention, nth in specs:
        start = text.index(words)
        at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text)][nth]
        quotes.append(Quote(id=f"q{start}", kind="direct", text=words, start=start, end=start + len(words),
                            speaker=Speaker(name=mention, mention=mention, start=at, end=at + len(mention))))
    _, resolved = resolve(annotated(text, rows), quotes)
    return [q.speaker for q in resolved]


def test_a_surname_with_a_curly_apostrophe_is_part_of_the_name():
    # the tagger reads "O’Kelly" as an adverb and the NER stops at "Eugene"
    (sp,) = speakers("okelly", [("the claims were very serious", "Judge O’Kelly", 0)])
    assert (sp.name, sp.type) == ("Eugene O’Kelly", "person")


def test_a_surname_the_tagger_misreads_is_the_name_before_a_speech_verb():
    # "More" tagged an adverb: written exactly as Ron More's surname, right before "says"
    (sp,) = speakers("more", [("It's purely financial,", "More", 1)])
    assert (sp.name, sp.type) == ("Ron More", "person")


def test_a_name_tagged_org_that_opens_with_a_given_name_and_takes_a_person_noun_is_a_person():
    # the NER tags "Theresa Fleege" ORG; ", spokeswoman for ..." says she is a person
    first, second = speakers("fleege", [("We are going to have a serious flu season,", "Theresa Fleege", 0),
                                        ("Get a shot,", "Fleege", 1)])
    assert (first.name, first.type) == ("Theresa Fleege", "person")
    assert (second.name, second.type, second.entity) == ("Theresa Fleege", "person", first.entity)


def test_a_name_in_apposition_to_a_described_person_is_a_person():
    # "another fan, Nadine,": the NER tags Nadine ORG; the description's name is hers
    (sp,) = speakers("nadine", [("We love you,", "another fan", 0)])
    assert (sp.name, sp.type) == ("Nadine", "person")


def test_an_organisation_with_a_role_noun_after_it_stays_an_organisation():
    (sp,) = speakers("google", [("Prices are up,", "Google", 0)])
    assert (sp.name, sp.type) == ("Google", "organization")


def test_a_described_person_with_no_antecedent_is_an_antecedent():
    # "the defendant" points back to no one named; the "he" after it is the defendant, not
    # the solicitor two sentences back
    (sp,) = speakers("defendant", [("She told me to plead guilty,", "he", 0)])
    assert sp.name == "the defendant" and sp.type == "anonymous"


def test_an_age_epithet_refers_back_like_a_pronoun():
    # "the 21-year-old forward" names no role Fernandes was given (midfielder): the age says it
    # is someone the reader has met, the most salient person
    (sp,) = speakers("age_forward", [("I am very happy to be here.", "the 21-year-old forward", 0)])
    assert (sp.name, sp.type) == ("Mateus Fernandes", "person")
    (sp,) = speakers("age_alone", [("I did not see the car,", "the 45-year-old", 0)])
    assert (sp.name, sp.type) == ("Tom Reyes", "person")


def test_an_organisation_described_in_the_lede_is_the_one_named_after_with_that_head():
    (sp,) = speakers("trust_lede", [("failing terribly", "A hospital trust", 0)])
    assert (sp.name, sp.type) == ("Isle of Wight NHS Trust", "organization")


def test_a_definite_description_of_an_organisation_points_back_to_the_one_just_speaking():
    # "office" heads no name of the article; the bureau was the subject of the sentence before
    (sp,) = speakers("state_office", [("conduct", "The state office", 0)])
    assert (sp.name, sp.type) == ("Municipal Bureau of Culture", "organization")


def test_the_head_of_an_organisation_name_is_its_noun_before_a_preposition():
    (sp,) = speakers("committee", [("second dose", "The committee", 0)])
    assert (sp.name, sp.type) == ("Advisory Committee on Immunization Practices", "organization")


def extracted(name: str) -> list[Quote]:
    """The quote stage and the entities stage over a kept parse."""
    from onrecord.quotes import ArticleIndex, extract_quotes

    text, rows = PARSES[name]
    doc = annotated(text, rows)
    return resolve(doc, extract_quotes(ArticleIndex(doc, []), ("direct", "mixed", "indirect")))[1]


def test_a_participle_after_a_thing_takes_the_subject_of_its_clause():
    # "citing" hangs on "tour" in the parse, "saying" on "bench": things do not speak
    (q,) = [q for q in extracted("citing") if "unforeseen" in q.text]
    assert (q.speaker.mention, q.speaker.name) == ("Pop singer Justin Bieber", "Justin Bieber")
    (q,) = [q for q in extracted("bench") if "federalism" in q.text]
    assert (q.speaker.mention, q.speaker.name) == ("The Centre", "Centre")


def test_a_participle_after_a_person_noun_keeps_that_person():
    (q,) = [q for q in extracted("spokesman_saying") if "going well" in q.text]
    assert q.speaker.mention == "a spokesman"


def test_an_organisation_the_ner_cuts_at_and_is_made_whole():
    first, second = speakers("flood_centre", [("At least 26 districts have been flooded", "the state-run Flood Forecasting and Warning Centre", 0),
                                              ("floods would remain high until Saturday", "The centre", 0)])
    assert first.name == second.name == "Flood Forecasting and Warning Centre"
    (sp,) = speakers("inegi", [("Annual inflation held steady at 8.7 percent", "the National Institute of Statistics and Geography", 0)])
    assert (sp.name, sp.type) == ("National Institute of Statistics and Geography", "organization")
    # the NER tags the last word PERSON here: one word joined by "and" in the parse is still the name's
    (sp,) = speakers("inegi_aka", [("annual inflation in September held steady", "the National Institute of Statistics and Geography", 0)])
    assert (sp.name, sp.type) == ("National Institute of Statistics and Geography", "organization")


def test_a_title_and_a_name_tagged_org_is_a_person():
    (sp,) = speakers("councilman", [("The budget has declined 6.6% over the past four years", "Councilman Rivera", 0)])
    assert sp.type == "person"


def test_a_title_split_from_its_full_stop_still_gives_the_role():
    # "Const." is two tokens: the role (constable, chief) still reaches Adam Palmer, whom the
    # lede described as the police chief
    (sp,) = speakers("police_chief", [("the cuts could hurt public safety", "Vancouver's police chief", 0)])
    assert (sp.name, sp.type) == ("Adam Palmer", "person")


def test_a_name_the_ner_missed_after_a_description_names_the_speaker():
    # "Doctors Without Borders" carries no entity tag; in apposition to "the medical charity"
    # its capitalised words are the organisation's name
    (sp,) = speakers("msf", [("The situation is grave,", "the medical charity", 0)])
    assert (sp.name, sp.type) == ("Doctors Without Borders", "organization")


def test_a_quoted_paragraph_after_reported_speech_is_the_reporter_s_source():
    # one paragraph of narrative stands between the quotes, and it ends in reported speech:
    # the quote goes on in Thompson's voice, not in Bakker's
    *_, q = [q for q in extracted("across_reported") if q.kind == "direct"]
    assert q.text.startswith("I really did not want") and q.speaker.mention == "Thompson"


def test_a_quoted_paragraph_after_narrative_keeps_the_voice_before():
    *_, q = [q for q in extracted("across_narrative") if q.kind == "direct"]
    assert q.text.startswith("Crawley and Duckett") and q.speaker.mention == "Stokes"
    assert "inherited-speaker" in q.flags


def test_the_one_quoted_as_saying_speaks():
    # "cited a source as saying", "quoted an aide as saying": the outlet relays, the source speaks
    (q,) = [q for q in extracted("cited_as") if "just over it" in q.text]
    assert (q.speaker.mention, q.speaker.name) == ("a source", "a source")
    (q,) = [q for q in extracted("quoted_as") if "dead" in q.text]
    assert q.speaker.mention == "an aide"


def test_the_people_of_reported_speech_are_antecedents():
    # "According to reports, Jessi tried ...": the reporter's words, not a speaker's; the "She"
    # after them is Jessi, not the woman of the sentence before
    (q,) = [q for q in extracted("reported_antecedent") if q.text.startswith("she had met")]
    assert (q.speaker.mention, q.speaker.name) == ("She", "Jessi")


def test_a_group_described_in_the_lede_is_the_organisation_named_next():
    (q, _) = extracted("watchdog")
    assert (q.speaker.mention, q.speaker.name, q.speaker.type) == (
        "A ratepayer watchdog group", "Auckland Ratepayers' Alliance", "organization")


def test_a_dash_read_as_a_subject_gives_way_to_the_name():
    (q,) = [q for q in extracted("dash_subject") if q.kind == "direct"]
    assert (q.speaker.mention, q.speaker.name) == ("Trump", "Trump")


def test_a_name_the_parse_hangs_on_a_thing_as_apposition_is_the_subject():
    (q,) = [q for q in extracted("appos_subject") if "wake-up" in q.text]
    assert (q.speaker.mention, q.speaker.name) == ("Minyon Moore", "Minyon Moore")


def test_a_quoted_label_after_narrative_is_no_speech():
    # a one-word quoted line (a crosshead) after a paragraph of narrative inherits no speaker
    assert [q.text for q in extracted("across_label") if q.kind == "direct"] == ["We got so much cricket coming up,"]


def test_a_name_tagged_org_whose_surname_takes_mrs_elsewhere_is_a_person():
    (sp,) = speakers("fleege_mrs", [("Get a flu shot now,", "Mrs. Fleege", 0)])
    assert (sp.name, sp.type, sp.gender) == ("Theresa Fleege", "person", "female")
