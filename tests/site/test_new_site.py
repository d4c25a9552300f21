"""``cuttings new DIR`` (issue 20): a site repository that builds as it is, and a workflow pinned to a release."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from cuttings import __version__
from cuttings.cli import main
from cuttings.config import SETTINGS, load_config
from cuttings.errors import CuttingsError
from cuttings.scaffold import new_site
from tests.site.test_bad_input import run_cli


def test_new_writes_a_site_that_builds(tmp_path: Path) -> None:
    result = run_cli("new", "valley", "--title", "Valley “Cuttings”", "--source",
                     "https://git.example.org/news/cuttings.git", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "valley"
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == [
        ".github/workflows/pages.yml", ".github/zizmor.yml", ".gitignore", "README.md", "content/example-article.md", "cuttings.toml"]
    assert load_config(site).title == "Valley “Cuttings”"
    config = (site / "cuttings.toml").read_text(encoding="utf-8")
    for key in SETTINGS:
        assert f"\n# {key} = " in config or f"\n{key} = " in config, f"{key} is not in the commented cuttings.toml"
    # Uncommenting every example gives a valid config (but the folders, which the example does not have).
    uncommented = "\n".join(line[2:] if " = " in line and line.startswith("# ") else line
                            for line in config.splitlines() if "templates" not in line and "corrections =" not in line)
    tomllib.loads(uncommented)
    built = run_cli("--quiet", cwd=site)
    assert built.returncode == 0, built.stderr
    assert (site / "site" / "index.html").is_file()
    assert "Valley “Cuttings”" in (site / "site" / "index.html").read_text(encoding="utf-8")


def test_the_workflow_installs_one_pinned_release_with_its_lock_file(tmp_path: Path) -> None:
    new_site(tmp_path / "site", repository="https://git.example.org/news/cuttings.git")
    workflow_path = tmp_path / "site" / ".github" / "workflows" / "pages.yml"
    text = workflow_path.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    assert workflow["env"] == {"CUTTINGS_VERSION": f"v{__version__}",
                               "CUTTINGS_REPOSITORY": "https://git.example.org/news/cuttings.git"}
    assert text.count(f"v{__version__}") == 1, "upgrading is changing one line"
    install = next(step["run"] for step in workflow["jobs"]["build"]["steps"] if "Install" in step.get("name", ""))
    assert '--branch "$CUTTINGS_VERSION"' in install and "--require-hashes -r" in install
    tools = Path(sys.executable).parent
    schema = subprocess.run([str(tools / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                             str(workflow_path)], capture_output=True, text=True, timeout=120)
    assert schema.returncode == 0, schema.stdout + schema.stderr
    zizmor = subprocess.run([str(tools / "zizmor"), "--offline", "--no-progress", str(workflow_path.parent)],
                            cwd=tmp_path / "site", capture_output=True, text=True, timeout=120)
    assert zizmor.returncode == 0, zizmor.stdout + zizmor.stderr


def test_new_refuses_a_folder_with_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CuttingsError, match="not an empty folder"):
        new_site(tmp_path)
    assert main(["new", str(tmp_path)]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
