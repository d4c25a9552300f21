"""Small text helpers shared by inference and rendering."""

from __future__ import annotations


def truncate_words(text: str, limit: int) -> str:
    """Whitespace folded; at most ``limit`` characters, cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit].rsplit(" ", 1)[0].rstrip(",;:.-–— ")
    return f"{cut}…"
