"""Every file of the site, in one stream: rendered pages, data export, search data, site furniture."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from cuttings.cache import cache_dir_for, search_terms_cache
from cuttings.export import export_pages
from cuttings.feeds import feed_pages
from cuttings.furniture import furniture_pages
from cuttings.memo import Memo
from cuttings.model import BuildSettings, Catalogue, Page
from cuttings.render import SiteRenderer, make_environment
from cuttings.search import search_pages

SITE_MARKER = ".cuttings-site"
"""Written into every built site, so a folder without it is never replaced by a build."""

PagesPart = Callable[[], Iterator[Page]]


def site_parts(catalogue: Catalogue, settings: BuildSettings, templates_dir: Path,
               memo: Memo | None = None, article_keys: Mapping[str, str] | None = None) -> list[PagesPart]:
    """The site's files in independent parts, which the build may produce in parallel and in any order.

    With a ``memo``, pages made from the same inputs as in the previous build come back as kept (``Page.reused``);
    ``article_keys`` (source file -> inference cache key) make that check cheaper.
    """
    environment = make_environment(templates_dir)
    if memo is not None:
        memo.bind(article_keys)

    def html_pages() -> Iterator[Page]:
        renderer = SiteRenderer(catalogue, environment, settings.site_title, settings.base_url, settings.site_url,
                                memo)
        rendered: list[str] = []
        for page in renderer.render_all():
            rendered.append(page.path)
            yield page
        yield from furniture_pages(catalogue, settings, rendered)

    def data_pages() -> Iterator[Page]:
        yield from feed_pages(catalogue, settings, environment, memo)
        yield from export_pages(catalogue)
        with search_terms_cache(cache_dir_for(settings)) as store:
            yield from search_pages(catalogue, store)
        yield Page(SITE_MARKER, b"Built by Cuttings. A build replaces this folder.\n")

    return [html_pages, data_pages]


def site_pages(catalogue: Catalogue, settings: BuildSettings, templates_dir: Path,
               memo: Memo | None = None) -> Iterator[Page]:
    for part in site_parts(catalogue, settings, templates_dir, memo):
        yield from part()
