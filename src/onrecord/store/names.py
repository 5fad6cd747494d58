"""Who is who across articles: the merge rules for speakers and entities, with reasons.

Inside one article the extractor has already resolved "she" and "Ms. Roe" to a cluster; across
articles the store only has names. The rules are conservative, because a wrong merge puts words
in someone else's mouth while a missed merge only splits a person's page in two:

- a **full name** (two or more name words once titles and initials are removed) merges with the
  same full name from any article: "Jane Roe" in Reuters and "Jane Roe" in the AP are one person;
- a **partial name** ("Roe", "Ms. Roe") merges only when the article's own entity for that
  speaker carries the full name ("Ms. Roe" in an article that calls her "Jane Roe" earlier);
  otherwise it stays inside its article, so two people sharing a surname (or a surname that is
  also a common word, "May", "Brown") are never joined;
- **anonymous** sources ("a US official"), groups ("protesters") and documents ("the report")
  never merge across articles: two "US officials" are not known to be one person;
- **organisations** merge on the same normalised name ("the Pentagon" = "Pentagon").

``speaker_identity`` returns the key two quotes must share to be one speaker, and the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.names import NAME_SUFFIXES, TITLES, fold
from ..language.pronouns import ALL_PRONOUNS
from ..types import Article, Entity, Speaker

LOCAL_TYPES = frozenset({"anonymous", "group", "document"})
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


def name_words(name: str) -> list[str]:
    """The words of a person's name without titles, initials and suffixes ("Dr. Jane A. Roe Jr." -> Jane, Roe)."""
    words = [w.strip("'’-") for w in _WORD.findall(name)]
    kept = []
    for word in words:
        low = fold(word)
        if not low or low in TITLES or low in NAME_SUFFIXES or len(low) == 1:
            continue
        kept.append(word)
    return kept


def is_full_name(name: str | None) -> bool:
    """True when ``name`` has at least two capitalised name words ("Jane Roe", not "Ms. Roe")."""
    if not name:
        return False
    words = name_words(name)
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def person_key(name: str) -> str:
    """The cross-article key of a full name: folded name words ("Dr. Jane A. Roe" -> "jane roe")."""
    return fold(" ".join(name_words(name)))


def org_key(name: str) -> str:
    """The cross-article key of an organisation: folded (no punctuation), without a leading "the"."""
    return re.sub(r"^the\s+", "", fold(name)).strip()


def is_alias(text: str | None) -> bool:
    """True when a mention is worth listing as an alias: a capitalised name, not a pronoun."""
    return text is not None and text[:1].isupper() and fold(text) not in ALL_PRONOUNS


@dataclass(frozen=True)
class Identity:
    """Where a quote's speaker belongs: ``key`` (equal keys are one speaker), display name, type, reason."""

    key: str
    name: str
    type: str
    reason: str
    aliases: tuple[str, ...] = ()


def _entity(article: Article, speaker: Speaker) -> Entity | None:
    if not speaker.entity:
        return None
    return next((e for e in article.entities if e.id == speaker.entity), None)


def speaker_identity(speaker: Speaker, article: Article, article_key: str) -> Identity | None:
    """The cross-article identity of a quote's speaker, or None when the speaker is unknown.

    ``article_key`` is the stored article id, used to keep local speakers inside their article.
    The ``reason`` says why quotes with this key are one speaker; the store prefixes it with
    "first seen" or "merged" when it records the decision.
    """
    written = speaker.name or (speaker.mention if is_alias(speaker.mention) else None)
    if not written:
        return None
    entity = _entity(article, speaker)
    aliases = tuple(
        dict.fromkeys(
            a for a in (speaker.name, speaker.mention, *(entity.aliases if entity else ()), entity.name if entity else None)
            if a and is_alias(a)
        )
    )
    local = f"local:{article_key}:{fold(written)}"
    if speaker.type in LOCAL_TYPES or (speaker.type == "unknown" and not written[:1].isupper()):
        kind = speaker.type if speaker.type in LOCAL_TYPES else "anonymous"
        return Identity(
            local, written, kind,
            f"unnamed {kind} source '{written}': kept to this article (unnamed sources are never merged across articles)",
            aliases,
        )
    if speaker.type == "organization":
        key = org_key(entity.name if entity else written)
        if not key:
            return Identity(local, written, "organization", f"'{written}' has no usable name: kept to this article", aliases)
        return Identity(f"org:{key}", entity.name if entity else written, "organization",
                        f"same organisation name '{key}'", aliases)
    # person, or a named speaker of unknown type
    if entity is not None and is_full_name(entity.name) and entity.type in ("PERSON", "PER"):
        via = "" if fold(entity.name) == fold(written) else (
            f"; '{written}' is '{entity.name}' in this article (its entity {entity.id})")
        return Identity(f"person:{person_key(entity.name)}", entity.name, "person",
                        f"same full name '{entity.name}'{via}", aliases)
    if is_full_name(written):
        return Identity(f"person:{person_key(written)}", written, "person", f"same full name '{written}'", aliases)
    return Identity(
        local, written, "person" if speaker.type == "person" else speaker.type,
        f"only a partial name ('{written}') and no full name for it in this article: kept to this article "
        "(a surname alone may belong to several people, or be a common word)",
        aliases,
    )


def entity_key(entity: Entity, article_key: str) -> str:
    """The cross-article key of an article entity (same rules as speakers: partial person names stay local)."""
    kind = entity.type.upper()
    if kind in ("PERSON", "PER"):
        if is_full_name(entity.name):
            return f"PERSON:{person_key(entity.name)}"
        return f"local:{article_key}:PERSON:{fold(entity.name)}"
    if kind in ("ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"):
        return f"{kind}:{org_key(entity.name) or fold(entity.name)}"
    return f"local:{article_key}:{kind}:{fold(entity.name)}"
