"""The site as GitHub Pages serves it: under /repo/ on a real HTTP server, crawled from the home page, the
sitemap and the feeds. No link, asset, anchor, feed entry or sitemap entry may be broken, every page must be
reachable, and a missing page at any depth gets a 404 page whose own links work."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from cuttings.serve import make_server
from tests.conftest import SEED_CONTENT, SUBPATH, build

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
URL_ATTRIBUTES = {"href", "src", "action"}
DATA_FILE_SUFFIXES = (".json", ".js", ".xml", "/")
"""A ``data-*`` attribute ending in one of these is a URL a script will fetch (search data, a worker)."""


@dataclass(frozen=True)
class Published:
    url: str
    root: Path


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Published]:
    """The seed site built for, and served at, http://127.0.0.1:PORT/repo/, so its absolute URLs work too."""
    root = tmp_path_factory.mktemp("crawl") / "site"
    root.mkdir()
    server = make_server(root, 0, SUBPATH, verbose=False)
    host, port = server.server_address[:2]
    url = f"http://{host}:{port}{SUBPATH}"
    build(SEED_CONTENT, root, SUBPATH, site_url=url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Published(url, root)
    server.shutdown()
    server.server_close()


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif (name in URL_ATTRIBUTES or (tag == "meta" and name == "content" and "://" in value)
                  or (name.startswith("data-") and value.endswith(DATA_FILE_SUFFIXES) and " " not in value)):
                self.links.append(value)


@dataclass
class Fetched:
    status: int
    content_type: str
    body: bytes


@dataclass
class Crawl:
    start: str
    fetched: dict[str, Fetched] = field(default_factory=dict)
    ids: dict[str, set[str]] = field(default_factory=dict)
    fragments: list[tuple[str, str]] = field(default_factory=list)
    """(page the link is on, link with fragment), checked once every page is known."""
    broken: list[str] = field(default_factory=list)

    @property
    def origin(self) -> str:
        return "{0.scheme}://{0.netloc}".format(urlsplit(self.start))

    def fetch(self, url: str) -> Fetched:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # our own localhost server
                return Fetched(response.status, response.headers.get("Content-Type", ""), response.read())
        except urllib.error.HTTPError as error:
            return Fetched(error.code, error.headers.get("Content-Type", ""), error.read())

    def links_of(self, url: str, page: Fetched) -> list[str]:
        if "html" in page.content_type:
            parser = PageParser()
            parser.feed(page.body.decode("utf-8"))
            self.ids[url] = parser.ids
            return parser.links
        if url.endswith(".xml"):
            tree = ET.fromstring(page.body)
            return [link.get("href", "") for link in tree.iter(f"{ATOM}link")] + [
                loc.text or "" for loc in tree.iter(f"{SITEMAP}loc")]
        return []

    def run(self, *seeds: str) -> Crawl:
        queue = list(seeds)
        while queue:
            url = queue.pop()
            if url in self.fetched:
                continue
            page = self.fetched[url] = self.fetch(url)
            if page.status != 200:
                self.broken.append(f"{url}: HTTP {page.status}")
                continue
            for link in self.links_of(url, page):
                if link.startswith(("mailto:", "urn:")):
                    continue
                target, fragment = urldefrag(urljoin(url, link))
                if not target.startswith(self.origin):
                    continue  # a link out of the site, from an article's own text
                if not target.startswith(self.start):
                    self.broken.append(f"{url} links outside the sub-path: {link}")
                    continue
                if fragment:
                    self.fragments.append((url, f"{target}#{fragment}"))
                if target not in self.fetched:
                    queue.append(target)
        for page_url, link in self.fragments:
            target, fragment = urldefrag(link)
            if fragment not in self.ids.get(target, set()):
                self.broken.append(f"{page_url}: no id {fragment!r} on {target}")
        return self


def test_every_link_asset_feed_and_sitemap_entry_resolves(published: Published) -> None:
    crawl = Crawl(published.url).run(published.url, published.url + "sitemap.xml", published.url + "feed.xml",
                                     published.url + "robots.txt")
    assert crawl.broken == []
    reached = {url.removeprefix(published.url) for url in crawl.fetched}
    on_disk = {path.relative_to(published.root).as_posix() for path in published.root.rglob("*.html")}
    pages = {path.removesuffix("index.html") for path in on_disk if path != "404.html"}
    assert pages <= reached, f"pages no link leads to: {sorted(pages - reached)}"
    feeds = {path.relative_to(published.root).as_posix() for path in published.root.rglob("feed.xml")}
    assert feeds <= reached, f"feeds no page links to: {sorted(feeds - reached)}"
    assert {"static/css/site.css", "static/favicon.svg"} <= reached


@pytest.mark.parametrize("missing", ["nothing-here", "people/nobody/", "a/b/c/d/e/", "articles/x/y/z.html"])
def test_missing_pages_get_the_404_page_with_working_links(published: Published, missing: str) -> None:
    crawl = Crawl(published.url)
    page = crawl.fetch(published.url + missing)
    assert page.status == 404
    assert b"Page not found" in page.body
    links = crawl.links_of(published.url + missing, page)
    assert links
    for link in links:
        if link.startswith("#"):
            assert link[1:] in crawl.ids[published.url + missing], link
            continue
        assert link.startswith(SUBPATH), f"a relative link on the 404 page breaks at other depths: {link}"
        assert crawl.fetch(urldefrag(urljoin(published.url + missing, link))[0]).status == 200, link


def test_outside_the_base_path_is_not_the_site(published: Published) -> None:
    origin = Crawl(published.url).origin
    assert Crawl(published.url).fetch(origin + "/index.html").status == 404
    assert Crawl(published.url).fetch(origin + "/" + "static/css/site.css").status == 404


@pytest.mark.browser
def test_404_page_is_styled_at_any_depth(page, published: Published) -> None:  # type: ignore[no-untyped-def]
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400
            and not response.url.endswith("/deep/er/still/") else None)
    page.goto(published.url + "deep/er/still/")
    background = page.evaluate("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the stylesheet did not load"
    assert failed == []
