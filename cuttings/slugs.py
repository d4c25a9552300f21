"""ASCII slugs for URLs, unique within a kind, the same on every build."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from anyascii import anyascii

SLUG_MAX_CHARS = 80


def _is_han(character: str) -> bool:
    return unicodedata.category(character) == "Lo" and unicodedata.name(character, "").startswith("CJK ")


def transliterate(text: str) -> str:
    """``text`` in ASCII letters as it reads: "Søren Østergaard" -> "Soren Ostergaard", "李明" -> "Li Ming".

    anyascii rather than dropping what NFKD cannot decompose, which lost ø, ł, ß and every non-Latin script.
    A Han character is a syllable written without spaces; each is set apart so that its reading is a word.
    """
    if text.isascii():
        return text
    # Han characters are all above U+2E80: most text is passed over by one comparison a character.
    if max(text) >= "\u2e80" and any(_is_han(character) for character in text):
        text = "".join(f" {character} " if _is_han(character) else character for character in text)
    return anyascii(text)


def slugify(text: str, fallback: str = "untitled") -> str:
    """"Siân O'Brien" -> "sian-obrien". Only [a-z0-9-] survives, so a slug can never name a path."""
    ascii_text = transliterate(text).lower()
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
