"""Helpers shared by the command modules."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from ..errors import OnrecordError
from ..options import Options


def friendly_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into a one-line ``error: ...`` message and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except OnrecordError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def make_options(kinds: str | None, entities: bool, model: str | None) -> Options:
    """The ``Options`` of a command's ``--kinds``, ``--entities`` and ``--model`` (a typo in
    ``--kinds`` fails here, before the model loads)."""
    return Options.of(kinds, entities, model=model)


def extraction_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--kinds`` and ``--entities/--no-entities``, the options of ``pipeline.process``."""
    func = click.option(
        "--entities/--no-entities", default=True, show_default=True,
        help="--no-entities skips NER and name resolution (no entities; speakers named from the "
             "text alone, a pronoun unnamed); with --kinds direct,mixed only the sentences around quote "
             "marks are parsed: the fast path, about 4x the speed",
    )(func)
    return click.option(
        "--kinds", default=None, metavar="KINDS",
        help="comma-separated quote kinds to extract: direct,mixed,indirect (default: all)",
    )(func)
