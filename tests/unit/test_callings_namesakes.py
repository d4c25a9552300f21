"""Namesakes in two sections told apart by what each calls the name: a sportsman's calling on one side, another
calling on the other ("keeper" and "trouble-shooter"; issue 18, p18i)."""

from __future__ import annotations

import dataclasses

from cuttings.analysis.identity import page_names
from cuttings.analysis.namesakes import callings_tell_apart
from cuttings.infer.people import find_people, is_calling
from cuttings.link import build_catalogue, link
from cuttings.model import Article, Paragraph, PersonMention
from tests.unit.infer.mentions import entity
from tests.unit.test_relink import assert_same


def _article(source: str, people: tuple[tuple[str, tuple[str, ...]], ...]) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=None, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),),
                   people=tuple(PersonMention(name, callings=callings) for name, callings in people))


def _archive() -> list[Article]:
    return [_article("politics/1.txt", (("Orla Penhale", ("trouble-shooter",)), ("Tam Ruddle", ()))),
            _article("sport/1.txt", (("Orla Penhale", ("keeper",)), ("Ivo Quist", ()))),
            _article("sport/2.txt", (("Orla Penhale", ()), ("Ivo Quist", ())))]


def test_the_words_before_a_full_name_that_say_what_someone_is_are_callings() -> None:
    paragraphs = ["A save by keeper Orla Penhale kept the lead, said business trouble-shooter Tam Ruddle.",
                  "It was under Ivo Quist that the club rose."]
    people = find_people(paragraphs, [entity(paragraphs, 0, "Orla Penhale", "PERSON"),
                                      entity(paragraphs, 0, "Tam Ruddle", "PERSON"),
                                      entity(paragraphs, 1, "Ivo Quist", "PERSON")]).people
    assert [(person.name, person.callings) for person in people] == [
        ("Orla Penhale", ("keeper",)), ("Tam Ruddle", ("trouble-shooter",)), ("Ivo Quist", ())]
    assert [word for word in ("under", "after", "whether", "economist", "film-maker", "technician")
            if is_calling(word)] == ["economist", "film-maker", "technician"]


def test_callings_tell_apart_a_sportsman_and_another_calling_only() -> None:
    assert callings_tell_apart({"keeper"}, {"trouble-shooter"})
    assert callings_tell_apart({"economist"}, {"striker", "star"})
    assert not callings_tell_apart({"winger"}, {"wing"}), "a sportsman's calling on both sides"
    assert not callings_tell_apart({"champion"}, {"star"}), "a famous word says neither"
    assert not callings_tell_apart({"keeper"}, set()), "nothing said on one side"
    assert not callings_tell_apart({"keeper", "economist"}, {"analyst"})


def test_a_keeper_and_a_trouble_shooter_of_one_name_in_two_sections_are_two_pages() -> None:
    per_article: dict[tuple[str, str], str] = {}
    pages = page_names(_archive(), per_article=per_article)
    assert pages["Orla Penhale"] is None
    assert per_article["politics/1.txt", "Orla Penhale"] == "Orla Penhale (politics)"
    assert per_article["sport/2.txt", "Orla Penhale"] == "Orla Penhale (sport)"


def test_a_name_both_sides_call_a_sportsman_or_that_shares_an_unusual_name_stays_one_page() -> None:
    winger = [dataclasses.replace(a, people=tuple(dataclasses.replace(p, callings=("winger",)) if p.callings else p
                                                 for p in a.people)) for a in _archive()]
    shared = [*_archive()[:2], _article("sport/2.txt", (("Orla Penhale", ()), ("Tam Ruddle", ())))]
    for articles in (winger, shared):
        assert page_names(articles)["Orla Penhale"] == "Orla Penhale"


def test_linking_in_part_after_an_edit_that_makes_and_unmakes_the_split_equals_a_full_link() -> None:
    articles = _archive()
    linked = link(articles)
    uncalled = [dataclasses.replace(a, people=tuple(PersonMention(p.name) for p in a.people),
                                    content_hash=a.content_hash + "'") if a.source_file == "politics/1.txt" else a
                for a in articles]
    for step in (uncalled, articles):
        linked = link(step, linked.catalogue, linked.index)
        assert_same(linked.catalogue, build_catalogue(step))
