"""A name the model alone calls a person, listed with a title the model calls no person (``_listed_with_a_title``)."""

from __future__ import annotations

from cuttings.infer.findings import EntitySpan
from cuttings.infer.people import find_people


def _found(paragraphs: list[str], *spans: tuple[int, str, str]) -> list[str]:
    """``find_people`` given exactly these model entities (paragraph, label, text; the first occurrence)."""
    entities = []
    for index, label, text in spans:
        start = paragraphs[index].index(text)
        entities.append(EntitySpan(index, start, start + len(text), label, text))
    return [person.name for person in find_people(paragraphs, entities).people]


def test_a_name_listed_with_a_title_and_nothing_said_of_it_is_a_work() -> None:
    # The title after the name, the model's label for it in another sentence.
    text = ["Late Tide was voted the best drama over the channel's shows Doc Hollow and Quiet Harbour.",
            "Its star won for Quiet Harbour last year."]
    assert _found(text, (0, "PERSON", "Doc Hollow"), (1, "ORG", "Quiet Harbour")) == []
    # The title before the name, joined by "and" or a slash.
    for sentence in ("She won best actress for Quiet Harbour and Doc Hollow.",
                     "Maisie Tolliver (Quiet Harbour/ Doc Hollow, Channel Nine)"):
        found = _found([sentence], (0, "PERSON", "Doc Hollow"), (0, "ORG", "Quiet Harbour"),
                       *([(0, "PERSON", "Maisie Tolliver")] if "Maisie" in sentence else []))
        assert "Doc Hollow" not in found, sentence
        assert found == (["Maisie Tolliver"] if "Maisie" in sentence else []), sentence


def test_a_name_beside_a_title_stays_a_person_when_anything_says_so() -> None:
    # A given name and a surname: people are listed with their works ("Maisie Tolliver and Quiet Harbour").
    assert _found(["The prize went to Quiet Harbour and Maisie Tolliver."],
                  (0, "ORG", "Quiet Harbour"), (0, "PERSON", "Maisie Tolliver")) == ["Maisie Tolliver"]
    # A speech verb anywhere in the article.
    text = ["The shows Doc Hollow and Quiet Harbour were nominated.", "\"It is a thrill,\" said Doc Hollow."]
    assert _found(text, (0, "PERSON", "Doc Hollow"), (0, "ORG", "Quiet Harbour"),
                  (1, "PERSON", "Doc Hollow")) == ["Doc Hollow"]
    # A title the model never calls a body or a work: no evidence of a list of titles.
    assert _found(["The shows Doc Hollow and Quiet Harbour were nominated."],
                  (0, "PERSON", "Doc Hollow")) == ["Doc Hollow"]
    # A firm's or a club's word that goes on to a noun is no title of its own: "Harbour team-mate Ann Quarrie".
    assert "Doc Hollow" in _found(["He joins Doc Hollow and Harbour team-mate Ann Quarrie in the squad."],
                                  (0, "PERSON", "Doc Hollow"), (0, "ORG", "Harbour"), (0, "PERSON", "Ann Quarrie"))
    # A comma is no joint: "the head of Quiet Harbour, Doc Hollow, said" is apposition.
    assert "Doc Hollow" in _found(["The head of Quiet Harbour, Doc Hollow, was jailed."],
                                  (0, "PERSON", "Doc Hollow"), (0, "ORG", "Quiet Harbour"))


def test_a_name_before_marque_is_a_makers() -> None:
    # A pair of a given name and a surname the model misreads, found by the pair rule: a car maker's marque.
    text = ["The car group, best known for its Lorenzo Brivio marque, expects a loss."]
    assert "Lorenzo Brivio" not in _found(text)
    assert _found(["The car group, run by Lorenzo Brivio since May, expects a loss."]) == ["Lorenzo Brivio"]


def test_a_place_run_into_the_surname_after_in_is_the_surname_alone() -> None:
    text = ["Harriet Quell returns to the tour this week.",
            "Speaking in Qorvath Quell admitted she had doubted she would play again."]
    spans = ((0, "PERSON", "Harriet Quell"), (1, "PERSON", "Qorvath Quell"))
    assert _found(text, *spans) == ["Harriet Quell"]
    # A given name first stays a name unless the model calls that word a place in the article.
    named = ["Harriet Quell returns to the tour this week.",
             "Speaking in Maria Quell admitted she had doubted her sister would play again."]
    assert _found(named, (0, "PERSON", "Harriet Quell"), (1, "PERSON", "Maria Quell")) == [
        "Harriet Quell", "Maria Quell"]
    placed = ["Harriet Quell flew home from Lorna on Monday.",
              "Speaking in Lorna Quell admitted she had doubted she would play again."]
    assert _found(placed, (0, "PERSON", "Harriet Quell"), (0, "GPE", "Lorna"), (1, "PERSON", "Lorna Quell")) == [
        "Harriet Quell"]
