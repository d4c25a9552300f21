"""Co-appearances and related articles, checked against a plain statement of their rules on random archives."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from cuttings.analysis.together import (
    NEIGHBOURS_PER_ENTITY,
    _sharing_most,
    councils_together,
    distinct_members,
    people_together,
    related_articles,
)
from cuttings.model import CoAppearance, RelatedArticle, RelatedCouncil

UNDATED = 10**7


def test_sharing_most_keeps_every_article_tied_with_the_last_place() -> None:
    counts = {"a": 3, "b": 1, "c": 2, "d": 1, "e": 1, "f": 2, "g": 1}
    assert sorted(_sharing_most(counts, 3)) == ["a", "c", "f"]
    assert sorted(_sharing_most(counts, 4)) == ["a", "b", "c", "d", "e", "f", "g"]


def plain_pairs(members: dict[str, list[str]], articles: list[str], own: str) -> list[tuple[str, tuple[str, ...]]]:
    shared: dict[str, list[str]] = {}
    for article in articles:
        for other in dict.fromkeys(members[article]):
            if other != own:
                shared.setdefault(other, []).append(article)
    return sorted(((other, tuple(found)) for other, found in shared.items()), key=lambda item: (-len(item[1]), item[0]))


def plain_related(people: dict[str, list[str]], councils: dict[str, list[str]], dates: dict[str, int | None],
                  person_articles: dict[str, list[str]], council_articles: dict[str, list[str]],
                  limit: int) -> dict[str, list[RelatedArticle]]:
    """Every candidate ranked by one key: the rules as the docstring of ``related_articles`` gives them."""
    result = {}
    for slug in people:
        counts = []
        for members, lists in ((people[slug], person_articles), (councils[slug], council_articles)):
            count: Counter[str] = Counter()
            for entity in dict.fromkeys(members):
                here = max(i for i, article in enumerate(lists[entity]) if article == slug)
                window = lists[entity][max(0, here - NEIGHBOURS_PER_ENTITY):here + NEIGHBOURS_PER_ENTITY + 1]
                count.update(other for other in dict.fromkeys(window) if other != slug)
            counts.append(count)
        people_count, councils_count = counts
        candidates = set(people_count) if len(people_count) >= limit else set(people_count) | set(councils_count)
        own_date = dates[slug]
        keys = {}
        for other in candidates:
            other_date = dates[other]
            apart = UNDATED if own_date is None or other_date is None else abs(own_date - other_date)
            keys[other] = (-people_count[other], -councils_count[other], apart, other)
        result[slug] = [
            RelatedArticle(
                other,
                tuple(dict.fromkeys(p for p in people[other] if p in people[slug])),
                tuple(dict.fromkeys(c for c in councils[other] if c in councils[slug])),
            )
            for other in sorted(candidates, key=keys.__getitem__)[:limit]
        ]
    return result


archives = st.integers(min_value=1, max_value=60).flatmap(lambda size: st.tuples(
    # Each article's people and councils as mentioned, repeats possible; a few names, so lists outgrow the window.
    st.lists(st.lists(st.sampled_from("pqrstu"), max_size=5), min_size=size, max_size=size),
    st.lists(st.lists(st.sampled_from("XYZ"), max_size=2), min_size=size, max_size=size),
    st.lists(st.one_of(st.none(), st.integers(min_value=0, max_value=40)), min_size=size, max_size=size),
    st.integers(min_value=1, max_value=6),
))


@settings(max_examples=150, deadline=None)
@given(archives)
def test_co_appearances_and_related_articles_follow_their_plain_rules(
    archive: tuple[list[list[str]], list[list[str]], list[int | None], int],
) -> None:
    people_lists, council_lists, date_list, limit = archive
    slugs = [f"a{n:02d}" for n in range(len(people_lists))]
    people = dict(zip(slugs, people_lists, strict=True))
    councils = dict(zip(slugs, council_lists, strict=True))
    dates = dict(zip(slugs, date_list, strict=True))
    # As linking makes them: an article once per mention, in article order.
    person_articles: dict[str, list[str]] = {}
    council_articles: dict[str, list[str]] = {}
    for slug in slugs:
        for person in people[slug]:
            person_articles.setdefault(person, []).append(slug)
        for council in councils[slug]:
            council_articles.setdefault(council, []).append(slug)
    article_people = distinct_members(people.items())
    article_councils = distinct_members(councils.items())

    for person, articles in person_articles.items():
        assert people_together(article_people, person, articles) == [
            CoAppearance(other, shared) for other, shared in plain_pairs(people, articles, person)]
    for council, articles in council_articles.items():
        assert councils_together(article_councils, council, articles) == [
            RelatedCouncil(other, shared) for other, shared in plain_pairs(councils, articles, council)]
    assert related_articles(article_people, article_councils, dates, person_articles, council_articles, limit) == \
        plain_related(people, councils, dates, person_articles, council_articles, limit)
