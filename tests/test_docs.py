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


def test_web_docs_list_every_page():
    from onrecord.web import create_app  # noqa: F401 - the routes are named in docs/web.md

    text = (DOCS / "web.md").read_text(encoding="utf-8")
    for page in ("/search", "/quotes/{id}", "/speakers", "/speakers/{id}", "/outlets", "/outlets/{name}",
                 "/entities", "/entities/{id}", "/articles", "/articles/{id}", "/stats", "/corrections"):
        assert f"`{page}" in text, page
