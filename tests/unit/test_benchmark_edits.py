"""The benchmark's edits: a back-filled new article keeps its source's date, a newsroom's newest is dated last."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.corpus import LAST_DATE, format_date
from benchmarks.edits import edit


def write_article(folder: Path, name: str, date: str) -> Path:
    path = folder / name
    path.write_text(f"Bridge repairs approved\n\n{date}\n\nThe work starts in spring, officers said.\n",
                    encoding="utf-8")
    return path


def added(folder: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("added-*.txt"))]


def test_a_new_article_keeps_the_date_of_the_article_it_copies(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "3 March 2010")
    edit("new-article", tmp_path, random.Random(1), set())
    [text] = added(tmp_path)
    assert "\n3 March 2010\n" in text


def test_each_newest_article_is_dated_after_every_corpus_date_and_the_one_before(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "3 March 2010")
    rng, used = random.Random(1), set[str]()
    edit("new-latest", tmp_path, rng, used)
    edit("new-latest", tmp_path, rng, used)
    first, second = added(tmp_path)
    after_corpus = [format_date(LAST_DATE.fromordinal(LAST_DATE.toordinal() + days)) for days in (1, 2)]
    assert "3 March 2010" not in first + second
    assert f"\n{after_corpus[0]}\n" in first
    assert f"\n{after_corpus[1]}\n" in second
