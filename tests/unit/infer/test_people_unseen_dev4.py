"""Rules found reading a fourth development gold (issue 18, p18s), each kept here in invented wording."""

from __future__ import annotations

from tests.unit.infer.mentions import entity, names


def test_a_surname_that_is_a_word_is_a_person_when_titled_alone() -> None:
    paragraphs = ["Demand is strong, predicts Edmund Irish, editor of a gardening magazine.",
                  "\"Seed sales are up,\" said Mr Irish. Mr Irish expects more next spring."]
    found = names(paragraphs, [entity(paragraphs, 0, "Edmund Irish", "PERSON")])
    assert found == ["Edmund Irish"]


def test_a_surname_that_is_a_word_is_a_person_after_a_calling() -> None:
    paragraphs = ["Rovers left-back Dwayne Bridge could miss the final with a twisted ankle.",
                  "The manager said Bridge would be assessed on Monday."]
    found = names(paragraphs, [entity(paragraphs, 0, "Dwayne Bridge", "PERSON"),
                               entity(paragraphs, 1, "Bridge", "PERSON")])
    assert found == ["Dwayne Bridge"]


def test_a_place_of_a_given_name_and_such_a_word_stays_out() -> None:
    # No title before the word alone and no calling before the pair: the bridge, the street, not a person.
    paragraphs = ["Traffic was held up on Victoria Bridge for an hour on Monday.",
                  "Crowds gathered in George Street before the parade."]
    found = names(paragraphs, [entity(paragraphs, 0, "Victoria Bridge", "PERSON"),
                               entity(paragraphs, 1, "George Street", "PERSON")])
    assert found == []


def test_the_titled_word_must_be_that_surname() -> None:
    # "Mr Bridges" vouches for no "Bridge"; "Mr Irishman" for no "Irish".
    paragraphs = ["Traffic was held up on Victoria Bridge, Mr Bridges said."]
    found = names(paragraphs, [entity(paragraphs, 0, "Victoria Bridge", "PERSON")])
    assert "Victoria Bridge" not in found


def test_a_title_in_capitals_before_a_full_stop_ends_a_sentence() -> None:
    # "the PC. Zipster offers" is a computer at a sentence's end, not a police constable called Zipster.
    paragraphs = ["Songs can be copied to the PC. Zipster offers a cheaper plan, though it says little more."]
    assert names(paragraphs, []) == []


def test_a_title_with_a_lower_case_end_keeps_its_full_stop() -> None:
    paragraphs = ["The plan was backed by Dr. Quentin Marlowe, who chairs the panel."]
    assert names(paragraphs, []) == ["Quentin Marlowe"]
