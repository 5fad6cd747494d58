"""Stage 5, entities: (Doc, list[Quote]) -> (list[Entity], list[Quote] with speakers resolved).

Mentions (``mentions``) are clustered within the article (``cluster``) into entities with a
canonical full name, a type and aliases; each quote's speaker mention is resolved to its
entity: names, titles, pronouns and descriptions (see docs/entities.md).
"""

from __future__ import annotations

from .resolve import resolve
from .written import named_as_written

__all__ = ["named_as_written", "resolve"]
