"""The words around a name (language/roles.py): tables that hold together."""

from __future__ import annotations

from onrecord.language.names import GENERATIONAL, TITLES
from onrecord.language.roles import (
    NAME_MODIFIERS,
    NICKNAMES,
    ORG_SHORT_NAMES,
    PARTY_TAG,
    ROLE_WORDS,
    formal_first,
)


def test_a_short_given_name_reads_as_one_long_one_that_is_no_short_one():
    assert formal_first("joe") == "joseph" and formal_first("bill") == "william" and formal_first("hillary") == "hillary"
    assert not set(NICKNAMES.values()) & set(NICKNAMES)
    assert not {"chris", "alex", "sam", "pat"} & set(NICKNAMES)  # short for several names


def test_roles_modifiers_and_suffixes():
    assert set(TITLES) <= ROLE_WORDS and {"aide", "strategist", "cfo"} <= ROLE_WORDS
    assert not NAME_MODIFIERS & ROLE_WORDS  # a word is a role or a modifier, not both
    assert {"jr", "sr"} <= GENERATIONAL
    assert all(PARTY_TAG.match(t) for t in ("R-Ariz.", "(D-Calif.)", "I-Vt.")) and not PARTY_TAG.match("Rand")
    assert ORG_SHORT_NAMES["gop"] == "republican party"
