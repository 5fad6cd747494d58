"""Name keys, honorifics, first-name gender: pure functions, no spaCy needed."""

from __future__ import annotations

import pytest

from onrecord.language.names import (
    first_name_gender,
    initials,
    is_acronym,
    name_key,
    same_name,
    split_person,
    strip_possessive,
    untitled_possessor,
)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Muammar Gaddafi", "Muammar Qaddafi"),
        ("Gaddafi", "Kadhafi"),
        ("Gaddafi", "Khadafy"),
        ("Hizbollah", "Hezbollah"),
        ("al-Qaeda", "Al Qaeda"),
        ("al-Qaeda", "Qaeda"),
        ("Bashar al-Assad", "Bashar Assad"),
        ("Kurdistan Workers' Party", "Kurdistan Workers Party"),
        ("the State Department", "State Department"),
        ("Erdoğan", "Erdogan"),
        ("Mohammed", "Muhammad"),
    ],
)
def test_spelling_variants_are_the_same_name(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize(
    "a, b",
    [("Iran", "Iraq"), ("Hamas", "Hezbollah"), ("Austria", "Australia"), ("Smith", "Smyth Jones")],
)
def test_different_names_stay_apart(a, b):
    assert not same_name(a, b)


def test_name_key_ignores_case_diacritics_and_hyphens():
    assert name_key("Jean-Marie Le Pen") == name_key("jean marie le pen")
    assert name_key("Zoë") == name_key("Zoe")


def test_first_name_gender():
    assert first_name_gender("Sarah") == "f"
    assert first_name_gender("John") == "m"
    assert first_name_gender("Jordan") is None  # used for both: left unknown
    assert first_name_gender("Connor") is None


def test_split_person_drops_titles_and_suffixes():
    p = split_person("Martin Luther King Jr.")
    assert (p.first, p.last) == ("Martin", "King")
    p = split_person("Mrs. Connor")
    assert (p.first, p.last) == (None, "Connor")


def test_the_name_shown_keeps_a_generational_suffix_and_a_title_that_is_part_of_the_name():
    p = split_person("Robert F. Kennedy Jr.")
    assert (p.first, p.last, p.words, p.suffix) == ("Robert", "Kennedy", ("Robert", "F.", "Kennedy", "Jr."), "jr")
    p = split_person("Jane Roe, PhD")
    assert (p.words, p.suffix) == (("Jane", "Roe"), None)  # a degree is no part of the name
    p = split_person("Prime Minister Sheikh Hasina")
    assert (p.first, p.last, p.words) == (None, "Hasina", ("Sheikh", "Hasina"))
    p = split_person("Sir Keir Starmer")
    assert p.words == ("Keir", "Starmer")  # a courtesy title is no part of it


def test_possessives_and_acronyms():
    assert strip_possessive("Sarah Connor's") == "Sarah Connor"
    assert strip_possessive("Jones’") == "Jones"
    assert is_acronym("PKK") and is_acronym("U.N.")
    assert not is_acronym("Party") and not is_acronym("I")
    assert initials("Human Rights Watch") == "hrw"
    assert initials("the United States of America") == "usa"


def test_a_company_s_legal_form_is_no_part_of_its_name_key():
    from onrecord.language.names import name_key
    assert name_key("Northwind Energy Inc.") == name_key("Northwind Energy")
    assert name_key("Barclays plc") == name_key("Barclays")
    assert name_key("Co") == "ku"  # a name that is only the word keeps it


@pytest.mark.parametrize(
    "description, shown",
    [
        ("Israeli Prime Minister Benjamin Netanyahu's office", "Benjamin Netanyahu's office"),
        ("Sen. Ted Cruz’s spokesman", "Ted Cruz’s spokesman"),
        ("Justin Bieber's tour publicist", "Justin Bieber's tour publicist"),  # no title: as written
        ("The agency's 2023 report", "The agency's 2023 report"),  # no person's name
        ("a spokesman for the ministry", "a spokesman for the ministry"),  # no possessor
    ],
)
def test_a_possessor_is_shown_without_its_titles(description, shown):
    assert untitled_possessor(description) == shown
