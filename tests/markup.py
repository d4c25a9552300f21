"""Minified pages (``cuttings/minify.py``) written out again the long way, for tests that read a page's markup.

A minified page leaves out quotes around plain attribute values, optional end tags (``</p>``, ``</li>``) and
entities where the character is safe as it is. ``readable`` parses the page and writes every element back with
its attributes double-quoted (in the order the page has them), the end tags a browser implies written out, and
text escaped as the templates escape it (``markupsafe``): the same document, in the form the templates wrote.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

from markupsafe import escape

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
RAW_TEXT = frozenset({"script", "style", "title", "textarea"})
CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "p", "pre",
    "section", "table", "ul"})
"""Start tags that end an open paragraph."""
CLOSED_BY = {"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr"}, "td": {"td", "th", "tr"},
             "th": {"td", "th", "tr"}, "option": {"option"}}
"""Elements whose end tag may be left out, and the start tags of a sibling that end them."""
SCOPES = frozenset({"ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "select", "div", "section", "aside",
                    "nav", "footer", "header", "main", "article", "body"})


class _Writer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []

    def _close_until(self, stop: set[str] | frozenset[str], scope: frozenset[str] = SCOPES) -> None:
        """End the open elements down to one named in ``stop``, if there is one before ``scope`` ends."""
        for depth in range(len(self.open) - 1, -1, -1):
            name = self.open[depth]
            if name in stop:
                for closing in reversed(self.open[depth:]):
                    self.out.append(f"</{closing}>")
                del self.open[depth:]
                return
            if name in scope:
                return

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in CLOSES_P:
            self._close_until({"p"})
        for name, siblings in CLOSED_BY.items():
            if tag in siblings:
                self._close_until({name})
        written = "".join(f" {name}" if value is None else f' {name}="{escape(value)}"' for name, value in attrs)
        self.out.append(f"<{tag}{written}>")
        if tag not in VOID:
            self.open.append(tag)
        if tag in RAW_TEXT:
            self.set_cdata_mode(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            self._close_until({tag}, frozenset())
        else:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        inside = self.open[-1] if self.open else ""
        if inside in RAW_TEXT:  # as the page has it: a title's entities are left as they are by the parser
            self.out.append(str(escape(html.unescape(data))) if inside in ("title", "textarea") else data)
        else:
            self.out.append(str(escape(data)))

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")


def readable(page: str | bytes) -> str:
    """``page`` (whole or in part) with quoted attributes, its implied end tags and escaped text."""
    writer = _Writer()
    writer.feed(page.decode("utf-8") if isinstance(page, bytes) else page)
    writer.close()
    writer.out.extend(f"</{name}>" for name in reversed(writer.open) if name not in ("html", "body"))
    return "".join(writer.out)


def page_text(path: Path) -> str:
    """The page at ``path``, ``readable``."""
    return readable(path.read_text(encoding="utf-8"))
