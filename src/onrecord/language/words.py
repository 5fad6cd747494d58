"""How the word tables of this package are written: groups of words, each word in one group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

K = TypeVar("K")


def one_group_each(groups: Mapping[K, str], what: str) -> dict[str, K]:
    """``{word: its group}`` from ``{group: "space-separated words"}``; a word listed in two
    groups is an error that names both (so that no word has two classes)."""
    table: dict[str, K] = {}
    for group, words in groups.items():
        for word in words.split():
            if word in table:
                raise ValueError(f"{what} {word!r} is listed twice ({table[word]}, {group}): give it one group")
            table[word] = group
    return table
