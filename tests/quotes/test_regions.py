"""quote_regions: which sentences the fast path parses (worked out by hand)."""

from __future__ import annotations

from itertools import pairwise

from onrecord.language.sentences import sentence_cuts
from onrecord.quotes.regions import quote_regions

ARTICLE = (
    "The council met on Tuesday. Mr. Smith was angry. \u201cWe will fight,\u201d he said. "
    "The vote is next week.\n\n"
    "Smith said:\n\n"
    "\u201cIt is a disgrace.\u201d\n\n"
    "The mayor declined to comment. Officials called the plan \u201ca disaster\u201d on Monday.\n\n"
    "The budget passed.\n\n"
    "\u201cWe are ready,\u201d she said."
)


def _sentences(text: str) -> list[str]:
    bounds = [0, *sentence_cuts(text), len(text)]
    return [text[a:b] for a, b in pairwise(bounds)]


def test_sentences_are_cut_at_end_punctuation_and_line_breaks_but_not_after_titles():
    assert _sentences(ARTICLE) == [
        "The council met on Tuesday. ",
        "Mr. Smith was angry. ",  # no cut after "Mr."
        "\u201cWe will fight,\u201d he said. ",
        "The vote is next week.\n\n",
        "Smith said:\n\n",
        "\u201cIt is a disgrace.\u201d\n\n",
        "The mayor declined to comment. ",
        "Officials called the plan \u201ca disaster\u201d on Monday.\n\n",
        "The budget passed.\n\n",
        "\u201cWe are ready,\u201d she said.",
    ]


def test_initials_and_abbreviations_do_not_end_a_sentence():
    assert sentence_cuts("John F. Kennedy met U.S. officials. They left.") == [36]


def test_regions_are_quote_sentences_with_the_sentence_that_leads_in():
    got = [ARTICLE[a:b] for a, b in quote_regions(ARTICLE)]
    assert got == [
        # the quote opens its sentence, and the sentence before is in the same paragraph
        "Mr. Smith was angry. \u201cWe will fight,\u201d he said. ",
        # the sentence before is in another paragraph but ends with a colon
        "Smith said:\n\n\u201cIt is a disgrace.\u201d\n\n",
        # a quote inside its sentence: the sentence alone
        "Officials called the plan \u201ca disaster\u201d on Monday.\n\n",
        # the paragraph before neither belongs to it nor leads in with a colon
        "\u201cWe are ready,\u201d she said.",
    ]


def test_a_quote_over_several_paragraphs_is_one_region():
    text = "Intro here.\n\n\u201cFirst part of it.\n\n\u201cSecond part,\u201d she said.\n\nAfter."
    assert [text[a:b] for a, b in quote_regions(text)] == [
        "\u201cFirst part of it.\n\n\u201cSecond part,\u201d she said.\n\n"
    ]


def test_text_without_quote_marks_has_no_region():
    assert quote_regions("The council said it would vote. Nothing was quoted.") == []
    assert quote_regions("") == []


def test_the_sentence_after_a_quote_that_ends_its_sentence_is_kept():
    text = "Rain fell. “Why now?” Trump asked. The crowd left.\n\n“No.” Nobody else spoke."
    assert [text[a:b] for a, b in quote_regions(text)] == [
        "Rain fell. “Why now?” Trump asked. ",
        "“No.” Nobody else spoke.",
    ]
