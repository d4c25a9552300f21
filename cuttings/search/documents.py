"""The Catalogue -> the records search indexes (one per article) and what a result shows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cuttings import urls
from cuttings.model import Article, Catalogue
from cuttings.search.text import fold

FIELDS: tuple[tuple[str, int], ...] = (("title", 10), ("people", 5), ("councils", 5), ("body", 1), ("year", 1))
"""Indexed fields and their boosts: a word in the headline counts ten times one in the body; a name in the
article's people or councils five times. ``year`` holds the article's year, so ``+year:2019`` filters."""

QUERY_FIELDS = {"person": "people", "people": "people", "council": "councils", "councils": "councils",
                "title": "title", "year": "year"}
"""Field prefixes a reader may type (``person:smith``) -> the indexed field."""

SHOWN_BODY_CHARS = 6000
"""Snippets come from this much of the body; further matches show the lede."""


@dataclass(frozen=True)
class SearchDocument:
    ref: int
    """Position of the article in the catalogue (newest first): the lunr ref."""
    fields: dict[str, str]
    """Field -> folded text, ready for the tokenizer."""


def plain_body(article: Article) -> str:
    return "\n\n".join(p.text for p in article.paragraphs)


def search_documents(catalogue: Catalogue) -> list[SearchDocument]:
    return list(iter_search_documents(catalogue))


def iter_search_documents(catalogue: Catalogue) -> Iterator[SearchDocument]:
    """The documents one at a time, so a build can index a large archive without holding every folded text."""
    for ref, entry in enumerate(catalogue.articles.values()):
        article = entry.article
        names = [name for mention in article.people for name in (mention.name, *mention.aliases)]
        councils = [catalogue.councils[c].name for c in entry.councils]
        yield SearchDocument(ref, {
            "title": fold(article.title),
            "people": fold(" ; ".join(names)),
            "councils": fold(" ; ".join(councils)),
            "body": fold(plain_body(article)),
            "year": str(article.date.year) if article.date else "",
        })


def shown_documents(catalogue: Catalogue) -> Iterator[tuple[int, dict[str, str | None]]]:
    """(ref, what a result shows): title, ISO date, URL and the start of the text (as written) for snippets.
    Made one at a time, so the build never holds every article's text twice."""
    for ref, (slug, entry) in enumerate(catalogue.articles.items()):
        article = entry.article
        yield ref, {"t": article.title, "d": article.date.isoformat() if article.date else None,
                    "u": urls.article_path(slug), "b": plain_body(article)[:SHOWN_BODY_CHARS]}
