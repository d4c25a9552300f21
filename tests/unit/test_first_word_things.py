"""A name only the model calls a person, whose first word is no one's given name, gets no page where other articles
make that first word a thing's ("a grey Korvane Ustrello" where "Korvane" is a carmaker elsewhere) (issue 18,
p18m); the article alone cannot tell such a name from a person's foreign name the given-name lists lack."""

from __future__ import annotations

from cuttings.analysis.identity import FIRST_WORD_THING_EVIDENCE, page_names
from cuttings.infer.people import find_people, first_words
from cuttings.model import Article, Paragraph, PersonMention
from tests.unit.infer.mentions import entity


def _unsupported(sentence: str, text: str = "Korvane Ustrello") -> tuple[str, ...]:
    paragraphs = [sentence]
    return find_people(paragraphs, [entity(paragraphs, 0, text, "PERSON")]).unsupported


def test_a_name_on_the_models_word_alone_with_no_given_name_first_is_unsupported() -> None:
    assert _unsupported("The thief drove off in a grey Korvane Ustrello, police said.") == ("Korvane Ustrello",)


def test_anything_else_saying_person_makes_the_name_supported() -> None:
    assert _unsupported("The thief drove off, said Korvane Ustrello.") == ()  # a speech verb
    assert _unsupported("The race was won by sprinter Korvane Ustrello.") == ()  # a calling
    assert _unsupported("The race was won by Jane Ustrello on Sunday.", "Jane Ustrello") == ()  # a given name
    paragraphs = ["The race was won by Korvane Ustrello on Sunday.", "Mr Ustrello was delighted."]
    entities = [entity(paragraphs, 0, "Korvane Ustrello", "PERSON")]
    assert find_people(paragraphs, entities).unsupported == ()  # another form, with a title
    assert _unsupported("The verdict was given by Lords Ustrello and Brannoch.", "Lords Ustrello") == ()


def test_first_words_of_things_and_people_leave_given_names_out() -> None:
    paragraphs = ["Korvane and Korvane Motors said Jane Doe and Brannoch Ustrello had left for Ostrata."]
    entities = [entity(paragraphs, 0, "Korvane", "ORG"), entity(paragraphs, 0, "Korvane Motors", "ORG"),
                entity(paragraphs, 0, "Jane Doe", "PERSON"), entity(paragraphs, 0, "Brannoch Ustrello", "PERSON"),
                entity(paragraphs, 0, "Ostrata", "GPE")]
    assert first_words(entities, thing=True) == ("korvane", "ostrata")
    assert first_words(entities, thing=False) == ("brannoch",)


def _article(source: str, people: tuple[str, ...] = (), unsupported: tuple[str, ...] = (),
             thing_words: tuple[str, ...] = (), person_words: tuple[str, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),), people=tuple(PersonMention(name) for name in people),
                   unsupported=unsupported, thing_words=thing_words, person_words=person_words)


CAR = _article("news/1.txt", ("Korvane Ustrello",), ("Korvane Ustrello",), person_words=("korvane",))


def _firm(n: int) -> Article:
    return _article(f"business/{n}.txt", thing_words=("korvane",))


def test_a_name_whose_first_word_other_articles_call_a_thing_gets_no_page() -> None:
    firms = [_firm(n) for n in range(FIRST_WORD_THING_EVIDENCE)]
    assert page_names([CAR, *firms])["Korvane Ustrello"] is None
    # Once is the model's slip.
    assert page_names([CAR, *firms[1:]])["Korvane Ustrello"] == "Korvane Ustrello"


def test_the_first_word_a_person_as_often_elsewhere_keeps_the_page() -> None:
    firms = [_firm(n) for n in range(FIRST_WORD_THING_EVIDENCE)]
    people = [_article(f"sport/{n}.txt", person_words=("korvane",)) for n in range(FIRST_WORD_THING_EVIDENCE)]
    assert page_names([CAR, *firms, *people])["Korvane Ustrello"] == "Korvane Ustrello"


def test_an_article_giving_the_name_otherwise_keeps_the_page() -> None:
    firms = [_firm(n) for n in range(FIRST_WORD_THING_EVIDENCE + 2)]
    supported = _article("sport/9.txt", ("Korvane Ustrello",))  # a speech verb or a title there
    assert page_names([CAR, supported, *firms])["Korvane Ustrello"] == "Korvane Ustrello"


def test_a_player_of_a_line_up_keeps_the_page() -> None:
    """A match report's line-up (``LINE_UP_SURNAMES`` bare surnames) lists players: one of them named by a word the
    model calls an organisation elsewhere ("Korvane" a club's) is still a player."""
    squad = tuple(f"Surname{letter}" for letter in "abcdefgh")
    line_up = _article("sport/1.txt", ("Korvane Ustrello", *squad), ("Korvane Ustrello",))
    firms = [_firm(n) for n in range(FIRST_WORD_THING_EVIDENCE + 1)]
    assert page_names([line_up, *firms])["Korvane Ustrello"] == "Korvane Ustrello"
    report = _article("sport/1.txt", ("Korvane Ustrello", *squad[:2]), ("Korvane Ustrello",))
    assert page_names([report, *firms])["Korvane Ustrello"] is None
