"""The README's first two commands are the ones CI runs, word for word."""

from __future__ import annotations

import re

from tests.conftest import PROJECT_ROOT

FENCED = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_commands() -> list[str]:
    return [block.strip() for block in FENCED.findall((PROJECT_ROOT / "README.md").read_text())[:2]]


def test_ci_runs_the_readme_commands_as_written() -> None:
    build, tests = readme_commands()
    ci_lines = [line.strip() for line in (PROJECT_ROOT / ".ci" / "run").read_text().splitlines()]
    assert build in ci_lines and tests in ci_lines
    assert ci_lines.index(build) < ci_lines.index(tests)


def test_the_commands_make_their_own_environment_and_build_and_test() -> None:
    """A fresh Debian or Ubuntu has no ``python`` and refuses ``pip install`` outside a virtual environment."""
    build, tests = readme_commands()
    for command in (build, tests):
        assert command.startswith("python3 -m venv .venv && ")
        assert "sudo" not in command and " python " not in f" {command} "
    assert build.endswith("build.py") and "pytest" in tests
