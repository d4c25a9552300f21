"""Pages are minified (``cuttings/minify.py``), and hostile article text stays text through it: in a title, a
body, a person's name, a council's, as raw angle brackets, as escaped ones, with quotes of both kinds."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from cuttings.minify import minified
from tests.conftest import build

SCRIPTS = ("static/js/",)
"""Where every script a page loads comes from: the site's own files, never inline."""
HOSTILE_TITLE = 'Rates </title><script>alert(1)</script> & "quoted" <img src=x onerror=alert(2)> it\'s &lt;b&gt;'
HOSTILE_NAME = 'Jo "Bo" O\'Bloggs <x-evil onclick=alert(3)>'
HOSTILE_COUNCIL = 'Upton <script>alert(4)</script> Council'


class Elements(HTMLParser):
    """Every start tag and its attributes, and the text of each ``<h1>``, parsed as a browser parses: the text of
    ``<title>`` and ``<textarea>`` is text up to its own end tag (Python's parser knows only script and style)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("title", "textarea"):
            self.set_cdata_mode(tag)
        if tag == "h1":
            self._in_h1 = True
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self.headings[-1] += data


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def test_minified_is_smaller_and_keeps_text_as_text() -> None:
    page = ('<!doctype html>\n<html lang="en">\n<head>\n<title>a &lt;/title&gt;&lt;script&gt;</title>\n</head>\n'
            '<body>\n<p class="x">a &lt; b &amp;lt; &#34;c&#34;</p>\n<p>d</p>\n</body>\n</html>\n')
    small = minified(page)
    assert len(small) < len(page)
    assert "<script>" not in small.split("</title>")[-1]
    assert "&lt;/title" in small and "&lt; b &amp;lt;" in small and '"c"' in small
    assert minified(page) == small


def test_hostile_text_in_titles_bodies_and_names_never_becomes_markup(content_dir: Path, tmp_path: Path) -> None:
    (content_dir / "hostile.md").write_text(
        f"---\ntitle: '{HOSTILE_TITLE.replace(chr(39), chr(39) * 2)}'\ndate: 2021-03-04\n"
        f"people: ['{HOSTILE_NAME.replace(chr(39), chr(39) * 2)}']\ncouncils: ['{HOSTILE_COUNCIL}']\n---\n"
        f"{HOSTILE_NAME} said <script>alert(5)</script> and &lt;script&gt;alert(6)&lt;/script&gt;.\n\n"
        f"<img src=x onerror=alert(7)> {HOSTILE_COUNCIL} agreed.\n", encoding="utf-8")
    (content_dir / "plain.txt").write_text(
        f"{HOSTILE_TITLE}\n\n{HOSTILE_NAME} said: \"<script>alert(8)</script> &lt;script&gt;\".\n", encoding="utf-8")
    output = tmp_path / "site"
    build(content_dir, output)
    pages = sorted(output.rglob("*.html"))
    headings = []
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert "\n<" not in html, f"{path} is not minified"
        found = elements(html)
        headings.extend(found.headings)
        for tag, attributes in found.tags:
            assert tag not in ("x-evil", "b"), (path, tag)
            assert not any(name.startswith("on") for name in attributes), (path, tag, attributes)
            if tag == "script":
                assert (attributes.get("src") or "").split("static/js/")[0].strip("./") == "", (path, attributes)
    # The text is all there, as text: the article's heading, and the person's and the council's.
    assert HOSTILE_TITLE in headings
    assert any(HOSTILE_NAME in heading for heading in headings)
    assert any(HOSTILE_COUNCIL in heading for heading in headings)
