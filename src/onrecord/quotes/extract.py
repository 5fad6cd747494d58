from __future__ import annotations

from ..types import Boilerplate, Quote


def extract_quotes(doc, boilerplate: list[Boilerplate] | tuple[Boilerplate, ...] = ()) -> list[Quote]:
    return []
