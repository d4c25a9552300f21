"""Typed results passed between the inference modules of one article.

Offsets are character offsets into one paragraph of ``Article.paragraphs`` (``paragraph`` is its index).
"""

from __future__ import annotations

from dataclasses import dataclass

from cuttings.model import PersonMention


@dataclass(frozen=True)
class EntitySpan:
    """A named entity found by the statistical NER model (labels as spaCy's: PERSON, ORG, GPE...)."""

    paragraph: int
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class NameSpan:
    """One mention of a person in the text, resolved to the article's canonical name for them."""

    paragraph: int
    start: int
    end: int
    surface: str
    person: str


@dataclass(frozen=True)
class PeopleResult:
    people: tuple[PersonMention, ...]
    """In order of first mention."""
    spans: tuple[NameSpan, ...]
    """Every mention, in text order."""
    works: tuple[str, ...] = ()
    """Full names the article writes only as a work, a character or a firm, and so gives no person, and full names
    it gives a person but also writes as a firm with shares ("Shares in Jane Doe fell") (``Article.works``)."""
    unsupported: tuple[str, ...] = ()
    """People found by the model's label alone, whose first word is no one's given name (``Article.unsupported``)."""


@dataclass(frozen=True)
class CouncilSpan:
    paragraph: int
    start: int
    end: int
    surface: str
    council: str
    """Canonical council name, e.g. "Barnsley Council"."""


@dataclass(frozen=True)
class CouncilResult:
    councils: tuple[str, ...]
    """Canonical names, in order of first mention."""
    spans: tuple[CouncilSpan, ...]
