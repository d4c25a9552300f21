"""Site settings from a config file: ``cuttings.toml``, or ``[tool.cuttings]`` in ``pyproject.toml``.

Command-line flags override the file; the file overrides the defaults. Paths in the file are relative to
the folder the file is in, so a build gives the same site from any working directory. ``SETTINGS`` lists every
key with what it does; a key not in it is refused, naming the file and line, as is a value of the wrong kind.

    # cuttings.toml
    title = "Valley Cuttings"
    description = "Fifty years of the Valley Gazette's council reporting."
    site_url = "https://user.github.io/repo/"
    lang = "en-GB"
    timezone = "Europe/London"
"""

from __future__ import annotations

import difflib
import re
import tomllib
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from cuttings.errors import CuttingsError
from cuttings.urls import normalise_base_url, normalise_site_url

CONFIG_FILE = "cuttings.toml"
PYPROJECT = "pyproject.toml"
PYPROJECT_SECTION = "tool.cuttings"


@dataclass(frozen=True)
class Setting:
    kind: Literal["text", "folder", "file", "count", "lang", "timezone", "url", "address"]
    default: str
    """The default, as the documentation states it."""
    doc: str


SETTINGS: dict[str, Setting] = {
    "title": Setting("text", "Cuttings", "The site's name: in every page's title, the header and the feeds."),
    "description": Setting("text", "a count of the archive",
                           "A sentence on what the site is: the home page's description (search engines, link "
                           "previews) and the site feed's subtitle."),
    "base_url": Setting("text", "/", "The path the site is served under, e.g. /repo/ for a GitHub Pages project "
                                     "site; follows from site_url when that is set."),
    "site_url": Setting("url", "none", "The published site's address, e.g. https://user.github.io/repo/: absolute "
                                       "canonical links, feed links and the sitemap need it."),
    "content": Setting("folder", "content", "The folder of articles."),
    "output": Setting("folder", "site", "The folder the site is built into."),
    "templates": Setting("folder", "none",
                         "A folder of your own templates. A file there replaces the default template of the same "
                         "name and path (base.html, person.html, _partials/article_list.html...); the others stay "
                         "the defaults, so you override one file at a time."),
    "lang": Setting("lang", "en", "The articles' language as a BCP 47 tag (en-GB, cy, ga): the pages' lang "
                                  "attribute, which screen readers and browsers' hyphenation follow, and the feeds'."),
    "timezone": Setting("timezone", "UTC", "The IANA time zone the articles' dates are local to (Europe/London): "
                                           "a feed entry dated that day is stamped midnight there."),
    "feed_entries": Setting("count", "10", "How many of the newest articles each Atom feed lists."),
    "entries_per_page": Setting("count", "50", "How many entries a listing page shows before the next page."),
    "corrections": Setting("file", "corrections.toml",
                           "The corrections file: forms of one person, people who share a name, names that are not "
                           "people or are not to be published, councils' other names (README, Corrections). Used "
                           "when it exists."),
    "corrections_address": Setting("address", "none",
                                   "Where readers report an error: a new-issue URL "
                                   "(https://github.com/USER/REPO/issues/new) or a mailto: address. Every person "
                                   "and council page links to it, naming the page."),
    "person_page_min_articles": Setting("count", "1",
                                        "People with no role in any article get a page (and a link) only when "
                                        "named in at least this many articles; the others stay in the text, "
                                        "unlinked. For a newsletter naming residents in passing."),
}
KNOWN_KEYS = frozenset(SETTINGS)
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


@dataclass(frozen=True)
class SiteConfig:
    """What a config file says; ``None`` where it says nothing."""

    title: str | None = None
    description: str | None = None
    base_url: str | None = None
    site_url: str | None = None
    content: Path | None = None
    output: Path | None = None
    templates: Path | None = None
    lang: str | None = None
    timezone: str | None = None
    feed_entries: int | None = None
    entries_per_page: int | None = None
    corrections: Path | None = None
    corrections_address: str | None = None
    person_page_min_articles: int | None = None
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
        line = getattr(error, "lineno", None)
        raise CuttingsError(f"not valid TOML: {error}", path, line) from error
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


def key_line(path: Path, key: str) -> int | None:
    """The line ``key`` is set on in the config file (in ``[tool.cuttings]`` of a ``pyproject.toml``): TOML
    parsers give values, not places."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    section = PYPROJECT_SECTION if path.name == PYPROJECT else ""
    current = ""
    quoted = re.escape(key)
    assignment = re.compile(rf"""\s*(?:{quoted}|"{quoted}"|'{quoted}')\s*=""")
    for number, line in enumerate(lines, start=1):
        header = re.fullmatch(r"\s*\[\s*([^\]]+?)\s*\]\s*(?:#.*)?", line)
        if header:
            current = header.group(1).replace(" ", "")
            if current == (f"{section}.{key}" if section else key):
                return number
            continue
        if current == section and assignment.match(line):
            return number
    return None


def parse_config(table: dict[str, Any], path: Path) -> SiteConfig:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        key = unknown[0]
        close = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise CuttingsError(f"unknown setting {key}{hint}; known: {', '.join(SETTINGS)} (see the README, Settings)",
                            path, key_line(path, key))
    folder = path.parent
    values: dict[str, Any] = {}
    for key, value in table.items():
        values[key] = checked_value(key, value, path, folder)
    return SiteConfig(**values, source=path)


def checked_value(key: str, value: Any, path: Path, folder: Path) -> Any:
    """The setting's value as the build uses it; a wrong kind of value is a CuttingsError at its line."""
    kind = SETTINGS[key].kind

    def wrong(expected: str) -> CuttingsError:
        return CuttingsError(f"{key} must be {expected}, not {value!r}", path, key_line(path, key))

    if kind == "count":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise wrong("a whole number of at least 1")
        return value
    if not isinstance(value, str) or not value.strip():
        raise wrong("a non-empty string")
    if kind in ("folder", "file"):
        return folder / value
    if kind == "url":
        check_site_url(value, path, key_line(path, key))
    if kind == "lang" and not LANGUAGE_TAG.fullmatch(value):
        raise wrong("a language tag such as en, en-GB or cy")
    if kind == "address" and not (value.startswith("mailto:") and "@" in value) and \
            not (urlsplit(value).scheme in ("http", "https") and urlsplit(value).netloc):
        raise wrong("an http(s) URL or a mailto: address")
    if kind == "timezone":
        check_timezone(value, path, key_line(path, key))
    return value


def check_timezone(name: str, origin: Path | None = None, line: int | None = None) -> None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise CuttingsError(f"timezone {name!r} is not an IANA time zone such as Europe/London or UTC",
                            origin, line) from error


def check_site_url(site_url: str, origin: Path | None = None, line: int | None = None) -> None:
    parts = urlsplit(site_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise CuttingsError(f"site_url must be an absolute http(s) URL such as https://user.github.io/repo/, "
                            f"not {site_url!r}", origin, line)


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
