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


def test_only_the_regions_are_parsed_and_the_text_is_intact(nlp):
    text = "The council met on Tuesday. The harbour is old.\n\n“We will rebuild it,” said Angela Merkel. Rain fell."
    start = text.index("“")
    end = text.index(" Rain")
    (doc,) = parse_many(nlp, [text], regions=[[(start, end + 1)]])
    assert doc.text == text
    inside = [t for t in doc if start <= t.idx < end]
    outside = [t for t in doc if t.idx < start or t.idx > end]
    assert all(t.dep_ for t in inside if not t.is_space)
    assert not any(t.dep_ or t.pos_ or t.ent_type_ for t in outside)
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Merkel"]
    assert [e.text for e in doc.ents] == ["Angela Merkel"]
    # the unparsed text still has sentences, by rule and at line breaks
    assert [s.text.strip() for s in doc.sents] == [
        "The council met on Tuesday.", "The harbour is old.", "“We will rebuild it,” said Angela Merkel.", "Rain fell.",
    ]


def test_components_can_be_left_out(nlp):
    (doc,) = parse_many(nlp, ["Ana Ruiz spoke in Madrid."], disable=["ner"])
    assert not doc.ents
    assert doc[1].dep_ and doc[0].pos_ == "PROPN"


def test_unparsed_stretches_are_bounded_too(monkeypatch):
    monkeypatch.setattr(chunking, "CHUNK_CHARS", 200)
    text = PARAGRAPH * 12
    region = (len(PARAGRAPH) * 5, len(PARAGRAPH) * 6)
    pieces = chunking._pieces(text, [region])
    assert "".join(p for p, _ in pieces) == text
    assert all(len(p) <= 200 for p, _ in pieces)
    assert "".join(p for p, how in pieces if how == chunking.PARSE) == PARAGRAPH
