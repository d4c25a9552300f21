"""Site furniture for publishing: per-page meta (canonical, Open Graph, feed links), sitemap, robots, .nojekyll.

Absolute URLs need the site's address (``site_url``); without it there is no canonical link (a root-relative one
is wrong for a site served from a sub-path, and was 106 bytes an article at 10,000 BBC articles, issue 16), Open
Graph URLs are left out and there is no sitemap (the sitemap protocol requires absolute URLs).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode, urlsplit
from xml.sax.saxutils import escape as xml_escape

from cuttings import urls
from cuttings.model import BuildSettings, Catalogue, Page
from cuttings.text import truncate_words

DESCRIPTION_LENGTH = 160
"""Characters of a page's description: about what search engines show of it (issue 16: every page has one)."""
NOT_FOUND_PAGE = "404.html"
SECTIONS = ("articles", "people", "councils")
SHARE_IMAGE = "static/favicon-180.png"
"""The picture link previews show (Open Graph wants an absolute URL, so only with a site_url)."""


@dataclass(frozen=True)
class FeedLink:
    title: str
    """The feed's name for feed readers' discovery (``<link rel="alternate" title>``)."""
    path: str
    """Root-relative path of the feed, for ``url()``."""
    label: str
    """Link text for the page, e.g. "Feed of articles naming Jo Bloggs"."""


@dataclass(frozen=True)
class PageMeta:
    """What ``base.html`` puts in ``<head>`` beyond the title."""

    description: str
    canonical: str | None = None
    """The page's absolute address, only with a site_url."""
    path: str = ""
    """The page's root-relative path ("people/x/"), for the header's current section."""
    og_url: str | None = None
    og_image: str | None = None
    og_type: str = "website"
    feeds: list[FeedLink] = field(default_factory=list)
    """The page's own feed first, then the site's."""
    section: str | None = None
    """"articles", "people" or "councils" when the page is in that part of the site (for the header)."""


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """At most ``limit`` characters, cut at a word, with an ellipsis when cut."""
    return truncate_words(text, limit - 1)


def articles_phrase(count: int) -> str:
    return f"{count} article{'' if count == 1 else 's'}"


def page_meta(output_path: str, context: Mapping[str, Any], settings: PublishSettings) -> PageMeta:
    """Meta for the page written at ``output_path`` (e.g. "people/x/index.html") from its template context."""
    site_feed = FeedLink(f"{settings.site_title} (Atom)", urls.SITE_FEED, "Feed of the latest articles")
    if output_path == NOT_FOUND_PAGE:
        return PageMeta(description=f"Page not found in {settings.site_title}.", feeds=[site_feed], path=NOT_FOUND_PAGE)
    page_path = output_path.removesuffix("index.html")
    canonical = urls.absolute(settings.site_url, page_path) if settings.site_url else None
    og_url = urls.absolute(settings.site_url, page_path) if settings.site_url else None
    first_part = page_path.split("/", 1)[0]
    section = first_part if first_part in SECTIONS else None
    og_image = urls.absolute(settings.site_url, SHARE_IMAGE) if settings.site_url else None
    common: dict[str, Any] = {"canonical": canonical, "path": page_path, "og_url": og_url, "og_image": og_image,
                              "section": section}
    if "article" in context:
        article = context["article"]
        # No feed link: the site's feed is linked from the footer and the home page (an article has no feed).
        return PageMeta(description=shorten(article.lede) or article.title, og_type="article", **common)
    if "archive" in context:
        archive, listing = context["archive"], context["listing"]
        return PageMeta(description=f"Page {listing.number} of the {archive.what}.", feeds=[site_feed],
                        **common)
    if "person" in context:
        person = context["person"]
        roles = "; ".join(dict.fromkeys(
            f"{r.role}, {r.organisation}" if r.organisation else r.role for r in person.roles))
        summary = f"{person.name}: named in {articles_phrase(len(person.articles))}" + (f". {roles}" if roles else "")
        feed = FeedLink(f"{person.name} (Atom)", urls.person_feed_path(person.slug),
                        f"Feed of articles naming {person.name}")
        return PageMeta(description=shorten(f"{summary}."), og_type="profile", feeds=[feed, site_feed],
                        **common)
    if "council" in context:
        council = context["council"]
        feed = FeedLink(f"{council.name} (Atom)", urls.council_feed_path(council.slug),
                        f"Feed of articles naming {council.name}")
        return PageMeta(description=f"{council.name}: named in {articles_phrase(len(council.articles))}.",
                        feeds=[feed, site_feed], **common)
    counts = context.get("counts")
    archive = (f"An archive of {articles_phrase(counts.articles)} naming {counts.people} people and "
               f"{counts.councils} councils." if counts else settings.site_title)
    if settings.description and page_path == "":
        archive = shorten(settings.description)
    return PageMeta(description=archive, feeds=[site_feed], **common)


@dataclass(frozen=True)
class PublishSettings:
    site_title: str
    base_url: str = "/"
    site_url: str | None = None
    description: str | None = None
    """The site's own description, for the home page, instead of its counts."""

    @classmethod
    def from_build(cls, settings: BuildSettings) -> PublishSettings:
        return cls(settings.site_title, urls.normalise_base_url(settings.base_url),
                   urls.normalise_site_url(settings.site_url) if settings.site_url else None, settings.description)


SITEMAP_MAX_URLS = 50_000
"""The sitemap protocol's limit on URLs in one file; a larger site gets a sitemap index."""
SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def sitemap_pages(page_paths: Iterable[str], catalogue: Catalogue, site_url: str,
                  limit: int = SITEMAP_MAX_URLS) -> Iterator[Page]:
    """``sitemap.xml`` of every HTML page written but the 404 page, in the order written; articles carry their
    date as ``lastmod``. Past ``limit`` URLs, ``sitemap.xml`` is an index of ``sitemap-1.xml``, ``sitemap-2.xml``...
    of ``limit`` URLs each, beside it at the root (a sitemap may only list URLs below its own folder)."""
    dates = {urls.article_path(slug): entry.article.date for slug, entry in catalogue.articles.items()}
    entries = []
    for output_path in page_paths:
        if output_path == NOT_FOUND_PAGE or not output_path.endswith(".html"):
            continue
        path = output_path.removesuffix("index.html")
        date = dates.get(path)
        lastmod = f"<lastmod>{date.isoformat()}</lastmod>" if date else ""
        entries.append(f"  <url><loc>{xml_escape(urls.absolute(site_url, path))}</loc>{lastmod}</url>")
    if len(entries) <= limit:
        yield Page(urls.SITEMAP, _sitemap_file("urlset", entries))
        return
    parts = []
    for number, start in enumerate(range(0, len(entries), limit), start=1):
        name = f"sitemap-{number}.xml"
        yield Page(name, _sitemap_file("urlset", entries[start:start + limit]))
        parts.append(f"  <sitemap><loc>{xml_escape(urls.absolute(site_url, name))}</loc></sitemap>")
    yield Page(urls.SITEMAP, _sitemap_file("sitemapindex", parts))


def _sitemap_file(root: str, entries: list[str]) -> bytes:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<{root} xmlns="{SITEMAP_NAMESPACE}">', *entries, f"</{root}>"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def correction_link(address: str, site_title: str, subject: str) -> str:
    """Where a reader reports an error on the page about ``subject``: the address with the page named, as the
    subject of an email or the title of a new issue (GitHub's and Gitea's ``title``, GitLab's ``issue[title]``)."""
    title = f"Correction: {subject} ({site_title})"
    if address.startswith("mailto:"):
        key = "subject"
    elif "gitlab" in urlsplit(address).netloc:
        key = "issue[title]"
    else:
        key = "title"
    separator = "&" if "?" in address else "?"
    return f"{address}{separator}{urlencode({key: title}, quote_via=quote)}"


def robots_txt(site_url: str | None) -> bytes:
    lines = ["User-agent: *", "Allow: /"]
    if site_url:
        lines.append(f"Sitemap: {urls.absolute(site_url, urls.SITEMAP)}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def furniture_pages(catalogue: Catalogue, settings: BuildSettings, html_paths: Iterable[str]) -> Iterator[Page]:
    """``.nojekyll``, ``robots.txt`` and, when the site's address is known, the sitemap of ``html_paths``."""
    publish = PublishSettings.from_build(settings)
    # GitHub Pages runs Jekyll unless told not to, and Jekyll drops files and folders starting with "_".
    yield Page(".nojekyll", b"")
    yield Page("robots.txt", robots_txt(publish.site_url))
    if publish.site_url:
        yield from sitemap_pages(html_paths, catalogue, publish.site_url)
