"""A rare name spelt two letters apart on a page of its own joins the right spelling, and a name someone had at
birth gets no page (issue 18, p18j). Names are invented."""

from __future__ import annotations

from cuttings.analysis.identity import page_names
from cuttings.infer.names import is_census_surname
from cuttings.model import PersonMention
from tests.unit.infer.mentions import entity, names
from tests.unit.test_judges_titles import _article


def _pages(*placed: tuple[str, str]) -> dict[str, str | None]:
    """Each (source file, full name) one article naming that person."""
    return page_names([_article(source, PersonMention(name)) for source, name in placed])


def test_the_invented_surnames_are_rare_and_the_common_ones_census() -> None:
    assert not any(map(is_census_surname, ("Dravetskaya", "Belvodarsky", "Zelinetti", "Qaderzai")))
    assert is_census_surname("Anderson") and is_census_surname("Andersen")


def test_a_letter_off_in_the_given_name_and_the_surname_joins_the_name_in_more_articles() -> None:
    pages = _pages(("sport/1.txt", "Oksana Dravetskaya"), ("sport/2.txt", "Oksana Dravetskaya"),
                   ("sport/3.txt", "Oksane Dravetkaya"))
    assert pages["Oksane Dravetkaya"] == "Oksana Dravetskaya"


def test_a_letter_moved_in_a_long_rare_surname_joins() -> None:
    pages = _pages(("business/1.txt", "Timur Belvodarsky"), ("business/2.txt", "Timur Belvodarsky"),
                   ("politics/3.txt", "Timur Belvodarsky"), ("business/4.txt", "Timur Belodvarsky"))
    assert pages["Timur Belodvarsky"] == "Timur Belvodarsky"


def test_long_given_names_two_letters_apart_under_one_rare_surname_join() -> None:
    pages = _pages(("business/1.txt", "Al-Rashid Qaderzai"), ("business/2.txt", "Alrasheed Qaderzai"),
                   ("business/3.txt", "Alrasheed Qaderzai"))
    assert pages["Al-Rashid Qaderzai"] == "Alrasheed Qaderzai"


def test_short_given_names_two_letters_apart_are_brothers() -> None:
    pages = _pages(("sport/1.txt", "Marco Zelinetti"), ("sport/2.txt", "Mirko Zelinetti"),
                   ("sport/3.txt", "Mirko Zelinetti"))
    assert pages["Marco Zelinetti"] == "Marco Zelinetti"


def test_census_surnames_two_letters_apart_stay_two_people() -> None:
    pages = _pages(("arts/1.txt", "Helena Anderson"), ("arts/2.txt", "Helena Anderson"),
                   ("arts/3.txt", "Helene Andersen"))
    assert pages["Helene Andersen"] == "Helene Andersen"


def test_other_folders_one_article_or_a_third_spelling_keep_them_apart() -> None:
    apart = _pages(("sport/1.txt", "Oksana Dravetskaya"), ("sport/2.txt", "Oksana Dravetskaya"),
                   ("arts/3.txt", "Oksane Dravetkaya"))
    assert apart["Oksane Dravetkaya"] == "Oksane Dravetkaya"
    together = page_names([_article("sport/1.txt", PersonMention("Oksana Dravetskaya")),
                           _article("sport/2.txt", PersonMention("Oksana Dravetskaya"),
                                    PersonMention("Oksane Dravetkaya"))])
    assert together["Oksane Dravetkaya"] == "Oksane Dravetkaya"
    three = _pages(("sport/1.txt", "Oksana Dravetskaya"), ("sport/2.txt", "Oksana Dravetskaya"),
                   ("sport/3.txt", "Oksane Dravetkaya"), ("sport/4.txt", "Oksane Dravetskya"))
    assert three["Oksane Dravetkaya"] == "Oksane Dravetkaya"


def test_a_name_after_born_or_real_name_gets_no_person() -> None:
    paragraphs = ["Jessamy Quill won the prize on Friday. Born Jessamy Quillbrook, the Ayton singer took her stage "
                  "name at sixteen.", "Quill said she was proud, and Ms Quill thanked her fans.",
                  "Tamsin Rook, whose real name is Edna Pardoe, sang too.",
                  "Guitarist Ben Halloway played. Halloway - real name Rob Tennick - joined in 1981."]
    found = names(paragraphs, [entity(paragraphs, 0, "Jessamy Quill", "PERSON"),
                               entity(paragraphs, 0, "Jessamy Quillbrook", "PERSON"),
                               entity(paragraphs, 2, "Tamsin Rook", "PERSON"),
                               entity(paragraphs, 2, "Edna Pardoe", "PERSON"),
                               entity(paragraphs, 3, "Ben Halloway", "PERSON"),
                               entity(paragraphs, 3, "Rob Tennick", "PERSON")])
    assert "Jessamy Quillbrook" not in found and "Edna Pardoe" not in found and "Rob Tennick" not in found
    assert "Jessamy Quill" in found and "Tamsin Rook" in found


def test_a_birth_name_the_article_gives_no_other_name_for_stays() -> None:
    paragraphs = ["The rapper Ayton Kid, real name Edna Pardoe, was cleared.",
                  "Born Jessamy Quillbrook, the singer took her stage name at sixteen. Ann Roe and Ben Hale agreed."]
    found = names(paragraphs, [entity(paragraphs, 0, "Edna Pardoe", "PERSON"),
                               entity(paragraphs, 1, "Jessamy Quillbrook", "PERSON"),
                               entity(paragraphs, 1, "Ann Roe", "PERSON"), entity(paragraphs, 1, "Ben Hale", "PERSON")])
    assert "Edna Pardoe" in found and "Jessamy Quillbrook" in found


def test_a_person_born_somewhere_or_named_elsewhere_stays() -> None:
    paragraphs = ["Ayton-born Jessamy Quillbrook won the prize on Friday.",
                  "Irish born Edna Pardoe, who was born in 1950, said she was delighted."]
    found = names(paragraphs, [entity(paragraphs, 0, "Jessamy Quillbrook", "PERSON"),
                               entity(paragraphs, 1, "Edna Pardoe", "PERSON")])
    assert "Jessamy Quillbrook" in found and "Edna Pardoe" in found
