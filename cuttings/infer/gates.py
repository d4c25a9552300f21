"""Cheap first-character guards for regular expressions that are scanned over whole paragraphs.

Python's ``re`` tries every branch of an alternation, and every optional prefix of a name pattern, at every
position of the text it scans. A lookahead on the characters a match can start with rejects most positions
with one character-set test. It matches nothing the guarded pattern would not, so results do not change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence


def starts_with_one_of(alternatives: Iterable[str]) -> str:
    """A lookahead for the first characters of literal ``alternatives`` (put it before their alternation).

    Under ``re.IGNORECASE`` the set matches case-insensitively, like the alternatives themselves.
    """
    words = list(alternatives)
    if not words or not all(words):
        return ""  # an empty alternative (or an empty alternation) matches the empty string anywhere
    initials = sorted({word[0] for word in words})
    return "(?=[{}])".format("".join(re.escape(initial) for initial in initials))


def one_of(words: Sequence[str], ignore_case: bool = False) -> str:
    """A non-capturing alternation of the literal ``words`` that tries only the words starting with the text's
    next character, instead of every word in turn.

    Words are grouped by first character and keep their order within a group, so at any position the same
    words are tried in the same order as in the plain alternation, and the same one wins. Under
    ``re.IGNORECASE`` (``ignore_case``) the groups are case-insensitive, which is exact for ASCII words only;
    other words get the plain alternation.
    """
    if not words or not all(words) or (ignore_case and not all(word.isascii() for word in words)):
        return "(?:{})".format("|".join(re.escape(word) for word in words))
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower() if ignore_case else word[0], []).append(word)
    branches = [
        re.escape(group[0][0]) + "(?:{})".format("|".join(re.escape(word[1:]) for word in group))
        for group in groups.values()
    ]
    return "(?:{})".format("|".join(branches))
