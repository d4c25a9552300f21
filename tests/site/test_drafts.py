"""Drafts (issue 20): ``draft: true`` keeps an article off the site, the search and the export unless --drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from cuttings.cli import summary
from cuttings.pipeline import BuildFailed
from tests.site.test_incremental import build, snapshot

DRAFT = ("---\ntitle: Quarry expansion secret plan\ndraft: true\n---\n"
         "Councillor Wilhelmina Quarrington said the quarry expansion plan was not final.\n")
PUBLISHED = "Library hours extended\n\nCouncillor Jane Doe said the library would open on Sundays.\n"


def site_text(site: Path) -> str:
    return "\n".join(path.read_bytes().decode("utf-8", "replace") for path in sorted(site.rglob("*"))
                     if path.is_file() and not path.name.endswith((".png", ".ico")))


@pytest.fixture
def content(content_dir: Path) -> Path:
    (content_dir / "library.txt").write_text(PUBLISHED, encoding="utf-8")
    (content_dir / "quarry.md").write_text(DRAFT, encoding="utf-8")
    return content_dir


def test_a_draft_is_held_back_from_site_search_and_export(content: Path, tmp_path: Path) -> None:
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert (report.articles, report.drafts) == (1, 1)
    text = site_text(tmp_path / "site")
    assert "Library hours" in text
    assert "Quarrington" not in text and "quarrington" not in text and "Quarry" not in text
    assert not any("quarry" in path.name for path in (tmp_path / "site").rglob("*"))
    assert "1 draft held back" in summary(report, "/", 1.0)


def test_drafts_flag_publishes_them_and_toggling_it_rebuilds(content: Path, tmp_path: Path) -> None:
    held = build(content, tmp_path / "site", tmp_path / "cache")
    shown = build(content, tmp_path / "site", tmp_path / "cache", drafts=True)
    assert not shown.up_to_date
    assert (shown.articles, shown.drafts) == (2, 0)
    assert "Quarrington" in site_text(tmp_path / "site")
    again = build(content, tmp_path / "site", tmp_path / "cache")
    assert (again.articles, again.drafts) == (1, 1)
    assert "Quarrington" not in site_text(tmp_path / "site")
    clean = build(content, tmp_path / "clean", tmp_path / "clean-cache")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")
    assert held.articles == again.articles
    warm = build(content, tmp_path / "site", tmp_path / "cache")
    assert warm.up_to_date and warm.drafts == 1


def test_marking_a_published_article_draft_takes_it_down_on_rebuild(content: Path, tmp_path: Path) -> None:
    (content / "quarry.md").write_text(DRAFT.replace("draft: true", "draft: false"), encoding="utf-8")
    build(content, tmp_path / "site", tmp_path / "cache")
    assert "Quarrington" in site_text(tmp_path / "site")
    (content / "quarry.md").write_text(DRAFT, encoding="utf-8")
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert report.drafts == 1
    assert "Quarrington" not in site_text(tmp_path / "site")
    build(content, tmp_path / "clean", tmp_path / "clean-cache")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


def test_draft_must_be_true_or_false(content: Path, tmp_path: Path) -> None:
    (content / "quarry.md").write_text(DRAFT.replace("draft: true", "draft: maybe"), encoding="utf-8")
    with pytest.raises(BuildFailed) as raised:
        build(content, tmp_path / "site", tmp_path / "cache")
    [problem] = raised.value.problems
    assert problem.line == 3 and "draft" in problem.message



def test_an_edit_after_a_build_with_drafts_into_another_folder_gives_the_clean_site(content: Path,
                                                                                       tmp_path: Path) -> None:
    """Two output folders share the cache and its linked catalogue, one built with drafts (a preview): the same
    files, so the same article keys, but another catalogue. The draft then published under another file name makes
    the same catalogue entries as the preview's: the site's pages, made from the catalogue without it, must not be
    compared with the preview's (on main the front page kept its list without the article)."""
    build(content, tmp_path / "site", tmp_path / "cache")
    build(content, tmp_path / "preview", tmp_path / "cache", drafts=True)
    (content / "quarry-published.md").write_text(DRAFT.replace("draft: true", "draft: false"), encoding="utf-8")
    build(content, tmp_path / "site", tmp_path / "cache")
    build(content, tmp_path / "clean", tmp_path / "clean-cache")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")
