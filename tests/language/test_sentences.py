"""The one sentence rule (worked out by hand)."""

from __future__ import annotations

import pytest

from onrecord.language.sentences import has_sentence_end, last_sentence_start, sentence_cuts, sentence_ends


def starts(text: str) -> list[str]:
    cuts = [0, *sentence_cuts(text), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


def test_end_marks_then_a_capital_a_digit_or_an_opening_quote():
    assert starts('He left. She stayed! Why? 40 more came. "We stay," they said. “no,” one said.') == [
        "He left. ", "She stayed! ", "Why? ", "40 more came. ", '"We stay," they said. ', "“no,” one said."]


@pytest.mark.parametrize("text", [
    "Mr. Smith spoke.", "Sen. Ted Cruz spoke.", "John F. Kennedy spoke.", "U.S. officials spoke.",
    "It rained on Jan. 6 again.", "Apple Inc. Said nothing.", "The end. and then some.", "Fla. — a state.",
    "Rep. G.K. Butterfield spoke.", "It is No. 10 on the list.",
])
def test_no_end_after_an_abbreviation_an_initial_or_before_lower_case(text):
    assert sentence_cuts(text) == []


def test_no_is_an_abbreviation_only_before_a_number():
    assert starts("She said no. Then she left.") == ["She said no. ", "Then she left."]


def test_closing_marks_stay_with_their_sentence():
    text = 'She said "yes." Then she left.'
    (end,) = sentence_ends(text)
    assert (text[:end.mark], text[:end.end], text[end.next:]) == ('She said "yes.', 'She said "yes."', "Then she left.")


def test_line_breaks_always_end_a_sentence():
    assert starts("Headline\nBody text\n\nNext") == ["Headline\n", "Body text\n\n", "Next"]


def test_glued_sentences_of_a_scraped_page():
    text = "The council met on Tuesday.The council voted."
    assert sentence_cuts(text) == []
    assert [e.next for e in sentence_ends(text, glued=True)] == [text.index("The council voted")]


def test_lookups_over_a_stretch():
    text = "One. Two. Three"
    assert has_sentence_end(text, 0, 5) and not has_sentence_end(text, 5, 8)
    assert last_sentence_start(text, 0, len(text)) == text.index("Three")
    assert last_sentence_start(text, 6, 8) == 6  # none starts there


def test_an_acronym_ends_a_sentence_but_a_title_in_capitals_does_not():
    text = "He spoke of RT. Then he left. MR. SMITH WAS THERE."
    cuts = [e.next for e in sentence_ends(text)]
    assert cuts == [text.index("Then"), text.index("MR.")]
