"""Every kind of page fits a phone (375 px) and a desktop (1280 px) without sideways scrolling, in light and
dark mode. Screenshots land in test-artifacts/screenshots/ for a person to look at."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.page_types import PAGE_KINDS, SCREENSHOTS, page_types, settle
from tests.conftest import Served

pytestmark = pytest.mark.browser

WIDTHS = [375, 1280]


def open_page(browser: Any, served: Served, kind: str, width: int, scheme: str = "light") -> tuple[Any, Any]:
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    page.goto(served.url + page_types(served.site.root)[kind])
    settle(page, kind)
    return context, page


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_horizontal_scrolling(browser, served_seed_site: Served, kind: str, width: int,  # type: ignore[no-untyped-def]
                                 scheme: str) -> None:
    context, page = open_page(browser, served_seed_site, kind, width, scheme)
    try:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{kind}-{width}-{scheme}.png"), full_page=True)
        overflow = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        wide = page.evaluate(
            """() => [...document.querySelectorAll('body *')]
                 .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                 .slice(0, 5).map(e => e.tagName + '.' + e.className)"""
        )
    finally:
        context.close()
    assert overflow[0] <= overflow[1], f"page is {overflow[0]} px wide in a {overflow[1]} px window: {wide}"


@pytest.mark.parametrize("kind", ["article", "person"])
def test_text_keeps_a_readable_measure_on_a_desktop(browser, served_seed_site: Served,  # type: ignore[no-untyped-def]
                                                    kind: str) -> None:
    """Lines of body text stay under about 80 characters however wide the window."""
    context, page = open_page(browser, served_seed_site, kind, 1280)
    try:
        width, font_size = page.evaluate(
            """() => [Math.max(...[...document.querySelectorAll('main p')].map(p => p.getBoundingClientRect().width)),
                      parseFloat(getComputedStyle(document.body).fontSize)]"""
        )
    finally:
        context.close()
    assert width / font_size <= 40, "a line of about 80 characters is roughly 40 em wide"


def test_dark_mode_changes_the_colours(browser, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    backgrounds = []
    for scheme in ("light", "dark"):
        context, page = open_page(browser, served_seed_site, "home", 1280, scheme)
        backgrounds.append(page.evaluate("() => getComputedStyle(document.body).backgroundColor"))
        context.close()
    assert backgrounds[0] != backgrounds[1]


def test_print_hides_navigation_and_search(browser, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    context, page = open_page(browser, served_seed_site, "article", 1280)
    try:
        page.emulate_media(media="print")
        hidden = page.evaluate(
            """() => ['.site-header', '.site-footer', '.prev-next']
                 .map(s => document.querySelector(s)).filter(Boolean)
                 .map(e => getComputedStyle(e).display)"""
        )
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.pdf(path=str(SCREENSHOTS / "article-print.pdf"))
    finally:
        context.close()
    assert hidden and set(hidden) == {"none"}


@pytest.mark.parametrize("width", WIDTHS)
def test_the_header_search_box_takes_the_room_its_link_held(browser, served_seed_site: Served,  # type: ignore[no-untyped-def]
                                                            width: int) -> None:
    """The page has a link to the search page where names.js draws the box (issue 16): without JavaScript the
    link is there, and with it the box replaces the link without the header changing height."""
    header = "() => document.querySelector('.site-header').getBoundingClientRect().height"
    path = page_types(served_seed_site.site.root)["article"]
    heights = {}
    for script in (False, True):
        context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=script)
        page = context.new_page()
        try:
            page.goto(served_seed_site.url + path)
            if script:
                page.wait_for_selector(".site-header form.search-form input.search-input")
                assert page.locator(".site-header a.search-link").count() == 0
                assert page.get_attribute(".site-header form.search-form", "action") == "../../search/"
            else:
                assert page.get_attribute(".site-header a.search-link", "href") == "../../search/"
                assert page.locator(".site-header input").count() == 0
            heights[script] = page.evaluate(header)
        finally:
            context.close()
    assert abs(heights[True] - heights[False]) <= 1, heights
