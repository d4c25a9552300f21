"""Who appears with whom: people in the same articles, councils in the same articles, related articles."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from cuttings.model import CoAppearance, RelatedArticle, RelatedCouncil

T = TypeVar("T")

RELATED_ARTICLES = 5
"""How many related articles each article lists."""
NEIGHBOURS_PER_ENTITY = 20
"""How far either side of an article, in a person's or council's newest-first list of articles, other
articles count as sharing that person or council when ranking related articles.

Exact for anyone named in up to 41 articles; for a council named in thousands it bounds the work and
favours stories close in time. The shared names shown with a related article are always complete.
"""


def distinct_members(members_by_article: Iterable[tuple[str, Iterable[str]]]) -> dict[str, tuple[str, ...]]:
    """Each article's people (or councils) once each, in order of first mention: worked out once per
    article here rather than again for every person, council and neighbouring article that looks at it."""
    return {article: tuple(dict.fromkeys(members)) for article, members in members_by_article}


def _most_shared_first(members: Mapping[str, Sequence[str]], article_slugs: Sequence[str], own: str,
                       make: Callable[[str, tuple[str, ...]], T]) -> list[T]:
    """``make(other, shared articles)`` for every other member (person or council slug) of the given articles,
    most shared first; ties by slug (slugs follow names), so the order never varies between builds."""
    if len(article_slugs) == 1:  # most people are named in one article: every other member shares just that
        (only,) = article_slugs
        return [make(other, (only,)) for other in sorted(members[only]) if other != own]
    shared: defaultdict[str, list[str]] = defaultdict(list)
    for article_slug in article_slugs:
        for other in members[article_slug]:
            shared[other].append(article_slug)
    shared.pop(own, None)
    # Slugs are unique, so sorting these tuples never compares the lists.
    ranked = sorted([(-len(articles), other, articles) for other, articles in shared.items()])
    return [make(other, tuple(articles)) for _, other, articles in ranked]


def people_together(article_people: Mapping[str, Sequence[str]], person: str,
                    articles: Sequence[str]) -> list[CoAppearance]:
    """People named in the same articles as ``person``, most shared articles first.

    ``article_people`` gives each article's people once each (``distinct_members``).
    """
    return _most_shared_first(article_people, articles, person, CoAppearance)


def councils_together(article_councils: Mapping[str, Sequence[str]], council: str,
                      articles: Sequence[str]) -> list[RelatedCouncil]:
    """Councils named in the same articles as ``council``, most shared articles first.

    ``article_councils`` gives each article's councils once each (``distinct_members``).
    """
    return _most_shared_first(article_councils, articles, council, RelatedCouncil)


def related_articles(
    article_people: Mapping[str, Sequence[str]],
    article_councils: Mapping[str, Sequence[str]],
    article_dates: Mapping[str, int | None],
    person_articles: Mapping[str, Sequence[str]],
    council_articles: Mapping[str, Sequence[str]],
    limit: int = RELATED_ARTICLES,
    only: Iterable[str] | None = None,
) -> dict[str, list[RelatedArticle]]:
    """For each article, the others sharing most people, then most councils, then nearest in date.

    ``article_people`` and ``article_councils`` give every article's people and councils once each
    (``distinct_members``), ``article_dates`` its date as an ordinal (None when undated).

    People count before councils because a person links two stories more tightly than a council that
    appears in hundreds. Each person's and council's article list is newest first; only the articles
    around this one's place in it are counted, so the work stays linear in the number of articles and a
    prolific name links stories close in time. With ``only``, for those articles alone.
    """
    people_at = _positions(person_articles)
    councils_at = _positions(council_articles)
    people_whole = _whole_windows(person_articles)
    councils_whole = _whole_windows(council_articles)
    result: dict[str, list[RelatedArticle]] = {}
    for slug in article_people if only is None else only:
        people, councils = article_people[slug], article_councils[slug]
        people_count = _neighbour_counts(slug, people, person_articles, people_at, people_whole)
        councils_count = _neighbour_counts(slug, councils, council_articles, councils_at, councils_whole)
        # Any article sharing a person outranks every article sharing only councils.
        candidates = (_sharing_most(people_count, limit) if len(people_count) >= limit
                      else people_count.keys() | councils_count.keys())
        own_date = article_dates[slug]
        # Keys of plain tuples rather than a key function: the same order, compared without a call per article.
        best = sorted([
            (
                -people_count.get(other, 0),
                -councils_count.get(other, 0),
                _UNDATED if own_date is None or (date := article_dates[other]) is None else abs(own_date - date),
                other,
            )
            for other in candidates
        ])[:limit]
        result[slug] = [
            RelatedArticle(other, _shared(people, article_people[other]), _shared(councils, article_councils[other]))
            for *_, other in best
        ]
    return result


def _shared(own: Sequence[str], other: Sequence[str]) -> tuple[str, ...]:
    """The members of ``other`` that are also in ``own``, in the order of ``other``."""
    if not own or not other:
        return ()  # many articles name no council, some no person
    own_set = set(own)
    return tuple([member for member in other if member in own_set])


def _sharing_most(counts: Mapping[str, int], limit: int) -> list[str]:
    """The articles that can be among the ``limit`` sharing most: those sharing at least as many as the
    ``limit``-th most, which spares working out the finer ranking of the many that share a single name."""
    threshold = sorted(counts.values(), reverse=True)[limit - 1]
    return [other for other, count in counts.items() if count >= threshold]


class WhenAsked(dict[str, T]):
    """A mapping whose value for a key is ``make(key)``, worked out when first asked for. Linking in part asks
    (``analyse``) for the few articles and people it remakes, and every article's or entity's value was worked out
    for them: at 10,000 articles 0.03-0.05 s of CPU of a new name's link in part (one process, best of three;
    ``benchmarks/README.md``, p16e). ``tests/unit/test_relink.py`` checks linking in part equals a full link,
    ``tests/unit/test_entities_together.py`` the related articles."""

    def __init__(self, make: Callable[[str], T]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: str) -> T:
        value = self[key] = self.make(key)
        return value


def _positions(articles_by_entity: Mapping[str, Sequence[str]]) -> Mapping[str, dict[str, int]]:
    """Where each article stands in each entity's list (its last place, should it appear twice)."""
    return WhenAsked(lambda entity: {slug: i for i, slug in enumerate(articles_by_entity[entity])})


def _whole_windows(articles_by_entity: Mapping[str, Sequence[str]]) -> Mapping[str, Iterable[str] | None]:
    """For each entity named in too few articles for the window ever to cut its list, the list once each; None for
    the others."""
    return WhenAsked(lambda entity: dict.fromkeys(articles).keys()
                     if len(articles := articles_by_entity[entity]) <= NEIGHBOURS_PER_ENTITY + 1 else None)


def _neighbour_counts(slug: str, entities: Sequence[str], articles_by_entity: Mapping[str, Sequence[str]],
                      positions: Mapping[str, Mapping[str, int]],
                      whole: Mapping[str, Iterable[str] | None]) -> Counter[str]:
    """How many of the given entities each other article shares with ``slug``, counting only the articles
    within ``NEIGHBOURS_PER_ENTITY`` of it in each entity's list."""
    if not entities:
        return Counter()
    windows = []
    for entity in entities:
        window = whole[entity]
        if window is None:
            here = positions[entity][slug]
            articles = articles_by_entity[entity]
            window = dict.fromkeys(articles[max(0, here - NEIGHBOURS_PER_ENTITY):here + NEIGHBOURS_PER_ENTITY + 1])
        windows.append(window)
    counts = Counter(itertools.chain.from_iterable(windows))
    counts.pop(slug, None)  # every window holds the article itself
    return counts


_UNDATED = 10**7
"""Days apart given to a pair with an undated article, so it sorts after every dated pair."""
