"""Cheap first-character guards for regular expressions that are scanned over whole paragraphs.

Python's ``re`` tries every branch of an alternation, and every optional prefix of a name pattern, at every
position of the text it scans. A lookahead on the characters a match can start with rejects most positions
with one character-set test. It matches nothing the guarded pattern would not, so results do not change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def starts_with_one_of(alternatives: Iterable[str]) -> str:
    """A lookahead for the first characters of literal ``alternatives`` (put it before their alternation).

    Under ``re.IGNORECASE`` the set matches case-insensitively, like the alternatives themselves.
    """
    words = list(alternatives)
    if not words or not all(words):
        return ""  # an empty alternative (or an empty alternation) matches the empty string anywhere
    initials = sorted({word[0] for word in words})
    return "(?=[{}])".format("".join(re.escape(initial) for initial in initials))
