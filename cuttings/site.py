"""Every file of the site, in one stream: rendered pages, data export, search data, site furniture."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from cuttings.export import export_pages
from cuttings.feeds import feed_pages
from cuttings.furniture import furniture_pages
from cuttings.model import BuildSettings, Catalogue, Page
from cuttings.render import SiteRenderer, make_environment
from cuttings.search import search_pages

SITE_MARKER = ".cuttings-site"
"""Written into every built site, so a folder without it is never replaced by a build."""

PagesPart = Callable[[], Iterator[Page]]


def site_parts(catalogue: Catalogue, settings: BuildSettings, templates_dir: Path) -> list[PagesPart]:
    """The site's files in independent parts, which the build may produce in parallel and in any order."""
    environment = make_environment(templates_dir)

    def html_pages() -> Iterator[Page]:
        renderer = SiteRenderer(catalogue, environment, settings.site_title, settings.base_url, settings.site_url)
        rendered: list[str] = []
        for page in renderer.render_all():
            rendered.append(page.path)
            yield page
        yield from furniture_pages(catalogue, settings, rendered)

    def data_pages() -> Iterator[Page]:
        yield from feed_pages(catalogue, settings, environment)
        yield from export_pages(catalogue)
        yield from search_pages(catalogue)
        yield Page(SITE_MARKER, b"Built by Cuttings. A build replaces this folder.\n")

    return [html_pages, data_pages]


def site_pages(catalogue: Catalogue, settings: BuildSettings, templates_dir: Path) -> Iterator[Page]:
    for part in site_parts(catalogue, settings, templates_dir):
        yield from part()
