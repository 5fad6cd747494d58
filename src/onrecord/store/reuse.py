"""Quote reuse: the same or nearly the same words in several articles (wire copy, reposts).

Two cheap signals, both computed once per quote at ingest:

- ``norm_hash``: a hash of the normalised text (case, accents, punctuation and spacing folded),
  so "We will not back down." and "we will not back down" are the same quote;
- ``bands``: MinHash over word 3-shingles, cut into LSH bands. Quotes sharing a band are
  candidates; a candidate joins the group only when the real Jaccard similarity of the two
  shingle sets is at least ``NEAR_DUPLICATE`` (so a trimmed or lightly edited quote groups, and
  two quotes that merely share a phrase do not).

Stable across processes (blake2b and fixed XOR masks, vectorised with numpy): a few µs a quote.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

NEAR_DUPLICATE = 0.7
MIN_WORDS_NEAR = 6  # shorter quotes group only when they are exactly the same words
BANDS = 8
ROWS = 2
# One random 64-bit mask per MinHash function: h_i(x) = hash(x) XOR mask_i (fixed, so stable everywhere).
_MASKS = np.array(
    [int.from_bytes(hashlib.blake2b(f"minhash-{i}".encode(), digest_size=8).digest(), "big") for i in range(BANDS * ROWS)],
    dtype=np.uint64,
).reshape(-1, 1)
_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)


def normalise(text: str) -> str:
    """The comparable form of a quote: lower case, no accents, no punctuation, single spaces."""
    text = text.replace("’", "'")
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", text.casefold().replace("'", "")).split())


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def norm_hash(text: str) -> str:
    """A 16-hex-digit hash of ``normalise(text)``: equal for exactly reused quotes."""
    return _hash(normalise(text))


def _shingles(words: list[str], size: int = 3) -> frozenset[str]:
    if len(words) <= size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def shingles(text: str, size: int = 3) -> frozenset[str]:
    """Word ``size``-grams of the normalised text (the whole text when it is shorter)."""
    return _shingles(normalise(text).split(), size)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0.0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def fingerprint(text: str) -> tuple[str, list[str]]:
    """``(norm_hash, bands)`` of a quote in one pass; bands are [] for quotes too short to compare loosely."""
    norm = normalise(text)
    words = norm.split()
    if len(words) < MIN_WORDS_NEAR:
        return _hash(norm), []
    values = np.array([int(_hash(g), 16) for g in _shingles(words)], dtype=np.uint64)
    signature = (values[None, :] ^ _MASKS).min(axis=1)
    keys = [f"{band}:{signature[band * ROWS:(band + 1) * ROWS].tobytes().hex()[:12]}" for band in range(BANDS)]
    return _hash(norm), keys


def bands(text: str) -> list[str]:
    """The LSH band keys of a quote ("<band>:<hex>"), or [] for quotes too short to compare loosely."""
    return fingerprint(text)[1]


def is_near_duplicate(a: str, b: str) -> bool:
    """True when two quotes are the same words or nearly (Jaccard of 3-shingles ≥ NEAR_DUPLICATE)."""
    if normalise(a) == normalise(b):
        return True
    return jaccard(shingles(a), shingles(b)) >= NEAR_DUPLICATE
