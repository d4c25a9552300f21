"""Name helpers: titles, post-nominals, possessives, canonical forms, near matches, plausibility."""

from __future__ import annotations

import pytest

from cuttings.analysis.identity import is_surname_only
from cuttings.infer.names import (
    canonical_name,
    clean_surface,
    given_names_compatible,
    is_plausible_person_name,
    parse_name,
    strip_possessive,
    surname_of,
    surnames_nearly_match,
)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Cllr Jane Doe", "Jane Doe"),
        ("Coun Jane Doe", "Jane Doe"),
        ("Councillor Jane Doe", "Jane Doe"),
        ("Mr Tom Hale", "Tom Hale"),
        ("Mrs Ann Lowe", "Ann Lowe"),
        ("Ms Ann Lowe", "Ann Lowe"),
        ("Miss Ann Lowe", "Ann Lowe"),
        ("Dr. Ravi Patel", "Ravi Patel"),
        ("Prof Ravi Patel", "Ravi Patel"),
        ("Sir Alan Grey", "Alan Grey"),
        ("Dame Edna Pike", "Edna Pike"),
        ("Baroness Ruth Ford", "Ruth Ford"),
        ("Rt Hon Tom Hale MP", "Tom Hale"),
    ],
)
def test_titles_are_not_part_of_the_canonical_name(written: str, canonical: str) -> None:
    assert canonical_name(written) == canonical


@pytest.mark.parametrize("letters", ["CBE", "OBE", "MBE", "MP", "QC", "KC", "JP"])
def test_post_nominals_are_dropped(letters: str) -> None:
    parsed = parse_name(f"Cllr Jane Doe {letters}")
    assert parsed.canonical == "Jane Doe"
    assert parsed.post_nominals == (letters,)
    assert parsed.titles == ("Cllr",)


def test_possessives_are_dropped() -> None:
    assert strip_possessive("Doe's") == "Doe"
    assert strip_possessive("Doe’s") == "Doe"
    assert strip_possessive("Jones'") == "Jones"
    assert canonical_name("Jane Doe's") == "Jane Doe"
    assert clean_surface("“Jane Doe’s,") == "Jane Doe"


def test_sir_goes_with_a_given_name_and_lord_with_a_surname() -> None:
    assert parse_name("Sir Alan").given == ("Alan",)
    assert parse_name("Sir Alan").surname == ""
    assert parse_name("Lord Grey").surname == "Grey"


def test_surname_keeps_its_particles() -> None:
    assert surname_of("Anna van der Berg") == "van der Berg"
    assert surname_of("Coun Doe") == "Doe"


def test_one_edit_or_one_swap_is_a_near_match() -> None:
    assert surnames_nearly_match("Dwyer", "Dwyre")  # neighbouring letters swapped
    assert surnames_nearly_match("Hartley", "Hartly")  # one letter missing
    assert not surnames_nearly_match("Hartley", "Hurtlea")
    assert not surnames_nearly_match("Lee", "Lea")  # too short to tell a typo from another name


def test_initials_fit_given_names() -> None:
    assert given_names_compatible(("J.",), ("John",))
    assert not given_names_compatible(("Jane",), ("John",))


@pytest.mark.parametrize("text", ["Jane Doe", "Cllr Doe", "Anna van der Berg", "J. Doe", "Sean O'Neill"])
def test_plausible_names(text: str) -> None:
    assert is_plausible_person_name(text)


@pytest.mark.parametrize(
    "text",
    ["Young People", "The Council", "BUDGET ROW", "Room 101", "However", "Children's Services", "Friday"],
)
def test_implausible_names(text: str) -> None:
    assert not is_plausible_person_name(text)


def test_the_forms_of_address_come_from_nameparser_s_titles_and_are_no_given_names() -> None:
    from nameparser.config import CONSTANTS

    from cuttings.infer.names import FORMS_OF_ADDRESS, is_given_name, sex_of_titles

    accented = {"senor": "señor", "senora": "señora", "senorita": "señorita"}
    assert all(accented.get(title, title) in CONSTANTS.titles for title in FORMS_OF_ADDRESS)
    assert not any(is_given_name(title) for title in FORMS_OF_ADDRESS)
    assert sex_of_titles(["Herr"]) == "m" and sex_of_titles(["Mme"]) == "f"


def test_a_common_surname_that_is_also_a_place_or_paper_word_is_a_name_after_a_given_name() -> None:
    from cuttings.infer.names import is_plausible_person_name

    for name in ("Jeremy Dear", "Mike Lake", "Sam West", "Rob Da Bank"):
        assert is_plausible_person_name(name), name
    for thing in ("West Dereham", "Dear Sir", "Jane Doe Bank", "Victoria Bridge", "Evening Press"):
        assert not is_plausible_person_name(thing), thing


def test_italian_particles_belong_to_the_surname() -> None:
    assert parse_name("Andrea Lo Vercio").surname == "Lo Vercio"
    assert parse_name("David Dal Mosso").given == ("David",)
    assert is_surname_only("Lo Vercio") and is_surname_only("Dal Mosso")


def test_dean_before_a_surname_is_a_given_name() -> None:
    parsed = parse_name("Dean Quarmby")
    assert parsed.given == ("Dean",) and parsed.titles == () and parsed.surname == "Quarmby"


def test_world_given_names_add_other_countries_names_and_keep_the_census_list_apart() -> None:
    from cuttings.infer.names import is_given_name, is_world_given_name

    assert is_world_given_name("Olivier") and is_world_given_name("Yann") and is_world_given_name("Jane")
    assert not is_given_name("Olivier"), "the census list stays as it was for the rules that read it"
    assert not is_world_given_name("Council") and not is_world_given_name("Germany"), "no English word, no country"
