"""Issue 20 in Chromium: an old address redirects to the page now there; a draft is found by no search."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from cuttings.serve import make_server
from tests.browser.test_search import search
from tests.conftest import BuiltSite, Served, build
from tests.site.test_corrections import ARTICLES

pytestmark = pytest.mark.browser

DRAFT = ("---\ntitle: Quarry expansion plan\ndraft: true\n---\n"
         "Councillor Wilhelmina Quarrington said the quarry expansion plan was not final.\n")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("adoption")
    content = root / "content"
    content.mkdir()
    for name, text in ARTICLES.items():
        (content / name).write_text(text, encoding="utf-8")
    (content / "quarry.md").write_text(DRAFT, encoding="utf-8")
    corrections = root / "corrections.toml"
    corrections.write_text('[[person]]\nname = "Peter Quennell"\nalso = ["Pete Quennell"]\n', encoding="utf-8")
    report = build(content, root / "site", "/repo/", corrections_file=corrections)
    assert report.drafts == 1
    server = make_server(root / "site", 0, "/repo/", verbose=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    yield Served(f"http://{host}:{port}/repo/", BuiltSite(root / "site", report, "/repo/"))
    server.shutdown()
    server.server_close()


def test_an_old_address_lands_on_the_page_now_there(page, served: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served.url + "people/pete-quennell/")
    page.wait_for_url("**/repo/people/peter-quennell/")
    assert page.locator("h1").first.inner_text() == "Peter Quennell"


def test_a_draft_is_found_by_no_search_and_listed_nowhere(page, served: Served) -> None:  # type: ignore[no-untyped-def]
    search(page, served, "Quarrington")
    assert page.locator("#search-results li").count() == 0
    search(page, served, "quarry")
    assert page.locator("#search-results li").count() == 0
    search(page, served, "library")
    assert page.locator("#search-results li").count() >= 1, "the search works: published articles are found"
    page.goto(served.url + "articles/")
    assert "Quarry" not in page.locator("main").inner_text()
    response = page.goto(served.url + "articles/quarry-expansion-plan/")
    assert response is not None and response.status == 404
