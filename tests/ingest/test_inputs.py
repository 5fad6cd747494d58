"""read_inputs: directories, stdin, missing paths, unknown suffixes; and the CLI's one-line errors."""

from __future__ import annotations

import io
import json
import shutil
import sys

from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.ingest import read_inputs
from onrecord.types import Document, Skipped


def test_directory_is_read_recursively_in_sorted_order(tmp_path, data_dir):
    root = tmp_path / "articles"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text("The first article, the editor said.", encoding="utf-8")
    (root / "b" / "deep" / "c.txt").write_text("A nested article, officials said.", encoding="utf-8")
    shutil.copy(data_dir / "ingest" / "ledger_article.html", root / "b" / "page.HTML")
    (root / "b" / "feed.jsonl").write_text(json.dumps({"id": "f1", "text": "From a feed, she said."}) + "\n")
    (root / "notes.md").write_text("# not an article")
    (root / ".DS_Store").write_bytes(b"\x00\x01")
    (root / ".git" / "config").write_text("[core]")

    results = list(read_inputs([str(root)]))
    assert [(type(r).__name__, r.id) for r in results] == [
        ("Document", "a"),
        ("Document", "c"),  # b/deep/c.txt sorts before b/feed.jsonl
        ("Document", "f1"),
        ("Document", "page"),  # suffixes are case-insensitive
        ("Skipped", "notes"),  # hidden files and folders are not even mentioned
    ]
    assert results[-1].reason.startswith(f"{root / 'notes.md'}: ignored, not an article file")


def test_a_named_file_with_an_unknown_suffix_is_sniffed(tmp_path, data_dir):
    page = tmp_path / "download"
    shutil.copy(data_dir / "ingest" / "ledger_article.html", page)
    text = tmp_path / "notes.md"
    text.write_text("The council met, the clerk said.\n", encoding="utf-8")
    html_doc, text_doc = read_inputs([str(page), str(text)])
    assert html_doc.text.startswith("The city council on Tuesday backed a plan")
    assert text_doc.text == "The council met, the clerk said.\n"


def test_missing_path_and_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"He said it was over.\n")))
    missing, stdin = read_inputs(["no/such/article.txt", "-"])
    assert missing == Skipped("article", "no/such/article.txt", "no/such/article.txt: no such file or directory")
    assert stdin == Document(id="stdin", text="He said it was over.\n", source="<stdin>")


def test_cli_reports_unreadable_inputs_on_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(500))
    result = CliRunner().invoke(cli, ["extract", str(empty), str(binary)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line]
    assert lines[0] == f"skipped: {empty}: the file is empty; give a file with article text"
    assert lines[1].startswith(f"skipped: {binary}: looks like a binary file")
    assert lines[2].lower().startswith("error: no article could be read")
