"""Content files unchanged since the last build are not read again; any write to one is seen, one in the same clock
tick as the last build's look at it included; the hashes are kept in the manifest's file, checked when read."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from cuttings import cache
from cuttings.cache import FileHashes, Manifest, load_manifest, save_manifest
from cuttings.read import FileStamp, scan_file

Kept = dict[str, tuple[FileStamp, str]]


def stamp_of(path: Path) -> FileStamp:
    status = path.stat()
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def scanned(paths: list[Path], folder: Path, previous: Kept | None) -> tuple[list[str], Kept]:
    """Each file's hash, scanned as a build does with the last build's ``previous``; what this build keeps."""
    hashes = FileHashes(previous)
    return [scan_file(path, folder, known=hashes).content_hash for path in paths], hashes.current


class Unread(FileHashes):
    def note(self, path: str, stamp: FileStamp, content_hash: str) -> None:
        raise AssertionError(f"{path} was read again")


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if every file had been written long before the build."""
    monkeypatch.setattr(cache, "SETTLED_NS", -10**12)


def test_a_file_written_just_now_is_not_kept(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Fresh text.")
    assert scanned([article], tmp_path, None) == ([hashlib.sha256(b"Fresh text.").hexdigest()], {})


def test_the_racy_rule_keeps_only_files_written_two_seconds_before_the_build() -> None:
    hashes = FileHashes(None)
    start = hashes.settled_ns + cache.SETTLED_NS
    hashes.note("/same-tick", (5, start, start, 1), "a")
    hashes.note("/a-second-before", (5, start - 10**9, start - 10**9, 2), "b")
    hashes.note("/changed-a-second-before", (5, start - 3 * 10**9, start - 10**9, 3), "c")
    hashes.note("/settled", (5, start - 3 * 10**9, start - 3 * 10**9, 4), "d")
    assert set(hashes.current) == {"/settled"}


@pytest.mark.usefixtures("settled")
def test_a_settled_file_is_known_by_its_stamp_and_a_same_size_write_is_seen(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("First text.")
    [first], kept = scanned([article], tmp_path, None)
    assert scan_file(article, tmp_path, known=Unread(kept)).content_hash == first
    # Same size, the modification time put back: the change time still moves.
    modified = article.stat().st_mtime_ns
    time.sleep(0.01)
    article.write_text("Other text.")
    os.utime(article, ns=(modified, modified))
    assert scanned([article], tmp_path, kept)[0] == [hashlib.sha256(b"Other text.").hexdigest()]


@pytest.mark.usefixtures("settled")
def test_a_file_touched_but_unchanged_is_read_again_and_kept_with_its_new_stamp(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Some text.")
    [first], kept = scanned([article], tmp_path, None)
    os.utime(article, ns=(0, 10**9))
    assert FileHashes(kept).get(os.fspath(article), stamp_of(article)) is None
    again, kept = scanned([article], tmp_path, kept)
    assert again == [first]
    assert scan_file(article, tmp_path, known=Unread(kept)).content_hash == first


@pytest.mark.usefixtures("settled")
def test_only_files_met_in_this_build_are_kept(tmp_path: Path) -> None:
    present, gone = tmp_path / "kept.txt", tmp_path / "gone.txt"
    present.write_text("Kept.")
    gone.write_text("Gone.")
    _, kept = scanned([present, gone], tmp_path, None)
    _, kept = scanned([present], tmp_path, kept)
    assert set(kept) == {os.fspath(present)}


@pytest.mark.usefixtures("settled")
def test_the_hashes_go_with_the_manifest_and_a_damaged_file_gives_none(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Some text.")
    _, kept = scanned([article], tmp_path, None)
    save_manifest(tmp_path / "cache", tmp_path / "site", Manifest("fp", 1, 0, 0, []), None, kept)
    saved = load_manifest(tmp_path / "cache", tmp_path / "site")
    assert saved is not None and saved[2] == kept
    path = cache.site_path(tmp_path / "cache", tmp_path / "site", "manifest")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert load_manifest(tmp_path / "cache", tmp_path / "site") is None
    assert path.with_name(path.name + ".damaged").exists()
