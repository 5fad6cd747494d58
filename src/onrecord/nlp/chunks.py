"""Parse an article in bounded chunks, so memory stays flat however long the text.

spaCy's memory grows with the length of what it parses at once: about 3 GB for a 1 MB
document in one piece. ``parse_many(nlp, texts)`` yields one Doc per text whose ``doc.text``
is exactly the text, as ``nlp.pipe`` would, but cuts each text at line breaks into chunks of
at most ``CHUNK_CHARS`` characters (a longer paragraph at sentence ends, then at spaces),
processes the chunks separately and joins them with ``Doc.from_docs``.

Sentence boundaries already fall at every line break (``onrecord_paragraph_breaks_v1``), so
a chunk parses as it would inside the whole article; most news articles are one chunk.

(Parsing only the paragraphs that can hold an attribution was measured too: with the cue
lexicons the quote rules need, 95% of PolNeAR's characters are in such paragraphs, so it
saved under 1% and was left out.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

#: the most characters spaCy sees at once
CHUNK_CHARS = 50_000

_LINES = re.compile(r"[^\n]*\n*")
_SENTENCE_CUT = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+")


def _cut_long(line: str) -> Iterator[str]:
    """A paragraph longer than CHUNK_CHARS in pieces: at sentence ends, else at spaces."""
    while len(line) > CHUNK_CHARS:
        window = line[:CHUNK_CHARS]
        cut = 0
        for m in _SENTENCE_CUT.finditer(window):
            cut = m.end()
        if cut < CHUNK_CHARS // 4:
            cut = window.rfind(" ") + 1
        if cut <= 0:
            cut = CHUNK_CHARS
        yield line[:cut]
        line = line[cut:]
    if line:
        yield line


def chunks(text: str) -> list[str]:
    """``text`` cut at line breaks into pieces of at most CHUNK_CHARS that join back to it."""
    if len(text) <= CHUNK_CHARS:
        return [text] if text else []
    out: list[str] = []
    for m in _LINES.finditer(text):
        for piece in _cut_long(m.group()):
            if out and len(out[-1]) + len(piece) <= CHUNK_CHARS:
                out[-1] += piece
            else:
                out.append(piece)
    return out


def parse_many(nlp, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """One Doc per text, in order, each parsed in chunks of at most CHUNK_CHARS."""
    texts = iter(texts)
    while True:
        batch = [t for _, t in zip(range(batch_size), texts)]
        if not batch:
            return
        pieces = [chunks(t) for t in batch]
        docs = iter(nlp.pipe([c for p in pieces for c in p], batch_size=batch_size))
        for text, parts in zip(batch, pieces):
            parsed = [next(docs) for _ in parts]
            if not parsed:
                yield nlp.make_doc(text)
            elif len(parsed) == 1:
                yield parsed[0]
            else:
                yield Doc.from_docs(parsed, ensure_whitespace=False)


def parse(nlp, text: str) -> Doc:
    """One text through ``parse_many``."""
    return next(parse_many(nlp, [text], batch_size=1))
