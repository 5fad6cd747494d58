"""Pure helpers that shape store records for the HTML pages: highlighted article text, timeline bars.

Nothing here writes HTML: the templates do, with autoescaping on, so article text can never
become markup. These functions only cut text into segments and compute numbers.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

PALETTE = 10  # speaker colour classes sp0 .. sp9 in static/style.css


def speaker_class(speaker_id: int | None) -> str:
    """The CSS class that colours a speaker's quotes (stable per speaker id)."""
    return "sp-none" if speaker_id is None else f"sp{speaker_id % PALETTE}"


@dataclass(frozen=True)
class Segment:
    """A run of article text with one look: plain, boilerplate, or part of one quote."""

    text: str
    boilerplate: bool = False
    quote: dict[str, Any] | None = None
    anchor: bool = False  # the first segment of its quote: carries the label and the #q<id> anchor


def article_segments(text: str, quotes: list[dict[str, Any]], boilerplate: list[dict[str, Any]]) -> list[Segment]:
    """Cut ``text`` at every quote fragment and boilerplate edge.

    Each segment belongs to at most one quote (the first stored one covering it, so a quote
    nested in another is shown as part of the outer one) and is flagged when it lies in
    boilerplate. Spans outside the text are clamped; the segments always join back to ``text``.
    """
    size = len(text)

    def clamp(value: int) -> int:
        return max(0, min(size, int(value)))

    spans = [(clamp(s), clamp(e), q) for q in quotes for s, e in (q.get("fragments") or [[q["start"], q["end"]]])]
    spans = [(s, e, q) for s, e, q in spans if s < e]
    plate = [(clamp(b["start"]), clamp(b["end"])) for b in boilerplate]
    cuts = sorted({0, size, *(p for s, e, _ in spans for p in (s, e)), *(p for s, e in plate for p in (s, e))})
    segments: list[Segment] = []
    labelled: set[int] = set()
    for a, b in itertools.pairwise(cuts):
        quote = next((q for s, e, q in spans if s <= a and b <= e), None)
        grey = any(s <= a and b <= e for s, e in plate)
        anchor = quote is not None and quote["id"] not in labelled
        if quote is not None:
            labelled.add(quote["id"])
        segments.append(Segment(text[a:b], grey, quote, anchor))
    return segments


def timeline(months: list[dict[str, Any]], width: int = 600, height: int = 120, limit: int = 120) -> dict[str, Any]:
    """Bars for an inline SVG chart of quotes per month (``months``: [{"month": "YYYY-MM", "quotes": n}]).

    Months without quotes between the first and the last get empty bars; only the last
    ``limit`` months are drawn. Returns {"width", "height", "bars": [{x, y, w, h, month, quotes}],
    "years": [{x, label}], "max"}.
    """
    counts = {m["month"]: m["quotes"] for m in months if m.get("month") and len(m["month"]) == 7}
    if not counts:
        return {"width": width, "height": height, "bars": [], "years": [], "max": 0}
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:])
    keys = []
    while True:
        key = f"{year:04d}-{month:02d}"
        keys.append(key)
        if key >= last:
            break
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    keys = keys[-limit:]
    top = max(counts.get(k, 0) for k in keys) or 1
    step = width / len(keys)
    plot = height - 20
    bars, years = [], []
    for i, key in enumerate(keys):
        value = counts.get(key, 0)
        h = round(plot * value / top, 1)
        bars.append({"x": round(i * step, 1), "y": round(plot - h, 1), "w": round(max(1.0, step - 1), 1), "h": h,
                     "month": key, "quotes": value})
        if key.endswith("-01") or i == 0:
            years.append({"x": round(i * step, 1), "label": key[:4]})
    return {"width": width, "height": height, "bars": bars, "years": years, "max": top}
