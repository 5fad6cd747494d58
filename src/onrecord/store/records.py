"""Article metadata as the store keeps it: title, outlet, ISO date, URL, author.

The names inputs use for each field, and how dates are read, live in ``onrecord.ingest.meta``;
this module is where the store takes them from.
"""

from __future__ import annotations

from ..ingest.meta import FIELDS, article_fields, given_fields, iso_date, outlet_from_url

__all__ = ["FIELDS", "article_fields", "given_fields", "iso_date", "outlet_from_url"]
