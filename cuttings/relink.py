"""Reuse the previous build's linked Catalogue when an edit changed nothing linking reads.

Linking (``cuttings/link.py`` and ``cuttings/analysis/``) reads an article's file, title, date, slug, people,
councils, roles and quotes, and of its text only the council events it reports. An edit that leaves all of
those as they were (a paragraph added or reworded) changes no slug, order, person, council or event: the new
catalogue is the old one with the edited articles in their entries. ``relink`` makes it so; ``LinkedStore``
keeps the linked catalogue between builds, writing after any build only the rows that changed.
"""

from __future__ import annotations

import functools
import hashlib
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from cuttings.analysis.events import council_events
from cuttings.collector import collector_paused
from cuttings.fingerprints import installed_code_fingerprint
from cuttings.memo import Changes
from cuttings.model import Article, Catalogue, CouncilEvent
from cuttings.sealed import PatchedFile, put_back

TEXT_ONLY_FIELDS = frozenset({"content_hash", "body", "paragraphs", "mentions", "warnings"})
"""Fields of ``Article`` that linking never reads (of the paragraphs, only their council events, which the
signature holds). Every other field, including any added later, is part of the signature."""
_SIGNATURE_FIELDS = tuple(item.name for item in fields(Article) if item.name not in TEXT_ONLY_FIELDS)
_signature_values = operator.attrgetter(*_SIGNATURE_FIELDS)

FORMAT_VERSION = 7
RELINK_MAX = 200
"""Changed articles the relink path takes on in one build (``cuttings/pipeline.py:relink_last``): a few hundred
cost well under a second; past that the gain over linking in full is small."""
PATCH_MAX = 2000
"""Rows (articles, people, councils, names) the linked store's patch holds before the whole catalogue is saved
again: loading and putting back a row costs about what saving it does, and the whole save is 2.8 s of CPU at
10,000 articles (some 25,000 rows)."""
_MAGIC = "cuttings-linked"
LINK_ROOTS = ("cuttings.link", "cuttings.relink")
"""The modules that link a catalogue and keep it: the code it depends on besides the inferred articles is what
they import (``cuttings/fingerprints.py``)."""


# --- signature and relink -----------------------------------------------------------------------


def article_events(article: Article) -> tuple[tuple[str, CouncilEvent], ...]:
    """The council events linking finds in the article, each with the name of its council.

    ``analysis.analyse`` passes the article's slug and a map of council name -> slug; both only label the
    result (slugs of distinct names are distinct), so the article's own council names and an empty slug give
    events that are equal exactly when linking's would be.
    """
    names = {name: name for name in article.councils}
    if not names:
        return ()
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    return tuple(council_events(paragraphs, article.date, "", names))


def link_signature(article: Article) -> tuple[Any, ...]:
    """Everything of the article that linking reads: two versions with equal signatures link the same.

    A role's or quotation's place in the text is no part of its equality, but linking copies it to the evidence."""
    places = tuple((fact.paragraph, fact.offset) for fact in (*article.roles, *article.quotes))
    return (*_signature_values(article), article_events(article), places)


def relink(previous: Catalogue, changed: Mapping[str, Article]) -> tuple[Catalogue, set[str]] | None:
    """The catalogue a full link of the articles with ``changed`` applied would give, and the slugs of the
    articles whose entries changed; None when some change touches what linking reads (link in full then).

    ``changed`` maps source file -> its new Article, for files of ``previous`` whose content changed. On
    success ``previous`` is updated in place and returned (only ``ArticleEntry.article`` changes: every other
    field derives from the signature); on None it is left as it was.
    """
    if not changed:
        return previous, set()
    wanted = set(changed)
    entries = {}
    for entry in previous.articles.values():
        if entry.article.source_file in wanted:
            entries[entry.article.source_file] = entry
    if len(entries) != len(wanted):
        return None  # a file the previous build did not have
    for source_file, article in changed.items():
        old = entries[source_file].article
        if article.source_file != source_file or link_signature(article) != link_signature(old):
            return None
    slugs: set[str] = set()
    for source_file, article in changed.items():
        entry = entries[source_file]
        if entry.article != article:
            entry.article = article
            slugs.add(entry.slug)
    return previous, slugs


def changed_files(previous_keys: Mapping[str, str], keys: Mapping[str, str]) -> set[str] | None:
    """Source files whose article cache key differs from the previous build's; None when files were added or
    removed (link in full then)."""
    if previous_keys.keys() != keys.keys():
        return None
    return {source for source, key in keys.items() if previous_keys[source] != key}


# --- persistence --------------------------------------------------------------------------------


def link_fingerprint(inference: str) -> str:
    """The inference fingerprint with the linking code: a catalogue linked by other code is never reused."""
    code = installed_code_fingerprint(*LINK_ROOTS)
    return hashlib.sha256(f"{_MAGIC} {FORMAT_VERSION}\n{inference}\n{code}\n".encode()).hexdigest()


@dataclass(slots=True)
class Linked:
    """A linked catalogue as stored, and the article cache key of each source file it was linked from."""

    catalogue: Catalogue
    keys: dict[str, str]
    """Source file -> article cache key (``cuttings/cache.py:article_key``)."""


GROUPS = ("articles", "people", "councils", "person_slugs", "council_slugs")
"""The catalogue's mappings, each stored by row in the patch."""


@dataclass(slots=True)
class Patch:
    """What changed since the last whole save: per group, the rows (key -> value, None where removed) and, if it
    changed, the order of the group's keys; and every source file's article key."""

    keys: dict[str, str]
    rows: dict[str, dict[str, Any]]
    order: dict[str, list[str]]


class LinkedStore:
    """The last linked catalogue and its article keys, as a ``PatchedFile`` whose patch holds the changed rows
    (articles, people, councils, names): at 10,000 articles the whole save is 2.8 s of CPU, and an edit naming
    someone new changes a few dozen rows. ``tests/unit/test_relink.py`` proves a patched load equals the catalogue
    saved, ``tests/site/`` the site. Anything missing, damaged, of another format or fingerprint loads as None.
    """

    def __init__(self, path: Path, inference: str, patch_limit: int = PATCH_MAX) -> None:
        self.file = PatchedFile(path, (_MAGIC, FORMAT_VERSION, link_fingerprint(inference)), patch_limit)
        self._base: str | None = None
        self._patch: Patch | None = None
        self._loaded: Catalogue | None = None

    def load(self) -> Linked | None:
        self._base, self._patch, self._loaded = None, None, None
        with collector_paused():  # long-lived objects (cuttings/collector.py)
            loaded = self.file.load()
        if loaded is None:
            return None  # missing, damaged (then set aside), or saved by other code
        self._base, (keys, catalogue), patch = loaded
        linked = Linked(catalogue, keys)
        if patch is not None:
            self._apply_patch(linked, patch)
        self._loaded = linked.catalogue
        return linked

    def _apply_patch(self, linked: Linked, patch: Patch) -> None:
        """Put the patch's rows into the catalogue; a patch whose rows do not fit the base is left out (the
        catalogue and keys are then the base's, which agree)."""
        catalogue = linked.catalogue
        for group in GROUPS:  # checked before anything is changed
            items = getattr(catalogue, group)
            rows = patch.rows.get(group, {})
            after = (items.keys() - {key for key, value in rows.items() if value is None}) \
                | {key for key, value in rows.items() if value is not None}
            if after != set(patch.order.get(group, items)):
                return
        for group in GROUPS:
            items = getattr(catalogue, group)
            put_back(items, patch.rows.get(group, {}))
            if group in patch.order:
                ordered = {key: items[key] for key in patch.order[group]}
                items.clear()
                items.update(ordered)
        linked.keys = patch.keys
        self._patch = patch

    def save(self, catalogue: Catalogue, keys: Mapping[str, str],
             changes: Changes | None = None) -> Callable[[], None] | None:
        """Save ``catalogue`` and its keys as a patch of ``changes`` (on the catalogue this store last loaded or
        saved) if there are few enough rows; else return the whole save (``save_whole``), to be run beside the
        rendering."""
        # ``changes`` must start from the catalogue loaded here: as loaded, or as relinked in place (``relink``).
        loaded = self._loaded
        if changes is not None and self._base is not None and loaded is not None \
                and (changes.before is loaded or changes.after is loaded):
            rows = {group: dict(previous) for group, previous in self._patch.rows.items()} \
                if self._patch is not None else {}
            for group, slugs in changes.differing.items():
                items = getattr(catalogue, group)
                rows.setdefault(group, {}).update((slug, items.get(slug)) for slug in slugs)
            order = dict(self._patch.order) if self._patch is not None else {}
            order.update((group, list(getattr(catalogue, group))) for group in changes.reordered)
            patch = Patch(dict(keys), rows, order)
            if self.file.save_patch(self._base, patch, sum(len(group) for group in rows.values())) is not None:
                self._patch, self._loaded = patch, catalogue
                return None
        return functools.partial(self.save_whole, catalogue, keys)

    def save_whole(self, catalogue: Catalogue, keys: Mapping[str, str]) -> None:
        """Write the whole catalogue and its keys; drop the patch."""
        # Straight to the file: at 50,000 articles the pickle alone is over 200 MB.
        self._base = self.file.save_whole((dict(keys), catalogue))
        self._patch, self._loaded = None, catalogue
