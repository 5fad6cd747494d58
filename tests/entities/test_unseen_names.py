"""Names of desks the gold sets hold little of, end to end (issue: unseen news).

Each text was written for these tests; the expected names were worked out by reading it.
"""

from __future__ import annotations

from onrecord import extract


def speakers(nlp, text: str, words: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.name, q.speaker.type) for q in extract(text, nlp=nlp).quotes if words in q.text]


PATRA = ('Reacting to the remarks, BJP spokesperson Sambit Patra said the DMK was spreading "fear and '
         'misinformation" among the people.\n\n'
         '"No state will lose a single seat. The Prime Minister has said this clearly," Mr. Patra told '
         'reporters in New Delhi.')


def test_a_name_the_ner_took_for_an_organisation_is_the_person_mr_names(nlp):
    # "Sambit" is no given name the lexicon knows; the role noun before it and "Mr. Patra" say a person
    assert speakers(nlp, PATRA, "fear and") == [("Sambit Patra", "person")]
    assert speakers(nlp, PATRA, "single seat") == [("Sambit Patra", "person")]


RELEASE = ("CALGARY, Alberta -- Northwind Energy Inc. today reported record revenue of $1.2 billion.\n\n"
           "In a statement, the company said it expects production to grow by 8 to 10 percent.\n\n"
           "About Northwind Energy\n\n"
           "Northwind Energy is a Calgary-based renewable and natural gas producer.")


def test_a_company_is_one_entity_with_and_without_its_legal_form(nlp):
    result = extract(RELEASE, nlp=nlp)
    names = [e.name for e in result.entities if e.type == "ORG"]
    assert all("\n" not in n for n in names), names  # a name never runs over a line break
    assert [n for n in names if n.startswith("Northwind Energy")] == ["Northwind Energy Inc."]
    assert speakers(nlp, RELEASE, "expects production") == [("Northwind Energy Inc.", "organization")]
