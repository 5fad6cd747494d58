"""The whole flow for one document: Document -> Article.

    ingest (Document) -> clean (Boilerplate[]) -> nlp (Doc) -> quotes (Quote[])
        -> entities (Entity[], Quote[] resolved) -> Article

``extract`` is the convenience entry point for a string; ``process`` takes a Document;
``process_many`` streams Documents through ``nlp.pipe`` and yields an Article or a
Skipped record per input, so that one bad document never stops a batch.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from . import settings
from .clean import find_boilerplate
from .entities import named_as_written, resolve
from .errors import InputError
from .nlp import load_nlp
from .nlp.chunks import parse, parse_many
from .quotes import extract_quotes
from .quotes.regions import quote_regions
from .types import QUOTE_KINDS, Article, Document, Skipped, check_kinds


def document_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


#: half of a UTF-16 pair: spaCy's tokenizer cannot encode it (found without copying the text)
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_document(document: Document, max_chars: int | None = None) -> None:
    """Raise InputError when a document cannot be processed (too large, not text)."""
    limit = settings.get("max_chars") if max_chars is None else max_chars
    if not isinstance(document.text, str):
        raise InputError(f"{document.source}: the text is a {type(document.text).__name__}, not a str; decode it first")
    surrogate = _SURROGATE.search(document.text)
    if surrogate is not None:
        raise InputError(
            f"{document.source}: the text holds a lone surrogate at offset {surrogate.start()} (half of a UTF-16 "
            "pair), which is not a character; decode the source with errors='replace'"
        )
    if len(document.text) > limit:
        raise InputError(
            f"{document.source}: document has {len(document.text):,} characters, over the "
            f"limit of {limit:,}; split it, or raise the max_chars setting"
        )


def _nlp_plan(kinds: tuple[str, ...], entities: bool) -> dict[str, Any]:
    """What the NLP stage must run: ``parse_many`` keyword arguments.

    Entities need NER and every sentence (a pronoun's antecedent, a surname's first full
    mention can be anywhere); reported speech can be in any sentence. Without both, only
    the sentences around quote marks are parsed (``quotes/regions.py``) and NER is skipped.
    """
    plan: dict[str, Any] = {}
    if not entities:
        plan["disable"] = ("ner",)
        if "indirect" not in kinds:
            plan["regions"] = quote_regions
    return plan


def _article(document: Document, doc: Any, kinds: tuple[str, ...] = QUOTE_KINDS, entities: bool = True) -> Article:
    boilerplate = find_boilerplate(document)
    quotes = extract_quotes(doc, boilerplate, kinds)
    found: list = []
    if entities:
        found, quotes = resolve(doc, quotes)
    else:
        quotes = named_as_written(doc, quotes)
    return Article(
        id=document.id,
        source=document.source,
        text=document.text,
        quotes=tuple(quotes),
        entities=tuple(found),
        boilerplate=tuple(boilerplate),
        meta=dict(document.meta),
    )


def process(
    document: Document, *, nlp: Any = None, kinds: Iterable[str] | None = None, entities: bool = True
) -> Article:
    """Run every stage on one Document and return its Article.

    kinds: the quote kinds wanted (default all of QUOTE_KINDS).
    entities: False skips NER and the entities stage: no ``entities``; speakers are named
        from the mention and the text alone (``entities/written.py``: titles dropped, a lone
        surname completed when the article writes one full name for it, a pronoun None).
        With ``kinds`` direct and mixed only, that lets the NLP stage parse only the
        sentences around quote marks: the fast path.
    Raises InputError when the document cannot be processed.
    """
    kinds = check_kinds(kinds)
    check_document(document)
    nlp = nlp or load_nlp()
    doc = parse(nlp, document.text, **_nlp_plan(kinds, entities))
    return _article(document, doc, kinds, entities)


def process_many(
    documents: Iterable[Document | Skipped],
    *,
    nlp: Any = None,
    batch_size: int | None = None,
    kinds: Iterable[str] | None = None,
    entities: bool = True,
) -> Iterator[Article | Skipped]:
    """Process a stream of Documents in order; yield an Article or a Skipped per input.

    Skipped inputs pass through unchanged; a document that fails any stage becomes a
    Skipped record with the reason, and the stream goes on. ``kinds`` and ``entities``
    as in ``process``.
    """
    kinds = check_kinds(kinds)
    nlp = nlp or load_nlp()
    batch_size = batch_size or settings.get("batch_size")
    batch: list[Document | Skipped] = []

    def flush() -> Iterator[Article | Skipped]:
        checked: list[Document | Skipped] = []
        for item in batch:
            if isinstance(item, Document):
                try:
                    check_document(item)
                except InputError as exc:
                    item = Skipped(item.id, item.source, str(exc))
            checked.append(item)
        texts = [d.text for d in checked if isinstance(d, Document)]
        docs = parse_many(nlp, texts, batch_size=batch_size, **_nlp_plan(kinds, entities))
        for item in checked:
            if isinstance(item, Skipped):
                yield item
                continue
            doc = next(docs)
            try:
                yield _article(item, doc, kinds, entities)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                yield Skipped(item.id, item.source, f"processing failed: {type(exc).__name__}: {exc}")

    for item in documents:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def extract(
    text: str | Document,
    *,
    id: str | None = None,
    source: str = "<string>",
    meta: dict[str, Any] | None = None,
    nlp: Any = None,
    kinds: Iterable[str] | None = None,
    entities: bool = True,
) -> Article:
    """Extract quotes, speakers, entities and boilerplate from one article's text.

    text (str | Document): the article text; offsets in the result index this string.
    id (str | None): the article id; default: a hash of the text.
    kinds (Iterable[str] | None): the quote kinds wanted, default all of "direct", "mixed",
        "indirect".
    entities (bool): False: no NER, no entities, speakers named from the text alone; with
        ``kinds=("direct", "mixed")`` the fast path (only sentences around quote marks parsed).
    RETURNS (Article)
    """
    if isinstance(text, Document):
        return process(text, nlp=nlp, kinds=kinds, entities=entities)
    if not isinstance(text, str):
        raise InputError(f"extract() takes a str or a Document, not {type(text).__name__}; "
                         "decode bytes first, or use onrecord.ingest.read_path for files")
    document = Document(id=id or document_id(text), text=text, source=source, meta=dict(meta or {}))
    return process(document, nlp=nlp, kinds=kinds, entities=entities)


extract_document = process
