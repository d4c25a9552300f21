"""Namesakes apart, one person together (``cuttings/analysis/namesakes.py``): each rule on made-up articles."""

from __future__ import annotations

import datetime as dt

from cuttings.analysis.identity import page_names
from cuttings.analysis.namesakes import (
    ArticleOfName,
    article_of_name,
    body_kind,
    post_kind,
    same_body,
    split_name,
    well_read,
    written_name,
)
from cuttings.model import Article, Paragraph, PersonMention, RoleFact

NAME = "Mary Holt"


def tied(source_file: str, *bodies: str, date: dt.date | None = None, former: tuple[str, ...] = (),
         named: tuple[str, ...] = ()) -> ArticleOfName:
    return ArticleOfName(source_file, date, set(bodies), set(), False, set(former), {*bodies, *former, *named})


def parts_of(*articles: ArticleOfName) -> list[tuple[str, list[str]]]:
    return split_name(NAME, articles).parts


def test_posts_at_two_bodies_of_one_kind_at_once_are_two_people() -> None:
    parts = parts_of(tied("1.txt", "Barford Town Council"), tied("2.txt", "Kelby Parish Council"),
                     tied("3.txt", named=("Barford Town Council",)), tied("4.txt", "Barford Town Council"))
    assert parts == [("Barford Town Council", ["1.txt", "3.txt", "4.txt"]), ("Kelby Parish Council", ["2.txt"])]


def test_bodies_of_different_kinds_or_tiers_do_not_clash() -> None:
    assert len(parts_of(tied("1.txt", "Wexcombe County Council"), tied("2.txt", "Tarrow Vale District Council"))) == 1
    assert len(parts_of(tied("1.txt", "Ayton Parish Council"), tied("2.txt", "Ayton Academy"))) == 1
    assert len(parts_of(tied("1.txt", "Acme Holdings"), tied("2.txt", "Bolt Holdings"))) == 1  # no kind: firms


def test_a_former_post_or_an_article_tying_both_keeps_one_person() -> None:
    assert len(parts_of(tied("1.txt", "Ayton District Council"), tied("2.txt", former=("Ayton District Council",)),
                        tied("3.txt", "Beeton Borough Council"))) == 1
    assert len(parts_of(tied("1.txt", "Ayton District Council"), tied("2.txt", "Beeton Borough Council"),
                        tied("3.txt", "Ayton District Council", "Beeton Borough Council"))) == 1
    assert len(parts_of(tied("1.txt", "Ayton District Council"), tied("2.txt", "Beeton Borough Council"),
                        tied("3.txt", "Ayton District Council", named=("Beeton Borough Council",)))) == 1


def test_posts_one_after_the_other_with_months_between_are_a_move() -> None:
    def at(day: dt.date, body: str) -> ArticleOfName:
        return tied(f"{day}.txt", body, date=day)

    moved = parts_of(at(dt.date(2016, 4, 5), "Ayton District Council"), at(dt.date(2019, 11, 1), "Beeton Council"))
    assert len(moved) == 1
    same_week = parts_of(at(dt.date(2023, 7, 14), "Brook Lane School"), at(dt.date(2023, 7, 18), "Castle Academy"),
                         at(dt.date(2023, 7, 21), "Castle Academy"))
    assert len(same_week) == 2
    undated = parts_of(tied("1.txt", "Brook Lane School"), at(dt.date(2019, 11, 1), "Castle Academy"),
                       tied("2.txt", "Brook Lane School"))
    assert len(undated) == 2


def test_a_clash_needs_one_body_named_with_the_name_twice() -> None:
    """One article each is as likely a post misread as two namesakes; an article naming one of the bodies beside
    the name, with no post, makes two."""
    assert len(parts_of(tied("1.txt", "Brook Lane School"), tied("2.txt", "Castle Academy"))) == 1
    assert len(parts_of(tied("1.txt", "Brook Lane School"), tied("2.txt", "Castle Academy"),
                        tied("3.txt", named=("Castle Academy",)))) == 2


def test_one_body_written_two_ways_is_one_body() -> None:
    assert same_body("SF Parish Council", "Stoke Ferry Parish Council")
    assert same_body("ACC", "Ayton County Council")
    assert same_body("Ayton Council", "Ayton District Council")
    assert not same_body("Wretton Parish Council", "West Dereham Parish Council")
    assert not same_body("Carnford United", "Carnford Rovers")
    assert same_body("Ayton Police", "Ayton Constabulary") and same_body("Ayton County Constabulary", "Ayton Police")
    assert not same_body("Ayton Police", "Beeton Constabulary")
    assert len(parts_of(tied("1.txt", "Ayton Council"), tied("2.txt", "Ayton District Council"))) == 1
    assert body_kind("Ayton Town Council") == "local council" and body_kind("Ayton County Council") == "county council"


def test_a_ward_member_is_cllr_in_every_parish_of_the_ward() -> None:
    """A councillor's title ties the name to an article's one council, unless a post says they sit on a principal
    council: its members report to every parish of the ward."""
    ward = RoleFact(NAME, "borough councillor", None)
    one = article_of_name("1.txt", None, [NAME], ["Cllr Mary Holt"], (), ("Stowe Parish Council",), ())
    two = article_of_name("2.txt", None, [NAME], ["Cllr Mary Holt"], (), ("Lexham Parish Council",), ())
    again = article_of_name("4.txt", None, [NAME], ["Cllr Mary Holt"], (), ("Lexham Parish Council",), ())
    assert one.titled == {"Stowe Parish Council"} and len(split_name(NAME, [one, two, again]).parts) == 2
    member = article_of_name("3.txt", None, [NAME], [], (ward,), (), ())
    assert member.ward_member and len(split_name(NAME, [one, two, again, member]).parts) == 1


def test_every_page_says_what_makes_its_articles_one_person() -> None:
    whole = split_name(NAME, [tied("1.txt"), tied("2.txt")])
    assert whole.evidence == {"": "One name, nothing telling two people apart."}
    split = split_name(NAME, [tied("1.txt", "Barford Town Council"), tied("2.txt", "Kelby Parish Council"),
                              tied("3.txt", "Kelby Parish Council")])
    assert split.evidence["Barford Town Council"].startswith("Not the Mary Holt of Kelby Parish Council: ")
    moved = split_name(NAME, [tied("1.txt", "Ayton Council"),
                              tied("2.txt", "Beeton School", former=("Ayton Council",))])
    assert moved.evidence[""] == "One person: posts at Beeton School only (Ayton Council given as former)."
    assert written_name("Mary Holt (Kelby Parish Council)") == NAME and written_name(NAME) == NAME


def article(source_file: str, sentence: str, roles: tuple[RoleFact, ...] = ()) -> Article:
    return Article(source_file, source_file, "Headline", None, None, "text", "", (Paragraph(sentence),),
                   people=(PersonMention(NAME),), roles=roles)


def test_page_names_give_each_namesake_a_page_by_article() -> None:
    chair = RoleFact(NAME, "chair", "Barford Town Council")
    other = RoleFact(NAME, "chair", "Kelby Parish Council")
    articles = [article("council/1.txt", "Mary Holt, chair.", (chair,)),
                article("council/2.txt", "Mary Holt, chair.", (other,)),
                article("council/3.txt", "Mary Holt, chair.", (chair,))]
    per_article: dict[tuple[str, str], str] = {}
    evidence: dict[str, str] = {}
    assert page_names(articles, None, per_article, evidence) == {NAME: None}
    assert per_article == {("council/1.txt", NAME): "Mary Holt (Barford Town Council)",
                           ("council/2.txt", NAME): "Mary Holt (Kelby Parish Council)",
                           ("council/3.txt", NAME): "Mary Holt (Barford Town Council)"}
    assert set(evidence) == {"Mary Holt (Barford Town Council)", "Mary Holt (Kelby Parish Council)"}


def test_a_post_read_at_a_council_beside_many_at_a_firm_splits_nothing() -> None:
    """Thirty articles make the name a firm's chief executive; two read a bare "chief executive" as the article's
    council: a misread, not two namesakes."""
    firm = [ArticleOfName(f"{number}.txt", None, set(), set(), False, set(), {"Cairn"}, posted=True)
            for number in range(30)]
    misread = [tied("a.txt", "Ayton Council"), tied("b.txt", "Beeton Council"), tied("c.txt", "Beeton Council")]
    assert len(parts_of(*firm, *misread)) == 1
    assert len(parts_of(*firm[:1], *misread)) == 2


def test_a_posts_own_words_tell_its_bodys_kind() -> None:
    """A head teacher's post is at a school whatever its body is read as ("St Anne" of "St Anne's School")."""
    head = RoleFact(NAME, "headteacher of the primary school", "St Bede")
    read = article_of_name("1.txt", None, [NAME], [], (head,), (), ())
    assert read.strong == {"St Bede"} and read.kinds == {"St Bede": "school"} and read.well_read == {"St Bede"}
    chair = RoleFact(NAME, "chair", "St Bede")
    assert article_of_name("2.txt", None, [NAME], [], (chair,), (), ()).strong == set()  # no kind: nothing tied
    assert post_kind("sergeant", "Ayton") == "police force" and post_kind("chair", "Ayton") is None


def test_posts_only_such_a_body_has_split_on_one_article_each() -> None:
    """Two head teachers' posts, each read beside its school, are two people though each is named once; a post
    any body has ("chair") at one school and the other is as likely misread, and stays one page."""
    def post(source_file: str, role: str, body: str) -> ArticleOfName:
        return article_of_name(source_file, None, [NAME], [], (RoleFact(NAME, role, body),), (), ())

    heads = [post("1.txt", "headteacher", "Brook Lane Primary School"), post("2.txt", "head", "Castle Academy")]
    assert [part for part, _ in split_name(NAME, heads).parts] == ["Brook Lane Primary School", "Castle Academy"]
    assert well_read("head", "Castle Academy") and not well_read("chair", "Castle Academy")
    chairs = [post("1.txt", "headteacher", "Brook Lane Primary School"), post("2.txt", "chair", "Castle Academy")]
    assert len(split_name(NAME, chairs).parts) == 1
    moved = [post("1.txt", "former headteacher", "Brook Lane Primary School"), post("2.txt", "head", "Castle Academy")]
    assert len(split_name(NAME, moved).parts) == 1
