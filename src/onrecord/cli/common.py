"""Helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import functools
import shlex
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

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


def extraction_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--kinds``, ``--entities/--no-entities``, ``--beliefs/--no-beliefs``,
    ``--keep-boilerplate`` and the per-document budget ``--max-seconds``, ``--max-memory``: the
    command receives them (with its ``--model``) as one ``options`` (``onrecord.Options``); a
    typo in ``--kinds`` fails before any model loads."""

    @functools.wraps(func)
    def wrapper(*args: Any, kinds: str | None, entities: bool, beliefs: bool, keep_boilerplate: bool,
                max_seconds: float | None, max_memory: int | None, **kwargs: Any) -> Any:
        budget = {k: v for k, v in (("max_seconds", max_seconds), ("max_memory", max_memory)) if v is not None}
        try:
            options = Options.of(kinds, entities, beliefs=beliefs, keep_boilerplate=keep_boilerplate,
                                 model=kwargs.get("model"), **budget)
        except OnrecordError as exc:
            raise click.ClickException(str(exc)) from exc
        return func(*args, options=options, **kwargs)

    for decorate in (
        click.option("--max-memory", type=click.IntRange(min=0), default=None, metavar="MB",
                     help="megabytes the process may grow by while one document is processed; a document over "
                          "it is skipped with a reason (default: ONRECORD_MAX_MEMORY or 2000; 0: no limit)"),
        click.option("--max-seconds", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
                     help="seconds one document may take; a document over it is skipped with a reason and the "
                          "run goes on (default: ONRECORD_MAX_SECONDS or 600; 0: no limit)"),
        click.option("--keep-boilerplate", is_flag=True,
                     help="keep quotes found inside page noise (teaser lists, repeated leads), flagged "
                          "'boilerplate'; left out by default"),
        click.option("--beliefs/--no-beliefs", default=True, show_default=True,
                     help="--no-beliefs leaves out reported beliefs and attitudes (flagged 'belief': "
                          "'residents fear that ...', 'she believes ...'), keeping speech and writing"),
        click.option("--entities/--no-entities", default=True, show_default=True,
                     help="--no-entities skips NER and name resolution (no entities; speakers named from the "
                          "text alone, a pronoun unnamed); with --kinds direct,mixed only the sentences around "
                          "quote marks are parsed: the fast path, about 4x the speed"),
        click.option("--kinds", default=None, metavar="KINDS",
                     help="comma-separated quote kinds to extract: direct,mixed,indirect (default: all)"),
    ):
        wrapper = decorate(wrapper)
    return wrapper


SKIPS_SHOWN = 10  # skip reasons printed after a run; the rest are counted ("and N more")


def echo_skipped(reasons: list[str], skipped: int, where: str = "") -> None:
    """Print the first SKIPS_SHOWN skip reasons on stderr, then "... and N more" with where to find them."""
    for reason in reasons[:SKIPS_SHOWN]:
        click.echo(f"skipped: {reason}", err=True)
    more = skipped - min(len(reasons), SKIPS_SHOWN)
    if more > 0:
        click.echo(f"skipped: ... and {more:,} more{where}", err=True)


def output_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``-o/--output FILE``: where the result goes; ``-`` (the default) is standard output."""
    return click.option("-o", "--output", default="-", show_default=True, metavar="FILE",
                        help="write to FILE instead of standard output ('-')")(func)


@contextlib.contextmanager
def opened(path: str, binary: bool = False) -> Iterator[IO[Any]]:
    """The output ``path`` opened for writing (``-``: standard output, left open)."""
    if path == "-":
        stream: IO[Any] = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    try:
        handle = open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot be written ({exc.strerror or exc}); check the folder exists "
                                   "and is writable") from exc
    with handle:
        yield handle


def metadata_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--outlet --date --title --author --url``: metadata for the articles read (over their own)."""
    for name, text in reversed((
        ("outlet", "the outlet that published the articles (over what the inputs say)"),
        ("date", "their publication date, YYYY-MM-DD"),
        ("title", "the headline (for a single article)"),
        ("author", "the author or byline"),
        ("url", "the original URL (one article only: for many, use a sidecar articles.csv)"),
    )):
        func = click.option(f"--{name}", f"meta_{name}", default=None, metavar=name.upper(), help=text)(func)
    return func


def given(kwargs: dict[str, Any], inputs: tuple[str, ...]) -> dict[str, Any]:
    """The metadata options of ``kwargs`` (removed from it) as canonical meta; ``--url`` needs one
    input that is a single article file."""
    from pathlib import Path

    from ..ingest import READERS, given_meta
    from ..ingest._common import suffix_of

    options = {k.removeprefix("meta_"): kwargs.pop(k) for k in list(kwargs) if k.startswith("meta_")}
    if options.get("url"):
        many = len(inputs) != 1 or Path(inputs[0]).is_dir() or \
            suffix_of(Path(inputs[0])) in {s for s in READERS if s not in (".txt", ".html", ".htm")}
        if many:
            raise click.UsageError("--url names one article: give one .txt or .html file (for many articles, "
                                   "put each URL in a sidecar articles.csv beside them: see docs/ingest.md)")
    return given_meta(**options)


def resume_hint(what: str) -> str:
    """'<what>; run the same command again to resume: onrecord ...' (the command as it was typed)."""
    return f"{what}; run the same command again to resume: onrecord {shlex.join(sys.argv[1:])}"
