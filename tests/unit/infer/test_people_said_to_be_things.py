"""Names the text itself says are a firm or a work: an apposition or "is a" right after the name, the plural of a
business before it, what a firm sells or carries in its possessive, and a listing on an exchange (issue 18)."""

from __future__ import annotations

import pytest

from cuttings.infer.findings import EntitySpan, PeopleResult
from cuttings.infer.people import find_people


def _model_says(paragraphs: list[str], *spans: tuple[int, str]) -> PeopleResult:
    """``find_people`` given these PERSON entities (paragraph, text; the first occurrence)."""
    entities = []
    for index, text in spans:
        start = paragraphs[index].index(text)
        entities.append(EntitySpan(index, start, start + len(text), "PERSON", text))
    return find_people(paragraphs, entities)


def _names(result: PeopleResult) -> list[str]:
    return [person.name for person in result.people]


@pytest.mark.parametrize("sentence", [
    "The deal was designed by Harlow Venning, a consultancy, and a bank.",
    "Buyers were approached by Harlow Venning, the Ayton drinks firm, last year.",
    "Harlow Venning is a 1994 film about two brothers.",
    "Critics praised Harlow Venning - the satirical sitcom - again.",
    "Harlow Venning was a record label founded in Leeds.",
])
def test_a_name_said_right_after_it_to_be_a_firm_or_a_work_is_no_person(sentence: str) -> None:
    result = _model_says([sentence], (0, "Harlow Venning"))
    assert _names(result) == []
    if " - " not in sentence:  # a dash's description is read by an older rule, which tells the archive nothing
        assert result.works == ("Harlow Venning",), "the archive learns that the name is a thing's"


@pytest.mark.parametrize("sentence", [
    "The award went to Orla Vantry, the film director, on Friday.",  # the noun does not end the phrase
    "Orla Vantry, a member of the group, was there.",  # "of": a person of a body
    "Orla Vantry, the godfather of the group, wanted control.",
    "Orla Vantry, its publisher, said little.",  # "its": a post at the thing named before
    "Orla Vantry, a colourful character, was there.",  # a person can be a character
    "Orla Vantry, the band's singer, left in May.",  # a possessive: the band's person
    "Orla Vantry is a producer on the show.",
])
def test_a_person_described_after_the_name_stays_a_person(sentence: str) -> None:
    assert _names(_model_says([sentence], (0, "Orla Vantry"))) == ["Orla Vantry"]


def test_a_name_after_the_plural_of_a_business_is_a_business() -> None:
    text = ["Contracts went to state construction companies Karsa Wendu and Dorlan Pratt on Monday."]
    assert "Karsa Wendu" not in _names(_model_says(text, (0, "Karsa Wendu")))
    # The plural of a trade people follow lists people.
    kept = ["Contracts went to consultants Karsa Wendu and Dorlan Pratt on Monday."]
    assert "Karsa Wendu" in _names(_model_says(kept, (0, "Karsa Wendu")))


def test_what_a_firm_sells_or_carries_after_its_possessive_makes_it_a_firm() -> None:
    for sentence in ("Sales of Orla Vantry's new drink doubled.", "Orla Vantry's passengers waited for hours."):
        assert _names(_model_says([sentence], (0, "Orla Vantry"))) == [], sentence
    # A person's works and clients are theirs.
    for sentence in ("Orla Vantry's films won praise.", "Orla Vantry's clients include two boxers."):
        assert _names(_model_says([sentence], (0, "Orla Vantry"))) == ["Orla Vantry"], sentence


def test_a_name_listed_on_an_exchange_is_a_firm_for_the_archive() -> None:
    paragraphs = ["Sales at Velmor Grest, which is listed on the Ayton stock exchange, were weak.",
                  "Velmor Grest said it would cut jobs."]
    result = _model_says(paragraphs, (0, "Velmor Grest"), (1, "Velmor Grest"))
    assert result.works == ("Velmor Grest",)
    # Listed among nominees or in honours, a person is listed too.
    person = _model_says(["Mrs Tessa Brill said Ellis Roan was listed in the honours."], (0, "Ellis Roan"))
    assert person.works == ()
