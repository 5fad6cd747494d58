"""Continuations and joins: candidates in text order -> the direct and mixed records they make.

The extractors yield one candidate per quoted span and say how it may join the record before
it (``Candidate.join``); this step decides, with the records before it in view:

- ``same-cue``: ``"A," she said, "B."`` -- two quotes with one cue make one record with two
  fragments, when the record before is a standalone quote with that cue;
- ``continues``: a quote with no attribution of its own continues the record before it when
  only that record's attribution stands between them in the same paragraph (``"A," she said.
  "B."``: one record, two fragments); a paragraph that opens with a whole quotation right after
  an attributed quote is its own record with that speaker, flagged ``inherited-speaker`` (a
  quote left open across paragraphs is one quoted span already: the lexer joins it); otherwise
  the quote becomes its ``fallback`` (the reported speech of the sentence before, an
  unattributed quote, or nothing);
- ``clause``: quoted words under the same cue as the record before make one mixed record,
  spanning the cue's clause over all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..language.sentences import has_sentence_end, sentence_ends
from .candidates import Candidate
from .confidence import CONFIDENCE
from .index import ArticleIndex
from .marks import QuoteSpan
from .mixed import joined_clause

#: words of attribution allowed at the end of a paragraph between a quote and its continuation
#: in the next paragraph (more when the previous record's own cue stands there)
_TAIL_WORDS = 12
_TAIL_WORDS_WITH_CUE = 40


def follows(index: ArticleIndex, prev: Candidate, span: QuoteSpan) -> str | None:
    """How a quote with no attribution of its own stands to the record before it: "join" when
    only that record's attribution stands between them in one paragraph (``"A," she said. "B."``),
    "inherit" when it opens the next paragraph right after it, None otherwise.
    """
    last = prev.spans[-1]
    text = index.text
    between = text[last.outer_end:span.open]
    has_cue = prev.cue is not None and last.outer_end <= prev.cue.start < span.open
    cue_first = not prev.standalone and (prev.cue is None or prev.cue.start < last.outer_end)
    if "\n" not in between and cue_first:
        return None  # reported speech whose cue came first: a new quote is not its continuation
    if "\n" not in between:
        # same paragraph: only the previous quote's own attribution may stand between
        if not between.split():
            return "join"
        if not has_cue:
            return None if has_sentence_end(text, last.outer_end, span.open) else "join"
        assert prev.cue is not None
        ends = [e for e in sentence_ends(text, prev.cue.end, span.open) if e.next < span.open]
        return "join" if not ends else None  # a sentence after the attribution: another quote
    tail, _, rest = between.partition("\n")
    rest = rest.strip(" \t\n\u00a0")
    if "\n" in rest:
        return None  # paragraphs of other text in between
    # the gap is "<rest of prev paragraph>\n\n" (and at most one paragraph of narrative, which
    # the caller weighs against reported speech in it): allow a short attribution tail only
    if rest:
        return "inherit across" if len(tail.split()) <= _TAIL_WORDS else None
    return "inherit" if len(tail.split()) <= (_TAIL_WORDS_WITH_CUE if has_cue else _TAIL_WORDS) else None


def _one_attribution(index: ArticleIndex, prev: Candidate, cand: Candidate) -> bool:
    """Whether ``cand`` continues ``prev`` across one attribution with two cues in it:
    ``"A," Tester said, referring to the excuse, "B."`` (both cues stand between the quotes, in
    one sentence, and the second hangs on the first)."""
    if prev.cue is None or cand.cue is None or prev.cue.head is None or cand.cue.head is None or not prev.standalone:
        return False
    last, span = prev.spans[-1], cand.spans[0]
    if not (last.outer_end <= prev.cue.start < span.open and last.outer_end <= cand.cue.start < span.open):
        return False
    if "\n" in index.text[last.outer_end:span.open] or has_sentence_end(index.text, prev.cue.end, span.open):
        return False
    return cand.cue.head.head.i == prev.cue.head.i or cand.speaker.start == prev.speaker.start


def _inherited(prev: Candidate, cand: Candidate) -> Candidate:
    """A paragraph that is a whole quotation of its own, after an attributed one: its own
    record, with the speaker of the record before it."""
    return replace(cand, cue=None, speaker=prev.speaker, join=None, fallback=None,
                   confidence=min(cand.confidence, prev.confidence) - CONFIDENCE.inherited,
                   flags=(*cand.flags, "inherited-speaker"))


def merge(index: ArticleIndex, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The records the candidates make, in text order (see the module docstring)."""
    out: list[Candidate] = []
    for cand in candidates:
        prev = out[-1] if out else None
        span = cand.spans[0]
        if cand.join == "same-cue" and prev is not None and prev.standalone and prev.cue_index is not None \
                and (prev.cue_index == cand.cue_index or _one_attribution(index, prev, cand)):
            out[-1] = replace(prev, spans=(*prev.spans, span), end=span.end)
        elif cand.join == "continues":
            how = follows(index, prev, span) if prev is not None and prev.speaker.mention is not None else None
            if how == "join" and prev is not None:
                out[-1] = replace(prev, spans=(*prev.spans, span), end=span.end)
            elif how == "inherit" and prev is not None:
                out.append(_inherited(prev, cand))
            elif how == "inherit across" and prev is not None and cand.fallback is not None:
                # one paragraph of narrative between: the speaker of reported speech closing it
                # ("Thompson said he was already walking back.") speaks, else the voice before
                # (a short quoted label, which has no fallback, is no speech)
                out.append(cand.fallback if cand.fallback.cue is not None else _inherited(prev, cand))
            elif cand.fallback is not None:
                out.append(cand.fallback)
        elif cand.join == "clause" and prev is not None and prev.cue_index is not None \
                and prev.cue_index == cand.cue_index:
            spans = (*prev.spans, span)
            start, end = joined_clause(prev, spans, index)
            out[-1] = replace(prev, spans=spans, start=start, end=end)
        else:
            out.append(replace(cand, join=None, fallback=None))
    return _forward(index, out)


def _forward(index: ArticleIndex, records: list[Candidate]) -> list[Candidate]:
    """A quoted paragraph with no speaker right before a quote whose attribution follows it in the
    next paragraph (``"..." ⏎ "It can't work this way," she said.``) has that speaker: the same
    voice goes on, attributed once. Flagged ``inherited-speaker``, at a lower confidence."""
    out = list(records)
    for i in range(len(out) - 2, -1, -1):
        rec, nxt = out[i], out[i + 1]
        if "unattributed" not in rec.flags or nxt.cue is None or nxt.speaker.mention is None or not nxt.standalone:
            continue
        first = nxt.spans[0]
        gap = index.text[rec.spans[-1].outer_end:first.open]
        if gap.strip(" \t\n\u00a0") or not 0 < gap.count("\n") <= 2 or nxt.cue.start < first.outer_end:
            continue
        out[i] = replace(rec, speaker=nxt.speaker, confidence=nxt.confidence - CONFIDENCE.forward,
                         flags=(*(f for f in rec.flags if f != "unattributed"), "inherited-speaker"))
    return out
