"""The GitHub Pages workflow, tested here rather than first on GitHub: validated offline, and its own ``run:``
steps, read from the YAML, run in a brand-new virtual environment against a copy of the checkout, with the
values ``actions/configure-pages`` gives a project site. That installs from the lock file, so a lock that no
longer satisfies pyproject.toml, or lacks a package the build imports, fails here."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml

from tests.conftest import PROJECT_ROOT

WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "pages.yml"
PAGES_OUTPUTS = {
    "steps.pages.outputs.base_path": "/repo",
    "steps.pages.outputs.base_url": "https://example.github.io/repo",
}
"""What actions/configure-pages outputs for a project site: https://example.github.io/repo."""
EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def test_the_workflow_matches_github_schema() -> None:
    result = subprocess.run([tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_no_unsafe_pattern() -> None:
    result = subprocess.run([tool("zizmor"), "--offline", "--no-progress", str(WORKFLOW.parent)], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def build_steps() -> list[dict[str, object]]:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    return workflow["jobs"]["build"]["steps"]


def substituted(value: str) -> str:
    def replace(match: re.Match[str]) -> str:
        expression = match.group(1)
        assert expression in PAGES_OUTPUTS, f"the test does not know what {expression!r} is on GitHub"
        return PAGES_OUTPUTS[expression]

    return EXPRESSION.sub(replace, value)


def checkout_copy(destination: Path) -> Path:
    """The files a checkout of this commit has (and any not yet committed), nothing ignored: no site, no cache."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=PROJECT_ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = PROJECT_ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


@pytest.fixture(scope="module")
def deployed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The workflow's run: steps, in order, as the runner would run them after checkout and setup-python."""
    root = tmp_path_factory.mktemp("workflow")
    repo = checkout_copy(root / "repo")
    environment_dir = root / "python"
    venv.EnvBuilder(with_pip=True, clear=True).create(environment_dir)
    env = {key: value for key, value in os.environ.items() if key not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env["PATH"] = f"{environment_dir / 'bin'}{os.pathsep}{env['PATH']}"
    ran = []
    for step in build_steps():
        if "run" not in step:
            continue
        step_env = {**env, **{key: substituted(str(value)) for key, value in dict(step.get("env", {})).items()}}
        result = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", substituted(str(step["run"]))], cwd=repo,
                                env=step_env, capture_output=True, text=True, timeout=1200)
        assert result.returncode == 0, f"step {step.get('name')!r} failed:\n{result.stdout}\n{result.stderr}"
        ran.append(str(step.get("name")))
    assert any("lock" in name for name in ran) and any("Build" in name for name in ran), ran
    return repo, env


def test_the_workflow_builds_the_seed_site_for_a_project_site(deployed: tuple[Path, dict[str, str]]) -> None:
    repo, _ = deployed
    upload = next(step for step in build_steps() if str(step.get("uses", "")).startswith("actions/upload-pages"))
    site = repo / str(dict(upload["with"])["path"])
    assert (site / "index.html").is_file() and (site / "search" / "index.html").is_file()
    assert len(list((site / "articles").glob("*/index.html"))) == len(list((repo / "content").iterdir()))
    assert "https://example.github.io/repo/articles/" in (site / "sitemap.xml").read_text()
    # The 404 page is served at any depth, so it links from the base path.
    assert "href=/repo/static/" in (site / "404.html").read_text()  # as minified (cuttings/minify.py)


def test_the_installed_command_runs_from_any_folder(deployed: tuple[Path, dict[str, str]],
                                                     tmp_path: Path) -> None:
    """The workflow installs Cuttings non-editable: the wheel must carry its templates and static files."""
    repo, env = deployed
    version = subprocess.run(["cuttings", "--version"], cwd=tmp_path, env=env, capture_output=True, text=True,
                             timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("cuttings "), version.stderr
    result = subprocess.run(["cuttings", "--content", str(repo / "content"), "--quiet"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "static").is_dir()
