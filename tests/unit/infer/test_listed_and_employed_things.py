"""Things named once that the sentence's shape gives away (issue 18, p18o): an item of a list of places or bodies
("Ayton, Beeton, Ceeton and Korvane Ustrello"), and the firm after an analyst's "of" or "at" ("analyst Jane Roe
of Korvane Ustrello says"). All text here is invented."""

from __future__ import annotations

from collections.abc import Sequence

from cuttings.infer.people import LIST_PLACES_AND_BODIES, find_people
from tests.unit.infer.mentions import entity


def _people(sentence: str, labelled: Sequence[tuple[str, str]]) -> list[str]:
    paragraphs = [sentence]
    return [person.name for person in find_people(paragraphs, [entity(paragraphs, 0, text, label)
                                                               for text, label in labelled]).people]


_CITIES = "Most people live in its cities (Ayton, Beeton de Sol, Ceeton, Dorrow Vessa and Korvane Ustrello), it said."


def test_a_name_listed_with_places_is_a_place_though_the_model_labels_another_item_a_person() -> None:
    labelled = [("Ayton", "GPE"), ("Beeton de Sol", "GPE"), ("Ceeton", "GPE"), ("Dorrow Vessa", "PERSON"),
                ("Korvane Ustrello", "PERSON")]
    assert _people(_CITIES, labelled) == []


def test_a_person_elsewhere_in_the_paragraph_does_not_keep_the_listed_name() -> None:
    sentence = "Jane Roe said the banks Ostrata, Brannoch Bank, Calvorn and Korvane Ustrello lent the money."
    labelled = [("Jane Roe", "PERSON"), ("Ostrata", "ORG"), ("Bank", "ORG"), ("Calvorn", "ORG"),
                ("Korvane Ustrello", "PERSON")]
    assert _people(sentence, labelled) == ["Jane Roe"]  # "Brannoch Bank" counts by its labelled "Bank"


def test_one_place_fewer_keeps_the_name() -> None:
    labelled = [("Ayton", "GPE"), ("Beeton de Sol", "GPE"), ("Korvane Ustrello", "PERSON")]
    assert LIST_PLACES_AND_BODIES == 3
    assert "Korvane Ustrello" in _people(_CITIES, labelled)  # "Ceeton" unlabelled: two places only


def test_a_given_name_or_an_initial_among_the_items_keeps_the_name() -> None:
    # A person the model labels in the paragraph keeps ``_among_places`` (two places suffice there) out of it.
    labelled = [("Ayton", "GPE"), ("Beeton", "GPE"), ("Ceeton", "GPE"), ("Korvane Ustrello", "PERSON"),
                ("Doe", "PERSON")]
    line_up = "The side: Ayton, Beeton, Ceeton, Jane Roe and Korvane Ustrello, with Doe on the bench."
    assert "Korvane Ustrello" in _people(line_up, labelled)
    sheet = "The side: Ayton, Beeton, Ceeton, J Roe and Korvane Ustrello, with Doe on the bench."
    assert "Korvane Ustrello" in _people(sheet, labelled)


def test_a_listed_name_that_opens_with_a_given_name_is_kept() -> None:
    sentence = "Ann Roe said visitors came from Ayton, Beeton, Ceeton and Jane Ustrello, a hamlet."
    labelled = [("Ann Roe", "PERSON"), ("Ayton", "GPE"), ("Beeton", "GPE"), ("Ceeton", "GPE"),
                ("Jane Ustrello", "PERSON")]
    assert _people(sentence, labelled) == ["Ann Roe", "Jane Ustrello"]


def test_the_firm_after_an_analysts_of_is_no_person_though_a_speech_verb_follows() -> None:
    sentence = "Yet aviation analyst Jane Roe of Korvane Ustrello says fares will rise."
    assert _people(sentence, [("Jane Roe", "PERSON"), ("Korvane Ustrello", "PERSON")]) == ["Jane Roe"]
    sentence = "Fares will rise, said Brannoch Calvorn, an economist at Korvane Ustrello."
    assert _people(sentence, [("Brannoch Calvorn", "PERSON"), ("Korvane Ustrello", "PERSON")]) == [
        "Brannoch Calvorn"]


def test_a_spokesman_for_a_person_leaves_the_person() -> None:
    sentence = "A spokesman for Korvane Ustrello said the singer was resting."
    assert _people(sentence, [("Korvane Ustrello", "PERSON")]) == ["Korvane Ustrello"]
