"""Fingerprints of code, derived from the import graph rather than kept by hand.

A cached result is keyed by the code that made it, read from the source: from the modules a stage calls
(``roots``), every import of a ``cuttings`` module is followed (inside functions too, each package's ``__init__``
on the way), and every package a module reads data from through ``importlib.resources.files``, so no module a
stage imports is left out (``cuttings/text.py`` once was). Imports from computed names are not seen; none are made.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent


_IMPORT = re.compile(r"^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)|import[ \t]+([^\n]*))", re.M)
_DATA = re.compile(r"""\bfiles\(\s*["'](\w+(?:\.\w+)+)["']\s*\)""")


def _names(clause: str) -> list[str]:
    """The names of an import clause (``a.b as c, d``), without comments, brackets or ``as`` parts."""
    clause = re.sub(r"#[^\n]*", "", clause).strip("() \t\n")
    return [part.split()[0] for part in clause.split(",") if part.strip()]


def _imports(path: Path, name: str) -> tuple[set[str], set[str]]:
    """(modules of the package that module ``name``, at ``path``, imports; packages it reads data from).

    Found by a pattern, not by parsing (0.1 s and more of every build); an import-like line in a string only adds a
    module, the safe direction. ``tests/unit/test_fingerprints.py`` checks that nothing a stage runs is missed."""
    # Continued lines joined, and statements after a semicolon on lines of their own.
    text = path.read_text(encoding="utf-8").replace("\\\n", " ").replace(";", "\n")
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for match in _IMPORT.finditer(text):
        module, clause, plain = match.groups()
        if plain is not None:
            found.update(_names(plain))
            continue
        base = module.lstrip(".")
        level = len(module) - len(base)
        if level:
            anchor = package.split(".")
            anchor = anchor[:len(anchor) - level + 1]
            base = ".".join([*anchor, base] if base else anchor)
        found.add(base)
        found.update(f"{base}.{alias}" for alias in _names(clause))  # kept below only if it is a module
    return found, set(_DATA.findall(text))


def imported_files(roots: Iterable[str], package_root: Path = PACKAGE_ROOT) -> list[Path]:
    """Every file of the package that importing ``roots`` (module names) runs or reads, sorted."""
    seen: set[Path] = set()
    data_files: set[Path] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        parts = name.split(".")
        # Importing a module runs the __init__ of every package above it.
        for depth in range(1, len(parts) + 1):
            module, base = ".".join(parts[:depth]), package_root.joinpath(*parts[1:depth])
            path = next((file for file in (base.with_suffix(".py"), base / "__init__.py") if file.is_file()), None)
            if path is None or path in seen:
                continue
            seen.add(path)
            modules, data = _imports(path, module)
            pending.extend(imported for imported in modules if imported.split(".")[0] == package_root.name)
            for package in data:
                folder = package_root.joinpath(*package.split(".")[1:])
                if package.split(".")[0] == package_root.name and folder.is_dir():
                    data_files.update(file for file in folder.rglob("*")
                                      if file.is_file() and "__pycache__" not in file.parts)
    return sorted(seen | data_files)


def code_fingerprint(roots: Iterable[str], package_root: Path = PACKAGE_ROOT) -> str:
    """``files_fingerprint`` of every file ``imported_files`` finds."""
    return files_fingerprint(imported_files(roots, package_root), package_root)


def files_fingerprint(paths: Iterable[Path], root: Path) -> str:
    """SHA-256 of the files (each with its path below ``root``), in path order; folders and caches left out."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@functools.cache
def installed_code_fingerprint(*roots: str) -> str:
    """``code_fingerprint`` of the installed package, worked out once per process: the code does not change
    while a build runs."""
    return code_fingerprint(roots)
