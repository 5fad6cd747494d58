"""The quote-mark lexer: pairing, apostrophes, paragraphs, stray marks. No model needed."""

from __future__ import annotations

import pytest

from onrecord.quotes.marks import find_quotes


def inner(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" and left.', ["we will win"]),
        ("“We will win,” he said.", ["We will win,"]),
        ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
        ("„Wir werden gewinnen“, sagte er.", ["Wir werden gewinnen"]),
        ("''I know one thing,'' Mr. Elkins said.", ["I know one thing,"]),
        ("``Not now,'' she said.", ["Not now,"]),
    ],
)
def test_marks_of_every_kind_pair(text, expected):
    assert inner(text) == expected


def test_single_quoted_speech_in_a_headline():
    text = "Minister: ‘We will not back down’ on pensions\n\nThe minister spoke on Monday."
    assert inner(text) == ["We will not back down"]


def test_apostrophes_do_not_open_quotes():
    text = "It’s the ’90s again at Jones’ diner, and the owners don't mind. ‘Good times are back,’ one said."
    assert inner(text) == ["Good times are back,"]


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "“She told me, ‘Never again,’ and I believed her,” he said."
    assert inner(text) == ["She told me, ‘Never again,’ and I believed her,"]


def test_nested_double_quotes():
    text = "“I’d rather live in what he calls “hell” than there,” she wrote."
    assert inner(text) == ["I’d rather live in what he calls “hell” than there,"]


def test_odd_number_of_marks_does_not_derail_the_rest():
    # a stray opener ends where the next quote opens; a stray closer is ignored
    text = "He said “this is wrong. Then “We are fine,” she said. He left” early. “Bye,” he said."
    assert inner(text) == ["this is wrong. Then", "We are fine,", "Bye,"]


def test_unclosed_quote_ends_at_its_paragraph_when_no_mark_continues_it():
    text = "He said “this is wrong and left.\n\nThe meeting ended. “We are fine,” she said."
    assert inner(text) == ["this is wrong and left.", "We are fine,"]


def test_multi_paragraph_quote_opens_each_paragraph_and_closes_once():
    text = "“The first paragraph goes on.\n\n“The second one too.\n\n“The last one closes,” she said.\n\nNext story."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert text[q.start:q.end].startswith("The first paragraph")
    assert text[q.start:q.end].endswith("The last one closes,")
    assert q.paragraphs == 3


def test_quote_cut_off_by_the_end_of_the_text():
    text = "The mayor said: “We will rebuild every house"
    (q,) = find_quotes(text)
    assert text[q.start:q.end] == "We will rebuild every house"
    assert not q.closed


def test_markup_attributes_are_not_quotes():
    text = '<tweet author="@mayor" id="1">Roads are open.</tweet> He said "done" twice.'
    assert inner(text) == ["done"]


def test_ten_thousand_stray_marks_never_raise():
    text = ('" ' * 10_000) + "“unclosed " * 1000
    spans = find_quotes(text)
    assert all(0 <= q.start <= q.end <= len(text) for q in spans)


def test_a_closing_pair_of_apostrophes_is_two_characters_wide():
    text = "''We will stay,'' she said."
    (span,) = find_quotes(text)
    assert (span.start, span.end, span.outer_end) == (2, 15, 17)
