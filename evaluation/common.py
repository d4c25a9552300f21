"""What the evaluation scripts share: the one split of a corpus into halves, and the model's entities cached.

Rules are written while reading the development half; figures are reported on the held-out half. Both
scripts (``pages.py`` for which names are people and councils, ``facts.py`` for quotes and roles) use
``half_of``, so under one split no article one script develops on is one the other reports.

Two splits: ``text`` (by the article's normalised body, so a story filed twice under two paths lands in one
half) and ``path`` (by the file's path: the split of every judgement made before the text split existed, kept
so those judgements can be shown again).
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
from cuttings.read import decode, split_front_matter

DEVELOPMENT = "development"
HELD_OUT = "held-out"
HALVES = (DEVELOPMENT, HELD_OUT)


TEXT_SPLIT = "text"
PATH_SPLIT = "path"
SPLITS = (TEXT_SPLIT, PATH_SPLIT)


def normalised_body(body: str) -> str:
    """The body without its first non-blank line (the headline of a raw article, which a story filed twice
    often changes), whitespace collapsed and case folded; the whole body when it is one line."""
    lines = body.strip().split("\n", 1)
    rest = lines[1] if len(lines) == 2 and lines[1].strip() else body
    return " ".join(rest.split()).casefold()


def split_body(path: Path) -> str:
    """The body the text split hashes: the file's text after its front matter, as written. The read stage decodes
    a raw article's HTML character references (``cuttings/read.py:plain_text_body``); hashing the text as written
    keeps every article in the half it was in before that, so no judged article changes half."""
    text, _ = decode(path.read_bytes(), path, path.name)
    return split_front_matter(text, path)[1]


def half_of(relative_path: str, body: str | None = None, split: str = TEXT_SPLIT) -> str:
    """Which half an article is in: the first byte of the SHA-1 of its normalised body (``text`` split) or of
    its path relative to the corpus folder (``path`` split), even (development) or odd (held-out). Stable
    across runs and machines; under the text split, copies of one story share a half whatever their paths."""
    if split == TEXT_SPLIT:
        if body is None:
            raise ValueError(f"{relative_path}: the text split needs the article's body")
        key = normalised_body(body)
    elif split == PATH_SPLIT:
        key = relative_path
    else:
        raise ValueError(f"unknown split {split!r} (one of {', '.join(SPLITS)})")
    return DEVELOPMENT if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else HELD_OUT


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
