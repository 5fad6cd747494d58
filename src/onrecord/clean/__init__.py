"""Stage 2, clean: Document -> list[Boilerplate].

Finds the parts of a scraped page that are not the article (repeated paragraphs, teaser
lists, bylines, navigation). The text is never changed: spans are reported, and later
stages use them to flag or drop quotes.
"""

from __future__ import annotations

from ..types import Boilerplate, Document


def find_boilerplate(document: Document) -> list[Boilerplate]:
    """Boilerplate spans of ``document.text``, sorted by start."""
    return []
