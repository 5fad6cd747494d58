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
