"""A name ending in a street's word that other articles' model labels a place gets no page, even after a given name
("the footpath to Jane Lane", where "Jane Lane" is a place elsewhere) (issue 18, p18q). Invented names."""

from __future__ import annotations

from cuttings.analysis.identity import STREET_THING_EVIDENCE, page_names
from cuttings.model import Article, Paragraph, PersonMention


def _article(source: str, people: tuple[str, ...] = (), things: tuple[str, ...] = (),
             aliases: tuple[str, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),),
                   people=tuple(PersonMention(name, aliases) for name in people), other_entities=things)


def test_a_street_the_model_calls_a_place_elsewhere_gets_no_page() -> None:
    minutes = _article("parish/1.txt", ("Jane Lane",))
    places = [_article(f"parish/{n}.txt", things=("Jane Lane",)) for n in range(2, 2 + STREET_THING_EVIDENCE)]
    assert page_names([minutes, *places])["Jane Lane"] is None
    # Once is the model's slip.
    assert page_names([minutes, *places[1:]])["Jane Lane"] == "Jane Lane"


def test_a_titled_person_or_another_last_word_keeps_the_page() -> None:
    places = [_article(f"parish/{n}.txt", things=("Jane Lane", "Jane Doe")) for n in range(2, 4)]
    titled = _article("parish/1.txt", ("Jane Lane",), aliases=("Mrs Jane Lane",))
    assert page_names([titled, *places])["Jane Lane"] == "Jane Lane"
    other = _article("parish/1.txt", ("Jane Doe",))
    assert page_names([other, *places])["Jane Doe"] == "Jane Doe"
