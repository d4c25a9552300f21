"""What the person, council, people-index and article pages show, worked out from the catalogue.

The templates only lay these out; every line carries the article slugs that support it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from cuttings import urls
from cuttings.analysis.mentions import LinkTarget, MentionLinker
from cuttings.analysis.roles import ROLE_GROUPS
from cuttings.furniture import shorten
from cuttings.link import surname_key
from cuttings.model import (
    ArticleEntry,
    Catalogue,
    CouncilEntry,
    CouncilEvent,
    CouncilPost,
    PersonEntry,
    QuoteEvidence,
    RelatedArticle,
    RelatedCouncil,
    RoleSpan,
)

APPEARS_WITH_SHOWN = 12
EVIDENCE_SHOWN = 3
"""Articles named as evidence beside a companion or a council post; the rest are counted."""
LEDE_LENGTH = 240
ALSO_NAMED_SHOWN = 20
PEOPLE_ORDERS: tuple[tuple[str, str, str], ...] = (
    ("name", "people/", "Name"),
    ("articles", "people/by-articles/", "Most articles"),
    ("latest", "people/by-latest/", "Latest appearance"),
)
"""The orders of the people index: key, page path, label. The first is the default page."""


def month_label(date: dt.date) -> str:
    return f"{date:%B %Y}"


def seen_between(first: dt.date | None, last: dt.date | None) -> str:
    """"seen March 2018 – June 2019", or one month when both fall in it, or "seen in undated articles"."""
    if first is None or last is None:
        return "seen in undated articles"
    if (first.year, first.month) == (last.year, last.month):
        return f"seen {month_label(first)}"
    return f"seen {month_label(first)} – {month_label(last)}"


@functools.lru_cache(maxsize=8192)
def time_tag(date: dt.date | None) -> Markup:
    """A date as pages show it, in a ``<time>`` element; a filter, as an include in a long loop is slow.

    Kept for the next page: a site's articles share a few thousand dates, shown hundreds of thousands of times.
    """
    if date is None:
        return Markup('<span class="undated">Undated</span>')
    # ISO digits and English month names: nothing to escape.
    return Markup(f'<time datetime="{date.isoformat()}">{date.day} {date:%B %Y}</time>')


def event_when(event: CouncilEvent) -> str:
    """The event's date as precisely as the article gives it."""
    date = event.date
    if date is None:
        return "date not given"
    if event.precision == "day":
        return f"{date.day} {date:%B %Y}"
    if event.precision == "month":
        return month_label(date)
    if event.precision == "season":
        season = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}.get(date.month, "")
        return f"{season} {date.year}".strip()
    if event.precision == "year":
        return str(date.year)
    return f"reported {date.day} {date:%B %Y}"


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as the pages that list it show it: link, title, date, source and lede, worked out once."""

    slug: str
    href: str
    """The link from the pages this ref is for (``ArticleRefs``)."""
    title: str
    time_tag: Markup
    source: str | None
    lede: str


class ArticleRefs:
    """Each article's ``ArticleRef`` from pages whose links start the same way, made the first time it is asked for.

    An article is listed on the page of each of its people and councils, and person, council and article pages
    all sit two folders deep: one build works out each article's link and display strings once for all of them.
    """

    def __init__(self, catalogue: Catalogue, url: urls.Urls) -> None:
        self.articles = catalogue.articles
        self.url = url
        self._refs: dict[str, ArticleRef] = {}

    def __getitem__(self, slug: str) -> ArticleRef:
        ref = self._refs.get(slug)
        if ref is None:
            article = self.articles[slug].article
            ref = self._refs[slug] = ArticleRef(slug, self.url(urls.article_path(slug)), article.title,
                                                time_tag(article.date), article.source,
                                                shorten(article.lede, LEDE_LENGTH))
        return ref

    def all(self, slugs: Sequence[str]) -> list[ArticleRef]:
        return [self[slug] for slug in slugs]


def cited_href(ref: ArticleRef, paragraph: int) -> str:
    """The link to an article, to the paragraph that says it where known (the article page's ``id="p3"``)."""
    return f"{ref.href}#p{paragraph}" if paragraph >= 0 else ref.href


@dataclass(frozen=True)
class Citation:
    article: ArticleRef
    href: str
    """Link to the paragraph of the article that says it."""


@dataclass(frozen=True)
class RoleLine:
    span: RoleSpan
    council_href: str | None
    """Link to the council page for the span's organisation, when it has one."""
    evidence: list[Citation]


@dataclass(frozen=True)
class QuoteLine:
    quote: QuoteEvidence
    paragraphs: list[str]
    article: ArticleRef
    href: str
    """Link to the paragraph the quotation opens in."""


@dataclass(frozen=True)
class Companion:
    name: str
    href: str
    count: int
    """Shared articles."""
    evidence: list[ArticleRef]
    """The first ``EVIDENCE_SHOWN`` shared articles."""
    more: int
    """Shared articles beyond those."""


@dataclass(frozen=True)
class YearGroup:
    year: int | None
    articles: list[ArticleRef]


@dataclass(frozen=True)
class PersonView:
    roles: list[RoleLine]
    quotes: list[QuoteLine]
    companions: list[Companion]
    more_companions: int
    years: list[YearGroup]
    feed: str


def person_view(catalogue: Catalogue, person: PersonEntry, refs: ArticleRefs,
                council_by_name: Mapping[str, str]) -> PersonView:
    """``council_by_name``: council slug by casefolded name (``councils_by_name``)."""
    url = refs.url
    roles = []
    for span in person.role_spans:
        council = council_by_name.get((span.organisation or "").casefold())
        paragraphs = span.paragraphs or (-1,) * len(span.articles)
        evidence = [Citation(ref, cited_href(ref, paragraph))
                    for ref, paragraph in zip(refs.all(span.articles), paragraphs, strict=True)]
        roles.append(RoleLine(span, url(urls.council_path(council)) if council is not None else None, evidence))
    quotes = []
    for quote in person.quotes:
        ref = refs[quote.article_slug]
        quotes.append(QuoteLine(quote, quote.text.split("\n\n"), ref, cited_href(ref, quote.paragraph)))
    companions = []
    for together in person.appears_with[:APPEARS_WITH_SHOWN]:
        count = len(together.articles)
        companions.append(Companion(catalogue.people[together.person].name, url(urls.person_path(together.person)),
                                    count, refs.all(together.articles[:EVIDENCE_SHOWN]),
                                    max(0, count - EVIDENCE_SHOWN)))
    return PersonView(
        roles=roles,
        quotes=quotes,
        companions=companions,
        more_companions=max(0, len(person.appears_with) - APPEARS_WITH_SHOWN),
        years=[YearGroup(year, refs.all([entry.slug for entry in entries]))
               for year, entries in by_year([catalogue.articles[slug] for slug in person.articles])],
        feed=urls.person_feed_path(person.slug),
    )


def councils_by_name(catalogue: Catalogue) -> dict[str, str]:
    return {council.name.casefold(): slug for slug, council in catalogue.councils.items()}


def evidence_slugs(person: PersonEntry) -> list[str]:
    """The articles a person's page names beside its roles, quotes and companions, in page order."""
    slugs = [slug for span in person.role_spans for slug in span.articles]
    slugs.extend(quote.article_slug for quote in person.quotes)
    slugs.extend(slug for together in person.appears_with[:APPEARS_WITH_SHOWN]
                 for slug in together.articles[:EVIDENCE_SHOWN])
    return slugs


def by_year(entries: Sequence[ArticleEntry]) -> list[tuple[int | None, list[ArticleEntry]]]:
    """Entries (already newest first) grouped by year, undated last."""
    groups: dict[int | None, list[ArticleEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.article.date.year if entry.article.date else None, []).append(entry)
    return [(year, groups[year]) for year in sorted(groups, key=lambda y: (y is None, -(y or 0)))]


@dataclass(frozen=True)
class PostLine:
    person: PersonEntry
    post: CouncilPost


@dataclass(frozen=True)
class PostGroup:
    key: str
    heading: str
    posts: list[PostLine]


@dataclass(frozen=True)
class NamedPerson:
    person: PersonEntry
    articles: int
    first_seen: dt.date | None
    last_seen: dt.date | None


@dataclass(frozen=True)
class MonthGroup:
    label: str
    anchor: str
    entries: list[ArticleEntry]


@dataclass(frozen=True)
class EventLine:
    event: CouncilEvent
    when: str
    entry: ArticleEntry


@dataclass(frozen=True)
class Neighbour:
    council: CouncilEntry
    related: RelatedCouncil


@dataclass(frozen=True)
class CouncilView:
    groups: list[PostGroup]
    also_named: list[NamedPerson]
    more_named: int
    months: list[MonthGroup]
    events: list[EventLine]
    related: list[Neighbour]
    feed: str


def council_view(catalogue: Catalogue, council: CouncilEntry) -> CouncilView:
    groups = []
    for key, heading in ROLE_GROUPS:
        lines = [PostLine(catalogue.people[p.person], p) for p in council.posts if p.group == key]
        if lines:
            groups.append(PostGroup(key, heading, lines))
    with_post = {post.person for post in council.posts}
    counts: Counter[str] = Counter()
    dates: dict[str, list[dt.date]] = {}
    for slug in council.articles:
        entry = catalogue.articles[slug]
        for person in dict.fromkeys(entry.people):
            if person not in with_post:
                counts[person] += 1
                if entry.article.date is not None:
                    dates.setdefault(person, []).append(entry.article.date)
    named = sorted(counts, key=lambda slug: (-counts[slug], surname_key(catalogue.people[slug].name), slug))
    also_named = [
        NamedPerson(catalogue.people[slug], counts[slug], min(dates[slug]) if slug in dates else None,
                    max(dates[slug]) if slug in dates else None)
        for slug in named[:ALSO_NAMED_SHOWN]
    ]
    return CouncilView(
        groups=groups,
        also_named=also_named,
        more_named=max(0, len(named) - ALSO_NAMED_SHOWN),
        months=by_month([catalogue.articles[slug] for slug in council.articles]),
        events=[EventLine(e, event_when(e), catalogue.articles[e.article_slug]) for e in council.events],
        related=[Neighbour(catalogue.councils[r.council], r) for r in council.related],
        feed=urls.council_feed_path(council.slug),
    )


def by_month(entries: Sequence[ArticleEntry]) -> list[MonthGroup]:
    """Entries (already newest first) grouped by month, undated last."""
    groups: dict[tuple[int, int] | None, list[ArticleEntry]] = {}
    for entry in entries:
        date = entry.article.date
        groups.setdefault((date.year, date.month) if date else None, []).append(entry)
    ordered = sorted(groups, key=lambda key: (key is None, (-key[0], -key[1]) if key else (0, 0)))
    return [
        MonthGroup(
            month_label(dt.date(key[0], key[1], 1)) if key else "Undated",
            f"m-{key[0]}-{key[1]:02d}" if key else "m-undated",
            groups[key],
        )
        for key in ordered
    ]


@dataclass(frozen=True)
class PersonRow:
    person: PersonEntry
    articles: int
    latest: dt.date | None
    councils: str
    """Space-separated slugs of the councils in the person's articles and roles, for the filter."""


@dataclass(frozen=True)
class PeopleIndexView:
    order: str
    path: str
    rows: list[PersonRow]
    letters: list[tuple[str, list[PersonRow]]]
    """For the order by name: rows grouped by the surname's initial."""
    councils: list[CouncilEntry]
    orders: tuple[tuple[str, str, str], ...] = PEOPLE_ORDERS


def people_rows(catalogue: Catalogue) -> list[PersonRow]:
    council_by_name = {council.name.casefold(): slug for slug, council in catalogue.councils.items()}
    rows = []
    for person in catalogue.people.values():
        councils = {c for slug in person.articles for c in catalogue.articles[slug].councils}
        councils.update(council_by_name[key] for span in person.role_spans
                        if (key := (span.organisation or "").casefold()) in council_by_name)
        dates = [d for slug in person.articles if (d := catalogue.articles[slug].article.date) is not None]
        rows.append(PersonRow(person, len(person.articles), max(dates) if dates else None,
                              " ".join(sorted(councils))))
    return rows


def people_index_views(catalogue: Catalogue) -> list[PeopleIndexView]:
    rows = people_rows(catalogue)  # already by surname, as the catalogue keeps people
    by_name = {key: index for index, key in enumerate(catalogue.people)}
    orders: dict[str, Callable[[PersonRow], tuple[object, ...]]] = {
        "name": lambda row: (by_name[row.person.slug],),
        "articles": lambda row: (-row.articles, by_name[row.person.slug]),
        "latest": lambda row: (row.latest is None, -(row.latest.toordinal() if row.latest else 0),
                               by_name[row.person.slug]),
    }
    councils = list(catalogue.councils.values())
    views = []
    for key, path, _ in PEOPLE_ORDERS:
        ordered = sorted(rows, key=orders[key])
        views.append(PeopleIndexView(key, path, ordered, letter_groups(ordered) if key == "name" else [], councils))
    return views


def letter_groups(rows: Sequence[PersonRow]) -> list[tuple[str, list[PersonRow]]]:
    groups: dict[str, list[PersonRow]] = {}
    for row in rows:
        parts = row.person.name.split()
        surname = parts[-1] if parts else "?"
        letter = surname[0].upper() if surname[0].isalpha() else "#"
        groups.setdefault(letter, []).append(row)
    return sorted(groups.items(), key=lambda item: (item[0] == "#", item[0]))


@dataclass(frozen=True)
class EntityLink:
    """A person or council as a page links to it: only what the link shows, so the page does not depend on
    the rest of the entry (``cuttings/memo.py``)."""

    slug: str
    name: str


def entity_link(entry: PersonEntry | CouncilEntry) -> EntityLink:
    return EntityLink(entry.slug, entry.name)


@dataclass(frozen=True)
class ArticleLink:
    """An article as another page links to it."""

    slug: str
    title: str
    date: dt.date | None


def article_link(entry: ArticleEntry) -> ArticleLink:
    return ArticleLink(entry.slug, entry.article.title, entry.article.date)


@dataclass(frozen=True)
class RelatedLine:
    article: ArticleLink
    people: list[EntityLink]
    councils: list[EntityLink]


@dataclass(frozen=True, slots=True)
class NamedLink:
    href: str
    name: str


@dataclass(frozen=True, slots=True)
class RelatedRef:
    """A related article as its line shows it: the article, and the people and councils it also names."""

    article: ArticleRef
    shared_names: str
    """The people's and councils' names, in a list for the line to show: "Jo Bloggs, Leeds City Council"."""


def related_ref(line: RelatedLine, refs: ArticleRefs) -> RelatedRef:
    return RelatedRef(refs[line.article.slug], ", ".join([link.name for link in (*line.people, *line.councils)]))


def related_lines(catalogue: Catalogue, related: Sequence[RelatedArticle]) -> list[RelatedLine]:
    return [
        RelatedLine(article_link(catalogue.articles[r.article]),
                    [entity_link(catalogue.people[p]) for p in r.people],
                    [entity_link(catalogue.councils[c]) for c in r.councils])
        for r in related
    ]


def article_linker(catalogue: Catalogue, entry: ArticleEntry, href: Callable[[str], str]) -> MentionLinker:
    """A linker for every form in which this article writes its people and councils.

    The forms are their names, the article's aliases, and the text of each of ``Article.mentions``
    ("Oldham Metropolitan Borough Council" for "Oldham Council").

    ``href`` turns a root-relative path into a link from the article's page.
    """
    # Each form once per entity: an article writes the same names many times, and the linker keeps the first.
    links: dict[tuple[str, str], str] = {}  # (form, entity) -> href
    people: dict[str, tuple[str, str]] = {}  # the article's name -> (entity, href), as for councils
    page_of = catalogue.person_slugs or {catalogue.people[slug].name: slug for slug in entry.people}
    for mention in entry.article.people:
        slug = page_of.get(mention.name)
        if slug is None or slug not in catalogue.people:
            continue  # a name with no page of its own (``cuttings.analysis.identity``)
        person = catalogue.people[slug]
        entity, link = f"person:{slug}", href(urls.person_path(slug))
        people[mention.name] = (entity, link)
        for form in (person.name, mention.name, *mention.aliases):
            links.setdefault((form, entity), link)
    councils: dict[str, tuple[str, str]] = {}
    council_of = catalogue.council_slugs or {catalogue.councils[slug].name: slug for slug in entry.councils}
    for name in entry.article.councils:
        slug = council_of.get(name)
        if slug is None or slug not in catalogue.councils:
            continue
        council = catalogue.councils[slug]
        entity, link = f"council:{slug}", href(urls.council_path(slug))
        councils[name] = (entity, link)
        links.setdefault((council.name, entity), link)
        links.setdefault((name, entity), link)
    named = {"person": people, "council": councils}
    paragraphs = entry.article.paragraphs
    for mention in entry.article.mentions:
        if not 0 <= mention.paragraph < len(paragraphs):
            continue
        surface = paragraphs[mention.paragraph].text[mention.start:mention.end]
        # Names only: "the council" or "he" resolved by inference is right, but not a name to link.
        if not surface[:1].isupper():
            continue
        target = named.get(mention.kind, {}).get(mention.name)
        if target is not None:
            links.setdefault((surface, target[0]), target[1])
    return MentionLinker(LinkTarget(surface, entity, link) for (surface, entity), link in links.items())
