"""benchmarks/peers.py: the parts that need neither Pelican nor Hugo installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks import peers

MARKDOWN = """---
title: 'Ferry: timetable changes (update 1)'
date: 2011-03-04
people:
- Anna Kowalczyk
- Tom Pemberton
slug: news-007-1
---

The ferry will sail twice a day, Anna Kowalczyk said.

Tom Pemberton agreed.
"""


def test_pelican_article_has_people_as_tags(tmp_path: Path) -> None:
    source = tmp_path / "000001-news-007-1.md"
    source.write_text(MARKDOWN, encoding="utf-8")

    header, body = peers.pelican_article(source).split("\n\n", 1)

    assert header.splitlines() == [
        "Title: Ferry: timetable changes (update 1)",
        "Date: 2011-03-04",
        "Slug: news-007-1",
        "Tags: Anna Kowalczyk, Tom Pemberton",
    ]
    assert body == "The ferry will sail twice a day, Anna Kowalczyk said.\n\nTom Pemberton agreed.\n"


def test_run_measured_reports_the_childs_peak_memory(tmp_path: Path) -> None:
    allocate = "block = bytearray(80 * 2**20); block[::4096] = b'x' * len(block[::4096])"

    run = peers.run_measured([sys.executable, "-c", allocate], tmp_path, tmp_path / "log")

    assert run.peak_rss_bytes >= 80 * 2**20
    assert run.seconds > 0


def test_run_measured_raises_with_the_log_when_the_build_fails(tmp_path: Path) -> None:
    fail = "import sys; print('theme not found'); sys.exit(3)"

    with pytest.raises(peers.PeerError, match=r"(?s)exited with 3.*theme not found"):
        peers.run_measured([sys.executable, "-c", fail], tmp_path, tmp_path / "log")


def test_folder_size_counts_every_file(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.html").write_bytes(b"12345")
    (tmp_path / "y.xml").write_bytes(b"123")

    assert peers.folder_size(tmp_path) == (8, 2)


def test_no_markdown_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(peers.PeerError, match=r"no \.md articles"):
        peers.markdown_files(tmp_path)


def test_rebuilds_times_an_unchanged_run_then_one_after_the_middle_article_is_edited(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for name in ("a.md", "b.md", "c.md"):
        (content / name).write_text("Body.\n", encoding="utf-8")
    record = ("import pathlib; "
              "pathlib.Path('runs').open('a').write(str(len(pathlib.Path('content/b.md').read_text())) + ' ')")

    warm, edit = peers.rebuilds([sys.executable, "-c", record], tmp_path, content, tmp_path, "peer")

    lengths = [int(word) for word in (tmp_path / "runs").read_text().split()]
    assert lengths == [len("Body.\n"), len("Body.\n") + len(peers.EDIT_PARAGRAPH)]
    assert (content / "a.md").read_text() == (content / "c.md").read_text() == "Body.\n"
    assert warm > 0 and edit > 0
