"""Who appears with whom: people in the same articles, councils in the same articles, related articles."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Mapping, Sequence

from cuttings.model import ArticleEntry, CoAppearance, RelatedArticle, RelatedCouncil

RELATED_ARTICLES = 5
"""How many related articles each article lists."""
NEIGHBOURS_PER_ENTITY = 20
"""How far either side of an article, in a person's or council's newest-first list of articles, other
articles count as sharing that person or council when ranking related articles.

Exact for anyone named in up to 41 articles; for a council named in thousands it bounds the work and
favours stories close in time. The shared names shown with a related article are always complete.
"""


def _pairs(entries: Mapping[str, ArticleEntry], article_slugs: Sequence[str], own: str,
           members: str) -> list[tuple[str, tuple[str, ...]]]:
    """Every other member (person or council slug) of the given articles, with the articles shared."""
    shared: dict[str, list[str]] = {}
    for article_slug in article_slugs:
        for other in dict.fromkeys(getattr(entries[article_slug], members)):
            if other != own:
                shared.setdefault(other, []).append(article_slug)
    # Most shared first; ties by slug (slugs follow names), so the order never varies between builds.
    return sorted(((other, tuple(arts)) for other, arts in shared.items()), key=lambda item: (-len(item[1]), item[0]))


def people_together(entries: Mapping[str, ArticleEntry], person: str, articles: Sequence[str]) -> list[CoAppearance]:
    """People named in the same articles as ``person``, most shared articles first."""
    return [CoAppearance(other, shared) for other, shared in _pairs(entries, articles, person, "people")]


def councils_together(entries: Mapping[str, ArticleEntry], council: str,
                      articles: Sequence[str]) -> list[RelatedCouncil]:
    """Councils named in the same articles as ``council``, most shared articles first."""
    return [RelatedCouncil(other, shared) for other, shared in _pairs(entries, articles, council, "councils")]


def related_articles(
    entries: Mapping[str, ArticleEntry],
    person_articles: Mapping[str, Sequence[str]],
    council_articles: Mapping[str, Sequence[str]],
    limit: int = RELATED_ARTICLES,
) -> dict[str, list[RelatedArticle]]:
    """For each article, the others sharing most people, then most councils, then nearest in date.

    People count before councils because a person links two stories more tightly than a council that
    appears in hundreds. Each person's and council's article list is newest first; only the articles
    around this one's place in it are counted, so the work stays linear in the number of articles and a
    prolific name links stories close in time.
    """
    ordinals = {slug: (entry.article.date.toordinal() if entry.article.date else None)
                for slug, entry in entries.items()}
    people_at = {entity: {slug: i for i, slug in enumerate(slugs)} for entity, slugs in person_articles.items()}
    councils_at = {entity: {slug: i for i, slug in enumerate(slugs)} for entity, slugs in council_articles.items()}
    result: dict[str, list[RelatedArticle]] = {}
    for slug, entry in entries.items():
        people_count: Counter[str] = Counter()
        councils_count: Counter[str] = Counter()
        for members, lists, at, counts in (
            (entry.people, person_articles, people_at, people_count),
            (entry.councils, council_articles, councils_at, councils_count),
        ):
            for entity in dict.fromkeys(members):
                here = at[entity][slug]
                window = lists[entity][max(0, here - NEIGHBOURS_PER_ENTITY):here + NEIGHBOURS_PER_ENTITY + 1]
                counts.update(other for other in dict.fromkeys(window) if other != slug)
        own_date = ordinals[slug]
        # Any article sharing a person outranks every article sharing only councils.
        candidates = people_count.keys() if len(people_count) >= limit else people_count.keys() | councils_count.keys()
        best = heapq.nsmallest(limit, candidates, key=lambda other: (
            -people_count[other],
            -councils_count[other],
            abs(own_date - ordinals[other]) if own_date is not None and ordinals[other] is not None else _UNDATED,
            other,
        ))
        people, councils = set(entry.people), set(entry.councils)
        result[slug] = [
            RelatedArticle(
                other,
                tuple(dict.fromkeys(p for p in entries[other].people if p in people)),
                tuple(dict.fromkeys(c for c in entries[other].councils if c in councils)),
            )
            for other in best
        ]
    return result


_UNDATED = 10**7
"""Days apart given to a pair with an undated article, so it sorts after every dated pair."""
