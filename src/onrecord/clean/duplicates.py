"""Repeated text: a lead or excerpt glued in front of the article, a paragraph printed twice.

Two detectors, both linear in the length of the text:

- **sentences**: every sentence of at least ``MIN_CHARS`` characters is normalised (case,
  curly quotes, spaces) and hashed; a sentence seen before is a repeat. This finds repeated
  paragraphs, repeated sentence runs, and a lead glued to the article *without a line break*
  ("...said on Tuesday.The council said on Tuesday..."), or a repeated lead glued to the next
  line ("...harbour front.By Dana Lee"), because sentences are also cut at a full stop followed
  directly by a capital letter.
- **prefix**: for the first lines of the page, the line's first ``PREFIX_KEY`` characters are
  searched further on; when found, the longest common prefix is a repeat. This finds an
  excerpt cut off in mid-sentence ("The council voted on Tuesday to back a plan…") glued in
  front of the full paragraph.

Only paragraph-like repeats are reported: a whole line, or the start of a line glued to a
copy of itself. A sentence repeated inside otherwise different paragraphs is article text.

Which copy is reported: the one that is **not** the article body, so the body's quotes stay.
When nothing but short lines (a byline, a date, a caption, other boilerplate) lies between two
copies, the earlier copy is a lead or excerpt glued in front of the body: the earlier one is
reported. When article paragraphs lie between them, the later copy is a pull quote or a
teaser repeating the story: the later one is reported. A copy inside a span already found
(a teaser list) is left to that span.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Sequence

from ..language.sentences import sentence_ends
from .lines import Line

MIN_CHARS = 40  # shorter repeated sentences ("He declined to comment.") are normal in news
PREFIX_KEY = 50
PREFIX_LINES = 6
BODY_LINE_WORDS = 15  # a line with this many words (not boilerplate) is article body

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"',
                       "–": "-", "—": "-", "\u00a0": " "})
_SPACES = re.compile(r"\s+")
_ELLIPSIS_TAIL = re.compile(r"[\s.…]*(?:\[?(?:\.\.\.|…)\]?)?[\s.…]*")

Span = tuple[int, int]
_SENTENCE_END = frozenset(".!?…\"”’'")


def _normalise(fragment: str) -> str:
    return _SPACES.sub(" ", fragment.translate(_FOLD).lower()).strip()


def sentences(text: str, lines: Sequence[Line]) -> list[Span]:
    """Sentence spans of every line (cut at sentence ends, also when no space follows)."""
    spans: list[Span] = []
    for line in lines:
        begin = line.start
        for end in sentence_ends(text, line.start, line.end, glued=True):
            if end.end > line.end:
                break
            spans.append((begin, end.end))
            begin = end.end
        if begin < line.end:
            spans.append((begin, line.end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip()]


class _Body:
    """Answers 'does an article-body line lie between two offsets?' in O(log n)."""

    def __init__(self, lines: Sequence[Line], taken: Sequence[Span]) -> None:
        covered = _Coverage(taken)
        body = [line for line in lines if line.words >= BODY_LINE_WORDS and not covered.covers(line.start, line.end)]
        self.starts = [line.start for line in body]
        self.ends = [line.end for line in body]

    def between(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.ends[i] <= end


class _Coverage:
    """Sorted spans already reported; ``covers`` says whether a range lies mostly inside one."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.spans[i][1] >= start + (end - start + 1) // 2


def _choose(copies: list[Span], body: _Body, report: list[Span]) -> None:
    """Report every copy but the one in the article body (see the module docstring)."""
    keep = copies[0]
    for copy in copies[1:]:
        if body.between(keep[1], copy[0]):
            report.append(copy)  # a later repeat: pull quote, teaser
        else:
            report.append(keep)  # glued in front: the later copy is the body's
            keep = copy


def _prefix_repeats(text: str, lines: Sequence[Line], coverage: _Coverage) -> list[list[Span]]:
    groups = []
    for line in [ln for ln in lines if not coverage.covers(ln.start, ln.end)][:PREFIX_LINES]:
        if line.end - line.start < MIN_CHARS:
            continue
        key = text[line.start : line.start + PREFIX_KEY]
        found = text.find(key, line.start + 1)
        if found < 0:
            continue
        first = text[line.start : min(line.end, found)]
        common = len(os.path.commonprefix([first, text[found : found + len(first)]]))  # noqa: RUF071 - strings, not paths
        if common < MIN_CHARS:
            continue
        tail = _ELLIPSIS_TAIL.match(text, line.start + common, min(line.end, found))
        end = tail.end() if tail and tail.end() in (line.end, found) else line.start + common
        groups.append([(line.start, end), (found, found + common)])
    return groups


def find_repeats(text: str, lines: Sequence[Line], taken: Sequence[Span]) -> list[Span]:
    """Spans of repeated text to report as ``duplicate`` (see the module docstring).

    taken: spans already reported for another reason; copies inside them are not reported again.
    """
    coverage = _Coverage(taken)
    body = _Body(lines, taken)
    seen: dict[str, list[Span]] = {}
    for span in sentences(text, lines):
        key = _normalise(text[span[0] : span[1]])
        if len(key) >= MIN_CHARS:
            seen.setdefault(key, []).append(span)
    report: list[Span] = []
    groups = [copies for copies in seen.values() if len(copies) > 1]
    groups += _prefix_repeats(text, lines, coverage)
    for copies in groups:
        free = [c for c in copies if not coverage.covers(*c)]
        if len(free) > 1:
            _choose(free, body, report)
    line_starts = [line.start for line in lines]
    return [span for span in _merge(text, report) if _paragraph_like(text, span, lines, line_starts)]


def _paragraph_like(text: str, span: Span, lines: Sequence[Line], line_starts: list[int]) -> bool:
    """True when a repeat is a whole line, or a line's start glued to a copy of itself.

    A sentence that is repeated inside otherwise different paragraphs (a live blog quoting a
    tweet twice) is article text, not a repeated paragraph, and is not reported.
    """
    i = bisect.bisect_right(line_starts, span[0]) - 1
    if i < 0 or lines[i].start != span[0]:
        return False
    start, end = span
    after = _SPACES.match(text, end)
    follow = after.end() if after else end
    # a lead glued to the next line without a break ("...harbour front.By Dana Lee"): the
    # repeat ends a sentence and the next line's first letter follows it directly
    glued = end < lines[i].end and text[end - 1] in _SENTENCE_END and text[end].isalpha() and text[end].isupper()
    return end >= lines[i].end or glued or text.startswith(text[start : start + min(PREFIX_KEY, end - start)], follow)


def _merge(text: str, spans: list[Span]) -> list[Span]:
    """Overlapping spans, and spans separated only by whitespace, joined into one; trailing space cut."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, s + len(text[s:e].rstrip())) for s, e in merged]
