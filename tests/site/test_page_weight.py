"""What a page weighs beyond what it says (issue 16): tens of thousands of pages repeat their head, header and
footer, and most people are named once, so those pages' weight is most of a large site's. And nothing is lost
for it: every article, person and council still has its page, and every person and council its feed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import BuiltSite

CHROME_BYTES = 2_100
"""What a page may weigh outside ``<main>``, less its own title, description and canonical address: 2,490 to
2,670 bytes on the seed site before issue 16's cuts, 1,830 to 1,970 after."""
NAMED_ONCE_BYTES = 1_700
"""What a person page for someone named once may hold in ``<main>`` besides their quotations: 1,940 to 2,800 bytes
on the seed site before, with an "Appears with" list that repeated their article's people, 850 to 1,580 after."""


def load(site: BuiltSite, name: str) -> list[dict]:
    return json.loads((site.root / "data" / f"{name}.json").read_text(encoding="utf-8"))


def chrome(html: str) -> str:
    """The page less its ``<main>`` and its own title, description and canonical address."""
    outside = html[:html.index("<main")] + html[html.index("</main>"):]
    own = [re.search(pattern, outside) for pattern in (
        r"<title>([^<]*)</title>", r'<meta property="og:title" content="([^"]*)"',
        r'<meta name="description" content="([^"]*)"', r'<link rel="canonical" href="([^"]*)"')]
    for found in own:
        if found is not None:
            outside = outside.replace(found.group(1), "", 1)
    return outside


def test_every_page_chrome_is_small(seed_site: BuiltSite) -> None:
    pages = sorted(seed_site.root.glob("*/*/index.html"))
    assert len(pages) > 15
    for page in pages:
        weight = len(chrome(page.read_text(encoding="utf-8")).encode("utf-8"))
        assert weight <= CHROME_BYTES, (page, weight)


def test_a_person_named_once_has_a_small_page(seed_site: BuiltSite) -> None:
    once = [person for person in load(seed_site, "people") if len(person["articles"]) == 1]
    assert len(once) >= 3
    for person in once:
        page = (seed_site.root / "people" / person["slug"] / "index.html").read_text(encoding="utf-8")
        main = page[page.index("<main"):page.index("</main>")]
        said = re.search(r'<section aria-labelledby="said">.*?</section>', main, re.DOTALL)
        weight = len(main.encode("utf-8")) - (len(said.group(0).encode("utf-8")) if said else 0)
        assert weight <= NAMED_ONCE_BYTES, (person["slug"], weight)
        assert f'href="../../articles/{person["articles"][0]}/' in main, "the page links its one article"


def test_nothing_is_lost_for_it(seed_site: BuiltSite) -> None:
    root: Path = seed_site.root
    dated = {article["slug"] for article in load(seed_site, "articles") if article["date"]}
    for kind in ("articles", "people", "councils"):
        records = load(seed_site, kind)
        assert records
        for record in records:
            assert (root / kind / record["slug"] / "index.html").is_file(), record["slug"]
            if kind != "articles":
                # A feed lists the dated articles (a feed reader would show an undated one as new each time).
                feed = (root / kind / record["slug"] / "feed.xml").read_text(encoding="utf-8")
                assert feed.count("<entry>") == len(set(record["articles"]) & dated), record["slug"]
    for person in load(seed_site, "people"):
        page = (root / "people" / person["slug"] / "index.html").read_text(encoding="utf-8")
        for slug in person["articles"]:
            assert f'href="../../articles/{slug}/' in page, (person["slug"], slug)


def test_article_pages_link_each_other_from_their_folder(seed_site: BuiltSite) -> None:
    """Related, previous and next articles are linked as "../x/", never the page itself ("./"), whichever page
    the build rendered first (the links are worked out once for all article pages)."""
    pages = sorted((seed_site.root / "articles").glob("*/index.html"))
    siblings = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'href="./"' not in html and f'href="../{page.parent.name}/"' not in html, page.parent.name
        for slug in re.findall(r'href="\.\./([^./"][^/"]*)/"', html):
            assert (seed_site.root / "articles" / slug / "index.html").is_file(), slug
            siblings += 1
    assert siblings >= 2 * len(pages) - 2
