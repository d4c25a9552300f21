"""Stage 1, read: content files -> SourceArticle.

Decoding and front-matter problems are raised here as ContentError, naming the file and line.
Nothing in this module writes anywhere.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import frontmatter
import yaml

from cuttings.errors import ContentError
from cuttings.model import BodyFormat, SourceArticle

TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""Larger files are refused: a news article is never this long, a misplaced data dump often is."""


def discover(content_dir: Path) -> list[str]:
    """Every article file below ``content_dir``, sorted as paths sort; hidden files and folders are passed over.

    Paths as strings (the content folder's path, then the file's path in it): a rebuild walks a large archive every
    time, and a ``Path`` per file cost more than the walk (0.41 of 0.73 s profiled at 50,000 files); ``read_article``
    makes one for a file it reads. With ``scan_content``, 0.80-0.93 s of CPU became 0.44-0.48 s at 50,000 files
    (p17ar). A linked folder is followed if it leads out of the content folder, so that ``ContentBounds.check`` can
    name the files it refuses there; one leading to a folder inside is not, as its files are found where they are.
    Tested by ``tests/unit/test_read.py`` (the order, hidden files, links in and out, each refusal by name).
    """
    if not content_dir.exists():
        raise ContentError("content folder does not exist", content_dir)
    if not content_dir.is_dir():
        raise ContentError("content path is not a folder", content_dir)
    real_root = os.path.realpath(content_dir)
    found: list[tuple[str, str]] = []
    # Each file keyed by its folders and name joined by NUL, which sorts below every character a name can hold: the
    # keys sort as the paths' parts would, part by part ("a/z.md" before "a-b.txt").
    pending: list[tuple[str, str, frozenset[str]]] = [(os.fspath(content_dir), "", frozenset())]
    while pending:
        folder, key, seen = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    continue
                if entry.is_dir():
                    if not entry.is_symlink():
                        pending.append((entry.path, f"{key}{name}\0", seen))
                        continue
                    real = os.path.realpath(entry.path)
                    if real not in seen and os.path.commonpath([real, real_root]) != real_root:
                        pending.append((entry.path, f"{key}{name}\0", seen | {real}))
                # The suffix from the last dot (``os.path.splitext``'s, as hidden names are passed over): no dot
                # gives the last character, never a suffix.
                elif name[name.rfind("."):].lower() in TEXT_SUFFIXES and (entry.is_file() or entry.is_symlink()):
                    found.append((key + name, entry.path))
    found.sort()
    return [path for _, path in found]


class ContentBounds:
    """Whether files lie inside the content folder, by their paths' text, resolving links only where there are some:
    resolving every path of a large archive costs a system call per folder of each. Paths are compared as written,
    so a file's path should start with the content folder's as given (``discover``'s do); one that does not is
    looked at folder by folder up to the root."""

    def __init__(self, content_dir: str | Path) -> None:
        self.content_dir = os.fspath(content_dir)
        self.real_content_dir = os.path.realpath(content_dir)
        self.prefix = os.path.join(self.content_dir, "")
        """The content folder's path and a separator: what a path found in it starts with."""
        self._linked: dict[str, bool] = {self.content_dir: False}

    def through_link(self, folder: str) -> bool:
        """Whether ``folder``, or a folder between it and the content folder, is a symbolic link."""
        known = self._linked.get(folder)
        if known is None:
            parent = os.path.dirname(folder)
            known = self._linked[folder] = os.path.islink(folder) or (parent != folder and self.through_link(parent))
        return known

    def check(self, path: str) -> None:
        """Refuse a file that is, or sits behind, a link leading out of the content folder."""
        if os.path.islink(path) or self.through_link(os.path.dirname(path)):
            real = os.path.realpath(path)
            if real != self.real_content_dir and not real.startswith(os.path.join(self.real_content_dir, "")):
                raise ContentError("is a link to a file outside the content folder; not read", path)
        if not os.path.isfile(path):
            raise ContentError("is not a readable file (a broken link?)", path)


def decode(raw: bytes, path: Path, shown: str) -> tuple[str, list[str]]:
    """Text of a file: UTF-8 (BOM allowed), else Windows-1252 with a warning naming it as ``shown`` (its path in
    the content folder: the warning is cached with the article, which a moved folder still uses); binary is
    refused."""
    warnings: list[str] = []
    if b"\x00" in raw[:8192]:
        raise ContentError("looks like a binary file, not text", path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as cp_error:
            raise ContentError("is neither UTF-8 nor Windows-1252 text", path, line) from cp_error
        warnings.append(f"{shown}:{line}: not valid UTF-8; read as Windows-1252")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decoded_reference(match: re.Match[str]) -> str:
    character = html.unescape(match.group())
    # A reference to a line break or another control character would move the lines errors are reported on.
    return match.group() if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in character) else character


def plain_text_body(body: str) -> str:
    """A raw article's body with its HTML character references decoded, once: ``Jos&#233;`` is "José".

    Newsroom exports often carry text that went through a web page, so a name arrives as ``Jos&#233; Manuel``
    and inference would read "Jos" and a stray "233". The decoded text is still data: every template and feed
    escapes it on output, so ``&lt;script&gt;`` becomes the text "<script>" and is shown as text, never markup.
    Markdown bodies are left as written, because Markdown decodes references itself when it renders (decoding
    them here would turn ``&lt;b&gt;`` into a tag). References to control characters are kept as written."""
    if "&" not in body:
        return body
    return _CHARACTER_REFERENCE.sub(_decoded_reference, body)


def key_lines(text: str, body_start: int) -> dict[str, int]:
    """The line of each top-level key of the front matter."""
    lines = text.split("\n")[: max(body_start - 1, 0)]
    found: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match:
            found.setdefault(match.group(1), number)
    return found


class _FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader, but a value YAML recognises and then cannot build (``date: 2020-13-45`` is a
    timestamp by its form, an impossible date by its value) is a YAMLError with the value's place, not a bare
    ValueError from deep in the constructor."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as error:
            if isinstance(error, yaml.YAMLError):
                raise
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read {node.value!r} ({error})", node.start_mark) from error


class _FrontMatterHandler(frontmatter.YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml.load(fm, Loader=_FrontMatterLoader)  # a SafeLoader subclass: no arbitrary objects


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str, int]:
    """(front matter, body, line the body starts on). Only a leading ``---`` block counts."""
    if not text.startswith("---\n"):
        return {}, text, 1
    try:
        metadata, body = frontmatter.parse(text, handler=_FrontMatterHandler())
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ContentError(f"invalid YAML front matter: {problem}", path, line) from error
    if not isinstance(metadata, dict):
        raise ContentError("front matter must be a mapping of keys to values", path, 2)
    closing = text.find("\n---", 4)
    body_start = text.count("\n", 0, closing + 4) + 2 if closing != -1 else 1
    return dict(metadata), body, body_start


@dataclass(frozen=True, slots=True)
class ContentFile:
    """A content file as found, not yet parsed: enough to look its article up in the cache."""

    path: str
    """As ``discover`` found it: a ``Path`` is made only for a file read again (``pipeline.Plan.jobs``)."""
    relative_path: str
    content_hash: str
    """SHA-256 of the file's bytes."""


FileStamp = tuple[int, int, int, int]
"""A file's size, modification and change times (ns) and inode: a write to the file changes at least one."""


class KnownHashes(Protocol):
    """Content hashes remembered from an earlier build by file and stamp (``cuttings/cache.py:FileHashes``)."""

    def get(self, path: str, stamp: FileStamp) -> str | None: ...

    def note(self, path: str, stamp: FileStamp, content_hash: str) -> None: ...


def _checked_stat(name: str, bounds: ContentBounds) -> os.stat_result:
    # One system call for the usual case, a plain file in plain folders; links get the full check.
    status = os.lstat(name)
    if stat.S_ISLNK(status.st_mode) or bounds.through_link(os.path.dirname(name)):
        bounds.check(name)
        status = os.stat(name)
    elif not stat.S_ISREG(status.st_mode):
        raise ContentError("is not a readable file (a broken link?)", name)
    if status.st_size > MAX_ARTICLE_BYTES:
        raise ContentError(f"is {status.st_size / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES // 2**20} MB limit", name)
    return status


def scan_file(path: str | Path, content_dir: Path, bounds: ContentBounds | None = None,
              known: KnownHashes | None = None) -> ContentFile:
    """A content file hashed but not parsed: a rebuild parses only the files its cache does not know. With
    ``known`` hashes, a file whose stamp is as it was is not read at all."""
    bounds = bounds or ContentBounds(content_dir)
    name = os.fspath(path)
    status = _checked_stat(name, bounds)
    stamp = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
    # Known by absolute path: a cache folder may be shared by builds run from different folders.
    absolute = name if os.path.isabs(name) else os.path.abspath(name)
    content_hash = known.get(absolute, stamp) if known is not None else None
    if content_hash is None:
        with open(name, "rb") as file:
            content_hash = hashlib.sha256(file.read()).hexdigest()
        if known is not None:
            known.note(absolute, stamp, content_hash)
    return ContentFile(name, _relative(name, bounds), content_hash)


def _relative(name: str, bounds: ContentBounds) -> str:
    """``name`` relative to the content folder, as a POSIX path; by its text where it starts with the folder's."""
    if os.sep == "/" and name.startswith(bounds.prefix):
        return name[len(bounds.prefix):]
    return Path(name).relative_to(bounds.content_dir).as_posix()


def read_article(path: str | Path, content_dir: Path, bounds: ContentBounds | None = None) -> SourceArticle:
    """One content file as a SourceArticle."""
    path = Path(path)
    _checked_stat(os.fspath(path), bounds or ContentBounds(content_dir))
    raw = path.read_bytes()
    relative_path = path.relative_to(content_dir).as_posix()
    text, warnings = decode(raw, path, relative_path)
    metadata, body, body_start = split_front_matter(text, path)
    if not body.strip():
        raise ContentError("has no article text", path)
    body_format: BodyFormat = "markdown" if TEXT_SUFFIXES[path.suffix.lower()] == "markdown" else "text"
    if body_format == "text":
        body = plain_text_body(body)
    return SourceArticle(
        path=path,
        relative_path=relative_path,
        body=body,
        front_matter=metadata,
        body_format=body_format,
        content_hash=hashlib.sha256(raw).hexdigest(),
        body_start_line=body_start,
        front_matter_lines=key_lines(text, body_start) if metadata else {},
        warnings=tuple(warnings),
    )


def read_content(content_dir: Path) -> Iterator[SourceArticle | ContentError]:
    """Every article of the folder, or the error that stopped it being read, in path order."""
    bounds = ContentBounds(content_dir)
    for path in discover(content_dir):
        yield read_or_error(path, content_dir, bounds)


def scan_content(content_dir: Path, paths: list[str] | None = None,
                 known: KnownHashes | None = None) -> Iterator[ContentFile | ContentError]:
    """As ``read_content``, hashing each file without parsing it; ``paths`` as ``discover`` found them."""
    bounds = ContentBounds(content_dir)
    for path in paths if paths is not None else discover(content_dir):
        try:
            yield scan_file(path, content_dir, bounds, known)
        except ContentError as error:
            yield error
        except OSError as error:
            yield ContentError(f"cannot be read: {error.strerror or error}", path)


def read_or_error(path: str | Path, content_dir: Path,
                  bounds: ContentBounds | None = None) -> SourceArticle | ContentError:
    """The file as a SourceArticle, or the error that stopped it being read."""
    try:
        return read_article(path, content_dir, bounds)
    except ContentError as error:
        return error
    except OSError as error:
        return ContentError(f"cannot be read: {error.strerror or error}", path)
