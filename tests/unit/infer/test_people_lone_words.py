"""People a report names by one word, with what the text says of them (issue 18, p18ab): a performer's noun before
the word even when it is written with a possessive, the word as its sentence's subject with "he" or "she" after
it, an age in commas, a relative, a part of the body or a team-mate the word owns, and a relative named after
whose relative it is. Invented names and wording throughout."""

from __future__ import annotations

from cuttings.infer.people import (
    _LONE_NAME_AGED,
    _LONE_NAME_KIN_OR_BODY,
    _OWNER_OF_KIN_BEFORE,
    _PERFORMER_THEN_ONE_NAME,
    _SUBJECT_OPENING,
    _SUBJECT_THEN_A_PERSONAL_PRONOUN,
)
from tests.unit.infer.mentions import entity, names


def test_a_star_or_a_youngster_known_by_one_name_even_with_a_possessive() -> None:
    paragraphs = ["The late soul star Zelindra's label has lost its case against the airline.",
                  "The award went to Brazilian youngster Quintela.",
                  "Fans cheered as U2-style frontman Varoz arrived."]
    found = names(paragraphs, [entity(paragraphs, 0, "Zelindra", "ORG"), entity(paragraphs, 1, "Quintela", "GPE")])
    assert found == ["Zelindra", "Quintela", "Varoz"]


def test_star_ending_a_hyphened_word_names_no_one() -> None:
    paragraphs = ["They stayed at the five-star Ravenna and ate at an all-star Dorvale."]
    assert names(paragraphs, [entity(paragraphs, 0, "Ravenna", "ORG")]) == []
    assert _PERFORMER_THEN_ONE_NAME.search("the rock star Ravenna's tour")["name"] == "Ravenna"


def test_a_one_word_subject_with_a_personal_pronoun_after_it() -> None:
    paragraphs = ["After a slow first set, Dovrikova grew in confidence and won in 50 minutes. She now meets the "
                  "top seed.",
                  "Tembrak was a rising name in music before he was killed in a crash."]
    found = names(paragraphs, [entity(paragraphs, 0, "Dovrikova", "ORG"), entity(paragraphs, 1, "Tembrak", "GPE")])
    assert found == ["Dovrikova", "Tembrak"]


def test_no_one_word_subject_when_a_relative_clause_or_a_capitalised_word_owns_the_pronoun() -> None:
    paragraphs = ["Krasnoval is one of the mills which he says were sold cheaply.",
                  "Dorvantis lost to Barton Rovers and his side went out.",
                  "The mill, Krasnoval, was sold in June. He said so."]
    found = names(paragraphs, [entity(paragraphs, 0, "Krasnoval", "ORG"), entity(paragraphs, 1, "Dorvantis", "ORG"),
                               entity(paragraphs, 2, "Krasnoval", "ORG")])
    assert found == []
    assert _SUBJECT_THEN_A_PERSONAL_PRONOUN.match(" is one of the mills which he says") is None
    assert _SUBJECT_OPENING.search("The mill, ") is None or _SUBJECT_THEN_A_PERSONAL_PRONOUN.match(
        ", was sold in June. He") is None


def test_a_one_word_name_given_an_age_or_owning_a_relative_a_limb_or_a_team_mate() -> None:
    paragraphs = ["Quarrezo, 45, takes on a younger man on Saturday.",
                  "The pain in Tembekov's shoulder came back in the last lap.",
                  "Ahead of them was Vastrel's training partner, who won."]
    found = names(paragraphs, [entity(paragraphs, 0, "Quarrezo", "GPE"), entity(paragraphs, 1, "Tembekov", "PERSON"),
                               entity(paragraphs, 2, "Vastrel", "ORG")])
    assert found == ["Quarrezo", "Tembekov", "Vastrel"]


def test_no_one_word_name_from_a_side_s_back_four_or_a_score() -> None:
    paragraphs = ["Dorvantis's back four held firm and Dorvantis's head coach was pleased.",
                  "The final score was Dorvantis, 2, Barton, 1."]
    found = names(paragraphs, [entity(paragraphs, 0, "Dorvantis", "ORG"), entity(paragraphs, 1, "Dorvantis", "ORG")])
    assert found == []
    assert _LONE_NAME_AGED.match(", 2, Barton") is None
    assert _LONE_NAME_KIN_OR_BODY.match("'s back four") is None


def test_a_relative_named_after_whose_relative_it_is() -> None:
    paragraphs = ["The champion won after his younger brother Tesfalem had set the pace.",
                  "A sister Dorvantis was launched by the yard in 2001."]
    found = names(paragraphs, [entity(paragraphs, 0, "Tesfalem", "PERSON"), entity(paragraphs, 1, "Dorvantis", "ORG")])
    assert found == ["Tesfalem"]
    assert _OWNER_OF_KIN_BEFORE.search("after his younger ") is not None
    assert _OWNER_OF_KIN_BEFORE.search("A ") is None


def test_a_compatriot_or_a_team_mate_known_by_one_name() -> None:
    paragraphs = ["He is seen as the natural replacement for compatriot Ravanho.",
                  "He ended one goal behind the club's top scorer Quinteiro."]
    found = names(paragraphs, [entity(paragraphs, 0, "Ravanho", "PERSON"), entity(paragraphs, 1, "Quinteiro", "ORG")])
    assert found == ["Ravanho", "Quinteiro"]


def test_a_one_word_name_with_a_person_s_calling_in_apposition() -> None:
    paragraphs = ["Tervasson, the Belfast-born actor who was nominated twice, will star in the play.",
                  "Dorvantis, the oil producer, was sold in June."]
    found = names(paragraphs, [entity(paragraphs, 0, "Tervasson", "PERSON"), entity(paragraphs, 1, "Dorvantis", "ORG")])
    assert found == ["Tervasson"]


def test_no_one_word_subject_when_a_calling_follows_the_word() -> None:
    paragraphs = ["Dorvantis coach was sent to the stands before his side scored."]
    assert names(paragraphs, [entity(paragraphs, 0, "Dorvantis", "ORG")]) == []


def test_no_one_word_subject_before_a_plural_verb() -> None:
    paragraphs = ["A fan saw him in the port. Dorvapol are alerted but do not find him."]
    assert names(paragraphs, [entity(paragraphs, 0, "Dorvapol", "ORG")]) == []
