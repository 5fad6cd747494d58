"""Stage 4, quotes: spaCy Doc -> list[Quote] (speaker mentions found, not yet resolved)."""

from __future__ import annotations

from .extract import extract_quotes

__all__ = ["extract_quotes"]
