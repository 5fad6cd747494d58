"""Stage 2, clean: Document -> list[Boilerplate].

Finds the parts of a scraped page that are not the article. The text is never changed:
spans are reported, and later stages use them to flag or drop quotes (see docs/clean.md).

Reasons, in the order they are looked for:

``related-links``  a teaser list: a heading ("Most read", "Related", "Read more", "Latest",
                   "More from ...", "Trending", "You may also like", "Recommended", ...) and
                   the short headline lines after it, as one span; or one "Read more: ..." line
``copyright``      "© 2024 ...", "Copyright 2024 ...", "... All rights reserved."
``cookie``         a cookie banner line and the "Accept all" / "Manage settings" lines after it
``share``          "Share this article", "Follow us on Twitter", "Facebook Twitter Email"
``navigation``     "Skip to main content", "Advertisement", "Sign up for our newsletter", ...
``byline``         "By Jane Roe", "By JANE ROE and JOHN DOE", "Jane Roe | Reuters",
                   "(Reporting by ...; Editing by ...)"
``dateline``       just the prefix "WASHINGTON (Reuters) -" / "LONDON —" of one of the first
                   paragraphs
``caption``        a photo credit or a caption label, inline or a whole line: "Image copyright
                   Mark Pilbeam", "Image caption", "Photo: Jane Roe/AFP", "(AP Photo/...)";
                   the caption's own words after the label are article text
``duplicate``      repeated text; the copy that is not the article body is reported (see
                   ``duplicates``)

Every rule is conservative: whole lines only (datelines: an anchored prefix; captions: a
label that opens with a capital after a line start, a full stop or another label), bounded
patterns, and everything linear in the length of the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..types import Boilerplate, Document
from .duplicates import find_repeats
from .lines import (
    TEASER_MAX_ITEMS,
    Line,
    caption_spans,
    colon_dateline_end,
    dateline_end,
    is_inline_teaser,
    is_teaser_heading,
    is_teaser_item,
    is_transcript_turn,
    line_reason,
    split_lines,
)

__all__ = ["REASONS", "boilerplate_around", "find_boilerplate", "in_boilerplate"]

REASONS: tuple[str, ...] = (
    "duplicate", "related-links", "byline", "dateline", "navigation", "share", "cookie", "copyright",
    "caption",
)
DATELINE_LINES = 6  # a dateline opens one of the first paragraphs (after a title, a byline...)
# Furniture that may sit inside a teaser list without ending it ("Advertisement", share icons,
# a thumbnail's photo credit).
_INSIDE_LISTS = ("navigation", "share", "caption")


def _teaser_list(lines: Sequence[Line], heading: int) -> int:
    """Index of the last line of the teaser list whose heading is ``lines[heading]``."""
    last = heading
    for i in range(heading + 1, min(len(lines), heading + 1 + TEASER_MAX_ITEMS)):
        text = lines[i].text
        reason = line_reason(text)
        if (reason and reason not in _INSIDE_LISTS) or is_teaser_heading(text) or not is_teaser_item(text):
            break
        last = i
    return last


def _line_spans(lines: Sequence[Line]) -> list[Boilerplate]:
    spans: list[Boilerplate] = []
    previous: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if is_teaser_heading(line.text):
            last = _teaser_list(lines, i)
            spans.append(Boilerplate(line.start, lines[last].end, "related-links"))
            previous, i = "related-links", last + 1
            continue
        reason = "related-links" if is_inline_teaser(line.text) else line_reason(line.text, previous)
        if reason:
            spans.append(Boilerplate(line.start, line.end, reason))
        previous, i = reason, i + 1
    return spans


def _free_lines(lines: Sequence[Line], taken: Sequence[Boilerplate]) -> list[Line]:
    """The first lines no earlier rule took, where a dateline may stand."""
    return [line for line in lines if in_boilerplate(taken, line.start, line.end) is None][:DATELINE_LINES]


def _dateline(line: Line, end: int) -> Boilerplate:
    return Boilerplate(line.start, line.start + len(line.text[:end].rstrip()), "dateline")


def _dateline_spans(lines: Sequence[Line], taken: Sequence[Boilerplate]) -> list[Boilerplate]:
    """Datelines of the first free lines ("WASHINGTON (Reuters) -")."""
    return [_dateline(line, end) for line in _free_lines(lines, taken) if (end := dateline_end(line.text)) is not None]


def _colon_dateline_spans(lines: Sequence[Line], taken: Sequence[Boilerplate],
                          every_line: Sequence[Line]) -> list[Boilerplate]:
    """The colon datelines of the first free lines ("CHENNAI: ..."), when the article has no other
    dateline and no other line of it is a transcript's turn ("OWENS: ..." with more turns below)."""
    if any(b.reason == "dateline" for b in taken):
        return []
    turns = [line.start for line in every_line if is_transcript_turn(line.text)]
    spans = []
    for line in _free_lines(lines, taken):
        end = colon_dateline_end(line.text)
        if end is not None and any(start != line.start for start in turns):
            break
        if end is not None:
            spans.append(_dateline(line, end))
    return spans


def _caption_spans(lines: Sequence[Line], taken: Sequence[Boilerplate]) -> list[Boilerplate]:
    """Photo credits and caption labels in the lines no whole-line rule took."""
    taken = sorted(taken, key=lambda b: b.start)
    return [Boilerplate(line.start + a, line.start + b, "caption")
            for line in lines if boilerplate_around(taken, line.start, line.end) is None
            for a, b in caption_spans(line.text)]


def _resolve(text: str, spans: list[Boilerplate]) -> list[Boilerplate]:
    """Sorted, non-overlapping spans: a span inside an earlier one is dropped, an overlap clipped."""
    result: list[Boilerplate] = []
    for span in sorted(spans, key=lambda b: (b.start, -b.end)):
        start = span.start
        if result and start < result[-1].end:
            start = result[-1].end
            start += len(text[start : span.end]) - len(text[start : span.end].lstrip())
        if start < span.end:
            result.append(Boilerplate(start, span.end, span.reason) if start != span.start else span)
    return result


def find_boilerplate(document: Document) -> list[Boilerplate]:
    """Boilerplate spans of ``document.text``, sorted by start and never overlapping.

    Each span is ``text[start:end]`` without surrounding whitespace, with one of ``REASONS``.
    """
    text = document.text
    lines = split_lines(text)
    spans = _line_spans(lines)
    spans += _dateline_spans(lines[: DATELINE_LINES * 4], spans)
    spans += _caption_spans(lines, spans)
    spans += _colon_dateline_spans(lines[: DATELINE_LINES * 4], spans, lines)
    spans += [Boilerplate(s, e, "duplicate") for s, e in find_repeats(text, lines, [(b.start, b.end) for b in spans])]
    return _resolve(text, spans)


def in_boilerplate(spans: Sequence[Boilerplate], start: int, end: int) -> Boilerplate | None:
    """The boilerplate span that holds the range ``[start, end)``, or None.

    A span holds the range when it covers at least half of it (an empty range: when it
    contains ``start``). ``spans`` must be sorted and non-overlapping, as ``find_boilerplate``
    returns them (and ``Article.boilerplate`` keeps them); the lookup is O(log n).
    """
    i = bisect.bisect_right(spans, start, key=lambda b: b.end)
    need = max(1, (end - start + 1) // 2)
    for j in range(i, len(spans)):
        span = spans[j]
        if span.start >= max(end, start + 1):
            break
        if end <= start:
            return span if span.start <= start else None
        if min(end, span.end) - max(start, span.start) >= need:
            return span
    return None


def boilerplate_around(spans: Sequence[Boilerplate], start: int, end: int) -> Boilerplate | None:
    """The boilerplate span that wholly contains the non-empty range ``[start, end)``, or None.

    Stricter than ``in_boilerplate`` (half of the range): for records that must lie inside
    (a quote in a repeated paragraph). ``spans`` sorted and non-overlapping; O(log n).
    """
    i = bisect.bisect_right(spans, start, key=lambda b: b.end)
    if i < len(spans) and spans[i].start <= start and end <= spans[i].end:
        return spans[i]
    return None
