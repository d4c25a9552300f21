"""A thing named after someone ("the Jane Doe project", "at the Prince Jack", "Jane Doe cars") is no person
(issue 18, p18k); a real person written as the modifier of what they did or had stays one."""

from __future__ import annotations

from cuttings.infer.people import find_people
from tests.unit.infer.mentions import entity, names


def test_a_name_before_a_project_or_portal_is_no_person() -> None:
    paragraphs = ["Films made by the villagers go to a Halvar Brenning portal for anyone to watch.",
                  "The Halvar Brenning project has been such a success that others will copy it."]
    entities = [entity(paragraphs, 0, "Halvar Brenning", "PERSON"), entity(paragraphs, 1, "Halvar Brenning", "PERSON")]
    assert "Halvar Brenning" not in names(paragraphs, entities)


def test_a_name_before_a_word_and_a_competition_is_no_person() -> None:
    paragraphs = ["Her break came in 1990 when she won first prize at the Osric Malvane conducting competition."]
    entities = [entity(paragraphs, 0, "Osric Malvane", "PERSON")]
    assert "Osric Malvane" not in names(paragraphs, entities)


def test_the_before_a_royal_title_and_a_given_name_is_a_theatre() -> None:
    paragraphs = ["The musical has run for a year at the Prince Aldric in the West End."]
    entities = [entity(paragraphs, 0, "Prince Aldric", "PERSON")]
    assert find_people(paragraphs, entities).people == ()


def test_a_royal_title_with_no_the_is_a_person() -> None:
    paragraphs = ["Prince Aldric opened the new wing on Monday."]
    entities = [entity(paragraphs, 0, "Prince Aldric", "PERSON")]
    assert names(paragraphs, entities) != []


def test_a_makers_name_before_its_cars_is_no_person() -> None:
    paragraphs = ["Sales of Corvin Daltrey cars fell by a fifth in Italy last year."]
    entities = [entity(paragraphs, 0, "Corvin Daltrey", "PERSON")]
    assert "Corvin Daltrey" not in names(paragraphs, entities)


def test_what_a_person_did_or_had_keeps_the_person() -> None:
    for sentence in ("The scheme was shelved after the Osric Malvane murders in 1969.",
                     "The equaliser came from a Osric Malvane free kick in the second half.",
                     "The Osric Malvane family thanked the hospital staff.",
                     "It was told in the Osric Malvane film about the city."):
        paragraphs = [sentence]
        entities = [entity(paragraphs, 0, "Osric Malvane", "PERSON")]
        assert "Osric Malvane" in names(paragraphs, entities), sentence


def test_a_person_named_elsewhere_in_the_article_keeps_the_page() -> None:
    paragraphs = ["Designer Halvar Brenning said he was sorry to leave.",
                  "The group sold the Halvar Brenning label to investors."]
    entities = [entity(paragraphs, 0, "Halvar Brenning", "PERSON"), entity(paragraphs, 1, "Halvar Brenning", "PERSON")]
    assert "Halvar Brenning" in names(paragraphs, entities)


def test_the_before_a_clergy_title_is_a_person() -> None:
    paragraphs = ["Thanks were voiced to the Rev. Osric Malvane for the dedication of the sign."]
    entities = [entity(paragraphs, 0, "Rev. Osric Malvane", "PERSON")]
    assert names(paragraphs, entities) == ["Osric Malvane"]
