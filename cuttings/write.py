"""Stage 6, write: pages -> the output folder, atomically.

Pages go into a temporary folder beside the output; only when the whole build has succeeded is it swapped
in, so a failed build leaves the previous site as it was. Every path is checked to stay inside the folder.
"""

from __future__ import annotations

import shutil
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

    def write(self, page: Page) -> None:
        relative = safe_relative_path(page.path)
        if relative in self.written:
            raise CuttingsError(f"two pages would be written to the same path: {page.path}")
        self.written.add(relative)
        target = self.staging.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.content)

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
