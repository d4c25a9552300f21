"""Stage 6, write: pages -> the output folder, atomically.

Pages go into a temporary folder beside the output; only when the whole build has succeeded is it swapped
in, so a failed build leaves the previous site as it was. Every path is checked to stay inside the folder.

A page whose bytes are the same as the previous build's is hard-linked into the new folder rather than
written, so it keeps its inode and modification time: tools that sync or serve the site by mtime see only
the pages that really changed.

When the output folder is known to be exactly as the last build left it (``previous_files``), a rebuild updates
it in place instead: only new and changed files go to the staging folder, and once the whole build has
succeeded each is moved into the output (``os.replace``, atomic per file) and files the site no longer has are
deleted. On a large site this spares linking and deleting tens of thousands of files for a one-article edit;
a failed build still leaves the output untouched, as nothing is moved until the end.
"""

from __future__ import annotations

import contextlib
import filecmp
import itertools
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from types import TracebackType

from cuttings.errors import CuttingsError
from cuttings.model import Page, StreamedPage
from cuttings.sealed import owner_gone


def _same_file_bytes(previous: Path, new: Path) -> bool:
    try:
        status = previous.lstat()
        return stat.S_ISREG(status.st_mode) and status.st_size == new.stat().st_size and \
            filecmp.cmp(previous, new, shallow=False)
    except OSError:
        return False


def current_umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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


def remove_leftovers(output_dir: Path) -> None:
    """Delete the staging folders (and old outputs being removed) that killed builds left beside the output: each
    is named with its build's process id, and removed once that process has ended (``sealed.owner_gone``)."""
    prefix = f".{output_dir.name}."
    for folder in output_dir.parent.iterdir():
        if (owner_gone(folder.name, prefix) or owner_gone(folder.name, prefix + "old.")) and folder.is_dir() \
                and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


class SiteWriter:
    """Collects pages into a staging folder; ``commit`` swaps it in place of the output folder, or, with
    ``previous_files`` (relative path -> [size, mtime_ns] of the output as it is), moves the changes into it."""

    def __init__(self, output_dir: Path, previous_files: dict[str, list[int]] | None = None) -> None:
        self.previous_files = previous_files
        self.in_place = previous_files is not None
        self.output_dir = output_dir.resolve()
        self.output_dir.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(self.output_dir)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.{os.getpid()}.",
                                             dir=self.output_dir.parent))
        # mkdtemp makes the folder private (0700); a site is copied and served by others (nginx, rsync), so it
        # gets the mode any folder made here would (0755 under the usual umask).
        os.chmod(self.staging, 0o777 & ~current_umask())
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
        if isinstance(page, StreamedPage):
            self._write_streamed(page, relative, self.staging / relative, self.output_dir / relative)
            return
        if page.reused:
            if not self.in_place:
                self._keep(self.output_dir / relative, self.staging / relative)
            elif relative not in (self.previous_files or {}):
                raise CuttingsError("a kept page is missing from the previous build; build again",
                                    self.output_dir / relative)
            self.kept += 1
            return
        target = self.staging / relative
        previous = self.output_dir / relative
        # Unchanged: left in place, or hard-linked into the new folder (written anew where links fail).
        if self._same_bytes(previous, page.content) and (self.in_place or self._linked(previous, target)):
            return
        self._folder_for(target).write_bytes(page.content)
        self.changed.append(relative)

    def _folder_for(self, target: Path) -> Path:
        """``target``, its folder made in staging if it is not yet."""
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        return target

    def forget_counts(self) -> None:
        """Start counting afresh: in a forked copy of this writer, so it reports only what it writes itself."""
        self.written = set()
        self.changed = []
        self.kept = 0

    def _write_streamed(self, page: StreamedPage, relative: str, target: Path, previous: Path) -> None:
        """Written piece by piece into staging, then compared with the previous build's file on disk."""
        with self._folder_for(target).open("wb") as file:
            for piece in page.pieces():
                file.write(piece)
        if _same_file_bytes(previous, target):
            target.unlink()
            if not self.in_place:
                self._keep(previous, target)
            return
        self.changed.append(relative)

    def adopt(self, written: set[str], changed: list[str], kept: int = 0) -> None:
        """Count files another process wrote into ``staging`` (through a forked copy of this writer)."""
        twice = self.written & written
        if twice:
            raise CuttingsError(f"two pages would be written to the same path: {min(twice)}")
        self.written |= written
        self.changed.extend(changed)
        self.kept += kept

    @staticmethod
    def _keep(previous: Path, target: Path) -> None:
        """The previous build's file, linked (or copied, where hard links are not to be had) into the new site."""
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(previous, target, follow_symlinks=False)
        except FileNotFoundError as error:
            raise CuttingsError("a page of the previous build vanished during the build; build again",
                                previous) from error
        except OSError:
            shutil.copy2(previous, target)

    @staticmethod
    def _same_bytes(previous: Path, content: bytes) -> bool:
        """The previous build's file is a plain file holding exactly ``content``."""
        try:
            status = previous.lstat()
            return stat.S_ISREG(status.st_mode) and status.st_size == len(content) and previous.read_bytes() == content
        except OSError:
            return False

    def _linked(self, previous: Path, target: Path) -> bool:
        """The previous build's file hard-linked into staging; False where links are not to be had."""
        try:
            os.link(previous, self._folder_for(target), follow_symlinks=False)
        except OSError:
            return False
        return True

    def write_all(self, pages: Iterable[Page | StreamedPage]) -> None:
        for page in pages:
            self.write(page)

    def copy_tree(self, source: Path, destination: str) -> None:
        """Static assets: copied as they are, below ``destination``."""
        for file in sorted(source.rglob("*")):
            if file.is_file() and not file.name.startswith("."):
                relative = file.relative_to(source).as_posix()
                self.write(Page(f"{destination}/{relative}", file.read_bytes()))

    def commit(self) -> None:
        """Swap the staging folder in; the old output is removed only after the new one is in place."""
        if self.in_place:
            self._commit_in_place()
            return
        previous: Path | None = None
        if self.output_dir.exists():
            previous = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.old.{os.getpid()}.",
                                             dir=self.output_dir.parent))
            previous.rmdir()
            self.output_dir.rename(previous)
        self.staging.rename(self.output_dir)
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)

    def _commit_in_place(self) -> None:
        for relative in self.changed:
            target = self.output_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            os.replace(self.staging / relative, target)
        emptied: set[Path] = set()
        for path in sorted(set(self.previous_files or {}) - self.written):
            gone = self.output_dir / path
            gone.unlink(missing_ok=True)
            emptied.update(folder for folder in gone.parents if folder.is_relative_to(self.output_dir))
        for folder in sorted(emptied - {self.output_dir}, key=lambda f: len(f.parts), reverse=True):
            with contextlib.suppress(OSError):  # not empty: still has pages
                folder.rmdir()
        shutil.rmtree(self.staging, ignore_errors=True)

    def files_after(self) -> dict[str, list[int]] | None:
        """Relative path -> [size, mtime_ns] of the output after an in-place commit, without walking it."""
        if self.previous_files is None:
            return None
        files = {}
        changed = set(self.changed)
        for path in self.written:
            known = None if path in changed else self.previous_files.get(path)
            if known is None:
                status = os.lstat(self.output_dir / path)
                known = [status.st_size, status.st_mtime_ns]
            files[path] = known
        return files

    def folders_after(self, previous_folders: dict[str, int]) -> dict[str, int] | None:
        """Folder ("" for the output) -> mtime_ns after an in-place commit, given the previous build's: only
        the folders a file was added to, replaced in or removed from are looked at again."""
        if self.previous_files is None or not previous_folders:
            return None
        removed = set(self.previous_files) - self.written
        touched = {""}
        for path in itertools.chain(self.changed, removed):
            cut = path.rfind("/")
            while cut > 0:
                touched.add(path[:cut])
                cut = path.rfind("/", 0, cut)
        if removed or any(path not in self.previous_files for path in self.changed):
            wanted = folders_of(self.written)
        else:
            wanted = set(previous_folders)
        root = os.fspath(self.output_dir)
        folders = {}
        for folder in sorted(wanted):
            known = None if folder in touched else previous_folders.get(folder)
            folders[folder] = known if known is not None else os.lstat(os.path.join(root, folder)).st_mtime_ns
        return folders

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
