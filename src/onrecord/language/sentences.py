"""The one sentence rule: where a sentence of news text ends and the next begins.

A sentence ends at ``.``, ``!`` or ``?`` (then any closing quote marks or brackets), followed by
spaces and a capital or a digit (after any opening marks), or an opening double quote mark:
``He left. "We will stay," she said.`` It never ends after an abbreviation ("Mr. Smith", "Sen. Cruz", "U.S. officials",
"Jan. 6", "Apple Inc. said") or an initial ("John F. Kennedy"). A line break always ends a
sentence. Scraped pages glue a repeated lead to the next paragraph ("...on Tuesday.The
council ..."): ``glued=True`` also ends a sentence where a capital follows the mark directly.

Every stage that cuts text into sentences uses these functions: choosing what the fast path
parses (``quotes/regions.py``), cutting long paragraphs into chunks (``nlp/chunks.py``),
sentence starts where the parser did not run, the look for an attribution around a quote
(``quotes/``), and repeated-sentence detection (``clean/duplicates.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .names import TITLE_ABBREVIATIONS

#: end punctuation, then closing marks, spaces, and a capital or digit next (after opening
#: marks) or an opening double quote mark
_NEXT = r"(?=[\"“‘'(\[]*[A-Z0-9]|[“\"«])"
_END = re.compile(r"(?<=[.!?])([\"”’')\]]*)[ \t\u00a0]+" + _NEXT)
#: the same, where scraped text glues the next sentence on without a space
_GLUED = re.compile(r"(?<=[.!?])([\"”’')\]]*)(?:[ \t\u00a0]+" + _NEXT + r"|(?=[A-Z\"“‘«]))")
_LINE_BREAKS = re.compile(r"\n+")
#: how far past the stretch asked about a sentence end's closing marks, spaces and the next
#: sentence's opening may be read
_LOOKAHEAD = 64

#: Words after which a full stop does not end a sentence: abbreviated titles ("Sen."), "Jr.",
#: and the abbreviations news copy uses (AP style: months, "Inc.", "No.", "U.S.").
ABBREVIATIONS: frozenset[str] = TITLE_ABBREVIATIONS | {
    "jr", "sr", "del", "st", "supt", "insp", "atty", "amb", "hon", "inc", "corp", "co", "ltd",
    "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
#: titles written in capitals in all-caps lines ("MR. SMITH")
_CAPITALISED_TITLES = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr"})
#: initials: "F.", "G.K.", "U.S.", "D.C."
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _after_abbreviation(text: str, at: int) -> bool:
    """True when the end mark just before ``at`` closes an abbreviation ("Mr.", "No. 10") or
    initials ("F.", "G.K.", "U.S.")."""
    word = text[max(0, at - 8):at].rsplit(None, 1)[-1]
    word = word.lstrip("(\"“‘'").rstrip(".!?")
    if len(word) > 1 and word.isupper() and word.isalpha() and word.lower() not in _CAPITALISED_TITLES:
        return False  # an acronym ends a sentence: "said of RT.", "left the EU." (but "MR." in capitals)
    word = word.lower()
    if word == "no":  # "No. 10", but "she said no."
        return text[at:at + 3].lstrip()[:1].isdigit()
    return word in ABBREVIATIONS or bool(_INITIALS.fullmatch(word))


class SentenceEnd(NamedTuple):
    mark: int  #: just after the end punctuation
    end: int  #: after the closing marks that follow it
    next: int  #: where the next sentence starts


def sentence_ends(text: str, start: int = 0, end: int | None = None, *, glued: bool = False) -> Iterator[SentenceEnd]:
    """Every sentence end whose punctuation closes inside ``text[start:end]``, in order.

    Line breaks are not included (``sentence_cuts`` adds them); the look-ahead for what opens
    the next sentence may read up to ``_LOOKAHEAD`` characters past ``end`` (never further, so
    a look into a short stretch of a long text stays short).
    """
    stop = len(text) if end is None else end
    for m in (_GLUED if glued else _END).finditer(text, start, min(len(text), stop + _LOOKAHEAD)):
        if m.start() >= stop:
            return
        if m.start() and not _after_abbreviation(text, m.start()):
            yield SentenceEnd(m.start(), m.end(1), m.end())


def sentence_cuts(text: str) -> list[int]:
    """Offsets where a sentence starts (after a sentence end or a line break), not 0, sorted."""
    cuts = [e.next for e in sentence_ends(text) if e.next < len(text)]
    cuts += [m.end() for m in _LINE_BREAKS.finditer(text) if 0 < m.end() < len(text)]
    return sorted(set(cuts))


def has_sentence_end(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends inside ``text[start:end]`` (a line break counts)."""
    return "\n" in text[start:end] or next(sentence_ends(text, start, end), None) is not None


#: how far back from its end a sentence's start is looked for: a longer stretch without a
#: sentence end is no prose (a run of quote marks, a table flattened into one line)
LONGEST_SENTENCE = 5_000


def last_sentence_start(text: str, start: int, end: int, longest: int | None = LONGEST_SENTENCE) -> int:
    """Where the last sentence that starts inside ``text[start:end]`` starts (``start`` if none).

    Looked for backwards from ``end``, at most ``longest`` characters (None: back to ``start``),
    so a paragraph of many quotes costs each a bounded look; a sentence start farther back is
    not found (``start`` is returned). The same sentence ends as ``sentence_ends``
    finds: a match of the end pattern begins right after ".", "!" or "?" and takes only closing
    marks and spaces, so matches never overlap and each can be tried where it begins.
    """
    low = start if longest is None else max(start, end - longest)
    limit = min(len(text), end + _LOOKAHEAD)
    at, first = end, max(low - 1, 0)  # the end punctuation sits just before the match
    while at > low:
        i = max(text.rfind(".", first, at), text.rfind("!", first, at), text.rfind("?", first, at))
        if i < 0:
            break
        if i + 1 < end:  # a match beginning at ``end`` is not inside the stretch
            m = _END.match(text, i + 1, limit)
            if m is not None and m.end() <= end and not _after_abbreviation(text, i + 1):
                return m.end()
        at = i
    return start
