"""Who appears with whom: people in the same articles, councils in the same articles, related articles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from cuttings.model import ArticleEntry, CoAppearance, RelatedArticle, RelatedCouncil

RELATED_ARTICLES = 5
"""How many related articles each article lists."""
NEIGHBOURS_PER_ENTITY = 25
"""Candidates taken from each shared person's or council's list of articles, nearest in date first.

Bounds the work for a council named in thousands of articles; the ranking itself always uses every entity
the two articles share.
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
    appears in hundreds. Each person's and council's article list is newest first; candidates are taken
    from around the article's own position in it, so the work stays linear in the number of articles.
    """
    position: dict[tuple[str, str], int] = {}
    for kind, lists in (("p", person_articles), ("c", council_articles)):
        for entity, slugs in lists.items():
            for index, slug in enumerate(slugs):
                position[(kind + entity, slug)] = index
    result: dict[str, list[RelatedArticle]] = {}
    for slug, entry in entries.items():
        candidates: set[str] = set()
        for kind, members, lists in (("p", entry.people, person_articles), ("c", entry.councils, council_articles)):
            for entity in members:
                slugs = lists[entity]
                here = position[(kind + entity, slug)]
                low = max(0, here - NEIGHBOURS_PER_ENTITY)
                candidates.update(slugs[low:here + NEIGHBOURS_PER_ENTITY + 1])
        candidates.discard(slug)
        people, councils = set(entry.people), set(entry.councils)
        ranked = []
        for other in candidates:
            other_entry = entries[other]
            shared_people = tuple(p for p in other_entry.people if p in people)
            shared_councils = tuple(c for c in other_entry.councils if c in councils)
            ranked.append((
                (-len(shared_people), -len(shared_councils), _days_apart(entry, other_entry), other),
                RelatedArticle(other, shared_people, shared_councils),
            ))
        ranked.sort(key=lambda item: item[0])
        result[slug] = [related for _, related in ranked[:limit]]
    return result


def _days_apart(first: ArticleEntry, second: ArticleEntry) -> int:
    a: dt.date | None = first.article.date
    b: dt.date | None = second.article.date
    if a is None or b is None:
        return 10**7  # undated pairs sort after every dated one
    return abs(a.toordinal() - b.toordinal())
