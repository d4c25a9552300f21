"""Page records: a page is kept only while its params and everything it read from the catalogue are unchanged."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cuttings.memo import (
    ByName,
    Changes,
    Headlines,
    Memo,
    RecordingCatalogue,
    digest_of,
    read_id,
)
from cuttings.model import Article, ArticleEntry, Catalogue, Paragraph, PersonEntry


def an_article(title: str, source_file: str = "story.txt", body: str = "Text.") -> Article:
    return Article(source_file=source_file, content_hash="abc", title=title, date=dt.date(2020, 5, 1),
                   source=None, body_format="text", body=body, paragraphs=(Paragraph(body),))


def catalogue(first_title: str = "Library hours cut", second_body: str = "Text.", name: str = "Ann Lee",
              extra_person: bool = False) -> Catalogue:
    people = {"ann-lee": PersonEntry("ann-lee", name, articles=["library"])}
    if extra_person:
        people["bob-ray"] = PersonEntry("bob-ray", "Bob Ray", articles=["pool"])
    return Catalogue(
        articles={"library": ArticleEntry("library", an_article(first_title), people=["ann-lee"]),
                  "pool": ArticleEntry("pool", an_article("Pool to reopen", "pool.txt", second_body))},
        people=people,
        councils={},
        person_slugs={name: "ann-lee"},
    )


def build(memo: Memo, made: Catalogue, pages: dict[str, object]) -> list[str]:
    """Make each page (path -> a function of the recording catalogue) unless kept; the pages made."""
    recording = RecordingCatalogue(made)
    memo.recorder = recording.recorder
    rendered = []
    for path, page in pages.items():
        params = digest_of(path)
        if memo.keep(path, params):
            continue
        with recording.recorder.page() as reads:
            page(recording)  # type: ignore[operator]
        memo.remember(path, params, reads)
        rendered.append(path)
    return rendered


def next_build(memo: Memo, tmp_path: Path, before: Catalogue, after: Catalogue, scope: str = "scope") -> Memo:
    loaded = Memo.from_saved(scope, memo.saved())
    loaded.compare(Changes(before, after))
    return loaded


PAGES = {
    "library": lambda c: c.articles["library"].article.title,
    "pool": lambda c: c.articles["pool"].article.body,
    "ann-lee": lambda c: [c.articles[slug].article.title for slug in c.people["ann-lee"].articles],
    "names": lambda c: [person.name for person in c.people.values()],
    "linker": lambda c: c.person_slugs.get("Ann Lee"),
    "home": lambda c: len(c.articles),
}


def test_a_page_is_made_again_exactly_when_something_it_read_changed(tmp_path: Path) -> None:
    first = Memo("scope")
    assert build(first, catalogue(), PAGES) == list(PAGES)
    second = next_build(first, tmp_path, catalogue(), catalogue())
    assert build(second, catalogue(), PAGES) == []
    third = next_build(second, tmp_path, catalogue(), catalogue(second_body="More text."))
    assert build(third, catalogue(second_body="More text."), PAGES) == ["pool"]
    fourth = next_build(third, tmp_path, catalogue(second_body="More text."),
                        catalogue(first_title="Library saved", second_body="More text."))
    assert build(fourth, catalogue(first_title="Library saved"), PAGES) == ["library", "ann-lee"]


def test_a_new_person_reaches_the_pages_that_walk_the_people_and_no_others(tmp_path: Path) -> None:
    first = Memo("scope")
    build(first, catalogue(), PAGES)
    second = next_build(first, tmp_path, catalogue(), catalogue(extra_person=True))
    assert build(second, catalogue(extra_person=True), PAGES) == ["names"]


def test_a_renamed_person_reaches_the_pages_that_read_the_name_or_the_map_of_names(tmp_path: Path) -> None:
    first = Memo("scope")
    build(first, catalogue(), PAGES)
    second = next_build(first, tmp_path, catalogue(), catalogue(name="Ann Leigh"))
    assert build(second, catalogue(name="Ann Leigh"), PAGES) == ["names", "linker"]


def test_a_page_reading_a_new_field_is_made_again_when_that_field_changes(tmp_path: Path) -> None:
    """Nothing declares what a page reads: a page that starts reading the date depends on it from then on."""
    pages = {"library": lambda c: c.articles["library"].article.title}
    first = Memo("scope")
    build(first, catalogue(), pages)
    pages["library"] = lambda c: (c.articles["library"].article.title, c.articles["library"].article.date)
    # A changed template or builder changes the scope, which makes every page again ...
    second = Memo.from_saved("new scope", first.saved())
    second.compare(Changes(catalogue(), catalogue()))
    assert build(second, catalogue(), pages) == ["library"]
    # ... and records the new read: a later change of the date alone reaches the page.
    later = catalogue()
    later.articles["library"].article = dataclasses.replace(later.articles["library"].article, date=dt.date(2021, 1, 1))
    third = next_build(second, tmp_path, catalogue(), later, scope="new scope")
    assert build(third, later, pages) == ["library"]


def test_shared_values_replay_their_reads_into_every_page_that_uses_them(tmp_path: Path) -> None:
    def titles(c: RecordingCatalogue) -> object:
        return c.recorder.derived("titles", lambda: [e.article.title for e in c.articles.values()], node=True)

    pages = {"one": titles, "two": titles}
    first = Memo("scope")
    assert build(first, catalogue(), pages) == ["one", "two"]
    second = next_build(first, tmp_path, catalogue(), catalogue(second_body="Other."))
    assert build(second, catalogue(second_body="Other."), pages) == []
    third = next_build(second, tmp_path, catalogue(), catalogue(first_title="New title"))
    assert build(third, catalogue(first_title="New title"), pages) == ["one", "two"]


def test_without_the_last_catalogue_or_in_another_scope_nothing_is_kept(tmp_path: Path) -> None:
    first = Memo("scope")
    build(first, catalogue(), PAGES)
    saved = first.saved()
    unknown = Memo.from_saved("scope", saved)
    unknown.compare(None)
    assert build(unknown, catalogue(), PAGES) == list(PAGES)
    other = Memo.from_saved("other scope", saved)
    other.compare(Changes(catalogue(), catalogue()))
    assert build(other, catalogue(), PAGES) == list(PAGES)
    assert Memo.from_saved("scope", None).previous == {}


def test_an_entry_in_params_stands_for_itself_by_name() -> None:
    one, other = RecordingCatalogue(catalogue()), RecordingCatalogue(catalogue(first_title="Changed"))
    assert digest_of(("x", one.articles["library"])) == digest_of(("x", other.articles["library"]))
    assert digest_of(("x", one.articles["library"])) != digest_of(("x", one.articles["pool"]))


def test_a_plain_value_by_name_digests_its_entries_by_name_and_the_rest_by_value() -> None:
    one, other = catalogue(), catalogue(first_title="Changed")
    assert digest_of(ByName(("x", one.articles["library"]))) == digest_of(ByName(("x", other.articles["library"])))
    assert digest_of(ByName(("x", one.articles["library"]))) != digest_of(ByName(("x", one.articles["pool"])))
    assert digest_of(ByName(("x", one.articles["library"]))) != digest_of(ByName(("y", one.articles["library"])))
    recording = RecordingCatalogue(one)
    assert ByName([one.people["ann-lee"]]).view(recording)[0] is recording.people["ann-lee"]


def test_after_linking_in_part_only_the_named_articles_are_compared() -> None:
    before = catalogue()
    after = dataclasses.replace(before, articles={**before.articles, "pool": ArticleEntry(
        "pool", an_article("Pool to reopen", "pool.txt", "Changed."))})
    after.articles["library"] = dataclasses.replace(before.articles["library"], article=an_article("Other"))
    memo = Memo("scope", previous={"x": (b"", b"")}, paths={"articles": {"article.body", "article.title"}})
    memo.compare(Changes(before, after, {"articles": {"pool"}}))
    assert memo.changed == {read_id(("articles", "pool", "article.body"))}, \
        "an article the candidates leave out is not compared, nor a field that did not change"


def reads_of(records: dict[str, tuple[bytes, bytes]], reads: set[tuple[str, str, str]]) -> dict[str, set[object]]:
    ids = {read_id(read): read for read in reads}
    return {path: {ids.get(number, number) for number in np.frombuffer(numbers, dtype=np.uint64).tolist()}
            for path, (_, numbers) in records.items()}


def test_records_made_in_another_process_name_reads_as_this_one_does() -> None:
    title, name, other = ("articles", "x", "article.title"), ("people", "y", "name"), ("people", "z", "#keys")
    parent = Memo("scope")
    parent.remember("c", b"r", {name})
    child = copy.deepcopy(parent)  # as a forked process has it
    child.records, child.kept = {}, []
    child.remember("a", b"p", {title, name, other})
    parent.remember("b", b"q", {name})
    parent.adopt(*child.part_result())
    assert reads_of(parent.records, {title, name, other}) == {"a": {title, name, other}, "b": {name}, "c": {name}}
    assert parent.paths == {"articles": {"article.title"}, "people": {"name", "#keys"}}


def test_two_reads_with_one_id_only_make_a_page_again(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A read's id is a hash: were two reads to share one, a change to either makes both pages again; no page is
    kept whose read changed."""
    monkeypatch.setattr("cuttings.memo.read_id", lambda read: 7)
    first = Memo("scope")
    assert build(first, catalogue(), PAGES) == list(PAGES)
    second = next_build(first, tmp_path, catalogue(), catalogue(second_body="More text."))
    assert build(second, catalogue(second_body="More text."), PAGES) == list(PAGES)


def test_the_paths_read_are_kept_from_build_to_build(tmp_path: Path) -> None:
    """A page kept reads what it read when made: its paths stay known though no page made since reads them."""
    first = Memo("scope")
    build(first, catalogue(), {"pool": PAGES["pool"]})
    second = next_build(first, tmp_path, catalogue(), catalogue())
    assert build(second, catalogue(), {"pool": PAGES["pool"], "library": PAGES["library"]}) == ["library"]
    third = next_build(second, tmp_path, catalogue(), catalogue(second_body="More text."))
    assert third.paths["articles"] >= {"article.body", "article.title"}
    assert build(third, catalogue(second_body="More text."), {"pool": PAGES["pool"], "library": PAGES["library"]}) \
        == ["pool"]


def titles_node(c: RecordingCatalogue) -> object:
    return c.recorder.derived("titles", lambda: sorted(e.article.title for e in c.articles.values()), node=True)


def names_node(c: RecordingCatalogue) -> object:  # a shared value made from another
    return c.recorder.derived("names", lambda: (titles_node(c), [p.name for p in c.people.values()]), node=True)


VARIED_PAGES = {
    **PAGES,
    "dates": lambda c: [c.articles[slug].article.date for slug in c.articles if slug in c.articles],
    "bob": lambda c: c.people["bob-ray"].name if "bob-ray" in c.people else None,
    "bob-linked": lambda c: c.person_slugs.get("Bob Ray"),
    "titles": titles_node,
    "names-and-titles": names_node,
    "first-person": lambda c: next(iter(c.people), None),
    "any-councils": lambda c: bool(c.councils),
}
variants = st.fixed_dictionaries({
    "first_title": st.sampled_from(["Library hours cut", "Library saved"]),
    "second_body": st.sampled_from(["Text.", "More text."]),
    "name": st.sampled_from(["Ann Lee", "Ann Leigh"]),
    "extra_person": st.booleans(),
})


@settings(max_examples=60, deadline=None)
@given(st.lists(variants, min_size=2, max_size=5))
def test_no_page_is_kept_whose_reads_give_another_value(tmp_path_factory: pytest.TempPathFactory,
                                                         steps: list[dict[str, object]]) -> None:
    """Catalogues changed at random, build after build: a page is kept only if, made again, it would be the same;
    each build's records come through a save and a load, and read ids are only ever worked out again."""
    folder = tmp_path_factory.mktemp("memo")
    catalogues = [catalogue(**step) for step in steps]  # type: ignore[arg-type]
    memo = Memo("scope")
    build(memo, catalogues[0], VARIED_PAGES)
    for before, after in itertools.pairwise(catalogues):
        memo = next_build(memo, folder, before, after)
        made = build(memo, after, VARIED_PAGES)
        for path, page in VARIED_PAGES.items():
            if path not in made:
                assert page(RecordingCatalogue(before)) == page(RecordingCatalogue(after)), path


def reads_made(read: Callable[[RecordingCatalogue], object]) -> set[tuple[str, str, str]]:
    recording = RecordingCatalogue(catalogue())
    with recording.recorder.page() as reads:
        read(recording)
    return reads


LIBRARY, ANN = ("articles", "library", ""), ("people", "ann-lee", "")
EXACT_READS = [
    # An entry: the look-up, and each field read; its slug is no read, nor its article until a field of it is.
    (lambda c: c.articles["library"].slug, {LIBRARY}),
    (lambda c: c.articles["library"].article, {LIBRARY}),
    (lambda c: c.articles["library"].article.title, {LIBRARY, ("articles", "library", "article.title")}),
    (lambda c: c.articles["library"].people, {LIBRARY, ("articles", "library", "people")}),
    (lambda c: c.people.get("ann-lee").name, {ANN, ("people", "ann-lee", "name")}),  # type: ignore[union-attr]
    (lambda c: c.people.get("nobody"), {("people", "nobody", "")}),
    (lambda c: "nobody" in c.people, {("people", "nobody", "")}),
    # A plain mapping's value is the look-up alone.
    (lambda c: c.person_slugs["Ann Lee"], {("person_slugs", "Ann Lee", "")}),
    (lambda c: c.person_slugs.get("Bob Ray", ""), {("person_slugs", "Bob Ray", "")}),
    # A walk over a group: its order, its size, whether it is empty; values and items read no key of their own.
    (lambda c: [slug for slug in c.people], {("people", "", "#keys")}),
    (lambda c: list(c.people.keys()), {("people", "", "#keys"), ("people", "", "#len")}),  # list() asks the size
    (lambda c: len(c.articles), {("articles", "", "#len")}),
    (lambda c: bool(c.councils), {("councils", "", "#bool")}),
    (lambda c: [person.name for person in c.people.values()], {("people", "", "#keys"), ("people", "ann-lee", "name")}),
    (lambda c: [slug for slug, _ in c.people.items()], {("people", "", "#keys")}),
    # Where a link to a person leads; the places themselves are no page's read.
    (lambda c: c.place("ann-lee"), {("places", "ann-lee", "")}),
    (lambda c: c.places.has_page("ann-lee"), set()),
    # ``articles`` as templates see it: an article by its entry's slug, each field read recorded, the date unread.
    (lambda c: Headlines("articles", c.real.articles, c.recorder, True)["library"].title,
     {LIBRARY, ("articles", "library", "article.title")}),
    (lambda c: "nobody" in Headlines("articles", c.real.articles, c.recorder, True), {("articles", "nobody", "")}),
]


@pytest.mark.parametrize(("read", "recorded"), EXACT_READS)
def test_each_read_through_the_views_is_recorded_and_nothing_else(read: Callable[[RecordingCatalogue], object],
                                                                   recorded: set[tuple[str, str, str]]) -> None:
    """Each read a page may make, and the reads it records: one fewer would keep a page that read a change, one
    more would make pages again for changes they never showed."""
    assert reads_made(read) == recorded


def test_a_read_between_pages_is_no_page_s_and_a_page_within_a_page_keeps_its_own() -> None:
    recording = RecordingCatalogue(catalogue())
    assert recording.people["ann-lee"].name == "Ann Lee"  # between pages
    with recording.recorder.page() as outer:
        with recording.recorder.page() as inner:
            assert "pool" in recording.articles
        assert recording.person_slugs["Ann Lee"] == "ann-lee"
    assert inner == {("articles", "pool", "")}
    assert outer == {("person_slugs", "Ann Lee", "")}
