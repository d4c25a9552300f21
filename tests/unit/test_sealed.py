"""Cache files are written whole or not at all, and a damaged one is set aside, never read."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cuttings.sealed import read_sealed, remove_abandoned, write_sealed


def test_values_round_trip_and_another_header_is_none(tmp_path: Path) -> None:
    path = tmp_path / "file"
    write_sealed(path, "v1", [b"one", b"", {"a": [2, 3]}])
    assert read_sealed(path, "v1") == [b"one", b"", {"a": [2, 3]}]
    assert read_sealed(path, "v2") is None
    assert path.exists(), "a file of another header is not damaged"
    assert list(tmp_path.iterdir()) == [path], "no temporary file is left"


@pytest.mark.parametrize("damage", ["truncate", "garble", "append", "checksum"])
def test_a_damaged_file_is_set_aside_with_one_line(tmp_path: Path, damage: str,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "file"
    write_sealed(path, "v1", [list(range(1000)), "second"])
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[:len(data) // 2]
    elif damage == "garble":
        data[len(data) // 2] ^= 0xFF
    elif damage == "append":
        data += b"x"
    else:
        data[-1] ^= 0x01
    with caplog.at_level(logging.WARNING):
        path.write_bytes(bytes(data))
        assert read_sealed(path, "v1") is None
    assert not path.exists() and (tmp_path / "file.damaged").read_bytes() == bytes(data)
    assert len(caplog.records) == 1 and "\n" not in caplog.records[0].getMessage()
    assert "damaged" in caplog.records[0].getMessage()


def test_a_missing_file_or_one_of_another_format_is_quietly_none(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert read_sealed(tmp_path / "missing", "v1") is None
        (tmp_path / "old").write_bytes(b"\x80\x05an older pickle")
        assert read_sealed(tmp_path / "old", "v1") is None
    assert (tmp_path / "old").exists() and not caplog.records


def test_temporary_files_of_ended_processes_are_removed_and_no_others(tmp_path: Path) -> None:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    (tmp_path / "templates").mkdir()
    left = [tmp_path / f"articles.sqlite.{process.pid}.abcd1234.tmp",
            tmp_path / "templates" / f"x.compiled.{process.pid}.q_rs5678.tmp"]
    kept = [tmp_path / f"memo.pickle.{os.getpid()}.abcd1234.tmp", tmp_path / "notes.tmp", tmp_path / "memo.pickle"]
    for path in (*left, *kept):
        path.write_bytes(b"half")
    remove_abandoned(tmp_path.rglob("*.tmp"))
    assert not any(path.exists() for path in left)
    assert all(path.exists() for path in kept)
    # A killed build's staging folder beside the output is named and removed the same way (``cuttings/write.py``).
    staging, live = tmp_path / f".site.{process.pid}.ab_d1234", tmp_path / f".site.{os.getpid()}.ab_d1234"
    for folder in (staging, live):
        (folder / "a").mkdir(parents=True)
        (folder / "a" / "page.html").write_bytes(b"half")
    remove_abandoned(tmp_path.iterdir())
    assert not staging.exists() and live.exists() and all(path.exists() for path in kept)


def test_a_file_written_atomically_leaves_no_temporary_file(tmp_path: Path) -> None:
    write_sealed(tmp_path / "kept.pickle", "v1", [1, 2])
    assert [path.name for path in tmp_path.iterdir()] == ["kept.pickle"]
