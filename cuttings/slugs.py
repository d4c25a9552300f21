"""ASCII slugs for URLs, unique within a kind, the same on every build."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

SLUG_MAX_CHARS = 80


def slugify(text: str, fallback: str = "untitled") -> str:
    """"Siân O'Brien" -> "sian-obrien". Only [a-z0-9-] survives, so a slug can never name a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = re.sub(r"['’`]", "", ascii_text)
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > SLUG_MAX_CHARS:
        slug = slug[:SLUG_MAX_CHARS].rsplit("-", 1)[0]
    return slug or fallback


def assign_slugs(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Unique slugs for ``(key, wanted text)`` pairs: clashes get -2, -3... in sorted key order."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for key, wanted in sorted(items):
        base = slugify(wanted)
        slug, number = base, 2
        while slug in taken:
            slug = f"{base}-{number}"
            number += 1
        taken.add(slug)
        slugs[key] = slug
    return slugs
