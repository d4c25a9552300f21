"""Long listings cut into pages that stay put as the archive grows.

A listing (a person's or a council's articles, the articles index) shows its newest entries on its first page,
with whatever summary the page has; older entries go on numbered pages, numbered from the oldest: page 1 holds
the oldest ``per_page`` entries, page 2 the next, and so on, each always full. The first page holds the rest,
from ``per_page`` to ``2 * per_page - 1`` entries once there are that many. So a new (newest) entry changes the
first page only, except once every ``per_page`` entries, when the first page's oldest ``per_page`` entries move
to a new numbered page (and the page before it gains a link to it); numbered pages are otherwise never
rewritten. Hugo and Pelican number from the newest, which rewrites every page of a listing when an entry comes.

Pages link to their neighbours with ``rel="next"`` (older) and ``rel="prev"`` (newer) and plain links, so
they work without JavaScript.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

ENTRIES_PER_PAGE = 50
"""Entries on a numbered page of a listing unless ``entries_per_page`` in ``cuttings.toml`` says otherwise; the
first page shows up to twice as many. At 50, a person's page with a lede under each article stays well under
100 KB of HTML (``tests/site/test_paging_site.py``)."""

PAGES_LISTED = 200
"""A first page links each numbered page up to this many (some 9 kB of links); past that (10,000 articles in a
listing) it links the newest, whose neighbour links lead through the rest, so it stays small at any size."""

T = TypeVar("T")


def page_path(listing_path: str, number: int | None) -> str:
    """The URL path of a listing's page: the listing's own for the first page (``None``), else ``page/N/``."""
    return listing_path if number is None else f"{listing_path}page/{number}/"


@dataclass(frozen=True)
class ListingPage(Generic[T]):
    number: int | None
    """None for the first page; else the page's number, 1 being the oldest entries."""
    path: str
    entries: list[T]
    """Newest first, as the listing runs."""
    older: str | None
    """Path of the page of the entries just older than these, if any."""
    newer: str | None
    """Path of the page of the entries just newer (the first page's, for the newest numbered page)."""
    older_pages: int
    """On the first page, how many numbered pages the listing has; 0 on a numbered page, which so does not change
    when pages are added."""

    @property
    def numbers_listed(self) -> list[int]:
        """The numbered pages the first page links by number, newest first: all of them, up to ``PAGES_LISTED``."""
        return list(range(self.older_pages, 0, -1)) if self.older_pages <= PAGES_LISTED else []


def numbered_pages(count: int, per_page: int | None = None) -> int:
    """How many full numbered pages a listing of ``count`` entries has: the first page keeps from ``per_page``
    to ``2 * per_page - 1`` of the newest. ``per_page`` is ``ENTRIES_PER_PAGE`` unless given."""
    return max(0, count // (per_page or ENTRIES_PER_PAGE) - 1)


def paginate(entries: Sequence[T], listing_path: str, per_page: int | None = None) -> list[ListingPage[T]]:
    """The pages of a listing of ``entries``, newest first: the first page, then numbered pages newest first."""
    per_page = per_page or ENTRIES_PER_PAGE
    count = len(entries)
    numbered = numbered_pages(count, per_page)
    first_count = count - numbered * per_page
    pages = [ListingPage(None, listing_path, list(entries[:first_count]),
                         page_path(listing_path, numbered) if numbered else None, None, numbered)]
    for number in range(numbered, 0, -1):
        # Page ``number`` holds entries [(number - 1) * per_page, number * per_page) counted from the oldest.
        stop = count - (number - 1) * per_page
        newer = page_path(listing_path, number + 1) if number < numbered else listing_path
        pages.append(ListingPage(number, page_path(listing_path, number), list(entries[stop - per_page:stop]),
                                 page_path(listing_path, number - 1) if number > 1 else None, newer, 0))
    return pages


def page_paths(count: int, listing_path: str, per_page: int | None = None) -> list[str]:
    """The paths ``paginate`` gives a listing of ``count`` entries, without the entries."""
    numbered = range(numbered_pages(count, per_page), 0, -1)
    return [listing_path, *(page_path(listing_path, number) for number in numbered)]


@dataclass(frozen=True)
class Archive:
    """What a numbered page says of the listing it belongs to."""

    kind: str
    """"Person", "Council" or "Articles"."""
    name: str
    home: str
    """Path of the listing's first page."""
    what: str
    """The listing, as the page names it: "articles naming Jo Bloggs"."""
    first_date: dt.date | None
    last_date: dt.date | None
    """The page's oldest and newest dates."""
