"""The whole flow for one document: Document -> Article.

    ingest (Document) -> clean (Boilerplate[]) -> quote marks lexed once -> nlp (Doc)
        -> quotes (Quote[]) -> entities (Entity[], Quote[] resolved) -> Article

``process`` takes a Document and ``Options``; ``process_many`` streams Documents through
``nlp.pipe`` and yields an Article or a Skipped record per input, so that one bad document
never stops a batch; ``extract`` is the convenience entry point for a string.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import settings
from .budget import OverBudget, check, within
from .clean import find_boilerplate
from .entities import named_as_written, resolve
from .errors import InputError
from .nlp import load_nlp
from .nlp.chunks import parse_many
from .options import Options
from .quotes import ArticleIndex, extract_quotes
from .quotes.marks import QuoteSpan, find_quotes
from .quotes.regions import quote_regions
from .text import SURROGATE, content_hash
from .types import Article, Document, Skipped

#: An article's id when nothing else names it, and the store's key: a hash of its text.
document_id = content_hash


def check_document(document: Document, max_chars: int | None = None) -> None:
    """Raise InputError when a document cannot be processed (too large, not text).

    max_chars: the size limit (default: the ``max_chars`` setting).
    """
    limit = settings.get("max_chars") if max_chars is None else max_chars
    if not isinstance(document.text, str):
        raise InputError(f"{document.source}: the text is a {type(document.text).__name__}, not a str; decode it first")
    surrogate = SURROGATE.search(document.text)  # found without copying the text
    if surrogate is not None:
        raise InputError(
            f"{document.source}: the text holds a lone surrogate at offset {surrogate.start()} (half of a UTF-16 "
            "pair), which is not a character; decode the source with errors='replace'"
        )
    if len(document.text) > limit:
        raise InputError(
            f"{document.source}: document has {len(document.text):,} characters, over the "
            f"limit of {limit:,}; split it, or raise the limit (ONRECORD_MAX_CHARS={len(document.text)})"
        )


def _article(document: Document, doc: Doc, marks: list[QuoteSpan], options: Options) -> Article:
    boilerplate = find_boilerplate(document)
    check()
    quotes = [q for q in extract_quotes(ArticleIndex(doc, boilerplate, marks), options.kinds)
              if (options.beliefs or "belief" not in q.flags) and (options.keep_boilerplate or "boilerplate" not in q.flags)]
    check()
    found: list = []
    if options.entities:
        found, quotes = resolve(doc, quotes, boilerplate)
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


def _parse(nlp: Language, documents: list[Document], options: Options) -> Iterator[tuple[Doc, list[QuoteSpan]]]:
    """Each document's Doc and quoted spans. The quote marks are lexed once per document, for
    the fast path's choice of what to parse and for the quote rules alike.

    Entities need NER and every sentence (a pronoun's antecedent, a surname's first full
    mention can be anywhere); reported speech can be in any sentence. Without both, only
    the sentences around quote marks are parsed (``quotes/regions.py``) and NER is skipped.
    """
    marks = [find_quotes(d.text) for d in documents]
    regions = [quote_regions(d.text, m) for d, m in zip(documents, marks)] if options.fast else None
    disable = ("ner",) if not options.entities else ()
    docs = parse_many(nlp, [d.text for d in documents], batch_size=options.batch_size, regions=regions, disable=disable)
    return zip(docs, marks)


def process(document: Document, options: Options | None = None, *, nlp: Language | None = None) -> Article:
    """Run every stage on one Document and return its Article.

    options: what to extract (``Options``: kinds, entities, model, limits); with entities
        False, speakers are named from the mention and the text alone (``entities/written.py``),
        and with direct and mixed kinds only, just the sentences around quote marks are
        parsed: the fast path.
    Raises InputError when the document cannot be processed, OverBudget (an InputError) when it
    takes more time or memory than ``options.max_seconds`` / ``max_memory``.
    """
    options = options or Options()
    check_document(document, options.max_chars)
    nlp = nlp or load_nlp(options.model)
    with within(options.budget, document.source):
        ((doc, marks),) = _parse(nlp, [document], options)
        return _article(document, doc, marks, options)


def _failed(item: Document, exc: BaseException) -> Skipped:
    if isinstance(exc, InputError):  # OverBudget says what happened and what to do
        return Skipped(item.id, item.source, str(exc))
    return Skipped(item.id, item.source, f"processing failed: {type(exc).__name__}: {exc}")


def _alone(item: Document, options: Options, nlp: Language) -> Article | Skipped:
    """One document parsed on its own, under its budget; any failure is its Skipped record."""
    try:
        return process(item, options, nlp=nlp)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return _failed(item, exc)


def process_many(
    documents: Iterable[Document | Skipped], options: Options | None = None, *, nlp: Language | None = None
) -> Iterator[Article | Skipped]:
    """Process a stream of Documents in order; yield an Article or a Skipped per input.

    Skipped inputs pass through unchanged; a document that fails any stage, or goes over its
    budget of time or memory (``options.max_seconds``, ``max_memory``), becomes a Skipped
    record with the reason, and the stream goes on. Documents are parsed in batches; when
    parsing a batch fails or goes over a budget, the rest of that batch is parsed one document
    at a time, so that only the document at fault is skipped.
    """
    options = options or Options()
    nlp = nlp or load_nlp(options.model)
    batch: list[Document | Skipped] = []

    def flush() -> Iterator[Article | Skipped]:
        checked: list[Document | Skipped] = []
        for item in batch:
            if isinstance(item, Document):
                try:
                    check_document(item, options.max_chars)
                except InputError as exc:
                    item = Skipped(item.id, item.source, str(exc))
            checked.append(item)
        parsed: Iterator[tuple[Doc, list[QuoteSpan]]] | None
        try:
            parsed = _parse(nlp, [d for d in checked if isinstance(d, Document)], options)
        except Exception:  # noqa: BLE001 - lexing one document failed: each goes alone
            parsed = None
        for item in checked:
            if isinstance(item, Skipped):
                yield item
                continue
            if parsed is None:  # the batch is parsed together, or after a failure one by one
                yield _alone(item, options, nlp)
                continue
            result: Article | Skipped
            parsed_ok = False
            try:
                with within(options.budget, item.source):
                    doc, marks = next(parsed)
                    parsed_ok = True
                    result = _article(item, doc, marks, options)
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                if not parsed_ok or isinstance(exc, OverBudget):
                    # the batch's parse is broken (or this budget paid for others' chunks too):
                    # this document and the rest of the batch go one by one
                    parsed = None
                    result = _alone(item, options, nlp)
                else:
                    result = _failed(item, exc)
            yield result

    for item in documents:
        batch.append(item)
        if len(batch) >= options.batch_size:
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
    nlp: Language | None = None,
    options: Options | None = None,
    kinds: str | Iterable[str] | None = None,
    entities: bool | None = None,
) -> Article:
    """Extract quotes, speakers, entities and boilerplate from one article's text.

    text (str | Document): the article text; offsets in the result index this string.
    id (str | None): the article id; default: a hash of the text.
    options (Options | None): what to extract; ``kinds`` and ``entities`` are a shorthand for
        ``Options(kinds=..., entities=...)`` ("direct,mixed" and entities=False: the fast path).
    RETURNS (Article)
    """
    if options is None:
        options = Options.of(kinds, entities)
    elif kinds is not None or entities is not None:
        raise InputError("give either options= or kinds=/entities=, not both")
    if isinstance(text, Document):
        return process(text, options, nlp=nlp)
    if not isinstance(text, str):
        raise InputError(f"extract() takes a str or a Document, not {type(text).__name__}; "
                         "decode bytes first, or use onrecord.ingest.read_path for files")
    document = Document(id=id or document_id(text), text=text, source=source, meta=dict(meta or {}))
    return process(document, options, nlp=nlp)


extract_document = process
