"""What the catalogue says across articles: roles over time, who appears with whom, related articles,
council events. Runs after linking, fills the analysis fields of the catalogue's entries, and only ever
reads what inference found, so every statement on a page comes with the articles that support it.
"""

from __future__ import annotations

from cuttings.analysis.events import council_events, merge_reports
from cuttings.analysis.roles import council_posts, role_spans, spans_by_organisation
from cuttings.analysis.together import councils_together, distinct_members, people_together, related_articles
from cuttings.model import Catalogue


def analyse(catalogue: Catalogue) -> None:
    """Fill role spans, co-appearances, council posts, events and related articles and councils."""
    rank = {slug: position for position, slug in enumerate(catalogue.articles)}
    article_people = distinct_members((slug, entry.people) for slug, entry in catalogue.articles.items())
    article_councils = distinct_members((slug, entry.councils) for slug, entry in catalogue.articles.items())
    for slug, person in catalogue.people.items():
        person.role_spans = role_spans(person.roles, rank)
        person.appears_with = people_together(article_people, slug, person.articles)

    organisation_spans = spans_by_organisation({slug: person.role_spans for slug, person in catalogue.people.items()})
    for slug, council in catalogue.councils.items():
        council.posts = council_posts(organisation_spans, council.name)
        council.related = councils_together(article_councils, slug, council.articles)

    for article_slug, entry in catalogue.articles.items():
        # The article's own council names, as ``cuttings.relink.article_events`` reads them, each to its page.
        names = {name: slug for name in entry.article.councils
                 if (slug := catalogue.council_slugs.get(name)) is not None} or {
            catalogue.councils[slug].name: slug for slug in article_councils[article_slug]}
        if not names:
            continue
        paragraphs = [paragraph.text for paragraph in entry.article.paragraphs]
        for council_slug, event in council_events(paragraphs, entry.article.date, article_slug, names):
            catalogue.councils[council_slug].events.append(event)
    for council in catalogue.councils.values():
        council.events = merge_reports(council.events, rank)

    article_dates = {slug: (entry.article.date.toordinal() if entry.article.date else None)
                     for slug, entry in catalogue.articles.items()}
    related = related_articles(
        article_people,
        article_councils,
        article_dates,
        {slug: person.articles for slug, person in catalogue.people.items()},
        {slug: council.articles for slug, council in catalogue.councils.items()},
    )
    for article_slug, entry in catalogue.articles.items():
        entry.related = related[article_slug]
