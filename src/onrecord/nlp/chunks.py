"""Parse an article in bounded chunks, so memory stays flat however long the text.

spaCy's memory grows with the length of what it parses at once: about 3 GB for a 1 MB
document in one piece. ``parse_many(nlp, texts)`` yields one Doc per text whose ``doc.text``
is exactly the text, as ``nlp.pipe`` would, but cuts each text at line breaks into chunks of
at most ``CHUNK_CHARS`` characters and about ``CHUNK_TOKENS`` tokens (a longer paragraph at
sentence ends, then at spaces), processes the chunks separately and joins them with
``Doc.from_docs``.

Sentence boundaries already fall at every line break (``onrecord_paragraph_breaks_v1``), so
a chunk parses as it would inside the whole article; most news articles are one chunk.

With ``regions`` (the fast path: quotes in marks, no entities), only the given character
ranges go through the pipeline; the rest is tokenized, given sentence starts by rule, and
joined in, so offsets still index the whole text. (For every kind of quote, parsing only
the paragraphs that can hold an attribution saves under 1%: with the cue lexicons of the
reported-speech rules, 95% of PolNeAR's characters are in such paragraphs.)

A stretch without whitespace longer than ``LONG_SPAN`` characters never reaches spaCy's
tokenizer, which strips prefixes and suffixes one at a time from such a stretch, each time
copying the rest: quadratic (5,000 quote marks or opening brackets in a row take 2 s, 20,000
take 40 s and 550 MB). Such a stretch is cut here, in linear time, into tokens of one
non-word character or up to 64 word characters (``_own_tokens``), is not tagged or parsed,
and gets its sentence starts by rule; the Doc's text is still exactly the input, so every
offset holds. Prose has no such stretch (none of 60 characters or more in news-dev or PolNeAR
dev), so what news extracts is unchanged.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..budget import check
from ..language.sentences import last_sentence_start
from ..language.tokens import rule_sentence_starts

#: the most characters spaCy sees at once
CHUNK_CHARS = 50_000
#: about the most tokens spaCy sees in one chunk (50,000 characters of news are about 10,000)
CHUNK_TOKENS = 12_000
#: about the most tokens one ``nlp.pipe`` call sees, whatever the batch size: its memory grows
#: with all the tokens of a batch (32 chunks of 12,000 tokens would be about 6 GB)
PIPE_TOKENS = 2 * CHUNK_TOKENS
#: the longest stretch without whitespace spaCy's tokenizer sees; a longer one is cut here
LONG_SPAN = 100

#: the most tokens of a cut stretch one "sentence" holds
CUT_SENTENCE = 64

_LINES = re.compile(r"[^\n]*\n*")
_LONG = re.compile(rf"\S{{{LONG_SPAN + 1},}}")
_OWN_TOKEN = re.compile(r"\w{1,64}|\S")
_TOKENISH = re.compile(r"\w+|[^\w\s]")

#: how a piece of text becomes part of the Doc: parsed by the pipeline, tokenized by spaCy
#: only, or cut into tokens here (a long stretch without whitespace)
PARSE, TOKENIZE, CUT = "parse", "tokenize", "cut"


def _tokens(text: str) -> int:
    """About how many tokens spaCy makes of ``text``: its words and its other characters."""
    return sum(1 for _ in _TOKENISH.finditer(text))


def _char_limit(line: str) -> int:
    """The most characters of ``line`` one chunk may hold: CHUNK_CHARS, or fewer when the line is
    dense in tokens ('"a," said Bob. ' is 7 tokens in 15 characters), so that no chunk holds much
    more than CHUNK_TOKENS (the parser's memory grows with the tokens it sees at once)."""
    if len(line) <= CHUNK_TOKENS:
        return CHUNK_CHARS
    tokens = _tokens(line)
    if tokens <= CHUNK_TOKENS:
        return CHUNK_CHARS
    return max(CHUNK_CHARS // 50, min(CHUNK_CHARS, len(line) * CHUNK_TOKENS // tokens))


def _cut_long(line: str, limit: int | None = None) -> Iterator[str]:
    """A paragraph longer than ``limit`` (default CHUNK_CHARS) in pieces: at sentence ends,
    else at spaces."""
    limit = CHUNK_CHARS if limit is None else limit
    while len(line) > limit:
        window = line[:limit]
        cut = last_sentence_start(window, 0, limit, longest=None)
        if cut < limit // 4:
            cut = window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        yield line[:cut]
        line = line[cut:]
    if line:
        yield line


def chunks(text: str) -> list[str]:
    """``text`` cut at line breaks into pieces of at most CHUNK_CHARS characters and about
    CHUNK_TOKENS tokens that join back to it."""
    if len(text) <= min(CHUNK_CHARS, CHUNK_TOKENS) or (len(text) <= CHUNK_CHARS and _tokens(text) <= CHUNK_TOKENS):
        return [text] if text else []
    out: list[list[str]] = []
    chars = tokens = 0  # of out[-1]
    for m in _LINES.finditer(text):
        line = m.group()
        for piece in _cut_long(line, _char_limit(line)):
            n = len(piece) if len(piece) <= 64 else _tokens(piece)  # a short piece: at most its length
            if out and chars + len(piece) <= CHUNK_CHARS and tokens + n <= CHUNK_TOKENS:
                out[-1].append(piece)
                chars, tokens = chars + len(piece), tokens + n
            else:
                out.append([piece])
                chars, tokens = len(piece), n
    return ["".join(parts) for parts in out]


def _cut_spans(piece: str, how: str) -> Iterator[tuple[str, str]]:
    """``piece`` as (text, how) pairs, each stretch of more than LONG_SPAN non-space characters
    its own pair to be CUT; the rest keeps ``how``."""
    at = 0
    for m in _LONG.finditer(piece):
        if m.start() > at:
            yield piece[at:m.start()], how
        yield m.group(), CUT
        at = m.end()
    if at < len(piece):
        yield piece[at:], how


def _pieces(text: str, regions: list[tuple[int, int]] | None) -> list[tuple[str, str]]:
    """``text`` as consecutive (piece, how) pairs: the regions (all of it without regions)
    parsed, the rest tokenized, long stretches without whitespace cut (``_cut_spans``)."""
    if regions is None:
        parts = [(c, PARSE) for c in chunks(text)]
    else:
        parts = []
        at = 0
        for lo, hi in [*regions, (len(text), len(text))]:
            if lo > at:
                parts.extend((c, TOKENIZE) for c in chunks(text[at:lo]))
            parts.extend((c, PARSE) for c in chunks(text[lo:hi]))
            at = max(at, hi)
    return [pair for c, how in parts for pair in _cut_spans(c, how)]


def _own_tokens(nlp: Language, text: str) -> Doc:
    """A Doc of ``text`` (a stretch without whitespace) in tokens of one non-word character or
    up to 64 word characters, made in linear time without spaCy's tokenizer."""
    words = _OWN_TOKEN.findall(text)
    return Doc(nlp.vocab, words=words, spaces=[False] * len(words))


def _with_rule_sentences(doc: Doc, every: int = 0) -> Doc:
    """``doc`` with sentence starts by rule, and with ``every``, at least every that many tokens."""
    if len(doc):
        flags = rule_sentence_starts(doc)
        if every:
            flags = [flag or i % every == 0 for i, flag in enumerate(flags)]
        starts: Any = numpy.asarray([1 if s else -1 for s in flags], dtype="int64")
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return doc


def _tokenized(nlp: Language, text: str, how: str = TOKENIZE) -> Doc:
    """A Doc with tokens and rule-based sentence starts only (no tagger, parser or NER). A CUT
    stretch is no prose: it is also cut into "sentences" of at most CUT_SENTENCE tokens, so that
    what looks at a token's sentence (``token.sent`` walks it) costs a bounded amount."""
    if how == CUT:
        return _with_rule_sentences(_own_tokens(nlp, text), CUT_SENTENCE)
    return _with_rule_sentences(nlp.make_doc(text))


def _join(docs: list[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    starts: Any = numpy.concatenate([d.to_array([SENT_START]) for d in docs])  # (n, 1), as from_array takes it
    for d in docs:  # tok2vec output is not kept, and parsed and tokenized pieces differ in width
        d.tensor = numpy.zeros((0,), dtype="float32")
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    # from_docs keeps the parser's sentences but drops those set by rule on unparsed pieces
    joined.from_array([SENT_START], starts)
    return joined


Ranges = Sequence[tuple[int, int]]


def _pipe(nlp: Language, texts: Iterable[str], batch_size: int, disable: list[str]) -> Iterator[Doc]:
    """``nlp.pipe(texts)``, in calls of at most ``batch_size`` texts and about PIPE_TOKENS tokens."""
    group: list[str] = []
    tokens = 0
    for text in texts:
        n = len(text) if len(text) <= 64 else _tokens(text)
        if group and (len(group) >= batch_size or tokens + n > PIPE_TOKENS):
            yield from nlp.pipe(group, batch_size=len(group), disable=disable)
            group, tokens = [], 0
        group.append(text)
        tokens += n
    if group:
        yield from nlp.pipe(group, batch_size=len(group), disable=disable)


def parse_many(
    nlp: Language,
    texts: Iterable[str],
    batch_size: int = 32,
    regions: Iterable[Ranges | None] | None = None,
    disable: Iterable[str] = (),
) -> Iterator[Doc]:
    """One Doc per text, in order, each parsed in chunks of at most CHUNK_CHARS.

    regions: for each text, in step with ``texts``, the sorted character ranges that need the
        pipeline, or None to parse all of it; outside the ranges the text is only tokenized
        and split into sentences by rule (no tags, parse or entities there). None: parse
        every text whole.
    disable: pipeline components not to run (``"ner"`` when no entities are wanted).
    """
    disable = [name for name in disable if name in nlp.pipe_names]
    pairs = zip(texts, regions) if regions is not None else ((t, None) for t in texts)
    while True:
        batch = list(itertools.islice(pairs, batch_size))
        if not batch:
            return
        pieces = [_pieces(t, list(r) if r is not None else None) for t, r in batch]
        docs = _pipe(nlp, (c for p in pieces for c, how in p if how == PARSE), batch_size, disable)
        for (text, _), parts in zip(batch, pieces):
            made = []
            for c, how in parts:
                check()  # the document's budget (onrecord.budget), between chunks
                made.append(next(docs) if how == PARSE else _tokenized(nlp, c, how))
            yield _join(made) if made else nlp.make_doc(text)

