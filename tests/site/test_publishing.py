"""Publishing on GitHub Pages (issue 5): config file, feeds, sitemap, robots, .nojekyll, canonical and OG meta,
dates in words, no outside resources, deterministic output."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cuttings.cli import parse_args, settings_from
from cuttings.config import load_config, resolve_urls
from cuttings.errors import CuttingsError
from cuttings.feeds import fallback_updated
from cuttings.furniture import shorten
from tests.conftest import SEED_CONTENT, BuiltSite, build, exported
from tests.markup import readable

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SITE_URL = "https://someone.github.io/repo/"


@pytest.fixture(scope="module")
def published_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The seed articles built as a project site with its absolute address known."""
    output = tmp_path_factory.mktemp("published") / "site"
    report = build(SEED_CONTENT, output, "/repo/", site_url=SITE_URL)
    return BuiltSite(output, report, "/repo/")


def html_pages(site: BuiltSite) -> list[Path]:
    return sorted(site.root.rglob("*.html"))


def read(path: Path) -> str:
    """A file of the site; a page written out the long way (``tests/markup.py``)."""
    text = path.read_text(encoding="utf-8")
    return readable(text) if path.suffix == ".html" else text


# --- config ----------------------------------------------------------------------------------------------


def test_config_file_is_read_and_flags_override_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cuttings.toml").write_text(
        'title = "Valley News"\nsite_url = "https://someone.github.io/valley"\ncontent = "articles"\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    settings = settings_from(parse_args([]))
    assert settings.site_title == "Valley News"
    assert settings.base_url == "/valley/", "the base path follows from site_url"
    assert settings.site_url == "https://someone.github.io/valley/"
    assert settings.content_dir == tmp_path / "articles"
    overridden = settings_from(parse_args(["--title", "Other", "--site-url", "https://example.org/"]))
    assert (overridden.site_title, overridden.base_url, overridden.site_url) == ("Other", "/", "https://example.org/")


def test_pyproject_tool_section_is_a_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.cuttings]\nbase_url = "repo"\n',
                                             encoding="utf-8")
    assert load_config(tmp_path).base_url == "repo"
    assert load_config(tmp_path / "missing-folder").base_url is None


def test_config_mistakes_are_reported(tmp_path: Path) -> None:
    config = tmp_path / "cuttings.toml"
    config.write_text('base_ulr = "/repo/"\n', encoding="utf-8")
    with pytest.raises(CuttingsError, match="unknown setting"):
        load_config(tmp_path)
    config.write_text('site_url = "user.github.io/repo"\n', encoding="utf-8")
    with pytest.raises(CuttingsError, match="absolute"):
        load_config(tmp_path)
    config.write_text("title = [\n", encoding="utf-8")
    with pytest.raises(CuttingsError, match="TOML"):
        load_config(tmp_path)


def test_base_url_and_site_url_must_agree() -> None:
    assert resolve_urls("repo", None) == ("/repo/", None)
    assert resolve_urls(None, "https://u.github.io/repo") == ("/repo/", "https://u.github.io/repo/")
    assert resolve_urls("/repo/", "https://u.github.io/repo/") == ("/repo/", "https://u.github.io/repo/")
    assert resolve_urls("", "https://example.org") == ("/", "https://example.org/")
    with pytest.raises(CuttingsError, match="does not match"):
        resolve_urls("/other/", "https://u.github.io/repo/")


# --- furniture -------------------------------------------------------------------------------------------


def test_github_pages_furniture(published_site: BuiltSite, seed_site: BuiltSite) -> None:
    assert (published_site.root / ".nojekyll").is_file()
    robots = read(published_site.root / "robots.txt")
    assert "User-agent: *" in robots
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots
    assert (published_site.root / "static" / "favicon.svg").is_file()
    # Without the site's address there is no sitemap: its protocol requires absolute URLs.
    assert (seed_site.root / ".nojekyll").is_file()
    assert not (seed_site.root / "sitemap.xml").exists()
    assert "Sitemap:" not in read(seed_site.root / "robots.txt")


def test_sitemap_lists_every_page_but_the_404(published_site: BuiltSite) -> None:
    tree = ET.parse(published_site.root / "sitemap.xml")
    locations = [loc.text or "" for loc in tree.iter(f"{SITEMAP}loc")]
    assert len(locations) == len(set(locations))
    expected = {
        SITE_URL + page.relative_to(published_site.root).as_posix().removesuffix("index.html")
        for page in html_pages(published_site) if page.name != "404.html"
    }
    assert set(locations) == expected
    lastmods = [m.text or "" for m in tree.iter(f"{SITEMAP}lastmod")]
    assert lastmods and all(re.fullmatch(r"\d{4}-\d\d-\d\d", m) for m in lastmods)


def test_canonical_and_open_graph(published_site: BuiltSite, seed_site: BuiltSite) -> None:
    article_page = next((published_site.root / "articles").glob("*/index.html"))
    html = read(article_page)
    path = article_page.parent.relative_to(published_site.root).as_posix()
    assert f'<link href="{SITE_URL}{path}/" rel="canonical">' in html
    assert f'<meta content="{SITE_URL}{path}/" property="og:url">' in html
    assert '<meta content="article" property="og:type">' in html
    assert re.search(r'<meta content="[^"]{20,}" name="description">', html)
    # Without site_url there is no canonical link (a root-relative one is wrong from a sub-path), nor og:url.
    seed_html = read(seed_site.root / path / "index.html")
    assert 'rel="canonical"' not in seed_html
    assert "og:url" not in seed_html
    assert 'rel="canonical"' in read(published_site.root / "index.html")
    assert "canonical" not in read(seed_site.root / "404.html")


def test_person_and_council_pages_link_their_feeds(seed_site: BuiltSite) -> None:
    for kind in ("people", "councils"):
        page = next((seed_site.root / kind).glob("*/index.html"))
        html = read(page)
        feeds = re.findall(r'<link title="[^"]*" href="([^"]+)" rel="alternate" type="application/atom\+xml">', html)
        # The page's own feed, linked from its own folder; the site's feed is on the other pages.
        assert feeds == ["feed.xml"]
        assert (page.parent / "feed.xml").is_file()


def test_404_page_links_from_the_base_url(seed_site: BuiltSite) -> None:
    """A server returns the 404 page at any depth, so its links and assets must not be relative."""
    html = read(seed_site.root / "404.html")
    links = re.findall(r'(?:href|src|action)="([^"#]*)"', html)
    assert links
    assert all(link.startswith("/repo/") for link in links), links


# --- feeds -----------------------------------------------------------------------------------------------


def parse_feed(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None, required
    return root


def test_site_feed_is_atom_with_dated_articles_newest_first(published_site: BuiltSite) -> None:
    feed = parse_feed(published_site.root / "feed.xml")
    entries = feed.findall(f"{ATOM}entry")
    updated = [e.findtext(f"{ATOM}updated") or "" for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert feed.findtext(f"{ATOM}updated") == updated[0], "the feed is as new as its newest article"
    import json
    articles = exported(published_site.root, "articles")
    dated = [a for a in articles if a["date"]]
    assert len(entries) == len(dated) < len(articles), "undated articles are left out of feeds"
    for entry in entries:
        link = entry.find(f"{ATOM}link").get("href")  # type: ignore[union-attr]
        assert link.startswith(SITE_URL)
        assert (published_site.root / link.removeprefix(SITE_URL) / "index.html").is_file()
        assert (entry.findtext(f"{ATOM}id") or "").startswith("urn:uuid:")
        assert "<p>" in (entry.findtext(f"{ATOM}content") or "")


def test_every_person_and_council_has_a_feed_of_their_articles(published_site: BuiltSite) -> None:
    """Every council, and every person with a page of their own: someone named in one article has neither
    (``cuttings/named_once.py``)."""
    followed = 0
    for kind in ("people", "councils"):
        for record in exported(published_site.root, kind):
            if kind == "people" and len(record["articles"]) == 1:
                assert "#" in record["url"] and not (published_site.root / "people" / record["slug"]).exists()
                continue
            followed += 1
            feed = parse_feed(published_site.root / record["url"] / "feed.xml")
            links = {e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")}  # type: ignore[union-attr]
            assert links <= {f"{SITE_URL}articles/{slug}/" for slug in record["articles"]}
            assert record["name"] in (feed.findtext(f"{ATOM}title") or "")
    assert followed >= 5


def test_feeds_without_site_url_use_relative_links_and_stable_ids(seed_site: BuiltSite) -> None:
    feed = parse_feed(seed_site.root / "feed.xml")
    entry = feed.find(f"{ATOM}entry")
    assert entry is not None
    href = entry.find(f"{ATOM}link").get("href")  # type: ignore[union-attr]
    assert href.startswith("articles/") and (seed_site.root / href / "index.html").is_file()
    assert (entry.findtext(f"{ATOM}id") or "").startswith("urn:uuid:")


def test_an_empty_feed_has_a_reproducible_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert fallback_updated() == "1970-01-01T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1531785600")
    assert fallback_updated() == "2018-07-17T00:00:00Z"


def test_feed_text_with_markup_and_control_characters_stays_well_formed(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "odd.md").write_text(
        '---\ntitle: "Rates <rise> & \\u0007bells"\ndate: 2020-02-03\npeople: ["Jo Bloggs"]\n---\n'
        "Councillor Jo Bloggs said *rates* would rise by 3% & more <script>x</script>.\n",
        encoding="utf-8")
    output = tmp_path / "site"
    build(content_dir, output, site_url="https://example.org/news/")
    feed = parse_feed(output / "feed.xml")
    entry = feed.find(f"{ATOM}entry")
    assert entry is not None
    assert entry.findtext(f"{ATOM}title") == "Rates <rise> & bells"
    assert "<script>" not in (entry.findtext(f"{ATOM}content") or "")
    assert entry.findtext(f"{ATOM}updated") == "2020-02-03T00:00:00Z"


def test_feeds_and_sitemap_are_deterministic(tmp_path: Path, published_site: BuiltSite,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    again = tmp_path / "again"
    build(SEED_CONTENT, again, "/repo/", site_url=SITE_URL)
    for name in ("feed.xml", "sitemap.xml", "robots.txt"):
        assert (again / name).read_bytes() == (published_site.root / name).read_bytes(), name
    for feed in published_site.root.glob("*/*/feed.xml"):
        assert (again / feed.relative_to(published_site.root)).read_bytes() == feed.read_bytes()


# --- reading ---------------------------------------------------------------------------------------------


class ResourceCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.resources: list[str] = []
        self.times: list[tuple[str, str]] = []
        self._time: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source") and values.get("src"):
            self.resources.append(values["src"] or "")
        if tag == "link" and values.get("href"):
            self.resources.append(values["href"] or "")
        if tag == "time":
            self._time = values.get("datetime") or ""

    def handle_data(self, data: str) -> None:
        if self._time is not None:
            self.times.append((self._time, data))
            self._time = None


def test_no_outside_fonts_scripts_or_styles(published_site: BuiltSite) -> None:
    for page in html_pages(published_site):
        collector = ResourceCollector()
        collector.feed(read(page))
        outside = [r for r in collector.resources if "//" in r and not r.startswith(SITE_URL)]
        assert outside == [], page
    css = read(published_site.root / "static" / "css" / "site.css")
    assert "@import" not in css and "url(" not in css


def test_an_article_date_is_in_words_with_a_machine_readable_time(seed_site: BuiltSite) -> None:
    """On the article's own page; lists show the words only (issue 16)."""
    collector = ResourceCollector()
    for page in sorted((seed_site.root / "articles").glob("*/index.html")):
        collector.feed(read(page))
    assert len(collector.times) >= 4
    listing = ResourceCollector()
    listing.feed(read(seed_site.root / "articles" / "index.html"))
    assert not listing.times and re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}", read(seed_site.root / "articles" / "index.html"))
    for machine, words in collector.times:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", machine)
        year, _month, day = (int(part) for part in machine.split("-"))
        assert re.fullmatch(rf"{day} [A-Z][a-z]+ {year}", words), words


def test_css_has_dark_mode_print_and_focus_styles() -> None:
    css = (Path(__file__).resolve().parents[2] / "static" / "css" / "site.css").read_text(encoding="utf-8")
    assert "@media (prefers-color-scheme: dark)" in css
    assert "@media print" in css
    assert ":focus-visible" in css


def test_description_is_cut_at_a_word() -> None:
    text = "word " * 100
    short = shorten(text, 50)
    assert len(short) <= 50 and short.endswith("word…")
    assert shorten("Short enough.") == "Short enough."
