"""Reported (indirect) speech: cue verbs with a reported clause and no quote marks.

``indirect_quotes(doc, taken)`` returns Quote records of kind "indirect" for attributions
that do not overlap the spans in ``taken`` (the direct and mixed quotes already found).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Quote


def indirect_quotes(doc, taken: Sequence[tuple[int, int]] = ()) -> list[Quote]:
    """Indirect attributions of a parsed article, in text order (ids are reassigned later)."""
    return []
