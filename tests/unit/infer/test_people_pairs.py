"""A known given name and a surname the model misreads as a body, a product or nothing (``_given_name_pairs``)."""

from __future__ import annotations

from cuttings.infer.findings import EntitySpan
from cuttings.infer.people import find_people


def entity(paragraphs: list[str], index: int, text: str, label: str) -> EntitySpan:
    """An entity as the model might report it, right or wrong."""
    start = paragraphs[index].index(text)
    return EntitySpan(index, start, start + len(text), label, text)


def names(paragraphs: list[str], entities: list[EntitySpan]) -> list[str]:
    return [person.name for person in find_people(paragraphs, entities).people]


def test_a_given_name_pair_the_model_calls_a_body_is_a_person() -> None:
    paragraphs = ["The ruling was harsh, said Barton Bank strategist Ivana Petrakova on Monday.",
                  "The low-budget drama stars Marisol Quenneville as a nurse who moves to the coast."]
    found = names(paragraphs, [entity(paragraphs, 0, "Ivana Petrakova", "ORG"),
                               entity(paragraphs, 1, "Marisol Quenneville", "ORG")])
    assert "Ivana Petrakova" in found
    assert "Marisol Quenneville" in found


def test_a_pair_the_model_reads_as_nothing_or_a_product_is_a_person() -> None:
    paragraphs = ["She pulled clear of the pack with Teodora Vasquinha halfway round the lap.",
                  "He has started only twice this season for Matteo del Ravello's side."]
    found = names(paragraphs, [entity(paragraphs, 0, "Teodora Vasquinha", "PRODUCT")])
    assert "Teodora Vasquinha" in found
    assert "Matteo del Ravello" in found


def test_a_nationality_or_party_before_the_pair_is_no_part_of_it() -> None:
    paragraphs = ["The seed then beat American Rosalind Ketteridge in straight sets.",
                  "The youngest was Tory Ambrose Tillingham, elected at twenty."]
    found = names(paragraphs, [entity(paragraphs, 0, "American Rosalind Ketteridge", "ORG")])
    assert "Rosalind Ketteridge" in found
    assert "Ambrose Tillingham" in found


def test_pairs_that_are_things_stay_out() -> None:
    paragraphs = [
        "Shares in Morgan Quellbrook rose; Morgan Quellbrook profits doubled.",  # a firm named twice
        "Analysts at Victor Pennisworth expect a cut.",  # a place of work before it
        "He won gold at the 2000 Sydney Pentathlon in style.",  # a year before an event's name
        "Visitors to Jordan Valley Farm were turned away.",  # a longer capitalised run
        "The judges praised Oscar Wilde House for its garden.",
        "Fans of Lucy Gardens cheered.",  # an English word last
    ]
    second = paragraphs[0].rindex("Morgan Quellbrook")
    entities = [entity(paragraphs, 0, "Morgan Quellbrook", "ORG"),
                EntitySpan(0, second, second + len("Morgan Quellbrook"), "ORG", "Morgan Quellbrook"),
                entity(paragraphs, 2, "Sydney Pentathlon", "EVENT")]
    found = names(paragraphs, entities)
    for thing in ("Morgan Quellbrook", "Victor Pennisworth", "Sydney Pentathlon", "Jordan Valley", "Valley Farm",
                  "Oscar Wilde", "Lucy Gardens"):
        assert thing not in found


def test_a_variant_of_a_firm_the_model_names_twice_is_the_firm() -> None:
    paragraphs = ["Regulators turned to Hattie Mae. Hattie Mae had restated its results.",
                  "The watchdog then looked at Hattie Maye again."]
    first = paragraphs[0].index("Hattie Mae")
    second = paragraphs[0].rindex("Hattie Mae")
    entities = [EntitySpan(0, first, first + 10, "ORG", "Hattie Mae"),
                EntitySpan(0, second, second + 10, "ORG", "Hattie Mae")]
    assert "Hattie Maye" not in names(paragraphs, entities)
