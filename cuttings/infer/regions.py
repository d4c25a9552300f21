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

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

CONTEXT_WORDS = 4
"""Words kept either side of a capitalised word. The model's token-to-vector layer looks 4 tokens either
side (window 1, depth 4), and every word is at least one token, so each capitalised word is encoded from the
same neighbours as in the whole paragraph. Words at a stretch's edges are not, which can still change an
entity now and then (none of 1,216 BBC and CoNLL articles changed; 2 of 800 parish articles did)."""

_WORD_SPLIT = re.compile(r"([^\W\d_]+)")
"""A word: letters only."""
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


class _Words(NamedTuple):
    """A paragraph's words: their text and start offsets, and which of them that are not all lower case open the
    paragraph, a sentence or a line, or follow an opening quote or bracket."""

    texts: list[str]
    starts: list[int]
    initial: dict[int, bool]
    """By word index, for the words that are not all lower case (the only ones whose start can matter)."""


def _words(paragraph: str) -> _Words:
    """The words of ``paragraph``. Most words are lower case and only their text and offsets are needed, so the
    per-word work is done by the regular expression engine and the sentence starts are looked up (bisect) only for
    the rest: ``name_regions`` takes about 30 % less time than when it built a record for every word (0.85-1.16 ->
    0.64-0.76 ms an article, the same regions for all 3,201 articles of the three corpora; benchmarks/README.md,
    Inference). The words and their offsets then came from one split and the lower-case test from ``map``, with no
    Python per word: 0.37-0.38 -> 0.30-0.31 ms an article (600 BBC articles, interleaved; the same regions for
    13,201 articles: the 10,000 of the scale benchmark and the three corpora). ``tests/unit/infer/test_regions.py``
    tests the rules."""
    # The text between the words and the words, alternately: each word starts where the text before it ends.
    parts = _WORD_SPLIT.split(paragraph)
    texts = parts[1::2]
    starts = list(itertools.accumulate(map(len, parts)))[:-1:2]
    sentence_starts = [match.end() for match in _SENTENCE_END.finditer(paragraph)]
    initial: dict[int, bool] = {}
    for index in itertools.compress(itertools.count(), map(operator.not_, map(str.islower, texts))):
        if index == 0:
            initial[index] = True
            continue
        start = starts[index]
        # A sentence starts between the end of the word before and this word's start.
        after_previous = bisect.bisect_left(sentence_starts, starts[index - 1] + len(texts[index - 1]))
        initial[index] = paragraph[start - 1] in _OPENERS or (
            after_previous < len(sentence_starts) and sentence_starts[after_previous] <= start
        )
    return _Words(texts, starts, initial)


def _capitalised_elsewhere(paragraph_words: Sequence[_Words]) -> tuple[set[str], set[str]]:
    """Words the article writes in lower case, and words it capitalises away from a sentence start."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    for words in paragraph_words:
        # str.islower: all lower case ("prices"); "eBay", "UK" and words of a caseless script are not.
        lower.update(itertools.compress(words.texts, map(str.islower, words.texts)))
        capitalised.update(words.texts[index].lower() for index, initial in words.initial.items() if not initial)
    return lower, capitalised


def _can_name(text: str, initial: bool, lower: set[str], capitalised: set[str]) -> bool:
    """Whether a word that is not all lower case can be (part of) a name."""
    if text == "I":
        return False
    if not initial:
        return True
    folded = text.lower()
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
            for position, initial in words.initial.items()
            if _can_name(words.texts[position], initial, lower, capitalised)
        ]
        count = len(words.texts)
        for first, last in _spans(count, needed):
            # From the paragraph's start or this word, to the end of its last word's trailing punctuation.
            start = 0 if first == 0 else words.starts[first]
            end = len(paragraph) if last == count - 1 else words.starts[last + 1]
            end = len(paragraph[:end].rstrip())
            regions.append(Region(index, start, end))
    return regions
