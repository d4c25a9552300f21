"""Which names a misspelt word may mean: a sound key, and the small files a browser reads to find near names.

A reader who types "Fetherstone" or "Stevenson" should be offered Featherstone and Stephenson. The browser
(``static/js/names.js``) compares what was typed with name words by Damerau edit distance and by sound key; this
module decides which name words it has to hand for that. Every name word of three letters or more is listed in
the *bucket* of its first letter, of its second letter and of its sound key's first letter, and a typed word
reads the buckets of the same three letters. One edit (a letter deleted, added, changed, or two letters swapped)
can change the first letter or the second, never both in a way that leaves no letter in common: if the first
letter survives the buckets meet on it; if it was changed or deleted, or a letter was put before it, the typed
word's first or second letter is the name's first or second. So a single edit always finds its name; two
edits (allowed from eight letters) usually do. The sound key adds names that start differently but sound the
same (Philips, Fillips). A bucket is a JSON list of words, best-known first: at 50,000 benchmark articles
(1,984 distinct name words) the largest is 5.1 KB, all 26 of them 40 KB.

``sound_key`` is mirrored by ``soundKey`` in static/js/names.js; a browser test compares the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MIN_FUZZY_KEY_LETTERS = 3
"""Shorter name words (initials, "Ng") are only found as typed: no typed word is far enough from them to be a
slip, since edits are allowed from four letters."""

SOUND_RULES: tuple[tuple[str, str], ...] = (
    ("^mac", "mc"), ("^kn", "n"), ("^wr", "r"), ("^ps", "s"), ("^gn", "n"), ("^wh", "w"), ("^x", "s"),
    ("tch", "ch"), ("ph", "f"), ("^gh", "g"), ("gh", ""), ("ck", "k"), ("q", "k"), ("x", "ks"), ("z", "s"),
    ("v", "f"), ("dg", "j"), ("mp(?=s)", "m"), ("th", "t"), ("[cs]h", "X"), ("Xc", "X"), ("c(?=[eiy])", "s"),
    ("c", "k"),
)
"""Spellings of one sound made one spelling, in order (a key's "X" is the sound of "ch" or "sh"): Stephenson and
Stevenson, Macdonald and McDonald, Thompson and Thomson, Smith and Smyth, Catherine and Kathryn, Philips and
Phillips come out the same. Simplified from the rules Metaphone and NYSIIS share, kept short enough to mirror
exactly in JavaScript."""
SOUND_PATTERNS = [(re.compile(pattern), replacement) for pattern, replacement in SOUND_RULES]
NOT_A_LETTER = re.compile("[^a-z]")
VOWEL_LIKE = re.compile("[aeiouyhw]")
REPEATS = re.compile(r"(.)\1+")


def sound_key(word: str) -> str:
    """How a folded, lower-case name word sounds, roughly: "stephenson" -> "stfnsn"; "" for no Latin letters.

    The first sound is kept (any vowel as "a"); after it, vowels, h, w and y are dropped and doubled letters
    made single."""
    key = NOT_A_LETTER.sub("", word)
    if not key:
        return ""
    for pattern, replacement in SOUND_PATTERNS:
        key = pattern.sub(replacement, key)
    if not key:
        return ""
    first = "a" if key[0] in "aeiouy" else key[0]
    return REPEATS.sub(r"\1", first + VOWEL_LIKE.sub("", key[1:]))


def buckets(word: str) -> list[str]:
    """The buckets a name word is listed in, and the ones a typed word reads: its first and second letters and
    its sound key's first consonant ("X" as bucket "x"; a vowel is not, as it would list every word that starts
    with one)."""
    sound = sound_key(word)[:1].lower()
    found = [*word[:2], sound if sound != "a" else ""]
    return list(dict.fromkeys(letter for letter in found if letter))


def bucket_file(letter: str) -> str:
    """A bucket's file name: ``fuzzy-s.json``; a letter outside a-z and 0-9 by its code point (``fuzzy-u3b1.json``)."""
    name = letter if re.fullmatch("[a-z0-9]", letter) else f"u{ord(letter):x}"
    return f"fuzzy-{name}.json"


def fuzzy_buckets(popularity: Iterable[tuple[str, int]]) -> dict[str, list[str]]:
    """Bucket letter -> its name words, most mentioned first (then alphabetically), from (word, articles)."""
    ranked = sorted(((word, count) for word, count in popularity if len(word) >= MIN_FUZZY_KEY_LETTERS),
                    key=lambda item: (-item[1], item[0]))
    found: dict[str, list[str]] = {}
    for word, _ in ranked:
        for letter in buckets(word):
            found.setdefault(letter, []).append(word)
    return dict(sorted(found.items()))
