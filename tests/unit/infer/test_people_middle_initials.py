"""A part-name (issue 18, p18y): the initial-and-surname rule takes the given name before a middle initial ("Tobias
K. Quillane") even when the model names another person earlier in the paragraph; only the model's span over the
given name itself, ending at the initial, says the given name is someone else's. Every sentence here is invented."""

from __future__ import annotations

from tests.unit.infer.mentions import entity, names


def _names(sentence: str, *people: str) -> list[str]:
    paragraphs = [sentence]
    return names(paragraphs, [entity(paragraphs, 0, person, "PERSON") for person in people])


def test_the_given_name_before_a_middle_initial_stays_after_another_person() -> None:
    found = _names("Payments: Brannock Stores £40.00 : Proposed Mrs. Venning, seconded Miss Ashdown. : Tobias K. "
                   "Quillane £210.50 : Proposed Mrs Venning.", "Mrs. Venning", "Miss Ashdown", "Tobias K. Quillane")
    assert "Tobias K. Quillane" in found
    assert "K. Quillane" not in found
    found = _names("Sources: Ayton Remembered. Oswin Marrable (1999) Tobias K. Quillane.", "Oswin Marrable",
                   "Tobias K. Quillane")
    assert "Tobias K. Quillane" in found
    assert "K. Quillane" not in found


def test_a_span_over_the_given_name_that_ends_at_the_initial_still_parts_them() -> None:
    paragraphs = ["Oswin Marrable met Tobias K. Quillane-Ashdown at the fete, the daughter of the organiser said."]
    found = names(paragraphs, [entity(paragraphs, 0, "Oswin Marrable", "PERSON"),
                               entity(paragraphs, 0, "Tobias K.", "PERSON")])
    assert "Tobias K. Quillane-Ashdown" not in found


def test_a_knight_named_before_the_full_name_of_that_given_name_is_someone_else() -> None:
    paragraphs = ["Sir Tobias left the hall in 1687 and sailed for the Indies.",
                  "Sources: Ayton Remembered (1999). Tobias K. Quillane."]
    found = names(paragraphs, [entity(paragraphs, 0, "Sir Tobias", "PERSON"),
                               entity(paragraphs, 1, "Tobias K. Quillane", "PERSON")])
    assert "Tobias K. Quillane" in found
    assert "Sir Tobias" in found  # a person of his own, not a form of the author's page
    # Named in full first, the knight is that person.
    paragraphs = ["Sir Tobias Quillane opened the fete.", "Sir Tobias thanked the helpers."]
    found = names(paragraphs, [entity(paragraphs, 0, "Sir Tobias Quillane", "PERSON"),
                               entity(paragraphs, 1, "Sir Tobias", "PERSON")])
    assert found == ["Tobias Quillane"]
