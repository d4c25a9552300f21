"""Rebuilds through the cache: only what changed is inferred and written, and the bytes never depend on it.

The site must be byte-for-byte the same whether built cold, warm, after deleting the cache, or with
inference spread over worker processes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cuttings import parallel
from cuttings.model import BuildReport, BuildSettings
from cuttings.pipeline import build_site

EXTRA_ARTICLE = (
    "Bus lane plan approved\n\n3 March 2021\n\n"
    "A new bus lane on the ring road was approved by Northfold Council on Tuesday.\n\n"
    '"It will cut journey times," said Councillor Jane Abernethy, the cabinet member for transport.\n'
)


def build(content: Path, output: Path, cache: Path, **options: object) -> BuildReport:
    settings = BuildSettings(content_dir=content, output_dir=output, quiet=True, cache_dir=cache,
                             **options)  # type: ignore[arg-type]
    return build_site(settings)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {path.relative_to(folder).as_posix(): (path.stat().st_ino, path.stat().st_mtime_ns)
            for path in folder.rglob("*") if path.is_file()}


@pytest.fixture
def content(seed_copy: Path) -> Path:
    (seed_copy / "bus-lane.txt").write_text(EXTRA_ARTICLE, encoding="utf-8")
    return seed_copy


def test_warm_rebuild_infers_nothing_and_leaves_the_site(content: Path, tmp_path: Path) -> None:
    cold = build(content, tmp_path / "site", tmp_path / "cache")
    assert cold.articles_inferred == 6 and cold.articles_cached == 0 and not cold.up_to_date
    before = snapshot(tmp_path / "site")
    before_stamps = stamps(tmp_path / "site")
    warm = build(content, tmp_path / "site", tmp_path / "cache")
    assert warm.up_to_date
    assert warm.articles_inferred == 0
    assert (warm.articles, warm.people, warm.councils) == (cold.articles, cold.people, cold.councils)
    assert warm.pages_written == cold.pages_written
    assert snapshot(tmp_path / "site") == before
    assert stamps(tmp_path / "site") == before_stamps


def test_edited_article_alone_is_inferred_and_unaffected_pages_keep_their_files(content: Path,
                                                                                  tmp_path: Path) -> None:
    build(content, tmp_path / "site", tmp_path / "cache")
    before = snapshot(tmp_path / "site")
    before_stamps = stamps(tmp_path / "site")
    edited = content / "bus-lane.txt"
    edited.write_text(EXTRA_ARTICLE.replace("journey times", "journey times in half"), encoding="utf-8")

    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert report.articles_inferred == 1
    assert report.articles_cached == 5
    after = snapshot(tmp_path / "site")
    after_stamps = stamps(tmp_path / "site")
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed, "the edit must show somewhere"
    assert any("bus-lane" in path for path in changed), changed
    assert report.pages_changed == len(changed)
    unchanged = set(after) - changed
    assert unchanged, "pages that do not show the edited article are not rewritten"
    for path in unchanged:
        assert after_stamps[path] == before_stamps[path], f"{path} was rewritten with the same bytes"


def test_deleting_the_cache_changes_no_output_byte(content: Path, tmp_path: Path) -> None:
    build(content, tmp_path / "site", tmp_path / "cache")
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE.replace("Tuesday", "Wednesday"), encoding="utf-8")
    build(content, tmp_path / "site", tmp_path / "cache")
    warm = snapshot(tmp_path / "site")

    shutil.rmtree(tmp_path / "cache")
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert report.articles_inferred == 6 and not report.up_to_date
    assert report.pages_changed == 0
    assert snapshot(tmp_path / "site") == warm

    build(content, tmp_path / "fresh", tmp_path / "other-cache")
    assert snapshot(tmp_path / "fresh") == warm


def test_front_matter_edit_invalidates_the_cached_article(content: Path, tmp_path: Path) -> None:
    build(content, tmp_path / "site", tmp_path / "cache")
    edited = content / "bus-lane.txt"
    edited.write_text("---\ntitle: Ring road bus lane gets the go-ahead\n---\n" + EXTRA_ARTICLE, encoding="utf-8")
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert report.articles_inferred == 1
    pages = snapshot(tmp_path / "site")
    assert any(b"Ring road bus lane gets the go-ahead" in page for page in pages.values())

    edited.write_text("---\ntitle: Bus lane, the final word\n---\n" + EXTRA_ARTICLE, encoding="utf-8")
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert report.articles_inferred == 1
    pages = snapshot(tmp_path / "site")
    assert not any(b"Ring road bus lane gets the go-ahead" in page for page in pages.values())


def test_output_edited_by_hand_is_rebuilt(content: Path, tmp_path: Path) -> None:
    build(content, tmp_path / "site", tmp_path / "cache")
    before = snapshot(tmp_path / "site")
    (tmp_path / "site" / "index.html").write_bytes(b"defaced")
    (tmp_path / "site" / "stray.html").write_bytes(b"left over")
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert not report.up_to_date
    assert snapshot(tmp_path / "site") == before


def test_removed_article_removes_its_pages(content: Path, tmp_path: Path) -> None:
    build(content, tmp_path / "site", tmp_path / "cache")
    (content / "bus-lane.txt").unlink()
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert report.articles == 5 and report.pages_removed > 0
    assert not any("bus-lane" in path for path in snapshot(tmp_path / "site"))


def test_parallel_inference_gives_the_same_site_as_serial(content: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    build(content, tmp_path / "serial", tmp_path / "cache-serial", jobs=1)
    monkeypatch.setattr(parallel, "MIN_PER_WORKER", 1)
    monkeypatch.setattr(parallel, "CHUNK", 1)
    assert parallel.worker_count(6, 2) == 2
    report = build(content, tmp_path / "parallel", tmp_path / "cache-parallel", jobs=2)
    assert report.articles_inferred == 6
    assert snapshot(tmp_path / "parallel") == snapshot(tmp_path / "serial")


def test_failed_rebuild_keeps_previous_site_and_cache_still_works(content: Path, tmp_path: Path) -> None:
    from cuttings.pipeline import BuildFailed

    build(content, tmp_path / "site", tmp_path / "cache")
    before = snapshot(tmp_path / "site")
    (content / "broken.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(BuildFailed):
        build(content, tmp_path / "site", tmp_path / "cache")
    assert snapshot(tmp_path / "site") == before
    (content / "broken.txt").unlink()
    assert build(content, tmp_path / "site", tmp_path / "cache").up_to_date


def test_parts_rendered_in_forked_processes_match_serial(content: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from cuttings import pipeline

    build(content, tmp_path / "serial", tmp_path / "cache", jobs=1)
    monkeypatch.setattr(pipeline, "PARALLEL_RENDER_MIN", 1)
    report = build(content, tmp_path / "forked", tmp_path / "cache", jobs=2)
    assert snapshot(tmp_path / "forked") == snapshot(tmp_path / "serial")
    assert report.pages_written == len(snapshot(tmp_path / "forked"))
    assert report.pages_changed == report.pages_written
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE.replace("Tuesday", "Friday"), encoding="utf-8")
    edited = build(content, tmp_path / "forked", tmp_path / "cache", jobs=2)
    assert 0 < edited.pages_changed < edited.pages_written
