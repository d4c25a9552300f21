"""What a page weighs beyond what it says (issue 16): tens of thousands of pages repeat their head, header and
footer, and most people are named once, so those pages' weight was most of a large site's. People named once are
entries on shared pages (``cuttings/named_once.py``); everyone else, every council and every article keeps a page,
and every person with a page and every council a feed."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

from cuttings.link import build_catalogue
from cuttings.model import Article, BuildSettings, Paragraph, PersonMention, QuoteFact
from cuttings.pipeline import DEFAULT_STATIC, DEFAULT_TEMPLATES
from cuttings.site import site_pages
from tests.conftest import BuiltSite, exported
from tests.markup import page_text, readable

CHROME_BYTES = 2_100
"""What a page may weigh outside ``<main>``, less its own title, description and canonical address: 2,490 to
2,670 bytes on the seed site before issue 16's cuts, 1,830 to 1,970 after."""
PAGE_BYTES = 100_000
"""No HTML page may weigh more (issue 16)."""
FILES_PER_ARTICLE = 2.5
"""Files a site may hold an article (issue 16); a page and a feed for every person made 7 on the corpus below."""


def load(site: BuiltSite, name: str) -> list[dict]:
    return exported(site.root, name)


def chrome(html: str) -> str:
    """The page less its ``<main>`` and its own title, description and canonical address."""
    outside = html[:html.index("<main")] + html[html.index("</main>"):]
    own = [re.search(pattern, outside) for pattern in (  # as minified (``cuttings/minify.py``)
        r"<title>([^<]*)</title>", r'<meta content=("[^"]*"|[^ >]*) name=description>',
        r"<link href=([^ >]*) rel=canonical>")]
    for found in own:
        if found is not None:
            outside = outside.replace(found.group(1), "", 1)
    return outside


def test_every_page_chrome_is_small(seed_site: BuiltSite) -> None:
    pages = sorted([*seed_site.root.glob("*/*/index.html"), *seed_site.root.glob("people/once/*/index.html")])
    assert len(pages) > 15
    for page in pages:
        weight = len(chrome(page.read_text(encoding="utf-8")).encode("utf-8"))
        assert weight <= CHROME_BYTES, (page, weight)


def entry_of(root: Path, url: str) -> tuple[Path, str]:
    """The file of a person's shared page and their entry on it, from their export ``url``."""
    path, anchor = url.split("#")
    html = page_text(root / path / "index.html")
    start = html.index(f'<section class="person-once" id="{anchor}">')
    return root / path / "index.html", html[start:html.index("</section>", start)]


def test_a_person_named_once_is_an_entry_on_a_shared_page(seed_site: BuiltSite) -> None:
    root = seed_site.root
    once = [person for person in load(seed_site, "people") if len(person["articles"]) == 1]
    assert len(once) >= 3
    for person in once:
        assert person["url"].startswith("people/once/") and "#" in person["url"], person
        assert not (root / "people" / person["slug"]).exists(), "no page of their own"
        page, entry = entry_of(root, person["url"])
        assert f"<h2>{person['name']}</h2>" in entry.replace("&#39;", "'")
        assert f'href="../../../articles/{person["articles"][0]}/"' in entry, "the entry links its one article"
        # Their quotations, all from the one article, under one caption linked to the first one's paragraph.
        if person["quotes"]:
            first = person["quotes"][0]
            assert f'href="../../../articles/{first["article"]}/#p{first["at"][0]}"' in entry
            assert entry.count("<blockquote>") == len(person["quotes"]) and entry.count("<figcaption>") == 1
        # Every link to them leads to the entry: their article's page, the people A–Z.
        article = page_text(root / "articles" / person["articles"][0] / "index.html")
        assert f'href="../../{person["url"]}"' in article
        assert f'href="../../people/{person["slug"]}/"' not in article
        assert f'href="../{person["url"]}"' in page_text(root / "people" / "index.html")
        assert len(page.read_bytes()) <= PAGE_BYTES


def test_nothing_is_lost_for_it(seed_site: BuiltSite) -> None:
    root: Path = seed_site.root
    dated = {article["slug"] for article in load(seed_site, "articles") if article["date"]}
    for kind in ("articles", "people", "councils"):
        records = load(seed_site, kind)
        assert records
        for record in records:
            if kind == "people" and len(record["articles"]) == 1:
                assert not (root / kind / record["slug"] / "feed.xml").exists(), "no feed for one article"
                continue
            assert (root / kind / record["slug"] / "index.html").is_file(), record["slug"]
            if kind != "articles":
                # A feed lists the dated articles (a feed reader would show an undated one as new each time).
                feed = (root / kind / record["slug"] / "feed.xml").read_text(encoding="utf-8")
                assert feed.count("<entry>") == len(set(record["articles"]) & dated), record["slug"]
    people = [person for person in load(seed_site, "people") if len(person["articles"]) > 1]
    assert people
    for person in people:
        assert person["url"] == f"people/{person['slug']}/"
        page = page_text(root / "people" / person["slug"] / "index.html")
        for slug in person["articles"]:
            assert f'href="../../articles/{slug}/' in page, (person["slug"], slug)


def test_article_pages_link_each_other_from_their_folder(seed_site: BuiltSite) -> None:
    """Related, previous and next articles are linked as "../x/", never the page itself ("./"), whichever page
    the build rendered first (the links are worked out once for all article pages)."""
    pages = sorted((seed_site.root / "articles").glob("*/index.html"))
    siblings = 0
    for page in pages:
        html = page_text(page)
        assert 'href="./"' not in html and f'href="../{page.parent.name}/"' not in html, page.parent.name
        for slug in re.findall(r'href="\.\./([^./"][^/"]*)/"', html):
            assert (seed_site.root / "articles" / slug / "index.html").is_file(), slug
            siblings += 1
    assert siblings >= 2 * len(pages) - 2


SYLLABLES = ("al", "an", "bel", "cor", "da", "el", "fen", "gar", "hal", "is", "jo", "ka", "lor", "ma", "nor", "os",
             "pen", "ro", "sa", "tem", "ul", "ven", "wil", "yor")


def generated_articles(count: int, seed: int = 16) -> list[Article]:
    """``count`` articles, each naming a regular (one of a few dozen, named in many articles) and three people named
    in it alone, two of them quoted at length: most people named once, as in a real archive."""
    generator = random.Random(seed)

    def name() -> str:
        return " ".join("".join(generator.choices(SYLLABLES, k=generator.randint(1, 3))).title() for _ in range(2))

    regulars = [name() for _ in range(40)]
    articles = []
    for number in range(count):
        people = [generator.choice(regulars), *(name() for _ in range(3))]
        said = [" ".join(generator.choices(SYLLABLES, k=generator.randint(40, 160))).capitalize() + "."
                for _ in people[2:]]
        paragraphs = [f"{people[0]} of Oldham Council spoke at meeting {number}, with {people[1]}.",
                      *(f'"{quote}" said {person}.' for quote, person in zip(said, people[2:], strict=True))]
        articles.append(Article(
            source_file=f"story-{number:04d}.txt", content_hash=str(number), title=f"Meeting {number} held",
            date=dt.date(2015, 1, 1) + dt.timedelta(days=number), source="Test Gazette", body_format="text",
            body="\n\n".join(paragraphs), paragraphs=tuple(Paragraph(text) for text in paragraphs),
            people=tuple(PersonMention(person) for person in dict.fromkeys(people)), councils=("Oldham Council",),
            quotes=tuple(QuoteFact(person, quote, 1 + place, 1) for place, (quote, person)
                         in enumerate(zip(said, people[2:], strict=True))),
        ))
    return articles


def test_a_generated_archive_keeps_to_the_budget_of_files_and_page_weight() -> None:
    count = 400
    catalogue = build_catalogue(generated_articles(count))
    once = sum(1 for person in catalogue.people.values() if len(person.articles) == 1)
    assert once > 2 * count, "most people are named once"
    settings = BuildSettings(content_dir=Path("content"), output_dir=Path("site"), base_url="/repo/")
    pages = {page.path: page.content for page in site_pages(catalogue, settings, DEFAULT_TEMPLATES)}
    static = sum(1 for path in DEFAULT_STATIC.rglob("*") if path.is_file())
    assert (len(pages) + static) / count <= FILES_PER_ARTICLE
    shared = [path for path in pages if path.startswith("people/once/")]
    assert any(len(path.split("/")[2]) > 1 for path in shared), "the shared pages of large first letters are split"
    heaviest = max((path for path in pages if path.endswith(".html")), key=lambda path: len(pages[path]))
    assert len(pages[heaviest]) <= PAGE_BYTES, heaviest
    assert len(pages[max(shared, key=lambda path: len(pages[path]))]) > PAGE_BYTES / 4, "the limit was approached"
    # Each person named once has an entry at the anchor every link to them uses.
    for slug, person in catalogue.people.items():
        if len(person.articles) == 1:
            article = readable(pages[f"articles/{person.articles[0]}/index.html"])
            link = re.search(rf'href="\.\./\.\./(people/once/[^/]+/)#{slug}"', article)
            assert link is not None, slug
            assert f'<section class="person-once" id="{slug}">' in readable(pages[f"{link.group(1)}index.html"])
