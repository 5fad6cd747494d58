"""Article metadata as the store keeps it: title, outlet, ISO date, URL (from HTML or JSONL fields)."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

TITLE_KEYS = ("title", "headline")
OUTLET_KEYS = ("outlet", "site", "sitename", "site_name", "publisher", "source_name", "hostname")
DATE_KEYS = ("date", "published", "date_published", "datePublished", "pubdate", "published_at")
URL_KEYS = ("url", "link", "canonical_url")
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})")


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def iso_date(value: str | None) -> str | None:
    """A date as ``YYYY-MM-DD`` from ISO 8601, ``YYYY/MM/DD`` or an RFC 2822 date; None otherwise."""
    if not value:
        return None
    value = value.strip()
    for pattern in (_ISO_PREFIX, _SLASHED):
        match = pattern.match(value)
        if match:
            try:
                year, month, day = (int(g) for g in match.groups())
                return datetime(year, month, day).date().isoformat()
            except ValueError:
                return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without ``www.`` ("https://www.reuters.com/x" -> "reuters.com")."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def article_fields(meta: dict[str, Any]) -> dict[str, str | None]:
    """title, outlet, date (ISO) and url of an article from its ``meta`` (any missing one is None)."""
    url = _first(meta, URL_KEYS)
    return {
        "title": _first(meta, TITLE_KEYS),
        "outlet": _first(meta, OUTLET_KEYS) or outlet_from_url(url),
        "date": iso_date(_first(meta, DATE_KEYS)),
        "url": url,
    }
