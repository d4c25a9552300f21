"""Names found however they are typed: a letter missing, two swapped, spelt as they sound, without accents.

The site is built from a content folder written here (front matter names the people, so nothing depends on
what inference makes of the text)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cuttings.search.fuzzy import buckets, sound_key
from cuttings.serve import make_server
from tests.browser.test_search import suggestions
from tests.conftest import BuiltSite, Served, build

pytestmark = pytest.mark.browser

PEOPLE = {
    # name: (articles, aliases)
    "Susan Hinchcliffe": (2, ["Coun Hinchcliffe"]),
    "Susan Hinchley": (3, []),
    "Tom Isherwood": (1, []),
    "Dan Sherwood": (4, []),
    "Paul Stephenson": (1, []),
    "Mark Stevens": (3, []),
    "Helen Philips": (1, []),
    "Anna Macrae": (1, []),
    "Søren Østergaard": (1, []),
    "Karen Ostler": (2, []),
}


def write_content(folder: Path) -> None:
    number = 0
    for name, (articles, aliases) in PEOPLE.items():
        for copy in range(articles):
            number += 1
            people = ", ".join(f'"{person}"' for person in [name])
            alias_lines = "".join(f'  "{name}": ["{alias}"]\n' for alias in aliases)
            front = f"---\ntitle: \"Story {number}\"\ndate: 2021-03-{number:02d}\npeople: [{people}]\n"
            if alias_lines:
                front += f"aliases:\n{alias_lines}"
            (folder / f"story-{number:02d}.md").write_text(
                front + f"---\n{name} spoke at the town hall meeting on the market plans (copy {copy}).\n",
                encoding="utf-8")


@pytest.fixture(scope="module")
def served_names(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    content = tmp_path_factory.mktemp("typos") / "content"
    content.mkdir()
    write_content(content)
    output = content.parent / "site"
    report = build(content, output, "/repo/")
    server = make_server(output, 0, "/repo/", verbose=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    yield Served(f"http://{host}:{port}/repo/", BuiltSite(output, report, "/repo/"))
    server.shutdown()
    server.server_close()


def names_on_search_page(page, served: Served, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    page.goto(served.url + "search/?q=" + text)
    page.wait_for_function("t => document.getElementById('search-names').dataset.query === t", arg=text)
    return page.locator("#search-names a").all_inner_texts()


@pytest.mark.parametrize(("typed", "wanted"), [
    ("Isherwod", "Tom Isherwood"),               # a letter missing
    ("Tom Isherwod", "Tom Isherwood"),
    ("Hinhccliffe", "Susan Hinchcliffe"),        # two letters swapped
    ("Susan Hicnhcliffe", "Susan Hinchcliffe"),
    ("Filips", "Helen Philips"),                 # spelt as it sounds: two edits for six letters, another first letter
    ("Stevenson", "Paul Stephenson"),
    ("McRae", "Anna Macrae"),
    ("Hinchliffe", "Susan Hinchcliffe"),
    ("ostergaard", "Søren Østergaard"),          # no accents, any case
    ("SOREN OSTERGARD", "Søren Østergaard"),
])
def test_a_misspelt_name_is_suggested_first_in_the_box(page, served_names: Served, typed: str,
                                                        wanted: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_names.url + "articles/")
    shown = suggestions(page, "header .search-input", typed)
    assert shown and shown[0].startswith(wanted), shown


@pytest.mark.parametrize(("typed", "wanted"), [
    ("Isherwod", "Tom Isherwood"), ("Ihserwood", "Tom Isherwood"), ("Tomson Filips", None),
    ("Stevenson", "Paul Stephenson"), ("Ostergard", "Søren Østergaard"),
])
def test_a_misspelt_name_is_listed_on_the_search_page(page, served_names: Served, typed: str,
                                                      wanted: str | None) -> None:  # type: ignore[no-untyped-def]
    shown = names_on_search_page(page, served_names, typed)
    if wanted is None:
        assert shown == []
    else:
        assert shown and shown[0] == wanted, shown


def test_names_matching_as_typed_come_before_near_ones(page, served_names: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_names.url + "articles/")
    # "Stevens" (3 articles) is two edits from "stephens"; Stephenson (1 article) starts with it.
    shown = suggestions(page, "header .search-input", "Stephens")
    assert [text.split("\n")[0] for text in shown] == ["Paul Stephenson", "Mark Stevens"]
    # Among near names, fewer edits first: Sherwood (4 articles) is two edits from "isherwod", Isherwood one.
    shown = suggestions(page, "header .search-input", "Isherwod")
    assert [text.split("\n")[0] for text in shown] == ["Tom Isherwood", "Dan Sherwood"]
    # Under four letters nothing is a typo: "Isj" suggests nobody.
    assert suggestions(page, "header .search-input", "Isj") == []


def test_an_alias_within_an_edit_is_shown_as_the_alias(page, served_names: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_names.url + "articles/")
    shown = suggestions(page, "header .search-input", "Coun Hinchclife")
    assert shown and shown[0].startswith("Susan Hinchcliffe") and "Coun Hinchcliffe" in shown[0]


WORDS = ["stephenson", "stevenson", "macrae", "mcrae", "hinchcliffe", "hinchliffe", "philips", "fillips",
         "thompson", "knight", "wright", "psmith", "xavier", "ghosh", "hughes", "dodgson", "schmidt", "ostergaard",
         "o", "42", "zoë", "ng", "ciccone", "czerny", "quayle", "tchaikovsky", "mackintosh", "whelan", "gnome"]


def test_sound_keys_and_buckets_are_the_same_in_python_and_javascript(page, served_names: Served) -> None:  # type: ignore[no-untyped-def]
    page.goto(served_names.url + "articles/")
    page.wait_for_function("() => window.CuttingsNames")
    in_browser = page.evaluate("ws => ws.map(w => [CuttingsNames.soundKey(w), CuttingsNames.bucketsOf(w)])", WORDS)
    assert in_browser == [[sound_key(word), buckets(word)] for word in WORDS]
