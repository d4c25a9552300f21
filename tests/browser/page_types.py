"""One URL for each kind of page on a built site, for the accessibility and layout tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import PROJECT_ROOT, exported

PAGE_KINDS = ["home", "article", "person", "named-once", "council", "people-index", "councils-index", "articles-index",
              "search", "not-found"]
SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"


def load(site_root: Path, name: str) -> list[dict[str, Any]]:
    return exported(site_root, name)


def page_types(site_root: Path) -> dict[str, str]:
    """Page kind -> path under the site's base URL. Picks the most-cited person and council, the longest article."""
    articles = load(site_root, "articles")
    people = load(site_root, "people")
    councils = load(site_root, "councils")
    person = max(people, key=lambda p: len(p["articles"]))
    once = next(p for p in people if len(p["articles"]) == 1)
    council = max(councils, key=lambda c: len(c["articles"]))
    article = max(articles, key=lambda a: len(a["people"]))
    surname = person["name"].split()[-1]
    return {
        "home": "",
        "article": article["url"],
        "person": person["url"],
        "named-once": once["url"],
        "council": council["url"],
        "people-index": "people/",
        "councils-index": "councils/",
        "articles-index": "articles/",
        "search": f"search/?q={surname}",
        "not-found": "no/such/page/at/depth/",
    }


def settle(page: Any, kind: str) -> None:
    """Wait until the page shows what a reader would see (search results are drawn by script)."""
    page.wait_for_load_state("load")
    if kind == "search":
        page.wait_for_selector("#search-results li", timeout=10_000)
        # Snippets follow the results, once their article pages are in (static/js/search.js).
        page.wait_for_function("() => { const list = document.getElementById('search-results');"
                               " return list.dataset.snippets === list.dataset.query; }", timeout=10_000)
