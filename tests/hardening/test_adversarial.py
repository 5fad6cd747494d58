"""Hostile inputs end to end: each gives an article or a one-line skip reason, never a crash.

Text inputs go through ``onrecord.extract`` and through ``onrecord extract`` on a file;
byte inputs (deep HTML, a gzip bomb, broken encodings) through the CLI, as a user would.
CI runs small versions; ``ONRECORD_HARDENING_FULL=1`` runs the sizes the issue names
(100,000 quote marks, a 5 MB paragraph). How run time grows is measured by
``bench/bench_adversarial.py`` and guarded by test_growth.py.
"""

from __future__ import annotations

import json
import tracemalloc

import adversarial as adv
import pytest
from click.testing import CliRunner
from hardening_support import FULL, assert_contract

from onrecord import extract
from onrecord.cli import cli
from onrecord.types import Document

pytestmark = pytest.mark.slow

# CI size (characters) per text input; FULL runs each at the size the issue names.
SMALL = 3_000
FULL_SIZES = {"100k quote marks": 100_000, "one paragraph": 5_000_000}
# What reading the input as a .txt file gives: an article, or a skip whose reason says this.
FILE_OUTCOME = {"NUL bytes": "looks like a binary file"}


def run_cli(path) -> tuple[int, list[dict], list[str]]:
    """``onrecord extract PATH --format jsonl``: exit code, articles, and the 'skipped:' lines."""
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "jsonl"])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.output.splitlines() if line.strip()]
    articles = [json.loads(line) for line in lines if line.startswith("{")]
    skips = [line for line in lines if line.startswith("skipped: ")]
    return result.exit_code, articles, skips


@pytest.mark.parametrize("name", list(adv.TEXTS))
def test_hostile_text(name, tmp_path):
    size = FULL_SIZES.get(name, SMALL * 10) if FULL else SMALL
    text = adv.TEXTS[name](size)
    assert_contract(text, extract(text))

    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    code, articles, skips = run_cli(path)
    if name in FILE_OUTCOME:
        assert code == 1 and len(skips) == 1 and FILE_OUTCOME[name] in skips[0]
    else:
        assert code == 0 and skips == [] and len(articles) == 1
        assert articles[0]["text"] == text


def test_a_document_over_max_chars_is_skipped_with_the_limit_named(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("a" * 5_000_001, encoding="utf-8")
    code, articles, skips = run_cli(path)
    assert code == 1 and articles == []
    assert skips == [f"skipped: {path}: document has 5,000,001 characters, over the limit of 5,000,000; "
                     "split it, or raise the limit (ONRECORD_MAX_CHARS=5000001)"]


@pytest.mark.parametrize("make", [adv.nested_html, adv.unclosed_html], ids=["nested", "unclosed"])
def test_10000_nested_tags_still_give_the_article(make, tmp_path):
    """libxml2 stops at depth 256; the page is flattened first so the article is not lost."""
    path = tmp_path / "deep.html"
    path.write_bytes(make(10_000))
    code, [article], skips = run_cli(path)
    assert code == 0 and skips == []
    assert article["text"].startswith("City council approves leaner budget.")
    assert "“We made hard choices so that we would not have to raise property taxes,” said council " \
           "president Maria Delgado." in article["text"]


def test_shallow_page_is_not_flattened():
    """Below the parser's limit the page is read as it is: lists stay separate blocks."""
    from onrecord.ingest.html import extract_html

    page = ("<html><body>" + "<div>" * 200 + "<p>The mayor said on Monday that the bridge would reopen in May.</p>"
            "<ul><li>First item of the list here</li><li>Second item of the list here</li></ul>"
            + "</div>" * 200 + "</body></html>")
    text, _ = extract_html(page)
    assert "First item of the list here\nSecond item of the list here" in text  # flattened, they would run on


def test_gzip_bomb_is_skipped_without_inflating(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(adv.gzip_bomb(200_000_000))  # 200 MB of zeros in about 200 KB
    tracemalloc.start()
    try:
        code, articles, skips = run_cli(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert code == 1 and articles == []
    assert any("zip bomb" in s for s in skips)
    assert peak < 100_000_000  # it stopped near max_bytes (20 MB), it did not hold 200 MB


def test_invalid_utf8_is_read_with_the_stray_bytes_as_cp1252(tmp_path):
    data = adv.invalid_utf8(SMALL)
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    code, [article], skips = run_cli(path)
    assert code == 0 and skips == []
    assert article["meta"]["encoding"] == "utf-8+cp1252"
    assert "\ufffd" not in article["text"]
    assert len(article["text"]) == len(data.decode("utf-8", "onrecord-cp1252"))


def test_cp1252_smart_quotes_in_a_latin1_french_file(tmp_path):
    """Dense accents plus curly quotes, dashes and guillemets: still cp1252, not mac_latin2."""
    path = tmp_path / "montreal.txt"
    path.write_bytes(adv.cp1252_in_latin1(2_000))
    code, [article], skips = run_cli(path)
    assert code == 0
    assert article["meta"]["encoding"] == "cp1252"
    assert article["text"].startswith("“Nous ne reculerons pas,” a déclaré le maire de Montréal – François Côté "
                                      "– à la presse. Il a ajouté qu’il était « très déçu ». ")


def test_cyrillic_is_still_not_taken_for_cp1252():
    """The guard the cp1252 rule keeps: letters outside ASCII on every word mean another alphabet."""
    from onrecord.ingest.text import decode_text

    text = "«Мы не отступим», — заявил мэр Москвы во вторник журналистам. " * 20
    decoded, encoding = decode_text(text.encode("cp1251"))
    assert encoding != "cp1252" and decoded == text


@pytest.mark.parametrize("text", ["\u202e\u202d\u2066\u2069\u200f\u200e", "\x00" * 50, "🇺🇸👩‍👩‍👧‍👦" * 40,
                                  "’" * 500, "\u0301" * 200, "\n\n" * 500])
def test_degenerate_documents(text):
    assert_contract(text, extract(Document(id="x", text=text)))


SURROGATES = 'He said \ud800 the plan "would work \udfff" on Monday.'


def test_lone_surrogates_from_json_escapes_become_replacement_characters(tmp_path):
    """JSON can escape half a UTF-16 pair; the reader turns it into U+FFFD (same length, same offsets)."""
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "s1", "text": "He said \\ud800 the plan \\"would work\\" on Monday.", '
                    '"title": "\\udfff"}\n{"id": "s2", "text": "A smile \\ud83d\\ude00 stays whole, she said."}\n',
                    encoding="utf-8")
    code, [first, second], skips = run_cli(path)
    assert code == 0 and skips == []
    assert first["text"] == 'He said \ufffd the plan "would work" on Monday.'
    assert first["meta"]["title"] == "\ufffd"
    assert second["text"] == "A smile 😀 stays whole, she said."


def test_extract_refuses_lone_surrogates_with_an_input_error():
    from onrecord.errors import InputError

    with pytest.raises(InputError):
        extract(SURROGATES)


def test_one_document_with_a_lone_surrogate_does_not_stop_a_batch():
    from onrecord.pipeline import process_many
    from onrecord.types import Skipped

    docs = [Document(id="bad", text=SURROGATES), Document(id="good", text='"Yes," she said.')]
    results = list(process_many(docs))
    assert [type(r) for r in results] == [Skipped, type(extract("x"))]
