"""One article, indexed once for every quote rule: ``ArticleIndex``.

The parsed Doc, the token offsets, the quoted spans (the quote-mark lexer runs once per
article, on every path), the paragraphs, the boilerplate spans and the spans already taken by
earlier extractors. Every lookup the rules make is answered here in logarithmic time, and
nothing here changes once built: ``with_taken`` returns a new index.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from ..clean import boilerplate_around
from ..types import Boilerplate
from .marks import QuoteSpan, find_quotes, line_breaks


class Taken:
    """Sorted character spans of the quotes already found, for overlap look-ups in log time."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach = list(itertools.accumulate((b for _, b in self.spans), max))

    def covers_start(self, start: int) -> bool:
        """Whether a taken span covers offset ``start``."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] > start

    def holding(self, char: int) -> tuple[int, int] | None:
        """The taken span that holds offset ``char``, when the spans do not overlap (the
        fragments of direct quotes), else None."""
        i = bisect.bisect_right(self.starts, char) - 1
        return self.spans[i] if i >= 0 and char < self.spans[i][1] else None

    def next_start(self, start: int) -> int | None:
        """The start of the first taken span that starts after ``start``."""
        i = bisect.bisect_right(self.starts, start)
        return self.starts[i] if i < len(self.starts) else None


class ArticleIndex:
    """Look-ups over one parsed article shared by the quote rules (read-only once built).

    doc: the parsed article; spans: its quoted spans (``marks.find_quotes``; passed in when the
    caller has lexed the text already); boilerplate: the clean stage's spans; taken: spans of
    quotes already found (reported speech is looked for outside them).
    """

    def __init__(
        self,
        doc: Doc,
        boilerplate: Iterable[Boilerplate] = (),
        spans: Sequence[QuoteSpan] | None = None,
        taken: Taken | None = None,
    ) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.boilerplate = sorted(boilerplate, key=lambda b: b.start)
        self.marks: tuple[QuoteSpan, ...] = tuple(find_quotes(self.text) if spans is None else spans)
        #: the quoted spans the rules look at: those of a duplicate paragraph are left to its other
        #: copy (a nickname inside a name, Ramon "Bong" Delacruz, is no span at all: ``find_quotes``)
        self.spans: tuple[QuoteSpan, ...] = tuple(
            s for s in self.marks if not self.in_boilerplate(s.start, s.end, "duplicate"))
        self.starts = [t.idx for t in doc]
        self.quoted = [(s.open, s.outer_end) for s in self.spans]
        self.quoted_starts = [a for a, _ in self.quoted]
        self.para_starts = [0] + [i + 1 for i in line_breaks(self.text)]
        self.taken = taken or Taken()

    def with_taken(self, spans: Iterable[tuple[int, int]]) -> ArticleIndex:
        """The same index with ``spans`` as the quotes already found."""
        new = object.__new__(ArticleIndex)
        new.__dict__.update(self.__dict__)
        new.taken = Taken(spans)
        return new

    # -- tokens ---------------------------------------------------------------------------
    def token_at(self, char: int) -> Token | None:
        """The token that holds (or last starts before) character ``char``."""
        i = bisect.bisect_right(self.starts, char) - 1
        return self.doc[max(0, min(i, len(self.doc) - 1))] if len(self.doc) else None

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens starting in [start, end) that are not inside a quoted span, nor spaces."""
        if not len(self.doc) or end <= start:
            return []
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [t for t in self.doc[i:j] if not self.in_quote(t.idx) and not t.is_space]

    def token_ids(self, spans: Iterable[QuoteSpan]) -> set[int]:
        """Indices of the tokens that start inside the quoted words of ``spans``."""
        ids: set[int] = set()
        for s in spans:
            a = bisect.bisect_left(self.starts, s.start)
            b = bisect.bisect_left(self.starts, s.end)
            ids.update(range(a, b))
        return ids

    # -- paragraphs -----------------------------------------------------------------------
    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    def paragraph_bounds(self, char: int) -> tuple[int, int]:
        p = self.paragraph_of(char)
        start = self.para_starts[p]
        end = self.para_starts[p + 1] - 1 if p + 1 < len(self.para_starts) else len(self.text)
        return start, end

    # -- quotes and boilerplate -----------------------------------------------------------
    def in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside a quoted span, its marks included."""
        i = bisect.bisect_right(self.quoted_starts, char) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]

    def quoted_share(self, start: int, end: int) -> float:
        """The share of the letters and digits of ``text[start:end]`` that are inside quote marks."""
        total = inside = 0
        for i in range(start, end):
            ch = self.text[i]
            if ch.isspace() or not ch.isalnum():
                continue
            total += 1
            if self.in_quote(i):
                inside += 1
        return inside / total if total else 0.0

    def boilerplate_at(self, char: int) -> Boilerplate | None:
        """The boilerplate span that holds offset ``char``, or None."""
        return boilerplate_around(self.boilerplate, char, char + 1)

    def past_dateline(self, char: int) -> int:
        """``char``, or the first character of words after the dateline that holds it
        ("NEW DELHI, March 3 (Reuters) - | India and China agreed ...")."""
        b = self.boilerplate_at(char)
        if b is None or b.reason != "dateline":
            return char
        end = b.end
        while end < len(self.text) and self.text[end] in " \t\u00a0-–—:":
            end += 1
        return end

    def in_boilerplate(self, start: int, end: int, reason: str | None = None) -> bool:
        """Whether ``[start, end)`` lies wholly inside boilerplate (of ``reason``, when given)."""
        b = boilerplate_around(self.boilerplate, start, end)
        return b is not None and (reason is None or b.reason == reason)
