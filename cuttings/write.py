"""Stage 6, write: pages -> the output folder, changed files only, once the whole build has succeeded.

Pages go into a staging folder beside the output; a page whose bytes are the previous build's file's (or that
the build kept unrendered) is not written at all, so it keeps its inode and modification time: tools that sync
or serve the site by mtime see only the pages that really changed. Only when the whole build has succeeded are
the new and changed files moved into the output (``os.replace``, atomic per file) and the files the site no longer
has deleted; a failed build leaves the output untouched, as nothing is moved until the end. A first build into
a folder that does not exist yet renames the staging folder into place. Every path is checked to stay inside
the folder.
"""

from __future__ import annotations

import contextlib
import filecmp
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from types import TracebackType

from cuttings.errors import CuttingsError
from cuttings.model import Page, StreamedPage
from cuttings.sealed import remove_abandoned


def _holds(previous: Path, content: bytes | Path) -> bool:
    """The previous build's file is a plain file holding exactly ``content`` (bytes, or a file's)."""
    try:
        status = previous.lstat()
        if not stat.S_ISREG(status.st_mode):
            return False
        if isinstance(content, bytes):
            return status.st_size == len(content) and previous.read_bytes() == content
        return status.st_size == content.stat().st_size and filecmp.cmp(previous, content, shallow=False)
    except OSError:
        return False


def safe_relative_path(path: str) -> str:
    """The page path, refused if it is absolute or climbs out of the output folder.

    Paths stay strings: a large site has tens of thousands, and each goes back from a forked part to the build.
    """
    parts = path.split("/")
    if path.startswith("/") or "\\" in path or ".." in parts:
        raise CuttingsError(f"refusing to write outside the output folder: {path!r}")
    if "" in parts or "." in parts:
        # Written one way only, so that two spellings of one path are caught as the same page.
        normal = PurePosixPath(path).as_posix()
        if normal in ("", ".") or normal.startswith("/"):
            raise CuttingsError(f"refusing to write outside the output folder: {path!r}")
        return normal
    return path


def folders_of(files: Iterable[str]) -> set[str]:
    """Every folder holding ``files`` (relative paths), the output folder itself as ""."""
    folders = {""}
    for path in files:
        cut = path.rfind("/")
        while cut > 0 and (folder := path[:cut]) not in folders:
            folders.add(folder)
            cut = path.rfind("/", 0, cut)
    return folders


def output_files(output_dir: Path, folders: set[str] | None = None) -> dict[str, list[int]]:
    """Every file below the output folder -> [size, mtime_ns]; every folder ("" for the output itself) added to
    ``folders``, if given."""
    found: dict[str, list[int]] = {}
    # os.scandir and plain strings: a warm rebuild of a large site checks every file, and pathlib costs
    # several times the system calls themselves.
    pending = [("", os.fspath(output_dir))]
    while pending:
        prefix, folder = pending.pop()
        if folders is not None:
            folders.add(prefix[:-1])
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append((f"{prefix}{entry.name}/", entry.path))
                else:
                    status = entry.stat(follow_symlinks=False)
                    found[f"{prefix}{entry.name}"] = [status.st_size, status.st_mtime_ns]
    return found


class KeptPageMissing(CuttingsError):
    """A page its record says is kept that the output's file list lacks (a bug, or the cache edited by hand). The
    build removes the output's manifest before reporting it (``cuttings/pipeline.py``), so "build again" holds: the
    next build walks the output and renders every page. Tested by ``tests/site/test_damaged_cache.py``."""


class SiteWriter:
    """Collects new and changed pages into a staging folder; ``commit`` moves them into the output folder.
    ``previous_files``: relative path -> [size, mtime_ns] of the output as it is, if known (else it is looked at)."""

    def __init__(self, output_dir: Path, previous_files: dict[str, list[int]] | None = None) -> None:
        self.output_dir = output_dir.resolve()
        self.output_dir.parent.mkdir(parents=True, exist_ok=True)
        if previous_files is None:
            previous_files = output_files(self.output_dir) if self.output_dir.is_dir() else {}
        self.previous_files = previous_files
        # Staging folders of killed builds, named with their process ids as this one's is.
        remove_abandoned(path for path in self.output_dir.parent.iterdir()
                         if path.name.startswith(f".{self.output_dir.name}."))
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.{os.getpid()}.",
                                             dir=self.output_dir.parent))
        # mkdtemp makes the folder private (0700); a site is copied and served by others (nginx, rsync), so it
        # gets the mode any folder made here would (0755 under the usual umask; reading the umask means setting it).
        umask = os.umask(0o022)
        os.umask(umask)
        os.chmod(self.staging, 0o777 & ~umask)
        self.written: set[str] = set()
        """Every file of the new site (relative POSIX paths)."""
        self.changed: list[str] = []
        """The files whose bytes differ from the previous site's (or that it did not have)."""
        self._folders: set[Path] = {self.staging}
        self.kept = 0
        """Pages kept from the previous build unrendered (``Page.reused``)."""

    def write(self, page: Page | StreamedPage) -> None:
        relative = safe_relative_path(page.path)
        if relative in self.written:
            raise CuttingsError(f"two pages would be written to the same path: {page.path}")
        self.written.add(relative)
        if isinstance(page, StreamedPage):  # written piece by piece into staging, then compared
            target = self._folder_for(self.staging / relative)
            with target.open("wb") as file:
                file.writelines(page.pieces())
            if relative in self.previous_files and _holds(self.output_dir / relative, target):
                target.unlink()
            else:
                self.changed.append(relative)
            return
        if page.reused:
            if relative not in self.previous_files:
                raise KeptPageMissing("a kept page is missing from the previous build; build again",
                                      self.output_dir / relative)
            self.kept += 1
            return
        # ``previous_files`` lists the output exactly (walked, or checked by ``output_intact``): a path it lacks
        # holds nothing to compare. A cold build's 23,700 failed looks took 0.14 s of CPU at 10,000 articles.
        if relative in self.previous_files and _holds(self.output_dir / relative, page.content):
            return
        self._folder_for(self.staging / relative).write_bytes(page.content)
        self.changed.append(relative)

    def _folder_for(self, target: Path) -> Path:
        """``target``, its folder made in staging if it is not yet."""
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        return target

    def adopt(self, written: set[str], changed: list[str], kept: int = 0) -> None:
        """Count files another process wrote into ``staging`` (through a forked copy of this writer)."""
        twice = self.written & written
        if twice:
            raise CuttingsError(f"two pages would be written to the same path: {min(twice)}")
        self.written |= written
        self.changed.extend(changed)
        self.kept += kept

    def copy_tree(self, source: Path, destination: str) -> None:
        """Static assets: copied as they are, below ``destination``."""
        for file in sorted(source.rglob("*")):
            if file.is_file() and not file.name.startswith("."):
                relative = file.relative_to(source).as_posix()
                self.write(Page(f"{destination}/{relative}", file.read_bytes()))

    def commit(self) -> None:
        """Move the new and changed files into the output, then delete what the site no longer has."""
        if not self.output_dir.exists():
            self.staging.rename(self.output_dir)
            return
        emptied: set[Path] = set()
        for path in sorted(set(self.previous_files) - self.written):
            gone = self.output_dir / path
            gone.unlink(missing_ok=True)
            emptied.update(folder for folder in gone.parents if folder.is_relative_to(self.output_dir))
        for relative in self.changed:
            target = self.output_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            os.replace(self.staging / relative, target)
        for folder in sorted(emptied - {self.output_dir}, key=lambda f: len(f.parts), reverse=True):
            with contextlib.suppress(OSError):  # not empty: still has pages
                folder.rmdir()
        shutil.rmtree(self.staging, ignore_errors=True)

    def files_after(self) -> dict[str, list[int]]:
        """Relative path -> [size, mtime_ns] of the output after the commit, without walking it."""
        files = {}
        changed = set(self.changed)
        for path in self.written:
            known = None if path in changed else self.previous_files.get(path)
            if known is None:
                status = os.lstat(self.output_dir / path)
                known = [status.st_size, status.st_mtime_ns]
            files[path] = known
        return files

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self) -> SiteWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if kind is None:
            self.commit()
        else:
            self.abandon()
