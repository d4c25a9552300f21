"""Pages the previous build made are kept when nothing they read has changed: dependencies recorded, not declared.

Every page is made through a ``RecordingCatalogue``: a view of the catalogue that notes each thing read while the
page's context is built and its template rendered, as a *read* ``(group, slug, path)``: ``("people", "ann-lee",
"name")``, ``("articles", "x", "article.title")`` (an attribute path, properties included), ``("person_slugs",
"Ann Lee", "")`` (a plain mapping's value), ``("places", "ann-lee", "")`` (where a link to the person leads:
their page, or their entry among people named once, ``cuttings/named_once.py``), or ``(group, "", "#keys")`` and
``"#len"`` for a whole group's order and size. A value computed once and shared by many pages (``derived``)
replays the reads it made into every page that uses it, so no cache can hide a read. What a page was made from
besides the catalogue (its template, path and the small arguments its builder takes, ``params``) is digested.

A page is kept when its template, path and params digest are as they were and none of its recorded reads changed
(``Memo.keep``). What changed is found by comparing the last build's catalogue with this one (``Changes``):
entries first (most are the same objects or equal), then, for each read of an entry that differs, the value read.
Everything here is an optimisation: with no records (they hold for one ``Memo.scope``), or the last catalogue
missing, every page is rendered, and the bytes are the same. Reads are stored as ids (``read_id``); which changed is
worked out from the entries that differ, each with every path read of its group, then hashed, never looked up.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import functools
import hashlib
import io
import pickle
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from cuttings.model import ArticleEntry, Catalogue, CouncilEntry, PersonEntry
from cuttings.named_once import PersonPlaces, person_places

Read = tuple[str, str, str]
ENTRY_GROUPS = {ArticleEntry: "articles", PersonEntry: "people", CouncilEntry: "councils"}
"""The catalogue's groups of entries, by their type; those of plain values (``PLAIN_GROUPS``) are looked up only."""
PLAIN_GROUPS = ("person_slugs", "council_slugs")
GROUPS = (*ENTRY_GROUPS.values(), *PLAIN_GROUPS)
PLACES = "places"
"""The group of a read of where a person is (``RecordingCatalogue.place``): worked out from the whole catalogue, since a
person named once is on the page of the people whose slugs hash alike, and named again has a page of their own."""
DERIVED = "#derived"
"""The group of a read that stands for a shared value's reads (``Recorder.derived``)."""
NODE_PREFIX = "#derived:"
FOLDER_PREFIX = "#folder:"
_MISSING = object()


def digest_of(value: object, by_name: bool = False) -> bytes:
    """A page's template, path and params, digested: plain values, and entries read through a recording view, which
    stand for themselves by name (``RecordingEntry.__reduce__``: what the page reads of them is recorded); with
    ``by_name``, entries of the plain catalogue too. The pickler's fast mode writes no memo, so equal values give
    equal bytes however their objects are shared."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    if by_name:  # consulted for objects of other than the built-in types only
        pickler.dispatch_table = _BY_NAME
    pickler.dump(value)
    return hashlib.blake2b(buffer.getvalue(), digest_size=16).digest()


class ByName:
    """A value made from the plain catalogue, as page params: digested with its entries by name, as its recording
    view (``view``, made only when the page is) would be. The A-Z's part, the render stage's longest at 10,000
    articles, fell from 1.75 to 1.16 s (cProfile). Tested by ``tests/unit/test_memo.py`` and the incremental tests."""

    __slots__ = ("digest", "value")

    def __init__(self, value: object) -> None:
        self.value = value
        self.digest = digest_of(value, by_name=True)

    def view(self, catalogue: RecordingCatalogue) -> Any:
        return recorded_view(self.value, catalogue)

    def __reduce__(self) -> tuple[Any, ...]:
        return bytes, (self.digest,)


class Recorder:
    """Collects the reads of the page being made (``reads``; between pages, a set that no page keeps)."""

    def __init__(self) -> None:
        self.reads: set[Read] = set()
        self.nodes: dict[str, frozenset[Read]] = {}
        """The reads of each ``node`` computed so far."""
        self._derived: dict[object, tuple[object, frozenset[Read]]] = {}

    @contextlib.contextmanager
    def page(self) -> Iterator[set[Read]]:
        outer, self.reads = self.reads, set()
        try:
            yield self.reads
        finally:
            self.reads = outer

    def derived(self, key: object, compute: Callable[[], Any], node: bool = False) -> Any:
        """``compute()``, once per build for ``key``; each use records the reads computing it made. A ``node``
        (``key`` a string) is recorded as the one read ``("#derived", key, "")`` instead, its own reads kept once
        in ``nodes``: for a value that reads thousands of things and is shown on many pages."""
        found = self._derived.get(key)
        if found is None:
            with self.page() as reads:
                value = compute()
            found = self._derived[key] = (value, frozenset(reads))
            if node:
                self.nodes[str(key)] = found[1]
        if node:
            self.reads.add((DERIVED, str(key), ""))
        else:
            self.reads.update(found[1])
        return found[0]


class RecordingEntry:
    """An entry (or an article in one) whose attribute reads are recorded as ``prefix + name``."""

    __slots__ = ("_group", "_inner", "_prefix", "_recorder", "_slug", "_sub")

    def __init__(self, inner: object, group: str, slug: str, prefix: str, recorder: Recorder) -> None:
        self._inner, self._group, self._slug, self._prefix, self._recorder = inner, group, slug, prefix, recorder
        self._sub: RecordingEntry | None = None

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        if name == "slug":
            return value
        if name == "article" and not self._prefix:
            # Its attributes are recorded one by one, so that a page showing a title is not made again when
            # only the text changed.
            if self._sub is None:
                self._sub = RecordingEntry(value, self._group, self._slug, "article.", self._recorder)
            return self._sub
        self._recorder.reads.add((self._group, self._slug, self._prefix + name))
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return tuple, ((self._group, self._slug, self._prefix),)


class RecordingGroup(Mapping[str, Any]):
    """One of the catalogue's mappings, recording which keys are looked up and when the whole is walked."""

    def __init__(self, name: str, items: Mapping[str, Any], recorder: Recorder, wrap: bool) -> None:
        self.name, self.items_, self.recorder, self.wrap = name, items, recorder, wrap
        self._proxies: dict[str, RecordingEntry] = {}

    def _value(self, key: str) -> Any:
        if not self.wrap:
            return self.items_[key]
        proxy = self._proxies.get(key)
        if proxy is None:
            proxy = self._proxies[key] = RecordingEntry(self.items_[key], self.name, key, "", self.recorder)
        return proxy

    def __getitem__(self, key: str) -> Any:
        self.recorder.reads.add((self.name, key, ""))
        return self._value(key)

    def __contains__(self, key: object) -> bool:
        self.recorder.reads.add((self.name, str(key), ""))
        return key in self.items_

    def get(self, key: str, default: Any = None) -> Any:
        self.recorder.reads.add((self.name, key, ""))
        return self._value(key) if key in self.items_ else default

    def __iter__(self) -> Iterator[str]:
        self.recorder.reads.add((self.name, "", "#keys"))
        return iter(self.items_)

    def __len__(self) -> int:
        self.recorder.reads.add((self.name, "", "#len"))
        return len(self.items_)

    def __bool__(self) -> bool:
        self.recorder.reads.add((self.name, "", "#bool"))
        return bool(self.items_)

    def values(self) -> Any:
        return [self._value(key) for key in self]

    def items(self) -> Any:
        return [(key, self._value(key)) for key in self]


class Headlines(RecordingGroup):
    """``articles`` as templates see it, ``articles[slug].title``: each entry's article, recorded as its entry's."""

    def _value(self, key: str) -> Any:
        return super()._value(key).article


class RecordingCatalogue:
    """The catalogue as pages read it: its groups (``RecordingGroup``s), and ``place``; ``real`` is the catalogue
    itself, and ``places`` its ``person_places`` (given, if already worked out), for listing the pages there are."""

    def __init__(self, catalogue: Catalogue, places: PersonPlaces | None = None) -> None:
        self.real, self.places = catalogue, places if places is not None else person_places(catalogue)
        self.recorder = Recorder()
        for name in GROUPS:
            setattr(self, name, RecordingGroup(name, getattr(catalogue, name), self.recorder, name not in PLAIN_GROUPS))

    def place(self, slug: str) -> str:
        """Where a link to the person leads (``PersonPlaces.path``), recorded as ``("places", slug, "")``."""
        self.recorder.reads.add((PLACES, slug, ""))
        return self.places.path(slug)


_BY_NAME = {**copyreg.dispatch_table,
            **dict.fromkeys(ENTRY_GROUPS, lambda entry: (tuple, ((ENTRY_GROUPS[type(entry)], entry.slug),)))}


def recorded_view(value: Any, catalogue: RecordingCatalogue) -> Any:
    """``value`` (lists, tuples and dataclasses made from the plain catalogue) with each entry in it replaced by
    the recording view's: a view worked out once from the whole catalogue at plain speed, whose entries' fields
    are recorded as pages read them."""
    kind = type(value)
    group = ENTRY_GROUPS.get(kind)
    if group is not None:
        return getattr(catalogue, group)._value(value.slug)
    if kind is list or kind is tuple:
        return kind(recorded_view(item, catalogue) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{item.name: recorded_view(getattr(value, item.name), catalogue)
                                             for item in dataclasses.fields(value) if item.init})
    return value


def read_value(catalogue: Catalogue, read: Read) -> object:
    """What ``read`` gives on ``catalogue`` (a read of ``PLACES`` aside: ``Changes.moved_people``)."""
    group, slug, path = read
    items = getattr(catalogue, group)
    if not slug:
        return list(items) if path == "#keys" else len(items) if path == "#len" else bool(items)
    value = items.get(slug, _MISSING)
    if group in PLAIN_GROUPS or value is _MISSING:
        return value
    if not path:
        return True
    for name in path.split("."):
        value = getattr(value, name, _MISSING)
    return value


def _same(before: object, after: object) -> bool:
    return before is after or (before is not _MISSING and after is not _MISSING and before == after)


def changed_slugs(before: Catalogue, after: Catalogue, group: str, candidates: set[str] | None = None) -> set[str]:
    """Keys of ``group`` whose entry (or value) differs between the two catalogues, added and removed included;
    only among ``candidates`` when it is given (all others are known to be the same)."""
    old, new = getattr(before, group), getattr(after, group)
    keys = candidates if candidates is not None else old.keys() | new.keys()
    return {key for key in keys if not _same(old.get(key, _MISSING), new.get(key, _MISSING))}


@dataclass
class Changes:
    """What differs between the catalogue the last build's pages read (``before``) and this build's."""

    before: Catalogue
    after: Catalogue
    candidates: dict[str, set[str]] | None = None
    """Per group, the only keys that may differ (after linking in part, ``cuttings/link.py``); None: compare every
    entry."""

    def moved_people(self) -> set[str]:
        """The people whose place (``RecordingCatalogue.place``) differs, added and removed included."""
        if self.candidates is not None and not self.candidates.get(PLACES):
            return set()
        before, after = person_places(self.before), self.after_places
        slugs = self.before.people.keys() | self.after.people.keys()
        return {slug for slug in slugs
                if (slug in self.before.people) != (slug in self.after.people)
                or before.bucket_of.get(slug) != after.bucket_of.get(slug)}

    @functools.cached_property
    def after_places(self) -> PersonPlaces:
        """``person_places`` of this build's catalogue, worked out once for the comparison and the pages."""
        return person_places(self.after)

    @functools.cached_property
    def differing(self) -> dict[str, set[str]]:
        """Per group of the catalogue, the keys whose entry (or value) differs, added and removed included: the
        rows the linked store writes (``cuttings/relink.py:LinkedStore.save``) and the reads to look at here."""
        return {group: changed_slugs(self.before, self.after, group,
                                     None if self.candidates is None else self.candidates.get(group, set()))
                for group in GROUPS}

    @functools.cached_property
    def reordered(self) -> set[str]:
        """The groups whose keys, in order, are not what they were."""
        return {group for group in GROUPS if list(getattr(self.before, group)) != list(getattr(self.after, group))}

    def changed_reads(self, paths: Mapping[str, set[str]]) -> set[int]:
        """The ids of the reads whose value is not what it was, among each differing entry's paths read (``paths``),
        each reordered group's order and size, and the moved people's places."""
        changed = set()
        for group, slugs in self.differing.items():
            reads = [(group, slug, path) for slug in slugs for path in paths.get(group, ())]
            if group in self.reordered:
                reads += [(group, "", "#keys"), (group, "", "#len"), (group, "", "#bool")]
            changed.update(read_id(read) for read in reads
                           if not _same(read_value(self.before, read), read_value(self.after, read)))
        changed.update(read_id((PLACES, slug, "")) for slug in self.moved_people())
        return changed


PageRecord = tuple[bytes, bytes]
"""A page's params digest and its reads (their ids, ``read_id``, packed as uint64)."""
PartRecords = tuple[dict[str, PageRecord], dict[str, set[str]], list[str]]
"""What a forked part sends back (``Memo.part_result``)."""


def read_id(read: Read) -> int:
    """8 bytes of the read's BLAKE2b digest, the same in every process and build. Two reads with one id only make a
    page again that did not need it. Neither group nor path holds a NUL, so the joined read is unambiguous."""
    joined = "\0".join(read).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(joined, digest_size=8).digest(), "little")


@dataclass
class Memo:
    """The previous build's page records, and this build's, for one output folder."""

    scope: str
    """Fingerprint of the code, templates, static files and settings the records hold for."""
    previous: dict[str, PageRecord] = field(default_factory=dict)
    records: dict[str, PageRecord] = field(default_factory=dict)
    paths: dict[str, set[str]] = field(default_factory=dict)
    """Per group, every path a record (this build's or one before) reads of its entries: with the keys that
    differ, every read that may have changed (``Changes.changed_reads``)."""
    changed: set[int] | None = None
    """Ids of the reads that changed since the previous build; None (nothing known): no page is kept."""
    kept: list[str] = field(default_factory=list)
    """Pages kept this build, whose records are the previous build's (passed between processes as paths)."""
    recorder: Recorder | None = None
    """Whose shared values' reads (``Recorder.nodes``) are recorded with the pages."""
    _ids: dict[Read, int] = field(default_factory=dict)

    def compare(self, changes: Changes | None) -> None:
        """Work out which reads changed, given the last catalogue and this one (None: unknown, keep nothing)."""
        if changes is None or not self.previous:
            self.changed = None
            return
        changed = changes.changed_reads(self.paths)
        nodes = {read_id((DERIVED, page[len(NODE_PREFIX):], "")): np.frombuffer(record[1], dtype=np.uint64).tolist()
                 for page, record in self.previous.items() if page.startswith(NODE_PREFIX)}
        growing = True
        while growing:  # a shared value may be made from others
            growing = False
            for number, ids in nodes.items():
                if number not in changed and not changed.isdisjoint(ids):
                    changed.add(number)
                    growing = True
        self.changed = changed

    def drop(self) -> None:
        """Let go of the previous records, in a forked part that neither keeps nor records a page (the search
        index's): at 50,000 articles that part's peak fell from 1,492 to 1,241 MiB, the build's largest process.
        Tested by ``tests/site/test_incremental.py`` (parts forked, a clean build's bytes)."""
        self.previous, self._ids, self.changed = {}, {}, None

    def keep(self, path: str, params: bytes) -> bool:
        """True, recording the page as kept, when it was made with these params and nothing it read changed."""
        record = self.previous.get(path)
        if record is None or self.changed is None or record[0] != params:
            return False
        if self.changed and not self.changed.isdisjoint(np.frombuffer(record[1], dtype=np.uint64).tolist()):
            return False
        self.kept.append(path)
        return True

    def keep_folder(self, folder: str, params: bytes) -> list[str] | None:
        """The previous build's files below ``folder``, recorded as kept, when the folder was made with these
        params and nothing it read changed (``remember_folder``); else None."""
        if not self.keep(FOLDER_PREFIX + folder, params):
            return None
        paths = [path for path in self.previous if path.startswith(folder)]
        self.kept.extend(paths)
        return paths

    def remember_folder(self, folder: str, params: bytes, files: Mapping[str, bytes]) -> None:
        """Record the files below ``folder`` as made together from ``params`` alone; ``files``: each file's own
        params (what ``keep`` checks it by within the folder)."""
        self.remember(FOLDER_PREFIX + folder, params, set())
        for path, file_params in files.items():
            self._store(path, file_params, set())

    def flush_nodes(self) -> None:
        """Record the shared values made since the last page (``Recorder.nodes``)."""
        if self.recorder is not None and self.recorder.nodes:
            nodes, self.recorder.nodes = self.recorder.nodes, {}
            for key, reads in nodes.items():
                self._store(NODE_PREFIX + key, b"", reads)

    def remember(self, path: str, params: bytes, reads: set[Read]) -> None:
        self.flush_nodes()
        self._store(path, params, reads)

    def _store(self, path: str, params: bytes, reads: set[Read] | frozenset[Read]) -> None:
        ids, numbers = self._ids, []
        for read in reads:
            number = ids.get(read)
            if number is None:
                number = ids[read] = read_id(read)
                self.paths.setdefault(read[0], set()).add(read[2])
            numbers.append(number)
        self.records[path] = (params, np.array(sorted(numbers), dtype=np.uint64).tobytes())

    def part_result(self) -> PartRecords:
        """What a forked part made: its records, the paths read, the pages it kept."""
        self.flush_nodes()
        return self.records, self.paths, self.kept

    def adopt(self, records: dict[str, PageRecord], paths: dict[str, set[str]], kept: list[str]) -> None:
        """A forked part's ``part_result``."""
        self.kept.extend(kept)
        self.records.update(records)
        for group, found in paths.items():
            self.paths.setdefault(group, set()).update(found)

    def saved(self) -> tuple[str, dict[str, set[str]], dict[str, PageRecord]]:
        """This build's records (kept pages keep their previous ones), saved whole with the manifest
        (``cache.save_manifest``): 0.02 s of CPU at 10,000 articles, too little for a patch format. Tested by
        ``tests/unit/test_memo.py``, the incremental, killed-build and damaged-cache tests."""
        self.flush_nodes()
        records = dict(self.records)
        for page in self.kept:
            records.setdefault(page, self.previous[page])
        for page, record in self.previous.items():  # shared values not made again: nothing they read changed
            if page.startswith(NODE_PREFIX):
                records.setdefault(page, record)
        return self.scope, self.paths, records

    @classmethod
    def from_saved(cls, scope: str, saved: Any) -> Memo:
        """The records ``saved`` returned, if they hold for ``scope``; otherwise none."""
        if not isinstance(saved, tuple) or saved[0] != scope:
            return cls(scope)
        _, paths, records = saved
        return cls(scope, previous=records, paths=paths)
