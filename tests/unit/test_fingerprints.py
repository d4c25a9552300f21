"""Code fingerprints follow the import graph: a change to any module a stage imports changes its fingerprint."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cuttings.cache import INFERENCE_ROOTS
from cuttings.fingerprints import PACKAGE_ROOT, code_fingerprint, imported_files
from tests.conftest import PROJECT_ROOT, SEED_CONTENT


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("package") / "cuttings"
    shutil.copytree(PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.mark.parametrize("roots", [INFERENCE_ROOTS, ("cuttings.search.fulltext",)], ids=["inference", "search terms"])
def test_editing_any_file_a_stage_imports_changes_its_fingerprint(package_copy: Path,
                                                                  roots: tuple[str, ...]) -> None:
    base = code_fingerprint(roots, package_copy)
    files = imported_files(roots, package_copy)
    assert len(files) > 10
    for path in files:
        before = path.read_bytes()
        path.write_bytes(before + b"\n# edited\n" if path.suffix == ".py" else before + b"\n")
        try:
            assert code_fingerprint(roots, package_copy) != base, path.relative_to(package_copy)
        finally:
            path.write_bytes(before)
    assert code_fingerprint(roots, package_copy) == base


def test_the_modules_inference_imports_include_those_no_list_named(package_copy: Path) -> None:
    names = {path.relative_to(package_copy).as_posix() for path in imported_files(INFERENCE_ROOTS, package_copy)}
    # infer/titles.py imports text.py: a hand-kept list once left it out, and cached titles went stale.
    assert {"text.py", "model.py", "errors.py", "read.py", "infer/titles.py", "data/roles.csv"} <= names
    assert "render.py" not in names and "cli.py" not in names


def test_a_module_no_stage_imports_leaves_the_fingerprint(package_copy: Path) -> None:
    base = code_fingerprint(INFERENCE_ROOTS, package_copy)
    path = package_copy / "serve.py"
    before = path.read_bytes()
    path.write_bytes(before + b"\n# edited\n")
    try:
        assert code_fingerprint(INFERENCE_ROOTS, package_copy) == base
    finally:
        path.write_bytes(before)


def test_every_form_of_import_is_followed(tmp_path: Path) -> None:
    package = tmp_path / "cuttings"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "data").mkdir()
    (package / "data" / "table.csv").write_text("a,b\n")
    (package / "sub" / "a.py").write_text(
        "import os; import cuttings.e as e\n"
        "def f():\n    from . import b\n    from ..c import g\n"
        "from cuttings.sub import (  # several\n    b,\n    d,\n)\n"
        "from cuttings import \\\n    h\n"
        "table = resources.files('cuttings.data')\n")
    for name in ("sub/b.py", "sub/d.py", "e.py", "h.py", "unused.py"):
        (package / name).write_text("")
    (package / "c.py").write_text("g = 1\n")
    found = {path.relative_to(package).as_posix() for path in imported_files(["cuttings.sub.a"], package)}
    assert found == {"__init__.py", "sub/__init__.py", "sub/a.py", "sub/b.py", "sub/d.py", "c.py", "e.py", "h.py",
                     "data/table.csv"}


RUN_STAGES = """
import json, sys
from pathlib import Path
from cuttings.read import read_article
from cuttings.infer import infer_article
content = Path(sys.argv[1])
articles = [infer_article(read_article(path, content)) for path in sorted(content.glob("*.txt"))[:2]]
print(json.dumps(sorted(name for name in sys.modules if name.startswith("cuttings"))))
"""


def test_every_module_that_runs_is_in_the_fingerprint() -> None:
    """What the static reading finds covers what a process that infers articles really imports."""
    ran = subprocess.run([sys.executable, "-c", RUN_STAGES, str(SEED_CONTENT)], cwd=PROJECT_ROOT, check=True,
                         capture_output=True, text=True)
    modules = json.loads(ran.stdout.strip().splitlines()[-1])
    files = {path.relative_to(PACKAGE_ROOT).as_posix() for path in imported_files(INFERENCE_ROOTS)}
    for name in modules:
        relative = "/".join(name.split(".")[1:])
        # A package without __init__.py (the data folder) counts by its files.
        assert f"{relative}.py" in files or any(file.startswith(f"{relative}/".lstrip("/")) for file in files), name
    assert len(modules) > 10
