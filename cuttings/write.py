"""Stage 6, write: pages -> the output folder, atomically.

Pages go into a temporary folder beside the output; only when the whole build has succeeded is it swapped
in, so a failed build leaves the previous site as it was. Every path is checked to stay inside the folder.

A page whose bytes are the same as the previous build's is hard-linked into the new folder rather than
written, so it keeps its inode and modification time: tools that sync or serve the site by mtime see only
the pages that really changed.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from types import TracebackType

from cuttings.errors import CuttingsError
from cuttings.model import Page


def safe_relative_path(path: str) -> PurePosixPath:
    """The page path, refused if it is absolute or climbs out of the output folder."""
    relative = PurePosixPath(path)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts or "\\" in path:
        raise CuttingsError(f"refusing to write outside the output folder: {path!r}")
    return relative


class SiteWriter:
    """Collects pages into a staging folder; ``commit`` swaps it in place of the output folder."""

    def __init__(self, output_dir: Path) -> None:
        self.output_dir = output_dir.resolve()
        self.output_dir.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.", dir=self.output_dir.parent))
        self.written: set[PurePosixPath] = set()
        """Every file of the new site."""
        self.changed: list[PurePosixPath] = []
        """The files whose bytes differ from the previous site's (or that it did not have)."""
        self._folders: set[Path] = {self.staging}
        self.kept = 0
        """Pages kept from the previous build unrendered (``Page.reused``)."""

    def write(self, page: Page) -> None:
        relative = safe_relative_path(page.path)
        if relative in self.written:
            raise CuttingsError(f"two pages would be written to the same path: {page.path}")
        self.written.add(relative)
        target = self.staging.joinpath(*relative.parts)
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        previous = self.output_dir.joinpath(*relative.parts)
        if page.reused:
            self._keep(previous, target)
            self.kept += 1
            return
        if self._link_unchanged(previous, page.content, target):
            return
        target.write_bytes(page.content)
        self.changed.append(relative)

    def adopt(self, written: set[PurePosixPath], changed: list[PurePosixPath], kept: int = 0) -> None:
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
        try:
            os.link(previous, target, follow_symlinks=False)
        except FileNotFoundError as error:
            raise CuttingsError("a page of the previous build vanished during the build; build again",
                                previous) from error
        except OSError:
            shutil.copy2(previous, target)

    @staticmethod
    def _link_unchanged(previous: Path, content: bytes, target: Path) -> bool:
        """Hard-link the previous build's file when it holds exactly ``content``; False to write it anew."""
        try:
            status = previous.lstat()
            if not stat.S_ISREG(status.st_mode) or status.st_size != len(content):
                return False
            if previous.read_bytes() != content:
                return False
            os.link(previous, target, follow_symlinks=False)
        except OSError:  # no previous file, or a file system without hard links: write it
            return False
        return True

    def write_all(self, pages: Iterable[Page]) -> None:
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
        previous: Path | None = None
        if self.output_dir.exists():
            previous = Path(tempfile.mkdtemp(prefix=f".{self.output_dir.name}.old.", dir=self.output_dir.parent))
            previous.rmdir()
            self.output_dir.rename(previous)
        self.staging.rename(self.output_dir)
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)

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
