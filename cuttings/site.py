"""Every file of the site, in one stream: rendered pages, data export, search data, site furniture."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from cuttings.cache import cache_dir_for
from cuttings.export import export_pages
from cuttings.feeds import feed_pages
from cuttings.furniture import correction_link, furniture_pages
from cuttings.memo import Memo, RecordingCatalogue
from cuttings.model import BuildSettings, Catalogue, Page, StreamedPage
from cuttings.named_once import PersonPlaces, person_places
from cuttings.redirects import redirect_pages
from cuttings.render import SiteRenderer, make_environment
from cuttings.search import search_index_pages, search_text_pages
from cuttings.search.incremental import PostingsFile

SITE_MARKER = ".cuttings-site"
"""Written into every built site, so a folder without it is never replaced by a build."""


class Part(NamedTuple):
    """The site's pages from ``make``. ``in_edits``: remade whole at any edit, so an edit's build forks these alone
    (``cuttings/pipeline.py:EDIT_FORKS``); ``records``: False if it keeps and records no page, so forked it drops
    the memo (``Memo.drop``)."""

    make: Callable[[], Iterator[Page | StreamedPage]]
    in_edits: bool = False
    records: bool = True


def site_parts(catalogue: Catalogue, settings: BuildSettings, templates_dir: Path | Sequence[Path],
               memo: Memo | None = None, article_keys: Mapping[str, str] | None = None,
               runs: int = 1, postings: PostingsFile | None = None,
               redirects: Mapping[str, str] | None = None, places: PersonPlaces | None = None) -> list[Part]:
    """The site's files in independent parts, which the build may produce in parallel and in any order.

    The largest parts come first, so a build running a few at a time starts them first. With a ``memo``, pages
    that read nothing changed since the previous build come back as kept (``Page.reused``); ``article_keys``
    (source file -> inference cache key) spare the search index folding unchanged articles again. The article
    and people pages are each split into ``runs`` parts. With ``postings``, the search index is remade from the
    last build's postings where it can (``cuttings/search/incremental.py``).
    """
    # Compiled templates are kept per scope: the scope covers the code and the libraries that compile them.
    compiled = cache_dir_for(settings) / "templates" / memo.scope[:16] if memo is not None else None
    environment = make_environment(templates_dir, compiled)
    environment.globals["lang"] = settings.lang
    environment.globals["report_error"] = functools.partial(
        correction_link, settings.corrections_address, settings.site_title) if settings.corrections_address else None
    # One recording view for the pages and feeds, so the values they share are worked out once.
    # Where each person is (``cuttings/named_once.py``), worked out once for the pages, the export and the search.
    places = places or person_places(catalogue)
    recording = RecordingCatalogue(catalogue, places=places)
    if memo is not None:
        memo.recorder = recording.recorder
    renderer = SiteRenderer(recording, environment, settings.site_title, settings.base_url, settings.site_url, memo,
                            description=settings.description, entries_per_page=settings.entries_per_page)
    article_runs, person_runs, listings = renderer.groups(runs)

    def listings_and_furniture() -> Iterator[Page]:
        yield from listings()
        # Every page's path, for the sitemap only: 1.7 % of a text edit's CPU at 10,000 articles (cProfile, p16e).
        yield from furniture_pages(catalogue, settings, renderer.html_paths() if settings.site_url else ())
        yield from redirect_pages(redirects or {}, catalogue, environment, settings, places)

    def feeds() -> Iterator[Page]:
        yield from feed_pages(recording, settings, environment, memo)

    def export() -> Iterator[Page | StreamedPage]:
        yield from export_pages(catalogue, memo, places, settings.output_dir)

    def search_index() -> Iterator[Page]:
        yield from search_index_pages(catalogue, article_keys, postings)

    def search_texts_and_marker() -> Iterator[Page]:
        yield from search_text_pages(catalogue, memo, places)
        yield Page(SITE_MARKER, b"Built by Cuttings. A build replaces this folder.\n")

    # Smallest first (by CPU time at 10,000 articles: 0.8 s for the search texts to 8.2 s for the search index), the
    # order they finish in when they share the cores: a forked part's results are taken in this order
    # (``run_forked``), each as its part ends rather than all after the longest (1.5-1.9 s of a cold build's wall).
    return [Part(search_texts_and_marker, in_edits=True), *map(Part, (export, feeds, *person_runs,
            listings_and_furniture, *article_runs)), Part(search_index, in_edits=True, records=False)]


def site_pages(catalogue: Catalogue, settings: BuildSettings, templates_dir: Path | Sequence[Path],
               memo: Memo | None = None) -> Iterator[Page | StreamedPage]:
    for part in site_parts(catalogue, settings, templates_dir, memo):
        yield from part.make()
