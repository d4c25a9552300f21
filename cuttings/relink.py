"""Keep the last build's linked Catalogue, for the next build to link in part from (``cuttings/link.py``), writing
after any build only the rows that changed; what only an entry's own page reads stays packed until read
(``cuttings/model.py:packed_fields``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import pickle
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cuttings.analysis.identity import KeyIndex
from cuttings.collector import collector_paused
from cuttings.memo import GROUPS, Changes
from cuttings.model import Catalogue
from cuttings.sealed import read_sealed, write_sealed

PATCH_MAX = 2000
"""Rows (articles, people, councils, names) the linked store's patch holds before the whole catalogue is saved
again: loading and putting back a row costs about what saving it does, and the whole save is 2.8 s of CPU at
10,000 articles (some 25,000 rows)."""
ARTICLES_A_PICKLE = 10_000
"""Articles pickled together in a whole save, each lot with a memo of its own (``LinkedStore.save_whole``, what
it saves measured there; ``tests/unit/test_relink.py`` loads lots back in order)."""


_PLAIN = frozenset({str, int, bool, type(None), dt.date})
_ONE_TYPE = ({str}, {int})
_KINDS: dict[type, int] = {}
"""Per type: 0 pickled as pickle would, 1 a dataclass pickling itself as its fields (``cuttings/model.py``), 2 one
that is frozen too."""


class SharingPickler(pickle.Pickler):
    """Pickles the values that are equal, of one type and never change as one object, the first met: strings, dates,
    tuples of strings or of integers, and frozen objects whose fields are such values (a person as an article names
    them, a paragraph, a quotation). In the fields of every dataclass that pickles itself as its fields, equal values
    are swapped for that one, so that the pickle writes it once and refers to it after, and a load makes one object;
    the values loaded are equal to those saved, with the same types (``1`` is never ``True``), and an object whose
    equality leaves a field out (``RoleFact.paragraph``) is shared only with one of the same fields.

    Each pickle of ``LinkedStore.save_whole`` shares its own: at 50,000 BBC articles the catalogue loads with 870,000
    strings rather than 2.5 million, 109,000 ``PersonMention`` rather than 241,000, and so on. The file fell from 298
    to 209 MB, the load from 2.4-2.8 to 1.8-2.2 s of CPU (6 loads each, alternating), and the process holds 414 MiB
    after it rather than 638; the whole save, forked beside the rendering with the catalogue frozen as in a build,
takes 8.4-9.0 s of CPU rather than 3.8-4.3.
    ``tests/unit/test_relink.py`` checks values shared and loaded equal, and none shared that differ.
    """

    def __init__(self, file: Any, protocol: int | None = None) -> None:
        super().__init__(file, protocol)
        self._one: dict[Any, Any] = {}  # value -> the one pickled; keys a value, or (type, fields, their types)
        self._reduced: dict[int, tuple[Any, Any]] = {}  # id -> (object, reduce value), for what ``share`` reduced

    def reducer_override(self, obj: Any) -> Any:
        kind = type(obj)
        if not (_KINDS.get(kind) or _kind(kind)):
            return NotImplemented
        reduced = self._reduced.pop(id(obj), None)
        return reduced[1] if reduced is not None else self._reduce(obj)

    def _reduce(self, obj: Any) -> tuple[Any, tuple[Any, ...]]:
        make, values = obj.__reduce__()
        return make, tuple([self.share(value) for value in values])

    def share(self, value: Any) -> Any:
        """The one object of ``value``'s value (``value`` if the first); a tuple of others with the values shared."""
        kind = type(value)
        if kind is str or kind is dt.date:
            return self._one.setdefault(value, value)
        if kind is tuple and value:
            types = set(map(type, value))
            if types == {str}:
                value = tuple(map(self._one.setdefault, value, value))
            elif types != {int}:
                return tuple([self.share(item) for item in value])
            return self._one.setdefault(value, value)
        if (_KINDS.get(kind) or _kind(kind)) == 2 and id(value) not in self._reduced:
            reduced = self._reduce(value)
            types = tuple(map(type, reduced[1]))  # as ``==`` would not: 1 and True, a date and a datetime
            # Not with a tuple of objects (equal ones may differ) nor a list or dict (they change).
            if all(kind in _PLAIN or (kind is tuple and (not arg or set(map(type, arg)) in _ONE_TYPE))
                   for arg, kind in zip(reduced[1], types, strict=True)):
                one = self._one.setdefault((reduced[0], reduced[1], types), value)
                if one is not value:
                    return one
            # Kept with the object, so that no other takes its id before it is pickled.
            self._reduced[id(value)] = value, reduced
        return value


def _kind(cls: type) -> int:
    kind = _KINDS[cls] = 0 if not dataclasses.is_dataclass(cls) or "__reduce__" not in cls.__dict__ \
        else 2 if cls.__dataclass_params__.frozen else 1  # type: ignore[attr-defined]
    return kind


@dataclass(slots=True)
class Linked:
    """A linked catalogue as stored, and the article cache key of each source file it was linked from."""

    catalogue: Catalogue
    keys: dict[str, str]
    """Source file -> article cache key (``cuttings/cache.py:article_key``)."""
    index: KeyIndex = field(default_factory=KeyIndex)
    """The names' keys, for the next link (``cuttings/link.py:link``)."""


@dataclass(slots=True)
class Patch:
    """What changed since the last whole save: per group, the rows (key -> value, None where removed) and, if it
    changed, the order of the group's keys; every source file's article key; and the names indexed since, with
    their keys, and the rows of where names are read changed since (``KeyIndex.added``, ``KeyIndex.changed``)."""

    keys: dict[str, str]
    rows: dict[str, dict[str, Any]]
    order: dict[str, list[str]]
    indexed: tuple[dict[str, Any], dict[tuple[str, str], list[str]]]


class LinkedStore:
    """The last linked catalogue and its article keys, saved whole now and then, and as a patch beside it
    (``path`` + ".patch") between: the rows changed since the whole save (articles, people, councils, names). At
    10,000 articles the whole save is 2.8 s of CPU, and an edit naming someone new changes a few dozen rows. Each
    patch holds every row changed since the whole save, up to ``patch_limit`` rows: then the whole is saved again,
    which drops the patch. A token drawn at each whole save, and written into the patch, ties them: a patch (say,
    one a killed build left) is never put back into another save than its own. A save is stamped with its build's
    site fingerprint, and loads only for the stamp of the last build into the output folder whose pages are compared
    with it (one store serves every folder; the same files with other settings, drafts say, link another catalogue).
    Anything missing, damaged, of another format, fingerprint or stamp loads as None. ``tests/unit/test_relink.py``
    proves a patched load equals the catalogue saved (patch on patch, the limit, another save's patch, the stamps).
    """

    def __init__(self, path: Path, inference: str, stamp: str | None = None, patch_limit: int = PATCH_MAX) -> None:
        self.path, self.patch_path, self.limit = path, path.with_name(path.name + ".patch"), patch_limit
        # Of articles inferred by other code, never used; the stamp names the link code too (the site fingerprint
        # holds every file of the package, ``cuttings/cache.py:scope_fingerprint``).
        # "in lots": the layout of ``save_whole``, whose files code before it cannot read, nor it theirs.
        self.header, self.stamp = ("linked in lots", inference), stamp
        self._base: str | None = None
        self._patch: Patch | None = None
        self._loaded: Catalogue | None = None

    def load(self, stamp: str | None = None) -> Linked | None:
        self._base, self._patch, self._loaded = None, None, None
        with collector_paused():  # long-lived objects (cuttings/collector.py)
            whole = read_sealed(self.path, self.header)
            if whole is None:
                return None  # missing, damaged (then set aside), or saved by other code
            patched = read_sealed(self.patch_path, self.header)
        _, base, (keys, catalogue, index), *lots = whole
        for lot in lots:  # the articles, saved apart from the rest (``save_whole``)
            catalogue.articles.update(lot)
        patched = patched if patched is not None and patched[1] == base else None
        if stamp is not None and (patched or whole)[0] != stamp:
            return None
        self._base, linked = base, Linked(catalogue, keys, index)
        if patched is not None:
            self._apply_patch(linked, patched[2])
        self._loaded = linked.catalogue
        return linked

    def _apply_patch(self, linked: Linked, patch: Patch) -> None:
        """Put the patch's rows into the catalogue: the token proves the patch was made on this base, and a sealed
        file is whole, so the rows fit it (``tests/unit/test_relink.py``)."""
        for group in GROUPS:
            items = getattr(linked.catalogue, group)
            for key, value in patch.rows.get(group, {}).items():
                if value is None:
                    items.pop(key, None)  # a key a patch added may go again
                else:
                    items[key] = value
            if group in patch.order:
                ordered = {key: items[key] for key in patch.order[group]}
                items.clear()
                items.update(ordered)
        linked.index.added, linked.index.changed = map(dict, patch.indexed)  # put in when the index is unpacked
        linked.keys = patch.keys
        self._patch = patch

    def forget(self) -> None:
        """Let go of the catalogue last loaded or saved (the next ``save`` then saves the whole)."""
        self._base, self._patch, self._loaded = None, None, None

    def save(self, catalogue: Catalogue, keys: Mapping[str, str], changes: Changes | None = None,
             index: KeyIndex | None = None) -> Callable[[], None] | None:
        """Save ``catalogue``, its keys and the names' ``index`` as a patch of ``changes`` (on the catalogue this
        store last loaded or saved) if there are few enough rows; else return the whole save (``save_whole``), to
        be run beside the rendering."""
        index = index if index is not None else KeyIndex()
        # ``changes`` must start from the catalogue loaded (or saved) here, which a whole save (``_base``) is under.
        if changes is not None and self._loaded is not None and changes.before is self._loaded:
            rows = {group: dict(previous) for group, previous in self._patch.rows.items()} \
                if self._patch is not None else {}
            for group, slugs in changes.differing.items():
                items = getattr(catalogue, group)
                rows.setdefault(group, {}).update((slug, items.get(slug)) for slug in slugs)
            order = dict(self._patch.order) if self._patch is not None else {}
            order.update((group, list(getattr(catalogue, group))) for group in changes.reordered)
            patch = Patch(dict(keys), rows, order, (dict(index.added), dict(index.changed)))
            if sum(map(len, rows.values())) + len(index.added) <= self.limit:
                write_sealed(self.patch_path, self.header, [self.stamp, self._base, patch], SharingPickler)
                self._patch, self._loaded = patch, catalogue
                return None
        return functools.partial(self.save_whole, catalogue, keys, index)

    def save_whole(self, catalogue: Catalogue, keys: Mapping[str, str], index: KeyIndex | None = None) -> None:
        """Write the whole catalogue, its keys and the index of the names its articles give; drop the patch."""
        names = {person.name for entry in catalogue.articles.values() for person in entry.article.people}
        kept = index.kept(names) if index is not None else KeyIndex()
        # Straight to the file: at 50,000 articles the pickle alone is over 200 MB. The articles in lots, each
        # pickled apart: a pickler's memo holds every object it has written (and the field tuples it made for them)
        # until its ``dump`` ends. Whole, at 50,000 articles, that was 5.6 million entries, the memo's last doubling
        # (to 256 MiB) came at the very end, and the process saving (forked, ``cuttings/pipeline.py:write_site``)
        # grew by 480 MiB, the build's largest. Nothing is shared across the lots (each has its own pickler), so a
        # value an article shares with a person's entry in the rest is written and loaded once per side. In lots,
        # the process saving grew by 130 MiB, not 450, and a rebuild of 50,000 BBC articles peaked at 1,252 MiB,
        # not 1,480 (before ``SharingPickler``, which shares equal values within each lot).
        token = secrets.token_hex(8)  # this save's, taken on only once it is written
        articles = iter(catalogue.articles.items())
        lots = iter(lambda: dict(itertools.islice(articles, ARTICLES_A_PICKLE)), {})
        rest = dataclasses.replace(catalogue, articles={})
        write_sealed(self.path, self.header, [self.stamp, token, (dict(keys), rest, kept), *lots],
                     SharingPickler)
        self.patch_path.unlink(missing_ok=True)
        self._base = token
        self._patch, self._loaded = None, catalogue
