"""Pronouns: person, gender and number of every English pronoun the rules look at.

``PRONOUNS`` holds the third-person pronouns, the ones that point back to a person, group,
organisation or document (he, she, they, it and their other forms). ``FIRST_PERSON`` is the
quote's own voice (I, we, you: never a name), ``RELATIVE`` the pronouns that open a relative
clause ("..., who said ..."), ``DEMONSTRATIVE`` this and that. Written by hand.
"""

from __future__ import annotations

from typing import NamedTuple


class PronounInfo(NamedTuple):
    gender: str | None  # "m" | "f" | None
    plural: bool
    person: bool | None  # True: a person; False: not a person; None: either


def _table(rows: tuple[tuple[str, PronounInfo], ...]) -> dict[str, PronounInfo]:
    return {word: info for words, info in rows for word in words.split()}


#: Third-person pronouns.
PRONOUNS: dict[str, PronounInfo] = _table((
    ("he him his himself", PronounInfo("m", False, True)),
    ("she her hers herself", PronounInfo("f", False, True)),
    ("they them their theirs themselves", PronounInfo(None, True, None)),
    ("it its itself", PronounInfo(None, False, False)),
))
#: The possessive determiners of one person: "his lawyer", "her office" name someone's.
POSSESSIVE_PERSON: frozenset[str] = frozenset({"his", "her"})
#: First and second person: the quote's own voice, never a name.
FIRST_PERSON: frozenset[str] = frozenset({"i", "we", "me", "us", "you", "my", "our"})
#: Relative pronouns: "X, who said ..." names X, not "who".
RELATIVE: frozenset[str] = frozenset({"who", "which", "that"})
DEMONSTRATIVE: frozenset[str] = frozenset({"this", "that"})
#: Adverbs that stand between a relative "who" and its verb ("who also plays", "who now runs"):
#: the verb after them says whether the antecedent is one person (``entities.mentions``).
RELATIVE_ADVERBS: frozenset[str] = frozenset("also now still previously once later recently".split())
#: Reflexive pronouns: "fans who call themselves ..." name themselves, they say nothing.
REFLEXIVE: frozenset[str] = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves",
                                       "yourself", "yourselves"})
#: Every pronoun: never an alias of a name.
ALL_PRONOUNS: frozenset[str] = frozenset(PRONOUNS) | FIRST_PERSON | RELATIVE | DEMONSTRATIVE

#: Subject pronouns that can be the source of words (a person or a group).
SOURCE_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "i", "we", "who"})
#: Pronouns that are never a speaker of their own ("it said" is a document's or a company's,
#: resolved by the entities stage; "that"/"this" point at a clause).
NOT_SOURCE_PRONOUNS: frozenset[str] = frozenset({"it", "that", "this"})
#: A "they" inside a direct quote ('"They said they wouldn't do this," she said') is whoever the
#: quoted speaker has in mind, a group the article need never name: no antecedent outside it.
QUOTED_UNRESOLVED: frozenset[str] = frozenset({"they", "them"})


def pronoun_speaker_type(word: str) -> str:
    """What kind of source a pronoun speaker is, before resolution: he/she/I/you a person,
    we/they a group, it/who unknown."""
    low = word.lower()
    if low in PRONOUNS:
        info = PRONOUNS[low]
        return "group" if info.plural else "person" if info.person else "unknown"
    if low in ("we", "us", "our"):
        return "group"
    if low in FIRST_PERSON:
        return "person"
    return "unknown"
