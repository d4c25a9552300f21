"""Site settings from a config file: ``cuttings.toml``, or ``[tool.cuttings]`` in ``pyproject.toml``.

Command-line flags override the file; the file overrides the defaults. Paths in the file are relative to
the folder the file is in, so a build gives the same site from any working directory.

    # cuttings.toml
    title = "Valley Cuttings"
    base_url = "/repo/"
    site_url = "https://user.github.io/repo/"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cuttings.errors import CuttingsError
from cuttings.urls import normalise_base_url, normalise_site_url

CONFIG_FILE = "cuttings.toml"
PYPROJECT = "pyproject.toml"
KNOWN_KEYS = frozenset({"title", "base_url", "site_url", "content", "output"})


@dataclass(frozen=True)
class SiteConfig:
    """What a config file says; ``None`` where it says nothing."""

    title: str | None = None
    base_url: str | None = None
    site_url: str | None = None
    content: Path | None = None
    output: Path | None = None
    source: Path | None = None
    """The file the settings came from."""


def find_config(directory: Path) -> tuple[Path, dict[str, Any]] | None:
    """The first of ``cuttings.toml`` or a ``pyproject.toml`` with ``[tool.cuttings]`` in ``directory``."""
    candidate = directory / CONFIG_FILE
    if candidate.is_file():
        return candidate, read_toml(candidate)
    candidate = directory / PYPROJECT
    if candidate.is_file():
        section = read_toml(candidate).get("tool", {}).get("cuttings")
        if isinstance(section, dict):
            return candidate, section
    return None


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except tomllib.TOMLDecodeError as error:
        raise CuttingsError(f"not valid TOML: {error}", path) from error
    except OSError as error:
        raise CuttingsError(f"cannot read: {error.strerror}", path) from error


def load_config(directory: Path, explicit: Path | None = None) -> SiteConfig:
    """Settings from ``explicit`` (a ``cuttings.toml``-style file) or the first config found in ``directory``."""
    if explicit is not None:
        if not explicit.is_file():
            raise CuttingsError("no such config file", explicit)
        found: tuple[Path, dict[str, Any]] | None = (explicit, read_toml(explicit))
    else:
        found = find_config(directory)
    if found is None:
        return SiteConfig()
    path, table = found
    return parse_config(table, path)


def parse_config(table: dict[str, Any], path: Path) -> SiteConfig:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise CuttingsError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(KNOWN_KEYS))}",
                            path)
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise CuttingsError(f"{key} must be a non-empty string", path)
    folder = path.parent

    def folder_setting(key: str) -> Path | None:
        return folder / table[key] if key in table else None

    site_url = table.get("site_url")
    if site_url is not None:
        check_site_url(site_url, path)
    return SiteConfig(
        title=table.get("title"),
        base_url=table.get("base_url"),
        site_url=site_url,
        content=folder_setting("content"),
        output=folder_setting("output"),
        source=path,
    )


def check_site_url(site_url: str, origin: Path | None = None) -> None:
    parts = urlsplit(site_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise CuttingsError(f"site_url must be an absolute http(s) URL such as https://user.github.io/repo/, "
                            f"not {site_url!r}", origin)


def resolve_urls(base_url: str | None, site_url: str | None) -> tuple[str, str | None]:
    """The base path and site URL to build with: each defaults from the other, and they must agree.

    ``site_url`` alone implies its path as the base ("https://u.github.io/repo/" -> "/repo/").
    """
    if site_url is None:
        return normalise_base_url(base_url or "/"), None
    check_site_url(site_url)
    site_url = normalise_site_url(site_url)
    implied = normalise_base_url(urlsplit(site_url).path)
    if base_url is None:
        return implied, site_url
    base = normalise_base_url(base_url)
    if base != implied:
        raise CuttingsError(f"base_url {base} does not match the path of site_url {site_url}; "
                            f"links would break (use base_url {implied}, or leave it out)")
    return base, site_url
