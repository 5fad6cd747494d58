"""The JSON output contract: an ``Article.to_dict()`` -> valid or ``SchemaError`` (``article.schema.json``).

    >>> from onrecord.schema import validate
    >>> validate(onrecord.extract("...").to_dict())   # raises SchemaError when it does not conform

The schema checks shapes and types; what JSON Schema cannot say (every span lies inside
``text`` and ``text[start:end]`` equals the record's text) is checked by ``check_spans``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

from ..errors import OnrecordError
from ..types import quote_text

SCHEMA_FILE = "article.schema.json"


class SchemaError(OnrecordError, ValueError):
    """An article dict does not conform to the output contract."""


@functools.lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    """The article JSON Schema, loaded once from the package data."""
    return json.loads(resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = article_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(article: dict[str, Any]) -> list[str]:
    """Every way ``article`` breaks the schema, as ``"<json path>: <message>"`` lines (empty if valid)."""
    return [f"{error.json_path}: {error.message}"
            for error in sorted(_validator().iter_errors(article), key=lambda e: list(e.path))]


def span_errors(article: dict[str, Any]) -> list[str]:
    """Offsets that fall outside ``text`` or do not index the text they claim to."""
    text = article["text"]
    problems: list[str] = []

    def check(where: str, start: int | None, end: int | None, expected: str | None = None) -> None:
        if start is None and end is None:
            return
        if start is None or end is None or not 0 <= start <= end <= len(text):
            problems.append(f"{where}: span {start}..{end} is not inside the text (length {len(text)})")
        elif expected is not None and text[start:end] != expected:
            problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {expected!r}")

    for i, quote in enumerate(article["quotes"]):
        here = f"$.quotes[{i}]"
        fragments = quote["fragments"]
        check(here, quote["start"], quote["end"])
        if all(0 <= a <= b <= len(text) for a, b in fragments) and 0 <= quote["start"] <= quote["end"] <= len(text):
            expected = quote_text(text, quote["kind"], quote["start"], quote["end"], fragments)
            if expected != quote["text"]:
                problems.append(f"{here}: text is {quote['text']!r}; by the contract it is {expected!r}")
        if any(not quote["start"] <= a <= b <= quote["end"] for a, b in fragments):
            problems.append(f"{here}: a fragment lies outside {quote['start']}..{quote['end']}")
        check(f"{here}.cue", quote["cue_start"], quote["cue_end"], quote["cue"])
        speaker = quote["speaker"]
        check(f"{here}.speaker", speaker["start"], speaker["end"], speaker["mention"])
        for j, (start, end) in enumerate(quote["fragments"]):
            check(f"{here}.fragments[{j}]", start, end)
    for i, entity in enumerate(article["entities"]):
        for j, (start, end) in enumerate(entity["mentions"]):
            check(f"$.entities[{i}].mentions[{j}]", start, end)
    for i, span in enumerate(article["boilerplate"]):
        check(f"$.boilerplate[{i}]", span["start"], span["end"])
    return problems


def validate(article: dict[str, Any], *, spans: bool = True) -> None:
    """Raise SchemaError listing every problem when ``article`` (an ``Article.to_dict()``) breaks the contract.

    spans (bool): also check that every span lies inside ``text`` and indexes the text it claims.
    """
    problems = schema_errors(article)
    if spans and not problems:
        problems = span_errors(article)
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise SchemaError(f"article {article.get('id')!r} does not match the output schema: {shown}")


#: the most fragments one quote may have in a record read back (onrecord writes a handful: one
#: per quoted part of a direct quote, one per paragraph of a long one)
MAX_FRAGMENTS = 256


def _offsets(article: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for i, quote in enumerate(article["quotes"]):
        here = f"$.quotes[{i}]"
        yield from ((f"{here}.{key}", quote[key]) for key in ("start", "end", "cue_start", "cue_end"))
        yield from ((f"{here}.speaker.{key}", quote["speaker"][key]) for key in ("start", "end"))
        yield from ((f"{here}.fragments", v) for fragment in quote["fragments"] for v in fragment)
    for i, entity in enumerate(article["entities"]):
        yield from ((f"$.entities[{i}].mentions", v) for mention in entity["mentions"] for v in mention)
    for i, span in enumerate(article["boilerplate"]):
        yield from ((f"$.boilerplate[{i}]", span[key]) for key in ("start", "end"))


def record_errors(article: Any) -> list[str]:
    """Every reason not to trust a record read back as an Article (extract JSONL input): the
    schema, then the spans (``span_errors``), then what neither says: quote and entity ids
    repeated within the article, more than ``MAX_FRAGMENTS`` fragments to a quote, and lone
    surrogates (half a UTF-16 pair, which no UTF-8 writer can store) in any string. Empty when
    the record can be loaded."""
    if not isinstance(article, dict):
        return [f"$: a record is a JSON object, not {type(article).__name__}"]
    problems = schema_errors(article)
    if problems:
        return problems
    floats = [where for where, value in _offsets(article) if type(value) is not int and value is not None]
    if floats:  # JSON Schema counts 3.0 as an integer; an offset must be a whole number as written
        return [f"{where}: an offset is a whole number, not a fraction" for where in floats[:5]]
    problems = span_errors(article)
    for table in ("quotes", "entities"):
        seen: set[str] = set()
        for i, item in enumerate(article[table]):
            if item["id"] in seen:
                problems.append(f"$.{table}[{i}].id: {item['id']!r} is used twice in the article")
            seen.add(item["id"])
    for i, quote in enumerate(article["quotes"]):
        if len(quote["fragments"]) > MAX_FRAGMENTS:
            problems.append(f"$.quotes[{i}].fragments: {len(quote['fragments']):,} fragments, over the "
                            f"{MAX_FRAGMENTS} a quote may have")
    try:
        json.dumps(article, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        problems.append(f"a string holds a lone surrogate ({exc.reason}); it is not Unicode text")
    except ValueError as exc:  # NaN or Infinity, should a caller have let them through
        problems.append(f"a number is not finite ({exc})")
    return problems
