"""The records that flow between onrecord's pipeline stages.

Every stage takes one of these types and returns another (see ``docs/pipeline.md``)::

    ingest   : path | bytes | str        -> Document | Skipped
    clean    : Document                  -> list[Boilerplate]
    nlp      : Document                  -> spacy.tokens.Doc
    quotes   : Doc                       -> list[Quote]   (speaker mention unresolved)
    entities : Doc, list[Quote]          -> list[Entity], list[Quote] (speakers resolved)
    pipeline : Document                  -> Article

All records are frozen dataclasses: hashable, comparable, and turned into the JSON
output contract (version 1, ``onrecord/schema/article.schema.json``) by ``to_dict``.
Offsets are Python ``str`` indices into ``Article.text`` (code points, not bytes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

from .errors import InputError

#: The output contract's version. 2: a direct quote's ``text`` is its quoted words only.
SCHEMA_VERSION = 2

QuoteKind = Literal["direct", "mixed", "indirect"]
SpeakerType = Literal["person", "organization", "anonymous", "document", "group", "unknown"]
Gender = Literal["female", "male", "unknown"]
GENDERS: tuple[str, ...] = get_args(Gender)
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)


def check_kinds(kinds: str | Iterable[str] | None) -> tuple[str, ...]:
    """The quote kinds asked for (``"direct,mixed"`` or an iterable), checked, in
    QUOTE_KINDS order: None means all of them. Raises InputError naming the valid kinds."""
    if kinds is None:
        return QUOTE_KINDS
    asked = {k.strip() for k in kinds.split(",")} - {""} if isinstance(kinds, str) else set(kinds)
    wanted = tuple(k for k in QUOTE_KINDS if k in asked)
    unknown = sorted(asked - set(QUOTE_KINDS))
    if unknown or not wanted:
        raise InputError(f"unknown quote kind(s) {', '.join(map(repr, unknown)) or '(none given)'}; "
                         f"choose from {', '.join(QUOTE_KINDS)}")
    return wanted


SPEAKER_TYPES: tuple[str, ...] = get_args(SpeakerType)


@dataclass(frozen=True)
class Document:
    """One article as read from its source, before any analysis.

    ``text`` is what every later offset indexes: for a ``.txt`` input exactly the decoded
    file content; for HTML the main text trafilatura extracted. ``meta`` carries what the
    source knew (title, author, date, site, url, ...), all values JSON-serialisable.
    """

    id: str
    text: str
    source: str = "<string>"
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Skipped:
    """A document that could not be processed, and why (never an exception in batch mode)."""

    id: str
    source: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "skipped": self.reason}


@dataclass(frozen=True)
class Boilerplate:
    """A span of the page that is not the article: a repeated paragraph, a teaser list, ..."""

    start: int
    end: int
    reason: str  # duplicate | related-links | byline | dateline | navigation | share | cookie | caption | ...

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "reason": self.reason}


@dataclass(frozen=True)
class Speaker:
    """Who a quote is attributed to.

    ``mention`` is the mention nearest the quote as written ("he"), with its span;
    ``name`` is the resolved name ("Sarah Connor"), or for unnamed sources the description
    as written ("a senior official"); None when unknown. ``gender`` is what the article
    itself says: "female" or "male" from an honorific ("Ms.", "Mr."), a gendered noun
    ("spokeswoman"), a pronoun resolved to the speaker, or a given name that is used for
    one sex only; "unknown" when the text gives nothing (never a guess). ``confidence`` (0..1)
    is how likely ``name`` is the right resolved name, calibrated on real news (docs/entities.md);
    None where nothing has named the speaker yet (the quote stage).
    """

    name: str | None = None
    mention: str | None = None
    start: int | None = None
    end: int | None = None
    entity: str | None = None
    type: SpeakerType = "unknown"
    gender: Gender = "unknown"
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention,
            "start": self.start,
            "end": self.end,
            "entity": self.entity,
            "type": self.type,
            "gender": self.gender,
            "confidence": self.confidence,
        }


UNKNOWN_SPEAKER = Speaker()


def quote_text(article_text: str, kind: str, start: int, end: int, fragments: Iterable[tuple[int, int]]) -> str:
    """A quote's ``text`` by the output contract (version 2): for a direct quote the quoted words,
    fragment by fragment, joined by one space (the attribution between them left out); for a
    mixed quote the reported clause as written, ``article_text[start:end]``; for an indirect quote
    the same, or, when an attribution interrupts the clause ("The museum, Mr. Obama said, would
    ..."), its two fragments joined by one space."""
    fragments = tuple(fragments)
    if kind == "direct" or (kind == "indirect" and len(fragments) > 1):
        return " ".join(article_text[a:b] for a, b in fragments)
    return article_text[start:end]


@dataclass(frozen=True)
class Quote:
    """One attribution: direct, mixed (partial quotes in reported speech) or indirect.

    ``start``/``end`` span the quoted or reported words; for a direct quote without its
    enclosing marks. A direct quote interrupted by its attribution (``"A," she said. "B."``)
    is one record whose span runs from A to B and whose ``fragments`` list both parts.
    """

    id: str
    kind: QuoteKind
    text: str
    start: int
    end: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Speaker = UNKNOWN_SPEAKER
    confidence: float = 0.5
    fragments: tuple[tuple[int, int], ...] = ()  # filled with ((start, end),) when left empty
    flags: tuple[str, ...] = ()  # e.g. "boilerplate" for a quote inside a teaser list

    def __post_init__(self) -> None:
        if not self.fragments:
            object.__setattr__(self, "fragments", ((self.start, self.end),))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "speaker": self.speaker.to_dict(),
            "confidence": round(self.confidence, 3),
            "fragments": [list(f) for f in self.fragments],
            "flags": list(self.flags),
        }


@dataclass(frozen=True)
class Entity:
    """A cluster of mentions of one person, organisation, place or document in an article."""

    id: str
    name: str
    type: str  # PERSON, ORG, GPE, LOC, NORP, DOCUMENT, GROUP, ...
    aliases: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()
    gender: str | None = None  # "m" | "f" | None, for persons

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": [list(m) for m in self.mentions],
        }


def _speaker(data: dict[str, Any]) -> Speaker:
    """A Speaker from its ``to_dict`` form; records written before ``gender`` existed, or
    with a null one (a Parquet column read back), get "unknown"."""
    fields = {k: v for k, v in data.items() if k != "gender"}
    gender = data.get("gender")
    return Speaker(**fields, gender=cast(Gender, gender) if gender in GENDERS else "unknown")


@dataclass(frozen=True)
class Article:
    """Everything onrecord found in one document: the output of ``onrecord.extract``."""

    id: str
    source: str
    text: str
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON output contract, version ``SCHEMA_VERSION`` (see docs/output.md)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "meta": dict(self.meta),
            "text": self.text,
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from ``to_dict`` output (e.g. a line of ``--format jsonl``).

        Raises InputError for a record of another version of the output contract (a version 1
        record's direct quotes carry their attribution in ``text``: it would be misread).
        """
        version = data.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise InputError(
                f"this record is in version {version!r} of onrecord's output contract; this onrecord reads "
                f"version {SCHEMA_VERSION} (since version 2 a direct quote's text is its quoted words only): "
                "run onrecord extract on the source again")
        quotes = tuple(
            Quote(
                id=q["id"],
                kind=q["kind"],
                text=q["text"],
                start=q["start"],
                end=q["end"],
                cue=q.get("cue"),
                cue_start=q.get("cue_start"),
                cue_end=q.get("cue_end"),
                speaker=_speaker(q["speaker"]) if q.get("speaker") else UNKNOWN_SPEAKER,
                confidence=q.get("confidence", 0.5),
                fragments=tuple(tuple(f) for f in q.get("fragments", ())),
                flags=tuple(q.get("flags", ())),
            )
            for q in data.get("quotes", ())
        )
        entities = tuple(
            Entity(
                id=e["id"],
                name=e["name"],
                type=e["type"],
                aliases=tuple(e.get("aliases", ())),
                mentions=tuple(tuple(m) for m in e.get("mentions", ())),
            )
            for e in data.get("entities", ())
        )
        boilerplate = tuple(Boilerplate(**b) for b in data.get("boilerplate", ()))
        return cls(
            id=data["id"],
            source=data.get("source", "<string>"),
            text=data["text"],
            quotes=quotes,
            entities=entities,
            boilerplate=boilerplate,
            meta=dict(data.get("meta", {})),
        )
