"""Stage 4, quotes: a parsed article (``ArticleIndex`` over a spaCy Doc) -> list[Quote].

Direct, mixed and indirect quotes with their cue and the speaker mention as written; the
entities stage resolves names afterwards.
"""

from __future__ import annotations

from .extract import extract_quotes
from .index import ArticleIndex

__all__ = ["ArticleIndex", "extract_quotes"]
