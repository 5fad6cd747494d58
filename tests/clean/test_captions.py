"""Photo credits and caption labels: page furniture inside a line, reason ``caption``.

The strings were written for these tests; each expected span was worked out by hand: the label
words with, for a credit, the credited name or agency up to the next label, the line's end or the
caption's first word. The caption's own words stay article text.
"""

from __future__ import annotations

import time

import pytest

from onrecord.clean import REASONS, find_boilerplate
from onrecord.clean.lines import caption_spans
from onrecord.types import Document


def captions(text: str) -> list[str]:
    return [text[b.start:b.end] for b in find_boilerplate(Document("t", text)) if b.reason == "caption"]


def test_caption_is_a_reason():
    assert "caption" in REASONS


@pytest.mark.parametrize("text, expected", [
    # the BBC shape: a credit, then a caption label, then the caption's own words
    ("date 2019-03-08 Image copyright Mark Pilbeam Image caption The trust's chief executive said the trust "
     "had not told her office.", ["Image copyright Mark Pilbeam", "Image caption"]),
    ("Image source, Getty Images\nImage caption, Crowds gathered outside the court", ["Image source, Getty Images",
                                                                                      "Image caption"]),
    ("Media caption The mayor spoke to reporters on Monday", ["Media caption"]),
    ("The harbour will reopen in May. Photo: Jane Roe/AFP", ["Photo: Jane Roe/AFP"]),
    ("The harbour will reopen in May. (Photo by Jane Roe/Getty Images)", ["(Photo by Jane Roe/Getty Images)"]),
    ("(AP Photo/Ashwini Bhatia)", ["(AP Photo/Ashwini Bhatia)"]),
    ("Town boss Lee Glover. Picture by Peter Short", ["Picture by Peter Short"]),
    ("Queues at the hospital. File photograph: Frank Miller\n\nThe number fell.", ["File photograph: Frank Miller"]),
    ("Credit: Fayetteville Police Department", ["Credit: Fayetteville Police Department"]),
    ("FILE PHOTO: The singer performs in Las Vegas, May 22, 2016.", ["FILE PHOTO:"]),
    ("IMAGE COPYRIGHT REUTERS Image caption Police at the scene", ["IMAGE COPYRIGHT REUTERS", "Image caption"]),
    ("A flag on a machine gun [File: Jane Roe/Reuters]", ["[File: Jane Roe/Reuters]"]),
    ("Images: Getty\n\nThe mayor spoke.", ["Images: Getty"]),  # a whole credit line
    # the credit ends where the caption's words begin
    ("Photo: AFP The mayor said the plan was dead.", ["Photo: AFP"]),
])
def test_credits_and_labels(text, expected):
    assert captions(text) == expected


@pytest.mark.parametrize("text", [
    "The image caption was wrong, the editor said.",
    "The Image caption was wrong, the editor said.",
    "She showed reporters a photo of the mayor.",
    "Picture this: a city without a single car.",
    "A photo by Jane Roe won the prize.",
    "He said the source: nobody knew.",
    "Critics said the credit: card scheme had failed.",
    "Photographs of the mayor were shown in court.",
])
def test_article_sentences_are_not_captions(text):
    assert captions(text) == []


def test_the_caption_text_stays_article_text():
    text = "Image caption Mr Smith said the plan was \"dead in the water\""
    assert [text[a:b] for a, b in caption_spans(text)] == ["Image caption"]


def test_captions_are_linear():
    for line in ("Image copyright " * 60_000, "Photo: " + "Jane Roe " * 100_000, "(" + "Photo by " * 80_000,
                 "Photo: RNZ. " * 100_000, "Image caption " * 80_000, "said the mayor " * 80_000 + "Photo: AFP"):
        started = time.perf_counter()
        find_boilerplate(Document("t", line))
        assert time.perf_counter() - started < 5, line[:40]
