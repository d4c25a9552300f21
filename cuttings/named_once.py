"""People named in one article only: an entry each on shared pages, rather than a page and a feed each.

Most people an archive names appear in a single article (8,631 of the 14,693 people of 10,000 articles of the
scale benchmark): a page and a feed for each were 1.7 of the site's 4.2 files an article, and their pages said
little their one article does not. Such a person is an entry, at the anchor of their slug, on a page of
``people/once/``, with what their article says of them (their roles, their quotations) and a link to it. Every
link to them (article pages, the people index, council pages, search suggestions, the data export) leads to that
entry (``PersonPlaces.path``). Named in a second article, they get their own page and feed.

The entries are grouped on pages by a hash of their slugs (``once_buckets``): a page holds the people whose
slugs' hashes start with the same bits, named by those bits (``bucket_path``: "0110" is ``people/once/16/``), and
a page whose entries would pass ``BUCKET_BYTES`` is split in two by the next bit. The pages so depend on the set
of people named once alone, never on the order they came in (a clean build and a rebuild agree), and a person
named for the first time, or for the second, rewrites the one page they join or leave, and the links to them;
only when that page grows past the limit is it split in two, moving the people on it (and rewriting the pages
that link to them). Halving
keeps most pages between half the limit and the limit: at 10,000 articles of the scale benchmark, 114 pages of
32 to 76 kB (47 kB on average) hold the 8,631 people named once, where pages of a slug's first letters, split by
the next letter when full, made 941 pages of 12 kB on average (a file, and 2 kB of page furniture, for each
dozen people).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cuttings import urls
from cuttings.analysis import views
from cuttings.model import Catalogue, PersonEntry

ONCE_FOLDER = "people/once/"
BUCKET_BYTES = 80_000
"""Estimated HTML of a page's entries (``entry_bytes``) past which it is split. The estimate errs high by 8% over
a page at 10,000 BBC articles (an entry's by up to 16% low): with the page's own 2 kB, under the 100 KB a page
may weigh."""
RESERVED_ANCHORS = frozenset({"main"})
"""Ids the page's own furniture uses (``base.html``'s ``<main id="main">``)."""


def named_once(person: PersonEntry) -> bool:
    return len(person.articles) == 1


def entry_bytes(person: PersonEntry) -> int:
    """About how many bytes of HTML the person's entry takes (``templates/people_once.html``)."""
    size = 330 + 3 * len(person.slug) + len(person.name) + sum(len(alias) + 30 for alias in person.aliases)
    size += sum(110 + len(span.role) + 2 * len(span.organisation or "") + len(span.organisation or "")
                for span in person.role_spans)
    size += sum(150 + len(quote.text) * 11 // 10 for quote in person.quotes)
    return size


def anchor(slug: str) -> str:
    """The entry's id on its page: the slug, unless the page itself uses it."""
    return f"person-{slug}" if slug in RESERVED_ANCHORS else slug


def hash_bits(slug: str) -> str:
    """A fixed hash of the slug, as 64 bits ("0110...")."""
    digest = hashlib.blake2b(slug.encode("utf-8"), digest_size=8, person=b"named-once").digest()
    return format(int.from_bytes(digest, "big"), "064b")


def once_buckets(sizes: Mapping[str, int], limit: int | None = None) -> dict[str, list[str]]:
    """Bucket name -> slugs (in the order of ``sizes``), from each person's slug and ``entry_bytes``.

    A bucket is named by the bits its slugs' hashes start with ("0", "01", "0110"...): the fewest bits, and at
    least one, that leave no bucket over ``limit`` (``BUCKET_BYTES``) unless it holds one person. Buckets no one
    falls in are not made.
    """
    most = BUCKET_BYTES if limit is None else limit
    order = {slug: place for place, slug in enumerate(sizes)}
    found: dict[str, list[str]] = {}

    def place(prefix: str, members: list[tuple[str, str]]) -> None:
        if prefix and (len(members) == 1 or len(prefix) == 64 or sum(sizes[slug] for _, slug in members) <= most):
            found[prefix] = sorted((slug for _, slug in members), key=order.__getitem__)
            return
        depth = len(prefix)
        for bit in "01":
            half = [member for member in members if member[0][depth] == bit]
            if half:
                place(prefix + bit, half)

    if sizes:
        place("", [(hash_bits(slug), slug) for slug in sizes])
    return dict(sorted(found.items()))


def bucket_path(bucket: str) -> str:
    """The page of the bucket whose hashes start with the bits ``bucket``: the bits behind a 1, in hex ("0110" ->
    0b10110 -> ``people/once/16/``), as short an address as each page can have, and one for each string of bits.
    Every link to a person named once, suggestions for their name included, carries it."""
    return f"{ONCE_FOLDER}{int('1' + bucket, 2):x}/"


@dataclass(frozen=True)
class PersonPlaces:
    """Where each person is: their own page, or their entry on a page of people named once."""

    buckets: dict[str, list[str]]
    """Bucket name -> the slugs of its people, in slug order."""
    bucket_of: dict[str, str]
    """Slug -> bucket name, for each person named once."""

    def has_page(self, slug: str) -> bool:
        return slug not in self.bucket_of

    def path(self, slug: str) -> str:
        """The root-relative link to the person: their page, or their entry ("people/once/16/#jo-bloggs")."""
        bucket = self.bucket_of.get(slug)
        if bucket is None:
            return urls.person_path(slug)
        return f"{bucket_path(bucket)}#{anchor(slug)}"

    def bucket_paths(self) -> list[str]:
        return [bucket_path(bucket) for bucket in self.buckets]


def person_places(catalogue: Catalogue) -> PersonPlaces:
    return places_of(catalogue.people.values())


def places_of(people: Iterable[PersonEntry]) -> PersonPlaces:
    sizes = {person.slug: entry_bytes(person) for person in people if named_once(person)}
    buckets = once_buckets(sizes)
    return PersonPlaces(buckets, {slug: bucket for bucket, slugs in buckets.items() for slug in slugs})


@dataclass(frozen=True)
class OnceEntry:
    """A person named once as their entry shows them."""

    person: PersonEntry
    anchor: str
    article: views.ArticleRef
    roles: list[views.RoleLine]
    quotes: list[views.QuoteLine]


@dataclass(frozen=True)
class OncePageView:
    first: str
    last: str
    """The names of the page's first and last people."""
    entries: list[OnceEntry]


def once_page_view(catalogue: Catalogue, slugs: list[str], refs: views.ArticleRefs,
                   council_by_name: Mapping[str, str]) -> OncePageView:
    """A page of people named once: each with their roles and quotations, as their own page showed them."""
    entries = []
    for slug in slugs:
        person = catalogue.people[slug]
        shown = views.person_view(catalogue, person, refs, council_by_name, with_companions=False)
        entries.append(OnceEntry(person, anchor(slug), refs[person.articles[0]], shown.roles, shown.quotes))
    return OncePageView(entries[0].person.name, entries[-1].person.name, entries)
