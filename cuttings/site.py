"""Every file of the site, in one stream: rendered pages, data export, search data, site furniture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cuttings.export import export_pages
from cuttings.feeds import feed_pages
from cuttings.furniture import furniture_pages
from cuttings.model import BuildSettings, Catalogue, Page
from cuttings.render import SiteRenderer, make_environment
from cuttings.search import search_pages

SITE_MARKER = ".cuttings-site"
"""Written into every built site, so a folder without it is never replaced by a build."""


def site_pages(catalogue: Catalogue, settings: BuildSettings, templates_dir: Path) -> Iterator[Page]:
    environment = make_environment(templates_dir)
    renderer = SiteRenderer(catalogue, environment, settings.site_title, settings.base_url, settings.site_url)
    rendered: list[str] = []
    for page in renderer.render_all():
        rendered.append(page.path)
        yield page
    yield from feed_pages(catalogue, settings, environment)
    yield from furniture_pages(catalogue, settings, rendered)
    yield from export_pages(catalogue)
    yield from search_pages(catalogue)
    yield Page(SITE_MARKER, b"Built by Cuttings. A build replaces this folder.\n")
