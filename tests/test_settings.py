"""Settings and Options: the limits that messages name can be set, and a bad value is a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord import settings
from onrecord.cli import cli
from onrecord.errors import SettingError
from onrecord.options import Options
from onrecord.types import Document


def test_an_environment_variable_overrides_a_default(monkeypatch):
    assert settings.get("max_chars") == 5_000_000
    monkeypatch.setenv("ONRECORD_MAX_CHARS", "1200")
    assert settings.get("max_chars") == 1200
    assert Options().max_chars == 1200  # Options take their defaults from the settings


def test_numbers_are_read_as_their_default_is(monkeypatch):
    monkeypatch.setenv("ONRECORD_MIN_CONFIDENCE", "0.8")
    assert settings.get("min_confidence") == 0.8
    monkeypatch.setenv("ONRECORD_MIN_CONFIDENCE", "high")
    with pytest.raises(SettingError, match="is not a number"):
        settings.get("min_confidence")


def test_a_bad_value_says_what_to_set(monkeypatch):
    monkeypatch.setenv("ONRECORD_BATCH_SIZE", "lots")
    with pytest.raises(SettingError, match=r"ONRECORD_BATCH_SIZE='lots' is not a whole number; .*ONRECORD_BATCH_SIZE=32"):
        settings.get("batch_size")


def test_every_setting_is_documented():
    documented = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")
    for s in settings.SETTINGS:
        assert s.env in documented, f"{s.env} is not in docs/cli.md"


def test_options_check_kinds_and_survive_a_round_trip():
    options = Options.of("mixed, direct", entities=False, max_chars=99)
    assert options.kinds == ("direct", "mixed") and options.fast
    assert Options.from_dict(options.to_dict()) == options
    assert not Options().fast and not Options(kinds=("direct",)).fast  # entities are on by default


def test_the_limit_the_skip_message_names_can_be_raised(monkeypatch, tmp_path, nlp):
    path = tmp_path / "short.txt"
    path.write_text('"We will rebuild the bridge," the mayor said.', encoding="utf-8")  # 45 characters
    monkeypatch.setenv("ONRECORD_MAX_CHARS", "20")
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert f"skipped: {path}: document has 45 characters, over the limit of 20; split it, or raise the limit " \
           "(ONRECORD_MAX_CHARS=45)" in result.output
    monkeypatch.setenv("ONRECORD_MAX_CHARS", "45")
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0 and '"the mayor"' in result.output


def test_documents_are_checked_against_the_options_limit():
    from onrecord.errors import InputError
    from onrecord.pipeline import check_document

    with pytest.raises(InputError, match="over the limit of 3"):
        check_document(Document("d", "four"), max_chars=3)
