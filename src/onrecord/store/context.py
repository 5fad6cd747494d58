"""What a reader needs around a stored quote: the sentence(s) it stands in, and a citation.

The sentences are cut by the rule the quote stage uses to choose what to parse
(``onrecord.quotes.regions.sentence_cuts``); this module only imports it, so when the rule
moves, only the import changes. The store reads a window of the article around each quote
(``MARGIN`` characters on each side, in SQL) and ``quote_context`` cuts it to whole sentences,
at most ``MAX_SIDE`` characters on each side of the quote (cut at a word, marked with "…").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..quotes.regions import sentence_cuts

MARGIN = 320  # characters of article text read before and after a quote
MAX_SIDE = 280  # at most this much context on each side of the quote
ELLIPSIS = "…"


def window_sql(text: str = "a.text", start: str = "q.start", end: str = 'q."end"') -> str:
    """SQL columns ``ctx_window``, ``ctx_offset``, ``ctx_length``: the window ``quote_context`` reads."""
    lo = f"max({start} - {MARGIN}, 0)"
    return (f"substr({text}, {lo} + 1, {end} - {lo} + {MARGIN}) AS ctx_window, {lo} AS ctx_offset, "
            f"length({text}) AS ctx_length")


def _clip_left(text: str, limit: int) -> tuple[str, bool]:
    if len(text) <= limit:
        return text, False
    cut = text[-limit:]
    space = cut.find(" ")
    return (cut[space + 1:] if 0 <= space < limit // 2 else cut), True


def _clip_right(text: str, limit: int) -> tuple[str, bool]:
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut), True


def quote_context(window: str, offset: int, length: int, start: int, end: int) -> dict[str, Any]:
    """The sentence(s) around the quote ``start:end`` of an article, from a ``window`` of its text
    that begins at ``offset`` (the article is ``length`` characters long).

    RETURNS {"context": str, "context_quote": [s, e]}: ``context[s:e]`` is the quote's span as the
    article writes it; "…" marks a side cut short (by the window or ``MAX_SIDE``).
    """
    s, e = max(0, start - offset), max(0, min(len(window), end - offset))
    cuts = sentence_cuts(window)
    lo = max((c for c in cuts if c <= s), default=0)
    hi = min((c for c in cuts if c >= e), default=len(window))
    before, clipped_left = _clip_left(window[lo:s].lstrip(), MAX_SIDE)
    after, clipped_right = _clip_right(window[e:hi].rstrip(), MAX_SIDE)
    clipped_left = clipped_left or (lo == 0 and offset > 0 and not window[:1].isspace())
    clipped_right = clipped_right or (hi == len(window) and offset + len(window) < length)
    head = (ELLIPSIS if clipped_left else "") + before
    body = window[s:e]
    return {"context": head + body + after + (ELLIPSIS if clipped_right else ""),
            "context_quote": [len(head), len(head) + len(body)]}


def add_context(row: dict[str, Any]) -> dict[str, Any]:
    """Replace the ``ctx_*`` window columns of a quote row by ``context`` and ``context_quote``."""
    window = row.pop("ctx_window", None)
    offset = row.pop("ctx_offset", 0) or 0
    length = row.pop("ctx_length", 0) or 0
    if window is None:
        row["context"], row["context_quote"] = None, None
        return row
    row.update(quote_context(window, offset, length, row["start"], row["end"]))
    return row


def long_date(value: str | None) -> str | None:
    """'2011-03-02' -> '2 March 2011' (None stays None; anything else as it is)."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day:%B %Y}"


def citation(row: dict[str, Any]) -> str:
    """A ready citation of a stored quote: words (direct and mixed), speaker, headline, outlet,
    date and URL, e.g. ``“We will not stand by …,” Jane Roe, quoted in “Senator Roe urges action
    on Syria”, Reuters, 2 March 2011, https://…``. Missing parts are left out."""
    speaker = row.get("speaker") or row.get("speaker_name") or "an unnamed speaker"
    where = [f"“{row['title']}”" if row.get("title") else None, row.get("outlet"), long_date(row.get("date")),
             row.get("url")]
    source = ", ".join(p for p in where if p)
    text = " ".join((row.get("text") or "").split())
    if row.get("kind") == "indirect":
        lead = f"{speaker}, as reported"
        return f"{lead} in {source}: {text}" if source else f"{lead}: {text}"
    lead = f"“{text}” {speaker}, quoted"
    return f"{lead} in {source}" if source else lead
