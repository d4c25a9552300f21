"""Paginated person and council pages in a real browser, with JavaScript and without: the pager's links lead
through every article, oldest page to newest, and back."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cuttings import paging
from cuttings.link import build_catalogue
from cuttings.model import BuildSettings
from cuttings.pipeline import DEFAULT_STATIC, DEFAULT_TEMPLATES
from cuttings.serve import make_server
from cuttings.site import site_pages
from tests.conftest import checked_page
from tests.site.test_paging_site import COUNT, PER_PAGE, article

pytestmark = pytest.mark.browser
BASE = "/repo/"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("paged") / "site"
    saved = paging.ENTRIES_PER_PAGE
    paging.ENTRIES_PER_PAGE = PER_PAGE
    try:
        settings = BuildSettings(content_dir=Path("content"), output_dir=root, base_url=BASE)
        catalogue = build_catalogue([article(number) for number in range(1, COUNT + 1)])
        for page in site_pages(catalogue, settings, DEFAULT_TEMPLATES):
            target = root / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page.content)
    finally:
        paging.ENTRIES_PER_PAGE = saved
    shutil.copytree(DEFAULT_STATIC, root / "static")
    server = make_server(root, 0, BASE, verbose=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}{BASE}"
    server.shutdown()
    server.server_close()


@pytest.fixture(params=[True, False], ids=["with-js", "without-js"])
def tab(request: pytest.FixtureRequest, browser: object) -> Iterator[object]:
    yield from checked_page(browser, java_script_enabled=request.param)


def listed_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.locator("#articles ~ ul > li > a, #timeline ~ ul > li > a").all_inner_texts()


@pytest.mark.parametrize("home", ["people/ann-thorne/", "councils/oldham-council/"])
def test_pager_leads_through_every_article_and_back(tab, served: str, home: str) -> None:  # type: ignore[no-untyped-def]
    tab.goto(served + home)
    seen = listed_titles(tab)
    assert seen[0] == f"Library {COUNT:02d} opens" and len(seen) < COUNT
    while tab.locator("nav.pager a[rel=next]").count():
        tab.locator("nav.pager a[rel=next]").first.click()
        tab.wait_for_load_state()
        assert "/page/" in tab.url
        seen += listed_titles(tab)
    assert seen == [f"Library {number:02d} opens" for number in range(COUNT, 0, -1)]
    assert tab.url.endswith(f"{home}page/1/")
    assert tab.locator("link[rel=prev]").count() == 1 and tab.locator("link[rel=next]").count() == 0
    while tab.locator("nav.pager a[rel=prev]").count():
        tab.locator("nav.pager a[rel=prev]").first.click()
        tab.wait_for_load_state()
    assert tab.url == served + home
    tab.locator("nav.pager a", has_text="1").last.click()
    tab.wait_for_load_state()
    assert tab.url.endswith(f"{home}page/1/")
    tab.locator("nav.pager a", has_text="Latest articles").first.click()
    tab.wait_for_load_state()
    assert tab.url == served + home


@pytest.mark.parametrize("path", ["people/ann-thorne/", "people/ann-thorne/page/1/",
                                  "councils/oldham-council/page/2/", "articles/page/1/"])
def test_paginated_pages_have_no_serious_accessibility_violations(browser, served: str, path: str) -> None:  # type: ignore[no-untyped-def]
    from tests.browser.test_accessibility import AXE, BLOCKING_IMPACTS, axe_violations, describe

    if not AXE.exists():
        reason = f"axe-core is not installed at {AXE} (npm ci --prefix tests/browser)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(served + path)
        blocking = [v for v in axe_violations(page, AXE.read_text(encoding="utf-8"))
                    if v["impact"] in BLOCKING_IMPACTS]
    finally:
        context.close()
    assert describe(blocking) == []
