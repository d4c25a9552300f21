"""Rebuilds through the cache: only what changed is inferred and written, and the bytes never depend on it.

The site must be byte-for-byte the same whether built cold, warm, after deleting the cache, or with
inference spread over worker processes.
"""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from cuttings import cache, parallel, read
from cuttings.model import BuildReport, BuildSettings
from cuttings.pipeline import build_site
from cuttings.resources import TEMPLATES_DIR
from tests.conftest import snapshot
from tests.markup import readable

EXTRA_ARTICLE = (
    "Bus lane plan approved\n\n3 March 2021\n\n"
    "A new bus lane on the ring road was approved by Northfold Council on Tuesday.\n\n"
    '"It will cut journey times," said Councillor Jane Abernethy, the cabinet member for transport.\n'
)


def build(content: Path, output: Path, cache: Path, **options: object) -> BuildReport:
    settings = BuildSettings(content_dir=content, output_dir=output, quiet=True, cache_dir=cache,
                             **options)  # type: ignore[arg-type]
    return build_site(settings)




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


def test_folders_given_relative_or_absolute_are_the_same_site_to_the_cache(content: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    relative = content.relative_to(tmp_path)
    build(relative, Path("site"), Path("cache"))
    again = build(tmp_path / relative, tmp_path / "site", tmp_path / "cache")
    assert again.up_to_date and again.articles_inferred == 0
    assert build(Path(".") / relative / ".." / relative.name, Path("site/../site"), Path("cache")).up_to_date


def test_a_copied_archive_finds_its_articles_in_the_copied_cache(content: Path, tmp_path: Path) -> None:
    # A file that is not UTF-8 gets a warning, which is cached with its article: it must not name the old folder.
    (content / "latin.txt").write_bytes("Caf\xe9 reopens\n\nThe caf\xe9 on the quay reopened on Monday.\n"
                                        .encode("cp1252"))
    first = tmp_path / "first"
    first_report = build(content, first / "site", first / "cache")
    copy = tmp_path / "copy"
    shutil.copytree(content, copy / "content")
    shutil.copytree(first / "cache", copy / "cache")
    report = build(copy / "content", copy / "site", copy / "cache")
    assert report.articles_inferred == 0 and report.articles_cached == first_report.articles_inferred
    assert [warning for warning in report.warnings if "Windows-1252" in warning] == \
        [warning for warning in first_report.warnings if "Windows-1252" in warning] != []
    assert snapshot(copy / "site") == snapshot(first / "site")


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
    forked: list[int] = []
    run_forked = pipeline.run_forked
    monkeypatch.setattr(pipeline, "run_forked",
                        lambda tasks, *rest: (forked.append(len(tasks)), run_forked(tasks, *rest)))
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE.replace("Tuesday", "Friday"), encoding="utf-8")
    edited = build(content, tmp_path / "forked", tmp_path / "cache", jobs=2)
    assert 0 < edited.pages_changed < edited.pages_written
    # An edit's build forks one process for the search parts (and one for the linked store's whole save, if due)
    # and makes the rest in its own (``pipeline.EDIT_FORKS``).
    assert len(forked) == 1 and 1 <= forked[0] <= 2, forked
    build(content, tmp_path / "clean", tmp_path / "clean-cache", jobs=2)
    assert snapshot(tmp_path / "forked") == snapshot(tmp_path / "clean")


SECOND_ARTICLE = (
    "Ring road works start\n\n9 March 2021\n\n"
    "Work on the ring road bus lane began on Monday, Northfold Council said.\n\n"
    '"We thank residents for their patience," said Councillor Jane Abernethy.\n'
)


def edits(content: Path) -> list[tuple[str, callable]]:  # type: ignore[valid-type]
    """Edits in turn, each touching what other pages show of an article: title, date, people, existence."""
    bus = content / "bus-lane.txt"

    def retitle() -> None:
        bus.write_text(EXTRA_ARTICLE.replace("Bus lane plan approved", "Bus lane plan waved through"),
                       encoding="utf-8")

    def redate() -> None:
        bus.write_text(EXTRA_ARTICLE.replace("3 March 2021", "3 March 2011"), encoding="utf-8")

    def add() -> None:
        (content / "ring-road.txt").write_text(SECOND_ARTICLE, encoding="utf-8")

    def rename() -> None:
        (content / "ring-road.txt").write_text(SECOND_ARTICLE.replace("Jane Abernethy", "Joan Abernethy"),
                                               encoding="utf-8")

    def remove() -> None:
        bus.unlink()

    def append() -> None:  # text alone: the last catalogue is reused
        (content / "ring-road.txt").write_text(SECOND_ARTICLE + "\nThe work will take three weeks.\n",
                                               encoding="utf-8")

    def reword() -> None:  # the first paragraph, shown wherever the article is listed
        (content / "ring-road.txt").write_text(SECOND_ARTICLE.replace("Work on", "As planned, work on")
                                               + "\nThe work will take three weeks.\n", encoding="utf-8")

    return [("retitle", retitle), ("redate", redate), ("add", add), ("append", append), ("reword", reword),
            ("rename", rename), ("remove", remove)]


@pytest.mark.parametrize(("parallel_render", "paginated"), [(False, False), (True, False), (False, True)])
def test_pages_kept_from_the_last_build_are_the_pages_a_clean_build_makes(
        content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parallel_render: bool,
        paginated: bool) -> None:
    if paginated:  # listings of two articles and more get numbered pages; the A–Z, pages of a few people
        from cuttings import paging
        from cuttings.analysis import views

        monkeypatch.setattr(paging, "ENTRIES_PER_PAGE", 1)
        monkeypatch.setattr(views, "PEOPLE_PER_PAGE", 2)
        monkeypatch.setattr(views, "PEOPLE_PAGE_MOST", 3)
        # Pages of people named once of one or two people each: a new one splits a page.
        from cuttings import named_once

        monkeypatch.setattr(named_once, "BUCKET_BYTES", 1_000)
        # The export's files of several gzip members: a kept one is copied from the last build's file.
        from cuttings import export

        monkeypatch.setattr(export, "GROUP_EVERY", 2)
    if parallel_render:
        from cuttings import pipeline

        monkeypatch.setattr(pipeline, "PARALLEL_RENDER_MIN", 1)
    options = {"jobs": 2} if parallel_render else {"jobs": 1}
    build(content, tmp_path / "site", tmp_path / "cache", **options)
    for step, (name, edit) in enumerate(edits(content)):
        before = stamps(tmp_path / "site")
        edit()
        report = build(content, tmp_path / "site", tmp_path / "cache", **options)
        clean = tmp_path / f"clean-{step}"
        build(content, clean, tmp_path / f"clean-cache-{step}", **options)
        assert snapshot(tmp_path / "site") == snapshot(clean), f"after '{name}' the kept pages differ"
        if paginated:
            assert any("/page/" in path for path in snapshot(clean)), "nothing was paginated"
            assert len(export.gzip_members((clean / "data/people.json.gz").read_bytes())) > 1
        assert report.pages_kept > 0, f"after '{name}' no page was kept"
        assert report.relinked, f"'{name}' was linked in full"
        after = stamps(tmp_path / "site")
        kept_unchanged = sum(1 for path, stamp in after.items() if before.get(path) == stamp)
        assert kept_unchanged >= report.pages_kept


def test_kept_pages_need_the_last_build_to_be_intact(content: Path, tmp_path: Path) -> None:
    build(content, tmp_path / "site", tmp_path / "cache")
    (tmp_path / "site" / "index.html").write_bytes(b"defaced")
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE.replace("Tuesday", "Friday"), encoding="utf-8")
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert report.pages_kept == 0
    build(content, tmp_path / "clean", tmp_path / "clean-cache")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


def test_one_edit_renders_only_the_pages_that_show_it(content: Path, tmp_path: Path) -> None:
    """A new sentence in one article: its page and the pages listing it are rendered, not the rest."""
    first = build(content, tmp_path / "site", tmp_path / "cache")
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE + "\nThe council will review the lane in a year.\n",
                                          encoding="utf-8")
    report = build(content, tmp_path / "site", tmp_path / "cache")
    rendered = report.pages_written - report.pages_kept
    assert 0 < rendered < first.pages_written / 2


def test_only_files_the_cache_does_not_know_are_parsed(content: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from cuttings import parallel

    build(content, tmp_path / "site", tmp_path / "cache")
    parsed: list[str] = []
    read_or_error = parallel.read_or_error

    def counting(path: Path, content_dir: Path, bounds: object = None) -> object:
        parsed.append(path.name)
        return read_or_error(path, content_dir, bounds)

    monkeypatch.setattr(parallel, "read_or_error", counting)
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE.replace("Tuesday", "Friday"), encoding="utf-8")
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert parsed == ["bus-lane.txt"]
    assert report.articles_inferred == 1 and report.articles_cached == 5


def test_a_skipped_file_is_reported_again_by_the_next_build(content: Path, tmp_path: Path) -> None:
    (content / "bad-front-matter.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    first = build(content, tmp_path / "site", tmp_path / "cache", keep_going=True)
    assert len(first.skipped) == 1 and "bad-front-matter.md" in first.skipped[0]
    again = build(content, tmp_path / "site", tmp_path / "cache", keep_going=True)
    assert not again.up_to_date
    assert len(again.skipped) == 1 and "bad-front-matter.md" in again.skipped[0]


def test_an_edit_inferred_in_a_worker_started_early_gives_the_clean_site(content: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from cuttings.infer import ner

    build(content, tmp_path / "site", tmp_path / "cache")
    real = ner.load_ner

    class NotYetLoaded:
        """The model as a fresh build process sees it: not loaded, so one worker is started for the edit."""

        def __call__(self) -> object:
            return real()

        def cache_info(self) -> object:
            return SimpleNamespace(currsize=0)

    monkeypatch.setattr(ner, "load_ner", NotYetLoaded())
    monkeypatch.setattr(parallel, "OVERLAP_MIN_CACHED", 1)
    assert parallel.inference_workers(1, 5) == 1
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE.replace("Tuesday", "Friday"), encoding="utf-8")
    edited = build(content, tmp_path / "site", tmp_path / "cache")
    assert edited.articles_inferred == 1
    build(content, tmp_path / "clean", tmp_path / "clean-cache", jobs=1)
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


def test_every_article_changed_at_once_is_linked_from_the_last_catalogue_as_a_clean_build(
        content: Path, tmp_path: Path) -> None:
    """However many articles changed, the build links from the last catalogue (no threshold sends it another way),
    and the site is the clean build's."""
    build(content, tmp_path / "site", tmp_path / "cache")
    for path in sorted(content.glob("*.txt")):
        path.write_text(path.read_text(encoding="utf-8") + "\nCouncillor Nora Quill agreed.\n", encoding="utf-8")
    (content / "new.txt").write_text(EXTRA_ARTICLE.replace("Bus lane", "Cycle lane"), encoding="utf-8")
    report = build(content, tmp_path / "site", tmp_path / "cache")
    assert report.relinked and report.articles_inferred == len(list(content.glob("*.txt")))
    build(content, tmp_path / "clean", tmp_path / "clean-cache")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


NAMED_ONCE_ARTICLES = {
    "library.txt": (
        "Library hours cut\n\n4 May 2022\n\n"
        "Opening hours at the central library will be cut from June, Eastmoor Council said on Monday.\n\n"
        '"We have had to make hard choices," said Councillor Ravi Banerjee, the cabinet member for culture.\n\n'
        "Councillor Mary Tillotson, who chairs the scrutiny committee, said the decision would be examined.\n"),
    "cafe.txt": (
        "Park cafe reopens\n\n9 June 2022\n\nThe park cafe has reopened after repairs, Eastmoor Council said.\n\n"
        '"Residents asked for it and we listened," said Councillor Ravi Banerjee.\n'),
}
SECOND_MENTION = (
    "Scrutiny committee meets\n\n2 July 2022\n\n"
    "The scrutiny committee of Eastmoor Council met on Thursday to examine the library decision.\n\n"
    '"We will look at every option," said Councillor Mary Tillotson, the committee\'s chair.\n')


@pytest.mark.parametrize("small_buckets", [False, True])
def test_a_person_named_a_second_time_or_once_again_moves_every_link_to_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_buckets: bool) -> None:
    """Where a person is (their page, or their entry among people named once) is read by the pages linking to
    them: here a companion's page, whose person is otherwise as it was, links to the entry, then to the page."""
    if small_buckets:  # a page of people named once for each: one named again empties and removes a page
        from cuttings import named_once

        monkeypatch.setattr(named_once, "BUCKET_BYTES", 1)
    content = tmp_path / "content"
    content.mkdir()
    for name, text in NAMED_ONCE_ARTICLES.items():
        (content / name).write_text(text, encoding="utf-8")
    build(content, tmp_path / "site", tmp_path / "cache", jobs=1)
    companion = "people/ravi-banerjee/index.html"
    links = []
    for step, edit in enumerate([lambda: (content / "scrutiny.txt").write_text(SECOND_MENTION, encoding="utf-8"),
                                 lambda: (content / "scrutiny.txt").unlink()]):
        edit()
        report = build(content, tmp_path / "site", tmp_path / "cache", jobs=1)
        build(content, tmp_path / f"clean-{step}", tmp_path / f"clean-cache-{step}", jobs=1)
        site = snapshot(tmp_path / "site")
        assert site == snapshot(tmp_path / f"clean-{step}"), f"step {step}: the site differs from a clean build"
        assert report.pages_kept > 0
        links.append([href for href in readable(site[companion]).split('"') if "tillotson" in href])
    assert links[0] == ["../mary-tillotson/"]  # from the folder people's pages share
    assert len(links[1]) == 1 and links[1][0].startswith("../once/")
    assert links[1][0].endswith("/#mary-tillotson")


def test_a_new_name_recompresses_only_the_name_files_it_changes(content: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The name suggestions are made together, but a file whose JSON is as the last build compressed it is kept
    (``search_text_pages``): only the files the new name is in are compressed again."""
    from cuttings import search

    compressed: list[bytes] = []
    real = search.gzipped
    monkeypatch.setattr(search, "gzipped", lambda data: compressed.append(data) or real(data))
    build(content, tmp_path / "site", tmp_path / "cache", jobs=1)
    (content / "ring-road.txt").write_text(SECOND_ARTICLE.replace("Jane Abernethy", "Ottilie Quennell"),
                                           encoding="utf-8")
    compressed.clear()
    build(content, tmp_path / "site", tmp_path / "cache", jobs=1)
    incremental = list(compressed)
    build(content, tmp_path / "clean", tmp_path / "clean-cache", jobs=1)
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")
    name_files = {gzip.decompress(data) for path, data in snapshot(tmp_path / "site").items()
                  if path.startswith("search/names/") and path.endswith(".gz")}
    remade = [data for data in incremental if data in name_files]
    assert any(b"Quennell" in data for data in remade), "the new name's files are made"
    assert len(remade) < len(name_files) // 2, (len(remade), len(name_files))


def test_the_name_files_are_kept_whole_while_the_name_records_are_as_they_were(
        content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The names folder is kept by a digest of its records (``search_text_pages``): an edit that names no one new
    and changes no count makes none of its files; one that names someone new makes the folder again, as a clean
    build makes it."""
    from cuttings import search

    made: list[int] = []
    real = search.name_files
    monkeypatch.setattr(search, "name_files", lambda records, *args, **kwargs: made.append(len(records))
                        or real(records, *args, **kwargs))
    build(content, tmp_path / "site", tmp_path / "cache", jobs=1)
    assert len(made) == 1
    with (content / "ring-road.txt").open("a", encoding="utf-8") as file:
        file.write("\n\nThe meeting ended shortly after nine in the evening.\n")
    build(content, tmp_path / "site", tmp_path / "cache", jobs=1)
    assert len(made) == 1, "no record changed: the folder is kept"
    with (content / "ring-road.txt").open("a", encoding="utf-8") as file:
        file.write('\n\n"We will look again," said Councillor Ottilie Quennell.\n')
    build(content, tmp_path / "site", tmp_path / "cache", jobs=1)
    assert len(made) == 2 and made[1] == made[0] + 1, "the new name's record makes the folder again"
    build(content, tmp_path / "clean", tmp_path / "clean-cache", jobs=1)
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


NAMESAKE_ARTICLES = {
    "play-area.txt": (
        "Play area to reopen\n\n3 March 2022\n\n"
        "Mary Holt, chair of Barford Town Council, said the play area would reopen in May.\n"),
    "budget.txt": (
        "Town budget balanced\n\n10 March 2022\n\n"
        "Mary Holt, chair of Barford Town Council, said next year's budget was balanced.\n"),
    "hall.txt": (
        "Village hall roof mended\n\n7 March 2022\n\n"
        "Mary Holt said the village hall roof had been repaired before the winter.\n"),
}


def test_an_edit_that_tells_namesakes_apart_splits_the_page_as_a_clean_build_does(tmp_path: Path) -> None:
    """The namesake rule reads across articles: an edit giving one article's Mary Holt a post at another council
    of the same kind makes two pages, and undoing it one again, each as a clean build of the same articles."""
    content = tmp_path / "content"
    content.mkdir()
    for name, text in NAMESAKE_ARTICLES.items():
        (content / name).write_text(text, encoding="utf-8")
    build(content, tmp_path / "site", tmp_path / "cache", jobs=1)
    assert (tmp_path / "site" / "people" / "mary-holt" / "index.html").exists()
    hall = NAMESAKE_ARTICLES["hall.txt"]
    people = []
    for step, text in enumerate([hall.replace("Mary Holt said", "Mary Holt, chair of Kelby Parish Council, said"),
                                 hall]):
        (content / "hall.txt").write_text(text, encoding="utf-8")
        report = build(content, tmp_path / "site", tmp_path / "cache", jobs=1)
        assert report.relinked
        build(content, tmp_path / f"clean-{step}", tmp_path / f"clean-cache-{step}", jobs=1)
        site = snapshot(tmp_path / "site")
        assert site == snapshot(tmp_path / f"clean-{step}"), f"step {step}: the site differs from a clean build"
        people.append(sorted(path.split("/")[1] for path in site
                             if path.startswith("people/mary-holt") and path.endswith("/index.html")))
    assert people[0] == ["mary-holt-barford-town-council"]  # Kelby's Mary Holt, named once, is among the named once
    assert people[1] == ["mary-holt"]


def test_a_build_making_every_page_lets_go_of_the_catalogue_once_the_parts_are_forked(
        content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The records the parts send back are taken in with no catalogue left in the build's process
    (``pipeline.SiteInputs``); an edit's build keeps it (it takes in a few records)."""
    import contextlib
    import gc

    from cuttings import memo, pipeline
    from cuttings.model import Catalogue

    monkeypatch.setattr(pipeline, "PARALLEL_RENDER_MIN", 1)
    # Nothing frozen out of the collector's sight, so that gc.get_objects() lists every catalogue alive.
    monkeypatch.setattr(pipeline, "long_lived_settled", contextlib.nullcontext)
    monkeypatch.setattr(gc, "freeze", lambda: None)  # nor what linking made (``link.link`` freezes its catalogue)
    alive: list[int] = []
    adopt = memo.Memo.adopt

    def counting(self: memo.Memo, *args: object) -> None:
        gc.collect()
        alive.append(sum(1 for value in gc.get_objects() if type(value) is Catalogue))
        adopt(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(memo.Memo, "adopt", counting)
    build(content, tmp_path / "site", tmp_path / "cache", jobs=2)
    assert alive and set(alive) == {0}
    alive.clear()
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE.replace("Tuesday", "Friday"), encoding="utf-8")
    build(content, tmp_path / "site", tmp_path / "cache", jobs=2)
    assert alive and min(alive) >= 1
    build(content, tmp_path / "clean", tmp_path / "clean-cache", jobs=2)
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


def test_an_edits_build_pauses_the_collector_and_leaves_it_as_it_was(
        content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``pipeline.EDIT_COLLECTOR``: paused while an edit's pages are made, not while a clean build's are; enabled
    again once either returns, and the edit's site is the clean build's."""
    import gc

    from cuttings import pipeline

    during: list[bool] = []
    write_site = pipeline.write_site

    def noting(*args: object, **options: object) -> object:
        during.append(gc.isenabled())
        return write_site(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "write_site", noting)
    assert gc.isenabled()
    build(content, tmp_path / "site", tmp_path / "cache")
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE.replace("Jane Abernethy", "Jane Ormerod"), encoding="utf-8")
    build(content, tmp_path / "site", tmp_path / "cache")
    assert during == [True, False] and gc.isenabled()
    build(content, tmp_path / "clean", tmp_path / "clean-cache")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


def test_a_same_size_edit_in_the_clock_tick_of_the_last_build_and_a_touched_file_give_the_clean_site(
        content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Content hashes kept by stamp (``cache.FileHashes``), on a file system whose clock never moves for a file once
    it is looked at (the coarsest clock there could be): an edit of the same size is still seen, as the last build
    did not keep a file written so close to it (the racy rule); then a file touched but unchanged changes nothing."""
    frozen: dict[str, tuple[int, int]] = {}

    class CoarseClock:
        def __getattr__(self, name: str) -> object:
            return getattr(os, name)

        def lstat(self, path: Path) -> SimpleNamespace:
            status = os.lstat(path)
            mtime, ctime = frozen.setdefault(os.fspath(path), (status.st_mtime_ns, status.st_ctime_ns))
            return SimpleNamespace(st_mode=status.st_mode, st_size=status.st_size, st_ino=status.st_ino,
                                   st_mtime_ns=mtime, st_ctime_ns=ctime)

    edited = content / "bus-lane.txt"
    with monkeypatch.context() as patched:
        patched.setattr(read, "os", CoarseClock())
        build(content, tmp_path / "site", tmp_path / "cache")
        edited.write_text(EXTRA_ARTICLE.replace("approved", "rejected"), encoding="utf-8")
        assert edited.stat().st_size == len(EXTRA_ARTICLE)
        assert build(content, tmp_path / "site", tmp_path / "cache").articles_inferred == 1
    build(content, tmp_path / "clean", tmp_path / "clean-cache")
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")
    monkeypatch.setattr(cache, "SETTLED_NS", -10**12)  # every stamp kept from here on
    build(content, tmp_path / "site", tmp_path / "cache")
    os.utime(edited)
    assert build(content, tmp_path / "site", tmp_path / "cache").up_to_date
    assert snapshot(tmp_path / "site") == snapshot(tmp_path / "clean")


def test_a_feed_is_made_again_only_when_the_articles_it_shows_change(
        content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed's params are the articles it shows (``FeedBuilder.page``): a new article older than every one the
    site's feed shows leaves feed.xml unmade; one newer than them makes it again; each time as a clean build."""
    from cuttings import feeds

    made: list[str] = []
    real = feeds.FeedBuilder.render
    monkeypatch.setattr(feeds.FeedBuilder, "render", lambda self, feed: made.append(feed.path) or real(self, feed))
    build(content, tmp_path / "site", tmp_path / "cache", jobs=1, feed_entries=2)
    assert "feed.xml" in made
    for name, date, site_feed_made in (("old.txt", "2 January 1990", False), ("new.txt", "2 January 2090", True)):
        made.clear()
        (content / name).write_text(EXTRA_ARTICLE.replace("3 March 2021", date), encoding="utf-8")
        report = build(content, tmp_path / "site", tmp_path / "cache", jobs=1, feed_entries=2)
        assert report.relinked and report.pages_kept > 0
        assert ("feed.xml" in made) is site_feed_made, (name, made)
        clean = tmp_path / f"clean-{name}"
        build(content, clean, tmp_path / f"clean-cache-{name}", jobs=1, feed_entries=2)
        assert snapshot(tmp_path / "site") == snapshot(clean)


def test_the_articles_index_reads_the_dates_of_the_articles_it_shows_alone(
        content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where each year starts is the first page's params (``SiteRenderer.articles_index``), worked out from the plain
    catalogue: its record holds no read of an article on a numbered page, which a new article would make it read
    and record again; the years still lead where a clean build's do (the paginated edits above)."""
    import numpy as np

    from cuttings import paging
    from cuttings.memo import read_id

    monkeypatch.setattr(paging, "ENTRIES_PER_PAGE", 1)
    kept: list[object] = []
    settings = BuildSettings(content_dir=content, output_dir=tmp_path / "site", quiet=True,
                             cache_dir=tmp_path / "cache", jobs=1)
    build_site(settings, keep=kept)
    catalogue, memo = kept[0].catalogue, kept[1].memo  # type: ignore[attr-defined]
    slugs = list(catalogue.articles)
    first_page = paging.paginate(slugs, "articles/", 1)[0].entries
    reads = set(np.frombuffer(memo.records["articles/index.html"][1], dtype=np.uint64).tolist())
    dates_read = {slug for slug in slugs if read_id(("articles", slug, "article.date")) in reads}
    assert dates_read == set(first_page) and len(first_page) < len(slugs)


@pytest.mark.parametrize("changed", ["corrections", "template"])
def test_the_corrections_or_a_template_changed_between_edits_give_the_clean_site(content: Path, tmp_path: Path,
                                                                                   changed: str) -> None:
    """Each build (a change to the corrections or a template, then edits, back and forth) gives a clean build's
    bytes: the last catalogue and page records are used only for the site they were made for (the linked store's
    stamp, ``cuttings/relink.py``), and corrections rekey the articles they change (``pipeline.rekey_corrected``)."""
    corrections, templates = tmp_path / "corrections.toml", tmp_path / "templates"
    versions = {
        "corrections": ['[[person]]\nname = "Jane Abernethy (transport)"\nalso = ["Jane Abernethy"]\n',
                        'do_not_publish = ["Jane Abernethy"]\n'],
        "template": ['<i class="house-style"></i>\n', '<i class="house-style-2"></i>\n'],
    }[changed]
    default_list = (TEMPLATES_DIR / "_partials" / "article_list.html").read_text(encoding="utf-8")
    (templates / "_partials").mkdir(parents=True)
    options = {"corrections_file": corrections} if changed == "corrections" else {"templates_dir": templates}
    steps = dict(edits(content))
    for number, (version, edit) in enumerate(zip([0, 1, 0], ["add", "rename", "remove"], strict=True)):
        text = versions[version] + (default_list if changed == "template" else "")
        (corrections if changed == "corrections" else templates / "_partials" / "article_list.html").write_text(
            text, encoding="utf-8")
        for step in ("changed", edit):
            if step == edit:
                steps[edit]()
            build(content, tmp_path / "site", tmp_path / "cache", **options)
            build(content, tmp_path / f"clean-{number}-{step}", tmp_path / f"clean-cache-{number}-{step}", **options)
            assert snapshot(tmp_path / "site") == snapshot(tmp_path / f"clean-{number}-{step}"), (version, step)


def test_a_change_to_the_link_code_links_in_full(content: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The linked store's header names the inference code only: other link code must change the stamp it is
    loaded by (the site fingerprint holds every file of the package), or a catalogue another linker made would be
    linked from."""
    build(content, tmp_path / "site", tmp_path / "cache")
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE + "\nThe lane opens in May.\n", encoding="utf-8")
    package = tmp_path / "package" / "cuttings"
    shutil.copytree(cache.PACKAGE_ROOT, package, ignore=shutil.ignore_patterns("__pycache__"))
    (package / "link.py").write_text((package / "link.py").read_text(encoding="utf-8") + "\n# another linker\n",
                                     encoding="utf-8")
    monkeypatch.setattr(cache, "PACKAGE_ROOT", package)
    assert not build(content, tmp_path / "site", tmp_path / "cache").relinked
    (content / "bus-lane.txt").write_text(EXTRA_ARTICLE + "\nThe lane opens in June.\n", encoding="utf-8")
    assert build(content, tmp_path / "site", tmp_path / "cache").relinked, "the same code: linked from the last"
