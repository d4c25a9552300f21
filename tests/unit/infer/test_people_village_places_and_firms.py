"""Village-newsletter names that are places or firms, not people (issue 18, p18q): the tail of a council area's
name run into a body's ("King's Lynn Bellringers" read as "Lynn Bellringers"), a village a journey goes to
("we travelled through Ayton and Brannock Parva"), and a firm named after its founder before what it owns ("Jane
Doe lorries"). Every sentence here is invented."""

from __future__ import annotations

from cuttings.infer.councils import multi_word_places, place_word_key
from cuttings.infer.people import find_people
from tests.unit.infer.mentions import entity, names


def _names(sentence: str, *people: str) -> list[str]:
    paragraphs = [sentence]
    return names(paragraphs, [entity(paragraphs, 0, person, "PERSON") for person in people])


def test_multi_word_places_come_from_the_register_split_at_and() -> None:
    places = multi_word_places()
    assert ("tunbridge", "wells") in places
    assert ("kings", "lynn") in places  # "King's Lynn and West Norfolk", its apostrophe folded away
    assert ("west", "norfolk") in places
    assert not any(len(place) < 2 for place in places)
    assert place_word_key("King’s") == place_word_key("Kings") == "kings"


def test_a_name_that_starts_inside_a_places_name_is_no_person() -> None:
    assert _names("Correspondence: King's Lynn Bellringers asked for a donation.", "Lynn Bellringers") == []
    # With the apostrophe dropped, as minutes often write it.
    assert _names("Paid: Kings Lynn Lettering for the new sign.", "Lynn Lettering") == []


def test_a_name_after_a_place_that_is_not_the_tail_of_its_name_is_kept() -> None:
    assert _names("The Tunbridge Wells branch thanked Lynn Abercrombie for the talk.", "Lynn Abercrombie") == [
        "Lynn Abercrombie"]
    # A title says person, wherever the name starts.
    assert _names("Kings Lynn Mrs Lynn Abercrombie said the hall was booked.", "Lynn Abercrombie") == [
        "Lynn Abercrombie"]


def test_where_a_journey_goes_is_a_place() -> None:
    assert _names("After lunch we travelled through Ayton and Brannock Parva to the farm.", "Brannock Parva") == []
    assert _names("The party left at four, going on to Brannock Parva before dark.", "Brannock Parva") == []
    assert _names("The day ended with the departure of the coach to Brannock Parva.", "Brannock Parva") == []


def test_a_journey_to_a_person_or_a_possessive_is_no_place() -> None:
    # A given name first: the prize went to someone.
    assert _names("The first prize went to Jane Ustrello for her marrow.", "Jane Ustrello") == ["Jane Ustrello"]
    # A possessive: the house of someone.
    assert _names("We walked to Brannock Parva's cottage for tea.", "Brannock Parva") == ["Brannock Parva"]
    # No word of going: sent to, written to.
    assert _names("The letter was sent to Brannock Parva last week.", "Brannock Parva") == ["Brannock Parva"]


def test_a_name_before_what_a_firm_owns_is_a_firm() -> None:
    assert _names("It was reported that Jane Ustrello lorries use the lane at night.", "Jane Ustrello") == []
    assert _names("Houses are planned on the old Jane Ustrello site behind the church.", "Jane Ustrello") == []


def test_a_name_before_other_nouns_or_with_a_possessive_is_kept() -> None:
    assert _names("Jane Ustrello's lorry blocked the lane.", "Jane Ustrello") == ["Jane Ustrello"]
    assert _names("It was reported that Jane Ustrello walks the lane at night.", "Jane Ustrello") == ["Jane Ustrello"]


def test_given_names_before_a_surname_in_capitals_of_a_list_get_no_page() -> None:
    # A notice of candidates writes the surname in capitals; what the finder kept is given names only.
    assert _names("* Jane Mary USTRELLO", "Jane Mary") == []
    assert _names("3. Jane Mary USTRELLO (Independent)", "Jane Mary") == []


def test_capitals_that_are_no_surname_or_no_list_entry_keep_the_name() -> None:
    assert _names("* Jane Ustrello MBE", "Jane Ustrello") == ["Jane Ustrello"]  # a post-nominal
    assert _names("* Jane Ustrello CGM", "Jane Ustrello") == ["Jane Ustrello"]  # a body's letters, no surname
    # In a sentence, capitals are emphasis.
    assert _names("We hope Jane Ustrello BRANNOCK will come.", "Jane Ustrello") == ["Jane Ustrello"]


def test_a_buildings_short_name_is_no_person() -> None:
    paragraphs = ["The Brannock Vale Hospital was sold in 2002.", "Brannock Vale has had 40 of its beds in use."]
    entities = [entity(paragraphs, 0, "The Brannock Vale Hospital", "ORG"),
                entity(paragraphs, 1, "Brannock Vale", "PERSON")]
    assert names(paragraphs, entities) == []
    # A given name first: a person and the hospital named after her.
    paragraphs = ["The Jane Ustrello Hospital opened in 2002.", "Jane Ustrello has given 40 beds to it."]
    entities = [entity(paragraphs, 0, "The Jane Ustrello Hospital", "ORG"),
                entity(paragraphs, 1, "Jane Ustrello", "PERSON")]
    assert names(paragraphs, entities) == ["Jane Ustrello"]


def test_a_couples_titled_surname_names_no_one_person() -> None:
    """p18w: "Mr & Mrs Doe" is two people; read as "Mrs Doe" it joined the article's "D. Doe" (a man)."""
    paragraphs = ["Present: D. Ustrello, P. Norrington.",
                  "A member suggested that Mr & Mrs. Ustrello be thanked for the planters."]
    people = find_people(paragraphs, [entity(paragraphs, 0, "D. Ustrello", "PERSON")]).people
    assert [(person.name, person.aliases) for person in people if "Ustrello" in person.name] == [("D. Ustrello", ())]
    # Nor, as a bare surname, the article's woman of that surname.
    paragraphs = ["Kay Ustrello ran the stall.", "A letter from Mr and Mrs Ustrello was read out."]
    people = find_people(paragraphs, [entity(paragraphs, 0, "Kay Ustrello", "PERSON")]).people
    assert [(person.name, person.aliases) for person in people] == [("Kay Ustrello", ())]
    for couple in ("Mr and Mrs Ustrello", "Dr. & Mrs. Ustrello", "Mr&Mrs Ustrello", "Mr Mrs Ustrello"):
        assert _names(f"A letter from {couple} was read out.") == [], couple


def test_one_titled_surname_or_a_couples_initials_still_name_a_person() -> None:
    assert _names("A letter from Mrs Ustrello was read out.") == ["Ustrello"]
    assert _names("A letter from Cllr Mrs Ustrello was read out.") == ["Ustrello"]
    # Initials after the titles: the one applicant of a planning notice.
    assert _names("Planning: Mr. & Mrs. N.J. Ustrello, extension approved.") == ["N.J. Ustrello"]
    # "and" between two people, the second titled: one person.
    assert _names("The chairman thanked Jane Roe and Mrs Ustrello for the teas.", "Jane Roe") == [
        "Jane Roe", "Ustrello"]


def test_a_surname_after_another_given_name_is_not_the_articles_person() -> None:
    """p18w: "Dominic Doe", whose full name the model missed, is not the article's "Debbie Doe"."""
    paragraphs = ["The evening began with a monologue from Dominic Ustry ( who also played the organ).",
                  "Thanks must go to Debbie Ustry and the Smith family."]
    people = find_people(paragraphs, [entity(paragraphs, 1, "Debbie Ustry", "PERSON")]).people
    assert [(person.name, person.aliases) for person in people if person.name == "Debbie Ustry"] == [
        ("Debbie Ustry", ())]


def test_a_bare_surname_after_her_own_given_name_or_an_ordinary_word_is_hers() -> None:
    paragraphs = ["Thanks must go to Debbie Ustry for the teas.",
                  "Later Ustry and Mark Ustry's band played; Debbie Ustry's cakes sold out."]
    people = find_people(paragraphs, [entity(paragraphs, 0, "Debbie Ustry", "PERSON")]).people
    ustry = next(person for person in people if person.name == "Debbie Ustry")
    assert "Ustry" in ustry.aliases  # "Later Ustry": no given name before it
