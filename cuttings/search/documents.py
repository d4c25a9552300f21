"""The Catalogue -> the records search indexes (one per article) and what a result shows."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from cuttings import urls
from cuttings.model import Article, ArticleEntry, Catalogue
from cuttings.search.text import fold

FIELDS: tuple[tuple[str, int], ...] = (("title", 10), ("people", 5), ("councils", 5), ("body", 1), ("year", 1))
"""Indexed fields and their boosts: a word in the headline counts ten times one in the body; a name in the
article's people or councils five times. ``year`` holds the article's year, so ``+year:2019`` filters."""

QUERY_FIELDS = {"person": "people", "people": "people", "council": "councils", "councils": "councils",
                "title": "title", "year": "year"}
"""Field prefixes a reader may type (``person:smith``) -> the indexed field."""

SLOTS_LOAD = 0.5
"""Most articles per slot: the slot space is the smallest power of two (64 at least) holding the articles at this
load. Sparser slots collide less (a collision can move an article by a slot) but make longer gaps between refs
in the shards' postings (a bit a posting each time the space doubles)."""


def slot_space(count: int) -> int:
    space = 64
    while count > space * SLOTS_LOAD:
        space *= 2
    return space


def slot_home(slug: str, space: int) -> int:
    """Where the article ``slug`` is numbered in a space of ``space`` slots if no other article is there: a fixed
    hash of its slug."""
    digest = hashlib.blake2b(slug.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") * space >> 64


def article_refs(dated: Iterable[tuple[str, datetime.date | None]]) -> dict[str, int]:
    """Each article's number in the search data (its lunr ref, and where its result text is filed), from its slug
    and date: a slot chosen by a hash of its slug, so an article added or removed leaves the others' numbers as
    they were (a number from the articles' order would shift every article after it, and with it every posting
    and every result file).

    Articles take their slots oldest first (undated first, then by date, then slug), each its hashed slot or the
    next free one after it (round the end to the start): the numbers depend on the set of articles alone, never
    on the order they came in, so a rebuild numbers as a clean build does; and an article newer than all others,
    the usual addition, moves no other. An older one moves another only where it takes a slot a newer article
    had taken, at under half load about one time in three."""
    ordered = sorted(((date or datetime.date.min, slug) for slug, date in dated))
    space = slot_space(len(ordered))
    # For a taken slot, a slot at or before the next free one after it (a union-find, paths halved as walked).
    following = list(range(space))
    refs: dict[str, int] = {}
    for _, slug in ordered:
        slot = slot_home(slug, space)
        while following[slot] != slot:
            following[slot] = following[following[slot]]
            slot = following[slot]
        refs[slug] = slot
        following[slot] = (slot + 1) % space
    return refs


def catalogue_refs(catalogue: Catalogue) -> dict[str, int]:
    """``article_refs`` of the catalogue's articles."""
    return article_refs((slug, entry.article.date) for slug, entry in catalogue.articles.items())


@dataclass(frozen=True)
class SearchDocument:
    ref: int
    """The article's slot (``article_refs``): the lunr ref."""
    fields: dict[str, str]
    """Field -> folded text, ready for the tokenizer."""


def plain_body(article: Article) -> str:
    return "\n\n".join(p.text for p in article.paragraphs)


def search_documents(catalogue: Catalogue) -> list[SearchDocument]:
    return [document.made() if isinstance(document, LazyDocument) else document
            for document in iter_search_documents(catalogue)]


class LazyDocument:
    """A search document known by a key to everything it is made from, made only when its fields are needed:
    a rebuild matches most articles' documents to the last build's postings by that key and never folds their text
    again (``cuttings/search/incremental.py``)."""

    __slots__ = ("_catalogue", "_entry", "_fields", "ref", "source_key")

    def __init__(self, ref: int, source_key: str, entry: ArticleEntry, catalogue: Catalogue) -> None:
        self.ref = ref
        self.source_key = source_key
        self._entry = entry
        self._catalogue = catalogue
        self._fields: dict[str, str] | None = None

    @property
    def fields(self) -> dict[str, str]:
        if self._fields is None:
            self._fields = document_fields(self._entry, self._catalogue)
        return self._fields

    def made(self) -> SearchDocument:
        return SearchDocument(self.ref, self.fields)


def document_fields(entry: ArticleEntry, catalogue: Catalogue) -> dict[str, str]:
    article = entry.article
    names = [name for mention in article.people for name in (mention.name, *mention.aliases)]
    councils = [catalogue.councils[c].name for c in entry.councils]
    return {
        "title": fold(article.title),
        "people": fold(" ; ".join(names)),
        "councils": fold(" ; ".join(councils)),
        "body": fold(plain_body(article)),
        "year": str(article.date.year) if article.date else "",
    }


def iter_search_documents(catalogue: Catalogue, article_keys: Mapping[str, str] | None = None,
                          refs: Mapping[str, int] | None = None) -> Iterator[SearchDocument | LazyDocument]:
    """The documents one at a time, so a build can index a large archive without holding every folded text.

    With ``article_keys`` (source file -> inference cache key, which covers everything inferred from the file),
    an article's document comes lazily, keyed by that and its councils' names. Documents come in ascending ref.
    ``refs``: the catalogue's ``catalogue_refs``, if already worked out.
    """
    refs = refs if refs is not None else catalogue_refs(catalogue)
    for ref, entry in sorted(((refs[slug], entry) for slug, entry in catalogue.articles.items()),
                             key=lambda pair: pair[0]):
        article_key = article_keys.get(entry.article.source_file) if article_keys else None
        if article_key is None:
            yield SearchDocument(ref, document_fields(entry, catalogue))
            continue
        # The code that makes a document is in every stored terms' key (``fulltext.document_key``).
        digest = hashlib.blake2b(article_key.encode(), digest_size=20)
        for council in entry.councils:
            digest.update(b"\0" + catalogue.councils[council].name.encode("utf-8", "surrogatepass"))
        yield LazyDocument(ref, digest.hexdigest(), entry, catalogue)


def shown_document(slug: str, entry: ArticleEntry) -> dict[str, str | None]:
    """What a result shows before its snippet: title, ISO date and URL. The snippet is cut from the article's
    own page, which the site already publishes (static/js/search-worker.js): a second copy of every text for
    snippets was a tenth of the site (963 bytes an article of 14,379 on the 10,000-article benchmark)."""
    article = entry.article
    return {"t": article.title, "d": article.date.isoformat() if article.date else None,
            "u": urls.article_path(slug)}
