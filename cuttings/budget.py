"""What a built site weighs, by part, against what GitHub Pages will publish.

GitHub Pages refuses a site over 1 GB; the build says so, naming the largest part, rather than leave it to a
failed deploy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

PAGES_LIMIT_BYTES = 1_000_000_000
"""GitHub Pages' limit on a published site (1 GB)."""
PARTS = ("articles", "people", "councils", "search", "feeds", "data", "other")


def part_of(path: str) -> str:
    """The part a site file (POSIX path relative to the site root) counts towards: feeds wherever they are,
    else its top folder, else ``other`` (home page, static files, sitemap)."""
    name = path.rsplit("/", 1)[-1]
    if name.endswith(".xml") and "feed" in name:
        return "feeds"
    top = path.split("/", 1)[0]
    return top if top in PARTS and "/" in path else "other"


def bytes_by_part(files: Mapping[str, Sequence[int]]) -> dict[str, int]:
    """Bytes of each part, from relative path -> (size, ...) of every file."""
    totals = dict.fromkeys(PARTS, 0)
    for path, status in files.items():
        totals[part_of(path)] += status[0]
    return totals


def size_warning(parts: Mapping[str, int], limit: int = PAGES_LIMIT_BYTES) -> str | None:
    """A warning when the site is over GitHub Pages' limit, naming its largest part; else None."""
    total = sum(parts.values())
    if total <= limit:
        return None
    largest = max(parts, key=lambda part: (parts[part], part))
    return (f"the site is {total / 1e9:.2f} GB, over GitHub Pages' {limit / 1e9:g} GB limit: it will not deploy "
            f"there. The largest part is {largest} ({parts[largest] / 1e9:.2f} GB).")
