"""Councils: recognised from the register or the parish pattern, one canonical name each, never invented."""

from __future__ import annotations

import pytest

from cuttings.infer.councils import (
    _MENTIONS_A_BODY,
    _mentions_a_body,
    find_councils,
    load_register,
    resolve_council_name,
)


def councils_in(*paragraphs: str) -> tuple[str, ...]:
    return find_councils(paragraphs).councils


def test_every_form_of_a_metropolitan_district_is_one_council() -> None:
    found = find_councils(
        [
            "Sheffield City Council approved the plan.",
            "The City of Sheffield Council said so, and Sheffield council's officers agreed.",
        ]
    )
    assert found.councils == ("Sheffield City Council",)
    assert [span.surface for span in found.spans] == [
        "Sheffield City Council",
        "City of Sheffield Council",
        "Sheffield council",
    ]


def test_official_metropolitan_name_and_short_name_share_a_canonical_name() -> None:
    assert councils_in("Barnsley Metropolitan Borough Council met.", "Barnsley Council's leader spoke.") == (
        "Barnsley Council",
    )


def test_possessive_is_not_part_of_the_surface() -> None:
    span = find_councils(["Calderdale Council's budget was cut."]).spans[0]
    assert span.surface == "Calderdale Council"
    assert span.council == "Calderdale Council"


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council met in New York.",
        "The Bar Council and the British Council issued statements.",
        "Arts Council funding and the Privy Council were discussed.",
        "The European Council met. Britain Council and Blair Council are not real.",
        "The Medical Research Council funded the study.",
    ],
)
def test_bodies_named_council_that_are_not_local_authorities_are_never_councils(text: str) -> None:
    assert councils_in(text) == ()


def test_a_bare_place_name_is_not_a_council() -> None:
    assert councils_in("Families in Leeds and Bradford were affected. The council said nothing.") == ()


def test_a_place_at_the_end_of_one_sentence_does_not_join_council_in_the_next() -> None:
    assert councils_in("She moved to Leeds. Council tax rose.") == ()


def test_county_and_unitary_of_the_same_name_stay_distinct() -> None:
    assert councils_in("North Yorkshire County Council was replaced by North Yorkshire Council.") == (
        "North Yorkshire County Council",
        "North Yorkshire Council",
    )


def test_a_county_mentioned_with_lower_case_council_is_the_county() -> None:
    assert councils_in("Essex council agreed.") == ("Essex County Council",)


def test_london_boroughs_and_welsh_scottish_northern_irish_councils() -> None:
    found = councils_in(
        "The London Borough of Hackney, Royal Borough of Greenwich and Cardiff Council met "
        "Fife Council, Highland Council and Belfast City Council."
    )
    assert found == (
        "Hackney Council",
        "Greenwich Council",
        "City of Cardiff Council",
        "Fife Council",
        "Highland Council",
        "Belfast City Council",
    )


def test_combined_authorities_are_recognised_by_their_full_name() -> None:
    assert councils_in("The West Midlands Combined Authority and the Greater London Authority agreed.") == (
        "West Midlands Combined Authority",
        "Greater London Authority",
    )


def test_a_local_authority_in_general_is_not_a_council() -> None:
    assert councils_in("Local Authority Children's Services were inspected.") == ()


def test_parish_and_town_councils_are_kept_as_written() -> None:
    assert councils_in(
        "Minutes of the Little Snoring Parish Council meeting.", "Market Weighton Town Council objected."
    ) == ("Little Snoring Parish Council", "Market Weighton Town Council")


def test_parish_council_in_capitals_is_title_cased() -> None:
    assert councils_in("MINUTES OF THE LITTLE SNORING PARISH COUNCIL") == ("Little Snoring Parish Council",)


@pytest.mark.parametrize(
    "text",
    [
        "Perhaps the Parish Council should act.",
        "Approved by Parish Council in May.",
        "The Norfolk Rural Community Council gave a grant.",
        "The November Parish Council meeting was cancelled.",
        "Mrs Jane Smith (Parish Council) attended.",
    ],
)
def test_words_before_parish_council_that_are_not_places(text: str) -> None:
    assert councils_in(text) == ()


def test_annual_parish_council_meeting_belongs_to_the_parish() -> None:
    assert councils_in("The Little Snoring Annual Parish Council meeting.") == ("Little Snoring Parish Council",)


def test_plural_councils_name_each_council() -> None:
    assert councils_in("Kirklees and Calderdale councils agreed.") == ("Kirklees Council", "Calderdale Council")


def test_the_council_resolves_to_the_only_council_named() -> None:
    found = find_councils(["Oldham Council met.", "The council's leader said the authority would act."])
    anaphors = [span for span in found.spans if span.surface.lower().startswith("the")]
    assert [(span.surface, span.council) for span in anaphors] == [
        ("The council", "Oldham Council"),
        ("the authority", "Oldham Council"),
    ]
    assert found.councils == ("Oldham Council",)


def test_the_council_resolves_to_nothing_when_no_council_is_named() -> None:
    found = find_councils(["The council said the authority would act."])
    assert found.councils == ()
    assert found.spans == ()


def test_the_council_with_two_councils_in_play_takes_the_latest_in_the_same_paragraph() -> None:
    found = find_councils(["Bolton Council and Bury Council met.", "Bury Council spoke first, then the council voted."])
    last = found.spans[-1]
    assert (last.surface, last.council) == ("the council", "Bury Council")


def test_the_county_council_prefers_the_county_in_play() -> None:
    found = find_councils(["Kent County Council and Dover District Council met.", "Later the county council agreed."])
    assert found.spans[-1].council == "Kent County Council"


def test_every_council_of_the_register_has_a_distinct_canonical_name() -> None:
    names = [authority.canonical for authority in load_register().authorities]
    assert len(names) == len(set(names))


def test_register_covers_every_nation_and_tier() -> None:
    types = {authority.type for authority in load_register().authorities}
    assert {"UA", "NMD", "MD", "LBO", "CTY", "SCO", "WPA", "NID", "COMB"} <= types


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Leeds City Council", "Leeds City Council"),
        ("leeds", "Leeds City Council"),
        ("Kent County Council", "Kent County Council"),
        ("Durham County Council", "Durham County Council"),
        ("Narnia", None),
    ],
)
def test_resolve_council_name(name: str, canonical: str | None) -> None:
    assert resolve_council_name(name) == canonical


def test_a_council_for_something_is_another_body() -> None:
    assert councils_in("The Kent Council for Voluntary Service and the Norfolk Council on Ageing met.") == ()


def test_the_combined_authority_resolves_to_the_combined_authority_in_play() -> None:
    found = find_councils(
        ["Leeds City Council and the West Yorkshire Combined Authority met.", "The combined authority agreed."]
    )
    assert found.spans[-1].council == "West Yorkshire Combined Authority"


def test_council_compound_words_and_party_run_anaphors() -> None:
    found = find_councils(["Tameside council-run homes were sold.", "The Labour-run council agreed."])
    assert found.councils == ("Tameside Council",)
    assert [(span.surface, span.council) for span in found.spans] == [
        ("Tameside council", "Tameside Council"),
        ("The Labour-run council", "Tameside Council"),
    ]


def test_headline_in_capitals() -> None:
    assert councils_in("SALFORD CITY COUNCIL BOSSES TO QUIT") == ("Salford City Council",)


def test_curly_apostrophe_and_connectors_in_names() -> None:
    assert councils_in(
        "King’s Lynn and West Norfolk Borough Council and Bath and North East Somerset Council met "
        "Newcastle-under-Lyme Borough Council and the Isle of Wight Council."
    ) == (
        "King's Lynn and West Norfolk Council",
        "Bath and North East Somerset Council",
        "Newcastle-under-Lyme Council",
        "Isle of Wight Council",
    )


def test_a_club_before_and_is_not_part_of_a_parish_name() -> None:
    assert councils_in("The Little Snoring Bowls Club and Little Snoring Parish Council agreed.") == (
        "Little Snoring Parish Council",
    )


def test_a_joint_parish_council_keeps_both_names() -> None:
    assert councils_in("Great Snoring and Thursford Parish Council met.") == (
        "Great Snoring and Thursford Parish Council",
    )


def test_a_county_is_no_parish() -> None:
    assert councils_in("Every Norfolk Parish Council was invited.") == ()


def test_councils_abolished_in_2009_are_known() -> None:
    assert councils_in("Crewe and Nantwich Borough Council and Cheshire County Council merged.") == (
        "Crewe and Nantwich Council",
        "Cheshire County Council",
    )


def test_an_exact_alternative_name_wins_over_a_shared_place() -> None:
    assert councils_in("Durham City Council and Durham County Council met.") == (
        "City of Durham Council",
        "Durham County Council",
    )


def test_councils_are_in_order_of_first_mention_whatever_their_form() -> None:
    assert councils_in("Camden Council wrote to the London Borough of Hackney.") == (
        "Camden Council",
        "Hackney Council",
    )


def test_a_day_or_month_after_council_is_not_another_body() -> None:
    result = find_councils(["The scheme was approved by Anglesey Council on Monday and by Gwynedd Council on 4 May."])
    assert len(result.councils) == 2
    assert find_councils(["Help came from Norfolk Council on Ageing."]).councils == ()


def test_body_words_are_found_in_any_case_as_the_case_insensitive_search_finds_them() -> None:
    texts = ["The COUNCIL met", "an Authority", "Corporation Street", "the counsel met", "Councıl", "AUTHORİTY", ""]
    for text in texts:
        assert _mentions_a_body(text) == (_MENTIONS_A_BODY.search(text) is not None)
    assert _mentions_a_body("The COUNCIL met") and not _mentions_a_body("the counsel met")


def test_plural_parish_councils_after_and_are_not_one_joint_council() -> None:
    assert councils_in("Great Snoring and Thursford Parish Councils met.") == ("Thursford Parish Council",)
    assert councils_in("Great Snoring and Thursford Parish Council met.") == (
        "Great Snoring and Thursford Parish Council",)


def test_the_end_of_a_list_of_parishes_is_not_a_joint_council() -> None:
    assert councils_in("Letters went to Coombe, Great Snoring and Thursford Parish Council last week.") == (
        "Thursford Parish Council",)


@pytest.mark.parametrize("text", ["Item 4 To Approve Little Snoring Parish Council Minutes",
                                  "Net VAT Gross Remarks Little Snoring Parish Council £6.00",
                                  "An Extra-Ordinary Little Snoring Parish Council meeting was called."])
def test_agenda_and_account_words_before_a_parish_are_not_its_name(text: str) -> None:
    assert councils_in(text) == ("Little Snoring Parish Council",)


def test_a_district_named_with_county_is_no_council_of_the_register() -> None:
    assert councils_in("The West Suffolk County Council architect drew the plans in 1960.") == ()
    assert councils_in("Suffolk County Council approved the plans.") == ("Suffolk County Council",)
    assert councils_in("Durham County Council approved the plans.") == ("Durham County Council",)


def test_a_council_is_not_the_strategic_authority_of_its_place() -> None:
    # the Greater London Council (abolished 1986) is not the Greater London Authority
    assert resolve_council_name("Greater London Council") is None
    assert resolve_council_name("Greater London Authority") == "Greater London Authority"
