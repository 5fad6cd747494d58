"""onrecord: who said what, about whom, in news articles.

    >>> import onrecord
    >>> article = onrecord.extract('"We will not back down," Jane Roe said on Monday.')
    >>> [(q.kind, q.text, q.speaker.name) for q in article.quotes]
    [('direct', 'We will not back down,', 'Jane Roe')]

The pipeline stages live in subpackages, in the order they run:
ingest -> clean -> nlp -> quotes -> entities -> (store, search, web, scale).
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import InputError, ModelNotFound, OnrecordError
from .options import Options
from .pipeline import extract, extract_document, process, process_many
from .types import Article, Boilerplate, Document, Entity, Quote, Skipped, Speaker

__all__ = [
    "Article",
    "Boilerplate",
    "Document",
    "Entity",
    "InputError",
    "ModelNotFound",
    "OnrecordError",
    "Options",
    "Quote",
    "Skipped",
    "Speaker",
    "__version__",
    "extract",
    "extract_document",
    "process",
    "process_many",
]
