"""Stage 2, infer: SourceArticle -> Article.

Each module infers one kind of fact from the text and what earlier modules found; this one composes them
and applies the editor's front matter last, so front matter always wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cuttings.infer.article import infer_article

__all__ = ["EXTRACTOR_VERSION", "infer_article"]

EXTRACTOR_VERSION = "5"
"""Bump when inference changes what it finds, so cached results are recomputed."""


def __getattr__(name: str) -> Any:
    # Composing every module is imported only when an article is inferred: a build that infers nothing, or whose
    # workers infer, need not import them all (analysis reads one of them, ``councils``).
    if name == "infer_article":
        from cuttings.infer.article import infer_article

        return infer_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
