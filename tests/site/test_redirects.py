"""Addresses that changed get a redirect page, not a 404 (issue 20)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import build
from tests.markup import page_text
from tests.site.test_corrections import ARTICLES

SITE_URL = "https://example.org/repo/"


@pytest.fixture
def site(content_dir: Path, tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (content_dir / name).write_text(text, encoding="utf-8")
    (content_dir / "moved.md").write_text(
        "---\ntitle: Bin collections go fortnightly\nslug: bins-fortnightly\nredirect_from: [bins-weekly]\n---\n"
        "Councillor Jane Doe said the change would save money.\n", encoding="utf-8")
    corrections = tmp_path / "corrections.toml"
    corrections.write_text('[[person]]\nname = "Peter Quennell"\nalso = ["Pete Quennell"]\n\n'
                           '[[council]]\nname = "Wakefield Metropolitan District Council"\n'
                           'also = ["Wakefield Council"]\n\n[[person]]\nname = "Jane Doe"\nalso = ["Janet Doe"]\n',
                           encoding="utf-8")
    build(content_dir, tmp_path / "site", "/repo/", site_url=SITE_URL, corrections_file=corrections)
    return tmp_path / "site"


def redirect_of(page: Path) -> tuple[str, str]:
    html = page_text(page)
    refresh = re.search(r'<meta content="0; url=([^"]+)" http-equiv="refresh">', html)
    canonical = re.search(r'<link href="([^"]+)" rel="canonical">', html)
    assert refresh and canonical, html
    return refresh.group(1), canonical.group(1)


@pytest.mark.parametrize(("old", "new"), [
    ("people/pete-quennell/", "people/peter-quennell/"),
    ("councils/wakefield-council/", "councils/wakefield-metropolitan-district-council/"),
    ("articles/bins-weekly/", "articles/bins-fortnightly/"),
    ("articles/bin-collections-go-fortnightly/", "articles/bins-fortnightly/"),
])
def test_an_old_address_redirects_to_the_page_now_there(site: Path, old: str, new: str) -> None:
    assert (site / new / "index.html").is_file()
    target, canonical = redirect_of(site / old / "index.html")
    assert canonical == SITE_URL + new
    depth = old.count("/")
    assert target == "../" * depth + new, "relative, so it works under any base path"


def test_redirects_stay_out_of_the_sitemap(site: Path) -> None:
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "pete-quennell" not in sitemap and "peter-quennell" in sitemap


def test_an_old_address_of_someone_named_once_redirects_to_their_entry(site: Path) -> None:
    """Named in one article, Jane Doe has an entry on a shared page rather than a page (``cuttings/named_once.py``):
    her other name's address leads to the entry."""
    assert not (site / "people" / "jane-doe").exists()
    target, canonical = redirect_of(site / "people" / "janet-doe" / "index.html")
    assert re.fullmatch(r"\.\./\.\./people/once/[0-9a-f]+/#jane-doe", target), target
    assert canonical == SITE_URL + target.removeprefix("../../")
    page, anchor = target.removeprefix("../../").split("#")
    assert f'<section class="person-once" id="{anchor}"' in page_text(site / page / "index.html")


def test_without_the_site_address_a_redirect_has_no_canonical_link(content_dir: Path, tmp_path: Path) -> None:
    """A root-relative canonical link would point outside a project site's sub-path; like every other page, a
    redirect names its canonical address only when ``site_url`` gives it absolutely."""
    (content_dir / "moved.md").write_text(
        "---\ntitle: Bin collections go fortnightly\nslug: bins-fortnightly\nredirect_from: [bins-weekly]\n---\n"
        "Councillor Jane Doe said the change would save money.\n", encoding="utf-8")
    build(content_dir, tmp_path / "site")
    html = page_text(tmp_path / "site" / "articles" / "bins-weekly" / "index.html")
    assert 'url=../../articles/bins-fortnightly/"' in html
    assert "canonical" not in html
