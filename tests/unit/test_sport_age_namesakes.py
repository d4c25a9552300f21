"""Namesakes told apart by sport and by age (``namesakes.split_by_sport``, ``namesakes.split_by_age``), the
sentence-opening calling and the age they read (``infer.people``), and linking in part with them."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cuttings.analysis.identity import page_names
from cuttings.analysis.namesakes import AgeArticle, SportArticle, born_in, split_by_age, split_by_sport, sports_of
from cuttings.infer.people import find_people
from cuttings.link import build_catalogue, link
from cuttings.model import Article, Paragraph, PersonMention
from tests.unit.infer.mentions import entity
from tests.unit.test_relink import assert_same

NAME = "Ivo Quarrie"


def _article(source: str, date: dt.date | None, callings: tuple[str, ...] = (), ages: tuple[int, ...] = (),
             others: tuple[str, ...] = (), name: str = NAME) -> Article:
    return Article(source_file=source, content_hash=source, title=source, date=date, source=None, body_format="text",
                   body="", paragraphs=(Paragraph("text"),),
                   people=(PersonMention(name, callings=callings, ages=ages), *(PersonMention(o) for o in others)))


def test_a_sportsmans_calling_opening_a_sentence_and_an_age_after_a_name_are_read() -> None:
    paragraphs = ["Striker Ivo Quarrie scored twice. Ivo Quarrie, 41, said so.", "Chairman Tam Ruddle (63) agreed."]
    people = find_people(paragraphs, [entity(paragraphs, 0, "Ivo Quarrie", "PERSON"),
                                      entity(paragraphs, 1, "Tam Ruddle", "PERSON")]).people
    assert [(person.name, person.callings, person.ages) for person in people] == [
        ("Ivo Quarrie", ("striker",), (41,)), ("Tam Ruddle", (), (63,))]


def test_positions_of_one_sport_alone_name_it() -> None:
    assert sports_of(["striker", "blind-side flanker", "keeper", "winger", "chairman"]) == {"football", "rugby"}
    assert sports_of(["Ayton United defender"]) == {"football"} and sports_of([""]) == set()


def test_two_sports_positions_with_nothing_in_common_are_two_sportsmen() -> None:
    footballer = SportArticle("1.txt", {"football"}, {"@ayton united"})
    rugby = SportArticle("2.txt", {"rugby"}, set())
    unsure = SportArticle("3.txt", set(), {"@ayton united", "hale"})
    parts = split_by_sport(NAME, [footballer, rugby, unsure])
    assert parts is not None and parts.parts == [("football", ["1.txt", "3.txt"]), ("rugby", ["2.txt"])]
    assert parts.evidence["rugby"].startswith(f"Not the {NAME} of football: ")


def test_one_sport_two_sports_in_one_article_or_a_shared_body_keep_one_page() -> None:
    assert split_by_sport(NAME, [SportArticle("1.txt", {"football"}, set()),
                                 SportArticle("2.txt", {"football"}, set())]) is None
    assert split_by_sport(NAME, [SportArticle("1.txt", {"football"}, set()), SportArticle("2.txt", {"rugby"}, set()),
                                 SportArticle("3.txt", {"football", "rugby"}, set())]) is None
    assert split_by_sport(NAME, [SportArticle("1.txt", {"football"}, {"@ayton"}),
                                 SportArticle("2.txt", {"cricket"}, {"@ayton"})]) is None


def test_ages_telling_births_years_apart_are_two_people() -> None:
    assert born_in(dt.date(2020, 5, 1), [78]) == 1942 and born_in(None, [78]) is None
    assert born_in(dt.date(2020, 5, 1), [78, 41]) is None  # two ages: a list misread, not one person's
    father = AgeArticle("1.txt", 1942, {"@holm farm"})
    son = AgeArticle("2.txt", 1980, {"@holm farm"})
    later = AgeArticle("3.txt", 1980, set())
    unsure = AgeArticle("4.txt", None, set())
    parts = split_by_age(NAME, [father, son, later, unsure])
    assert parts is not None and parts.parts == [("born about 1942", ["1.txt"]),
                                                 ("born about 1980", ["2.txt", "3.txt", "4.txt"])]


def test_ages_less_than_a_generation_apart_or_undated_keep_one_page() -> None:
    assert split_by_age(NAME, [AgeArticle("1.txt", 1980, set()), AgeArticle("2.txt", 1982, set())]) is None
    # a golfer's rounds after his name read as ages: births scattered over a few years, each near the next
    rounds = [AgeArticle(f"{year}.txt", year, set()) for year in (1932, 1936, 1941, 1944, 1950)]
    assert split_by_age(NAME, rounds) is None
    assert split_by_age(NAME, [*rounds, AgeArticle("son.txt", 1970, set())]) is not None
    assert split_by_age(NAME, [AgeArticle("1.txt", 1980, set()), AgeArticle("2.txt", None, set())]) is None


def test_page_names_split_a_father_and_a_son_by_their_ages_and_dates() -> None:
    articles = [_article("news/1.txt", dt.date(2020, 5, 1), ages=(78,)),
                _article("news/2.txt", dt.date(2021, 8, 12), ages=(41,), others=("Tam Ruddle",)),
                _article("news/3.txt", None, ages=(41,), others=("Tam Ruddle",))]  # undated: only who it names tells
    per_article: dict[tuple[str, str], str] = {}
    assert page_names(articles, None, per_article)[NAME] is None
    assert {key: page for key, page in per_article.items() if key[1] == NAME} == {
                           ("news/1.txt", NAME): f"{NAME} (born about 1942)",
                           ("news/2.txt", NAME): f"{NAME} (born about 1980)",
                           ("news/3.txt", NAME): f"{NAME} (born about 1980)"}
    undated = [dataclasses.replace(article, date=None) for article in articles]
    assert page_names(undated, None, {})[NAME] == NAME


def test_linking_in_part_after_edits_that_make_and_unmake_the_splits_equals_a_full_link() -> None:
    articles = [_article("sport/1.txt", None, callings=("striker",), others=("Tam Ruddle",)),
                _article("sport/2.txt", None, callings=("flanker",)),
                _article("news/1.txt", dt.date(2020, 5, 1), ages=(78,), name="Orla Penhale"),
                _article("news/2.txt", dt.date(2021, 8, 12), ages=(41,), name="Orla Penhale")]
    linked = link(articles)
    assert len({entry.name for entry in linked.catalogue.people.values()} - {"Tam Ruddle"}) == 4
    for source in ("sport/2.txt", "news/2.txt"):
        edited = [dataclasses.replace(a, people=tuple(PersonMention(p.name) for p in a.people),
                                      content_hash=a.content_hash + "'") if a.source_file == source else a
                  for a in articles]
        for step in (edited, articles):
            linked = link(step, linked.catalogue, linked.index)
            assert_same(linked.catalogue, build_catalogue(step))
