"""Analysis across articles: role spans, groups, co-appearances, related articles and councils."""

from __future__ import annotations

import datetime as dt

from cuttings.analysis.roles import role_group, role_key, role_spans
from cuttings.link import build_catalogue
from cuttings.model import Article, Paragraph, PersonMention, QuoteFact, RoleEvidence, RoleFact


def article(
    name: str,
    date: dt.date | None,
    people: tuple[str, ...] = (),
    councils: tuple[str, ...] = (),
    roles: tuple[RoleFact, ...] = (),
    text: str = "Some words.",
    quotes: tuple[QuoteFact, ...] = (),
) -> Article:
    paragraphs = tuple(Paragraph(part) for part in text.split("\n\n"))
    return Article(
        source_file=f"{name}.txt", content_hash=name, title=f"Story {name}", date=date, source=None,
        body_format="text", body=text, paragraphs=paragraphs,
        people=tuple(PersonMention(person) for person in people), councils=councils, roles=roles, quotes=quotes,
    )


def evidence(role: str, organisation: str | None, slug: str, date: dt.date | None) -> RoleEvidence:
    return RoleEvidence(role, organisation, slug, date)


def test_role_span_covers_first_to_last_sighting_with_every_article() -> None:
    spans = role_spans([
        evidence("leader", "Oldham Council", "b", dt.date(2019, 6, 1)),
        evidence("Leader", "Oldham Council", "a", dt.date(2018, 3, 5)),
        evidence("leader", "Oldham Council", "c", dt.date(2018, 11, 2)),
    ], {"b": 0, "c": 1, "a": 2})
    assert len(spans) == 1
    span = spans[0]
    assert (span.first_seen, span.last_seen) == (dt.date(2018, 3, 5), dt.date(2019, 6, 1))
    assert span.articles == ("b", "c", "a")
    assert span.role == "leader"  # the commoner spelling wins


def test_roles_latest_first_and_undated_last() -> None:
    spans = role_spans([
        evidence("cabinet member for housing", "Oldham Council", "a", dt.date(2016, 1, 1)),
        evidence("leader", "Oldham Council", "b", dt.date(2020, 1, 1)),
        evidence("chair", "Fire Authority", "c", None),
    ], {"a": 1, "b": 0, "c": 2})
    assert [span.role for span in spans] == ["leader", "cabinet member for housing", "chair"]


def test_role_without_organisation_joins_the_only_organisation_for_it() -> None:
    spans = role_spans([
        evidence("leader", None, "a", dt.date(2019, 1, 1)),
        evidence("leader", "Oldham Council", "b", dt.date(2018, 1, 1)),
    ], {"a": 0, "b": 1})
    assert len(spans) == 1 and spans[0].organisation == "Oldham Council" and spans[0].articles == ("a", "b")


def test_role_without_organisation_stays_apart_when_two_organisations_have_it() -> None:
    spans = role_spans([
        evidence("chair", None, "a", dt.date(2019, 1, 1)),
        evidence("chair", "Oldham Council", "b", dt.date(2018, 1, 1)),
        evidence("chair", "Trust Board", "c", dt.date(2017, 1, 1)),
    ], {"a": 0, "b": 1, "c": 2})
    assert len(spans) == 3


def test_role_key_ignores_case_space_and_the() -> None:
    assert role_key("The  Chief Executive") == role_key("chief executive")


def test_role_groups_follow_local_government_vocabulary() -> None:
    assert role_group("leader") == "leadership"
    assert role_group("deputy leader of the council") == "leadership"
    assert role_group("cabinet member for children's services") == "leadership"
    assert role_group("portfolio holder for adult social care") == "leadership"
    assert role_group("leader of the Liberal Democrat group") == "opposition"
    assert role_group("opposition leader") == "opposition"
    assert role_group("Conservative group leader") == "opposition"
    assert role_group("chief executive") == "officers"
    assert role_group("strategic director of place") == "officers"
    assert role_group("ward councillor") == "other"
    assert role_group("chairman") == "leadership"
    assert role_group("vice-chair") == "leadership"
    assert role_group("chair of the planning committee") == "other"
    assert role_group("parish clerk") == "officers"


def test_catalogue_gets_spans_co_appearances_and_council_posts() -> None:
    catalogue = build_catalogue([
        article("one", dt.date(2020, 5, 1), ("Ann Thorne", "Bob Quill", "Cy Vale"), ("Oldham Council",),
                (RoleFact("Ann Thorne", "leader", "Oldham Council"),
                 RoleFact("Bob Quill", "chief executive", "Oldham Council"))),
        article("two", dt.date(2020, 6, 1), ("Ann Thorne", "Bob Quill"), ("Oldham Council", "Bury Council"),
                (RoleFact("Ann Thorne", "leader", "Oldham Council"),)),
        article("three", dt.date(2021, 1, 1), ("Cy Vale",), ("Bury Council",)),
    ])
    ann = catalogue.people["ann-thorne"]
    assert [(s.role, s.first_seen, s.last_seen, len(s.articles)) for s in ann.role_spans] == [
        ("leader", dt.date(2020, 5, 1), dt.date(2020, 6, 1), 2)]
    assert [(c.person, c.count) for c in ann.appears_with] == [("bob-quill", 2), ("cy-vale", 1)]
    oldham = catalogue.councils["oldham-council"]
    assert [(post.group, post.person) for post in oldham.posts] == [
        ("leadership", "ann-thorne"), ("officers", "bob-quill")]
    assert [(r.council, len(r.articles)) for r in oldham.related] == [("bury-council", 1)]


def test_related_articles_rank_shared_people_before_shared_councils() -> None:
    catalogue = build_catalogue([
        article("a", dt.date(2020, 1, 10), ("Ann Thorne",), ("Oldham Council",)),
        article("b", dt.date(2020, 1, 11), (), ("Oldham Council",)),
        article("c", dt.date(2019, 1, 1), ("Ann Thorne",), ()),
        article("d", dt.date(2020, 1, 12), ("Dee Marsh",), ("Bury Council",)),
    ])
    slug_of = {entry.article.source_file[0]: slug for slug, entry in catalogue.articles.items()}
    related = catalogue.articles[slug_of["a"]].related
    assert [r.article for r in related] == [slug_of["c"], slug_of["b"]]
    assert related[0].people == ("ann-thorne",) and related[1].councils == ("oldham-council",)
    assert catalogue.articles[slug_of["d"]].related == []


def test_analysis_is_the_same_whatever_the_input_order() -> None:
    articles = [
        article(str(n), dt.date(2020, 1, 1 + n % 3), ("Ann Thorne", f"Person {'XYZ'[n % 3]}ray"),
                ("Oldham Council",), (RoleFact("Ann Thorne", "leader" if n % 2 else "Leader", "Oldham Council"),))
        for n in range(9)
    ]
    first = build_catalogue(articles)
    second = build_catalogue(list(reversed(articles)))
    for field in ("articles", "people", "councils"):
        assert list(getattr(first, field).items()) == list(getattr(second, field).items())
