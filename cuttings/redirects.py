"""Redirect pages for addresses that changed, so a link or bookmark to the old one still leads somewhere.

The old addresses come from the input, never from an earlier build (a clean build, as GitHub Pages' workflow
makes, must give the same site): a ``[[person]]`` or ``[[council]]`` correction's other forms (a merged or
renamed page was once at the slug of its other name), an article's front-matter ``redirect_from`` (its former
slugs), and an article whose front-matter ``slug`` replaces the one its title gives. An old address that is a
page of this site, or that two pages claim, gets no redirect.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import jinja2

from cuttings import urls
from cuttings.corrections import Corrections
from cuttings.furniture import PublishSettings
from cuttings.minify import html_page
from cuttings.model import BuildSettings, Catalogue, Page
from cuttings.named_once import PersonPlaces, person_places
from cuttings.slugs import slugify


def redirect_paths(catalogue: Catalogue, corrections: Corrections,
                   places: PersonPlaces | None = None) -> dict[str, str]:
    """Old root-relative path -> the path of the page now there, in path order; ``places``: the catalogue's
    ``person_places``, if already worked out."""
    places = places or person_places(catalogue)
    taken = {urls.article_path(slug) for slug in catalogue.articles}
    taken |= {urls.person_path(slug) for slug in catalogue.people if places.has_page(slug)}
    taken |= {urls.council_path(slug) for slug in catalogue.councils}
    claims: dict[str, set[str]] = {}

    def offer(old: str, new: str) -> None:
        if old not in taken:
            claims.setdefault(old, set()).add(new)

    for slug, entry in catalogue.articles.items():
        article = entry.article
        for former in (*article.redirect_from, *((article.title,) if article.slug else ())):
            offer(urls.article_path(slugify(former)), urls.article_path(slug))
    people = {person.name: slug for slug, person in catalogue.people.items()}
    for rule in corrections.people:
        if rule.name in people:
            for form in rule.also:
                # To the person's page, or their entry among people named once (``cuttings/named_once.py``).
                offer(urls.person_path(slugify(form)), places.path(people[rule.name]))
    councils = {council.name: slug for slug, council in catalogue.councils.items()}
    for council_rule in corrections.councils:
        if council_rule.name in councils:
            for form in council_rule.also:
                offer(urls.council_path(slugify(form)), urls.council_path(councils[council_rule.name]))
    return {old: next(iter(new)) for old, new in sorted(claims.items()) if len(new) == 1}


def redirect_pages(redirects: Mapping[str, str], catalogue: Catalogue, environment: jinja2.Environment,
                   settings: BuildSettings, places: PersonPlaces | None = None) -> Iterator[Page]:
    """A small page at each old address: a meta refresh to the new one, and, when the site's address is known, a
    canonical link to it for search engines (GitHub Pages cannot send a real redirect). Without ``site_url`` there
    is no canonical link, as on every other page: a root-relative one is wrong on a project site's sub-path.

    ``places``: the catalogue's ``person_places``, if already worked out. With no redirects (most sites) nothing
    is worked out: the titles of every page and the places took 0.06 s of CPU in each build at 10,000 articles,
    for no page. ``tests/unit/test_redirect_pages.py`` checks the pages are the same."""
    if not redirects:
        return
    template = environment.get_template("redirect.html")
    publish = PublishSettings.from_build(settings)
    titles = {urls.article_path(slug): entry.article.title for slug, entry in catalogue.articles.items()}
    places = places or person_places(catalogue)
    titles |= {places.path(slug): person.name for slug, person in catalogue.people.items()}
    titles |= {urls.council_path(slug): council.name for slug, council in catalogue.councils.items()}
    for old, new in redirects.items():
        output = urls.output_file(old)
        canonical = urls.absolute(publish.site_url, new) if publish.site_url else None
        html = template.render(target=urls.Urls.for_page(output)(new), canonical=canonical,
                               title=titles.get(new, new), site_title=settings.site_title)
        yield html_page(output, html)
