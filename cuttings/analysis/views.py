"""What the person, council, people-index and article pages show, worked out from the catalogue.

The templates only lay these out; every line carries the article slugs that support it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import heapq
import itertools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup

from cuttings import urls
from cuttings.analysis.identity import person_slug_of
from cuttings.analysis.mentions import LinkTarget, MentionLinker
from cuttings.analysis.roles import ROLE_GROUPS
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

APPEARS_WITH_SHOWN = 4
"""Companions a person's page lists, most shared articles first; the rest are counted (each is named on the pages of
the articles they share). Twelve, each with their shared articles, were 1,396 bytes an article of the 10,000 BBC
articles' site, the largest part of a person's page; six were 566 (issue 16)."""
RELATED_SHOWN = 2
"""Related articles an article's page lists (of ``analysis.together.RELATED_ARTICLES``, all in the data export):
five were 1,178 bytes of an article page of 7,200 at 10,000 BBC articles; three 454 bytes an article (issue 16)."""
EVIDENCE_SHOWN = 1
"""Shared articles named as evidence beside a companion, newest first; the rest are counted (they are in the
page's list of articles, and every one in the data export). Three were 330 bytes an article of the 10,000 BBC
articles' site (issue 16); the newest shows the two are named together."""
ROLE_EVIDENCE_SHOWN = 10
"""Articles named as evidence under a role on a person's page, newest first; the rest are counted (every one
is in the person's listing and the data export): a role held for years would otherwise list hundreds."""
QUOTES_SHOWN = 3
"""Quotations a page of a person's listing shows, newest first, of those in the articles it lists; the others
are counted. Each is its article's own text, on the article's page, and in the data export: a person quoted
three times an article otherwise filled 80 kB of a page with them, and twenty a page were 1,270 bytes of each
person's page at 10,000 BBC articles, 770 an article (issue 16)."""
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


@functools.lru_cache(maxsize=8192)
def listed_date(date: dt.date | None) -> Markup:
    """A date as a list of articles shows it beside each: the words only. The machine-readable ``<time>`` is on
    the article's own page (``time_tag``); in every list it was 240 bytes an article of the 10,000 BBC articles'
    site (issue 16)."""
    if date is None:
        return Markup('<span class="undated">Undated</span>')
    return Markup(f"{date.day} {date:%B %Y}")


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
    """An article as the pages that list it show it: link, title, date and source, worked out once."""

    slug: str
    href: str
    """The link from the pages this ref is for (``ArticleRefs``)."""
    title: str
    shown_date: Markup
    """The date as lists show it (``listed_date``)."""
    source: str | None
    day: str
    """The date as text ("12 August 2016"), for a link that names the article by its date."""


class ArticleRefs:
    """Each article's ``ArticleRef`` from pages whose links start the same way, made the first time it is asked for.

    An article is listed on the page of each of its people and councils, and person, council and article pages
    all sit two folders deep: one build works out each article's link and display strings once for all of them.
    """

    def __init__(self, catalogue: Catalogue, url: Callable[[str], str]) -> None:
        self.articles = catalogue.articles
        self.url = url
        self._refs: dict[str, ArticleRef] = {}

    def __getitem__(self, slug: str) -> ArticleRef:
        ref = self._refs.get(slug)
        if ref is None:
            article = self.articles[slug].article
            day = f"{article.date.day} {article.date:%B %Y}" if article.date else "undated"
            ref = self._refs[slug] = ArticleRef(slug, self.url(urls.article_path(slug)), article.title,
                                                listed_date(article.date), article.source, day)
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
    more: int = 0
    """Evidence articles beyond those shown."""


@dataclass(frozen=True)
class QuoteLine:
    quote: QuoteEvidence
    paragraphs: list[str]
    article: ArticleRef
    href: str
    """Link to the paragraph the quotation opens in."""


@dataclass(frozen=True)
class Listed:
    """An article named as evidence, linked to its line in the page's own list of articles (``#a3``) when it is on
    the page, so the page need not repeat its title and link; else to the article, by title."""

    article: ArticleRef
    href: str
    on_page: bool


@dataclass(frozen=True)
class Companion:
    name: str
    href: str
    count: int
    """Shared articles."""
    evidence: list[Listed]
    """The first ``EVIDENCE_SHOWN`` shared articles."""
    more: int
    """Shared articles beyond those."""


@dataclass(frozen=True)
class YearGroup:
    year: int | None
    articles: list[ArticleRef]
    first: int = 0
    """The place of the group's first article in the page's list, from 0 (its anchor is ``#a`` and the place)."""


@dataclass(frozen=True)
class PersonView:
    roles: list[RoleLine]
    quotes: list[QuoteLine]
    more_quotes: int
    """Quotes in the listed articles beyond those shown."""
    companions: list[Companion]
    more_companions: int
    years: list[YearGroup]
    feed: str


def quotes_in(quotes: Sequence[QuoteEvidence], slugs: Sequence[str]) -> list[QuoteEvidence]:
    """The quotes from the articles ``slugs``: a listing's page shows those of the articles it lists."""
    listed = set(slugs)
    return [quote for quote in quotes if quote.article_slug in listed]


def quote_lines(quotes: Sequence[QuoteEvidence], refs: ArticleRefs) -> list[QuoteLine]:
    lines = []
    for quote in quotes:
        ref = refs[quote.article_slug]
        lines.append(QuoteLine(quote, quote.text.split("\n\n"), ref, cited_href(ref, quote.paragraph)))
    return lines


def person_view(catalogue: Catalogue, person: PersonEntry, refs: ArticleRefs,
                council_by_name: Mapping[str, str], listed: Sequence[str] | None = None,
                person_path: Callable[[str], str] = urls.person_path,
                person_link: Callable[[str], str] | None = None, with_companions: bool = True) -> PersonView:
    """``council_by_name``: council slug by casefolded name (``councils_by_name``). ``listed``: the articles the
    page lists (its share of a paginated listing, ``cuttings/paging.py``); all the person's by default.
    ``person_path``: where another person is (``PersonPlaces.path``); ``person_link``: the link to it from the page
    (``refs.url`` unless given: ``Urls.local`` makes it "../x/", as people's pages share a folder).
    ``with_companions``: False leaves ``companions`` empty and ``appears_with`` unread, for a page that does not show
    them (``named_once.once_page_view``), which the read would make again whenever a co-named person's articles
    change."""
    url = refs.url
    person_link = person_link or url
    listed = person.articles if listed is None else listed
    roles = []
    for span in person.role_spans:
        council = council_by_name.get((span.organisation or "").casefold())
        paragraphs = span.paragraphs or (-1,) * len(span.articles)
        shown = span.articles[:ROLE_EVIDENCE_SHOWN]
        evidence = [Citation(ref, cited_href(ref, paragraph))
                    for ref, paragraph in zip(refs.all(shown), paragraphs[:ROLE_EVIDENCE_SHOWN], strict=True)]
        roles.append(RoleLine(span, url(urls.council_path(council)) if council is not None else None, evidence,
                              max(0, len(span.articles) - ROLE_EVIDENCE_SHOWN)))
    listed_quotes = quotes_in(person.quotes, listed)
    quotes = quote_lines(listed_quotes[:QUOTES_SHOWN], refs)
    years = [(year, [entry.slug for entry in entries])
             for year, entries in by_year([catalogue.articles[slug] for slug in listed])]
    place = {slug: number for number, slug in enumerate(slug for _, slugs in years for slug in slugs)}
    companions = []
    # Not read where they are not shown (a page of people named once): a read the page does not need makes it again.
    for together in person.appears_with[:APPEARS_WITH_SHOWN] if with_companions else ():
        count = len(together.articles)
        evidence = [Listed(ref, f"#a{place[ref.slug]}", True) if ref.slug in place else Listed(ref, ref.href, False)
                    for ref in refs.all(together.articles[:EVIDENCE_SHOWN])]
        companions.append(Companion(catalogue.people[together.person].name, person_link(person_path(together.person)),
                                    count, evidence, max(0, count - EVIDENCE_SHOWN)))
    firsts = itertools.accumulate((len(slugs) for _, slugs in years), initial=0)
    return PersonView(
        roles=roles,
        quotes=quotes,
        more_quotes=len(listed_quotes) - len(quotes),
        companions=companions,
        more_companions=max(0, len(person.appears_with) - APPEARS_WITH_SHOWN) if with_companions else 0,
        years=[YearGroup(year, refs.all(slugs), first) for (year, slugs), first in zip(years, firsts, strict=False)],
        feed=urls.person_feed_path(person.slug),
    )


def councils_by_name(catalogue: Catalogue) -> dict[str, str]:
    return {council.name.casefold(): slug for slug, council in catalogue.councils.items()}


def evidence_slugs(person: PersonEntry, listed: Sequence[str] | None = None) -> list[str]:
    """The articles a person's page names beside its roles, quotes and companions, in page order; ``listed`` as
    for ``person_view``."""
    slugs = [slug for span in person.role_spans for slug in span.articles[:ROLE_EVIDENCE_SHOWN]]
    quotes = person.quotes if listed is None else quotes_in(person.quotes, listed)
    slugs.extend(quote.article_slug for quote in quotes[:QUOTES_SHOWN])
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


def council_view(catalogue: Catalogue, council: CouncilEntry, listed: Sequence[str] | None = None) -> CouncilView:
    """``listed``: the articles the page lists by month (its share of a paginated listing); all by default."""
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
        months=by_month([catalogue.articles[slug] for slug in (council.articles if listed is None else listed)]),
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
    """The councils in the person's articles and roles, for the filter: their places in the filter's list of
    councils (``catalogue.councils``' order), counted from 1 as the list's options are after "Any council",
    space-separated. Numbers, not slugs: at 50,000 articles the slugs of the councils the most-named people are
    named with made the order by articles a 133 kB page."""

    @property
    def size(self) -> int:
        """About how many bytes the row takes on a page of the A–Z."""
        return 200 + 2 * len(self.person.slug) + len(self.person.name) + len(self.councils)


PEOPLE_PER_PAGE = 100
"""People on a page of the A–Z, on average; pages are cut where ``name_page_starts`` says."""
PEOPLE_PAGE_MOST = 300
"""People on a page of the A–Z at most (some 75 kB of HTML)."""
PEOPLE_PAGE_MOST_BYTES = 60_000
"""A page of the A–Z is cut before its rows' size passes this too (``PersonRow.size``): a row lists the councils
the person was named with, and someone named with many makes a long one."""
NAME_PAGES_LISTED = 200
"""The A–Z's first page lists its pages (first and last name of each) up to this many, some 22 kB; past that
(some 20,000 people) its letters, each leading to the page where it starts, and the pages' links to their
neighbours lead through it, and the first page stays under 100 kB."""
PEOPLE_IN_TOP_LISTS = 100
"""People the orders by articles and by latest appearance list: the first of them; everyone is in the A–Z."""


def _fraction(slug: str) -> float:
    """A fixed hash of the slug, read as a fraction of 1."""
    return int.from_bytes(hashlib.blake2b(slug.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "big") / 2**64


def name_page_starts(slugs: Sequence[str], sizes: Sequence[int] | None = None) -> list[int]:
    """Where the A–Z's pages start, for people in A–Z order: before a person whose slug's hash falls under
    ``1 / PEOPLE_PER_PAGE``, or once a page holds ``PEOPLE_PAGE_MOST`` people or their rows (of ``sizes``
    bytes) ``PEOPLE_PAGE_MOST_BYTES``. A cut depends on the person alone (but for the rare forced one), so a new
    person changes the page they join, and a new page only the one it splits, wherever in the alphabet they
    come: pages of a fixed size would all shift."""
    starts = [0] if slugs else []
    count = size = 0
    for position, slug in enumerate(slugs):
        row = sizes[position] if sizes is not None else 0
        if position and (count >= PEOPLE_PAGE_MOST or size + row > PEOPLE_PAGE_MOST_BYTES
                         or _fraction(slug) < 1 / PEOPLE_PER_PAGE):
            starts.append(position)
            count = size = 0
        count += 1
        size += row
    return starts


def name_page_path(slugs: Sequence[str], start: int) -> str:
    """The first page of the A–Z is the people index itself; the others are named by their first person."""
    return PEOPLE_ORDERS[0][1] if start == 0 else f"{PEOPLE_ORDERS[0][1]}from/{slugs[start]}/"


def people_index_paths(catalogue: Catalogue, rows: list[PersonRow] | None = None) -> list[str]:
    """The people index's pages; ``rows``: ``people_rows(catalogue)`` if already made."""
    rows = people_rows(catalogue) if rows is None else rows
    slugs = [row.person.slug for row in rows]
    starts = name_page_starts(slugs, [row.size for row in rows])
    return [*(name_page_path(slugs, start) for start in starts or [0]),
            *(path for _, path, _ in PEOPLE_ORDERS[1:])]


@dataclass(frozen=True)
class NamePage:
    """A page of the A–Z as others link to it."""

    path: str
    first: str
    last: str
    """The names of its first and last people."""


@dataclass(frozen=True)
class PeopleIndexView:
    order: str
    path: str
    rows: list[PersonRow]
    councils: list[CouncilEntry]
    orders: tuple[tuple[str, str, str], ...] = PEOPLE_ORDERS
    pages: list[NamePage] = field(default_factory=list)
    """On the A–Z's first page, when there are more: every page of the A–Z."""
    letter_pages: list[tuple[str, str]] = field(default_factory=list)
    """On the A–Z's first page: each initial and the page where its people start."""
    previous: NamePage | None = None
    next: NamePage | None = None
    """The A–Z's neighbouring pages."""
    listed: int = 0
    """People in the whole order, for the top lists (which show ``rows`` of them); 0 on the A–Z, which does not
    say it: a page is made again when its view changes (``cuttings/render.py``)."""

    @property
    def letters(self) -> list[tuple[str, list[PersonRow]]]:
        """For the order by name: ``rows`` grouped by the surname's initial. Worked out from ``rows`` when a page is
        made, not kept in the view: a view is digested as its page's params every build (``memo.ByName``), and the
        grouped rows, digested again, nearly doubled that work (the A-Z's 157 views at 10,000 articles: 0.14 to
        0.085 s of CPU). ``tests/unit/test_people_index.py`` checks the groups, the site tests the pages' bytes."""
        return letter_groups(self.rows) if self.order == "name" else []


def people_rows(catalogue: Catalogue) -> list[PersonRow]:
    council_by_name = {council.name.casefold(): slug for slug, council in catalogue.councils.items()}
    option = {slug: number for number, slug in enumerate(catalogue.councils, start=1)}
    rows = []
    articles = catalogue.articles
    for person in catalogue.people.values():
        entries = [articles[slug] for slug in person.articles]
        councils = {c for entry in entries for c in entry.councils}
        councils.update(council_by_name[key] for span in person.role_spans
                        if (key := (span.organisation or "").casefold()) in council_by_name)
        dates = [d for entry in entries if (d := entry.article.date) is not None]
        rows.append(PersonRow(person, len(entries), max(dates) if dates else None,
                              " ".join([str(number) for number in sorted([option[slug] for slug in councils])])
                              if councils else ""))
    return rows


def people_index_views(catalogue: Catalogue, rows: list[PersonRow] | None = None) -> list[PeopleIndexView]:
    # Already by surname, as the catalogue keeps people.
    rows = people_rows(catalogue) if rows is None else rows
    by_name = {key: index for index, key in enumerate(catalogue.people)}
    orders: dict[str, Callable[[PersonRow], tuple[object, ...]]] = {
        "name": lambda row: (by_name[row.person.slug],),
        "articles": lambda row: (-row.articles, by_name[row.person.slug]),
        "latest": lambda row: (row.latest is None, -(row.latest.toordinal() if row.latest else 0),
                               by_name[row.person.slug]),
    }
    councils = list(catalogue.councils.values())
    views = name_pages(rows, councils)
    for key, path, _ in PEOPLE_ORDERS[1:]:
        # The first of the order alone, as ``sorted(rows, key=...)[:n]`` gives them (and in half the time).
        top = heapq.nsmallest(PEOPLE_IN_TOP_LISTS, rows, key=orders[key])
        views.append(PeopleIndexView(key, path, top, councils, listed=len(rows)))
    return views


def name_pages(rows: list[PersonRow], councils: list[CouncilEntry]) -> list[PeopleIndexView]:
    """The pages of the A–Z (``name_page_starts``), rows in the catalogue's order (by surname)."""
    slugs = [row.person.slug for row in rows]
    starts = name_page_starts(slugs, [row.size for row in rows])
    bounds = list(zip(starts, [*starts[1:], len(rows)], strict=True)) if starts else []
    pages = [NamePage(name_page_path(slugs, start), rows[start].person.name, rows[stop - 1].person.name)
             for start, stop in bounds]
    letter_pages: dict[str, str] = {}
    for page, (start, stop) in zip(pages, bounds, strict=True):
        for letter in {_initial(row) for row in rows[start:stop]}:  # ``letter_groups``' letters, without the groups
            letter_pages.setdefault(letter, page.path)
    views = []
    for number, (start, stop) in enumerate(bounds or [(0, 0)]):
        shown = rows[start:stop]
        first = number == 0
        views.append(PeopleIndexView(
            "name", pages[number].path if pages else PEOPLE_ORDERS[0][1], shown, councils,
            pages=pages if first and 1 < len(pages) <= NAME_PAGES_LISTED else [],
            letter_pages=sorted(letter_pages.items(), key=lambda item: (item[0] == "#", item[0])) if first else [],
            previous=pages[number - 1] if number else None,
            next=pages[number + 1] if number + 1 < len(pages) else None))
    return views


def letter_groups(rows: Sequence[PersonRow]) -> list[tuple[str, list[PersonRow]]]:
    groups: dict[str, list[PersonRow]] = {}
    for row in rows:
        groups.setdefault(_initial(row), []).append(row)
    return sorted(groups.items(), key=lambda item: (item[0] == "#", item[0]))


def _initial(row: PersonRow) -> str:
    """The letter of the A–Z a row is listed under: its surname's initial, "#" if not a letter."""
    parts = row.person.name.split()
    surname = parts[-1] if parts else "?"
    return surname[0].upper() if surname[0].isalpha() else "#"


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
    """A related article as its line shows it: title, link and date (whom it shares is in the data export)."""

    article: ArticleRef


def related_ref(line: RelatedLine, refs: ArticleRefs) -> RelatedRef:
    return RelatedRef(refs[line.article.slug])


def related_lines(catalogue: Catalogue, related: Sequence[RelatedArticle]) -> list[RelatedLine]:
    return [
        RelatedLine(article_link(catalogue.articles[r.article]),
                    [entity_link(catalogue.people[p]) for p in r.people],
                    [entity_link(catalogue.councils[c]) for c in r.councils])
        for r in related
    ]


def article_linker(catalogue: Catalogue, entry: ArticleEntry, href: Callable[[str], str],
                   person_path: Callable[[str], str] = urls.person_path) -> MentionLinker:
    """A linker for every form in which this article writes its people and councils.

    The forms are their names, the article's aliases, and the text of each of ``Article.mentions``
    ("Oldham Metropolitan Borough Council" for "Oldham Council").

    ``href`` turns a root-relative path into a link from the article's page; ``person_path`` gives where a person
    is (``PersonPlaces.path``).
    """
    # Each form once per entity: an article writes the same names many times, and the linker keeps the first.
    links: dict[tuple[str, str], str] = {}  # (form, entity) -> href
    people: dict[str, tuple[str, str]] = {}  # the article's name -> (entity, href), as for councils
    page_of = catalogue.person_slugs or {catalogue.people[slug].name: slug for slug in entry.people}
    for mention in entry.article.people:
        slug = person_slug_of(page_of, entry.article.source_file, mention.name)
        if slug is None or slug not in catalogue.people:
            continue  # a name with no page of its own (``cuttings.analysis.identity``)
        person = catalogue.people[slug]
        entity, link = f"person:{slug}", href(person_path(slug))
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
