"""Speaker names on politics, courts and business copy from wire services and national papers
(issue: unseen news, round 9, helper a).

Each text was written for these tests, in the style of one desk (AP, Reuters, The Hindu, Irish
Times, ABC); the expected names were worked out by reading it.
"""

from __future__ import annotations

from onrecord import extract


def names(nlp, text: str) -> list[str | None]:
    return [q.speaker.name for q in extract(text, nlp=nlp).quotes]


def test_a_name_after_attorneys_for_someone_is_the_client(nlp):
    # AP court copy: one person set after "Attorneys for the deputy," is the deputy, never the
    # attorneys, who speak unnamed
    text = ("A jury on Friday found a former sheriff's deputy guilty of manslaughter.\n\n"
            "Attorneys for the deputy, Brandon Kyle, said they would appeal.")
    said = [q.speaker.name for q in extract(text, nlp=nlp).quotes if q.text == "they would appeal"]
    assert [n.lower() for n in said if n] == ["attorneys for the deputy"]


def test_a_name_after_lawyers_for_a_founder_is_the_founder(nlp):
    # the possessive in the linking phrase ("Vestergaard's founder") is no part of a name
    text = ("Lawyers for Vestergaard's founder, Poul Jensen, said in a letter to the board that he would "
            "oppose any sale below 300 crowns a share.")
    assert [n.lower() for n in names(nlp, text)] == ["lawyers for vestergaard's founder"]
