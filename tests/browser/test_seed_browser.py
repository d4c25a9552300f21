"""Issue 2 in a real browser: search for a person and a council, follow the results, crawl every page."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen

import pytest

from tests.conftest import Served

pytestmark = pytest.mark.browser


def search_and_follow(page, served: Served, query: str, kind: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(served.url)
    page.fill("header .search-input", query)
    page.press("header .search-input", "Enter")
    page.wait_for_selector(f"#search-results li.result-{kind} a, [data-kind='{kind}'] a", timeout=10_000)
    link = page.locator(f"#search-results li.result-{kind} a, [data-kind='{kind}'] a").first
    link.click()
    page.wait_for_load_state()
    return page.locator("h1").first.inner_text()


def test_search_box_finds_a_person_and_their_page(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    heading = search_and_follow(page, served_seed_site, "Box", "person")
    assert heading == "Peter Box"
    assert page.locator("a[href*='articles/']").count() >= 3


def test_search_box_finds_a_council(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    heading = search_and_follow(page, served_seed_site, "Bradford", "council")
    assert heading == "Bradford Council"


def test_search_finds_articles_naming_a_person(page, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_seed_site.url + "search/?q=Hinchcliffe")
    page.wait_for_selector("#search-results li.result-article, [data-kind='article']", timeout=10_000)
    titles = page.locator("#search-results li.result-article a, [data-kind='article'] a").all_inner_texts()
    assert any(title.startswith("New calls") for title in titles)


class LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name in ("href", "src") and not value.startswith(("mailto:", "#")):
                self.links.append(value)


def test_every_page_link_and_asset_resolves(browser, served_seed_site: Served) -> None:  # type: ignore[no-untyped-def]
    """Crawl from the home page under the sub-path: every link and asset answers 200."""
    start = served_seed_site.url
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(start))
    seen: set[str] = set()
    queue = [start]
    broken: list[str] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        try:
            with urlopen(url) as response:
                body = response.read()
                content_type = response.headers.get("Content-Type", "")
        except OSError as error:
            broken.append(f"{url}: {error}")
            continue
        if "html" not in content_type:
            continue
        collector = LinkCollector()
        collector.feed(body.decode("utf-8"))
        for link in collector.links:
            target = urldefrag(urljoin(url, link)).url
            if target.startswith(origin) and target not in seen:
                assert target.startswith(start), f"{url} links outside the sub-path: {link}"
                queue.append(target)
    assert broken == []
    assert len(seen) > 20
    context = browser.new_context()
    page = context.new_page()
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    for url in sorted(u for u in seen if u.endswith("/")):
        page.goto(url)
    context.close()
    assert failed == []
