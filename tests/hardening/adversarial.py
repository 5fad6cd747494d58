"""Adversarial and normal inputs for the hardening tests and ``bench/bench_adversarial.py``.

Each generator takes a target size in characters (or bytes) so that the tests can use
small, fast versions and the benchmark full-size ones, with the same shapes:

* ``news_text``: realistic articles (tests/data/scale/articles.jsonl) repeated, the baseline;
* text inputs (``TEXTS``): 100,000 quote marks, one huge paragraph, NUL bytes, right-to-left
  text, emoji, a flood of apostrophes, unclosed quotes;
* byte inputs (``FILES``): deeply nested HTML, a gzip bomb, invalid UTF-8, cp1252 smart
  quotes in a latin-1 file; each is written to a file and read by the ingest readers.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "scale" / "articles.jsonl"


def _articles() -> list[str]:
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _fill(unit: Callable[[int], str], size: int) -> str:
    """Concatenate ``unit(i)`` for i = 0, 1, ... until ``size`` characters; cut to exactly ``size``."""
    parts, total, i = [], 0, 0
    while total < size:
        part = unit(i)
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:size]


def news_text(size: int) -> str:
    """Normal news: the 24 hand-written articles, one after another, as paragraphs."""
    articles = _articles()
    return _fill(lambda i: articles[i % len(articles)] + "\n\n", size)


def quote_marks(size: int) -> str:
    """Nothing but quote marks of every kind, in a pseudo-random order (100,000 at size=100_000)."""
    rng = random.Random(6)
    marks = "“”\"'‘’«»„‹›`"
    return "".join(rng.choice(marks) for _ in range(size))


def marks_in_prose(size: int) -> str:
    """News sentences in which every other word is wrapped in an unbalanced quote mark."""
    rng = random.Random(7)
    words = news_text(20_000).split()
    marks = ["“", "”", '"', "'", "‘", "’", "«", "»", "''"]
    return _fill(lambda i: f"{rng.choice(marks)}{words[i % len(words)]} ", size)


def one_paragraph(size: int) -> str:
    """All the news text as one paragraph: no line breaks at all."""
    return " ".join(news_text(size).split())[:size]


def no_sentences(size: int) -> str:
    """One endless 'sentence': words and commas with no full stop, no line break."""
    words = [w.strip(".!?\n") or "and" for w in news_text(20_000).split()]
    return _fill(lambda i: words[i % len(words)] + (", " if i % 9 == 8 else " "), size)


def unclosed_quotes(size: int) -> str:
    """Paragraphs that each open a quote and never close it (the multi-paragraph rule's worst case)."""
    return _fill(lambda i: f"“The minister said the plan number {i} would work, and then she left\n\n", size)


def nul_bytes(size: int) -> str:
    """News text with a NUL character every 50 characters."""
    text = news_text(size)
    return "".join(text[i:i + 50] + "\x00" for i in range(0, len(text), 51))[:size]


def right_to_left(size: int) -> str:
    """Arabic and Hebrew text with bidi control characters, mixed with English attributions."""
    sentence = ('قال الوزير «لن نتراجع عن هذا القرار» يوم الثلاثاء. \u202e"We will not back down," '
                'the minister said.\u202c אמר השר: "זה לא ייגמר כאן" \u200f\n\n')
    return _fill(lambda i: sentence, size)


def emoji(size: int) -> str:
    """News sentences full of emoji, ZWJ sequences, skin tones, flags and variation selectors."""
    sentence = ('"This is 🔥🔥 the best day 👩‍👩‍👧‍👦 ever," said Jane 👍🏽 Roe 🇺🇸 on Tuesday. '
                'She told reporters ❤️ the ✈️ trip was 💯 worth it 😂.\n\n')
    return _fill(lambda i: sentence, size)


def apostrophes(size: int) -> str:
    """A flood of apostrophes and primes: don't, the ’90s, Jones’, 5' 10", rock ’n’ roll."""
    sentence = "It's the ’90s again, Jones’ dog said, and he's 5' 10\" tall; rock ’n’ roll won't die 'til '23. "
    return _fill(lambda i: sentence, size)


def one_speaker(size: int) -> str:
    """Thousands of short quotes by one speaker: '"a," said Bob. ' over and over (issue 14, item 3)."""
    return _fill(lambda i: '"a," said Bob. ', size)


#: name -> generator of str (fed straight to the pipeline)
TEXTS: dict[str, Callable[[int], str]] = {
    "run of \" marks": lambda size: '"' * size,
    "run of (": lambda size: "(" * size,
    "run of “": lambda size: "“" * size,
    "one speaker, many": one_speaker,
    "100k quote marks": quote_marks,
    "marks in prose": marks_in_prose,
    "one paragraph": one_paragraph,
    "no sentence end": no_sentences,
    "unclosed quotes": unclosed_quotes,
    "NUL bytes": nul_bytes,
    "right-to-left": right_to_left,
    "emoji": emoji,
    "apostrophes": apostrophes,
}


def nested_html(depth: int = 10_000) -> bytes:
    """A page with ``depth`` nested <div> tags around one paragraph of news."""
    body = "<p>" + news_text(2_000).replace("\n\n", "</p><p>") + "</p>"
    return (b"<!doctype html><html><head><title>Deep</title></head><body>" + b"<div>" * depth
            + body.encode("utf-8") + b"</div>" * depth + b"</body></html>")


def unclosed_html(depth: int = 10_000) -> bytes:
    """``depth`` opening tags of mixed kinds that are never closed, then the article."""
    tags = [b"<div>", b"<span>", b"<b>", b"<section>", b"<table><tr><td>", b"<ul><li>"]
    return (b"<html><body>" + b"".join(tags[i % len(tags)] for i in range(depth))
            + b"<p>" + news_text(2_000).encode("utf-8") + b"</p>")


def gzip_bomb(size: int = 200_000_000) -> bytes:
    """A small .jsonl.gz whose one line inflates to ``size`` bytes (zeros inside a JSON string)."""
    out = gzip.compress(b'{"id": "bomb", "text": "' + b"0" * size + b'"}\n', compresslevel=9)
    return out


def invalid_utf8(size: int) -> bytes:
    """UTF-8 news text with random invalid bytes (lone continuation bytes, truncated sequences)."""
    rng = random.Random(8)
    data = bytearray(news_text(size).encode("utf-8"))
    for _ in range(len(data) // 200):
        data[rng.randrange(len(data))] = rng.choice([0x80, 0xBF, 0xC3, 0xE2, 0xF0, 0xFF])
    return bytes(data[:size])


def cp1252_in_latin1(size: int) -> bytes:
    """A latin-1 file (é, ç, à) into which someone pasted cp1252 smart quotes and dashes."""
    sentence = ("\x93Nous ne reculerons pas,\x94 a déclaré le maire de Montréal \x96 François Côté \x96 "
                "à la presse. Il a ajouté qu\x92il était « très déçu ». ").encode("latin-1")
    return (sentence * (size // len(sentence) + 1))[:size]


def ampersand_page(size: int) -> bytes:
    """An HTML page whose one paragraph is ``&amp;`` over and over (issue 14, item 1)."""
    head = b"<html><head><title>Amp</title></head><body><p>The council met on Tuesday and voted on the plan.</p><p>"
    return head + b"&amp;" * max(0, (size - len(head) - 22) // 5) + b"</p></body></html>"


def unclosed_a(size: int) -> bytes:
    """A paragraph, then ``<a`` over and over, never closed (issue 14, item 2)."""
    head = b"<p>" + news_text(2_000).encode("utf-8") + b"</p>"
    return head + b"<a" * max(0, (size - len(head)) // 2)


def deep_jsonl(size: int) -> bytes:
    """A JSON Lines file: one article, a line nested ``size / 2`` deep, another article (item 9)."""
    good = json.dumps({"text": news_text(2_000)}).encode("utf-8")
    depth = max(0, (size - 2 * len(good)) // 2)
    return good + b"\n" + b"[" * depth + b"]" * depth + b"\n" + good + b"\n"


def empty_records_gz(size: int) -> bytes:
    """A .jsonl.gz of about ``size`` bytes of records without text (item 5: each is a skip)."""
    rng = random.Random(9)
    lines, total, out = [], 0, b""
    while total < size:
        lines.extend(f'{{"n": {rng.getrandbits(64)}}}\n' for _ in range(20_000))
        out = gzip.compress("".join(lines).encode("ascii"), compresslevel=6)
        total = len(out)
    return out


#: name -> (file suffix, generator of bytes given a size)
FILES: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "&amp; page": (".html", ampersand_page),
    "unclosed <a": (".html", unclosed_a),
    "deep nesting": (".jsonl", deep_jsonl),
    "gzip of no-text": (".jsonl.gz", empty_records_gz),
    "10k nested tags": (".html", lambda size: nested_html(10_000)),
    "10k unclosed tags": (".html", lambda size: unclosed_html(10_000)),
    "invalid UTF-8": (".txt", invalid_utf8),
    "cp1252 in latin-1": (".txt", cp1252_in_latin1),
}
