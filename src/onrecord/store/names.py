"""Names across articles: a person's name out of how an article writes it, organisation keys.

An article writes "Former Pennsylvania Gov. Ed Rendell", "Sen. John McCain, R-Ariz." or
"Clinton's top foreign policy aide Jake Sullivan"; the store needs "Ed Rendell", "John McCain",
"Jake Sullivan", and for each a key that the same person's other spellings share:

- ``parse_person`` takes the name out: what follows the last role or title word (``language.roles``),
  cut at a comma or a bracket, without party/state tags ("R-Ariz."), modifiers ("former",
  "Democrat") and academic suffixes; a generational suffix ("Jr.") stays part of the name;
- its key folds case, diacritics, hyphens and dots (``language.names.fold``), spelling variants
  (``name_key``: "Gaddafi" = "Qaddafi"), and short given names ("Joe" = "Joseph"); middle names and
  initials are kept apart (``middles``), because whether they may fold is a question about the
  whole corpus (Hillary Rodham Clinton = Hillary Clinton, but George W. and George H. W. Bush are
  two people): ``identity`` decides it;
- ``org_key`` folds an organisation's name without "the" and legal suffixes ("Huawei Technologies
  Co., Ltd." -> "huawei").

These are pure functions of one name; what the corpus makes of them is ``store.identity``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..language.names import GENERATIONAL, NAME_SUFFIXES, TITLES, acronym_key, initials, is_first_name, name_key
from ..language.names import fold as _fold
from ..language.nouns import INDEFINITE_DETERMINERS
from ..language.pronouns import ALL_PRONOUNS
from ..language.roles import LEGAL_SUFFIXES, NAME_MODIFIERS, PARTY_TAG, ROLE_WORDS, formal_first
from ..types import Entity

fold = functools.lru_cache(maxsize=200_000)(_fold)  # the language layer's folding, remembered: names repeat

LOCAL_TYPES = frozenset({"anonymous", "group", "document"})
#: words inside a name written in lower case ("Ursula von der Leyen", "Osama bin Laden")
PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "van", "von",
                       "la", "le", "bin", "ibn", "al", "el", "ben", "y"})
#: lower-case words inside a title before a name ("Secretary of State", "Ambassador to the U.N.")
_ROLE_TAILS = frozenset({"elect", "designate", "general", "large"})  # "President-elect", "Attorney-General"
_TITLE_LINKS = frozenset({"of", "for", "to", "at", "on", "in", "the"})
#: more words than this is a sentence, not a name with its titles ("Former Arkansas Gov. Mike Huckabee")
MAX_NAME_TOKENS = 10
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_CUT = re.compile(r"\s*[,(;:|\[]|\s+[-–—]\s+")
_DATELINE = re.compile(r"^[A-Z][A-Z .'’]+(?:\([^)]*\))?\s+[-–—]+\s+(?=\S)")
_TOKEN_EDGE = "\"'“”‘’«»!?.,;:"


@dataclass(frozen=True)
class PersonName:
    """A person's name as an article wrote it, in folded parts.

    ``first`` is the given name ('' when the article wrote only a surname or title + surname);
    ``middles`` middle names and initials; ``last`` the surname; ``suffix`` a generational
    suffix ("jr"); ``titles`` the role and title words written before the name ("former",
    "president" -> ("president",)); ``display`` the name as written without them ("Joseph R. Biden").
    """

    first: str
    middles: tuple[str, ...]
    last: str
    suffix: str
    titles: tuple[str, ...]
    display: str

    @property
    def full(self) -> bool:
        """True for a given name and a surname ("Jane Roe"), False for "Roe" or "Ms. Roe"."""
        return bool(self.first) and bool(self.last)

    @property
    def title(self) -> str:
        """The title nearest the name ("Former Secretary of State" -> "secretary"), or ''."""
        return self.titles[-1] if self.titles else ""

    @functools.cached_property
    def base(self) -> tuple[str, str, str]:
        """(given name, surname, suffix) with spelling variants and short given names folded:
        names with one base are one person unless their middle names say otherwise."""
        return (given_key(self.first) if self.first else "", surname_key(self.last), self.suffix)


@functools.lru_cache(maxsize=100_000)
def given_key(first: str) -> str:
    """A given name with short forms read as the long ones and doubled letters single ("Hilary" =
    "Hillary", "Joe" = "Joseph"), but no other spelling folded: "Jane" and "Janie" are two names."""
    return re.sub(r"(.)\1+", r"\1", formal_first(first))


@functools.lru_cache(maxsize=100_000)
def surname_key(last: str) -> str:
    """A surname with spelling variants folded ("Qaddafi" -> the key of "Gaddafi")."""
    return name_key(last) or last


def _clean_token(token: str) -> tuple[str, bool]:
    """A token without the punctuation around it, and whether it was a possessive ("Cruz's")."""
    token = token.strip(_TOKEN_EDGE.replace(".", "")) if token.endswith(".") else token.strip(_TOKEN_EDGE)
    possessive = False
    for suffix in ("'s", "’s"):
        if token.endswith(suffix) and len(token) > 3:
            token, possessive = token[: -len(suffix)], True
    return token.rstrip("'’"), possessive


def _is_role(word: str) -> bool:
    """A role or title word, or its plural ("senators")."""
    return word in ROLE_WORDS or (word.endswith("s") and word[:-1] in ROLE_WORDS and len(word) > 3)


def _is_role_token(token: str) -> bool:
    """A role written as one token, hyphens and all ("Sen.", "Secretary-Treasurer", "President-elect")."""
    parts = [fold(p).replace(" ", "") for p in token.split("-") if p]
    return _is_role(_word(token)) or (len(parts) > 1 and _is_role(parts[0])
                                       and all(_is_role(p) or p in _ROLE_TAILS for p in parts[1:]))


def _word(token: str) -> str:
    """A token's lookup form: folded, without its full stop ("Sen." -> "sen")."""
    return fold(token).replace(" ", "")


def _is_particle(token: str) -> bool:
    """A lower-case word inside a name ("von", "bin"), or one joined to the next by a hyphen ("al-")."""
    head = token.split("-")[0]
    return head.islower() and (_word(token) in PARTICLES or ("-" in token and head in PARTICLES))


def _is_name_token(token: str) -> bool:
    return bool(token) and (token[0].isupper() or _is_particle(token)) and any(c.isalpha() for c in token)


@functools.lru_cache(maxsize=200_000)
def parse_person(text: str | None) -> PersonName | None:
    """The person's name in ``text`` ("Former Pennsylvania Gov. Ed Rendell" -> Ed Rendell, titles
    ("gov",)), or None when ``text`` is no name: a pronoun, a description in lower case ("a
    campaign official"), nothing left once the roles are taken out ("the senator")."""
    if not text:
        return None
    text = _DATELINE.sub("", " ".join(text.split()))  # "ROME - Bernie Sanders": the dateline is no name
    cut = _CUT.search(text)
    if cut and cut.start() > 0:
        text = text[: cut.start()]
    cleaned = [_clean_token(t) for t in text.split()]
    if len(cleaned) > MAX_NAME_TOKENS:  # a sentence or a description, not how anyone writes a name
        return None
    if cleaned and cleaned[0][0].lower() in INDEFINITE_DETERMINERS:  # "A Clinton aide", "One Trump adviser"
        return None
    owner = max((i for i, (_, possessive) in enumerate(cleaned[:-1]) if possessive), default=-1)
    # "Clinton's aide Jake Sullivan", "Cruz's Iowa": what follows a possessive is not the owner's name
    tokens = [t for t, _ in cleaned[owner + 1:] if t and any(c.isalnum() for c in t)]
    if owner == len(cleaned) - 1:
        tokens = [t for t, _ in cleaned if t]
    while tokens and (PARTY_TAG.match(tokens[-1]) or _word(tokens[-1]) in NAME_SUFFIXES - GENERATIONAL):
        tokens.pop()
    suffix = ""
    if len(tokens) > 1 and _word(tokens[-1]) in GENERATIONAL:
        suffix = _word(tokens.pop())
    # the name is what follows the last role word that has a name after it
    after = 0
    for i, token in enumerate(tokens[:-1]):
        if _is_role_token(token) and any(_is_name_token(t) for t in tokens[i + 1:]):
            after = i + 1
    titles = tuple(_word(t) for t in tokens[:after] if _word(t) in ROLE_WORDS)
    name = tokens[after:]
    connector = next((i for i in range(len(name) - 1, -1, -1) if name[i].islower() and not _is_particle(name[i])),
                     None)
    if connector is not None:  # "Secretary of State John Kerry": the name starts at a given name
        if _word(name[connector]) not in _TITLE_LINKS:  # "Cruz or Ben Carson", "who said Jane Roe"
            return None
        rest = name[connector + 1:]
        start = next((i for i, t in enumerate(rest[:-1]) if is_first_name(t)), None)
        if start is None or not titles:
            return None
        name = rest[start:]
    while name and (_word(name[0]) in NAME_MODIFIERS or _word(name[0]).removesuffix("s") in NAME_MODIFIERS
                    or _word(name[0]) == "the"):  # "Democrats Hillary Clinton", "Team Clinton"
        name = name[1:]
    if not name or not all(_is_name_token(t) for t in name):
        return None
    words = [w for t in name for w in fold(t).split()]
    if not words or (len(words) == 1 and (words[0] in ALL_PRONOUNS or _is_role(words[0]))):
        return None
    display = " ".join(name) + (f" {suffix.capitalize()}." if suffix in ("jr", "sr") else f" {suffix.upper()}"
                                if suffix else "")
    # particles written in lower case are part of the surname, not middle names ("von der Leyen")
    significant = [w for t in name for w in fold(t).split() if not (_is_particle(t) and w in PARTICLES)] or words
    carrying = [t for t in name if any(w not in PARTICLES or not _is_particle(t) for w in fold(t).split())]
    if len(significant) == 1 or len(carrying) < 2:
        # one word, or one hyphenated word ("Ocasio-Cortez", "Pro-Clinton"): a surname, no given name
        return PersonName("", (), significant[-1], suffix, titles, display)
    first, last = significant[0], significant[-1]
    middles = tuple(significant[1:-1])
    return PersonName(first, middles, last, suffix, titles, display)


def is_full_name(name: str | None) -> bool:
    """True when ``name`` holds a given name and a surname ("Jane Roe", not "Ms. Roe")."""
    parsed = parse_person(name)
    return parsed is not None and parsed.full


def person_key(name: str) -> str:
    """A name without titles, roles and initials, folded ("Dr. Jane A. Roe" -> "jane roe"); '' for no name."""
    parsed = parse_person(name)
    if parsed is None:
        return ""
    return " ".join(w for w in (parsed.first, *(m for m in parsed.middles if len(m) > 1), parsed.last,
                                parsed.suffix) if w)


def middles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two sets of middle names can be one person's: "R." and "Rodham"; "Diane Rodham" and
    "Rodham"; "H. W." and "Herbert Walker" -- but not "W." and "H. W." (two Bushes). An empty
    one is no evidence either way and is decided by the caller."""
    if not a or not b:
        return True
    a_initials, b_initials = all(len(w) == 1 for w in a), all(len(w) == 1 for w in b)
    if a_initials or b_initials:
        return "".join(w[0] for w in a) == "".join(w[0] for w in b)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    it = iter(longer)
    return all(word in it for word in shorter)


def org_key(name: str) -> str:
    """An organisation's key: folded, without a leading "the", a possessive or legal suffixes."""
    name = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), name)  # "F.B.I." is "FBI"
    words = fold(re.sub(r"['’]s\b", "", name)).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def is_acronym_of(short: str, name: str) -> bool:
    """"FBI" / "Federal Bureau of Investigation", "AP" / "Associated Press": letters that are the initials."""
    short = re.sub(r"^[Tt]he\s+", "", short.strip())
    key = acronym_key(short)
    return len(key) >= 2 and short.replace(".", "").isupper() and key == initials(name) and " " in name.strip()


def is_alias(text: str | None) -> bool:
    """True when a mention is worth listing as an alias: a capitalised name, not a pronoun."""
    return text is not None and text[:1].isupper() and fold(text) not in ALL_PRONOUNS


def described_person(name: str) -> bool:
    """An organisation name whose head is a person's role ("Huawei CFO", "Clinton campaign aide"):
    a description of someone, not an organisation (but "Department of Justice" is one)."""
    words = [_word(t) for t in name.split()]
    return len(words) > 1 and words[-1] in ROLE_WORDS and "of" not in words and words[-1] not in TITLES.keys() - {
        "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "secretary"}


def entity_key(entity: Entity, article_key: str) -> str:
    """The cross-article key of an article entity: people by their name without titles (partial
    names stay in their article), organisations and places by ``org_key``."""
    kind = entity.type.upper()
    if kind == "ORG":  # "Huawei CFO Meng Wanzhou": a person behind a role; "Huawei CFO": someone described
        parsed = parse_person(entity.name)
        if parsed is not None and parsed.titles:
            kind = "PERSON"
        elif described_person(entity.name):
            return f"local:{article_key}:ORG:{fold(entity.name)}"
    if kind in ("PERSON", "PER"):
        parsed = parse_person(entity.name)
        if parsed is not None and parsed.full:
            return f"PERSON:{person_key(entity.name)}"
        return f"local:{article_key}:PERSON:{parsed.last if parsed else fold(entity.name)}"
    if kind in ("ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"):
        return f"{kind}:{org_key(entity.name) or fold(entity.name)}"
    return f"local:{article_key}:{kind}:{fold(entity.name)}"
