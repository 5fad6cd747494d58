"""Headlines labelled with their running story (stop 24): the label is no speaker.

Each text was written for these tests; the expected records were worked out by reading it.
"""

from __future__ import annotations

from onrecord import extract


def records(nlp, text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker.name) for q in extract(text, nlp=nlp).quotes]


def test_a_storm_named_before_a_headline_colon_is_the_topic_not_a_speaker(nlp):
    # BBC-style headlines label the running story: "Storm Darragh: ...", "Trump trial: ..."
    text = ("Storm Darragh: thousands without power as red warning issued\n\n"
            "More than 50,000 homes were without power on Saturday.")
    assert records(nlp, text) == []
    text = "Trump trial: jury selection begins in New York\n\nThe first jurors were sworn in on Monday."
    assert records(nlp, text) == []


def test_a_person_before_a_headline_colon_still_speaks(nlp):
    text = "Graham: Trump rhetoric is destroying the GOP\n\nThe senator spoke in Columbia."
    assert [(k, s) for k, _, s in records(nlp, text)] == [("indirect", "Graham")]
