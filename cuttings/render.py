"""Stage 4, render: the Catalogue -> HTML pages, through the Jinja2 templates in ``templates/``.

Python decides what goes on a page; the templates decide how it looks. Autoescape is on, and Markdown
bodies are sanitised, so article text can never become markup or script.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import types
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import markdown
import nh3
from markupsafe import Markup

from cuttings import named_once, paging, urls
from cuttings.analysis import views
from cuttings.fragments import FragmentCache
from cuttings.furniture import PublishSettings, page_meta
from cuttings.memo import ArticleLookup, Memo
from cuttings.model import Article, ArticleEntry, Catalogue, CouncilEntry, Page, PersonEntry, QuoteEvidence
from cuttings.sealed import read_records, write_records

SAFE_URL_SCHEMES = {"http", "https", "mailto"}
LATEST_ON_HOME = 10


def markdown_to_safe_html(source: str) -> Markup:
    """Markdown rendered, then cleaned to plain formatting: no raw HTML, no script, no javascript: links."""
    html = markdown.markdown(source, extensions=["sane_lists"], output_format="html")
    return Markup(nh3.clean(html, url_schemes=SAFE_URL_SCHEMES, link_rel="nofollow noopener"))


PATH_FUNCTIONS = (urls.article_path, urls.person_path, urls.council_path, paging.page_path)
"""The functions templates may call (``make_environment``); none takes the template's context."""
CALLED_DIRECTLY = frozenset({urls.Urls, jinja2.runtime.Macro})


class PageContext(jinja2.runtime.Context):
    """Jinja's template context, calling ``url``, the path functions and macros straight away.

    Every call in a template goes through ``Context.call``, which first checks whether the callable wants the
    context passed in; ``url(...)``, called twenty times and more on every page, never does (``urls.Urls``
    is ours), nor do the path functions or a template's macros, and the checks cost more than the call.
    """

    def call(__self, __obj: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        kind = type(__obj)
        # Compared as functions only: an undefined value fails any comparison, with its own error.
        if kind in CALLED_DIRECTLY or (kind is types.FunctionType and __obj in PATH_FUNCTIONS):
            kwargs.pop("_loop_vars", None)
            kwargs.pop("_block_vars", None)
            return __obj(*args, **kwargs)
        return super().call(__obj, *args, **kwargs)


def make_environment(templates_dir: Path | Sequence[Path], compiled_dir: Path | None = None) -> jinja2.Environment:
    """The templates' environment, looking in ``templates_dir`` (a list: in each folder in turn, file by file).
    With ``compiled_dir``, templates once compiled are kept there: a rebuild that
    renders a few pages in each of several processes would otherwise compile every template in each. Its name
    must change with anything else that changes the compiled code (Jinja keys it by the template's source only)."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
        # A build renders tens of thousands of pages from templates that do not change while it runs:
        # checking each template's file before every page costs a stat call each time.
        auto_reload=False,
        extensions=[FragmentCache],
        bytecode_cache=CheckedBytecodeCache(compiled_dir) if compiled_dir is not None else None,
    )
    environment.context_class = PageContext
    environment.globals.update({"lang": "en", "report_error": None})
    environment.filters["seen_between"] = lambda span: views.seen_between(span.first_seen, span.last_seen)
    environment.filters["time_tag"] = views.time_tag
    environment.globals.update({function.__name__: function for function in PATH_FUNCTIONS})
    return environment


class CheckedBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates, one file each in ``folder``, checked before they are used (``cuttings/sealed.py``):
    garbled bytecode, run as it was, stopped builds with ``SystemError: unknown opcode`` and once made a wrong
    page. Loading every template so costs a twentieth of compiling them (0.01 s against 0.2 s here)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, bucket: jinja2.bccache.Bucket) -> Path:
        return self.folder / f"{bucket.key}.compiled"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        records = read_records(self._path(bucket), 1)
        if records is not None:
            bucket.bytecode_from_string(records[0])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):  # an optimisation: a read-only cache must not fail the build
            write_records(self._path(bucket), [bucket.bytecode_to_string()])


PagesGroup = Callable[[], Iterator[Page]]


def _spans(count: int, runs: int) -> list[tuple[int, int]]:
    """``range(count)`` cut into ``runs`` consecutive spans of about equal size (none empty, at least one)."""
    size = max(1, -(-count // max(1, runs)))
    return [(start, min(start + size, count)) for start in range(0, count, size)] or [(0, 0)]


@dataclass(frozen=True)
class Counts:
    articles: int
    people: int
    councils: int


class SiteRenderer:
    """Renders every page of one catalogue."""

    def __init__(self, catalogue: Catalogue, environment: jinja2.Environment, site_title: str,
                 base_url: str = "/", site_url: str | None = None, memo: Memo | None = None,
                 description: str | None = None, entries_per_page: int | None = None,
                 places: named_once.PersonPlaces | None = None) -> None:
        self.catalogue = catalogue
        # Who has a page of their own, and where the people named once are listed (``cuttings/named_once.py``).
        self.places = places if places is not None else named_once.person_places(catalogue)
        environment.globals["person_place"] = self.places.path
        self.per_page = entries_per_page or paging.ENTRIES_PER_PAGE
        self.environment = environment
        self.site_title = site_title
        self.base_url = base_url
        self.publish = PublishSettings(site_title, base_url, site_url, description)
        self.counts = Counts(len(catalogue.articles), len(catalogue.people), len(catalogue.councils))
        self.memo = memo
        self.lookup = ArticleLookup(catalogue)
        self.council_by_name = views.councils_by_name(catalogue)
        # Every person page shows its roles' councils by name: digested once, not with every page.
        council_names = tuple((slug, council.name) for slug, council in catalogue.councils.items())
        self.council_names = memo.inputs(council_names) if memo is not None else b""
        self._refs: dict[object, views.ArticleRefs] = {}
        self._people_rows: list[views.PersonRow] | None = None

    def people_rows(self) -> list[views.PersonRow]:
        """The people index's rows, worked out once for the paths and the pages."""
        if self._people_rows is None:
            self._people_rows = views.people_rows(self.catalogue)
        return self._people_rows

    def refs(self, url: urls.Urls, local: bool = False) -> views.ArticleRefs:
        """The articles as pages linking to them with ``url`` show them, shared by every such page of the build.
        ``local``: linked the shortest way (``Urls.local``), as from one article page to another ("../x/"): shared
        by the pages in the same folder of the same section, such as all the article pages."""
        if not local:
            key: object = url.root
            link: Callable[[str], str] = url
        else:
            # From a page of the folder that is no article's, so that no article's link is "./".
            folder = url.page.rsplit("/", 2)[0]
            key, link = (url.root, folder), functools.partial(urls.relative, f"{folder}/*/index.html")
        refs = self._refs.get(key)
        if refs is None:
            refs = self._refs[key] = views.ArticleRefs(self.catalogue, link)
        return refs

    def page(self, template: str, path: str, link_level: bool = False, **context: Any) -> Page:
        return self.page_from(template, path, context, lambda: context, link_level)

    def unaffected(self, path: str) -> Page | None:
        """The previous build's page, kept unexamined, when it read no entry the build changed (``Memo.dirty``)."""
        if self.memo is None:
            return None
        output = urls.output_file(path)
        return Page(output, b"", reused=True) if self.memo.unaffected(output) else None

    def page_from(self, template: str, path: str, inputs: object, make_context: Callable[[], dict[str, Any]],
                  link_level: bool = False) -> Page:
        """The page, or the previous build's when ``inputs`` are what it was made from (``cuttings/memo.py``).

        ``inputs`` must determine everything ``make_context`` returns. ``link_level``: the page shows of articles
        only what linking reads (titles, dates, sources, names), not their text (``Memo.remember``).
        """
        output = urls.output_file(path)
        digest = self.memo.inputs(template, output, inputs) if self.memo is not None else b""
        if self.memo is not None and self.memo.keep(output, digest, self.lookup):
            return Page(output, b"", reused=True)
        self.lookup.start()
        context = make_context()
        html = self.environment.get_template(template).render(
            url=urls.Urls.for_page(output, self.base_url),
            site_title=self.site_title,
            articles=self.lookup,
            meta=page_meta(output, context, self.publish),
            **context,
        )
        if self.memo is not None:
            self.memo.remember(output, digest, self.lookup, self.lookup.recorded(), link_level)
        return Page(output, html.encode("utf-8"))

    def entries(self, slugs: list[str]) -> list[ArticleEntry]:
        return [self.catalogue.articles[slug] for slug in slugs]

    def render_all(self) -> Iterator[Page]:
        article_runs, person_runs, listings = self.groups()
        for group in (*article_runs, *person_runs, listings):
            yield from group()

    def groups(self, runs: int = 1) -> tuple[list[PagesGroup], list[PagesGroup], PagesGroup]:
        """Every page, in independent groups that may be rendered in any order or in parallel: the home and
        article pages, and the people's pages, each split into ``runs`` groups of about the same size; then the
        rest (``listings``)."""
        entries = list(self.catalogue.articles.values())
        people = [person for person in self.catalogue.people.values() if self.places.has_page(person.slug)]

        def article_run(start: int, stop: int) -> PagesGroup:
            def pages() -> Iterator[Page]:
                if start == 0:
                    yield self.home()
                yield from self.article_pages(entries, start, stop)
            return pages

        def person_run(start: int, stop: int) -> PagesGroup:
            return lambda: (page for person in people[start:stop] for page in self.person_pages(person))

        return ([article_run(start, stop) for start, stop in _spans(len(entries), runs)],
                [person_run(start, stop) for start, stop in _spans(len(people), runs)],
                self.listings)

    def listings(self) -> Iterator[Page]:
        """The council pages, the indexes and the fixed pages."""
        for council in self.catalogue.councils.values():
            yield from self.council_pages(council)
        yield from self.people_indexes()
        yield from self.once_pages()
        yield self.councils_index()
        yield from self.articles_index()
        yield self.page("search.html", "search/")
        yield self.page("404.html", "404.html")

    def html_paths(self) -> list[str]:
        """The output file of every page ``render_all`` makes, in its order, without rendering any."""
        paths = ["", *(urls.article_path(slug) for slug in self.catalogue.articles),
                 *(path for slug, person in self.catalogue.people.items() if self.places.has_page(slug)
                   for path in paging.page_paths(len(person.articles), urls.person_path(slug), self.per_page)),
                 *(path for slug, council in self.catalogue.councils.items()
                   for path in paging.page_paths(len(council.articles), urls.council_path(slug), self.per_page)),
                 *views.people_index_paths(self.catalogue, self.people_rows()), *self.places.bucket_paths(),
                 "councils/",
                 *paging.page_paths(len(self.catalogue.articles), "articles/", self.per_page), "search/", "404.html"]
        return [urls.output_file(path) for path in paths]

    def home(self) -> Page:
        if kept := self.unaffected(""):
            return kept
        latest = list(itertools.islice(self.catalogue.articles.values(), LATEST_ON_HOME))
        return self.page("index.html", "", link_level=True, latest=latest, counts=self.counts)

    def article_pages(self, entries: list[ArticleEntry], start: int, stop: int) -> Iterator[Page]:
        """The pages of ``entries[start:stop]``, each linking to its neighbours in the whole list."""
        for position in range(start, stop):
            entry = entries[position]
            # The list runs newest first: the previous (older) article is the one after this.
            older = entries[position + 1] if position + 1 < len(entries) else None
            newer = entries[position - 1] if position > 0 else None
            yield self.article_page(entry, older, newer)

    def article_page(self, entry: ArticleEntry, older: ArticleEntry | None, newer: ArticleEntry | None) -> Page:
        path = urls.article_path(entry.slug)
        if kept := self.unaffected(path):
            return kept
        people = [views.entity_link(self.catalogue.people[slug]) for slug in entry.people]
        person_paths = [self.places.path(slug) for slug in entry.people]
        councils = [views.entity_link(self.catalogue.councils[slug]) for slug in entry.councils]
        related = views.related_lines(self.catalogue, entry.related[:views.RELATED_SHOWN])
        previous = views.article_link(older) if older is not None else None
        following = views.article_link(newer) if newer is not None else None

        def context() -> dict[str, Any]:
            article: Article = entry.article
            url = urls.Urls.for_page(urls.output_file(path))
            linker = views.article_linker(self.catalogue, entry, url, self.places.path)
            body_html = None
            linked_paragraphs = None
            if article.body_format == "markdown":
                body_html = linker.link_html(markdown_to_safe_html(article.body))
            else:
                linked_paragraphs = linker.link_paragraphs([paragraph.text for paragraph in article.paragraphs])
            refs = self.refs(url, local=True)
            # Person and council pages link to the paragraph that gives a role or quotation (``views.cited_href``).
            cited = {fact.paragraph for fact in (*article.roles, *article.quotes) if fact.paragraph >= 0}
            return {"article": article, "body_html": body_html, "linked_paragraphs": linked_paragraphs, "cited": cited,
                    "people": [views.NamedLink(url(place), link.name)
                               for link, place in zip(people, person_paths, strict=True)],
                    "councils": [views.NamedLink(url(urls.council_path(link.slug)), link.name) for link in councils],
                    "related": [views.related_ref(line, refs) for line in related],
                    "previous": refs[previous.slug] if previous is not None else None,
                    "next": refs[following.slug] if following is not None else None}

        # The linker reads only the entry and the names of its people and councils. The entry holds the slugs;
        # the rest is given as plain values, which digest faster than the view's objects.
        inputs = None
        if self.memo is not None:
            inputs = (entry, [link.name for link in people], person_paths, [link.name for link in councils],
                      [(line.article.slug, line.article.title, line.article.date, [link.name for link in line.people],
                        [link.name for link in line.councils]) for line in related],
                      None if previous is None else (previous.slug, previous.title, previous.date),
                      None if following is None else (following.slug, following.title, following.date))
        return self.page_from("article.html", path, inputs, context)

    def person_pages(self, person: PersonEntry) -> Iterator[Page]:
        """The person's page, then the numbered pages of their older articles (``cuttings/paging.py``)."""
        first, *numbered = paging.paginate(person.articles, urls.person_path(person.slug), self.per_page)
        yield self.person_page(person, first)
        for listing in numbered:
            yield self.archive_page(listing, first.path, "Person", person.name, f"articles naming {person.name}",
                                    True, person.quotes)

    def person_page(self, person: PersonEntry, listing: paging.ListingPage[str]) -> Page:
        path = listing.path
        if kept := self.unaffected(path):
            return kept
        inputs: object = None
        if self.memo is not None:
            # What person_view reads: the entry, its companions' names, its listed articles and the council names.
            people, articles = self.catalogue.people, self.catalogue.articles
            companions = [(people[c.person].name, self.places.path(c.person))
                          for c in person.appears_with[:views.APPEARS_WITH_SHOWN]]
            inputs = (person, companions, self.memo.entries([articles[slug] for slug in listing.entries]),
                      self.council_names, listing)

        def context() -> dict[str, Any]:
            # The page names these articles' titles and dates (``cuttings/memo.py``).
            self.lookup.record(views.evidence_slugs(person, listing.entries))
            refs = self.refs(urls.Urls.for_page(urls.output_file(path)))
            return {"person": person, "listing": listing,
                    "view": views.person_view(self.catalogue, person, refs, self.council_by_name, listing.entries,
                                              self.places.path)}

        return self.page_from("person.html", path, inputs, context)

    def archive_page(self, listing: paging.ListingPage[str], home: str, kind: str, name: str, what: str,
                     ledes: bool, quotes: list[QuoteEvidence] | None = None) -> Page:
        """A numbered page of a person's, a council's or the site's articles: made from its own articles, and so
        rewritten only when one of them, or its neighbours, change."""
        path = listing.path
        if kept := self.unaffected(path):
            return kept
        articles = self.catalogue.articles
        dates = [date for slug in listing.entries if (date := articles[slug].article.date) is not None]
        archive = paging.Archive(kind, name, home, what, min(dates, default=None), max(dates, default=None), ledes)
        listed_quotes = views.quotes_in(quotes or (), listing.entries)
        shown_quotes = listed_quotes[:views.QUOTES_SHOWN]
        more_quotes = len(listed_quotes) - len(shown_quotes)
        inputs: object = None
        if self.memo is not None:
            inputs = (archive, listing, self.memo.entries([articles[slug] for slug in listing.entries]), shown_quotes,
                      more_quotes)

        def context() -> dict[str, Any]:
            refs = self.refs(urls.Urls.for_page(urls.output_file(path)))
            self.lookup.record([quote.article_slug for quote in shown_quotes])
            return {"archive": archive, "listing": listing, "articles_shown": refs.all(listing.entries),
                    "quotes": views.quote_lines(shown_quotes, refs), "more_quotes": more_quotes}

        return self.page_from("listing_page.html", path, inputs, context)

    def council_pages(self, council: CouncilEntry) -> Iterator[Page]:
        """The council's page, then the numbered pages of its older articles (``cuttings/paging.py``)."""
        first, *numbered = paging.paginate(council.articles, urls.council_path(council.slug), self.per_page)
        yield self.council_page(council, first)
        for listing in numbered:
            yield self.archive_page(listing, first.path, "Council", council.name, f"articles naming {council.name}",
                                    False)

    def council_page(self, council: CouncilEntry, listing: paging.ListingPage[str]) -> Page:
        path = listing.path
        if kept := self.unaffected(path):
            return kept
        view = views.council_view(self.catalogue, council, listing.entries)
        # ``refs`` shows articles the view holds, and so the inputs.
        refs = self.refs(urls.Urls.for_page(urls.output_file(path)))
        # Where its people are, which a person's entry alone does not say (``cuttings/named_once.py``).
        places = [self.places.path(line.person.slug) for group in view.groups for line in group.posts]
        places += [self.places.path(named.person.slug) for named in view.also_named]
        return self.page_from("council.html", path, {"council": council, "view": view, "listing": listing,
                                                     "places": places},
                              lambda: {"council": council, "view": view, "refs": refs, "listing": listing},
                              link_level=True)

    def people_indexes(self) -> Iterator[Page]:
        """The people index in each order: by name (the default page), by articles, by latest appearance."""
        unaffected = [self.unaffected(path) for path in views.people_index_paths(self.catalogue, self.people_rows())]
        if all(unaffected):
            yield from (page for page in unaffected if page is not None)
            return
        for index in views.people_index_views(self.catalogue, self.people_rows()):
            # What the rows show, rather than the people's whole entries.
            # A later page of the A–Z shows no counts: a new person elsewhere leaves it as it is.
            counts = self.counts if index.order != "name" or index.path == views.PEOPLE_ORDERS[0][1] else None
            inputs = (index.order, [(row.person.slug, row.person.name, row.articles, row.latest, row.councils,
                                     self.places.path(row.person.slug)) for row in index.rows],
                      [(council.slug, council.name) for council in index.councils], counts, index.path,
                      index.pages, index.letter_pages, index.previous and (index.previous.path, index.previous.first),
                      index.next and (index.next.path, index.next.first),
                      index.listed if index.order != "name" else None)
            context = {"index": index, "counts": counts}
            yield self.page_from("index_people.html", index.path, inputs, lambda context=context: context)

    def once_pages(self) -> Iterator[Page]:
        """The pages of people named in one article (``cuttings/named_once.py``)."""
        for bucket, slugs in self.places.buckets.items():
            yield self.once_page(named_once.bucket_path(bucket), slugs)

    def once_page(self, path: str, slugs: list[str]) -> Page:
        if kept := self.unaffected(path):
            return kept
        people = [self.catalogue.people[slug] for slug in slugs]
        inputs: object = None
        if self.memo is not None:
            # The people, their one article each (title, date, source), and the council names their roles link.
            articles = self.catalogue.articles
            inputs = (people, self.memo.entries([articles[person.articles[0]] for person in people]),
                      self.council_names)

        def context() -> dict[str, Any]:
            refs = self.refs(urls.Urls.for_page(urls.output_file(path)))
            return {"view": named_once.once_page_view(self.catalogue, slugs, refs, self.council_by_name)}

        return self.page_from("people_once.html", path, inputs, context)

    def councils_index(self) -> Page:
        if kept := self.unaffected("councils/"):
            return kept
        return self.page("index_councils.html", "councils/", councils=list(self.catalogue.councils.values()))

    def articles_index(self) -> Iterator[Page]:
        """The articles index: the newest articles by year, with a link to the page where each year starts;
        then the numbered pages of older articles (``cuttings/paging.py``)."""
        first, *numbered = paging.paginate(list(self.catalogue.articles), "articles/", self.per_page)
        yield self.articles_index_first(first, numbered)
        for listing in numbered:
            yield self.archive_page(listing, first.path, "Articles", "All articles", "articles", False)

    def articles_index_first(self, first: paging.ListingPage[str], numbered: list[paging.ListingPage[str]]) -> Page:
        if kept := self.unaffected("articles/"):
            return kept
        articles = self.catalogue.articles
        # Each year's newest article is on the page the year's link leads to.
        year_pages: dict[int | None, str] = {}
        for listing in (first, *numbered):
            for slug in listing.entries:
                date = articles[slug].article.date
                year_pages.setdefault(date.year if date else None, listing.path)
        years: dict[int | None, list[ArticleEntry]] = {}
        for slug in first.entries:
            entry = articles[slug]
            years.setdefault(entry.article.date.year if entry.article.date else None, []).append(entry)
        return self.page("index_articles.html", "articles/", link_level=True, years=list(years.items()),
                         year_pages=list(year_pages.items()), listing=first)
