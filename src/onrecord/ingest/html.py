"""HTML pages (``.html``, ``.htm``, HTML in JSONL and WARC): main text and metadata via trafilatura.

The Document's text is the article's main text as trafilatura finds it, laid out so the
later stages see the page's structure: one block (paragraph, heading, list item, table row)
per paragraph, blocks separated by a blank line (``"\\n\\n"``), and a ``<br>`` inside a
paragraph kept as a single ``"\\n"``. Comments sections are left out.

``meta`` gets ``title``, ``author``, ``date`` (publication date, ``YYYY-MM-DD``), ``site``,
``url``, ``description`` and ``language`` when trafilatura finds them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import trafilatura

from ..budget import Budget, within
from ..errors import InputError
from ..types import Document
from ._common import read_regular, stem_of

# trafilatura's metadata field -> onrecord's meta key
META_FIELDS: dict[str, str] = {
    "title": "title",
    "author": "author",
    "date": "date",
    "sitename": "site",
    "url": "url",
    "description": "description",
    "language": "language",
}
# Elements of trafilatura's output tree that hold other blocks rather than text.
_CONTAINERS = frozenset({"body", "doc", "main", "list", "quote", "div", "table", "section"})
# Dates from the page's markup only: htmldate's extensive search takes "© 2024" for 2024-01-01.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_MIN_WORDS = 5  # a page whose longest block is shorter (a menu, "Home") has no article
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<meta|<title|<article|<div|<p[\s>])",
                         re.IGNORECASE)
_HTML_TAGS = re.compile(rb"<(?:html|body|p|div|article|br)[\s>/]", re.IGNORECASE)
# libxml2 (lxml, so trafilatura) gives up on elements nested deeper than this: the page parses empty.
_MAX_DEPTH = 256
# A tag's attributes stop at the next "<" and its name is matched possessively: with "[^>]*" an
# unclosed tag scanned to the end of the page from every "<" ('<a' * 30000 took 34 s).
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*+)[^<>]*?(/?)>")
# Tags that never hold others, or close themselves: they do not add nesting depth.
_FLAT_TAGS = frozenset(b"p br hr img input meta link li td th tr option area base col embed source wbr".split())
# What a flattened page keeps: the text blocks and what trafilatura needs to find metadata.
_KEEP_TAGS = frozenset(b"html head body title meta p br h1 h2 h3 h4 h5 h6 script style noscript".split())

# trafilatura logs errors for every page without text; onrecord reports a Skipped reason instead
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML page, or hold several common HTML tags early on."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def _too_deep(html: bytes) -> bool:
    """True when the page's tags nest deeper than libxml2 parses (unclosed or runaway tags)."""
    depth = 0
    for match in _TAG.finditer(html):
        closing, name, selfclosing = match.groups()
        name = name.lower()
        if name in _FLAT_TAGS or selfclosing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > _MAX_DEPTH:
            return True
    return False


def _flattened(html: bytes) -> bytes:
    """The page with every layout tag (div, span, table, list, ...) removed and its text kept."""
    return _TAG.sub(lambda m: m.group(0) if m.group(2).lower() in _KEEP_TAGS else b" ", html)


def _inline(element: Any) -> str:
    """An element's text with ``<lb/>`` as newline and runs of spaces collapsed."""
    for lb in element.iter("lb"):
        lb.text = "\n"
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(element.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def _blocks(element: Any, out: list[str]) -> None:
    """Append the text blocks under ``element`` (trafilatura's XML tree) to ``out``, in order."""
    if element.tag == "row":
        cells = (_inline(cell) for cell in element)
        line = " | ".join(c.replace("\n", " ") for c in cells if c)
        if line:
            out.append(line)
        return
    nested = any(child.tag in _CONTAINERS or child.tag in ("p", "head", "item", "row") for child in element)
    if element.tag not in _CONTAINERS and not nested:
        text = _inline(element)
        if text:
            out.append(text)
        return
    lead = _SPACES.sub(" ", element.text or "").strip()
    if lead:
        out.append(lead)
    for child in element:
        _blocks(child, out)
        tail = _SPACES.sub(" ", child.tail or "").strip()
        if tail:
            out.append(tail)


def extract_html(html: bytes | str, *, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The main text of an HTML page (blocks separated by blank lines) and its metadata.

    Raises InputError when the page has no article text trafilatura can find.
    """
    result: Any = None  # trafilatura's Document (bare_extraction with with_metadata=True)
    raw = html.encode("utf-8") if isinstance(html, str) else html
    if _too_deep(raw):  # else the parser stops at depth 256 and the article is lost
        flat = _flattened(raw)  # only ASCII tags removed: a str page decodes back unchanged
        html = flat.decode("utf-8") if isinstance(html, str) else flat
    for recall in (False, True):  # precision first; a second, more lenient pass for short pages
        try:
            result = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, favor_recall=recall,
                date_extraction_params=_DATE_PARAMS,
            )
        except Exception as exc:
            raise InputError(f"the HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
        if result is not None and result.body is not None and len(result.body):
            break
    if result is None or result.body is None:
        raise InputError("no article text found in the HTML page (trafilatura extracted nothing)")
    blocks: list[str] = []
    _blocks(result.body, blocks)
    if not any(len(block.split()) >= _MIN_WORDS for block in blocks):
        raise InputError(f"no article text found in the HTML page (no paragraph of {_MIN_WORDS} words or more)")
    text = "\n\n".join(blocks)
    meta = {key: getattr(result, name) for name, key in META_FIELDS.items() if getattr(result, name, None)}
    return text, meta


def html_document(html: bytes | str, *, id: str, source: str, meta: dict[str, Any] | None = None) -> Document:
    """A Document from an HTML page; values in ``meta`` (from the source) win over the page's own.

    Raises InputError, naming ``source``, when the page holds no article text.
    """
    given = dict(meta or {})
    try:
        with within(Budget.from_settings(), "reading its HTML"):
            text, found = extract_html(html, url=given.get("url"))
    except InputError as exc:
        raise InputError(f"{source}: {exc}") from exc
    return Document(id=id, text=text, source=source, meta={**found, **given})


def read_html(path: Path, max_bytes: int) -> Iterator[Document]:
    """The one Document of an ``.html`` file (raises InputError when it has no article text)."""
    yield html_document(read_regular(path, max_bytes), id=stem_of(path), source=str(path))
