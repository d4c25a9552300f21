"""Stage 3, link: every Article -> one Catalogue of articles, people and councils, keyed by slug.

A person is one page per canonical name across the archive; a council one page per canonical council name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cuttings.analysis import analyse
from cuttings.analysis.identity import council_page_names, page_names
from cuttings.collector import collector_paused
from cuttings.model import (
    Article,
    ArticleEntry,
    Catalogue,
    CouncilEntry,
    PersonEntry,
    QuoteEvidence,
    RoleEvidence,
)
from cuttings.slugs import assign_slugs


def newest_first_key(article: Article) -> tuple[int, int, str, str]:
    """Dated articles newest first, undated last; ties by title then file, so the order never varies."""
    ordinal = article.date.toordinal() if article.date else 0
    return (article.date is None, -ordinal, article.title.casefold(), article.source_file)


def surname_key(name: str) -> tuple[str, str, str]:
    """By surname, then full name, ignoring case; names differing only in case ("van Gogh", "Van Gogh")
    in a fixed order, so which gets the plain slug never depends on set order (string hashes vary by run)."""
    parts = name.split()
    return (parts[-1].casefold() if parts else "", name.casefold(), name)


def _role_order(role: RoleEvidence) -> tuple[int, int, str, str]:
    ordinal = role.date.toordinal() if role.date else 0
    return (role.date is None, -ordinal, role.role, role.organisation or "")


def build_catalogue(articles: Sequence[Article]) -> Catalogue:
    """Merge the articles' people and councils into entries that reference each other by slug."""
    # About a hundred long-lived objects per article, none in a cycle (``cuttings/collector.py``).
    with collector_paused():
        return _build_catalogue(articles)


def _build_catalogue(articles: Sequence[Article]) -> Catalogue:
    ordered = sorted(articles, key=newest_first_key)
    article_slugs = assign_slugs((a.source_file, a.slug or a.title) for a in ordered)
    reasons: dict[str, str] = {}
    pages = page_names(ordered, reasons)
    person_names = sorted({page for page in pages.values() if page is not None}, key=surname_key)
    page_slugs = assign_slugs((name, name) for name in person_names)
    # Every name an article gives -> its page's slug; a name with no page is left out.
    person_slugs = {name: page_slugs[page] for name, page in pages.items() if page is not None}
    council_pages = council_page_names(ordered)
    council_names = sorted({page for page in council_pages.values() if page is not None},
                           key=lambda name: (name.casefold(), name))
    council_page_slugs = assign_slugs((name, name) for name in council_names)
    council_slugs = {name: council_page_slugs[page] for name, page in council_pages.items() if page is not None}

    people = {page_slugs[name]: PersonEntry(page_slugs[name], name) for name in person_names}
    councils = {council_page_slugs[name]: CouncilEntry(council_page_slugs[name], name) for name in council_names}
    entries: dict[str, ArticleEntry] = {}
    aliases_seen: dict[str, dict[str, None]] = {slug: {} for slug in people}
    attached = _Attached({slug: set() for slug in people}, {slug: set() for slug in councils})

    for article in ordered:
        slug = article_slugs[article.source_file]
        entry = ArticleEntry(slug, article)
        entries[slug] = entry
        for mention in article.people:
            person_slug = person_slugs.get(mention.name)
            if person_slug is None or person_slug in entry.people:
                continue
            entry.people.append(person_slug)
            people[person_slug].articles.append(slug)
            aliases_seen[person_slug].update(dict.fromkeys((mention.name, *mention.aliases)))
        for name in article.councils:
            council_slug = council_slugs.get(name)
            if council_slug is None or council_slug in entry.councils:
                continue
            entry.councils.append(council_slug)
            councils[council_slug].articles.append(slug)
        _attach_roles_and_quotes(article, slug, people, person_slugs, councils, council_slugs, attached)

    for name, reason in reasons.items():
        people[person_slugs[name]].joined.append((name, reason))
    for slug, person in people.items():
        person.aliases = sorted((a for a in aliases_seen[slug] if a != person.name), key=str.casefold)
        person.joined.sort(key=lambda pair: pair[0].casefold())
        person.roles.sort(key=_role_order)
    # ``people`` is already in surname order (``person_names``), so a person's place in it sorts the same.
    surname_rank = {slug: position for position, slug in enumerate(people)}
    for council in councils.values():
        council.people.sort(key=surname_rank.__getitem__)
    catalogue = Catalogue(articles=entries, people=people, councils=councils, person_slugs=person_slugs,
                          council_slugs=council_slugs)
    analyse(catalogue)
    return catalogue


@dataclass(frozen=True, slots=True)
class _Attached:
    """What each person's and council's lists already hold, so a repeat is found without reading the list."""

    roles: dict[str, set[RoleEvidence]]
    """Per person slug."""
    council_people: dict[str, set[str]]
    """Per council slug."""


def _attach_roles_and_quotes(
    article: Article,
    article_slug: str,
    people: dict[str, PersonEntry],
    person_slugs: dict[str, str],
    councils: dict[str, CouncilEntry],
    council_slugs: dict[str, str],
    attached: _Attached,
) -> None:
    date: dt.date | None = article.date
    # A text article's page shows its paragraphs as inferred, each cited one with an anchor; a Markdown body is
    # rendered as written, so evidence points to the article only.
    cites = article.body_format == "text"
    for role in article.roles:
        person_slug = person_slugs.get(role.person)
        if person_slug is None:
            continue
        evidence = RoleEvidence(role.role, role.organisation, article_slug, date,
                                *((role.paragraph, role.offset) if cites else (-1, -1)))
        if evidence not in attached.roles[person_slug]:
            attached.roles[person_slug].add(evidence)
            people[person_slug].roles.append(evidence)
        council_slug = council_slugs.get(role.organisation or "")
        if council_slug is not None and person_slug not in attached.council_people[council_slug]:
            attached.council_people[council_slug].add(person_slug)
            councils[council_slug].people.append(person_slug)
    for quote in article.quotes:
        person_slug = person_slugs.get(quote.person)
        if person_slug is not None:
            people[person_slug].quotes.append(
                QuoteEvidence(quote.text, article_slug, date,
                              *((quote.paragraph, quote.offset) if cites else (-1, -1))))
