"""The shape of an article's text: headline, date line, byline, body paragraphs, source line, trailer.

Newsroom text arrives in many shapes: a headline then a blank line, a labelled date run into the first
sentence, a press release's date-and-reference line, a Reuters dateline, an agency credit at the foot, a
press office's contact block. This module separates those parts so the body holds only the story.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cuttings.infer.dates import date_line, labelled_date
from cuttings.infer.names import given_names, is_common_word, is_initial
from cuttings.infer.wordlists import STREET_WORDS

HEADLINE_MAX_WORDS = 16
HEADLINE_WITH_STOP_MAX_WORDS = 12
"""A short first line ending in a full stop is still a headline (wire headlines often end so)."""

REFERENCE_RE = re.compile(r"\b(?:ref(?:erence)?\.?\s*:?\s*)?(?P<ref>[A-Z]{1,4}\s?-?\d{2,6})\b")
BYLINE_RE = re.compile(r"^(?:by\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})$")
BYLINE_PREFIX_RE = re.compile(r"^by\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*$", re.IGNORECASE)

NEWS_SOURCES = (
    "Local Democracy Reporting Service",
    "Press Association",
    "PA Media",
    "Reuters",
    "Associated Press",
    "Agence France-Presse",
    "BBC News",
    "Press Office",
)
SOURCE_LINE_RE = re.compile(
    r"^(?:source\s*:\s*|credit\s*:\s*|\(?(?:by|from|via)\s+(?:the\s+)?)?"
    rf"(?P<source>{'|'.join(re.escape(source) for source in NEWS_SOURCES)})\)?\.?$",
    re.IGNORECASE,
)
TRAILER_START_RE = re.compile(
    r"^(?:contact(?:\s+us)?|media (?:contact|enquiries)|press (?:office|contact|enquiries)|"
    r"for (?:further|more) information|notes? (?:to|for) editors?|-*\s*ends\s*-*|#{3,}|"
    r"(?:tel|telephone|phone|email|e-mail)\s*:)\b",
    re.IGNORECASE,
)
TRAILER_LINE_MAX_WORDS = 8
TRAILER_MAX_BLOCKS = 10


@dataclass(frozen=True)
class Layout:
    headline: str | None
    date: dt.date | None
    reference: str | None
    byline: str | None
    source: str | None
    paragraphs: tuple[str, ...]
    """Body paragraphs as plain text, one line each."""


def split_blocks(text: str) -> list[str]:
    """Blocks of text separated by blank lines, stripped, empty ones dropped."""
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def join_lines(block: str) -> str:
    if "\n" not in block:
        return block.strip()  # the usual one-line paragraph: nothing for the pattern to join
    return re.sub(r"\s*\n\s*", " ", block).strip()


def is_headline(block: str, following_blocks: int) -> bool:
    if following_blocks == 0 or "\n" in block:
        return False
    words = block.split()
    if len(words) > HEADLINE_MAX_WORDS:
        return False
    ends_sentence = block.rstrip().endswith((".", "!", "?", ":", '"', "”"))
    return not ends_sentence or len(words) <= HEADLINE_WITH_STOP_MAX_WORDS or block.isupper()


def find_reference(text: str) -> str | None:
    match = REFERENCE_RE.search(text)
    return match["ref"].replace(" ", "") if match else None


def byline(block: str) -> str | None:
    """A short line naming the writer: "By Jane Smith" or a bare "Jane Smith" under the headline."""
    if "\n" in block or len(block) > 60:
        return None
    prefixed = BYLINE_PREFIX_RE.match(block)
    match = prefixed or BYLINE_RE.match(block)
    if match is None:
        return None
    if prefixed is None and _names_a_venue(match["name"]):
        return None  # a match report's ground under its headline ("Barton Park"): where, not who wrote it
    if prefixed is None and _ordinary_words_only(match["name"]):
        return None  # a serial's part under its headline ("Chapter Six"), a section's name: no writer
    return match["name"]


def _ordinary_words_only(line: str) -> bool:
    """A short line of ordinary English words whose first is no known given name or initial."""
    words = line.split()
    return (words[0].casefold() not in given_names() and not is_initial(words[0])
            and all(is_common_word(word) for word in words))


def _names_a_venue(line: str) -> bool:
    """A short line whose last word ends a place's name ("Park", "Road", "Lane") and whose first is no known given
    name: the place the story comes from."""
    words = line.split()
    return (words[-1].casefold() in STREET_WORDS and words[0].casefold() not in given_names()
            and not is_initial(words[0]))


def source_line(block: str) -> str | None:
    match = SOURCE_LINE_RE.match(join_lines(block))
    if not match:
        return None
    for source in NEWS_SOURCES:
        if source.lower() == match["source"].lower():
            return source
    return None


def is_trailer_block(block: str) -> bool:
    return all(len(line.split()) <= TRAILER_LINE_MAX_WORDS for line in block.splitlines())


def split_trailer(blocks: list[str]) -> tuple[list[str], str | None]:
    """(story blocks, source named at the foot) with any contact block and credit line removed."""
    source: str | None = None
    end = len(blocks)
    for index in range(max(1, len(blocks) - TRAILER_MAX_BLOCKS), len(blocks)):
        if TRAILER_START_RE.match(blocks[index]) and all(is_trailer_block(b) for b in blocks[index:]):
            if re.search(r"press office", "\n".join(blocks[index:]), re.IGNORECASE):
                source = "Press Office"
            end = index
            break
    while end > 1:
        credit = source_line(blocks[end - 1])
        if credit is None:
            break
        source = source or credit
        end -= 1
    return blocks[:end], source


def analyse_text(text: str) -> Layout:
    """The layout of a plain-text article."""
    blocks = split_blocks(text)
    date: dt.date | None = None
    reference: str | None = None
    headline: str | None = None
    writer: str | None = None
    text_runs_on_from_date = False

    if blocks:
        first_line, _, rest_of_block = blocks[0].partition("\n")
        labelled = labelled_date(first_line)
        if labelled:
            date = labelled.date
            blocks[0] = (labelled.rest + ("\n" + rest_of_block if rest_of_block else "")).strip()
            # "date 2019-06-18 The council..." runs straight into the story: there is no headline.
            text_runs_on_from_date = bool(labelled.rest.strip())
            if not blocks[0]:
                blocks.pop(0)
    if (blocks and not text_runs_on_from_date and is_headline(blocks[0], len(blocks) - 1)
            and date_line(blocks[0]) is None):
        headline = blocks.pop(0)
    # Up to three short head lines may follow: a date line, a byline, a dateline, in any order.
    for _ in range(3):
        if len(blocks) < 2:
            break
        found = date_line(blocks[0]) if date is None and "\n" not in blocks[0] else None
        if found:
            date = found.date
            reference = reference or find_reference(found.rest)
            blocks.pop(0)
            continue
        name = byline(blocks[0]) if writer is None else None
        if name and len(blocks) > 1 and (date is not None or headline is not None):
            writer = name
            blocks.pop(0)
            continue
        break

    blocks, source = split_trailer(blocks)
    paragraphs = tuple(join_lines(block) for block in blocks)
    return Layout(headline, date, reference, writer, source, paragraphs)


MARKDOWN_HEADING_RE = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$")
MARKDOWN_SYNTAX_RE = re.compile(r"(^#{1,6}\s+|^\s*[-*+]\s+|^\s*\d+\.\s+|^>\s?|[*_`]{1,3})", re.MULTILINE)
MARKDOWN_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def markdown_to_text(block: str) -> str:
    return join_lines(MARKDOWN_SYNTAX_RE.sub("", MARKDOWN_LINK_RE.sub(r"\1", block)))


def analyse_markdown(text: str) -> tuple[Layout, str]:
    """(layout, Markdown body to render) of a Markdown article; a leading ``# Heading`` is its headline."""
    lines = text.strip("\n").split("\n")
    headline: str | None = None
    if lines and (match := MARKDOWN_HEADING_RE.match(lines[0])):
        headline = match["title"]
        lines = lines[1:]
    body = "\n".join(lines).strip("\n")
    paragraphs = tuple(p for p in (markdown_to_text(block) for block in split_blocks(body)) if p)
    return Layout(headline, None, None, None, None, paragraphs), body
