"""Stage 5, entities: (Doc, list[Quote]) -> (list[Entity], list[Quote] with speakers resolved)."""

from __future__ import annotations

from ..types import Entity, Quote


def resolve(doc, quotes: list[Quote]) -> tuple[list[Entity], list[Quote]]:
    return [], list(quotes)
