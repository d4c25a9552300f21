"""A person the model runs on into the words after a dash, a bracket or an age's comma, or takes in with a party's
word before the name, is found under the name alone (issue 18, p18n). Names and text are invented."""

from __future__ import annotations

from cuttings.infer.people import _party_before_given_name
from tests.unit.infer.mentions import entity, names


def test_a_name_run_on_past_a_spaced_dash_is_the_name_before_it() -> None:
    paragraphs = ["The book was launched by Dorian Quelch - the poet's publisher - at a reading in Ayton."]
    found = names(paragraphs, [entity(paragraphs, 0, "Dorian Quelch - the", "PERSON")])
    assert found == ["Dorian Quelch"]


def test_a_name_run_on_into_an_age_after_a_comma_is_the_name() -> None:
    paragraphs = ["The show lost Marla Marsh,31, on Monday."]
    found = names(paragraphs, [entity(paragraphs, 0, "Marla Marsh,31", "PERSON")])
    assert found == ["Marla Marsh"]


def test_a_squad_line_name_run_on_into_its_club_in_brackets_is_the_name() -> None:
    paragraphs = ["Forwards: T Brackley (Ayton), R Quenby (Barton Vale), L Ormiston (Ayton)."]
    found = names(paragraphs, [entity(paragraphs, 0, "R Quenby (Barton", "PERSON")])
    assert "R Quenby" in found


def test_one_word_before_a_dash_is_left_to_the_rules_as_it_was() -> None:
    # "Quelch - can he ...": one word before the dash is no full name to keep, so the run-on span stays refused
    paragraphs = ["That is the question for Quelch - can he win the seat?"]
    assert names(paragraphs, [entity(paragraphs, 0, "Quelch - can", "PERSON")]) == []


def test_a_party_word_the_model_took_into_the_name_is_dropped() -> None:
    paragraphs = ["But Tory Dorian Marsh wants his party to offer a clear choice."]
    assert names(paragraphs, [entity(paragraphs, 0, "Tory Dorian Marsh", "PERSON")]) == ["Dorian Marsh"]


def test_a_party_and_a_post_written_with_capitals_are_both_dropped() -> None:
    paragraphs = ["Lib Dem Leader Marla Fenwick said the plan was unfair."]
    assert names(paragraphs, [entity(paragraphs, 0, "Lib Dem Leader Marla Fenwick", "PERSON")]) == ["Marla Fenwick"]


def test_a_party_word_needs_a_given_name_and_a_surname_after_it() -> None:
    assert _party_before_given_name(["Tory", "Dorian", "Quelch"])
    assert _party_before_given_name(["Lib", "Dem", "Marla", "Fenwick"])
    assert not _party_before_given_name(["Green", "Day"])  # a band: no given name and surname after the word
    assert not _party_before_given_name(["Labour", "Marla"])
    assert not _party_before_given_name(["Labour", "Party", "Conference"])
    assert not _party_before_given_name(["Tory", "J", "Quelch"])


def test_a_run_on_is_cut_only_after_a_given_name() -> None:
    # a firm's, a base's or a post's words before a dash are not cut into a person of their own
    paragraphs = ["Correspondence: Burrow Salmon - Re land in Ayton Drove. Also RAF Quenby - and the noise."]
    found = names(paragraphs, [entity(paragraphs, 0, "Burrow Salmon - Re", "PERSON"),
                               entity(paragraphs, 0, "RAF Quenby - and", "PERSON")])
    assert found == []


def test_a_name_run_on_into_of_or_for_and_a_capital_is_the_name_before_it() -> None:
    paragraphs = ["The critic Marla Marsh of The Ayton Times still thinks the film has a chance."]
    found = names(paragraphs, [entity(paragraphs, 0, "Marla Marsh of The Ayton Times", "PERSON")])
    assert found == ["Marla Marsh"]
