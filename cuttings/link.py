"""Stage 3, link: every Article -> one Catalogue of articles, people and councils, keyed by slug.

A person is one page per canonical name across the archive; a council one page per canonical council name.

**Linking in part.** Given the catalogue linked last (``previous``), ``link`` remakes only the entries a change
can reach and takes every other entry from it as it is, so an edit, a new article or a deletion costs what the
changed articles reach, not the archive. Which name gets which page (``analysis/identity.py``) is decided in
groups of names no rule looks across (``name_groups``); only the groups of the names an added, removed or changed
article reads, as it is and as it was, are found and decided again (``_pages``), from those names' rows
alone, through the names' keys and where each name is read, both kept from the last link (``identity.KeyIndex``);
the other names keep their pages, slugs, joins and evidence (``_decided``); and none is decided again when the
changed articles differ in no field the decision was recorded reading (``_decision_unchanged``: a text edit). The
rest follows from what differs:

* an article is *changed* when its Article is not the one linked last, or its slug or the slugs of its people or
  councils differ (a name that went to another page);
* a person's entry is remade when the person is new, their page's name, names or joins differ, or a changed
  article (as it is, or as it was) names them: everything on the entry comes from the articles naming them;
* a council's entries are remade every time (cheap) but for its events, which are found again only when one of its
  articles changed;
* an article's related articles are found again when it is changed or a changed article stands within
  ``NEIGHBOURS_PER_ENTITY`` of it in a list of a person or council they share (the window related articles read;
  the whole list when it is that short), before or after the change.

A remade entry equal to the last one is replaced by it, so the result holds the last catalogue's own objects
wherever nothing changed, and ``Linked.remade`` names the keys that differ. ``tests/unit/test_relink.py``
proves the result equal to linking in full for random sequences of additions, deletions and edits.
"""

from __future__ import annotations

import bisect
import datetime as dt
import gc
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cuttings.analysis import analyse
from cuttings.analysis.identity import (
    ARTICLE_NAME_SEPARATOR,
    PEERAGE_TITLES,
    KeyIndex,
    article_name_key,
    council_page_names,
    decide_group,
    first_word_of,
    first_words_read,
    is_surname_only,
    name_groups,
    name_tables,
    names_read,
    person_slug_of,
)
from cuttings.analysis.namesakes import written_name
from cuttings.analysis.together import NEIGHBOURS_PER_ENTITY
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
from cuttings.slugs import assign_slugs, slugs_patched


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


@dataclass(slots=True)
class Linked:
    """A catalogue and, per group of it (``articles``, ``people``, ``councils``, ``person_slugs``,
    ``council_slugs``), the keys whose value is not the previous catalogue's own object, removed keys included;
    and the names' keys, to give the next link (``link``'s ``index``)."""

    catalogue: Catalogue
    remade: dict[str, set[str]]
    index: KeyIndex


def build_catalogue(articles: Sequence[Article]) -> Catalogue:
    """Merge the articles' people and councils into entries that reference each other by slug."""
    return link(articles).catalogue


def link(articles: Sequence[Article], previous: Catalogue | None = None, index: KeyIndex | None = None) -> Linked:
    """The catalogue of ``articles``, equal to linking them in full; with ``previous`` (the catalogue of the
    articles linked last), made in part from it (see the module's docstring). ``previous`` is never changed;
    ``index``, the names' keys the last link gave (``identity.KeyIndex``), is extended."""
    # About a hundred long-lived objects per article, none in a cycle (``cuttings/collector.py``).
    with collector_paused():
        linked = _link(articles, previous, index if index is not None else KeyIndex())
        # The catalogue lives as long as the build: out of the collector's sight before it is enabled again, or its
        # first pass walks every object linking made and frees none (0.33-0.42 s at 10,000 BBC articles, a tenth
        # of linking; ``tests/unit/test_link_collector.py``).
        gc.freeze()
        return linked


SURNAME_HERE_REASON = "the surname alone, in articles of a section that names this person most at the time"
"""Why a surname alone went to a page in some articles only (``identity._surnames_per_article``), as shown on the
page beside the other ``JOIN_REASONS``."""


def _peers_own_page(page: str, name: str) -> bool:
    """"Lord Doe" for "Doe": the peer's page, which a surname reaches in the articles giving the title."""
    title, _, rest = page.partition(" ")
    return rest == name and title.casefold() in PEERAGE_TITLES


def _named_people(article: Article) -> Iterable[str]:
    return (*(person.name for person in article.people), *(role.person for role in article.roles),
            *(quote.person for quote in article.quotes))


@dataclass(slots=True)
class _Pages:
    """Which page each name goes to: the page names in order, with their slugs, and why names were joined."""

    person_names: list[str]
    page_slugs: dict[str, str]
    person_slugs: dict[str, str]
    council_page_slugs: dict[str, str]
    council_slugs: dict[str, str]
    joined: dict[str, list[tuple[str, str]]]
    evidence: dict[str, str]
    """Each page's name -> what makes its articles one person (``PersonEntry.evidence``)."""


class _Recorder:
    """An article that records the names of the fields read of it."""

    __slots__ = ("_article", "read")

    def __init__(self, article: Article) -> None:
        self._article, self.read = article, set[str]()

    def __getattr__(self, field: str) -> object:
        self.read.add(field)
        return getattr(self._article, field)


def _decision_unchanged(ordered: Sequence[Article], last: dict[str, ArticleEntry]) -> bool:
    """Whether the articles are the last ones in the same order (``newest_first_key``: positions are what the
    decision reads of it), and each changed one (a text edit, a headline) differs from the last in no field that
    deciding the pages read of it, as recorded by deciding them again on a ``_Recorder`` (both versions): the pages
    then are the last ones. At 10,000 articles this keeps a text edit's or a headline's linking at 0.3 s of CPU,
    not 0.5-1.2 s; ``tests/unit/test_name_groups.py`` and ``tests/unit/test_relink.py`` check the result equals a
    full link."""
    if list(last) != [article.source_file for article in ordered]:
        return False
    changed = [(entry.article, article) for article, entry in zip(ordered, last.values(), strict=True)
               if entry.article is not article and entry.article != article]
    for was, now in changed:
        recorders = [_Recorder(was), _Recorder(now)]
        for recorder in recorders:
            name_tables([recorder])  # type: ignore[list-item]
            council_page_names([recorder])  # type: ignore[list-item]
        if any(getattr(was, field) != getattr(now, field) for field in set.union(*(r.read for r in recorders))):
            return False
    return True


def _pages(ordered: Sequence[Article], previous: Catalogue | None, last: dict[str, ArticleEntry],
           index: KeyIndex) -> _Pages:
    """Which page each name goes to (``page_names``): as ``previous`` has it when no change reached what the
    decision reads (``_decision_unchanged``); else decided again (``_decided``) for every group of names
    (``name_groups``) without ``previous`` or the rows kept with it (``KeyIndex.read``), when the places of the
    councils changed, or when a page decided again is one a name of another group kept (no rule joins across
    groups); else for the groups of the names an added, removed or changed article reads (``names_read``, as it is
    and as it was), of the people such an article named as it was (a name no article gives any more leaves a group
    that may have split), and of the names some article gives on the model's label alone that open with a first
    word such an article reads (``first_words_read``). Whatever else a group's decision reads is its own names'
    rows, which only those articles change. Brings ``index.read`` up to date with them."""
    if previous is not None and _decision_unchanged(ordered, last):
        return _Pages([person.name for person in previous.people.values()],
                      {person.name: slug for slug, person in previous.people.items()}, dict(previous.person_slugs),
                      {council.name: slug for slug, council in previous.councils.items()}, dict(previous.council_slugs),
                      {slug: list(person.joined) for slug, person in previous.people.items() if person.joined},
                      {person.name: person.evidence for person in previous.people.values() if person.evidence})
    index.unpack()
    if previous is None or index.read is None:
        index.read_all(ordered)
        return _decided(ordered, Catalogue({}, {}, {}), index)  # type: ignore[return-value]
    places, position = set(index.read["places"]), {article.source_file: at for at, article in enumerate(ordered)}
    changes = [(entry.article if entry is not None else None, article) for article in ordered
               if (entry := last.get(article.source_file)) is None
               or (entry.article is not article and entry.article != article)]
    changes += [(entry.article, None) for source_file, entry in last.items() if source_file not in position]
    reached: set[str] = set()
    words: set[str] = set()
    for was, now in changes:
        index.reread((was or now).source_file, was, now)  # type: ignore[union-attr]
        for article in filter(None, (was, now)):
            reached |= names_read(article)
            words |= first_words_read(article)
    first = _FirstNamed(ordered, position, index.read)
    # A first word's rows changed: the names opening with it (``_first_word_a_thing_in_the_archive``).
    reached.update(name for word in words for source_file in index.read["unsupported"].get(word, ())
                   for name in ordered[position[source_file]].unsupported if first_word_of(name) == word)
    reached = {name for name in reached if name in first}
    reached.update(person.name for was, _ in changes if was is not None for person in was.people)
    return (set(index.read["places"]) == places and _decided(ordered, previous, index, reached, first)) \
        or _decided(ordered, Catalogue({}, {}, {}), index)  # type: ignore[return-value]


class _FirstNamed(dict[str, tuple[int, int] | None]):
    """Each name -> where the archive first gives it as a person's: the position of the first article naming it and
    its place among that article's people (the order of ``NameTables.counts``), or None when no article does; found
    when first asked from the articles that read the name (``KeyIndex.read``), not from every article."""

    def __init__(self, ordered: Sequence[Article], position: dict[str, int], read: dict[str, dict[str, list[str]]]):
        super().__init__()
        self.ordered, self.position, self.read = ordered, position, read

    def __missing__(self, name: str) -> tuple[int, int] | None:
        self[name] = None
        for at in sorted(self.position[file] for file in self.read["names"].get(name, ())):
            if name in (people := list(dict.fromkeys(person.name for person in self.ordered[at].people))):
                self[name] = (at, people.index(name))
                break
        return self[name]

    def __contains__(self, name: object) -> bool:
        return self[name] is not None  # type: ignore[index]


def _decided(ordered: Sequence[Article], previous: Catalogue, index: KeyIndex, names: Collection[str] = (),
             first: _FirstNamed | None = None) -> _Pages | None:
    """The pages of every name (without ``first``), or of the names of the groups of ``names`` (``first``: where the
    archive first gives each name), from the rows of the articles that read them, the other names' pages, slugs,
    joins and evidence as ``previous`` has them (None if a page is both a decided one and a kept one). No pass reads
    every article's names or slugifies every page: at 50,000 BBC articles a new article's decision fell from
    1.06-1.19 to 0.65-0.67 s of CPU (p17ak); ``tests/unit/test_name_groups.py`` checks the kept rows and the result
    against a full link after random edits."""
    pages: dict[str, str | None] = {}
    why: dict[str, str] = {}
    per_article: dict[tuple[str, str], str] = {}
    evidence: dict[str, str] = {}
    if first is None:
        tables = name_tables(ordered)
        groups = name_groups(tables.counts, tables.parsed, index=index)
        rank: Mapping[str, object] = {name: at for at, name in enumerate(tables.counts)}
    else:
        groups, read = name_groups((), reached=names, index=index, first=first), first.read
        positions = {first.position[file] for group in groups for name in group for file in read["names"][name]}
        # The rows of the first words of names some article gives on the model's label alone: what other articles
        # call the word (``first_words_read``), found by a scan only when such a name is decided again.
        words = {first_word_of(name) for group in groups for name in group
                 if any(name in ordered[first.position[file]].unsupported
                        for file in read["unsupported"].get(first_word_of(name), ()))}
        if words:
            positions.update(position for position, article in enumerate(ordered)
                             if not words.isdisjoint(first_words_read(article)))
        tables = name_tables([ordered[position] for position in sorted(positions)])
        tables.places, rank = set(read["places"]), first
    for group in groups:
        decide_group(tables, group, pages, why, per_article, evidence)

    # What the last link gave the names of groups not decided again: kept, and their pages with them.
    kept = {key: slug for key, slug in previous.person_slugs.items()
            if (name := key.partition(ARTICLE_NAME_SEPARATOR)[0]) not in pages and name not in names}
    kept_slugs = set(kept.values())
    last_pages = {person.name: slug for slug, person in previous.people.items()}
    person_names = [person.name for slug, person in previous.people.items() if slug in kept_slugs]
    decided_pages = {page for page in (*pages.values(), *per_article.values()) if page is not None}
    if not decided_pages.isdisjoint(person_names):
        return None
    person_names = _merge(person_names, decided_pages, surname_key)  # in surname order, as ``previous.people`` is
    fresh, gone = decided_pages - last_pages.keys(), last_pages.keys() - set(person_names)
    page_slugs = slugs_patched(last_pages, dict(zip(fresh, fresh, strict=True)), gone) \
        or assign_slugs((name, name) for name in person_names)
    moved = {slug: page_slugs[page] for page, slug in last_pages.items() if page_slugs.get(page, slug) != slug}

    # Every name an article gives -> its page's slug, in the order the archive first gives them; a name with no
    # page is left out. A surname alone with no page as a name but one in its article is keyed by name and article
    # (``identity.person_slug_of``), after the names, by article and name.
    order = _merge([key for key in kept if ARTICLE_NAME_SEPARATOR not in key],
                   [name for name, page in pages.items() if page is not None], rank.__getitem__)
    person_slugs = {name: page_slugs[pages[name]] if name in pages  # type: ignore[index]
                    else moved.get(kept[name], kept[name]) for name in order}
    here = {key: moved.get(slug, slug) for key, slug in kept.items() if ARTICLE_NAME_SEPARATOR in key}
    reasons = {name: why[name] for name in sorted(why, key=rank.__getitem__)}  # type: ignore[arg-type]
    for (source_file, name), page in sorted(per_article.items()):
        here[article_name_key(source_file, name)] = page_slugs[page]
        if is_surname_only(name) and not _peers_own_page(page, name):
            # A full name here is a namesake's, its page told apart by its label; a peer's page ("Lord Doe" for
            # "Doe" in the articles writing the title) is the name's own, joined by no rule.
            reasons.setdefault(article_name_key(source_file, name), SURNAME_HERE_REASON)
    person_slugs.update((key, here[key]) for key in sorted(here, key=lambda k: k.split(ARTICLE_NAME_SEPARATOR)[::-1]))
    joined = {moved.get(slug, slug): list(person.joined) for slug, person in previous.people.items()
              if person.joined and slug in kept_slugs}
    for key, reason in reasons.items():
        name = key.split(ARTICLE_NAME_SEPARATOR)[0]
        pairs = joined.setdefault(person_slugs[key], [])
        if (name, reason) not in pairs:
            pairs.append((name, reason))
    for pairs in joined.values():
        pairs.sort(key=lambda pair: pair[0].casefold())
    evidence.update((person.name, person.evidence) for slug, person in previous.people.items()
                    if person.evidence and slug in kept_slugs)
    council_pages = council_page_names(ordered)
    council_names = sorted({page for page in council_pages.values() if page is not None},
                           key=lambda name: (name.casefold(), name))
    council_page_slugs = assign_slugs((name, name) for name in council_names)
    council_slugs = {name: council_page_slugs[page] for name, page in council_pages.items() if page is not None}
    return _Pages(person_names, page_slugs, person_slugs, council_page_slugs, council_slugs, joined,
                  {name: evidence[name] for name in person_names if evidence.get(name)})


def _merge(kept: list[str], new: Iterable[str], key: Callable[[str], Any]) -> list[str]:
    """``kept`` (in ``key``'s order) with ``new`` put in their places: a few among many, or all sorted."""
    for item in new if kept else ():
        bisect.insort(kept, item, key=key)
    return kept or sorted(new, key=key)


def _link(articles: Sequence[Article], previous: Catalogue | None, index: KeyIndex) -> Linked:
    ordered = sorted(articles, key=newest_first_key)
    last = {entry.article.source_file: entry for entry in previous.articles.values()} if previous else {}
    article_slugs = _article_slugs(ordered, last)
    pages = _pages(ordered, previous, last, index)
    person_names, page_slugs, person_slugs = pages.person_names, pages.page_slugs, pages.person_slugs
    council_page_slugs, council_slugs, joined = pages.council_page_slugs, pages.council_slugs, pages.joined
    evidence = pages.evidence

    # Each article's people and councils, by slug; the articles that changed, as they are and as they were.
    moved = (_moved_names(person_slugs, previous.person_slugs), _moved_names(council_slugs, previous.council_slugs)) \
        if previous is not None else None
    listed: dict[str, tuple[Article, list[str], list[str]]] = {}
    for article in ordered:
        entry = last.get(article.source_file)
        if moved is not None and entry is not None and entry.article is article \
                and (not moved[0] or moved[0].isdisjoint(mention.name for mention in article.people)) \
                and (not moved[1] or moved[1].isdisjoint(article.councils)):
            # As linked last, and none of its names went to another page: the people and councils it had.
            listed[article_slugs[article.source_file]] = (article, list(entry.people), list(entry.councils))
            continue
        people_of = dict.fromkeys(slug for mention in article.people
                                  if (slug := person_slug_of(person_slugs, article.source_file, mention.name))
                                  is not None)
        councils_of = dict.fromkeys(slug for name in article.councils if (slug := council_slugs.get(name)) is not None)
        listed[article_slugs[article.source_file]] = (article, list(people_of), list(councils_of))
    changed: set[str] = set()
    was: list[ArticleEntry] = []
    for slug, (article, people_of, councils_of) in listed.items():
        entry = last.pop(article.source_file, None)
        if entry is None or entry.slug != slug or entry.people != people_of or entry.councils != councils_of \
                or (entry.article is not article and entry.article != article):
            changed.add(slug)
            if entry is not None:
                was.append(entry)
    was.extend(last.values())  # removed

    if previous is None:
        remake = set(page_slugs.values())
    else:
        remake = {slug for name, slug in page_slugs.items()
                  if slug not in previous.people or previous.people[slug].name != name
                  or previous.people[slug].joined != joined.get(slug, [])
                  or previous.people[slug].evidence != evidence.get(name, "")}
        remake.update(slug for slug, person in previous.people.items() if person.joined and slug not in joined)
        for name in person_slugs.keys() | previous.person_slugs.keys():
            if (old := previous.person_slugs.get(name)) != (new := person_slugs.get(name)):
                remake.update(slug for slug in (old, new) if slug is not None)
        for entry in was:
            remake.update(entry.people)
            remake.update(slug for name in _named_people(entry.article)
                          if (slug := person_slug_of(person_slugs, entry.article.source_file, name)))
        for slug in changed:
            article, people_of, _ = listed[slug]
            remake.update(people_of)
            remake.update(slug for name in _named_people(article)
                          if (slug := person_slug_of(person_slugs, article.source_file, name)))
        remake &= set(page_slugs.values())

    people = {}
    for name in person_names:
        slug = page_slugs[name]
        people[slug] = PersonEntry(slug, name, joined=joined.get(slug, []), evidence=evidence.get(name, "")) \
            if slug in remake \
            else previous.people[slug]  # type: ignore[union-attr]
    councils = {slug: CouncilEntry(slug, name) for name, slug in council_page_slugs.items()}
    aliases_seen: dict[str, dict[str, None]] = {slug: {} for slug in remake}
    roles_seen: dict[str, set[RoleEvidence]] = {slug: set() for slug in remake}
    council_people: dict[str, set[str]] = {slug: set() for slug in councils}
    for slug, (article, people_of, councils_of) in listed.items():
        if not remake.isdisjoint(people_of):
            named_here: set[str] = set()
            for mention in article.people:
                person_slug = person_slug_of(person_slugs, article.source_file, mention.name)
                if person_slug is None or person_slug in named_here:
                    continue  # a person's first name in the article gives its aliases
                named_here.add(person_slug)
                if person_slug in remake:
                    people[person_slug].articles.append(slug)
                    aliases_seen[person_slug].update(dict.fromkeys((mention.name, *mention.aliases)))
        for council_slug in councils_of:
            councils[council_slug].articles.append(slug)
        _attach_roles_and_quotes(article, slug, people, person_slugs, councils, council_slugs, remake, roles_seen,
                                 council_people)
    for slug in remake:
        person = people[slug]
        written = written_name(person.name)  # a namesake's page writes its name with its body: "Jane Doe (Acme)"
        person.aliases = sorted((a for a in aliases_seen[slug] if a not in (person.name, written)), key=str.casefold)
        person.roles.sort(key=_role_order)
    # ``people`` is already in surname order (``person_names``), so a person's place in it sorts the same.
    surname_rank = {slug: position for position, slug in enumerate(people)}
    for council in councils.values():
        council.people.sort(key=surname_rank.__getitem__)

    related = changed | _near_changed(changed, was, listed, people, councils, previous)
    entries = {}
    for slug, (article, people_of, councils_of) in listed.items():
        entries[slug] = ArticleEntry(slug, article, people_of, councils_of) if slug in related \
            else previous.articles[slug]  # type: ignore[union-attr]
    catalogue = Catalogue(articles=entries, people=people, councils=councils, person_slugs=person_slugs,
                          council_slugs=council_slugs)
    # A council's events come from its articles alone (``analysis.analyse``).
    kept_events = {slug: previous.councils[slug].events for slug, council in councils.items()
                   if slug in previous.councils and previous.councils[slug].articles == council.articles
                   and changed.isdisjoint(council.articles)} if previous is not None else {}
    analyse(catalogue, remake, related, kept_events)
    return Linked(catalogue, _remade(catalogue, previous, remake, related), index)


def _article_slugs(ordered: Sequence[Article], last: dict[str, ArticleEntry]) -> dict[str, str]:
    """Each article's slug (``assign_slugs`` of its file and its wanted slug or title): the last link's, an added
    or retitled article its own, when that is what assigning every slug gives (``slugs_patched``: a text edit, a new
    name, most new articles and deletions). Spares slugifying every title: 0.05 s of CPU at 10,000 articles,
    0.22-0.24 s at 50,000 (``benchmarks/README.md``, p16e, p17ag); ``tests/unit/test_relink.py`` checks linking in
    part equals a full link (titles that clash among them)."""
    added = {article.source_file: _wanted(article) for article in ordered
             if (entry := last.get(article.source_file)) is None
             or (entry.article is not article and _wanted(entry.article) != _wanted(article))}
    removed = last.keys() - {article.source_file for article in ordered if article.source_file not in added}
    patched = slugs_patched({source_file: entry.slug for source_file, entry in last.items()}, added, removed)
    return patched if patched is not None else assign_slugs((a.source_file, _wanted(a)) for a in ordered)


def _wanted(article: Article) -> str:
    return article.slug or article.title


def _moved_names(now: dict[str, str], before: dict[str, str]) -> set[str]:
    """The names (of ``person_slugs`` or ``council_slugs``; a key of one article's name, by its name) whose page is
    not the last link's: an article as linked last naming none of them has the same people and councils. Finding
    them again for every article was a fifth of linking in part (cProfile); with ``_article_slugs``, a text edit's
    link in part fell from 0.28-0.38 to 0.18-0.24 s of CPU at 10,000 articles. Tested as ``_article_slugs`` is."""
    if now == before:
        return set()
    return {key.split(ARTICLE_NAME_SEPARATOR)[0] for key in now.keys() | before.keys()
            if now.get(key) != before.get(key)}


def _near_changed(changed: set[str], was: list[ArticleEntry], listed: dict[str, tuple[Article, list[str], list[str]]],
                  people: dict[str, PersonEntry], councils: dict[str, CouncilEntry],
                  previous: Catalogue | None) -> set[str]:
    """The articles within ``NEIGHBOURS_PER_ENTITY`` of a changed one in a list of a person or council, as the lists
    are and as they were (the whole list when it is short enough to be read whole)."""
    if previous is None:
        return set(listed)
    near: set[str] = set()
    reach = NEIGHBOURS_PER_ENTITY

    def around(slugs: list[str], slug: str) -> None:
        if len(slugs) <= 2 * reach + 1:
            near.update(slugs)
        elif slug in slugs:
            here = slugs.index(slug)
            near.update(slugs[max(0, here - reach):here + reach + 1])

    for slug in changed:
        _, people_of, councils_of = listed[slug]
        for person in people_of:
            around(people[person].articles, slug)
        for council in councils_of:
            around(councils[council].articles, slug)
    for entry in was:
        for person in entry.people:
            if person in previous.people:
                around(previous.people[person].articles, entry.slug)
        for council in entry.councils:
            if council in previous.councils:
                around(previous.councils[council].articles, entry.slug)
    return near & listed.keys()


def _remade(catalogue: Catalogue, previous: Catalogue | None, people: set[str],
            articles: set[str]) -> dict[str, set[str]]:
    """Put the previous catalogue's own entry back wherever the remade one equals it; the keys that differ."""
    if previous is None:
        return {group: set(getattr(catalogue, group)) for group in
                ("articles", "people", "councils", "person_slugs", "council_slugs")}
    remade: dict[str, set[str]] = {}
    for group, keys in (("articles", articles), ("people", people), ("councils", set(catalogue.councils))):
        items, before = getattr(catalogue, group), getattr(previous, group)
        differ = set()
        for key in keys:
            if key in before and items[key] == before[key]:
                items[key] = before[key]
            else:
                differ.add(key)
        remade[group] = differ | (before.keys() - items.keys())
    for group in ("person_slugs", "council_slugs"):
        items, before = getattr(catalogue, group), getattr(previous, group)
        remade[group] = {key for key in items.keys() | before.keys() if items.get(key) != before.get(key)}
    return remade


def _attach_roles_and_quotes(
    article: Article,
    article_slug: str,
    people: dict[str, PersonEntry],
    person_slugs: dict[str, str],
    councils: dict[str, CouncilEntry],
    council_slugs: dict[str, str],
    remake: set[str],
    roles_seen: dict[str, set[RoleEvidence]],
    council_people: dict[str, set[str]],
) -> None:
    """The article's roles and quotations on the entries of the people being remade, and its people with a role
    at a council on the council's entry."""
    date: dt.date | None = article.date
    # A text article's page shows its paragraphs as inferred, each cited one with an anchor; a Markdown body is
    # rendered as written, so evidence points to the article only.
    cites = article.body_format == "text"
    for role in article.roles:
        person_slug = person_slug_of(person_slugs, article.source_file, role.person)
        if person_slug is None:
            continue
        if person_slug in remake:
            evidence = RoleEvidence(role.role, role.organisation, article_slug, date,
                                    *((role.paragraph, role.offset) if cites else (-1, -1)))
            if evidence not in roles_seen[person_slug]:
                roles_seen[person_slug].add(evidence)
                people[person_slug].roles.append(evidence)
        council_slug = council_slugs.get(role.organisation or "")
        if council_slug is not None and person_slug not in council_people[council_slug]:
            council_people[council_slug].add(person_slug)
            councils[council_slug].people.append(person_slug)
    for quote in article.quotes:
        person_slug = person_slug_of(person_slugs, article.source_file, quote.person)
        if person_slug in remake:
            people[person_slug].quotes.append(
                QuoteEvidence(quote.text, article_slug, date,
                              *((quote.paragraph, quote.offset) if cites else (-1, -1))))
