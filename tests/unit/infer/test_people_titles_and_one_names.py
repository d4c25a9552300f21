"""People under a plural title, performers known by one name, a name that ends its sentence with a letter, and a
fictional hero named with a series of works (issue 18, p18h)."""

from __future__ import annotations

from cuttings.infer.people import find_people
from tests.unit.infer.mentions import entity, names


def test_each_name_after_a_plural_title_is_a_person() -> None:
    paragraphs = ["The ruling of Lord Justices Kemble and Rixworth was upheld on Tuesday.",
                  "Councillors Brampton, Wexley and Dunmore voted against the scheme."]
    found = names(paragraphs, [entity(paragraphs, 0, "Lord Justices Kemble", "PERSON"),
                               entity(paragraphs, 1, "Wexley", "ORG")])
    assert found == ["Kemble", "Rixworth", "Brampton", "Wexley", "Dunmore"]


def test_a_plural_title_takes_no_ordinary_word() -> None:
    paragraphs = ["Doctors Without Borders said the clinic had closed."]
    assert names(paragraphs, [entity(paragraphs, 0, "Doctors Without Borders", "ORG")]) == []


def test_a_performer_known_by_one_name() -> None:
    paragraphs = ["Church leaders want to stop rapper Zelindo performing in the town.",
                  "The Brazilian striker Ronaldao scored twice before the break."]
    found = names(paragraphs, [entity(paragraphs, 0, "Zelindo", "ORG")])
    assert found == ["Zelindo", "Ronaldao"]


def test_no_one_name_after_a_performer_noun_when_it_is_a_word_a_place_or_a_full_name() -> None:
    paragraphs = ["The singer Pandora Quist sang, the rapper Worthing fans love was absent, and a striker Brazilian "
                  "clubs wanted signed, while singer Echo played."]
    found = names(paragraphs, [entity(paragraphs, 0, "Pandora Quist", "PERSON")])
    assert found == ["Pandora Quist"]


def test_a_name_ending_its_sentence_with_a_letter_is_not_run_into_the_next() -> None:
    paragraphs = ["He starred in Long Road and Malcolm X. Attiya Shabore, the daughter of the activist, said so."]
    found = names(paragraphs, [entity(paragraphs, 0, "Malcolm X. Attiya Shabore", "PERSON")])
    assert found == ["Malcolm X", "Attiya Shabore"]


def test_a_middle_initial_stays_inside_the_name() -> None:
    paragraphs = ["George W. Pennick said the talks went well.", "Jose M. Garcia Lopez said the same."]
    found = names(paragraphs, [entity(paragraphs, 0, "George W. Pennick", "PERSON"),
                               entity(paragraphs, 1, "Jose M. Garcia Lopez", "PERSON")])
    assert found == ["George W. Pennick", "Jose M. Garcia Lopez"]


def test_a_hero_of_a_series_of_works_is_no_person() -> None:
    paragraphs = ["The studio behind the Harry Pennick games has cut 100 jobs.",
                  "Tom Quist and the Goblet of Ayton won best film."]
    found = names(paragraphs, [entity(paragraphs, 0, "Harry Pennick", "PERSON"),
                               entity(paragraphs, 1, "Tom Quist", "PERSON")])
    assert found == []


def test_a_person_before_a_title_holder_is_kept() -> None:
    paragraphs = ["Harry Pennick and the Bishop of Ayton said the appeal had raised £4,000."]
    found = names(paragraphs, [entity(paragraphs, 0, "Harry Pennick", "PERSON")])
    assert found == ["Harry Pennick"]


def test_a_listed_name_the_model_runs_into_its_bracketed_club_is_a_person() -> None:
    paragraphs = ["Arvid Pennick (Ayton), Tobias Quist (Barton), Lucien Dorival (Ayton Rovers, capt), "
                  "Marcel Thionne (Cheston)"]
    found = names(paragraphs, [entity(paragraphs, 0, "Arvid Pennick", "PERSON"),
                               entity(paragraphs, 0, "Ayton", "GPE"),
                               entity(paragraphs, 0, "Tobias Quist", "PERSON"),
                               entity(paragraphs, 0, "Barton", "GPE"),
                               entity(paragraphs, 0, "Lucien Dorival (Ayton Rovers", "ORG"),
                               entity(paragraphs, 0, "Marcel Thionne", "PERSON")])
    assert "Lucien Dorival" in found


def test_a_possessive_after_in_is_a_persons() -> None:
    paragraphs = ["The film is based on the novel by Dan Quistorp.",
                  "The hero also appeared in Quistorp's first book."]
    found = names(paragraphs, [entity(paragraphs, 0, "Dan Quistorp", "PERSON"),
                               entity(paragraphs, 1, "Quistorp", "PERSON")])
    assert found == ["Dan Quistorp"]


def test_a_sides_nickname_before_a_name_is_no_part_of_it() -> None:
    paragraphs = ["He will join fellow Wallaroos John Pennick and Tobias Quist in the pack."]
    found = names(paragraphs, [entity(paragraphs, 0, "Wallaroos John Pennick", "PERSON"),
                               entity(paragraphs, 0, "Tobias Quist", "PERSON")])
    assert found == ["John Pennick", "Tobias Quist"]


def test_a_title_ending_in_s_is_no_sides_nickname() -> None:
    paragraphs = ["Mrs Ellen Pennick and Messrs John Quist and Roe were thanked."]
    found = names(paragraphs, [entity(paragraphs, 0, "Mrs Ellen Pennick", "PERSON")])
    assert found[0] == "Ellen Pennick"
    assert find_people(paragraphs, [entity(paragraphs, 0, "Mrs Ellen Pennick", "PERSON")]).spans[0].surface == (
        "Mrs Ellen Pennick")


def test_a_surname_alone_described_as_a_competitor_is_a_player() -> None:
    paragraphs = ["Quistova, the third seed, now plays the winner of the next match.",
                  "Pennick, who beat the champion last month, eased through.",
                  "Ayton, who have won twice this season, lost at home."]
    found = names(paragraphs, [entity(paragraphs, 0, "Quistova", "GPE"),
                               entity(paragraphs, 1, "Pennick", "PERSON"),
                               entity(paragraphs, 2, "Ayton", "PERSON")])
    assert found == ["Quistova", "Pennick"]


def test_a_one_word_item_of_a_list_of_people_is_a_person() -> None:
    paragraphs = ["Zelinda, Ann Quist and Tobias Pennick are among the singers on the record.",
                  "Colin Roe, Jude Pennick and Ayton star Eric Quist were tipped."]
    found = names(paragraphs, [entity(paragraphs, 0, "Ann Quist", "PERSON"),
                               entity(paragraphs, 0, "Tobias Pennick", "PERSON"),
                               entity(paragraphs, 1, "Colin Roe", "PERSON"),
                               entity(paragraphs, 1, "Jude Pennick", "PERSON"),
                               entity(paragraphs, 1, "Eric Quist", "PERSON")])
    assert "Zelinda" in found
    assert "Ayton" not in found


def test_a_relative_named_by_a_given_name_after_the_family_noun() -> None:
    paragraphs = ["The birth of the couple's fourth child, Ezekiel, in May was a first.",
                  "He was joined by her half-sister, Tobias, a retriever cross, and his son Bill."]
    found = names(paragraphs, [entity(paragraphs, 0, "Ezekiel", "PERSON"),
                               entity(paragraphs, 1, "Tobias", "PERSON")])
    assert found == ["Ezekiel"]


def test_a_name_opening_its_line_before_a_nationality_is_a_person() -> None:
    # A quotation of the month signed "Name Nationality Calling years"; inside a sentence the capitalised word after
    # a name still makes it part of a longer name.
    paragraphs = ['"The graveyards are full of men who thought they were needed."',
                  "Gaston Delorme French Statesman 1841 - 1929",
                  "We ate at the Gaston Delorme French Kitchen on Friday."]
    found = names(paragraphs, [entity(paragraphs, 1, "Gaston Delorme", "PERSON"),
                               entity(paragraphs, 2, "Gaston Delorme", "PERSON")])
    assert found == ["Gaston Delorme"]
    assert names(paragraphs[2:], [entity(paragraphs[2:], 0, "Gaston Delorme", "PERSON")]) == []


def test_a_nationality_ending_a_signature_line_is_the_surname() -> None:
    paragraphs = ["Thanks to all who came to the talk.", "Gaston R French"]
    assert names(paragraphs, [entity(paragraphs, 1, "Gaston R French", "PERSON")]) == ["Gaston R French"]
