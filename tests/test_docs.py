"""Every command is documented in docs/cli.md and has help text (as sqlite-utils does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.cli import cli

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_is_documented(name):
    assert f"## {name}\n" in (DOCS / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands.values(), key=lambda c: c.name))
def test_command_has_help(command):
    assert command.help and command.help.strip()


def test_readme_commands_exist():
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "examples/article.txt" in readme and "pytest" in readme


@pytest.mark.parametrize("command", sorted(cli.commands.values(), key=lambda c: c.name))
def test_every_option_has_help(command):
    import click

    missing = [p.opts[0] for p in command.params if isinstance(p, click.Option) and not p.hidden and not p.help]
    assert missing == [], f"onrecord {command.name}: options without help text: {missing}"


def _commands(group, prefix=""):
    for name, command in sorted(getattr(group, "commands", {}).items()):
        yield prefix + name, command
        yield from _commands(command, prefix + name + " ")


def test_every_option_is_documented():
    """Each option of each command and subcommand is named in docs/cli.md (either of its spellings)."""
    import click

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = [f"{name} {p.opts[0]}" for name, command in _commands(cli) for p in command.params
               if isinstance(p, click.Option) and not p.hidden and p.name != "help"
               and not any(o in text for o in (*p.opts, *p.secondary_opts) if o.startswith("--"))]
    assert missing == [], f"options not named in docs/cli.md: {missing}"


def test_web_docs_list_every_page():
    from onrecord.web import create_app  # noqa: F401 - the routes are named in docs/web.md

    text = (DOCS / "web.md").read_text(encoding="utf-8")
    for page in ("/search", "/quotes/{id}", "/speakers", "/speakers/{id}", "/outlets", "/outlets/{name}",
                 "/entities", "/entities/{id}", "/articles", "/articles/{id}", "/stats", "/corrections"):
        assert f"`{page}" in text, page


def _readme_block(after: str, fence: str = "```") -> str:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index(fence, readme.index(after))
    start = readme.index("\n", start) + 1
    return readme[start:readme.index("```", start)]


def test_readme_example_output_is_what_extract_prints(monkeypatch):
    """The README's first example is what a newcomer sees first: it must be the real output."""
    import json

    from click.testing import CliRunner

    monkeypatch.chdir(DOCS.parent)
    runner = CliRunner()
    table = runner.invoke(cli, ["extract", "examples/article.txt"])
    assert table.exit_code == 0, table.output
    assert table.stdout.strip() == _readme_block("`onrecord extract examples/article.txt`:").strip()
    records = json.loads(runner.invoke(cli, ["extract", "examples/article.txt", "--format", "json"]).stdout)
    shown = json.loads(_readme_block("one quote of that article:"))
    (real,) = [q for q in records[0]["quotes"] if q["id"] == shown["id"]]
    assert real == shown
