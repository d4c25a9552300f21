"""One URL for each kind of page on a built site, for the accessibility and layout tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import PROJECT_ROOT

PAGE_KINDS = ["home", "article", "person", "council", "people-index", "councils-index", "articles-index",
              "search", "not-found"]
SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"


def load(site_root: Path, name: str) -> list[dict[str, Any]]:
    return json.loads((site_root / "data" / f"{name}.json").read_text(encoding="utf-8"))


def page_types(site_root: Path) -> dict[str, str]:
    """Page kind -> path under the site's base URL. Picks the most-cited person and council, the longest article."""
    articles = load(site_root, "articles")
    people = load(site_root, "people")
    councils = load(site_root, "councils")
    person = max(people, key=lambda p: len(p["articles"]))
    council = max(councils, key=lambda c: len(c["articles"]))
    article = max(articles, key=lambda a: len(a["people"]))
    surname = person["name"].split()[-1]
    return {
        "home": "",
        "article": article["url"],
        "person": person["url"],
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
