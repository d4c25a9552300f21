"""The site's size by part, and the warning past GitHub Pages' limit."""

from __future__ import annotations

from cuttings.budget import bytes_by_part, part_of, size_warning
from cuttings.cli import parts_phrase


def test_files_count_towards_their_part() -> None:
    assert part_of("articles/a-b/index.html") == "articles"
    assert part_of("people/jo-bloggs/page/2/index.html") == "people"
    assert part_of("people/jo-bloggs/feed.xml") == "feeds"
    assert part_of("feed.xml") == "feeds"
    assert part_of("search/terms/3.json") == "search"
    assert part_of("data/people.json") == "data"
    assert part_of("index.html") == "other"
    assert part_of("static/css/site.css") == "other"
    assert part_of("articles") == "other"  # a file named like a part's folder is not in it


def test_bytes_by_part_sums_sizes() -> None:
    files = {"articles/a/index.html": [100, 1], "articles/b/index.html": [50, 2], "people/x/feed.xml": [7, 3]}
    parts = bytes_by_part(files)
    assert parts["articles"] == 150 and parts["feeds"] == 7 and parts["people"] == 0


def test_warning_only_past_the_limit_and_names_the_largest_part() -> None:
    assert size_warning({"articles": 600, "people": 400}, limit=1000) is None
    warning = size_warning({"articles": 600, "people": 401, "search": 200}, limit=1000)
    assert warning is not None and "largest part is articles" in warning


def test_summary_lists_parts_largest_first() -> None:
    assert parts_phrase({"articles": 2_000_000, "people": 5_000_000, "data": 12_400, "feeds": 0}) == \
        "people 5.0 MB, articles 2.0 MB, data 12 kB"


def test_a_build_over_the_limit_says_so_naming_the_largest_part(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import functools

    from cuttings import budget, cli
    from tests.conftest import SEED_CONTENT

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli, "size_warning", functools.partial(budget.size_warning, limit=1000))
    assert cli.main(["--content", str(SEED_CONTENT), "--output", str(tmp_path / "site"),
                     "--cache-dir", str(tmp_path / "cache")]) == 0
    out, err = capsys.readouterr()
    assert "Size by part: " in out and "files, " in out
    assert "warning: the site is" in err and "GitHub Pages'" in err
    assert "The largest part is " in err
