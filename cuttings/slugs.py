"""ASCII slugs for URLs, unique within a kind, the same on every build."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping

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


def slugs_patched(last: Mapping[str, str], added: Mapping[str, str], removed: Collection[str]) -> dict[str, str] | None:
    """``assign_slugs`` of the keys of ``last`` (key -> the slug it gave them) less ``removed``, with ``added`` (key ->
    wanted text), when that provably keeps each last slug and gives each added key its own; else None. So it is when
    no removed key held a slug ending in a number (as a key pushed off its own slug does) or one that a key holds
    numbered 2 (a key pushed off it would: no other chain ``base``, ``base-2``, ... passes it), and each added key's
    own slug is held and wanted by no other key (no chain reached a slug nobody held). Spares slugifying every page
    name and title: 0.06-0.07 and 0.22-0.24 s of CPU at 50,000 articles (p17ag); ``tests/unit/test_slugs_urls.py``
    checks it against assigning every slug."""
    held, own = set(last.values()), {key: slugify(text) for key, text in added.items()}
    if len(set(own.values())) < len(own) or not held.isdisjoint(own.values()) \
            or any(re.fullmatch(r".+-[0-9]+", last[key]) or f"{last[key]}-2" in held for key in removed):
        return None
    return {**{key: slug for key, slug in last.items() if key not in removed}, **own}
