"""The quote-mark lexer: text -> quoted spans, in one linear pass, never raising.

Pairs opening and closing marks by kind (“ ” " „ « » ‹ › '' `` and single ‘ ’ '), with:

* the news rule for multi-paragraph quotes: a quote still open at the end of a paragraph
  continues when the next paragraph opens with a mark; only the last paragraph closes it;
* apostrophe rules: a single mark inside a word (don't), before digits (the ’90s) or
  after a plural (Jones’) is not a quote mark;
* stray and unbalanced marks: a quote still open at the end of its paragraph (with no
  continuation) ends there with ``closed=False``; a closing mark with no opener is ignored.

Single-quoted spans are only taken outside double quotes (nested single quotes belong to
the double-quoted span around them), when they pair within a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.names import is_first_name
from ..language.sentences import has_sentence_end

DOUBLE_OPEN = {"“", "„", "«", "‟"}
DOUBLE_CLOSE = {"”", "»"}
SINGLE_OPEN = {"‘", "‹", "‚"}
AMBIGUOUS_DOUBLE = {'"'}
# two-character marks used as double quotes (typewriter and some newswire styles)
PAIR_MARKS = ("''", "``", "’’", "‘‘")

_OPEN_BEFORE = set(" \t\n([{—–-/:;") | {"\u00a0"}
#: marks that reopen a quote at the start of its next paragraph
_REOPENING = frozenset(DOUBLE_OPEN | {'"', "‘", "'", "`"})


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted stretch of text.

    ``start``/``end`` span the words inside the marks; ``open``/``close`` are the offsets of
    the marks (``close`` is None for an unclosed quote). ``paragraphs`` > 1 for a quote
    that runs over several paragraphs (news convention).
    """

    start: int
    end: int
    open: int
    close: int | None
    single: bool = False
    paragraphs: int = 1
    close_width: int = 1  #: 2 for a closing pair of marks ('' or ’’)

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def outer_start(self) -> int:
        return self.open

    @property
    def outer_end(self) -> int:
        return self.close + self.close_width if self.close is not None else self.end

    def pieces(self, text: str) -> list[tuple[int, int]]:
        """The quoted words paragraph by paragraph: one (start, end) for a quote in one
        paragraph; for one left open across paragraphs, each paragraph's words without the
        mark that reopens it."""
        if self.paragraphs == 1 or "\n" not in text[self.start:self.end]:
            return [(self.start, self.end)]
        out: list[tuple[int, int]] = []
        at = self.start
        while at < self.end:
            stop = text.find("\n", at, self.end)
            stop = self.end if stop < 0 else stop
            a, b = at, stop
            while a < b and (text[a].isspace() or text[a] in _REOPENING):
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
            at = stop + 1
        return out or [(self.start, self.end)]


def _is_wordchar(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_")


def _classify_ambiguous(text: str, i: int, width: int) -> str:
    """'open', 'close' or '?' for a straight double mark at text[i:i+width]."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + width] if i + width < len(text) else "\n"
    if (before in _OPEN_BEFORE or before in DOUBLE_OPEN or before in SINGLE_OPEN) and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not _is_wordchar(after)):
        return "close"
    return "?"


#: markup left in scraped text (<tweet author="...">): its attribute quotes are not speech
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:=(?:\"[^\"<>\n]{0,300}\"|'[^'<>\n]{0,300}'|[^\s>]{0,300}))?)*\s*/?>")


def _double_marks(text: str) -> list[tuple[int, int, str]]:
    """(offset, width, role) of every double quote mark; role in open/close/?."""
    marks: list[tuple[int, int, str]] = []
    i, n = 0, len(text)
    tags = [(m.start(), m.end()) for m in _TAG.finditer(text)] if "<" in text else []
    ti = 0
    while i < n:
        if tags:
            while ti < len(tags) and tags[ti][1] <= i:
                ti += 1
            if ti < len(tags) and tags[ti][0] <= i:
                i = tags[ti][1]
                continue
        ch = text[i]
        if ch == "“" and 0 < i < n - 1 and text[i - 1] in ",.?!" and text[i + 1].isspace():
            marks.append((i, 1, "close"))  # a closing mark typed the wrong way round: ',“ said X'
        elif ch in DOUBLE_OPEN:
            marks.append((i, 1, "open"))
        elif ch in DOUBLE_CLOSE:
            # German style »...« is rare in news: treat » followed by a word as opening
            if ch == "»" and i + 1 < n and _is_wordchar(text[i + 1]) and (i == 0 or not _is_wordchar(text[i - 1])):
                marks.append((i, 1, "?"))
            else:
                marks.append((i, 1, "close"))
        elif ch in AMBIGUOUS_DOUBLE:
            marks.append((i, 1, _classify_ambiguous(text, i, 1)))
        elif text.startswith(PAIR_MARKS, i):
            role = {"`": "open", "‘": "open", "’": "close"}.get(ch) or _classify_ambiguous(text, i, 2)
            marks.append((i, 2, role))
            i += 2
            continue
        i += 1
    return marks


def _nested(marks: list[tuple[int, int, str]], k: int, text: str, lookahead: int = 12) -> bool:
    """True when the opening mark ``marks[k]``, met inside an open quote, nests: two closing
    marks follow on the same line before any other opening mark (“A “B” C”)."""
    line_end = text.find("\n", marks[k][0])
    line_end = len(text) if line_end < 0 else line_end
    first_close = None
    for pos, _, role in marks[k + 1:k + 1 + lookahead]:
        if pos >= line_end or role == "open":
            break
        if role == "close":
            if first_close is None:
                first_close = pos
            else:
                # the outer quote closes in the same sentence as the inner one
                return not has_sentence_end(text, first_close, pos)
    return False


def line_breaks(text: str) -> list[int]:
    """Offsets of every newline (paragraph and line breaks both end an open quote)."""
    return [m.start() for m in re.finditer(r"\n", text)]


def find_double_quotes(text: str) -> list[QuoteSpan]:
    """Double-quoted spans of ``text`` in order (see module docstring)."""
    marks = _double_marks(text)
    spans: list[QuoteSpan] = []
    open_at: int | None = None  # offset of the opening mark
    open_width = 1
    first_open: int | None = None  # for multi-paragraph quotes: the first paragraph's mark
    paragraphs = 1
    newlines = line_breaks(text)
    nl_idx = 0
    depth = 0  # nested double quotes inside the open one

    def close_at(end: int, close: int | None, width: int = 1) -> None:
        nonlocal open_at, first_open, paragraphs, depth
        depth = 0
        assert open_at is not None
        start = (first_open if first_open is not None else open_at)
        inner_start = start + open_width
        if end > inner_start and text[inner_start:end].strip():
            spans.append(QuoteSpan(inner_start, end, start, close, paragraphs=paragraphs, close_width=width))
        open_at, first_open, paragraphs = None, None, 1

    def flush_newlines(upto: int, next_mark: tuple[int, int, str] | None) -> None:
        """Handle the newlines between the open quote and offset ``upto``."""
        nonlocal nl_idx, open_at, first_open, paragraphs
        while nl_idx < len(newlines) and newlines[nl_idx] < upto:
            nl = newlines[nl_idx]
            nl_idx += 1
            if open_at is None or nl <= open_at or text[nl + 1:nl + 2] in ("\n", "\r"):
                continue
            # Does the next paragraph open with a mark? Then the quote continues.
            rest = text[nl:upto] if next_mark is not None and upto - nl < 64 else "x"
            if next_mark is not None and next_mark[2] in ("open", "?") and not rest.strip():
                if first_open is None:
                    first_open = open_at
                paragraphs += 1
                continue
            end = nl
            while end > open_at and text[end - 1].isspace():
                end -= 1
            close_at(end, None)

    for k, (pos, width, role) in enumerate(marks):
        flush_newlines(pos, (pos, width, role))
        if open_at is None:
            if role in ("open", "?"):
                open_at, open_width = pos, width
            continue
        # inside a quote
        if role == "open" and text[pos] == "“" and text[open_at] == "„":
            role = "close"  # German „...“
        if first_open is not None and pos_is_paragraph_opener(text, pos):
            # the continuation paragraph's own opening mark: the quote goes on
            open_at = pos
            continue
        if role in ("close", "?") and depth:
            depth -= 1
        elif role in ("close", "?"):
            close_at(pos, pos, width)
        elif role == "open" and _nested(marks, k, text):
            depth += 1
        elif role == "open":
            # an opening mark while open: the earlier quote was never closed
            end = pos
            while end > open_at and text[end - 1].isspace():
                end -= 1
            close_at(end, None)
            open_at, open_width = pos, width
    flush_newlines(len(text) + 1, None)
    if open_at is not None:
        end = len(text)
        while end > open_at and text[end - 1].isspace():
            end -= 1
        close_at(end, None)
    return spans


#: the longest first line taken for a headline
HEADLINE_CHARS = 160


def is_heading(line: str) -> bool:
    """A line that reads as a headline or a crosshead: short, and ending no sentence."""
    line = line.strip()
    return bool(line) and len(line) <= HEADLINE_CHARS and not line.endswith(".") \
        and not has_sentence_end(line, 0, len(line))


#: the most words of a crosshead set as a quotation ("'All Bets Are Off.'")
_QUOTED_CROSSHEAD_WORDS = 8
_MINOR_TITLE_WORDS = frozenset("a an the of in on at to for and or but is are as by with from".split())


def is_quoted_crosshead(line: str) -> bool:
    """A crosshead set as a quotation in title case, alone on its line: "'All Bets Are Off.'",
    "'Coal Isn't the Villain.'" (the words of a quote further down, heading its section). A short
    quoted sentence in sentence case ("'It was a good night for us.'") is a quote."""
    line = line.strip()
    if len(line) < 4 or line[0] not in "'‘\"“" or line[-1] not in "'’\"”":
        return False
    inner = line[1:-1]
    words = inner.rstrip(".!?").split()
    if not 1 < len(words) <= _QUOTED_CROSSHEAD_WORDS or any(c in inner for c in "\"“”‘"):
        return False
    return all(w[:1].isupper() or w.lower() in _MINOR_TITLE_WORDS for w in words) \
        and sum(w[:1].isupper() for w in words) >= 2


def heading_at(text: str, pos: int) -> tuple[int, int] | None:
    """The bounds of the line holding ``pos`` when it is a heading (``is_heading``), else None."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return (start, end) if is_heading(text[start:end]) else None


def headline_length(text: str) -> int:
    """The length of the text's headline: its first line when that reads as a heading (a scraped
    page often opens with it; a gold set may end its titles with a full stop: "Christie Calls
    Clinton ‘A Disgrace’ Over Police Shooting Comments."), else 0."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end].rstrip()
    if line.endswith(".") and not line.endswith(".."):
        line = line[:-1]
    return end if is_heading(line) else 0


def pos_is_paragraph_opener(text: str, pos: int) -> bool:
    """True when the mark at ``pos`` is the first non-blank character of its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


_SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:]))['‘](?=[^\s'’])", re.MULTILINE)


def find_single_quotes(text: str, outside: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-quoted spans outside the double-quoted ones (headlines, British style).

    An opener is a ‘ or ' after a space or line start and before a non-space; its closer
    is the first ’ or ' on the same line after a non-space and before a non-word
    character. Apostrophes (don't, ’90s, Jones’ car) do not open, and a closer needs an opener.
    A single quoted word is taken only in a heading (``Trump ‘furious’ over leak``, a crosshead
    ``Claims 'nonsense': NSW Health``: a short line that ends no sentence); elsewhere two words
    at least.
    """
    blocked = [(s.open, s.outer_end) for s in outside]
    spans: list[QuoteSpan] = []
    bi = 0
    pos = 0
    for m in _SINGLE_OPEN_RE.finditer(text):
        o = m.start()
        if o < pos:
            continue
        while bi < len(blocked) and blocked[bi][1] <= o:
            bi += 1
        if bi < len(blocked) and blocked[bi][0] <= o < blocked[bi][1]:
            continue
        if o + 1 < len(text) and text[o + 1].isdigit():
            continue  # '90s
        line_end = text.find("\n", o)
        line_end = len(text) if line_end < 0 else line_end
        j = o + 1
        close = None
        while True:
            found = _next_single_closer(text, j, line_end)
            if found is None:
                break
            j = found
            after = text[j + 1] if j + 1 < len(text) else " "
            if not _is_wordchar(after):
                # "Jones’ car": a plural possessive is followed by a space and a lower-case word
                # (after a curly ‘ the one word between is quoted: Trump ‘furious’ over leak)
                nxt = text[j + 1:j + 3]
                if text[j - 1] == "s" and re.match(r" [a-z]", nxt) and " " not in text[o + 1:j] and text[o] != "‘":
                    j += 1
                    continue
                close = j
                break
            j += 1
        if close is None:
            continue
        inner = text[o + 1:close]
        fewest = 1 if len(inner.split()) == 1 and heading_at(text, o) is not None else 2
        if len(inner.split()) < fewest or (bi < len(blocked) and blocked[bi][0] < close):
            continue
        spans.append(QuoteSpan(o + 1, close, o, close, single=True))
        pos = close + 1
    return spans


#: a single-quoted span longer than this is not looked for (keeps the scan linear)
MAX_SINGLE_QUOTE = 600


def _next_single_closer(text: str, start: int, stop: int) -> int | None:
    for j in range(start, min(stop, start + MAX_SINGLE_QUOTE)):
        if text[j] in "’'›" and j > 0 and not text[j - 1].isspace():
            return j
    return None


#: the most words of a nickname written inside a name
_NICKNAME_WORDS = 2


def is_nickname(text: str, span: QuoteSpan) -> bool:
    """A nickname in quotes between a known given name and a surname: Sen. Ramon "Bong" Delacruz,
    state Del. Marcia "Cia" Price, as the Philippine and American press (AP style) write it: part
    of the name, no one's words, and no quote that ends or interrupts another's attribution."""
    inner = text[span.start:span.end].split()
    before = text[max(0, span.open - 40):span.open]
    after = text[span.outer_end:span.outer_end + 40]
    if not 0 < len(inner) <= _NICKNAME_WORDS or span.single or not before.endswith(" ") \
            or not after.startswith(" ") or "\n" in before[-2:] or not before.split() or not after.split():
        return False
    prev, nxt = before.split()[-1], after.split()[0]
    return (all(w[:1].isupper() and w.strip(".'-").isalpha() for w in inner)
            and is_first_name(prev)
            and nxt[:1].isupper() and nxt.rstrip(".,;:").removesuffix("'s").removesuffix("’s").isalpha())


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quoted spans of ``text`` (double, and single outside doubles), sorted by start."""
    doubles = find_double_quotes(text)
    singles = find_single_quotes(text, doubles)
    return sorted(doubles + singles, key=lambda s: s.start)
