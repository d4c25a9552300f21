"""The writer moves new and changed files into the output, once the build has succeeded; it refuses paths outside."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cuttings.errors import CuttingsError
from cuttings.model import Page, StreamedPage
from cuttings.write import SiteWriter, output_files


def test_commit_replaces_previous_site(tmp_path: Path) -> None:
    output = tmp_path / "site"
    output.mkdir()
    (output / "old.html").write_text("old")
    with SiteWriter(output) as writer:
        writer.write(Page("index.html", b"new"))
    assert (output / "index.html").read_bytes() == b"new"
    assert not (output / "old.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_failed_build_leaves_previous_site(tmp_path: Path) -> None:
    output = tmp_path / "site"
    output.mkdir()
    (output / "index.html").write_text("previous")
    with pytest.raises(RuntimeError), SiteWriter(output) as writer:
        writer.write(Page("index.html", b"half"))
        raise RuntimeError("render failed")
    assert (output / "index.html").read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


@pytest.mark.parametrize("path", ["../x.html", "/etc/x", "a/../../x", "a\\..\\x"])
def test_refuses_paths_outside(tmp_path: Path, path: str) -> None:
    writer = SiteWriter(tmp_path / "site")
    with pytest.raises(CuttingsError, match="outside"):
        writer.write(Page(path, b"x"))
    writer.abandon()


def test_refuses_double_write(tmp_path: Path) -> None:
    writer = SiteWriter(tmp_path / "site")
    writer.write(Page("a.html", b"1"))
    with pytest.raises(CuttingsError, match="same path"):
        writer.write(Page("a.html", b"2"))
    writer.abandon()


def previous_site(output: Path) -> dict[str, list[int]]:
    for path, text in {"same.html": "same", "kept/index.html": "kept", "edited.html": "before",
                       "gone/deep/index.html": "gone"}.items():
        (output / path).parent.mkdir(parents=True, exist_ok=True)
        (output / path).write_text(text)
    return {p.relative_to(output).as_posix(): [p.stat().st_size, p.stat().st_mtime_ns]
            for p in output.rglob("*") if p.is_file()}


def test_update_in_place_moves_only_changes_and_removes_what_is_gone(tmp_path: Path) -> None:
    output = tmp_path / "site"
    files = previous_site(output)
    inodes = {path: (output / path).stat().st_ino for path in files}
    with SiteWriter(output, files) as writer:
        writer.write(Page("same.html", b"same"))
        writer.write(Page("kept/index.html", b"", reused=True))
        writer.write(Page("edited.html", b"after"))
        writer.write(Page("new/index.html", b"new"))
    assert (output / "edited.html").read_text() == "after"
    assert (output / "new/index.html").read_text() == "new"
    assert not (output / "gone").exists(), "emptied folders go too"
    assert (output / "same.html").stat().st_ino == inodes["same.html"]
    assert (output / "kept/index.html").stat().st_ino == inodes["kept/index.html"]
    assert sorted(map(str, writer.changed)) == ["edited.html", "new/index.html"]
    after = writer.files_after()
    assert after == {p.relative_to(output).as_posix(): [p.stat().st_size, p.stat().st_mtime_ns]
                     for p in output.rglob("*") if p.is_file()}
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_failed_update_in_place_leaves_the_site(tmp_path: Path) -> None:
    output = tmp_path / "site"
    files = previous_site(output)
    with pytest.raises(RuntimeError), SiteWriter(output, files) as writer:
        writer.write(Page("edited.html", b"after"))
        raise RuntimeError("render failed")
    assert (output / "edited.html").read_text() == "before"
    assert (output / "gone/deep/index.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def streamed(path: str, *pieces: bytes) -> StreamedPage:
    return StreamedPage(path, lambda: iter(pieces))


@pytest.mark.parametrize("listed", [False, True])
def test_streamed_pages_are_written_only_when_their_bytes_change(tmp_path: Path, listed: bool) -> None:
    output = tmp_path / "site"
    with SiteWriter(output) as writer:
        writer.write(streamed("data/same.json", b"[\n", b"1", b"\n]\n"))
        writer.write(streamed("data/edited.json", b"[\n1\n]\n"))
    inode = (output / "data/same.json").stat().st_ino
    files = {p.relative_to(output).as_posix(): [p.stat().st_size, p.stat().st_mtime_ns]
             for p in output.rglob("*") if p.is_file()}
    with SiteWriter(output, files if listed else None) as writer:
        writer.write(streamed("data/same.json", b"[\n1\n]", b"\n"))
        writer.write(streamed("data/edited.json", b"[\n2\n]\n"))
        writer.write(streamed("data/new.json", b"[]\n"))
    assert sorted(map(str, writer.changed)) == ["data/edited.json", "data/new.json"]
    assert (output / "data/same.json").stat().st_ino == inode, "unchanged bytes keep the previous file"
    assert (output / "data/edited.json").read_bytes() == b"[\n2\n]\n"
    assert (output / "data/new.json").read_bytes() == b"[]\n"
    assert streamed("x", b"a", b"b").content == b"ab"


def ended_process_id() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_new_build_removes_the_staging_folders_of_killed_builds_only(tmp_path: Path) -> None:
    output = tmp_path / "site"
    gone, alive = ended_process_id(), os.getpid()
    left = [tmp_path / f".site.{gone}.abcd1234", tmp_path / f".site.{gone}.x_yz9876"]
    kept = [tmp_path / f".site.{alive}.abcd1234", tmp_path / ".site.backup", tmp_path / f".site.{gone}.notours",
            tmp_path / f".other.{gone}.abcd1234"]
    for folder in (*left, *kept):
        (folder / "people").mkdir(parents=True)
    with SiteWriter(output) as writer:
        writer.write(Page("index.html", b"<p>new</p>"))
    assert not any(folder.exists() for folder in left)
    assert all(folder.exists() for folder in kept)


@pytest.mark.parametrize(("path", "written"), [("people//ann/index.html", "people/ann/index.html"),
                                               ("./index.html", "index.html"),
                                               ("people/./ann/index.html", "people/ann/index.html")])
def test_a_path_spelled_with_empty_or_dot_parts_is_written_once_where_it_points(tmp_path: Path, path: str,
                                                                                written: str) -> None:
    with SiteWriter(tmp_path / "site") as writer:
        writer.write(Page(path, b"page"))
        with pytest.raises(CuttingsError, match=f"same path: {re.escape(written)}$"):
            writer.write(Page(written, b"other"))
    assert writer.written == {written}
    assert {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()} == {f"site/{written}"}


@pytest.mark.parametrize("path", ["", ".", "./", "a/..", "//etc/x", "./../x"])
def test_a_path_that_is_no_file_of_the_folder_is_refused(tmp_path: Path, path: str) -> None:
    writer = SiteWriter(tmp_path / "site")
    with pytest.raises(CuttingsError, match="outside the output folder"):
        writer.write(Page(path, b"x"))
    writer.abandon()
    assert list(tmp_path.iterdir()) == []


def test_a_kept_page_the_previous_build_did_not_write_is_an_error_naming_it(tmp_path: Path) -> None:
    output = tmp_path / "site"
    files = previous_site(output)
    with pytest.raises(CuttingsError) as caught, SiteWriter(output, files) as writer:
        writer.write(Page("kept/index.html", b"", reused=True))
        writer.write(Page("people/ann/index.html", b"", reused=True))
    assert str(caught.value) == f"{output / 'people/ann/index.html'}: a kept page is missing from the previous " \
                                "build; build again"
    assert output_files(output) == files, "the previous site is left as it was"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_two_parts_writing_one_path_is_an_error_naming_it(tmp_path: Path) -> None:
    """Parts write through forked copies of the writer; the build adopts what each wrote."""
    output = tmp_path / "site"
    files = previous_site(output)
    with pytest.raises(CuttingsError, match=r"^two pages would be written to the same path: b\.html$"), \
            SiteWriter(output, files) as writer:
        writer.write(Page("a.html", b"a"))
        writer.adopt({"b.html", "c.html"}, ["b.html", "c.html"])
        writer.adopt({"b.html", "d.html"}, ["b.html", "d.html"])
    with pytest.raises(CuttingsError, match=r"same path: a\.html$"), SiteWriter(output, files) as writer:
        writer.write(Page("a.html", b"a"))
        writer.adopt({"a.html"}, [])
    assert output_files(output) == files
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_page_replaces_a_folder_and_a_folder_replaces_a_page(tmp_path: Path) -> None:
    """``edited.html`` becomes a folder of pages; ``gone`` (a folder of pages) and ``kept`` (a folder of one page)
    become pages; an empty folder planted where a page goes is replaced too."""
    output = tmp_path / "site"
    files = previous_site(output)
    (output / "planted.html").mkdir()
    files = output_files(output)
    with SiteWriter(output, files) as writer:
        writer.write(Page("same.html", b"same"))
        writer.write(Page("edited.html/index.html", b"now a folder"))
        writer.write(Page("gone", b"now a page"))
        writer.write(Page("kept", b"now a page too"))
        writer.write(Page("planted.html", b"planted"))
    assert {p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()} == {
        "same.html": b"same", "edited.html/index.html": b"now a folder", "gone": b"now a page",
        "kept": b"now a page too", "planted.html": b"planted"}
    assert writer.files_after() == output_files(output)
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_link_planted_in_the_output_is_replaced_never_written_through(tmp_path: Path) -> None:
    output, outside = tmp_path / "site", tmp_path / "outside"
    (outside / "ann").mkdir(parents=True)
    (outside / "ann" / "index.html").write_text("not the site's")
    (outside / "page.html").write_text("not the site's either")
    previous_site(output)
    (output / "people").symlink_to(outside, target_is_directory=True)
    (output / "page.html").symlink_to(outside / "page.html")
    with SiteWriter(output) as writer:
        writer.write(Page("people/ann/index.html", b"Ann"))
        writer.write(Page("page.html", b"page"))
    assert (outside / "ann" / "index.html").read_text() == "not the site's"
    assert (outside / "page.html").read_text() == "not the site's either"
    assert sorted(p.relative_to(outside).as_posix() for p in outside.rglob("*")) == ["ann", "ann/index.html",
                                                                                      "page.html"]
    assert not (output / "people").is_symlink() and not (output / "page.html").is_symlink()
    assert output_files(output).keys() == {"people/ann/index.html", "page.html"}
