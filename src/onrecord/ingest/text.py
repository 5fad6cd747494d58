"""Plain-text articles (``.txt``): bytes -> str, with encoding detection and clear errors.

The decoded text is used exactly as it is (no newline, whitespace or Unicode normalisation),
because every offset onrecord reports indexes it. Only a byte-order mark is removed.

Decoding order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. strict UTF-8;
3. UTF-8 with a few stray Windows-1252 bytes (a UTF-8 file into which someone pasted cp1252
   smart quotes): each undecodable byte is read as cp1252;
4. UTF-16 without a BOM, when the NUL bytes fall on every other byte;
5. Windows-1252, when every non-ASCII character it gives is a Western European letter or a
   typographic sign (curly quotes, dashes, the euro) and such characters are rare. This covers
   cp1252 and Latin-1 files, which statistical detection often takes for cp1250 or cp1125;
6. charset-normalizer's best guess (Cyrillic, Greek, CJK, ... encodings).

A file that is none of these, or that is full of NUL or control bytes, is binary: InputError.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import InputError
from ..types import Document
from ._common import read_regular, stem_of

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAMPLE = 65_536
_MAX_NUL_SHARE = 0.01  # more NUL bytes than this (outside UTF-16/32) means a binary file
_MAX_CONTROL_SHARE = 0.05  # more C0 control characters than this in the decoded text: binary
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Non-ASCII characters a Western European cp1252/Latin-1 text is made of.
_WESTERN = re.compile(
    r"[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u00a0-\u00bf\u2018-\u201e\u2013\u2014\u2026\u2022\u20ac\u2122"
    r"\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2020\u2021\u2030\u2039\u203a\u02c6\u02dc\u0192]"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MAX_WESTERN_SHARE = 0.2  # cp1252 is trusted only when non-ASCII characters are this rare


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read one undecodable byte as Windows-1252 (Latin-1 where cp1252 has a hole)."""
    assert isinstance(error, UnicodeDecodeError)  # registered for decoding only
    byte = error.object[error.start : error.start + 1]
    try:
        return byte.decode("cp1252"), error.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), error.start + 1


codecs.register_error("onrecord-cp1252", _cp1252_fallback)


def _mostly_utf8(data: bytes) -> bool:
    """True when undecodable bytes are few next to the valid multi-byte UTF-8 characters."""
    decoded = data.decode("utf-8", "ignore")
    valid = len(_NON_ASCII.findall(decoded))
    invalid = len(data) - len(decoded.encode("utf-8"))
    return valid > 0 and invalid <= 3 * valid  # an accidental valid sequence in cp1252 text is rare


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NUL bytes of ``sample`` sit on odd or even positions."""
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    half = len(sample) // 2 or 1
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _western(data: bytes) -> str | None:
    """The text as Windows-1252 when it reads as Western European text, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text[:_SAMPLE] if c.isalpha()]
    # Only letters count: curly quotes, dashes and guillemets are not a sign of another alphabet
    # (a French page full of them is still cp1252), while Cyrillic read as cp1252 is all accents.
    non_ascii = sum(1 for c in letters if not c.isascii())
    if _WESTERN.search(text) or non_ascii > max(8, _MAX_WESTERN_SHARE * len(letters)):
        return None
    return text


def _binary(source: str, why: str) -> InputError:
    return InputError(f"{source}: looks like a binary file ({why}); give a text, HTML, JSONL or WARC file")


def _decode(data: bytes, source: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"{source}: starts with a {encoding} byte-order mark but is not {encoding} "
                                 f"({exc.reason} at byte {exc.start + len(bom)}); re-save it as UTF-8") from exc
    sample = data[:_SAMPLE]
    if sample.count(0) > _MAX_NUL_SHARE * len(sample):
        utf16 = _utf16_without_bom(sample)
        if utf16 is None:
            raise _binary(source, f"{sample.count(0):,} NUL bytes in the first {len(sample):,}")
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError as exc:
            raise _binary(source, f"NUL bytes, and not {utf16} either: {exc.reason}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", "onrecord-cp1252"), "utf-8+cp1252"
    text = _western(data)
    if text is not None:
        return text, "cp1252"
    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{source}: the text encoding could not be detected (not UTF-8, UTF-16 or a "
                         "known 8-bit encoding); re-save it as UTF-8")
    return str(best), best.encoding


def decode_text(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, encoding)``.

    Raises InputError (with a message naming ``source``) when the bytes are empty, only
    whitespace, binary, or in no encoding that can be detected.
    """
    if not data:
        raise InputError(f"{source}: the file is empty; give a file with article text")
    text, encoding = _decode(data, source)
    if not text.strip():
        raise InputError(f"{source}: the file holds only whitespace; give a file with article text")
    head = text[:_SAMPLE]
    controls = len(_CONTROL.findall(head))
    if controls > _MAX_CONTROL_SHARE * len(head):
        raise _binary(source, f"{controls:,} control characters in the first {len(head):,}")
    return text, encoding


def text_document(data: bytes, *, id: str, source: str) -> Document:
    """A Document from a text file's bytes; ``meta['encoding']`` records the encoding used."""
    text, encoding = decode_text(data, source)
    return Document(id=id, text=text, source=source, meta={"encoding": encoding})


def read_text(path: Path, max_bytes: int) -> Iterator[Document]:
    """The one Document of a ``.txt`` file (raises InputError when it cannot be read)."""
    yield text_document(read_regular(path, max_bytes), id=stem_of(path), source=str(path))
