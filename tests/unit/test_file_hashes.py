"""Content files unchanged since the last build are not read again; any write to one is seen."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from cuttings import cache
from cuttings.cache import FileHashes
from cuttings.read import scan_file


def stamp_of(path: Path) -> tuple[int, int, int, int]:
    status = path.stat()
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def test_a_file_written_just_now_is_not_remembered(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Fresh text.")
    hashes = FileHashes(tmp_path / "cache")
    scan_file(article, tmp_path, known=hashes)
    hashes.save()
    assert FileHashes(tmp_path / "cache").get(os.fspath(article), stamp_of(article)) is None


def test_a_settled_file_is_known_by_its_stamp_and_any_write_changes_it(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "SETTLED_NS", -10**12)  # as if every file had been written long ago
    article = tmp_path / "a.txt"
    article.write_text("First text.")
    hashes = FileHashes(tmp_path / "cache")
    first = scan_file(article, tmp_path, known=hashes)
    hashes.save()

    class Unreadable(FileHashes):
        def note(self, path: str, stamp: tuple[int, int, int, int], content_hash: str) -> None:
            raise AssertionError("the file was read again")

    assert scan_file(article, tmp_path, known=Unreadable(tmp_path / "cache")).content_hash == first.content_hash

    # Same size, and the modification time put back: the change time still moves.
    modified = article.stat().st_mtime_ns
    time.sleep(0.05)
    article.write_text("Other text.")
    os.utime(article, ns=(modified, modified))
    again = scan_file(article, tmp_path, known=FileHashes(tmp_path / "cache"))
    assert again.content_hash == hashlib.sha256(b"Other text.").hexdigest() != first.content_hash


def test_only_files_met_in_this_build_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "SETTLED_NS", -10**12)
    kept, gone = tmp_path / "kept.txt", tmp_path / "gone.txt"
    kept.write_text("Kept.")
    gone.write_text("Gone.")
    hashes = FileHashes(tmp_path / "cache")
    for path in (kept, gone):
        scan_file(path, tmp_path, known=hashes)
    hashes.save()
    hashes = FileHashes(tmp_path / "cache")
    scan_file(kept, tmp_path, known=hashes)
    hashes.save()
    assert set(FileHashes(tmp_path / "cache").previous) == {os.fspath(kept)}
