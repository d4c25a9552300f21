"""What the catalogue says across articles: roles over time, who appears with whom, related articles,
council events. Runs after linking, fills the analysis fields of the catalogue's entries, and only ever
reads what inference found, so every statement on a page comes with the articles that support it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from cuttings.analysis.events import council_events, merge_reports
from cuttings.analysis.roles import council_posts, role_spans, spans_by_organisation
from cuttings.analysis.together import WhenAsked, councils_together, people_together, related_articles
from cuttings.model import Catalogue, CouncilEvent


def analyse(catalogue: Catalogue, people: Collection[str] | None = None, articles: Collection[str] | None = None,
            kept_events: Mapping[str, list[CouncilEvent]] | None = None) -> None:
    """Fill role spans, co-appearances, council posts, events and related articles and councils.

    Only the role spans and co-appearances of ``people``, the related articles of ``articles`` (every entry's by
    default) and the events of councils not in ``kept_events`` (council slug -> its events, as they stand) are
    worked out: when linking in part (``cuttings/link.py``), the others are known.
    """
    rank = {slug: position for position, slug in enumerate(catalogue.articles)}
    entries = catalogue.articles
    # Each article's people and councils once each (``distinct_members``), for the articles asked about.
    article_people = WhenAsked(lambda slug: tuple(dict.fromkeys(entries[slug].people)))
    article_councils = WhenAsked(lambda slug: tuple(dict.fromkeys(entries[slug].councils)))
    for slug in catalogue.people if people is None else people:
        person = catalogue.people[slug]
        person.role_spans = role_spans(person.roles, rank)
        person.appears_with = people_together(article_people, slug, person.articles)

    organisation_spans = spans_by_organisation({slug: person.role_spans for slug, person in catalogue.people.items()})
    for slug, council in catalogue.councils.items():
        council.posts = council_posts(organisation_spans, council.name)
        council.related = councils_together(article_councils, slug, council.articles)

    # A council's events come from its own articles.
    kept_events = kept_events or {}
    finding = {slug for slug in catalogue.councils if slug not in kept_events}
    reading = sorted({article for slug in finding for article in catalogue.councils[slug].articles},
                     key=rank.__getitem__)
    for article_slug in reading:
        entry = catalogue.articles[article_slug]
        # The article's own council names, each to its page.
        names = {name: slug for name in entry.article.councils
                 if (slug := catalogue.council_slugs.get(name)) is not None} or {
            catalogue.councils[slug].name: slug for slug in article_councils[article_slug]}
        paragraphs = [paragraph.text for paragraph in entry.article.paragraphs]
        for council_slug, event in council_events(paragraphs, entry.article.date, article_slug, names):
            if council_slug in finding:
                catalogue.councils[council_slug].events.append(event)
    for slug, council in catalogue.councils.items():
        council.events = kept_events[slug] if slug in kept_events else merge_reports(council.events, rank)

    article_dates = WhenAsked(lambda slug: date.toordinal() if (date := entries[slug].article.date) else None)
    related = related_articles(
        article_people,
        article_councils,
        article_dates,
        WhenAsked(lambda slug: catalogue.people[slug].articles),
        WhenAsked(lambda slug: catalogue.councils[slug].articles),
        only=catalogue.articles if articles is None else articles,
    )
    for article_slug, found in related.items():
        catalogue.articles[article_slug].related = found
