"""Names shown for sport, culture, health, local and African and Asian desks (round 9, helper b).

Each text was written for these tests; the expected names were worked out by reading it.
"""

from __future__ import annotations

from onrecord import extract


def names(nlp, text: str) -> list[str | None]:
    return [q.speaker.name for q in extract(text, nlp=nlp).quotes]


def test_who_with_a_singular_verb_makes_a_person_of_a_name_tagged_otherwise(nlp):
    # "Denzel Washington" is an organisation to the small NER; "who plays" is said of a person
    text = ("Denzel Washington, who plays the power broker Macrinus, was guarded about the sequel.\n\n"
            "\u201cWe made a movie,\u201d he said.")
    assert names(nlp, text) == ["Denzel Washington"]


def test_a_club_with_who_and_a_plural_verb_stays_a_club(nlp):
    # British and South African copy writes "who" for a club, with the verb in the plural: no
    # person is made of it
    text = "Kaizer Chiefs, who are fourth in the table, said the striker had suffered a knee injury."
    quotes = extract(text, nlp=nlp).quotes
    assert [q.speaker.type for q in quotes] == ["organization"]
