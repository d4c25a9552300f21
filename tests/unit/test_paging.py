"""Long listings cut into pages numbered from the oldest (``cuttings/paging.py``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cuttings.paging import ListingPage, page_paths, paginate


def newest_first(count: int) -> list[int]:
    """Entries numbered in the order they came: the newest has the highest number."""
    return list(range(count, 0, -1))


def test_short_listing_is_one_page() -> None:
    pages = paginate(newest_first(5), "people/x/", per_page=3)
    assert [(page.number, page.entries, page.older, page.newer) for page in pages] == \
        [(None, [5, 4, 3, 2, 1], None, None)]


def test_long_listing_first_page_holds_the_newest_and_links_older() -> None:
    pages = paginate(newest_first(10), "people/x/", per_page=3)
    first, *numbered = pages
    assert first.entries == [10, 9, 8, 7] and first.older == "people/x/page/2/" and first.newer is None
    assert [(page.number, page.entries) for page in numbered] == [(2, [6, 5, 4]), (1, [3, 2, 1])]
    assert numbered[0].newer == "people/x/" and numbered[0].older == "people/x/page/1/"
    assert numbered[1].newer == "people/x/page/2/" and numbered[1].older is None
    assert [page.path for page in pages] == page_paths(10, "people/x/", per_page=3)


@given(st.integers(0, 400), st.integers(1, 20))
def test_every_entry_once_in_order_and_pages_bounded(count: int, per_page: int) -> None:
    pages = paginate(newest_first(count), "a/", per_page)
    assert [entry for page in pages for entry in page.entries] == newest_first(count)
    first, *numbered = pages
    assert all(len(page.entries) == per_page for page in numbered)
    assert len(first.entries) < 2 * per_page
    if count >= per_page:
        assert len(first.entries) >= per_page


def by_path(pages: list[ListingPage[int]]) -> dict[str, ListingPage[int]]:
    return {page.path: page for page in pages}


@given(st.integers(0, 400), st.integers(1, 20))
def test_a_new_entry_leaves_numbered_pages_as_they_were(count: int, per_page: int) -> None:
    """A new (newest) entry changes the first page; only when it starts a new numbered page does the page before
    that one change too, and only its link to the newer page."""
    before = by_path(paginate(newest_first(count), "a/", per_page))
    after = by_path(paginate(newest_first(count + 1), "a/", per_page))
    changed = [path for path in after if path != "a/" and after[path] != before.get(path)]
    assert len(changed) <= 2
    for path in changed:
        if path in before:  # the newest numbered page of before: its entries stay, its newer link moves up
            assert after[path].entries == before[path].entries and after[path].older == before[path].older
    assert set(before) <= set(after)


def test_first_page_lists_page_numbers_only_while_they_are_few(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cuttings import paging
    assert paginate(newest_first(12), "a/", per_page=3)[0].numbers_listed == [3, 2, 1]
    monkeypatch.setattr(paging, "PAGES_LISTED", 2)
    first, *numbered = paginate(newest_first(12), "a/", per_page=3)
    assert first.numbers_listed == [] and first.older == "a/page/3/"
    assert all(page.numbers_listed == [] for page in numbered)
