"""A damaged cache costs time, never a wrong page and never a traceback.

Every file the seed builds leave in ``.cuttings-cache/`` is damaged in turn (cut to half its length; 64 bytes in
its middle garbled), and the next build, after no edit, a text-only edit or a new article, must give the bytes a
clean build gives (fresh cache, fresh output). Whatever it says of the damage is one line.
"""

from __future__ import annotations

import logging
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

import pytest

from cuttings.cache import ArticleCache, load_manifest, save_manifest
from cuttings.errors import CuttingsError
from cuttings.model import BuildSettings
from cuttings.pipeline import build_site
from tests.conftest import SEED_CONTENT, snapshot

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


def one_line_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    messages = [record.getMessage() for record in caplog.records]
    assert all("\n" not in message for message in messages), messages
    return messages


def test_a_record_garbled_in_the_article_store_between_builds_is_inferred_again(
        seeded: Seeded, caplog: pytest.LogCaptureFixture) -> None:
    """Bytes of one stored article changed where SQLite never looks (inside the record): the record fails its own
    check. The output folder is deleted first, so the build takes its articles from the store."""
    store = seeded.cache / "articles.sqlite"
    seeded.restore()
    with sqlite3.connect(store) as connection:
        records = [data for (data,) in connection.execute("SELECT data FROM articles ORDER BY key")]
    connection.close()
    found: list[bool] = []
    for number, record in enumerate(records):
        seeded.restore()
        shutil.rmtree(seeded.output)
        data = bytearray(store.read_bytes())
        assert data.count(record) == 1
        data[data.find(record) + len(record) // 2] ^= 0x5A
        store.write_bytes(bytes(data))
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            report = build_site(settings(seeded.content, seeded.output, seeded.cache))
        assert snapshot(seeded.output) == seeded.expected["no edit"], f"record {number}: not the clean site"
        # A record of an article the content no longer has (the edited one's first version) is never read.
        read = report.articles_inferred == 1
        found.append(read)
        assert one_line_warnings(caplog) == read * [f"warning: 1 damaged record(s) in the cache file {store}; "
                                                    "worked out again"], f"record {number}"
        # Stored again, sound: the next build (its output gone again) infers nothing and warns of nothing.
        shutil.rmtree(seeded.output)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            report = build_site(settings(seeded.content, seeded.output, seeded.cache))
        assert snapshot(seeded.output) == seeded.expected["no edit"]
        assert (report.articles_inferred, one_line_warnings(caplog)) == (0, [])
    assert sum(found) == len(list(seeded.content.glob("*.txt"))), "each article's record was garbled once"


@pytest.mark.parametrize("when", ["present", "load", "store"])
def test_the_article_store_cut_short_while_a_build_has_it_open_is_set_aside(
        seeded: Seeded, when: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The store's file cut to half its length (a full disk, another program) after the build opened it, just
    before it asks which articles the store holds, loads them, or stores those it inferred: SQLite finds the damage
    then, not on opening. The file is set aside with one line naming it, the build gives the clean site, and so does
    the next."""
    seeded.restore()
    shutil.rmtree(seeded.output)  # so that the build loads its articles from the store
    add_article(seeded.content)
    store = seeded.cache / "articles.sqlite"
    original = getattr(ArticleCache, when)

    def cut_first(cache: ArticleCache, *args: object) -> object:
        monkeypatch.setattr(ArticleCache, when, original)
        with store.open("r+b") as file:
            file.truncate(store.stat().st_size // 2)
        return original(cache, *args)

    monkeypatch.setattr(ArticleCache, when, cut_first)
    try:
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            build_site(settings(seeded.content, seeded.output, seeded.cache))
        assert getattr(ArticleCache, when) is original, "the store was not cut"
        assert snapshot(seeded.output) == seeded.expected["new article"]
        assert (seeded.cache / "articles.sqlite.damaged").exists()
        assert one_line_warnings(caplog) == [
            f"warning: the cache file {store} is damaged (database disk image is malformed); set aside as "
            "articles.sqlite.damaged; what it held is worked out again"]
        shutil.rmtree(seeded.output)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            report = build_site(settings(seeded.content, seeded.output, seeded.cache))
        assert snapshot(seeded.output) == seeded.expected["new article"]
        # Damage found on storing: the new file holds only what this build inferred, the rest are inferred again.
        articles = len(list(seeded.content.glob("*.txt")))
        assert (report.articles_inferred, one_line_warnings(caplog)) == (articles - 1 if when == "store" else 0, [])
    finally:
        (seeded.content / "bus-lane.txt").unlink()


def test_an_article_store_sqlite_cannot_open_does_not_stop_the_build(seeded: Seeded,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    """A folder where the store's file goes: every article is inferred again, the clean site is written, and what
    is wrong is said once, in one line naming the file (the build opens the store once)."""
    seeded.restore()
    shutil.rmtree(seeded.output)
    store = seeded.cache / "articles.sqlite"
    store.unlink()
    store.mkdir()
    with caplog.at_level(logging.WARNING):
        report = build_site(settings(seeded.content, seeded.output, seeded.cache))
    assert snapshot(seeded.output) == seeded.expected["no edit"]
    assert report.articles_inferred == len(list(seeded.content.glob("*.txt")))
    assert one_line_warnings(caplog) == [f"warning: the cache file {store} cannot be opened (unable to open "
                                         "database file); articles are inferred without it"]
    assert store.is_dir()


def test_a_kept_page_missing_from_the_manifest_fails_one_build_only(seeded: Seeded) -> None:
    """The page records say a page is kept, the manifest's file list (and the output) lack it: that build fails
    and says "build again", which must then give the clean site, even from the linked catalogue as it was before
    the failed build (that build also saved its changes, which alone spare the next one from failing)."""
    seeded.restore()
    victim = "search/names/fuzzy-d.json.gz"
    manifest, pages, hashes = load_manifest(seeded.cache, seeded.output)
    del manifest.files[victim]
    (seeded.output / victim).unlink()
    save_manifest(seeded.cache, seeded.output, manifest, pages, hashes)
    linked = {path: path.read_bytes() for path in seeded.cache.glob("linked.pickle*")}
    changed = sorted(seeded.content.glob("*.txt"))[0]
    before = changed.read_bytes()
    edit_text(seeded.content)
    try:
        with pytest.raises(CuttingsError, match="a kept page is missing from the previous build; build again"):
            build_site(settings(seeded.content, seeded.output, seeded.cache))
        for path in seeded.cache.glob("linked.pickle*"):
            path.unlink()
        for path, data in linked.items():
            path.write_bytes(data)
        build_site(settings(seeded.content, seeded.output, seeded.cache))
        assert snapshot(seeded.output) == seeded.expected["text edit"]
    finally:
        changed.write_bytes(before)
