"""Helpers shared by the command modules."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from ..errors import OnrecordError


def friendly_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into a one-line ``error: ...`` message and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except OnrecordError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper
