"""The evaluation's split into halves: copies of one story share a half, whatever their paths and headlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.common import DEVELOPMENT, HELD_OUT, half_of, normalised_body, split_body

STORY = "First paragraph of a story about a new bridge.\n\nSecond paragraph, with a quote.\n"


def test_a_story_filed_twice_lands_in_one_half_whatever_its_path_and_headline() -> None:
    bodies = [f"{headline}\n\n{STORY}" for headline in ("Bridge opens", "New bridge opens to traffic")]
    halves = {half_of(f"news/{number:03}.txt", body) for number in range(40) for body in bodies}
    assert len(halves) == 1


def test_whitespace_and_case_do_not_move_an_article() -> None:
    assert normalised_body("Headline\n\nOne  two\nthree") == normalised_body("Other\nONE two three  ")


def test_the_text_split_makes_two_halves_and_the_path_split_is_kept() -> None:
    halves = {half_of("a.txt", f"Headline\n\nStory number {number}.") for number in range(64)}
    assert halves == {DEVELOPMENT, HELD_OUT}
    assert {half_of(f"{number}.txt", split="path") for number in range(64)} == {DEVELOPMENT, HELD_OUT}
    with pytest.raises(ValueError, match="needs the article's body"):
        half_of("a.txt")


def test_the_text_split_hashes_the_body_as_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nJos&#233; Doe spoke.\n", encoding="utf-8")
    assert split_body(tmp_path / "a.txt") == "Headline\n\nJos&#233; Doe spoke.\n"
