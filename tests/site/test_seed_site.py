"""The five seed articles build into the site issue 2 describes: checked through the data export and pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED_CONTENT, BuiltSite, build, exported
from tests.markup import page_text


def load(site: BuiltSite, name: str) -> list[dict[str, Any]]:
    return exported(site.root, name)


def by_file(site: BuiltSite) -> dict[str, dict[str, Any]]:
    return {Path(a["source_file"]).name[:3]: a for a in load(site, "articles")}


def person_named(site: BuiltSite, surname: str) -> list[dict[str, Any]]:
    return [p for p in load(site, "people") if p["name"].split()[-1] == surname]


def test_export_has_the_promised_keys(seed_site: BuiltSite) -> None:
    article = load(seed_site, "articles")[0]
    assert {"slug", "url", "source_file", "title", "date", "source", "people", "councils"} <= set(article)
    person = load(seed_site, "people")[0]
    assert {"slug", "url", "name", "aliases", "roles", "articles"} <= set(person)
    for role in person["roles"]:
        assert set(role) >= {"role", "organisation", "article"}  # its date is its article's (schema 3)
    council = load(seed_site, "councils")[0]
    assert {"slug", "url", "name", "people", "articles"} <= set(council)


def test_every_exported_url_is_a_page(seed_site: BuiltSite) -> None:
    for kind in ("articles", "people", "councils"):
        for record in load(seed_site, kind):
            path, _, anchor = record["url"].partition("#")
            page = seed_site.root / path / "index.html"
            assert page.is_file(), record["url"]
            if anchor:  # a person named once: their entry on a shared page (``cuttings/named_once.py``)
                assert f'<section class="person-once" id="{anchor}"' in page_text(page), record["url"]


def test_dates_day_first_and_undated(seed_site: BuiltSite) -> None:
    articles = by_file(seed_site)
    assert articles["000"]["date"] == "2019-06-18"
    assert articles["003"]["date"] == "2018-07-17"
    assert articles["004"]["date"] is None
    assert articles["003"]["title"].startswith("Council responds")
    assert articles["004"]["title"].startswith("New calls")


def test_councils_are_the_two_named(seed_site: BuiltSite) -> None:
    assert sorted(c["name"] for c in load(seed_site, "councils")) == ["Bradford Council", "Wakefield Council"]


def test_one_person_whatever_the_form(seed_site: BuiltSite) -> None:
    boxes = person_named(seed_site, "Box")
    assert [p["name"] for p in boxes] == ["Peter Box"]
    assert len(boxes[0]["articles"]) == 3
    assert {"Cllr Peter Box CBE", "Coun Box"} <= set(boxes[0]["aliases"])
    dwyers = person_named(seed_site, "Dwyer")
    assert len(dwyers) == 1 and not person_named(seed_site, "Dywer")


def test_press_release_contact_block_is_not_body(seed_site: BuiltSite) -> None:
    slug = by_file(seed_site)["003"]["slug"]
    html = page_text(seed_site.root / "articles" / slug / "index.html")
    assert "Room 11" not in html
    assert "Town Hall</p>" not in html


def test_undated_article_never_shows_todays_date(seed_site: BuiltSite) -> None:
    slug = by_file(seed_site)["004"]["slug"]
    html = page_text(seed_site.root / "articles" / slug / "index.html")
    assert "Undated" in html


def test_build_is_deterministic(tmp_path: Path, seed_site: BuiltSite) -> None:
    again = tmp_path / "again"
    build(SEED_CONTENT, again, seed_site.base_url)
    first = {p.relative_to(seed_site.root): p.read_bytes() for p in seed_site.root.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


@pytest.mark.parametrize("page", ["index.html", "people/index.html", "councils/index.html",
                                  "articles/index.html", "search/index.html", "404.html"])
def test_index_pages_exist(seed_site: BuiltSite, page: str) -> None:
    assert (seed_site.root / page).is_file()


def test_every_quote_and_role_links_to_the_paragraph_that_says_it(seed_site: BuiltSite) -> None:
    import re

    from cuttings.analysis.views import QUOTES_SHOWN

    people = load(seed_site, "people")
    cited = [(q["article"], q["at"]) for p in people for q in p["quotes"]]
    cited += [(r["article"], r["at"]) for p in people for r in p["roles"]]
    assert cited and all(at[0] >= 0 and at[1] >= 0 for _, at in cited)
    checked = 0
    pages = [*(seed_site.root / "people").glob("*/index.html"), *(seed_site.root / "people").glob("once/*/index.html")]
    for page in pages:
        for href in re.findall(r'href="(?:\.\./)+articles/([^/"]+)/#(p\d+)"', page_text(page)):
            slug, anchor = href
            article_page = page_text(seed_site.root / "articles" / slug / "index.html")
            assert re.search(f'<p (class="quote" )?id="{anchor}"', article_page)
            checked += 1
    # Every role is linked; of the quotations, a person page shows the newest QUOTES_SHOWN (issue 16; the others
    # are counted, and each is in its article), an entry among people named once all of them. The quotations from
    # one article share one caption, linked to the first one's paragraph.
    shown = [(r["article"], r["at"]) for p in people for r in p["roles"]]
    for p in people:
        quotes = p["quotes"] if len(p["articles"]) == 1 else p["quotes"][:QUOTES_SHOWN]
        shown += [(q["article"], q["at"]) for i, q in enumerate(quotes)
                  if i == 0 or quotes[i - 1]["article"] != q["article"]]
    assert len(shown) < len(cited), "the seed has someone quoted more often than a page shows"
    assert checked >= len(shown)
