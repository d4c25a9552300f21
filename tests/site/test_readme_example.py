"""The README's example article and what it says is inferred from it: what ``inspect`` prints (issue 20)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cuttings.cli import main
from tests.conftest import PROJECT_ROOT


def block_after(marker: str, readme: str) -> str:
    found = re.search(rf"<!-- {marker} -->\n```\n(.*?)^```", readme, flags=re.MULTILINE | re.DOTALL)
    assert found, f"no <!-- {marker} --> block in the README"
    return found.group(1)


def test_the_readme_example_is_what_inspect_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    article = tmp_path / "content" / "footbridge.txt"
    article.parent.mkdir()
    article.write_text(block_after("example-article", readme), encoding="utf-8")
    assert main(["inspect", str(article), "--content", str(article.parent)]) == 0
    assert capsys.readouterr().out == block_after("example-inspect", readme)
