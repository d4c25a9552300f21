"""A damaged cache costs time, never a wrong page and never a traceback.

Every file the seed builds leave in ``.cuttings-cache/`` is damaged in turn (cut to half its length; 64 bytes in
its middle garbled), and the next build, after no edit, a text-only edit or a new article, must give the bytes a
clean build gives (fresh cache, fresh output). Whatever it says of the damage is one line.
"""

from __future__ import annotations

import logging
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

import pytest

from cuttings.model import BuildSettings
from cuttings.pipeline import build_site
from tests.conftest import SEED_CONTENT

NEW_ARTICLE = (
    "Bus lane plan approved\n\n3 March 2021\n\n"
    "A new bus lane on the ring road was approved by Northfold Council on Tuesday.\n\n"
    '"It will cut journey times," said Councillor Jane Abernethy, the cabinet member for transport.\n'
)
ADDED_PARAGRAPH = "\n\nThe meeting ended shortly after nine in the evening.\n"
CACHE_KINDS = {
    "articles": "articles.sqlite",
    "linked catalogue": "linked.pickle",
    "linked patch": "linked.pickle.patch",
    "manifest and page records": "sites/*.manifest",
    "search postings": "sites/*.postings",
    "compiled templates": "templates/*/*",
}
"""Every kind of file a build writes in the cache; ``test_every_cache_file_is_of_a_kind_tested`` keeps it so."""


def truncated(data: bytes) -> bytes:
    return data[:len(data) // 2]


def garbled(data: bytes) -> bytes:
    start = max(0, len(data) // 2 - 32)
    noise = random.Random(len(data)).randbytes(64)
    middle = bytes(byte ^ (mask | 1) for byte, mask in zip(data[start:start + 64], noise, strict=False))
    return data[:start] + middle + data[start + 64:]


DAMAGE: dict[str, Callable[[bytes], bytes]] = {"truncated": truncated, "garbled": garbled}


def edit_nothing(content: Path) -> None:
    return None


def edit_text(content: Path) -> None:
    first = sorted(content.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + ADDED_PARAGRAPH, encoding="utf-8")


def add_article(content: Path) -> None:
    (content / "bus-lane.txt").write_text(NEW_ARTICLE, encoding="utf-8")


EDITS: dict[str, Callable[[Path], None]] = {"no edit": edit_nothing, "text edit": edit_text,
                                            "new article": add_article}


def settings(content: Path, output: Path, cache: Path) -> BuildSettings:
    return BuildSettings(content_dir=content, output_dir=output, cache_dir=cache, quiet=True)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


def seed_content(folder: Path) -> Path:
    """The seed articles, one of them edited since: the cache then holds a relinked build's files too."""
    shutil.copytree(SEED_CONTENT, folder)
    second = sorted(folder.glob("*.txt"))[1]
    second.write_text(second.read_text(encoding="utf-8") + ADDED_PARAGRAPH, encoding="utf-8")
    return folder


@dataclass
class Seeded:
    root: Path
    content: Path
    output: Path
    cache: Path
    cache_files: list[str]
    expected: dict[str, dict[str, bytes]]
    """The clean build's output after each edit."""

    def restore(self) -> None:
        """The output and cache as the seed builds left them, at the paths they were built at (the cache knows
        an output folder by its path)."""
        for name in ("output", "cache"):
            target = getattr(self, name)
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(self.root / f"seed-{name}", target, symlinks=True)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    root = tmp_path_factory.mktemp("damaged-cache")
    content = root / "content"
    shutil.copytree(SEED_CONTENT, content)
    output, cache = root / "site", root / "cache"
    build_site(settings(content, output, cache))
    edit = sorted(content.glob("*.txt"))[1]
    edit.write_text(edit.read_text(encoding="utf-8") + ADDED_PARAGRAPH, encoding="utf-8")
    assert build_site(settings(content, output, cache)).relinked
    shutil.copytree(output, root / "seed-output", symlinks=True)
    shutil.copytree(cache, root / "seed-cache", symlinks=True)
    expected = {}
    for name, apply in EDITS.items():
        clean = seed_content(root / f"clean-{len(expected)}" / "content")
        apply(clean)
        build_site(settings(clean, clean.parent / "site", clean.parent / "cache"))
        expected[name] = snapshot(clean.parent / "site")
    files = sorted(path.relative_to(cache).as_posix() for path in cache.rglob("*") if path.is_file())
    return Seeded(root, content, output, cache, files, expected)


def test_every_cache_file_is_of_a_kind_tested(seeded: Seeded) -> None:
    assert seeded.cache_files
    for name in seeded.cache_files:
        assert any(fnmatch(name, pattern) for pattern in CACHE_KINDS.values()), f"{name} is not damaged by a test"
    for kind, pattern in CACHE_KINDS.items():
        assert any(fnmatch(name, pattern) for name in seeded.cache_files), f"the seed builds wrote no {kind}"


@pytest.mark.parametrize("edit", list(EDITS))
@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("kind", list(CACHE_KINDS))
def test_a_damaged_cache_file_never_makes_a_wrong_site(seeded: Seeded, kind: str, damage: str, edit: str,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    damaged_files = [name for name in seeded.cache_files if fnmatch(name, CACHE_KINDS[kind])]
    for name in damaged_files:
        seeded.restore()
        path = seeded.cache / name
        path.write_bytes(DAMAGE[damage](path.read_bytes()))
        changed = sorted(seeded.content.glob("*.txt"))[0]
        before = changed.read_bytes()
        EDITS[edit](seeded.content)
        caplog.clear()
        try:
            with caplog.at_level(logging.WARNING):
                build_site(settings(seeded.content, seeded.output, seeded.cache))
            assert snapshot(seeded.output) == seeded.expected[edit], f"{name} {damage}: not the clean site"
            for record in caplog.records:
                assert "\n" not in record.getMessage()
            # What the build left in the cache is sound: the next build gives the same site.
            build_site(settings(seeded.content, seeded.output, seeded.cache))
            assert snapshot(seeded.output) == seeded.expected[edit], f"{name} {damage}: wrong site a build later"
        finally:
            changed.write_bytes(before)
            (seeded.content / "bus-lane.txt").unlink(missing_ok=True)
