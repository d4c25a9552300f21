"""What the evaluation scripts share: the one split of a corpus into halves, and the model's entities cached.

Rules are written while reading the development half; figures are reported on the held-out half. Both
scripts (``pages.py`` for which names are people and councils, ``facts.py`` for quotes and roles) use
``half_of``, so no article one script develops on is one the other reports.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable, Sequence
from pathlib import Path

import cuttings.infer.article as article_module
from cuttings.infer.findings import EntitySpan
from cuttings.infer.ner import find_entities
from cuttings.model import Article, SourceArticle

DEVELOPMENT = "development"
HELD_OUT = "held-out"
HALVES = (DEVELOPMENT, HELD_OUT)


def half_of(relative_path: str) -> str:
    """Which half an article is in: the first byte of the SHA-1 of its path relative to the corpus folder,
    even (development) or odd (held-out). Stable across runs and machines, and blind to the article's text."""
    return DEVELOPMENT if hashlib.sha1(relative_path.encode("utf-8")).digest()[0] % 2 == 0 else HELD_OUT


class EntityCache:
    """The model's entities per article, by the paragraphs' text: rules change far more often than the model."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, list[EntitySpan]] = {}
        if path.exists():
            with path.open("rb") as handle:
                self.entries = pickle.load(handle)
        self.dirty = False

    def find(self, paragraphs: Sequence[str], nlp: object = None) -> list[EntitySpan]:
        key = hashlib.sha256("\x00".join(paragraphs).encode("utf-8")).hexdigest()
        found = self.entries.get(key)
        if found is None:
            found = find_entities(paragraphs)
            self.entries[key] = found
            self.dirty = True
        return found

    def save(self) -> None:
        if self.dirty:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("wb") as handle:
                pickle.dump(self.entries, handle)


def infer_and_store(sources: Iterable[SourceArticle], entities: EntityCache, store: Path) -> list[Article]:
    """Infer every source as the build does, the model's entities taken from ``entities`` where it has them,
    and pickle the articles at ``store`` for the next run."""
    article_module.find_entities = entities.find  # type: ignore[assignment]
    articles = [article_module.infer_article(source) for source in sources]
    entities.save()
    store.parent.mkdir(parents=True, exist_ok=True)
    with store.open("wb") as handle:
        pickle.dump(articles, handle)
    return articles
