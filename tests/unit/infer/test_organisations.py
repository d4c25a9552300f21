"""Organisations and parties: vocabulary aliases to canonical names, patterns, and filtered model ORG spans."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cuttings.infer.councils import find_councils
from cuttings.infer.findings import EntitySpan
from cuttings.infer.organisations import _stands_as_word, find_organisations


def entity(paragraphs: list[str], paragraph: int, text: str, label: str = "ORG") -> EntitySpan:
    start = paragraphs[paragraph].index(text)
    return EntitySpan(paragraph, start, start + len(text), label, text)


def organisations(paragraphs: list[str], entities: list[EntitySpan] | None = None) -> tuple[str, ...]:
    return find_organisations(paragraphs, entities or [], find_councils(paragraphs))


def test_party_aliases_become_canonical_party_names() -> None:
    paragraphs = [
        "The Tory group leader attacked Labour.",
        "Lib Dems and Greens joined the Conservatives; the SNP and Plaid stayed away.",
    ]
    assert organisations(paragraphs) == (
        "Conservative Party",
        "Labour Party",
        "Liberal Democrats",
        "Green Party",
        "Scottish National Party",
        "Plaid Cymru",
    )


def test_reform_needs_its_full_name_but_tory_run_does_not() -> None:
    assert organisations(["Reform of the service was promised by the Tory-run council."]) == ("Conservative Party",)
    assert organisations(["Reform UK won two seats."]) == ("Reform UK",)


def test_lower_case_words_are_not_parties() -> None:
    assert organisations(["A conservative estimate from the labour market and green spaces."]) == ()


def test_government_bodies_by_acronym_and_full_name() -> None:
    assert organisations(["The DfE and Ofsted wrote to the Department for Education's lawyers."]) == (
        "Department for Education",
        "Ofsted",
    )


def test_police_force_and_nhs_trust() -> None:
    paragraphs = ["Officers from West Yorkshire Police and staff of the Calder Valley Hospitals NHS Foundation Trust."]
    assert organisations(paragraphs) == (
        "West Yorkshire Police",
        "Calder Valley Hospitals NHS Foundation Trust",
    )


def test_councils_are_not_organisations() -> None:
    paragraphs = ["Oldham Council and Ofsted met."]
    entities = [entity(paragraphs, 0, "Oldham Council")]
    assert organisations(paragraphs, entities) == ("Ofsted",)


def test_model_org_spans_are_kept_when_they_name_an_organisation() -> None:
    paragraphs = ["The Canal River Trust said the Foodbank Network would help."]
    entities = [entity(paragraphs, 0, "The Canal River Trust"), entity(paragraphs, 0, "the Foodbank Network")]
    assert organisations(paragraphs, entities) == ("Canal River Trust", "Foodbank Network")


def test_model_org_spans_that_are_people_roles_or_departments_are_dropped() -> None:
    paragraphs = [
        "Coun Jane Roe met Amira Okafor of the Press Office and the Scrutiny Committee.",
        "The Blair Council and Children's Social Care and two MPs were there.",
        "Amira Okafor spoke.",
    ]
    entities = [
        entity(paragraphs, 0, "Coun Jane Roe"),
        entity(paragraphs, 0, "Amira Okafor"),
        entity(paragraphs, 2, "Amira Okafor", "PERSON"),
        entity(paragraphs, 0, "the Press Office"),
        entity(paragraphs, 0, "the Scrutiny Committee"),
        entity(paragraphs, 1, "The Blair Council"),
        entity(paragraphs, 1, "Children's Social Care"),
        entity(paragraphs, 1, "MPs"),
    ]
    assert organisations(paragraphs, entities) == ()


def test_a_single_word_model_org_needs_a_second_mention() -> None:
    once = ["Acme said so."]
    twice = ["Acme said so.", "Acme later agreed."]
    assert organisations(once, [entity(once, 0, "Acme")]) == ()
    assert organisations(twice, [entity(twice, 0, "Acme"), entity(twice, 1, "Acme")]) == ("Acme",)


def test_model_org_span_with_an_alias_is_canonicalised() -> None:
    paragraphs = ["The Conservative Party group met."]
    assert organisations(paragraphs, [entity(paragraphs, 0, "The Conservative Party")]) == ("Conservative Party",)


def test_abbreviations_of_things_and_plural_titles_are_not_organisations() -> None:
    paragraphs = [
        "The AGM agreed VAT on HGV parking on the A10.",
        "Councillors and Committees met.",
        "Councillors agreed.",
    ]
    entities = [
        entity(paragraphs, 0, "AGM"),
        entity(paragraphs, 0, "VAT"),
        entity(paragraphs, 0, "HGV"),
        entity(paragraphs, 0, "A10"),
        entity(paragraphs, 1, "Councillors"),
        entity(paragraphs, 1, "Committees"),
        entity(paragraphs, 2, "Councillors"),
    ]
    assert organisations(paragraphs, entities) == ()


def test_a_model_org_that_is_also_tagged_as_a_place_is_a_place() -> None:
    paragraphs = ["Lindale Trust met.", "Lindale Trust is in a village."]
    entities = [entity(paragraphs, 0, "Lindale Trust"), entity(paragraphs, 1, "Lindale Trust", "GPE")]
    assert organisations(paragraphs, entities) == ()


@settings(max_examples=400)
@given(
    word=st.text(alphabet="ab_1é. -", min_size=1, max_size=4),
    text=st.text(alphabet="ab_1é. -\n", max_size=30),
)
def test_stands_as_word_agrees_with_a_word_boundary_search(word: str, text: str) -> None:
    expected = re.search(rf"\b{re.escape(word)}\b", text) is not None
    assert _stands_as_word(word, text) == expected


def test_every_kind_of_patterned_body_is_found() -> None:
    bodies = [
        "Humber Valley NHS Trust",
        "Dales Integrated Care Board",
        "Moorside Clinical Commissioning Group",
        "Fellside Fire and Rescue Service",
        "Fellside Fire and Rescue Authority",
        "Coastal Ambulance Service",
        "Riverside Police and Crime Panel",
    ]
    for body in bodies:
        assert organisations([f"Staff at {body} met on Monday."]) == (body,)
