"""A known given name and a surname the model misreads as a body, a product or nothing (``_given_name_pairs``)."""

from __future__ import annotations

from cuttings.infer.findings import EntitySpan
from tests.unit.infer.mentions import entity, names


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


def test_things_listed_titled_or_described_beside_the_pair_stay_out() -> None:
    paragraphs = [
        "Budgets match box office hits Rosalind Ketteridge, Red Wharf and other films.",  # a list with a work
        "Rosalind Ketteridge: The Return opened on Friday.",  # a title and its subtitle
        "Ambrose Tillingham - the director's 1960s drama about a miner - won the prize.",  # described as a work
        "The drug came from its maker, Ambrose Pennock.",  # a firm's noun before
        "Ambrose Pennock, the country's biggest mortgage lender, fell.",  # a firm's apposition after
    ]
    entities = [entity(paragraphs, 0, "Red Wharf", "WORK_OF_ART")]
    assert names(paragraphs, entities) == []


def test_a_surname_in_brackets_after_a_first_name_in_a_quotation_completes_it() -> None:
    paragraphs = ['"Even Oluwaseun (Adebambo) had to wait his turn," she said.',
                  'He added: "There was me and Kwabi [Mensaro] at the front."',
                  "The side: Doe (Ayton), Roe (Barton) and Teodor (Quillan) started."]
    found = names(paragraphs, [])
    assert "Oluwaseun Adebambo" in found
    assert "Kwabi Mensaro" in found
    assert "Teodor Quillan" not in found  # no quotation: a club or a country in brackets is as likely
    assert not any(name.startswith("Even") for name in found)


def test_a_pronoun_before_a_bracketed_surname_is_no_given_name() -> None:
    paragraphs = ['Ann Roe named Bernard Quillan. "He [Quillan] knew it all," she said.']
    found = names(paragraphs, [entity(paragraphs, 0, "Ann Roe", "PERSON"), entity(paragraphs, 0, "Bernard Quillan",
                                                                                   "PERSON")])
    assert not any(name.startswith("He ") for name in found)


def test_a_capitalised_particle_surname_joins_the_full_name_written_with_it_in_lower_case() -> None:
    paragraphs = ["Pieter van Oosterbeek scored twice.", "Van Oosterbeek then hit the bar."]
    found = names(paragraphs, [entity(paragraphs, 0, "Pieter van Oosterbeek", "PERSON"),
                               entity(paragraphs, 1, "Van Oosterbeek", "PERSON")])
    assert found == ["Pieter van Oosterbeek"]


def test_a_squad_with_initials_and_clubs_in_brackets_names_its_players() -> None:
    paragraphs = ["Tomas Quellbrook returns at full-back for the Ayton game.",
                  "T Quellbrook (Ayton, capt); R Pennock (Barton), H Vasquinha (Ayton Vale), D Ketteridge (Barton); "
                  "J Tillingham (Cowley), M Adebambo (Ayton)."]
    found = names(paragraphs, [entity(paragraphs, 0, "Tomas Quellbrook", "PERSON")])
    assert found[0] == "Tomas Quellbrook"  # "T Quellbrook" of the squad joins the full name
    assert {"Pennock", "Vasquinha", "Ketteridge", "Tillingham", "Adebambo"} <= set(found)
    assert "Ayton" not in found and "Barton" not in found


def test_three_initialled_names_with_brackets_are_no_squad() -> None:
    paragraphs = ["Results: J Pennock (Barton) 12.1, R Vasquinha (Ayton) 12.4, T Ketteridge (Cowley) 12.9."]
    found = names(paragraphs, [])
    assert "Pennock" not in found and "Vasquinha" not in found
