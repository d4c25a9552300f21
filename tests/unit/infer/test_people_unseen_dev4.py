"""Rules found reading a fourth development gold (issue 18, p18s), each kept here in invented wording."""

from __future__ import annotations

from tests.unit.infer.mentions import entity, names


def test_a_surname_that_is_a_word_is_a_person_when_titled_alone() -> None:
    paragraphs = ["Demand is strong, predicts Edmund Irish, editor of a gardening magazine.",
                  "\"Seed sales are up,\" said Mr Irish. Mr Irish expects more next spring."]
    found = names(paragraphs, [entity(paragraphs, 0, "Edmund Irish", "PERSON")])
    assert found == ["Edmund Irish"]


def test_a_surname_that_is_a_word_is_a_person_after_a_calling() -> None:
    paragraphs = ["Rovers left-back Dwayne Bridge could miss the final with a twisted ankle.",
                  "The manager said Bridge would be assessed on Monday."]
    found = names(paragraphs, [entity(paragraphs, 0, "Dwayne Bridge", "PERSON"),
                               entity(paragraphs, 1, "Bridge", "PERSON")])
    assert found == ["Dwayne Bridge"]


def test_a_place_of_a_given_name_and_such_a_word_stays_out() -> None:
    # No title before the word alone and no calling before the pair: the bridge, the street, not a person.
    paragraphs = ["Traffic was held up on Victoria Bridge for an hour on Monday.",
                  "Crowds gathered in George Street before the parade."]
    found = names(paragraphs, [entity(paragraphs, 0, "Victoria Bridge", "PERSON"),
                               entity(paragraphs, 1, "George Street", "PERSON")])
    assert found == []


def test_the_titled_word_must_be_that_surname() -> None:
    # "Mr Bridges" vouches for no "Bridge"; "Mr Irishman" for no "Irish".
    paragraphs = ["Traffic was held up on Victoria Bridge, Mr Bridges said."]
    found = names(paragraphs, [entity(paragraphs, 0, "Victoria Bridge", "PERSON")])
    assert "Victoria Bridge" not in found


def test_a_title_in_capitals_before_a_full_stop_ends_a_sentence() -> None:
    # "the PC. Zipster offers" is a computer at a sentence's end, not a police constable called Zipster.
    paragraphs = ["Songs can be copied to the PC. Zipster offers a cheaper plan, though it says little more."]
    assert names(paragraphs, []) == []


def test_a_title_with_a_lower_case_end_keeps_its_full_stop() -> None:
    paragraphs = ["The plan was backed by Dr. Quentin Marlowe, who chairs the panel."]
    assert names(paragraphs, []) == ["Quentin Marlowe"]


def test_a_surname_that_is_a_word_is_a_person_listed_beside_another() -> None:
    paragraphs = ["Rovers' Tom Alderley and Dwayne Bridge are out of the squad for the cup tie."]
    found = names(paragraphs, [entity(paragraphs, 0, "Tom Alderley", "PERSON"),
                               entity(paragraphs, 0, "Dwayne Bridge", "PERSON")])
    assert found == ["Tom Alderley", "Dwayne Bridge"]


def test_a_titled_family_name_joins_the_name_written_family_name_first() -> None:
    paragraphs = ["\"Growth will slow,\" said Park Minseo, an economist at a Seoul brokerage.",
                  "Exports may recover by summer, Mr Park added."]
    found = names(paragraphs, [entity(paragraphs, 0, "Park Minseo", "PERSON")])
    assert found == ["Park Minseo"]


def test_a_titled_surname_does_not_join_a_western_name_it_opens() -> None:
    # "Thomas Hartley" ends in a census surname: "Mr Thomas" may be another man, named by surname alone.
    paragraphs = ["Thomas Hartley chaired the meeting.", "Mr Thomas, the treasurer, disagreed."]
    found = names(paragraphs, [entity(paragraphs, 0, "Thomas Hartley", "PERSON")])
    assert found == ["Thomas Hartley", "Thomas"]


def test_an_acronym_spelt_out_in_brackets_is_no_person() -> None:
    paragraphs = ["The Guild of Film Sound Engineers (Gfse) met on Friday.",
                  "Gfse said the vote was close. Later Gfse published the list.",
                  "The Association for Paying Clerks and Stewards (Apacs) agreed, said its head, Jane Morrow."]
    found = names(paragraphs, [entity(paragraphs, 1, "Gfse", "PERSON"),
                               entity(paragraphs, 1, "Gfse", "PERSON", occurrence=1),
                               entity(paragraphs, 2, "Jane Morrow", "PERSON")])
    assert found == ["Jane Morrow"]


def test_a_word_in_brackets_the_words_before_do_not_spell_stays_a_person() -> None:
    paragraphs = ["The Guild of Film Sound Engineers (Ravel) met on Friday.",
                  "Ravel said the vote was close. Later Ravel published the list."]
    found = names(paragraphs, [entity(paragraphs, 1, "Ravel", "PERSON"),
                               entity(paragraphs, 1, "Ravel", "PERSON", occurrence=1)])
    assert found == ["Ravel"]


def test_the_plural_of_a_product_is_no_person() -> None:
    paragraphs = ["Zapcorp will replace cables for its Zapbox consoles.",
                  "Owners should unplug their Zapboxes at night, Zapboxes being prone to faults, it said."]
    found = names(paragraphs, [entity(paragraphs, 0, "Zapbox", "ORG"),
                               entity(paragraphs, 1, "Zapboxes", "PERSON"),
                               entity(paragraphs, 1, "Zapboxes", "PERSON", occurrence=1)])
    assert found == []


def test_a_plural_whose_singular_the_model_calls_a_person_stays() -> None:
    paragraphs = ["Edwards scored twice, and Edward, his brother, once.", "Edwards said he was pleased."]
    found = names(paragraphs, [entity(paragraphs, 0, "Edwards", "PERSON"),
                               entity(paragraphs, 0, "Edward", "PERSON"),
                               entity(paragraphs, 1, "Edwards", "PERSON")])
    assert "Edwards" in found


def test_a_trade_word_ends_a_firm_not_a_name() -> None:
    paragraphs = ["The first player came from Quorvo Multimedia, the magazine said."]
    assert names(paragraphs, [entity(paragraphs, 0, "Quorvo Multimedia", "PERSON")]) == []


def test_two_given_names_the_model_calls_a_body_are_a_firm() -> None:
    paragraphs = ["The exchange is also working with Morgan Stanley on the offer."]
    assert names(paragraphs, [entity(paragraphs, 0, "Morgan Stanley", "ORG")]) == []


def test_a_pair_whose_surname_is_no_frequent_surname_stays_a_person() -> None:
    paragraphs = ["The thriller stars Kimberly Elise as a detective on the run."]
    assert names(paragraphs, [entity(paragraphs, 0, "Kimberly Elise", "ORG")]) == ["Kimberly Elise"]


def test_one_word_between_two_full_names_of_a_list_is_a_person() -> None:
    paragraphs = ["The show has pictures by photographers Ann Roebury, Quillon and Kay Pennard, and more."]
    found = names(paragraphs, [entity(paragraphs, 0, "Ann Roebury", "PERSON"),
                               entity(paragraphs, 0, "Quillon", "GPE")])
    assert found == ["Ann Roebury", "Quillon", "Kay Pennard"]


def test_a_place_between_two_names_stays_out() -> None:
    # "Wales" is a country; "Market" an English word: neither stands alone as a name.
    paragraphs = ["Ann Roebury, Wales and Kay Pennard met, then Ann Roebury, Market and Kay Pennard."]
    found = names(paragraphs, [entity(paragraphs, 0, "Ann Roebury", "PERSON"),
                               entity(paragraphs, 0, "Wales", "GPE"),
                               entity(paragraphs, 0, "Kay Pennard", "PERSON")])
    assert "Wales" not in found
    assert "Market" not in found


def test_one_word_before_a_conjunction_and_she_is_a_person() -> None:
    paragraphs = ["Pavell chose to go with Quenadu as she strode away from the field."]
    assert names(paragraphs, [entity(paragraphs, 0, "Quenadu", "PERSON")]) == ["Quenadu"]


def test_one_word_before_it_or_an_english_word_stays_out() -> None:
    # A firm is "it"; "Chelsea"-like places and ordinary words stay the model's word alone.
    paragraphs = ["Shares in Quenadu fell as it warned on profits.", "They stayed in Market as she slept."]
    found = names(paragraphs, [entity(paragraphs, 0, "Quenadu", "PERSON"), entity(paragraphs, 1, "Market", "PERSON")])
    assert found == []
