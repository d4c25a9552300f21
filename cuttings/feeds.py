"""Atom feeds: one for the site (``feed.xml``), one for each council, and one for each person named in two
articles or more (someone named once has no page of their own to follow: ``cuttings/named_once.py``).

The site's feed carries each article whole (and its lede as the summary); a person's or a council's feed carries
its title, link, id and date only, as a notice of a new article: an article is in the feed of each of its people
and councils, and carrying it whole in each made the feeds the site's largest part (18 kB an article at 1,000
BBC articles, 30% of the site); its lede in each was still 400 bytes an article at 10,000 (issue 16).

Feeds are deterministic: an entry's ``<updated>`` is its article's date, and a feed's is its newest entry's,
so rebuilding unchanged content gives the same bytes. Undated articles are left out, as a feed reader would
otherwise show them as new. With a ``site_url`` every link and feed id is absolute; without one, links are
relative to the feed (feed readers resolve them against the feed's address) and feed ids are stable ``urn:uuid:``
names. An entry's id is a ``urn:uuid:`` name of its article's source file, whatever the article's address.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import uuid
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import jinja2
from markupsafe import Markup, escape

from cuttings import urls
from cuttings.memo import Memo, Read, RecordingCatalogue, digest_of
from cuttings.model import ArticleEntry, BuildSettings, Catalogue, Page
from cuttings.named_once import named_once
from cuttings.render import markdown_to_safe_html

SHARED_ENTRIES = 16384
"""Articles whose feed entries are kept for the next feeds that list them. Feeds go in the order of people's
names, so an article's feeds are far apart: at 10,000 articles a cache of 2,048 missed three times in four. An
entry is about as large as its article's text (2.5 kB on average), so the cache holds some 40 MB at most."""
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot carry at all, even escaped."""


def xml_text(text: str) -> str:
    return XML_FORBIDDEN.sub("", text)


def atom_date(date: dt.date, timezone: str | None = None) -> str:
    """Midnight of ``date`` in ``timezone`` (UTC when None), as Atom writes times."""
    if timezone is None:
        return f"{date.isoformat()}T00:00:00Z"
    return dt.datetime.combine(date, dt.time(), zoneinfo.ZoneInfo(timezone)).isoformat()


def fallback_updated() -> str:
    """For a feed with no dated entry: the reproducible-build time if one is set, else the Unix epoch."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else 0
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class FeedEntry:
    title: str
    url: str
    id: str
    updated: str
    summary: str
    """The lede, in the site's feed only (empty elsewhere)."""
    content_html: str
    """The article as HTML, as a plain string: the template escapes it into ``<content type="html">``; empty in
    a person's or council's feed."""


@dataclass(frozen=True)
class Feed:
    path: str
    title: str
    subtitle: str
    id: str
    self_url: str
    page_url: str
    updated: str
    entries: list[Markup]
    """Each entry as ``_partials/feed_entry.xml`` renders it."""


def article_html(entry: ArticleEntry) -> str:
    article = entry.article
    if article.body_format == "markdown":
        return xml_text(str(markdown_to_safe_html(article.body)))
    paragraphs = (str(escape(p.text)) for p in article.paragraphs if p.text.strip())
    return xml_text("".join(f"<p>{text}</p>\n" for text in paragraphs))


class FeedBuilder:
    """Makes the feeds of one catalogue, with links as the settings call for."""

    def __init__(self, catalogue: Catalogue | RecordingCatalogue, settings: BuildSettings,
                 environment: jinja2.Environment) -> None:
        recording = catalogue if isinstance(catalogue, RecordingCatalogue) else RecordingCatalogue(catalogue)
        self.catalogue: Any = recording
        self.recorder = recording.recorder
        self.settings = settings
        self.template = environment.get_template("feed.xml")
        self.entry_template = environment.get_template("_partials/feed_entry.xml")
        # An article is in the feed of each of its people and councils, and all but its link is the same in each;
        # the link too in all the feeds at one depth (every person's and council's).
        # Kept with the reads that made them, which each feed showing one records again (``cuttings/memo.py``).
        self._shared_entry = functools.lru_cache(maxsize=SHARED_ENTRIES)(self._entry_and_reads)

    def link(self, feed_path: str, target: str) -> str:
        if self.settings.site_url:
            return urls.absolute(self.settings.site_url, target)
        return urls.relative(feed_path, target)

    def identifier(self, target: str) -> str:
        if self.settings.site_url:
            return urls.absolute(self.settings.site_url, target)
        return uuid.uuid5(uuid.NAMESPACE_URL, f"cuttings:{self.settings.site_title}:{target}").urn

    def entry_id(self, entry: ArticleEntry) -> str:
        """An article's entry id: named by its source file within the site, not by its address, so a corrected
        slug or a renamed person does not make feed readers show the article again as new."""
        site = self.settings.site_url or f"cuttings:{self.settings.site_title}"
        return uuid.uuid5(uuid.NAMESPACE_URL, f"{site}#article:{entry.article.source_file}").urn

    def entry(self, slug: str, url: str, whole: bool = True) -> FeedEntry:
        """The entry of a dated article, linking to it with ``url``; ``whole``: with the article's text and lede."""
        entry = self.catalogue.articles[slug]
        article = entry.article
        assert article.date is not None
        return FeedEntry(title=xml_text(article.title), url=url, id=self.entry_id(entry),
                         updated=atom_date(article.date, self.settings.timezone),
                         summary=xml_text(article.lede) if whole else "",
                         content_html=article_html(entry) if whole else "")

    def rendered_entry(self, slug: str, url: str, whole: bool) -> Markup:
        entry, reads = self._shared_entry(slug, url, whole)
        self.recorder.reads.update(reads)
        return entry

    def _entry_and_reads(self, slug: str, url: str, whole: bool) -> tuple[Markup, frozenset[Read]]:
        with self.recorder.page() as reads:
            # The partial ends in a newline, as a file does; feed.xml places the entries on lines of their own.
            entry = Markup(self.entry_template.render(entry=self.entry(slug, url, whole)).removesuffix("\n"))
        return entry, frozenset(reads)

    def shown(self, slugs: list[str]) -> list[str]:
        """The articles a feed of ``slugs`` shows: newest first, and only the newest (the articles index has the
        rest). Chosen from the plain catalogue before any entry is made, so a feed of thousands of articles renders
        only the ones it shows, and depends on them alone: they are its params (``page``)."""
        articles = self.catalogue.real.articles
        dated = [slug for slug in slugs if articles[slug].article.date is not None]
        dated.sort(key=lambda slug: articles[slug].article.date, reverse=True)  # type: ignore[arg-type,return-value]
        return dated[:self.settings.feed_entries]

    def feed(self, feed_path: str, page_path: str, title: str, subtitle: str, shown: list[str]) -> Feed:
        articles = self.catalogue.articles
        whole = feed_path == urls.SITE_FEED
        entries = [self.rendered_entry(slug, self.link(feed_path, urls.article_path(slug)), whole) for slug in shown]
        return Feed(
            path=feed_path,
            title=xml_text(title),
            subtitle=xml_text(subtitle),
            id=self.identifier(feed_path),
            self_url=self.link(feed_path, feed_path),
            page_url=self.link(feed_path, page_path),
            updated=atom_date(articles[shown[0]].article.date, self.settings.timezone) if shown else fallback_updated(),  # type: ignore[arg-type]
            entries=entries,
        )

    def render(self, feed: Feed) -> Page:
        xml = self.template.render(feed=feed, site_title=xml_text(self.settings.site_title))
        return Page(feed.path, xml.encode("utf-8"))

    def all_feeds(self) -> Iterator[FeedSource]:
        site_title = self.settings.site_title
        yield FeedSource(urls.SITE_FEED, "", site_title,
                         self.settings.description or f"The latest articles in {site_title}",
                         list(self.catalogue.real.articles))
        for slug, person in self.catalogue.real.people.items():
            if named_once(person):
                continue
            # A person's or a council's feed has no subtitle: its title names them, and its link their page.
            yield FeedSource(urls.person_feed_path(slug), urls.person_path(slug), f"{person.name} · {site_title}",
                             "", person.articles)
        for slug, council in self.catalogue.real.councils.items():
            yield FeedSource(urls.council_feed_path(slug), urls.council_path(slug),
                             f"{council.name} · {site_title}", "", council.articles)

    def page(self, source: FeedSource, memo: Memo | None) -> Page:
        """The feed's file, or the previous build's when made from the same source, cut to the articles it shows, and
        nothing it read changed (``cuttings/memo.py``). Cut, an older new article leaves the site's feed alone: it had
        read 20,038 dates to choose its ten at 10,000 articles (``tests/site/test_incremental.py``)."""
        source = replace(source, slugs=self.shown(source.slugs))
        params = digest_of(("feed.xml", source)) if memo is not None else b""
        if memo is not None and memo.keep(source.path, params):
            return Page(source.path, b"", reused=True)
        with self.recorder.page() as reads:
            page = self.render(self.feed(source.path, source.page_path, source.title, source.subtitle, source.slugs))
        if memo is not None:
            memo.remember(source.path, params, reads)
        return page


@dataclass(frozen=True)
class FeedSource:
    """What one feed is made from: where it goes, the page it belongs to, and its articles."""

    path: str
    page_path: str
    title: str
    subtitle: str
    slugs: list[str]


def feed_pages(catalogue: Catalogue | RecordingCatalogue, settings: BuildSettings, environment: jinja2.Environment,
               memo: Memo | None = None) -> Iterator[Page]:
    builder = FeedBuilder(catalogue, settings, environment)
    for source in builder.all_feeds():
        yield builder.page(source, memo)
