"""Pages the previous build made from the same inputs are kept, not rendered again.

Before a page is rendered, its inputs are digested: the template, the path, and the context the page is
rendered with. Catalogue entries in a context (an article, a person, a council) are digested once per build
and stand in the page's digest for themselves, so a page that lists two hundred articles costs two hundred
lookups, not two hundred articles pickled. What a template looks up in the catalogue by slug while it renders
(``articles[slug].title``) is recorded with the page, and checked again at the next build.

A page is kept when its inputs digest and the values of its lookups are what they were, and the previous build
into the same folder used the same code, templates, static files and settings (``Memo.scope``). Otherwise it is
rendered, and its new record replaces the old. Everything here is an optimisation: with no records, every page is
rendered, and the bytes are the same.

Each record also lists the articles whose entries went into the page's inputs, and those it looked up. When the
build knows that only some articles' entries changed and nothing else did (``Memo.dirty``, set after a relink,
``cuttings/relink.py``), a page whose record names none of them is kept before its inputs are even worked out
(``Memo.unaffected``): most of a large site is then kept for a dictionary lookup a page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import pickle
import secrets
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from cuttings.model import ArticleEntry, Catalogue, CouncilEntry, PersonEntry
from cuttings.sealed import read_pickled, write_pickled

DIGEST_BYTES = 16
ENTITY_TYPES = frozenset({ArticleEntry, PersonEntry, CouncilEntry})
RECORDS_VERSION = 6


class PageRecord(NamedTuple):
    """Saved as a plain tuple: tens of thousands pickle several times faster so."""

    inputs: bytes
    """Digest of the template, path and context the page was rendered from."""
    lookups: tuple[str, ...]
    """Article slugs the template looked up while rendering, in order."""
    looked_up: bytes
    """Digest of what those lookups returned."""
    depends: tuple[str, ...] = ()
    """Article slugs whose entries went into ``inputs``."""


@dataclass(frozen=True)
class Headline:
    """What a template may read of an article it looks up by slug: enough to link to it."""

    title: str
    date: dt.date | None


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=DIGEST_BYTES).digest()


EMPTY_DIGEST = _digest(b"")


class EntityDigests:
    """A digest per catalogue entry, computed the first time it is asked for.

    An article's inferred content is known by its cache key (``cuttings/cache.py:article_key``) when the build
    passes the keys in; otherwise it is pickled.
    """

    def __init__(self, article_keys: Mapping[str, str], known: Mapping[tuple[type, str], bytes] | None = None) -> None:
        self.article_keys = article_keys
        self._digests: dict[tuple[type, str], bytes] = dict(known or {})
        self.touched: list[str] | None = None
        """While a page's inputs are digested: the article slugs digested for it."""

    def of(self, entry: ArticleEntry | PersonEntry | CouncilEntry) -> bytes:
        key = (type(entry), entry.slug)
        if self.touched is not None and key[0] is ArticleEntry:
            self.touched.append(entry.slug)
        found = self._digests.get(key)
        if found is None:
            found = self._digests[key] = _digest(_pickled(self._content(entry), None))
        return found

    def known(self) -> dict[tuple[type, str], bytes]:
        return self._digests

    def joined(self, entries: Iterable[ArticleEntry | PersonEntry | CouncilEntry]) -> bytes:
        return b"".join([self.of(entry) for entry in entries])

    def _content(self, entry: ArticleEntry | PersonEntry | CouncilEntry) -> object:
        if isinstance(entry, ArticleEntry):
            article_key = self.article_keys.get(entry.article.source_file)
            if article_key is not None:
                return (article_key, entry.slug, entry.people, entry.councils, entry.related)
        return entry


class _InputsPickler(pickle.Pickler):
    """Pickles a page's inputs with each catalogue entry replaced by its digest.

    Fast mode writes no memo, so equal values pickle to equal bytes whether or not they share objects.
    """

    def __init__(self, buffer: io.BytesIO, digests: EntityDigests) -> None:
        super().__init__(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = True
        self.digests = digests

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) in ENTITY_TYPES:
            return bytes, (self.digests.of(obj),)
        return NotImplemented


class _PlainPickler(pickle.Pickler):
    """Fast mode, as above, with no hook: an entry's own content is pickled whole, at C speed."""

    def __init__(self, buffer: io.BytesIO) -> None:
        super().__init__(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self.fast = True


def _pickled(value: object, digests: EntityDigests | None) -> bytes:
    buffer = io.BytesIO()
    pickler = _InputsPickler(buffer, digests) if digests is not None else _PlainPickler(buffer)
    pickler.dump(value)
    return buffer.getvalue()


@dataclass
class Memo:
    """The previous build's page records, and this build's, for one output folder."""

    scope: str
    """Fingerprint of the code, templates, static files and settings the records hold for."""
    previous: dict[str, PageRecord] = field(default_factory=dict)
    records: dict[str, PageRecord] = field(default_factory=dict)
    digests: EntityDigests | None = None
    dirty: frozenset[str] | None = None
    """When set, the only article entries that differ from the previous build's (nothing else does)."""
    catalogue_keys: str | None = None
    """Fingerprint of the articles (source file -> cache key) the records were made from."""
    previous_digests: dict[tuple[type, str], bytes] = field(default_factory=dict)
    """The previous build's entry digests; they hold for this build's entries only outside ``dirty``."""
    unexamined: list[str] = field(default_factory=list)
    """Pages kept by ``unaffected``: their records are the previous build's (cheaper to pass between processes
    as paths)."""
    _touched: list[str] = field(default_factory=list)
    _base: _Delta | None = None

    def bind(self, article_keys: Mapping[str, str] | None = None) -> None:
        """Start this build's digests; ``article_keys`` (source file -> cache key) spare pickling articles.

        With ``dirty`` set, the previous build's digests of every other entry are taken as they are.
        """
        known = None
        if self.dirty is not None:
            known = {key: digest for key, digest in self.previous_digests.items()
                     if not (key[0] is ArticleEntry and key[1] in self.dirty)}
        self.digests = EntityDigests(article_keys or {}, known)

    def inputs(self, *parts: object) -> bytes:
        if self.digests is None:
            return _digest(_pickled(parts, None))
        self.digests.touched = self._touched
        try:
            return _digest(_pickled(parts, self.digests))
        finally:
            self.digests.touched = None

    def entries(self, entries: Iterable[ArticleEntry | PersonEntry | CouncilEntry]) -> bytes:
        """What ``entries`` contribute to a page's inputs, cheaper to digest with them than the list itself."""
        assert self.digests is not None, "bind() first"
        self.digests.touched = self._touched
        try:
            return self.digests.joined(entries)
        finally:
            self.digests.touched = None

    def unaffected(self, path: str) -> bool:
        """True, recording the page as kept, when only ``dirty`` entries changed and the page read none of them.

        Checked before a page's inputs are worked out, which is most of what keeping a page costs.
        """
        dirty = self.dirty
        if dirty is None:
            return False
        record = self.previous.get(path)
        if record is None or not dirty.isdisjoint(record.depends) or not dirty.isdisjoint(record.lookups):
            return False
        self.unexamined.append(path)
        return True

    def unaffected_folder(self, folder: str) -> list[str] | None:
        """The previous build's files below ``folder``, recorded as kept, when only ``dirty`` entries changed and
        the files depend on articles only through what linking reads (``remember_unchecked``); else None."""
        if self.dirty is None:
            return None
        paths = [path for path in self.previous if path.startswith(folder)]
        if not paths or any(self.previous[path].inputs for path in paths):
            return None
        self.unexamined.extend(paths)
        return paths

    def remember_unchecked(self, path: str) -> None:
        """Record a file made without its inputs digested: never kept by ``keep``, only by ``unaffected_folder``."""
        self.records[path] = PageRecord(b"", (), EMPTY_DIGEST)

    def keep(self, path: str, inputs: bytes, lookups: ArticleLookup) -> bool:
        """True, recording the page as kept, when it was made from these inputs last time."""
        record = self.previous.get(path)
        if record is None or record.inputs != inputs or lookups.digest(record.lookups) != record.looked_up:
            return False
        self.records[path] = record
        self._touched.clear()
        return True

    def remember(self, path: str, inputs: bytes, lookups: ArticleLookup, looked_up: tuple[str, ...],
                 link_level: bool = False) -> None:
        """Record the page as made from ``inputs``. ``link_level``: it reads of articles only what linking reads
        (``cuttings/relink.py``), so it depends on no article when only ``dirty`` entries changed."""
        depends = () if link_level else tuple(dict.fromkeys(self._touched))
        self._touched.clear()
        self.records[path] = PageRecord(inputs, looked_up, lookups.digest(looked_up), depends)

    def save(self, path: Path, entries: Catalogue | None = None, catalogue_keys: str | None = None) -> str:
        """Save this build's records; with the build's catalogue, its entries' digests and ``catalogue_keys``,
        so that a next build that changes only some articles can keep the rest unexamined. Returns the name of
        what was saved, for ``load`` to be given.

        After such a build (``dirty``), only what it examined is written, beside the last whole save (``delta``):
        the rest is as that save and the deltas since have it, and rewriting tens of thousands of records
        would cost more than the pages it examined.
        """
        digests: dict[tuple[type, str], bytes] = {}
        if entries is not None and self.digests is not None and catalogue_keys is not None:
            if self.dirty is not None and self._base is not None:
                examined = {page: tuple(record) for page, record in self.records.items()}
                fresh = {(ArticleEntry, slug): self.digests.of(entries.articles[slug]) for slug in self.dirty}
                records, digests = {**self._base.records, **examined}, {**self._base.digests, **fresh}
                if len(records) <= DELTA_LIMIT:
                    name = secrets.token_hex(8)
                    _write(delta_path(path), (RECORDS_VERSION, self._base.token, name, self.scope, records,
                                              catalogue_keys, digests))
                    return name
            for group in (entries.articles, entries.people, entries.councils):
                for entry in group.values():
                    self.digests.of(entry)
            digests = self.digests.known()
        else:
            catalogue_keys = None
        records = {page: tuple(record) for page, record in self.records.items()}
        for page in self.unexamined:
            records.setdefault(page, tuple(self.previous[page]))
        name = secrets.token_hex(8)
        delta_path(path).unlink(missing_ok=True)
        _write(path, (RECORDS_VERSION, name, self.scope, records, catalogue_keys, digests))
        return name

    @classmethod
    def load(cls, path: Path, scope: str, name: str | None = None) -> Memo:
        """The records saved at ``path`` (and in its delta) if they hold for ``scope`` and are the save ``name``
        (what ``save`` returned); otherwise none. Files that fail their checksum are set aside."""
        saved = _read(path)
        if saved is None:  # missing, damaged or from another version: render everything
            return cls(scope)
        _, token, saved_scope, records, catalogue_keys, digests = saved
        if saved_scope != scope:
            return cls(scope)
        delta = _Delta(token, {}, {})
        loaded = token
        changes = _read(delta_path(path))  # none, or damaged: the whole save alone holds
        if changes is not None:
            _, base, delta_name, saved_scope, delta_records, delta_keys, delta_digests = changes
            if base == token and saved_scope == scope:
                records.update(delta_records)
                digests.update(delta_digests)
                catalogue_keys = delta_keys
                delta = _Delta(token, delta_records, delta_digests)
                loaded = delta_name
        if loaded != name:
            return cls(scope)
        previous = dict(zip(records, map(PageRecord._make, records.values()), strict=True))
        memo = cls(scope, previous=previous, catalogue_keys=catalogue_keys, previous_digests=digests)
        memo._base = delta
        return memo


DELTA_LIMIT = 5000
"""Records a delta may hold before the next save writes every record again."""


def delta_path(path: Path) -> Path:
    return path.with_name(path.name + ".delta")


@dataclass
class _Delta:
    """The whole save the records were loaded from (by its token), and what its delta had changed since."""

    token: str
    records: dict[str, tuple[Any, ...]]
    digests: dict[tuple[type, str], bytes]


def _write(path: Path, value: tuple[Any, ...]) -> None:
    write_pickled(path, [value])


def _read(path: Path) -> tuple[Any, ...] | None:
    records = read_pickled(path, 1)
    saved = records[0] if records is not None else None
    return saved if isinstance(saved, tuple) and saved[:1] == (RECORDS_VERSION,) else None


class ArticleLookup(Mapping[str, Headline]):
    """``articles`` as templates see it: slug -> Headline, with every lookup recorded."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.entries = catalogue.articles
        self.looked_up: list[str] = []
        self._values: dict[str, bytes] = {}

    def __getitem__(self, slug: str) -> Headline:
        entry = self.entries[slug]
        self.looked_up.append(slug)
        return Headline(entry.article.title, entry.article.date)

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def start(self) -> None:
        self.looked_up = []

    def record(self, slugs: list[str]) -> None:
        """Record lookups of ``slugs`` made for the template in Python."""
        self.looked_up.extend(slugs)

    def recorded(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.looked_up))

    def digest(self, slugs: tuple[str, ...]) -> bytes:
        """What looking up ``slugs`` returns now; a slug no longer in the catalogue counts too."""
        if not slugs:
            return EMPTY_DIGEST
        values = self._values
        return _digest(b"".join([values.get(slug) or self._value(slug) for slug in slugs]))

    def _value(self, slug: str) -> bytes:
        """The digest of what looking up ``slug`` returns, worked out once: many pages look up the same articles."""
        entry = self.entries.get(slug)
        value = (slug, None) if entry is None else (slug, entry.article.title, entry.article.date)
        found = self._values[slug] = _digest(_pickled(value, None))
        return found
