"""Bugs a newsroom trips on when adopting Cuttings (issue 20): each test failed before its fix."""

from __future__ import annotations

import errno
import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cuttings.cli import main
from cuttings.furniture import sitemap_pages
from cuttings.model import Catalogue
from cuttings.pipeline import BuildFailed
from tests.conftest import build
from tests.site.test_bad_input import GOOD, good_site, run_cli, snapshot

IMPOSSIBLE_DATE = b"---\ntitle: Fine\ndate: 2020-13-45\n---\nCouncillor Jane Doe spoke.\n"


def test_date_yaml_rejects_is_a_listed_problem_with_line(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    (content_dir / "bad-date.md").write_bytes(IMPOSSIBLE_DATE)
    with pytest.raises(BuildFailed) as raised:
        build(content_dir, tmp_path / "site")
    [problem] = raised.value.problems
    assert (Path(problem.path or "").name, problem.line) == ("bad-date.md", 3)
    assert "2020-13-45" in problem.message


def test_date_yaml_rejects_is_skipped_with_keep_going(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    (content_dir / "bad-date.md").write_bytes(IMPOSSIBLE_DATE)
    report = build(content_dir, tmp_path / "site", keep_going=True)
    assert report.articles == 1
    assert len(report.skipped) == 1 and "bad-date.md:3" in report.skipped[0]


def test_date_yaml_rejects_on_the_command_line_has_no_traceback(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    (content_dir / "bad-date.md").write_bytes(IMPOSSIBLE_DATE)
    for extra in ((), ("--keep-going",)):
        result = run_cli("--content", str(content_dir), "--output", str(tmp_path / "site"), "--quiet", *extra,
                         cwd=tmp_path)
        assert "Traceback" not in result.stderr
        assert "bad-date.md:3" in result.stderr
        assert result.returncode == (0 if extra else 1)
    assert snapshot(content_dir)["bad-date.md"] == IMPOSSIBLE_DATE


def modes(folder: Path) -> set[tuple[str, int]]:
    found = {("dir", folder.stat().st_mode & 0o7777)}
    for path in folder.rglob("*"):
        found.add(("dir" if path.is_dir() else "file", path.stat().st_mode & 0o7777))
    return found


def test_output_gets_the_usual_modes_on_first_build_and_rebuild(content_dir: Path, tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        (content_dir / "good.txt").write_text(GOOD, encoding="utf-8")
        build(content_dir, tmp_path / "site")
        assert modes(tmp_path / "site") == {("dir", 0o755), ("file", 0o644)}
        (content_dir / "more.txt").write_text(GOOD.replace("Jane", "Janet"), encoding="utf-8")
        build(content_dir, tmp_path / "site")
        assert modes(tmp_path / "site") == {("dir", 0o755), ("file", 0o644)}
    finally:
        os.umask(old_umask)


SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_past_50000_urls_is_an_index_of_files_within_the_protocol() -> None:
    site_url = "https://example.org/repo/"
    paths = [f"articles/a{number}/index.html" for number in range(120_001)] + ["404.html", "feed.xml"]
    pages = {page.path: page.content for page in sitemap_pages(paths, Catalogue({}, {}, {}), site_url)}
    index = ET.fromstring(pages.pop("sitemap.xml"))
    assert index.tag == f"{SITEMAP_NS}sitemapindex"
    parts = [loc.text or "" for loc in index.iter(f"{SITEMAP_NS}loc")]
    assert parts == [f"{site_url}sitemap-{number}.xml" for number in (1, 2, 3)]
    assert sorted(pages) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], "beside the index, at the root"
    listed = []
    for name in sorted(pages):
        urlset = ET.fromstring(pages[name])
        assert urlset.tag == f"{SITEMAP_NS}urlset"
        locations = [loc.text or "" for loc in urlset.iter(f"{SITEMAP_NS}loc")]
        assert 0 < len(locations) <= 50_000
        assert len(pages[name]) < 50 * 1024 * 1024
        listed += locations
    assert listed == [f"{site_url}articles/a{number}/" for number in range(120_001)]


def test_sitemap_within_50000_urls_stays_one_file() -> None:
    pages = list(sitemap_pages(["index.html", "people/index.html"], Catalogue({}, {}, {}), "https://example.org/"))
    assert [page.path for page in pages] == ["sitemap.xml"]
    assert ET.fromstring(pages[0].content).tag == f"{SITEMAP_NS}urlset"


@pytest.mark.parametrize(("code", "where", "advice"), [
    (errno.ENOSPC, "write_bytes", "free some space"),
    (errno.EROFS, "mkdtemp", "writable"),
])
def test_disk_full_or_read_only_is_one_clear_line_and_the_site_is_intact(
        content_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        code: int, where: str, advice: str) -> None:
    output = tmp_path / "site"
    before = good_site(content_dir, output)
    (content_dir / "more.txt").write_text(GOOD.replace("Jane", "Janet"), encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code), str(args[0]) if args else None)

    if where == "write_bytes":
        monkeypatch.setattr(Path, "write_bytes", refuse)
    else:
        monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    exit_code = main(["--content", str(content_dir), "--output", str(output), "--quiet",
                      "--cache-dir", str(tmp_path / "cache")])
    monkeypatch.undo()
    error_lines = capsys.readouterr().err.strip().splitlines()
    assert exit_code == 1
    assert len(error_lines) == 1, error_lines
    [line] = error_lines
    assert "Traceback" not in line and os.strerror(code) in line
    assert str(output) in line and "previous site" in line and advice in line
    assert snapshot(output) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")], "no staging folder left"


def test_atom_entry_ids_do_not_change_with_the_address(content_dir: Path, tmp_path: Path) -> None:
    article = (content_dir / "bins.md")
    article.write_text("---\ntitle: Bins\ndate: 2021-03-04\n---\n" + GOOD, encoding="utf-8")
    site_url = "https://example.org/repo/"

    def entry() -> tuple[str, str]:
        feed = ET.parse(tmp_path / "site" / "feed.xml").getroot()
        [found] = feed.findall("{http://www.w3.org/2005/Atom}entry")
        link = found.find("{http://www.w3.org/2005/Atom}link")
        assert link is not None
        return found.findtext("{http://www.w3.org/2005/Atom}id") or "", link.get("href") or ""

    build(content_dir, tmp_path / "site", site_url=site_url)
    first_id, first_link = entry()
    article.write_text("---\ntitle: Bins\nslug: bin-collections\ndate: 2021-03-04\n---\n" + GOOD, encoding="utf-8")
    build(content_dir, tmp_path / "site", site_url=site_url)
    second_id, second_link = entry()
    assert first_link != second_link and second_link.endswith("/bin-collections/")
    assert first_id == second_id and first_id.startswith("urn:uuid:")
