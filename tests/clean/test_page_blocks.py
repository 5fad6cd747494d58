"""Page noise of issue 11: a repeated lead glued to the next line, and headline-plus-summary
teaser blocks ("Most viewed", "New Articles") whose summaries end in "...".

The pages were written for these tests; the expected spans were worked out by reading them.
"""

from __future__ import annotations

from onrecord.clean import find_boilerplate
from onrecord.types import Document

LEAD = "The council voted on Tuesday to back a plan for a flood wall along the harbour front."


def spans(text: str) -> list[tuple[str, str]]:
    return [(b.reason, text[b.start:b.end]) for b in find_boilerplate(Document("t", text))]


def test_a_repeated_lead_glued_to_the_next_line_is_a_duplicate():
    text = (f"Harbour town split over flood wall\n\n{LEAD}By Dana Lee, Local Democracy Reporter\n\n"
            f"{LEAD}\n\nResidents packed the hall for three hours before the vote, and many stayed outside.\n")
    first = text.index(LEAD)
    found = [(b.reason, b.start, b.end) for b in find_boilerplate(Document("t", text))]
    assert ("duplicate", first, first + len(LEAD)) in found  # the glued copy, not the body's
    assert not any(start == text.index(LEAD, first + 1) for _, start, _ in found)


def test_a_lead_glued_inside_a_sentence_of_another_line_is_left_alone():
    # the same words repeated mid-line are article text, not a glued lead
    text = (f"Harbour town split over flood wall\n\nYesterday, as expected: {LEAD}\n\n{LEAD}\n\n"
            "Residents packed the hall for three hours before the vote, and many stayed outside.\n")
    assert ("duplicate", f"Yesterday, as expected: {LEAD}") not in spans(text)


MOST_VIEWED = (
    "Most viewed\n\n"
    "Minister resigns over leaked memo\n"
    "The new national security adviser said the memo was a forgery and that he would stay in his post "
    "until the inquiry reports to parliament next month, officials said...\n"
    "Basque group announces ceasefire\n"
    "The Basque militant group said on Sunday it would lay down its arms after four decades of violence, "
    "in a statement sent to a newspaper in the region...")
NEW_ARTICLES = (
    "New Articles\n\n"
    "Storm closes ferry routes\n"
    "Ferries between the islands were cancelled for a second day as winds reached ninety miles an hour "
    "along the coast, the operator said in a statement on its website...")


def test_headline_and_summary_teaser_blocks_are_related_links():
    body = "Residents packed the hall. “We cannot wait another winter,” said Mayor Ana Ruiz.\n\n"
    text = body + MOST_VIEWED + "\n\n" + NEW_ARTICLES + "\n"
    assert spans(text) == [("related-links", MOST_VIEWED), ("related-links", NEW_ARTICLES)]


def test_a_long_paragraph_ending_in_an_ellipsis_after_a_heading_is_still_article_text():
    paragraph = ("The mayor spoke for an hour. " * 16).strip() + ".."  # far over a teaser's length
    text = "Most viewed\n\nHarbour wall approved\n" + paragraph + "\n"
    assert spans(text) == [("related-links", "Most viewed\n\nHarbour wall approved")]
