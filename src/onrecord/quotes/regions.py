"""Where a quote in marks can be: text -> the character ranges worth a parse.

Direct and mixed quotes need quote marks. On the fast path (``kinds=("direct", "mixed")``
without entities) the NLP stage therefore parses only the sentences that overlap a quoted
span, with the sentence that leads into a quote standing alone ("Smith said:") and the one
that follows a quote ending its sentence ("Why now?" Trump asked.); the rest of the article
is only tokenized (``nlp/chunks.py``). On PolNeAR that is 38% of the characters.

Sentences are cut by the one sentence rule (``language.sentences``), only to choose what to
parse: the parser still finds the real sentence boundaries inside each range.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..language.sentences import sentence_cuts
from .marks import QuoteSpan, find_quotes

#: at most this many spaces between a quote mark and the sentence edge it stands at (the
#: checks look no further, so many quotes in one endless sentence cost no more each)
_GAP = 4


def quote_regions(text: str, spans: Sequence[QuoteSpan] | None = None) -> list[tuple[int, int]]:
    """The ranges of ``text`` that can hold a quote in marks or its attribution, merged.

    spans: the quoted spans of ``text`` (``marks.find_quotes``), sorted by start; the pipeline
        passes the spans it lexed for the quote rules, so the text is lexed once.

    Each is a run of whole sentences (by ``sentence_cuts``): every sentence that overlaps a
    quoted span (marks included), and the sentence before it when the quote opens its
    sentence and that one is in the same paragraph or ends with a colon (where the rules
    look for "Smith said:" or "Smith was defiant." before a quote that stands alone), and
    the sentence after when the quote ends its sentence and that one follows in the same
    paragraph (the rule cuts ``"Why now?" Trump asked.`` in two).
    """
    if spans is None:
        spans = find_quotes(text)
    if not spans:
        return []
    bounds = [0, *sentence_cuts(text), len(text)]
    wanted = [False] * (len(bounds) - 1)
    k = 0
    for span in spans:  # sorted by start; sentences too
        lo, hi = span.outer_start, span.outer_end
        while k < len(wanted) and bounds[k + 1] <= lo:
            k += 1
        j = k
        while j < len(wanted) and bounds[j] < hi:
            wanted[j] = True
            j += 1
        if j < len(wanted) and bounds[j] - hi <= _GAP and not text[hi:bounds[j]].strip(" \t\u00a0"):
            wanted[j] = True  # the quote ends its sentence ("Why now?" Trump asked.): its cue may follow
        if k > 0 and lo - bounds[k] <= _GAP and not text[bounds[k]:lo].strip():
            before = text[bounds[k - 1]:bounds[k]]
            if "\n" not in before or before.rstrip().endswith(":"):
                wanted[k - 1] = True  # the quote opens its sentence: its cue may be just before
    regions: list[tuple[int, int]] = []
    for i, w in enumerate(wanted):
        if not w:
            continue
        if regions and regions[-1][1] == bounds[i]:
            regions[-1] = (regions[-1][0], bounds[i + 1])
        else:
            regions.append((bounds[i], bounds[i + 1]))
    return regions
