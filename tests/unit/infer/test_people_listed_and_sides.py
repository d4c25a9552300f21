"""A surname listed under a plural title is not the article's namesake named in full, and a side before a
singular "who" is no player (issue 18, p18i)."""

from __future__ import annotations

from cuttings.infer.findings import EntitySpan
from cuttings.infer.people import find_people
from tests.unit.infer.mentions import entity, names


def _spans_of(paragraphs: list[str], entities: list[EntitySpan], name: str) -> list[str]:
    return [span.surface for span in find_people(paragraphs, entities).spans if span.person == name]


def test_a_surname_listed_under_justices_does_not_join_a_minister_of_that_surname() -> None:
    paragraphs = ["Home Secretary Daniel Quisby said he would appeal.",
                  "Lord Justices Quisby and Pennaway dismissed the case on Friday."]
    entities = [entity(paragraphs, 0, "Daniel Quisby", "PERSON"),
                entity(paragraphs, 1, "Lord Justices Quisby", "PERSON")]
    assert _spans_of(paragraphs, entities, "Daniel Quisby") == ["Secretary Daniel Quisby"]
    assert "Pennaway" in names(paragraphs, entities)


def test_a_surname_listed_under_messrs_does_not_join_a_contractor_of_that_surname() -> None:
    paragraphs = ["PRESENT: Messrs Harwick, Tolland and Pennaway, and four members of the public.",
                  "Payments: R. Tolland fencing £210."]
    entities = [entity(paragraphs, 1, "R. Tolland", "PERSON")]
    assert _spans_of(paragraphs, entities, "R. Tolland") == ["R. Tolland"]
    assert "Tolland" not in names(paragraphs, entities)


def test_a_listed_surname_joins_a_full_name_carrying_the_titles_singular() -> None:
    paragraphs = ["Cllr Mary Tolland opened the meeting.",
                  "Councillors Harwick and Tolland will visit the site.",
                  "Lord Justice Anthony Pennaway sat with Lord Justice Ruth Quisby.",
                  "Lord Justices Pennaway and Quisby gave judgment."]
    entities = [entity(paragraphs, 0, "Mary Tolland", "PERSON"),
                entity(paragraphs, 2, "Anthony Pennaway", "PERSON"),
                entity(paragraphs, 2, "Ruth Quisby", "PERSON")]
    assert len(_spans_of(paragraphs, entities, "Mary Tolland")) == 2
    assert len(_spans_of(paragraphs, entities, "Anthony Pennaway")) == 2
    assert len(_spans_of(paragraphs, entities, "Ruth Quisby")) == 2
    assert names(paragraphs, entities) == ["Mary Tolland", "Harwick", "Anthony Pennaway", "Ruth Quisby"]


def test_a_listed_surname_with_no_full_namesake_stays_a_person() -> None:
    paragraphs = ["Messrs Harwick and Tolland were thanked for the new bench."]
    assert names(paragraphs, []) == ["Harwick", "Tolland"]


def test_a_side_before_a_singular_who_is_no_player() -> None:
    paragraphs = ["The cup will go to Barwick or Tolland, who won it in 2003, and their manager said: \"Ready.\"",
                  "Tolland manager Anya Pennick has signed two players."]
    entities = [entity(paragraphs, 0, "Barwick", "ORG"), entity(paragraphs, 0, "Tolland", "PERSON"),
                entity(paragraphs, 1, "Anya Pennick", "PERSON")]
    assert names(paragraphs, entities) == ["Anya Pennick"]


def test_a_side_the_model_names_a_body_elsewhere_is_no_player_before_who() -> None:
    paragraphs = ["Quenby, who beat the holders last week, face a replay.", "Fans of Quenby FC queued for hours."]
    entities = [entity(paragraphs, 0, "Quenby", "PERSON"), entity(paragraphs, 1, "Quenby FC", "ORG")]
    assert names(paragraphs, entities) == []


def test_a_player_before_a_singular_who_is_still_a_person() -> None:
    paragraphs = ["Barwick and Quenby drew 1-1.",
                  "Pennickson, who beat the champion last month, eased through against Tolland."]
    entities = [entity(paragraphs, 0, "Barwick", "ORG"), entity(paragraphs, 0, "Quenby", "ORG"),
                entity(paragraphs, 1, "Pennickson", "PERSON"), entity(paragraphs, 1, "Tolland", "ORG")]
    assert names(paragraphs, entities) == ["Pennickson"]


def test_a_name_after_a_small_word_in_capitals_is_a_works_title() -> None:
    paragraphs = ["She is working on a drama for cable, called The Rise And Fall Of Dorrit Quarles.",
                  "The award went to Mr And Mrs Tobias Quist, and the show of Ann Pennick was a hit."]
    found = names(paragraphs, [entity(paragraphs, 0, "Dorrit Quarles", "PERSON"),
                               entity(paragraphs, 1, "Tobias Quist", "PERSON"),
                               entity(paragraphs, 1, "Ann Pennick", "PERSON")])
    assert found == ["Tobias Quist", "Ann Pennick"]


def test_a_first_name_the_model_leaves_out_before_a_name_no_list_knows_is_kept() -> None:
    paragraphs = ["Lib Dem MP Parmeet Sahni Quoll overturned a big majority.",
                  "Tonight Chelsea Didier Quoll face Barwick, and Sahni Pennock spoke for Barwick."]
    found = names(paragraphs, [entity(paragraphs, 0, "Sahni Quoll", "PERSON"),
                               entity(paragraphs, 1, "Chelsea", "ORG"),
                               entity(paragraphs, 1, "Didier Quoll", "PERSON"),
                               entity(paragraphs, 1, "Barwick", "ORG"),
                               entity(paragraphs, 1, "Sahni Pennock", "PERSON")])
    assert found[0] == "Parmeet Sahni Quoll"
    assert "Chelsea Didier Quoll" not in found and "Sahni Pennock" in found


def test_a_short_word_ending_as_a_nationality_is_a_given_name() -> None:
    paragraphs = ["\"Demand is slowing,\" said Lian Chiang Tolley, an economist at a bank."]
    found = names(paragraphs, [entity(paragraphs, 0, "Lian Chiang Tolley", "PERSON")])
    assert found == ["Lian Chiang Tolley"]


def test_a_post_of_ordinary_words_run_on_after_a_title_and_surname_is_cut_whole() -> None:
    paragraphs = ["A site meeting was held with Mr Quillon Public Open Space Manager and the clerk.",
                  "Mrs Ann Meadow and Mrs Tolland Copse attended."]
    found = names(paragraphs, [])
    assert "Quillon Public" not in found and "Quillon" in found
    assert "Ann Meadow" in found


def test_a_name_right_after_a_possessive_is_a_thing() -> None:
    paragraphs = ["He showed off his Quill Mini at the fair.",
                  "Here is chapter one of our new Fenny Tale.",
                  "She thanked her husband Tobias Quist and our own Ann Pennick."]
    found = names(paragraphs, [entity(paragraphs, 0, "Quill Mini", "PERSON"),
                               entity(paragraphs, 1, "Fenny Tale", "PERSON"),
                               entity(paragraphs, 2, "Tobias Quist", "PERSON"),
                               entity(paragraphs, 2, "Ann Pennick", "PERSON")])
    assert found == ["Tobias Quist", "Ann Pennick"]


def test_a_small_word_opening_the_next_sentence_is_no_works_title() -> None:
    paragraphs = ["It stars Tobias Quist in Communist Russia. And Dorrit Quarles' gets a second adaptation."]
    found = names(paragraphs, [entity(paragraphs, 0, "Tobias Quist", "PERSON"),
                               entity(paragraphs, 0, "Dorrit Quarles", "PERSON")])
    assert found == ["Tobias Quist", "Dorrit Quarles"]


def test_a_word_of_no_given_names_shape_before_the_models_name_is_left_out() -> None:
    paragraphs = ["Jagrat bought a stake in the firm.", "It publishes the Hindi-language Dainak Jagrat daily."]
    found = names(paragraphs, [entity(paragraphs, 0, "Jagrat", "ORG"),
                               entity(paragraphs, 1, "Dainak Jagrat", "PERSON")])
    assert found == []
