"""Reuse the previous build's linked Catalogue when an edit changed nothing linking reads.

Linking (``cuttings/link.py`` and ``cuttings/analysis/``) reads an article's file, title, date, slug, people,
councils, roles and quotes, and of its text only the council events it reports. An edit that leaves all of
those as they were (a paragraph added or reworded) changes no slug, order, person, council or event: the new
catalogue is the old one with the edited articles in their entries. ``relink`` makes it so; ``LinkedStore``
keeps the linked catalogue between builds, with a small patch after a relinked build rather than a full save.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import hashlib
import io
import operator
import os
import pickle
import secrets
import tempfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from cuttings import model
from cuttings.analysis.events import council_events
from cuttings.collector import collector_paused
from cuttings.model import Article, Catalogue, CouncilEvent

TEXT_ONLY_FIELDS = frozenset({"content_hash", "body", "paragraphs", "mentions", "warnings"})
"""Fields of ``Article`` that linking never reads (of the paragraphs, only their council events, which the
signature holds). Every other field, including any added later, is part of the signature."""
_SIGNATURE_FIELDS = tuple(item.name for item in fields(Article) if item.name not in TEXT_ONLY_FIELDS)
_signature_values = operator.attrgetter(*_SIGNATURE_FIELDS)

FORMAT_VERSION = 3
PATCH_LIMIT = 200
"""Articles a patch may hold before the caller should save the whole catalogue again."""
_MAGIC = "cuttings-linked"
LINK_SOURCES = ("link.py", "slugs.py", "model.py", "relink.py", "analysis")
"""What, below ``cuttings/``, the linked catalogue depends on besides the inferred articles."""
_PACKAGE_ROOT = Path(__file__).resolve().parent


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
    digest = hashlib.sha256(f"{_MAGIC} {FORMAT_VERSION}\n{inference}\n".encode())
    for name in LINK_SOURCES:
        path = _PACKAGE_ROOT / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(_PACKAGE_ROOT).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def _fast_constructor(cls: type) -> Callable[..., Any]:
    """A function making an instance of the slotted dataclass ``cls`` from its field values, in order, that
    skips ``__init__``: a frozen dataclass sets each field through ``object.__setattr__``, and with over a million
    objects in a large catalogue that is a sixth of loading it. Generated, as ``dataclasses`` makes ``__init__``,
    so that each field is one call to its slot's setter rather than a turn of a loop."""
    names = [item.name for item in fields(cls)]
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    namespace.update({f"set{index}": getattr(cls, name).__set__ for index, name in enumerate(names)})
    parameters = ", ".join(f"v{index}" for index in range(len(names)))
    lines = "".join(f"    set{index}(instance, v{index})\n" for index in range(len(names)))
    exec(f"def make({parameters}):\n    instance = new(cls)\n{lines}    return instance\n", namespace)
    make: Callable[..., Any] = namespace["make"]
    make.__module__, make.__name__ = __name__, f"_make_{cls.__name__}"
    make.__qualname__ = make.__name__
    return make


def _reducer(cls: type, make: Callable[..., Any]) -> Callable[[Any], tuple[Any, tuple[Any, ...]]]:
    names = [item.name for item in fields(cls)]
    return lambda instance: (make, tuple([getattr(instance, name) for name in names]))


_MODEL_CLASSES = [value for value in vars(model).values()
                  if isinstance(value, type) and dataclasses.is_dataclass(value) and "__slots__" in vars(value)
                  and value.__module__ == model.__name__]
_STORE_REDUCERS: dict[type, Callable[[Any], tuple[Any, tuple[Any, ...]]]] = {}
for _cls in _MODEL_CLASSES:
    _make = _fast_constructor(_cls)
    globals()[_make.__name__] = _make  # where pickle finds it again
    _STORE_REDUCERS[_cls] = _reducer(_cls, _make)


def _dumps(value: object) -> bytes:
    """Pickled so that the model's objects load through ``_fast_constructor``."""
    buffer = io.BytesIO()
    _dump(value, buffer)
    return buffer.getvalue()


def _dump(value: object, file: _Writable) -> None:
    pickler = pickle.Pickler(file, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, **_STORE_REDUCERS}
    pickler.dump(value)


class _Writable(Protocol):
    def write(self, data: bytes, /) -> int: ...


class _Checksummed:
    """Passes writes on to ``file``, keeping the ``zlib.crc32`` of everything written."""

    def __init__(self, file: _Writable) -> None:
        self.file = file
        self.crc = 0

    def write(self, data: bytes, /) -> int:
        self.crc = zlib.crc32(data, self.crc)
        return self.file.write(data)


@dataclass(slots=True)
class Linked:
    """A linked catalogue as stored, and the article cache key of each source file it was linked from."""

    catalogue: Catalogue
    keys: dict[str, str]
    """Source file -> article cache key (``cuttings/cache.py:article_key``)."""


@dataclass(frozen=True, slots=True)
class _Header:
    magic: str
    version: int
    fingerprint: str
    token: str
    """Names this base, so a patch is only ever applied to the base it was made for."""


class LinkedStore:
    """The last linked catalogue, in one file (``path``) and a patch beside it (``path`` + ".patch").

    ``save`` writes the whole catalogue (about 1.5 s at 10,000 articles) and drops the patch; ``save_patch``
    writes only the articles changed since (their keys and Articles), which ``load`` puts back into the
    catalogue. Every write goes to a temporary file that then replaces the old one, so a reader sees the old
    file or the new, never part of one. Anything unreadable, of another format or fingerprint loads as None.
    """

    def __init__(self, path: Path, inference: str, patch_limit: int = PATCH_LIMIT) -> None:
        self.path = path
        self.patch_path = path.with_name(path.name + ".patch")
        self.fingerprint = link_fingerprint(inference)
        self.patch_limit = patch_limit
        self._token: str | None = None
        self._patch: dict[str, tuple[str, Article]] = {}

    @property
    def patch_size(self) -> int:
        """Articles in the patch as last loaded or saved."""
        return len(self._patch)

    def load(self) -> Linked | None:
        self._token, self._patch = None, {}
        with contextlib.suppress(Exception), collector_paused():  # long-lived objects (cuttings/collector.py)
            with self.path.open("rb") as file:
                header_size = int.from_bytes(file.read(8), "little")
                header = pickle.loads(file.read(header_size))
                if not (isinstance(header, _Header) and header.magic == _MAGIC and header.version == FORMAT_VERSION
                        and header.fingerprint == self.fingerprint):
                    return None
                # The body's checksum follows it: the body is written as it is pickled and read as it is
                # unpickled, never held whole in memory (over 200 MB at 50,000 articles).
                body_start = 8 + header_size
                if not _body_intact(file, os.fstat(file.fileno()).st_size - body_start - 4):
                    return None
                file.seek(body_start)
                keys, catalogue = pickle.load(file)
            if not (isinstance(keys, dict) and isinstance(catalogue, Catalogue)):
                return None
            self._token = header.token
            linked = Linked(catalogue, keys)
            self._apply_patch(linked)
            return linked
        return None

    def _apply_patch(self, linked: Linked) -> None:
        """Put the patch's articles into the catalogue; a patch that is missing, damaged or for another base
        is left out (the catalogue and keys are then the base's, which agree with each other)."""
        try:
            header, patch = pickle.loads(self.patch_path.read_bytes())
        except Exception:
            return
        if not (isinstance(header, tuple) and header == (_MAGIC, FORMAT_VERSION, self.fingerprint, self._token)
                and isinstance(patch, dict)):
            return
        entries = {entry.article.source_file: entry for entry in linked.catalogue.articles.values()}
        if not all(source in entries and source in linked.keys and isinstance(article, Article)
                   and article.source_file == source for source, (_, article) in patch.items()):
            return
        for source, (key, article) in patch.items():
            entries[source].article = article
            linked.keys[source] = key
        self._patch = patch

    def save(self, catalogue: Catalogue, keys: Mapping[str, str]) -> None:
        """Write the whole catalogue and its keys; drop the patch."""
        token = secrets.token_hex(16)
        header = pickle.dumps(_Header(_MAGIC, FORMAT_VERSION, self.fingerprint, token),
                              protocol=pickle.HIGHEST_PROTOCOL)

        def write(file: _Writable) -> None:
            # Straight to the file: at 50,000 articles the pickle alone is over 200 MB.
            file.write(len(header).to_bytes(8, "little"))
            file.write(header)
            body = _Checksummed(file)
            _dump((dict(keys), catalogue), body)
            file.write(body.crc.to_bytes(4, "little"))

        _write_atomically(self.path, write)
        self.patch_path.unlink(missing_ok=True)
        self._token, self._patch = token, {}

    def save_patch(self, keys: Mapping[str, str], changed: Mapping[str, Article]) -> bool:
        """Add the changed articles (source file -> Article; their keys from ``keys``) to the patch on the
        catalogue last loaded or saved. False, writing nothing, when there is no such catalogue or the patch
        would pass ``patch_limit``: the caller saves in full (``save``) then."""
        if self._token is None:
            return False
        patch = {**self._patch, **{source: (keys[source], article) for source, article in changed.items()}}
        if len(patch) > self.patch_limit:
            return False
        data = _dumps(((_MAGIC, FORMAT_VERSION, self.fingerprint, self._token), patch))
        _write_atomically(self.patch_path, lambda file: file.write(data))
        self._patch = patch
        return True


def _body_intact(file: BinaryIO, size: int) -> bool:
    """Whether the next ``size`` bytes of ``file`` have the ``zlib.crc32`` in the 4 bytes after them."""
    crc = 0
    while size > 0:
        chunk = file.read(min(size, 1 << 20))
        if not chunk:
            return False
        crc = zlib.crc32(chunk, crc)
        size -= len(chunk)
    return size == 0 and crc == int.from_bytes(file.read(4), "little")


def _write_atomically(path: Path, write: Callable[[_Writable], object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
