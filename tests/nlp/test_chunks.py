"""Long texts are parsed in chunks that join back to exactly the text."""

from __future__ import annotations

from onrecord.nlp import chunks as chunking
from onrecord.nlp.chunks import chunks, parse_many

PARAGRAPH = "“We will rebuild the harbour,” said Mayor Ana Ruiz. The council agreed on Tuesday. "


def test_chunks_join_back_and_respect_the_bound(monkeypatch):
    monkeypatch.setattr(chunking, "CHUNK_CHARS", 200)
    text = "Headline\n\n" + (PARAGRAPH * 2 + "\n\n") * 5 + PARAGRAPH * 9  # the last paragraph is too long
    pieces = chunks(text)
    assert "".join(pieces) == text
    assert all(len(p) <= 200 for p in pieces)
    assert len(pieces) > 5


def test_a_long_text_parses_in_chunks_with_offsets_intact(nlp, monkeypatch):
    monkeypatch.setattr(chunking, "CHUNK_CHARS", 300)
    text = "\n\n".join([PARAGRAPH.strip()] * 8)
    (doc,) = parse_many(nlp, [text])
    assert doc.text == text
    said = [t for t in doc if t.text == "said"]
    assert len(said) == 8
    # each paragraph's attribution still parses: the mayor is the subject of "said"
    assert all(any(c.dep_ == "nsubj" and c.text == "Ruiz" for c in t.children) for t in said)
    # entities as in one piece (the chunks are cut at paragraph breaks)
    whole = nlp(text)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents
    ]


def test_empty_text_gives_an_empty_doc(nlp):
    (doc,) = parse_many(nlp, [""])
    assert doc.text == ""
