"""Links from an article's text to the pages of the people and councils it names.

The first mention of each person or council in an article becomes a link; repeats stay plain text, as on
Wikipedia. Linking the first in every paragraph was 136 bytes an article of the 10,000 BBC articles' site
(issue 16), and the names are linked again beside the text.
Every piece of article text is escaped, so the only markup that comes out is the links made here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class LinkTarget:
    """One written form of an entity and where it links."""

    surface: str
    entity: str
    """A key shared by every form of the same entity, e.g. "person:jane-smith"."""
    href: str


class MentionLinker:
    """Finds the written forms of an article's people and councils, longest first, whole words only."""

    def __init__(self, targets: Iterable[LinkTarget]) -> None:
        by_surface: dict[str, LinkTarget] = {}
        ambiguous: set[str] = set()
        for target in targets:
            surface = target.surface.strip()
            if len(surface) < 2:
                continue
            known = by_surface.setdefault(surface, target)
            if known.entity != target.entity:
                ambiguous.add(surface)  # a form two entities share ("Mr Smith") links to neither
        self._targets = {surface: target for surface, target in by_surface.items() if surface not in ambiguous}
        # Longest first, so at any position the longest form wins, as a reader would read it.
        self._surfaces = sorted(self._targets, key=lambda s: (-len(s), s))

    def _matches(self, text: str) -> list[tuple[int, int, LinkTarget]]:
        """Whole-word occurrences of the forms, leftmost first, longest at a position, never overlapping.

        Plain ``str.find`` per form rather than one big regular expression: compiling a pattern for
        every article cost more than the search itself.
        """
        found: list[tuple[int, int, str]] = []
        for surface in self._surfaces:
            start = text.find(surface)
            while start != -1:
                end = start + len(surface)
                if not _word_char_at(text, start - 1) and not _word_char_at(text, end):
                    found.append((start, -len(surface), surface))
                start = text.find(surface, start + 1)
        found.sort()
        matches = []
        position = 0
        for start, negative_length, surface in found:
            if start >= position:
                matches.append((start, start - negative_length, self._targets[surface]))
                position = start - negative_length
        return matches

    def link_text(self, text: str, linked: set[str] | None = None) -> Markup:
        """Escaped text with the first mention of each entity not already in ``linked`` made a link."""
        linked = set() if linked is None else linked
        pieces: list[Markup] = []
        position = 0
        for start, end, target in self._matches(text):
            if target.entity in linked:
                continue
            linked.add(target.entity)
            pieces.append(escape(text[position:start]))
            pieces.append(Markup(f'<a class="mention" href="{escape(target.href)}">{escape(text[start:end])}</a>'))
            position = end
        pieces.append(escape(text[position:]))
        return Markup("").join(pieces)

    def link_paragraphs(self, paragraphs: Sequence[str], linked: set[str] | None = None) -> list[Markup]:
        """``linked``, when given, gets the entities linked (those the page need not list again)."""
        linked = set() if linked is None else linked
        return [self.link_text(paragraph, linked) for paragraph in paragraphs]

    def link_html(self, safe_html: Markup, linked: set[str] | None = None) -> Markup:
        """Links inside the text of already-sanitised HTML, never inside a link, code or a heading; ``linked`` as
        for ``link_paragraphs``."""
        linked = set() if linked is None else linked
        if not self._surfaces:
            return safe_html
        out: list[str] = []
        skip_depth = 0
        for piece in _TAG_OR_TEXT.findall(str(safe_html)):
            if piece.startswith("<"):
                out.append(piece)
                name, closing = _tag_name(piece)
                if name in _NO_LINKS_INSIDE and not piece.endswith("/>"):
                    skip_depth = max(0, skip_depth - 1) if closing else skip_depth + 1
            elif skip_depth:
                out.append(piece)
            else:
                out.append(str(self.link_text(html.unescape(piece), linked)))
        return Markup("".join(out))


_TAG_OR_TEXT = re.compile(r"<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|[^<]+|<")
_NO_LINKS_INSIDE = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "kbd", "samp"}


def _tag_name(tag: str) -> tuple[str, bool]:
    match = re.match(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)", tag)
    if match is None:
        return "", False
    return match.group(2).lower(), bool(match.group(1))


def _word_char_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")
