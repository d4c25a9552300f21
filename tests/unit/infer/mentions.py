"""Helpers the inference tests share: model entities placed by their text, and people found without the model."""

from __future__ import annotations

import re

from cuttings.infer.findings import EntitySpan, NameSpan, PeopleResult
from cuttings.infer.people import find_people


def entity(paragraphs: list[str], index: int, text: str, label: str, occurrence: int = 0) -> EntitySpan:
    """An entity as the model might report it, right or wrong (``occurrence``: which of repeated texts)."""
    start = -1
    for _ in range(occurrence + 1):
        start = paragraphs[index].index(text, start + 1)
    return EntitySpan(index, start, start + len(text), label, text)


def names(paragraphs: list[str], entities: list[EntitySpan]) -> list[str]:
    """The names ``find_people`` gives for the paragraphs and these model entities."""
    return [person.name for person in find_people(paragraphs, entities).people]


def named(paragraphs: list[str], *people: str) -> PeopleResult:
    """Each full name, and its surname alone, as a mention of that person (no statistical model needed)."""
    spans: list[NameSpan] = []
    for name in people:
        pattern = re.compile(rf"{re.escape(name)}|\b{re.escape(name.split()[-1])}\b")
        for index, text in enumerate(paragraphs):
            spans.extend(NameSpan(index, found.start(), found.end(), found.group(), name)
                         for found in pattern.finditer(text))
    spans = sorted({(span.paragraph, span.start): span for span in spans
                    if not any(other.start < span.start < other.end and other.paragraph == span.paragraph
                               for other in spans)}.values(), key=lambda span: (span.paragraph, span.start))
    return PeopleResult((), tuple(spans))
