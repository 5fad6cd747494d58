"""Plain-text input: encodings, exact text, and one-line errors for bad files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from onrecord.errors import InputError
from onrecord.ingest import decode_text, read_path, read_stdin
from onrecord.types import Document, Skipped


def one(path, **kw):
    results = list(read_path(path, **kw))
    assert len(results) == 1
    return results[0]


def assert_one_line_skip(result, *words):
    assert isinstance(result, Skipped), result
    assert "\n" not in result.reason
    for word in words:
        assert word in result.reason, result.reason


def test_utf8_text_is_kept_exactly_crlf_and_all(tmp_path):
    raw = "Headline\r\n\r\n\u201cNo comment,\u201d she said.  \r\n\tIndented.\n"
    path = tmp_path / "story.txt"
    path.write_bytes(raw.encode("utf-8"))
    doc = one(path)
    assert doc == Document(id="story", text=raw, source=str(path))
    assert doc.meta["encoding"] == "utf-8"


def test_utf8_bom_is_removed_and_nothing_else(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHe said \xe2\x80\x9cyes\xe2\x80\x9d.\n")
    assert one(path).text == "He said \u201cyes\u201d.\n"


def test_cp1252_smart_quotes(data_dir):
    doc = one(data_dir / "ingest" / "cp1252_windows.txt")
    assert doc.text == (
        "Ministers defend rail timetable\r\n\r\n"
        "The transport minister, Ana Sousa, said on Monday: \u201cThe new timetable is here to stay.\u201d\r\n\r\n"
        "Unions called the changes \u2018a disaster\u2019 \u2014 and promised more strikes\u2026\r\n"
    )
    assert doc.meta["encoding"] == "cp1252"


def test_latin1_accents(data_dir):
    doc = one(data_dir / "ingest" / "latin1_montreal.txt")
    assert doc.text.startswith("Caf\u00e9 owners in Montr\u00e9al protest")
    assert "\u00ab\u00a0C'est injuste\u00a0\u00bb, said \u00c9lise Tremblay" in doc.text


def test_utf16_with_bom(data_dir):
    doc = one(data_dir / "ingest" / "utf16_flood.txt")
    assert doc.text == ("Flood warning lifted for the Severn\n\n"
                        "\u201cThe river has dropped below the danger mark,\u201d the Environment Agency said.\n")
    assert doc.meta["encoding"] == "utf-16-le"


def test_utf16_without_bom_is_recognised():
    text, encoding = decode_text("\u201cWe are ready,\u201d the coach said after training.\n".encode("utf-16-be"))
    assert (text, encoding) == ("\u201cWe are ready,\u201d the coach said after training.\n", "utf-16-be")


def test_utf8_file_with_pasted_cp1252_quotes():
    # "café" and "naïve" in UTF-8, then a quote pasted from a cp1252 document (0x93 ... 0x94)
    data = "The caf\u00e9 owner called it na\u00efve: ".encode("utf-8") + b"\x93never again\x94, he said."
    text, encoding = decode_text(data)
    assert text == "The caf\u00e9 owner called it na\u00efve: \u201cnever again\u201d, he said."
    assert encoding == "utf-8+cp1252"


def test_cyrillic_single_byte_text_is_detected_not_read_as_latin():
    original = ("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b, "
                "\u0447\u0442\u043e \u0440\u0435\u0444\u043e\u0440\u043c\u0430 \u0431\u0443\u0434\u0435\u0442 "
                "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0435\u043d\u0430 \u0432 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u043c "
                "\u0433\u043e\u0434\u0443, \u043d\u0435\u0441\u043c\u043e\u0442\u0440\u044f \u043d\u0430 \u043a\u0440\u0438\u0442\u0438\u043a\u0443.\n")
    text, _ = decode_text(original.encode("cp1251"))
    assert text == original


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ("empty",)),
        (b"  \r\n\t\n  ", ("only whitespace",)),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(300), ("binary", "NUL")),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 40 + b"some words", ("binary", "control characters")),
    ],
    ids=["empty", "whitespace", "png", "control-bytes"],
)
def test_bad_files_are_skipped_with_one_line_reason(tmp_path, content, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert_one_line_skip(one(path), str(path), *words)


def test_a_file_over_max_bytes_is_skipped_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: 21 MB on paper, nothing on disk
        f.truncate(21_000_000)

    def refuse(self):  # the reader must decide from the size alone
        raise AssertionError("read_bytes called on an oversized file")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert_one_line_skip(one(path), "21,000,000 bytes", "over the limit of 20,000,000", "max_bytes")


def test_max_bytes_can_be_given(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("A short article, the editor said.", encoding="utf-8")
    assert_one_line_skip(one(path, max_bytes=10), "over the limit of 10")
    assert isinstance(one(path, max_bytes=100), Document)


def test_decode_text_raises_input_error_naming_the_source():
    with pytest.raises(InputError, match=r"^upload\.txt: the file is empty"):
        decode_text(b"", "upload.txt")


def test_stdin_text_and_html_are_sniffed():
    text = read_stdin(io.BytesIO("\u201cYes,\u201d she said.\n".encode("utf-8")))
    assert text == Document(id="stdin", text="\u201cYes,\u201d she said.\n", source="<stdin>")
    page = ("<!doctype html><html><body><article><p>The ferry operator said on Sunday that all 212 passengers "
            "were safe and that an inquiry would begin this week.</p></article></body></html>")
    html = read_stdin(io.BytesIO(page.encode("utf-8")))
    assert isinstance(html, Document)
    assert html.text == ("The ferry operator said on Sunday that all 212 passengers were safe and that an "
                         "inquiry would begin this week.")


def test_stdin_over_the_limit_is_skipped():
    assert_one_line_skip(read_stdin(io.BytesIO(b"x" * 50), max_bytes=20), "<stdin>", "more than 20")
