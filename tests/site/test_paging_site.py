"""Person, council and article listings paginated (``cuttings/paging.py``), on pages built from articles written
here, with a page size small enough to need several pages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from cuttings import paging
from cuttings.link import build_catalogue
from cuttings.model import Article, BuildSettings, Paragraph, PersonMention, QuoteFact
from cuttings.pipeline import DEFAULT_TEMPLATES
from cuttings.site import site_pages
from tests.markup import readable

PER_PAGE = 3
COUNT = 11
"""Eleven articles at three a page: numbered pages 1 to 2 hold six, the first page the newest five."""


def article(number: int) -> Article:
    text = f"Coun Ann Thorne of Oldham Council opened library number {number}."
    return Article(
        source_file=f"story-{number:02d}.txt", content_hash=str(number), title=f"Library {number:02d} opens",
        date=dt.date(2020, 1, 1) + dt.timedelta(days=10 * number), source="Test Gazette", body_format="text",
        body=text, paragraphs=(Paragraph(text),), people=(PersonMention("Ann Thorne", ("Coun Ann Thorne",)),),
        councils=("Oldham Council",), quotes=(QuoteFact("Ann Thorne", f"Library {number:02d} is open."),),
    )


def render(count: int) -> dict[str, str]:
    settings = BuildSettings(content_dir=Path("content"), output_dir=Path("site"), base_url="/repo/")
    catalogue = build_catalogue([article(number) for number in range(1, count + 1)])
    return {page.path: readable(page.content) for page in site_pages(catalogue, settings, DEFAULT_TEMPLATES)
            if page.path.endswith(".html")}


@pytest.fixture(scope="module")
def small_pages() -> Iterator[None]:
    saved = paging.ENTRIES_PER_PAGE
    paging.ENTRIES_PER_PAGE = PER_PAGE
    yield
    paging.ENTRIES_PER_PAGE = saved


@pytest.fixture(scope="module")
def site(small_pages: None) -> dict[str, str]:
    return render(COUNT)


def titles(html: str) -> list[str]:
    return re.findall(r">Library (\d\d) opens<", html)


def listed(html: str) -> list[str]:
    """The articles a listing page lists (not those named as evidence beside roles or quotes)."""
    section = html[html.index('aria-labelledby="articles"') if 'aria-labelledby="articles"' in html
                   else html.index('aria-labelledby="timeline"'):]
    return titles(section.split("</section>", 1)[0])


@pytest.mark.parametrize("home", ["people/ann-thorne/", "councils/oldham-council/"])
def test_listing_pages_hold_every_article_once_newest_first(site: dict[str, str], home: str) -> None:
    first = site[f"{home}index.html"]
    pages = [first, site[f"{home}page/2/index.html"], site[f"{home}page/1/index.html"]]
    assert f"{home}page/3/index.html" not in site
    assert [listed(page) for page in pages] == [["11", "10", "09", "08", "07"], ["06", "05", "04"],
                                                ["03", "02", "01"]]


@pytest.mark.parametrize("home", ["people/ann-thorne/", "councils/oldham-council/", "articles/"])
def test_pages_link_their_neighbours_with_rel_next_and_prev(site: dict[str, str], home: str) -> None:
    root = "../" * home.count("/")
    first = site[f"{home}index.html"]
    assert f'<link href="{root}{home}page/2/" rel="next">' in first and 'rel="prev"' not in first
    assert f'<a href="{root}{home}page/2/" rel="next">Older articles</a>' in first
    assert f'<a href="{root}{home}page/1/">1</a>' in first  # the first page links every numbered page
    root = "../" * (home.count("/") + 2)
    second = site[f"{home}page/2/index.html"]
    assert f'<link href="{root}{home}" rel="prev">' in second
    assert f'<link href="{root}{home}page/1/" rel="next">' in second
    oldest = site[f"{home}page/1/index.html"]
    assert f'<a href="{root}{home}page/2/" rel="prev">Newer articles</a>' in oldest and 'rel="next"' not in oldest
    assert f'href="{root}static/css/site.css"' in oldest


def test_person_quotes_go_with_their_articles_page(site: dict[str, str]) -> None:
    first, oldest = site["people/ann-thorne/index.html"], site["people/ann-thorne/page/1/index.html"]
    assert "Library 11 is open." in first and "Library 01 is open." not in first
    assert "Library 01 is open." in oldest and "Library 11 is open." not in oldest


def test_a_new_article_rewrites_the_first_pages_and_no_numbered_page(small_pages: None,
                                                                      site: dict[str, str]) -> None:
    before = render(COUNT - 1)
    for home in ("people/ann-thorne/", "councils/oldham-council/", "articles/"):
        assert before[f"{home}page/1/index.html"] == site[f"{home}page/1/index.html"]
        assert before[f"{home}page/2/index.html"] == site[f"{home}page/2/index.html"]
        assert before[f"{home}index.html"] != site[f"{home}index.html"]


def test_a_new_page_changes_only_the_newer_link_of_the_page_before(small_pages: None,
                                                                    site: dict[str, str]) -> None:
    grown = render(COUNT + 1)
    for home in ("people/ann-thorne/", "councils/oldham-council/", "articles/"):
        assert listed(grown[f"{home}page/3/index.html"]) == ["09", "08", "07"]
        assert grown[f"{home}page/1/index.html"] == site[f"{home}page/1/index.html"]
        old_second, new_second = site[f"{home}page/2/index.html"], grown[f"{home}page/2/index.html"]
        assert new_second.replace(f"{home}page/3/", home) == old_second


SURNAMES = ["Abbott", "Ashby", "Baker", "Bell", "Carter", "Cole", "Dale", "Drake", "Ellis", "Ford", "Grant", "Hale",
            "Irwin", "Jones", "Kerr", "Lane", "Marsh", "Nash", "Owen", "Page", "Quinn", "Reed", "Shaw", "Stone",
            "Tate", "Usher", "Vance", "Wade", "West", "Young"]


def people_site(surnames: list[str]) -> dict[str, str]:
    settings = BuildSettings(content_dir=Path("content"), output_dir=Path("site"), base_url="/repo/")
    articles = []
    for number, surname in enumerate(surnames):
        text = f"Jo {surname} spoke."
        articles.append(Article(
            source_file=f"p{number:02d}.txt", content_hash=f"p{number}", title=f"Talk {number}",
            date=dt.date(2021, 1, 1) + dt.timedelta(days=number), source=None, body_format="text", body=text,
            paragraphs=(Paragraph(text),), people=(PersonMention(f"Jo {surname}", ()),), councils=()))
    pages = site_pages(build_catalogue(articles), settings, DEFAULT_TEMPLATES)
    return {page.path: readable(page.content) for page in pages if page.path.startswith("people/")
            and page.path.endswith(".html") and "/jo-" not in page.path.removeprefix("people/from/")}


@pytest.fixture
def small_name_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    from cuttings.analysis import views
    monkeypatch.setattr(views, "PEOPLE_PER_PAGE", 4)
    monkeypatch.setattr(views, "PEOPLE_PAGE_MOST", 6)
    monkeypatch.setattr(views, "PEOPLE_IN_TOP_LISTS", 5)


def a_to_z(site: dict[str, str]) -> list[str]:
    """The A–Z's pages, from the first along the rel=next links."""
    chain, path = [], "people/index.html"
    while True:
        chain.append(path)
        found = re.search(r'<link href="([^"]+)" rel="next">', site[path])
        if not found:
            return chain
        path = re.sub(r"^(\.\./)+", "", found.group(1)) + "index.html"


def names_on(html: str) -> list[str]:
    return re.findall(r'<li data-councils(?:="[^"]*")?><a href="[^"]*">Jo (\w+)</a>', html)


def test_people_a_to_z_pages_hold_everyone_once_and_are_bounded(small_name_pages: None) -> None:
    site = people_site(SURNAMES)
    chain = a_to_z(site)
    assert len(chain) > 2
    assert [name for path in chain for name in names_on(site[path])] == SURNAMES
    assert all(len(names_on(site[path])) <= 6 for path in chain)
    first = site["people/index.html"]
    assert all(f'href="../{path.removesuffix("index.html")}"' in first for path in chain[1:])
    for order in ("by-articles", "by-latest"):
        assert len(names_on(site[f"people/{order}/index.html"])) == 5
        assert "everyone is in the A–Z" in site[f"people/{order}/index.html"]


def test_the_first_a_to_z_page_lists_the_pages_only_while_they_are_few(small_name_pages: None,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from cuttings.analysis import views
    assert 'class="name-pages"' in people_site(SURNAMES)["people/index.html"]
    monkeypatch.setattr(views, "NAME_PAGES_LISTED", 2)
    first = people_site(SURNAMES)["people/index.html"]
    assert 'class="name-pages"' not in first and 'class="letters"' in first and 'rel="next"' in first


def test_a_new_person_changes_their_a_to_z_page_and_the_first(small_name_pages: None) -> None:
    before = people_site(SURNAMES)
    after = people_site([*SURNAMES, "Moss"])
    changed = [path for path in after if path.startswith("people/from/") and after[path] != before.get(path)]
    assert 1 <= len(changed) <= 2  # the page the person joins; if they start a page, the one after it too
    assert any("Moss" in names_on(after[path]) for path in [*changed, "people/index.html"])


def test_a_site_naming_nobody_has_one_empty_a_to_z_page() -> None:
    site = people_site([])
    assert "No people found yet." in site["people/index.html"]
    assert not any(path.startswith("people/from/") for path in site)


def test_the_sitemap_paths_are_the_pages_made(small_pages: None, small_name_pages: None) -> None:
    from cuttings.render import SiteRenderer, make_environment

    articles = [article(number) for number in range(1, COUNT + 1)]
    renderer = SiteRenderer(build_catalogue(articles), make_environment(DEFAULT_TEMPLATES), "Cuttings")
    made = [page.path for page in renderer.render_all()]
    assert any("/page/" in path for path in made)
    assert sorted(renderer.html_paths()) == sorted(made)


def test_a_page_shows_its_newest_quotes_and_counts_the_rest(small_pages: None,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from cuttings.analysis import views
    monkeypatch.setattr(views, "QUOTES_SHOWN", 2)
    site = render(COUNT)
    first, oldest = site["people/ann-thorne/index.html"], site["people/ann-thorne/page/1/index.html"]
    assert re.findall(r"Library (\d\d) is open\.", first) == ["11", "10"] and "And 3 more in the articles" in first
    assert re.findall(r"Library (\d\d) is open\.", oldest) == ["03", "02"] and "And 1 more in these" in oldest


def test_a_to_z_pages_are_cut_by_bytes_too() -> None:
    from cuttings.analysis import views
    slugs = [f"person-{number}" for number in range(50)]
    plain = views.name_page_starts(slugs, [100] * 50)
    heavy = views.name_page_starts(slugs, [views.PEOPLE_PAGE_MOST_BYTES // 4] * 50)
    assert all(stop - start <= 4 for start, stop in zip(heavy, [*heavy[1:], 50], strict=True))
    assert set(plain) <= set(heavy)  # the hash's cuts stay where they were


def test_entries_per_page_setting_sets_the_page_size() -> None:
    """``entries_per_page`` in cuttings.toml reaches the listings: at 3 a page, 11 articles make numbered pages 1
    and 2; at 20, none."""
    catalogue = build_catalogue([article(number) for number in range(1, COUNT + 1)])

    def person_pages(per_page: int | None) -> set[str]:
        settings = BuildSettings(content_dir=Path("content"), output_dir=Path("site"), base_url="/repo/",
                                 entries_per_page=per_page)
        return {page.path for page in site_pages(catalogue, settings, DEFAULT_TEMPLATES)
                if page.path.startswith("people/ann-thorne/") and page.path.endswith(".html")}

    assert person_pages(PER_PAGE) == {"people/ann-thorne/index.html", "people/ann-thorne/page/1/index.html",
                                      "people/ann-thorne/page/2/index.html"}
    assert person_pages(20) == {"people/ann-thorne/index.html"}
