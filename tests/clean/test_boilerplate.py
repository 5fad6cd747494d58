"""Boilerplate spans: what page furniture is found, and what article text is left alone."""

from __future__ import annotations

import pytest

from onrecord.clean import boilerplate_around, find_boilerplate, in_boilerplate
from onrecord.types import Boilerplate, Document


def spans(text: str) -> list[tuple[str, str]]:
    """(reason, covered text) for every span found in ``text``."""
    return [(b.reason, text[b.start : b.end]) for b in find_boilerplate(Document("t", text))]


def span_of(text: str, piece: str, reason: str, occurrence: int = 0) -> Boilerplate:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return Boilerplate(start, start + len(piece), reason)


LEAD = ("The city council on Tuesday backed a plan to reopen the old harbour, ending a two-year "
        "stalemate that had left dozens of fishing boats idle.")


def test_scraped_page_with_repeated_lead_and_teaser_list(data_dir):
    text = (data_dir / "clean" / "harbour_page.txt").read_text(encoding="utf-8")
    teasers = ("Most read\n'We will not back down,' says minister as rail strike enters third week\n"
               "\"I was terrified\": passengers describe ferry fire\nMayor says \"no more delays\" on ring road")
    assert find_boilerplate(Document("harbour", text)) == [
        span_of(text, "Skip to main content", "navigation"),
        span_of(text, LEAD, "duplicate", occurrence=0),  # the copy glued on top, not the body's
        span_of(text, "By Jane Roe and MARK O'NEILL", "byline"),
        span_of(text, "Share this article", "share"),
        span_of(text, "PORTSMOUTH, England (Reuters) -", "dateline"),
        span_of(text, "Advertisement", "navigation"),
        span_of(text, teasers, "related-links"),
        span_of(text, "Copyright 2024 The Portsmouth Ledger. All rights reserved.", "copyright"),
    ]


def test_article_sentences_that_look_like_furniture_are_not_flagged(data_dir):
    text = (data_dir / "clean" / "harbour_page.txt").read_text(encoding="utf-8")
    found = find_boilerplate(Document("harbour", text))
    for sentence in ("By the end of the year, the first berths should be open again",
                     "Related measures, including a new fish market",
                     "\"We have waited long enough,\" said Maria Lopez",
                     "\"It is a blank cheque,\" said Tom Baker"):
        start = text.index(sentence)
        assert in_boilerplate(found, start, start + len(sentence)) is None, sentence


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe",
        "By JANE ROE and JOHN DOE",
        "BY JANE ROE, STAFF WRITER",
        "By Jane Roe, Local Democracy Reporter",
        "Jane Roe | Reuters",
        "By J.K. Lee and Anna de la Cruz in Madrid",
        "(Reporting by Jane Roe; Editing by John Doe)",
    ],
)
def test_bylines(line):
    text = f"Harbour plan approved\n\n{line}\n\nThe council approved the plan on Tuesday, its chair said."
    assert spans(text) == [("byline", line)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "By the end of the year, the first berths should be open, the council said.",
        "By Monday, the Senate had voted",
        "By March, Democrats controlled the House",
        "By contrast, the opposition wants a smaller plan.",
        "By Any Means Necessary",
        "Related measures will be voted on in May, said the clerk, Ann Byers.",
        "The mayor said more from the budget would be read more carefully next week.",
        "Read more about the plan in the council's own report, which runs to 300 pages.",
        "Sign up was slow, the organisers admitted, but the newsletter still reached 3,000 homes.",
        "Copyright law was not the issue, the judge said.",
        "NATO said the exercise would go ahead.",
    ],
)
def test_article_paragraphs_are_never_flagged(paragraph):
    text = f"Harbour plan approved\n\n{paragraph}\n\nThe council approved the plan on Tuesday, its chair said."
    assert spans(text) == []


@pytest.mark.parametrize(
    ("prefix", "rest"),
    [
        ("WASHINGTON (Reuters) -", " The Senate voted 52-48 on Tuesday to confirm the nominee."),
        ("LONDON —", " Britain's economy grew faster than expected, official figures showed."),
        ("NEW YORK (AP) —", " Stocks fell sharply on Wednesday."),
        ("BEIRUT, Lebanon —", " Rescue teams worked through the night."),
        ("LONDON, March 5 (Reuters) -", " The Bank of England held rates."),
        ("Washington (CNN)", "The White House said on Monday it would veto the bill."),
    ],
)
def test_datelines_cover_just_the_prefix(prefix, rest):
    text = f"Senate confirms nominee\n\n{prefix}{rest}\n\n\"It was close,\" an aide said."
    assert spans(text) == [("dateline", prefix)]


def test_a_dateline_only_opens_one_of_the_first_paragraphs():
    body = "\n\n".join(f"Paragraph {i} of the story says what the minister said on the day." for i in range(10))
    text = body + "\n\nLONDON — a late paragraph that merely starts with a capitalised word."
    assert spans(text) == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("Advertisement", "navigation"),
        ("Sign up for our daily newsletter", "navigation"),
        ("Story continues below advertisement", "navigation"),
        ("Share this article", "share"),
        ("Follow us on Twitter", "share"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.", "cookie"),
        ("© 2024 The Portsmouth Ledger", "copyright"),
        ("Copyright 2024 The Associated Press. All rights reserved. This material may not be published.", "copyright"),
        ("Read more: Mayor vows to fix the harbour by spring", "related-links"),
    ],
)
def test_furniture_lines(line, reason):
    text = f"Council approves harbour plan\n\n{line}\n\nThe vote was 7-2, the clerk said, after a long debate."
    assert spans(text) == [(reason, line)]


def test_cookie_banner_buttons_follow_the_banner():
    banner = "This website uses cookies to personalise content and ads."
    text = f"{banner}\nAccept all\nManage preferences\n\nThe council met on Tuesday, the clerk said."
    assert spans(text) == [("cookie", banner), ("cookie", "Accept all"), ("cookie", "Manage preferences")]


def test_teaser_list_stops_at_the_next_article_paragraph():
    teasers = "Related\nMayor says \"no more delays\" on ring road\nHarbour works to start in May"
    body = ("The council's decision came after months of talks with fishermen, who had warned that a further "
            "delay would force several family businesses to close for good.")
    text = f"Harbour plan approved\n\n{teasers}\n\n{body}"
    assert spans(text) == [("related-links", teasers)]


@pytest.mark.parametrize("glue", ["", " "], ids=["no-space", "space"])
def test_lead_glued_to_the_body_without_a_line_break(glue):
    body_rest = " \"We have waited long enough,\" said Maria Lopez, who chairs the works committee."
    text = f"Harbour plan approved\n\n{LEAD}{glue}{LEAD}{body_rest}"
    found = find_boilerplate(Document("glued", text))
    assert found == [span_of(text, LEAD, "duplicate", occurrence=0)]


def test_truncated_excerpt_glued_in_front():
    excerpt = LEAD[:90] + "…"
    text = f"Harbour plan approved\n\n{excerpt}\n\n{LEAD}\n\n\"It is a blank cheque,\" said Tom Baker."
    assert spans(text) == [("duplicate", excerpt)]


def test_a_pull_quote_repeated_further_down_reports_the_later_copy():
    quote_para = "\"We will not let this harbour die,\" said Maria Lopez, who chairs the works committee."
    filler = [f"Paragraph {i} describes the long debate in the council chamber and what each side argued." for i in range(4)]
    text = "\n\n".join(["Harbour plan approved", LEAD, quote_para, *filler, quote_para, "The vote was 7-2."])
    assert find_boilerplate(Document("pull", text)) == [span_of(text, quote_para, "duplicate", occurrence=1)]


def test_a_sentence_repeated_inside_different_paragraphs_is_article_text():
    tweet = "“Did the council really think nobody would notice the missing money in the harbour budget?”"
    text = (f"In one tweet on Friday, the mayor wrote: {tweet}\n\nThe council did not respond.\n\n"
            f"Asked about it on Saturday, the mayor repeated: {tweet}")
    assert spans(text) == []


def test_duplicates_are_linear_and_keep_one_copy():
    para = "The harbour master said the berths would be inspected every week until the end of the season."
    text = "\n\n".join([para] * 3000)
    # adjacent copies: each earlier one is reported, the last is kept; the spans merge across blank lines
    assert find_boilerplate(Document("many", text)) == [Boilerplate(0, len(text) - len(para) - 2, "duplicate")]


def test_in_boilerplate():
    found = [Boilerplate(10, 20, "byline"), Boilerplate(30, 60, "related-links")]
    assert in_boilerplate(found, 35, 50) == found[1]
    assert in_boilerplate(found, 25, 40) == found[1]  # 10 of 15 characters inside
    assert in_boilerplate(found, 0, 14) is None  # only 4 of 14 inside
    assert in_boilerplate(found, 20, 30) is None
    assert in_boilerplate(found, 12, 12) == found[0]
    assert in_boilerplate(found, 60, 60) is None
    assert in_boilerplate([], 0, 5) is None


def test_boilerplate_around_needs_the_whole_range_inside():
    found = [Boilerplate(10, 20, "byline"), Boilerplate(30, 60, "related-links")]
    assert boilerplate_around(found, 35, 50) == found[1]
    assert boilerplate_around(found, 30, 60) == found[1]  # edges included
    assert boilerplate_around(found, 25, 40) is None  # 10 of 15 inside: enough for in_boilerplate, not here
    assert boilerplate_around(found, 15, 35) is None  # across two spans
    assert boilerplate_around(found, 55, 61) is None
    assert boilerplate_around(found, 0, 5) is None
    assert boilerplate_around([], 0, 5) is None


def test_text_is_never_changed_and_spans_are_trimmed(data_dir):
    text = (data_dir / "clean" / "harbour_page.txt").read_text(encoding="utf-8")
    doc = Document("harbour", text)
    found = find_boilerplate(doc)
    assert doc.text == text
    for b in found:
        assert text[b.start : b.end] == text[b.start : b.end].strip()
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("prefix", ["CHENNAI:", "NEW DELHI:", "NEW DELHI, Mar 3 (PTI):"])
def test_a_colon_dateline_covers_just_the_prefix(prefix):
    text = f"Stalin slams Centre\n\n{prefix} Chief Minister M.K. Stalin on Monday accused the Centre.\n\nMore text."
    assert spans(text) == [("dateline", prefix)]


def test_a_transcript_turn_is_no_colon_dateline():
    text = "Interview\n\nOWENS: Why should patients believe you?\n\nMARSH: Because we are funding the staff."
    assert spans(text) == []
