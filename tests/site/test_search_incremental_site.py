"""Through whole builds: the search index is remade from the last build's postings after a small edit, gives the
site a clean build gives, and is worked out in full when the output is not what those postings were made for."""

from __future__ import annotations

from pathlib import Path

import pytest

from cuttings.errors import CuttingsError
from cuttings.search import incremental
from tests.site.test_incremental import build, snapshot

TOPICS = ("bus lane", "library", "swimming pool", "market hall", "bridge repairs", "school meals", "park cafe",
          "bin rounds", "flood defences", "town hall clock")


def write_articles(content: Path) -> None:
    content.mkdir()
    for number in range(24):
        topic = TOPICS[number % len(TOPICS)]
        (content / f"story-{number:02}.txt").write_text(
            f"Plans for the {topic} number {number} agreed\n\n{1 + number % 27} March 2021\n\n"
            f"The {topic} plan, the {number}th this year, was agreed by the town's cabinet on Tuesday.\n\n"
            f"Residents said the {topic} had been discussed for years and welcomed the decision.\n",
            encoding="utf-8")


@pytest.fixture
def updates(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each build's search index was remade from the last build's postings."""
    seen: list[bool] = []
    original = incremental.updated

    def spy(*arguments: object) -> object:
        update = original(*arguments)  # type: ignore[arg-type]
        seen.append(update is not None)
        return update

    monkeypatch.setattr(incremental, "updated", spy)
    return seen


def swap_word(content: Path, name: str, old: str, new: str) -> None:
    path = content / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def test_an_edit_remakes_the_search_index_from_the_last_postings(tmp_path: Path, updates: list[bool]) -> None:
    content = tmp_path / "content"
    write_articles(content)
    build(content, tmp_path / "site", tmp_path / "cache")
    assert updates == []
    swap_word(content, "story-05.txt", "welcomed", "applauded")  # the same number of words: averages stay
    build(content, tmp_path / "site", tmp_path / "cache")
    assert updates == [True]
    build(content, tmp_path / "clean", tmp_path / "clean-cache")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


def test_postings_of_a_build_that_failed_are_not_used(tmp_path: Path, updates: list[bool],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from cuttings.write import SiteWriter

    content = tmp_path / "content"
    write_articles(content)
    build(content, tmp_path / "site", tmp_path / "cache")
    before = snapshot(tmp_path / "site")
    swap_word(content, "story-07.txt", "welcomed", "applauded")

    def fail(*_: object) -> None:
        raise CuttingsError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(SiteWriter, "copy_tree", fail)
        with pytest.raises(CuttingsError):
            build(content, tmp_path / "site", tmp_path / "cache")
    assert snapshot(tmp_path / "site") == before
    # The postings saved are the failed build's, the output the build's before: they must not be used.
    build(content, tmp_path / "site", tmp_path / "cache")
    assert updates == [True]
    build(content, tmp_path / "clean", tmp_path / "clean-cache")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")
