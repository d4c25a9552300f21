"""Bad input: a clear error naming the file, the previous site intact, content never written (issue 7)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cuttings.errors import CuttingsError
from cuttings.pipeline import BuildFailed
from tests.conftest import PROJECT_ROOT, build, exported, snapshot
from tests.markup import page_text

GOOD = "Bins to be collected fortnightly\n\nCouncillor Jane Doe said the change would save money.\n"




def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PROJECT_ROOT / "build.py"), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)})


def good_site(content: Path, output: Path) -> dict[str, bytes]:
    (content / "good.txt").write_text(GOOD, encoding="utf-8")
    build(content, output)
    return snapshot(output)


BAD_FILES: dict[str, bytes] = {
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "empty.txt": b"",
    "blank.txt": b"   \n\n\t\n",
    "broken-yaml.md": b"---\ntitle: fine\npeople: [unclosed\n---\nBody text.\n",
    "wrong-type.md": b"---\ntitle: fine\ndate: yesterday\n---\nBody text.\n",
    "huge.txt": b"Headline\n\n" + b"word " * (2 * 1024 * 1024 + 10),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_fails_build_names_file_and_keeps_previous_site(content_dir: Path, tmp_path: Path,
                                                                  name: str) -> None:
    output = tmp_path / "site"
    before = good_site(content_dir, output)
    (content_dir / name).write_bytes(BAD_FILES[name])
    content_before = snapshot(content_dir)
    with pytest.raises(BuildFailed) as raised:
        build(content_dir, output)
    assert [Path(p.path or "").name for p in raised.value.problems] == [name]
    assert snapshot(output) == before
    assert snapshot(content_dir) == content_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "site"], "no staging folder left behind"


def test_yaml_error_and_wrong_type_give_line_numbers(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "broken-yaml.md").write_bytes(BAD_FILES["broken-yaml.md"])
    (content_dir / "wrong-type.md").write_bytes(BAD_FILES["wrong-type.md"])
    with pytest.raises(BuildFailed) as raised:
        build(content_dir, tmp_path / "site")
    lines = {Path(p.path or "").name: p.line for p in raised.value.problems}
    assert lines["wrong-type.md"] == 3
    assert lines["broken-yaml.md"] is not None and lines["broken-yaml.md"] >= 3


def test_keep_going_builds_the_rest_and_lists_skipped(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    (content_dir / "empty.txt").write_bytes(b"")
    report = build(content_dir, tmp_path / "site", keep_going=True)
    assert report.articles == 1
    assert len(report.skipped) == 1 and "empty.txt" in report.skipped[0]


def test_cli_reports_every_problem_and_exits_non_zero(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    (content_dir / "empty.txt").write_bytes(b"")
    (content_dir / "binary.txt").write_bytes(BAD_FILES["binary.txt"])
    result = run_cli("--content", str(content_dir), "--output", str(tmp_path / "site"), cwd=tmp_path)
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    assert not (tmp_path / "site").exists()


def test_windows_1252_builds_with_a_warning(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "cp.txt").write_bytes("Caf\u00e9 owners \u2018angry\u2019\n\nThe caf\u00e9 closed.".encode("cp1252"))
    report = build(content_dir, tmp_path / "site")
    assert report.articles == 1
    assert any("cp.txt" in w and "Windows-1252" in w for w in report.warnings)


def test_unknown_front_matter_key_warns(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "a.md").write_text("---\ntitle: A\nauthr: me\n---\nText of the story.\n", encoding="utf-8")
    report = build(content_dir, tmp_path / "site")
    assert any("a.md:3" in w and "authr" in w for w in report.warnings)


def test_same_title_gives_distinct_stable_slugs(content_dir: Path, tmp_path: Path) -> None:
    for name in ("b.md", "a.md"):
        (content_dir / name).write_text("---\ntitle: Budget set\n---\nThe budget was set.\n", encoding="utf-8")
    build(content_dir, tmp_path / "site")
    articles = exported(tmp_path / "site", "articles")
    assert sorted((a["source_file"], a["slug"]) for a in articles) == [("a.md", "budget-set"),
                                                                         ("b.md", "budget-set-2")]


def test_names_with_apostrophes_and_diacritics(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "a.md").write_text(
        "---\ntitle: Names\npeople: [\"Siân O'Brien\", \"Zoë Ball\", \"Sian OBrien\"]\n---\nText.\n", encoding="utf-8")
    build(content_dir, tmp_path / "site")
    records = {p["name"]: p for p in exported(tmp_path / "site", "people")}
    people = {name: record["slug"] for name, record in records.items()}
    assert people["Siân O'Brien"] != people["Sian OBrien"]
    assert all(slug.isascii() for slug in people.values())
    # Named once, so an entry on a shared page, at an ASCII anchor.
    path, anchor = records["Siân O'Brien"]["url"].split("#")
    assert anchor.isascii() and path.isascii()
    page = page_text(tmp_path / "site" / path / "index.html")
    assert f'<section class="person-once" id="{anchor}"' in page
    assert "Siân O&#39;Brien" in page or "Siân O'Brien" in page


def test_front_matter_slug_cannot_leave_output(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "a.md").write_text("---\ntitle: Escape\nslug: ../../escaped\n---\nText.\n", encoding="utf-8")
    build(content_dir, tmp_path / "out" / "site")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["site"]
    assert (tmp_path / "out/site/articles/escaped/index.html").is_file()


def test_symlink_out_of_content_is_refused(content_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Private notes\n\nNot for publishing.\n")
    (content_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    (content_dir / "link.txt").symlink_to(secret)
    with pytest.raises(BuildFailed) as raised:
        build(content_dir, tmp_path / "site")
    assert [Path(p.path or "").name for p in raised.value.problems] == ["link.txt"]


def test_missing_and_empty_content_folder(tmp_path: Path) -> None:
    with pytest.raises(CuttingsError, match="does not exist"):
        build(tmp_path / "missing", tmp_path / "site")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CuttingsError, match="no articles"):
        build(tmp_path / "empty", tmp_path / "site")


def test_refuses_to_replace_a_folder_that_is_not_a_site(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(CuttingsError, match="not a site"):
        build(content_dir, precious)
    assert (precious / "thesis.docx").read_bytes() == b"years of work"
    with pytest.raises(CuttingsError):
        build(content_dir, content_dir)


def test_same_output_across_hash_seeds(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        output = tmp_path / f"site-{seed}"
        result = subprocess.run(
            [sys.executable, str(PROJECT_ROOT / "build.py"), "--content", str(PROJECT_ROOT / "content"),
             "--output", str(output), "--quiet", "--cache-dir", str(tmp_path / f"cache-{seed}")],
            cwd=tmp_path, capture_output=True, text=True, timeout=600,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(PROJECT_ROOT)},
        )
        assert result.returncode == 0, result.stderr
        outputs.append(snapshot(output))
    assert outputs[0] == outputs[1]


def test_character_references_in_raw_text_read_right_and_stay_text(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "refs.txt").write_text(
        "Bridge plan &lt;script&gt;alert(1)&lt;/script&gt;\n\n"
        "Councillor Jos&#233; Doe said: \"The bridge will open in May.\"\n\n"
        "A reader wrote &lt;script&gt;alert(2)&lt;/script&gt; in the comments.\n", encoding="utf-8")
    build(content_dir, tmp_path / "site")
    people = {record["name"] for record in exported(tmp_path / "site", "people")}
    assert "José Doe" in people
    pages = {path: path.read_text(encoding="utf-8") for path in (tmp_path / "site").rglob("*.html")}
    # A <title>'s content is text up to its own end tag (the minifier leaves "<" bare there), so look outside it.
    outside_titles = [re.sub(r"<title>.*?</title>", "", page, flags=re.S) for page in pages.values()]
    assert not any("<script>alert(" in page for page in outside_titles)
    assert not any("&#233;" in page for page in pages.values())
    article = next(path for path in pages if "bridge-plan" in path.as_posix())
    text = page_text(article)
    assert "<h1>Bridge plan &lt;script&gt;alert(1)&lt;/script&gt;</h1>" in text  # text, escaped on output
    assert "A reader wrote &lt;script&gt;alert(2)&lt;/script&gt; in the comments." in text
    assert "José Doe" in text
