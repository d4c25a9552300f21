"""benchmarks/sizes.py and the size table of benchmarks/scale.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import scale
from benchmarks.sizes import breakdown, peer_part_of


def write(root: Path, relative: str, size: int) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)


def test_breakdown_sorts_files_into_parts_and_finds_the_largest_page(tmp_path: Path) -> None:
    write(tmp_path, "articles/a/index.html", 300)
    write(tmp_path, "people/p/index.html", 900)
    write(tmp_path, "people/p/feed.xml", 50)
    write(tmp_path, "search/text/0.json.gz", 70)
    found = breakdown(tmp_path)
    assert found.bytes_by_part["people"] == 900 and found.bytes_by_part["feeds"] == 50
    assert found.files_by_part["search"] == 1 and found.total_files == 4
    assert found.largest_html == (900, "people/p/index.html")


def test_peer_files_count_as_their_kind() -> None:
    assert peer_part_of("tag/jo-bloggs.html") == "people"
    assert peer_part_of("people/jo-bloggs/index.html") == "people"
    assert peer_part_of("some-article.html") == "articles"
    assert peer_part_of("articles/x/index.html") == "articles"
    assert peer_part_of("index2.html") == "other"
    assert peer_part_of("feeds/all.atom.xml") == "feeds"


def test_size_subsections_are_replaced_per_n(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Benchmarks\n\n## Scale\n\nold\n\n## Other\n\nkept\n", encoding="utf-8")
    monkeypatch.setattr(scale, "README", readme)
    scale.write_size_readme(1000, "### 1,000 articles\n\nfirst\n")
    scale.write_size_readme(10000, "### 10,000 articles\n\nsecond\n")
    scale.write_size_readme(1000, "### 1,000 articles\n\nagain\n")
    text = readme.read_text(encoding="utf-8")
    assert "first" not in text and "again" in text and "second" in text and "kept" in text
    assert text.index("again") < text.index("second")
