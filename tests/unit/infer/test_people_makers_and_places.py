"""A name before "marque" is a maker's; a place run into a surname after "in" is the surname alone."""

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
