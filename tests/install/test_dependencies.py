"""Everything Cuttings imports is declared and installs: the package's imports against pyproject.toml, and the
whole pipeline, NER model loaded, imported in a fresh interpreter of the environment the tests run in (CI: a
brand-new virtual environment made by the README's command)."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib

from tests.conftest import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "cuttings"


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_distributions() -> set[str]:
    project = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    return {normalise(re.match(r"[A-Za-z0-9._-]+", requirement).group()) for requirement in project["dependencies"]}


def imported_top_level_modules() -> dict[str, str]:
    """Every absolute import in the package: top-level module -> a file importing it."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(PROJECT_ROOT)))
    return found


def test_every_third_party_import_is_a_declared_dependency() -> None:
    providers = importlib.metadata.packages_distributions()
    declared = declared_distributions()
    undeclared = []
    for module, where in imported_top_level_modules().items():
        if module in sys.stdlib_module_names or module == "cuttings":
            continue
        distributions = {normalise(name) for name in providers.get(module, [])}
        assert distributions, f"{module} (imported by {where}) is not installed"
        if not distributions & declared:
            undeclared.append(f"{module} from {sorted(distributions)} (imported by {where})")
    assert not undeclared, "imported but not in pyproject.toml's dependencies: " + "; ".join(undeclared)


def test_the_model_package_is_declared() -> None:
    from cuttings.infer.ner import MODEL_PACKAGE

    assert normalise(MODEL_PACKAGE) in declared_distributions()


IMPORT_EVERYTHING = """
import importlib, pkgutil, cuttings
for module in pkgutil.walk_packages(cuttings.__path__, "cuttings."):
    importlib.import_module(module.name)
from cuttings.infer.ner import find_entities, load_ner
nlp = load_ner()
spans = find_entities(["Councillor Jane Smith spoke to Leeds City Council on Monday."], nlp)
print(sorted({span.label for span in spans}))
"""


def test_the_whole_pipeline_imports_and_the_model_loads_in_a_fresh_interpreter() -> None:
    """A fresh process, so nothing a test imported earlier hides a module the environment lacks."""
    result = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "PERSON" in result.stdout


def test_a_missing_package_is_one_line_naming_it_and_the_fix(tmp_path) -> None:
    """As if the environment lacked click (the package spaCy 3.8.7 imports without declaring it)."""
    script = (
        "import sys, runpy; sys.modules['click'] = None; "
        f"sys.argv = ['build.py', '--output', {str(tmp_path / 'site')!r}, '--cache-dir', {str(tmp_path / 'c')!r}]; "
        "runpy.run_path('build.py', run_name='__main__')"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "'click'" in lines[0] and f"{sys.executable} -m pip install click" in lines[0]
    assert not (tmp_path / "site").exists()


def test_version() -> None:
    result = subprocess.run([sys.executable, "build.py", "--version"], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.split()[-1] == importlib.metadata.version("cuttings")
