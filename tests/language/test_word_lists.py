"""The word lists and name rules issue 11 added: titles of many presses, role nouns that name
one post, names whose leading title run is not part of them, given names of world news."""

from __future__ import annotations

import pytest

from onrecord.language.names import NAME_LINKS, NAME_PARTICLES, ROLE_OF_TITLE, TITLES, first_name_gender, split_person
from onrecord.language.nouns import (
    GROUP_NOUNS,
    PERSON_NOUNS,
    SPEAKING_NOUNS,
    same_role,
)


@pytest.mark.parametrize("text, first, last", [
    ("Labour Leader Keir Starmer", "Keir", "Starmer"),
    ("Finance Secretary Derek MacKay", "Derek", "MacKay"),
    ("Cllr Patel", None, "Patel"),
    ("Chief Const. Adam Palmer", "Adam", "Palmer"),
    ("Martin Luther King Jr.", "Martin", "King"),  # a title word inside a name is kept
    ("Alhaji Lai Mohammed", "Lai", "Mohammed"),
])
def test_a_name_without_its_titles(text, first, last):
    pn = split_person(text)
    assert pn is not None and (pn.first, pn.last) == (first, last)


@pytest.mark.parametrize("word", ["cllr", "councillor", "const", "supt", "cji", "alhaji", "shri", "coroner"])
def test_titles_of_councils_police_courts_and_other_presses(word):
    assert word in TITLES


def test_abbreviated_posts_name_their_role():
    assert (ROLE_OF_TITLE["cllr"], ROLE_OF_TITLE["cji"], ROLE_OF_TITLE["sg"]) == ("councillor", "justice", "solicitor")


@pytest.mark.parametrize("a, roles, same", [
    ("minister", {"secretary", "finance"}, True),
    ("boss", {"manager"}, True),
    ("justice", {"chief", "justice"}, True),
    ("minister", {"coach"}, False),
    ("singer", {"lawyer"}, False),
])
def test_role_nouns_that_name_one_post(a, roles, same):
    assert same_role(a, frozenset(roles)) is same


@pytest.mark.parametrize("word", ["coroner", "singer", "boss", "surrogate", "forward", "councillor"])
def test_role_nouns_are_person_nouns(word):
    assert word in PERSON_NOUNS


@pytest.mark.parametrize("name, gender", [
    ("Donal", "m"), ("Romeo", "m"), ("Jair", "m"), ("Massoud", "m"), ("Maryam", "f"), ("Dilma", "f"),
    ("Lee", None),  # a family name written first in Korean news, and a given name of either sex
    ("Said", None),  # an English verb as often as a given name: not listed
])
def test_given_names_of_world_news(name, gender):
    assert first_name_gender(name) == gender


def test_one_list_of_nouns_that_can_speak():
    # persons, organisations, documents, the source-only persons ("columnist") and the groups
    assert {"columnist", "spokesman", "ministry", "report", "protesters", "people"} <= SPEAKING_NOUNS
    assert GROUP_NOUNS <= SPEAKING_NOUNS
    assert not {"bridge", "weather", "river"} & SPEAKING_NOUNS


def test_name_links_take_one_name_particle():
    shared = NAME_LINKS & NAME_PARTICLES
    assert shared == {"de"}
    assert {"of", "for", "without", "and", "the", "on"} <= NAME_LINKS
