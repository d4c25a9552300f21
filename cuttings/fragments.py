"""``{% cache key %}...{% endcache %}`` in templates: a piece of a page rendered once per build for each key.

The site header is the same on every page at one depth, in one section: tens of thousands of pages share a few
headers. The key must name everything the piece shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import jinja2
from jinja2 import nodes
from jinja2.ext import Extension
from jinja2.parser import Parser
from markupsafe import Markup


class FragmentCache(Extension):
    tags: ClassVar[set[str]] = {"cache"}

    def __init__(self, environment: jinja2.Environment) -> None:
        super().__init__(environment)
        # One environment per build (``render.make_environment``), so a fragment lasts for one build.
        self.fragments: dict[Any, Markup] = {}

    def parse(self, parser: Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        key = parser.parse_tuple()
        body = parser.parse_statements(("name:endcache",), drop_needle=True)
        return nodes.CallBlock(self.call_method("_fragment", [key]), [], [], body).set_lineno(lineno)

    def _fragment(self, key: Any, caller: Callable[[], Markup]) -> Markup:
        found = self.fragments.get(key)
        if found is None:
            found = self.fragments[key] = caller()
        return found
