"""The people index's council filter in a real browser (the lists themselves need no JavaScript)."""

from __future__ import annotations

import pytest

from tests.conftest import Served

pytestmark = pytest.mark.browser


def visible_people(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.locator(".people-list > li:visible > a").all_inner_texts()


def test_filter_by_council_hides_others_and_keeps_the_choice(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_seed_site.url + "people/")
    everyone = visible_people(page)
    assert page.locator(".people-filter").is_visible()
    options = page.locator("#people-council option").evaluate_all("nodes => nodes.map(n => n.value)")
    council = next(value for value in options if value)
    page.select_option("#people-council", council)
    shown = visible_people(page)
    assert 0 < len(shown) < len(everyone)
    number = str(options.index(council))  # rows name councils by their options' places in the list
    for row in page.locator(".people-list > li:visible").all():
        assert number in (row.get_attribute("data-councils") or "").split()
    assert f"council={council}" in page.url
    page.locator(".orders a", has_text="Most articles").click()
    page.wait_for_load_state()
    assert "people/by-articles/" in page.url
    assert page.locator("#people-council").input_value() == council
    assert sorted(visible_people(page)) == sorted(shown)
    page.select_option("#people-council", "")
    assert len(visible_people(page)) == len(everyone)
