"""Titles: the headline when there is one, otherwise the lede cut at a word boundary."""

from __future__ import annotations

import re

from cuttings.text import truncate_words

TITLE_MAX_CHARS = 90
ACRONYMS = frozenset(
    "BBC NHS UK US USA EU UN MP MPs MEP DFE DWP HMRC ITV LGA SEND CEO CBE OBE MBE TV GP GPS PCC RAF "
    "NATO FIFA UEFA IT AI COVID".split()
)
"""Capitalised words left alone when a lede's shouted first word is put in sentence case."""


def sentence_case_first_word(text: str) -> str:
    """"NEW calls are..." -> "New calls are..."; acronyms ("NHS bosses...") are left as they are."""
    match = re.match(r"([A-Z][A-Z'’-]+)\b(.*)", text, re.DOTALL)
    if not match:
        return text
    word, rest = match.groups()
    shouted_word = len(word) >= 2 and word not in ACRONYMS and re.search(r"[AEIOU]", word[1:] or word)
    next_word_is_lower = bool(re.match(r"\s+[a-z]", rest))
    if shouted_word and next_word_is_lower:
        return word[0] + word[1:].lower() + rest
    return text


def shorten(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """Text cut at the last word boundary before ``limit``, with an ellipsis when cut."""
    text = " ".join(text.split())
    sentence_end = re.search(r"(?<=[a-z0-9)\]])[.!?](?=\s|$)", text)
    if sentence_end and sentence_end.end() <= limit:
        return text[: sentence_end.start()]
    if len(text) <= limit:
        return text.rstrip(".")
    return truncate_words(text, limit + 1)


def title_for(headline: str | None, paragraphs: tuple[str, ...], fallback: str) -> str:
    """The article's title; ``fallback`` (the file name) when there is no text at all."""
    if headline:
        return " ".join(headline.split()).rstrip(".")
    for paragraph in paragraphs:
        if paragraph.strip():
            return shorten(sentence_case_first_word(paragraph.strip()))
    return fallback
