"""Where the default templates and static files are, in a source checkout and in an installed wheel.

The project's layout keeps ``templates/`` and ``static/`` at the top of the repository, beside ``cuttings/``.
A wheel has no such top: it ships them inside the package (``cuttings/templates``, ``cuttings/static``; see
``[tool.hatch.build.targets.wheel.force-include]`` in ``pyproject.toml``), so an installed Cuttings runs from any
folder. A checkout, editable install included, has them beside the package.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT_DIR = PACKAGE_DIR.parent
"""The repository root when running from a checkout; in an installed wheel, the site-packages folder."""


def bundled_dir(name: str) -> Path:
    """``name`` (``templates`` or ``static``) inside the installed package, else beside it in a checkout."""
    installed = PACKAGE_DIR / name
    return installed if installed.is_dir() else CHECKOUT_DIR / name


TEMPLATES_DIR = bundled_dir("templates")
STATIC_DIR = bundled_dir("static")
