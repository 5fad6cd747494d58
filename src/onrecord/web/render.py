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

    # a direct quote's quoted words, not the attribution between its fragments; a mixed or
    # indirect quote's whole reported clause
    spans = [(clamp(s), clamp(e), q) for q in quotes
             for s, e in ((q.get("fragments") if q.get("kind", "direct") == "direct" else None) or [[q["start"], q["end"]]])]
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


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    keys = []
    while True:
        key = f"{year:04d}-{month:02d}"
        keys.append(key)
        if key >= last:
            return keys
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def bars(points: list[tuple[str, int]], height: int = 100) -> dict[str, Any]:
    """A bar chart of ``points`` ([(label, count)], in order) for an inline SVG with HTML axes.

    The SVG holds only bars and grid lines (``viewBox="0 0 {width} {height}"``, stretched to the
    page width), so its text never shrinks on a phone: the axes are HTML beside it. The top of the
    scale is the largest count rounded up to an even number, so the middle tick is a whole one.
    Returns {"width", "height", "bars": [{x, y, w, h, label, value}], "ticks": [top, middle, 0],
    "labels": [first, middle, last period], "max", "total"}.
    """
    if not points:
        return {"width": 0, "height": height, "bars": [], "ticks": [], "labels": [], "max": 0, "total": 0}
    biggest = max(v for _, v in points)
    top = max(2, biggest + biggest % 2)
    step = 10
    out = []
    for i, (label, value) in enumerate(points):
        h = round(height * value / top, 1)
        out.append({"x": i * step + 1, "y": round(height - h, 1), "w": step - 2, "h": h, "label": label,
                    "value": value})
    labels = [points[0][0], points[len(points) // 2][0], points[-1][0]] if len(points) > 2 else [p[0] for p in points]
    return {"width": step * len(points), "height": height, "bars": out, "ticks": [top, top // 2, 0],
            "labels": labels, "max": biggest, "total": sum(v for _, v in points)}


def timeline(months: list[dict[str, Any]], limit: int = 120) -> dict[str, Any]:
    """Bars of quotes per month (``months``: [{"month": "YYYY-MM", "quotes": n}]): months without
    quotes between the first and the last get empty bars; only the last ``limit`` are drawn."""
    counts = {m["month"]: m["quotes"] for m in months if m.get("month") and len(m["month"]) == 7}
    if not counts:
        return bars([])
    keys = _months(min(counts), max(counts))[-limit:]
    return bars([(k, counts.get(k, 0)) for k in keys])


def periods(timeline_data: dict[str, Any]) -> dict[str, Any]:
    """Bars for ``Store.timeline`` output (quotes per week or month), with its interval."""
    chart = bars([(c["period"], c["quotes"]) for c in timeline_data.get("counts", [])][-156:])
    return {**chart, "interval": timeline_data.get("interval", "month"), "undated": timeline_data.get("undated", 0)}


def share_bar(row: dict[str, Any], kind: str = "people") -> dict[str, Any]:
    """Widths (0..100) of the women / men parts of a sources row's bar, and what it says in words:
    {"women", "men", "share", "known", "unknown", "text"} (share None when no gender is known)."""
    women, men, unknown = row.get(f"{kind}_female", 0), row.get(f"{kind}_male", 0), row.get(f"{kind}_unknown", 0)
    known = women + men
    share = women / known if known else None
    text = (f"{round(100 * share)}% women ({women} of {known} {kind} whose gender is given; {unknown} unknown)"
            if share is not None else f"no {kind} whose gender is given ({unknown} unknown)")
    return {"women": round(100 * share, 1) if share is not None else 0,
            "men": round(100 * (1 - share), 1) if share is not None else 0,
            "share": share, "known": known, "unknown": unknown, "text": text}
