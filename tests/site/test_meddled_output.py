"""An output folder changed by hand between builds (or while one runs) is made the clean build's again.

A page deleted, a folder where a page goes, a page where a folder goes, a link to a folder elsewhere: the next
build gives the bytes a clean build gives (fresh cache, fresh output), writes nothing outside the output folder and
leaves nothing beside it, and says nothing but one-line warnings.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cuttings.model import BuildSettings
from cuttings.pipeline import build_site
from cuttings.write import SiteWriter
from tests.conftest import SEED_CONTENT, snapshot

ADDED_PARAGRAPH = "\n\nThe meeting ended shortly after nine in the evening.\n"


def settings(content: Path, output: Path, cache: Path) -> BuildSettings:
    return BuildSettings(content_dir=content, output_dir=output, cache_dir=cache, quiet=True)




def edit_text(content: Path) -> None:
    first = sorted(content.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + ADDED_PARAGRAPH, encoding="utf-8")


@dataclass
class Built:
    root: Path
    expected: dict[str, dict[str, bytes]]
    """The clean build's output, with no edit and after a text edit."""

    def start(self, folder: Path) -> tuple[Path, Path, Path]:
        """Content, output and cache as the seed build left them, below ``folder``."""
        for name in ("content", "site", "cache"):
            shutil.copytree(self.root / name, folder / name, symlinks=True)
        return folder / "content", folder / "site", folder / "cache"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("meddled")
    shutil.copytree(SEED_CONTENT, root / "content")
    build_site(settings(root / "content", root / "site", root / "cache"))
    edited = root / "edited"
    shutil.copytree(SEED_CONTENT, edited / "content")
    edit_text(edited / "content")
    build_site(settings(edited / "content", edited / "site", edited / "cache"))
    return Built(root, {"no edit": snapshot(root / "site"), "text edit": snapshot(edited / "site")})


def a_person_page(output: Path) -> Path:
    return sorted(output.glob("people/*/index.html"))[0]


def delete_a_page(output: Path, outside: Path) -> None:
    a_person_page(output).unlink()


def a_folder_where_a_page_goes(output: Path, outside: Path) -> None:
    page = a_person_page(output)
    page.unlink()
    (page / "stray").mkdir(parents=True)
    (page / "stray" / "note.txt").write_text("left by hand")


def an_empty_folder_where_a_page_goes(output: Path, outside: Path) -> None:
    page = output / "index.html"
    page.unlink()
    page.mkdir()


def a_page_where_a_folder_goes(output: Path, outside: Path) -> None:
    folder = a_person_page(output).parent
    shutil.rmtree(folder)
    folder.write_text("a file where the person's folder was")


def a_link_to_a_folder_elsewhere(output: Path, outside: Path) -> None:
    """The people's folder moved out of the site and linked back: the build must not write through the link."""
    shutil.move(output / "people", outside / "people")
    (output / "people").symlink_to(outside / "people", target_is_directory=True)


def a_link_to_a_page_elsewhere(output: Path, outside: Path) -> None:
    page = output / "index.html"
    shutil.move(page, outside / "index.html")
    page.symlink_to(outside / "index.html")


MEDDLING: dict[str, Callable[[Path, Path], None]] = {
    "page deleted": delete_a_page, "folder where a page goes": a_folder_where_a_page_goes,
    "empty folder where a page goes": an_empty_folder_where_a_page_goes,
    "page where a folder goes": a_page_where_a_folder_goes, "link to a folder elsewhere": a_link_to_a_folder_elsewhere,
    "link to a page elsewhere": a_link_to_a_page_elsewhere,
}


@pytest.mark.parametrize("edit", ["no edit", "text edit"])
@pytest.mark.parametrize("meddling", list(MEDDLING))
def test_an_output_changed_by_hand_is_made_the_clean_builds_again(built: Built, tmp_path: Path, meddling: str,
                                                                  edit: str, caplog: pytest.LogCaptureFixture) -> None:
    content, output, cache = built.start(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    MEDDLING[meddling](output, outside)
    if edit == "text edit":
        edit_text(content)
    elsewhere = snapshot(outside)
    with caplog.at_level(logging.WARNING):
        build_site(settings(content, output, cache))
    assert snapshot(output) == built.expected[edit]
    assert snapshot(outside) == elsewhere, "written outside the output folder"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cache", "content", "elsewhere", "site"]
    assert all("\n" not in record.getMessage() for record in caplog.records)
    build_site(settings(content, output, cache))
    assert snapshot(output) == built.expected[edit], "not the clean site a build later"


def test_a_page_deleted_while_a_build_runs_is_back_after_the_next(built: Built, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Deleted after the build checked the output against the last build's list, before it writes: the build keeps
    the pages it did not remake as they were (it may not see the file is gone, as if it were deleted just after),
    and the next build, finding the output not as it left it, gives the clean site."""
    content, output, cache = built.start(tmp_path)
    page = a_person_page(output)
    edit_text(content)
    opened = SiteWriter.__init__

    def then_delete(writer: SiteWriter, *args: object) -> None:
        opened(writer, *args)  # type: ignore[arg-type]
        page.unlink()

    monkeypatch.setattr(SiteWriter, "__init__", then_delete)
    build_site(settings(content, output, cache))
    monkeypatch.undo()
    relative = page.relative_to(output).as_posix()
    assert {path: data for path, data in snapshot(output).items() if path != relative} == \
        {path: data for path, data in built.expected["text edit"].items() if path != relative}
    build_site(settings(content, output, cache))
    assert snapshot(output) == built.expected["text edit"]
