"""Where a paragraph can name someone or something: the stretches of text the NER model needs to read.

A name is written with a capital letter (or in a script without letter case), so a stretch of text with
no such word holds no name the model could find. The model is the costliest part of inference, so it reads
only each capitalised word with ``CONTEXT_WORDS`` words either side, stretches that meet or overlap being
joined. A capital that only starts a sentence, a line or a quotation does not count when the word is
ordinary: one of spaCy's English stop words ("The", "When"), or a word the same article also writes in
lower case and never capitalises elsewhere ("Prices rose" beside "prices"). The pronoun "I" never counts.

Offsets are character offsets into the paragraph, so what the model finds in a stretch maps back exactly.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

CONTEXT_WORDS = 4
"""Words kept either side of a capitalised word. The model's token-to-vector layer looks 4 tokens either
side (window 1, depth 4), and every word is at least one token, so each capitalised word is encoded from the
same neighbours as in the whole paragraph. Words at a stretch's edges are not, which can still change an
entity now and then (none of 1,216 BBC and CoNLL articles changed; 2 of 800 parish articles did)."""

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+|\n\s*")
_OPENERS = frozenset("\"'“‘([")


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported on first use: importing spaCy costs a second that a build
    with nothing to infer should not pay."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@dataclass(frozen=True)
class Region:
    """Characters ``start``:``end`` of paragraph ``paragraph``."""

    paragraph: int
    start: int
    end: int


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    initial: bool
    """First word of the paragraph, of a sentence or line, or straight after an opening quote or bracket."""


def _words(paragraph: str) -> list[_Word]:
    sentence_starts = [match.end() for match in _SENTENCE_END.finditer(paragraph)]
    words: list[_Word] = []
    previous_end = 0
    waiting = 0  # the first sentence start not yet passed
    for match in _WORD.finditer(paragraph):
        start = match.start()
        initial = not words or paragraph[start - 1] in _OPENERS
        while waiting < len(sentence_starts) and sentence_starts[waiting] <= start:
            initial = initial or sentence_starts[waiting] >= previous_end
            waiting += 1
        words.append(_Word(start, match.end(), match.group(), initial))
        previous_end = match.end()
    return words


def _capitalised_elsewhere(paragraph_words: Sequence[Sequence[_Word]]) -> tuple[set[str], set[str]]:
    """Words the article writes in lower case, and words it capitalises away from a sentence start."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    for words in paragraph_words:
        for word in words:
            # str.islower: all lower case ("prices"); "eBay", "UK" and words of a caseless script are not.
            if word.text.islower():
                lower.add(word.text)
            elif not word.initial:
                capitalised.add(word.text.lower())
    return lower, capitalised


def _can_name(word: _Word, lower: set[str], capitalised: set[str]) -> bool:
    """Whether a word that is not all lower case can be (part of) a name."""
    if word.text == "I":
        return False
    if not word.initial:
        return True
    folded = word.text.lower()
    ordinary = folded in stop_words() or (folded in lower and folded not in capitalised)
    return not ordinary


def _spans(count: int, needed: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Word index ranges (first, last) around each needed word, joined when they meet or overlap."""
    current: tuple[int, int] | None = None
    for index in needed:
        first, last = max(0, index - CONTEXT_WORDS), min(count - 1, index + CONTEXT_WORDS)
        if current is not None and first <= current[1] + 1:
            current = (current[0], last)
            continue
        if current is not None:
            yield current
        current = (first, last)
    if current is not None:
        yield current


def name_regions(paragraphs: Sequence[str]) -> list[Region]:
    """The stretches of each paragraph that can hold a name, with their context, in text order."""
    paragraph_words = [_words(paragraph) for paragraph in paragraphs]
    lower, capitalised = _capitalised_elsewhere(paragraph_words)
    regions: list[Region] = []
    for index, (paragraph, words) in enumerate(zip(paragraphs, paragraph_words, strict=True)):
        needed = [
            position
            for position, word in enumerate(words)
            if not word.text.islower() and _can_name(word, lower, capitalised)
        ]
        for first, last in _spans(len(words), needed):
            # From the paragraph's start or this word, to the end of its last word's trailing punctuation.
            start = 0 if first == 0 else words[first].start
            end = len(paragraph) if last == len(words) - 1 else words[last + 1].start
            end = len(paragraph[:end].rstrip())
            regions.append(Region(index, start, end))
    return regions
