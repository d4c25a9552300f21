"""Page records: a page is kept only while its inputs and what its template looked up are unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from cuttings.memo import ArticleLookup, Memo
from cuttings.model import Article, ArticleEntry, Catalogue, Paragraph, PersonEntry


def an_article(title: str, source_file: str = "story.txt") -> Article:
    return Article(source_file=source_file, content_hash="abc", title=title, date=dt.date(2020, 5, 1),
                   source=None, body_format="text", body="Text.", paragraphs=(Paragraph("Text."),))


def catalogue(first_title: str = "Library hours cut", second_body: str = "Text.") -> Catalogue:
    second = dataclasses.replace(an_article("Pool to reopen", "pool.txt"), body=second_body)
    return Catalogue(
        articles={"library": ArticleEntry("library", an_article(first_title)), "pool": ArticleEntry("pool", second)},
        people={"ann-lee": PersonEntry("ann-lee", "Ann Lee", articles=["library"])},
        councils={},
    )


def rendered(memo: Memo, lookup: ArticleLookup, path: str, inputs: bytes, looks_up: list[str]) -> None:
    lookup.start()
    for slug in looks_up:
        lookup[slug]
    memo.remember(path, inputs, lookup, lookup.recorded())


def next_build(memo: Memo, tmp_path: Path, scope: str = "scope") -> Memo:
    return Memo.load(tmp_path / "pages", scope, memo.save(tmp_path / "pages"))


def test_unchanged_inputs_and_lookups_keep_the_page(tmp_path: Path) -> None:
    memo = Memo("scope")
    memo.bind()
    lookup = ArticleLookup(catalogue())
    inputs = memo.inputs("person.html", "people/ann-lee/index.html", catalogue().people["ann-lee"])
    rendered(memo, lookup, "people/ann-lee/index.html", inputs, ["library"])

    again = next_build(memo, tmp_path)
    again.bind()
    same = again.inputs("person.html", "people/ann-lee/index.html", catalogue().people["ann-lee"])
    assert same == inputs
    assert again.keep("people/ann-lee/index.html", same, ArticleLookup(catalogue()))
    assert "people/ann-lee/index.html" in again.records


def test_a_changed_lookup_renders_the_page_again(tmp_path: Path) -> None:
    memo = Memo("scope")
    memo.bind()
    inputs = memo.inputs("page.html", "x.html", "fixed")
    rendered(memo, ArticleLookup(catalogue()), "x.html", inputs, ["library"])
    again = next_build(memo, tmp_path)
    assert not again.keep("x.html", inputs, ArticleLookup(catalogue(first_title="Library hours restored")))
    # What the template did not look up does not matter.
    assert again.keep("x.html", inputs, ArticleLookup(catalogue(second_body="Other text.")))


def test_an_entry_in_the_inputs_stands_for_its_whole_content() -> None:
    before, after = Memo("scope"), Memo("scope")
    before.bind()
    after.bind()
    edited = catalogue(second_body="Other text.")
    assert before.inputs(catalogue().articles["pool"]) != after.inputs(edited.articles["pool"])
    assert before.inputs(catalogue().articles["library"]) == after.inputs(catalogue().articles["library"])


def test_records_from_another_scope_or_a_damaged_file_are_not_used(tmp_path: Path) -> None:
    memo = Memo("scope")
    memo.bind()
    inputs = memo.inputs("page.html")
    rendered(memo, ArticleLookup(catalogue()), "x.html", inputs, [])
    assert next_build(memo, tmp_path, scope="other templates").previous == {}
    (tmp_path / "pages").write_bytes(b"not a pickle")
    assert Memo.load(tmp_path / "pages", "scope").previous == {}


def test_a_record_names_the_articles_its_inputs_hold() -> None:
    memo = Memo("scope")
    memo.bind()
    lookup = ArticleLookup(catalogue())
    entries = catalogue().articles
    digest = memo.inputs("feed.xml", memo.entries([entries["pool"]]), {"first": entries["library"]})
    rendered(memo, lookup, "feed.xml", digest, [])
    assert set(memo.records["feed.xml"].depends) == {"pool", "library"}
    # What the next page digests is its own.
    rendered(memo, lookup, "plain.html", memo.inputs("plain.html"), [])
    assert memo.records["plain.html"].depends == ()


def two_article_pages() -> Memo:
    """A build's records of the two articles' pages."""
    memo = Memo("scope")
    memo.bind()
    lookup = ArticleLookup(catalogue())
    entries = catalogue().articles
    rendered(memo, lookup, "pool.html", memo.inputs("article.html", entries["pool"]), [])
    rendered(memo, lookup, "library.html", memo.inputs("article.html", entries["library"]), [])
    return memo


def test_only_pages_reading_a_changed_article_are_examined_again(tmp_path: Path) -> None:
    memo = two_article_pages()
    lookup = ArticleLookup(catalogue())
    rendered(memo, lookup, "list.html", memo.inputs("list.html"), ["pool"])

    again = next_build(memo, tmp_path)
    assert not again.unaffected("library.html")  # no change known: every page's inputs are checked
    again.dirty = frozenset({"pool"})
    assert again.unaffected("library.html")
    assert again.unexamined == ["library.html"]
    assert not again.unaffected("pool.html")
    assert not again.unaffected("list.html")  # it looked the article up
    assert not again.unaffected("new.html")  # made for the first time


def test_digests_of_unchanged_entries_carry_over(tmp_path: Path) -> None:
    memo = Memo("scope")
    memo.bind()
    first = catalogue()
    again = Memo.load(tmp_path / "pages", "scope", memo.save(tmp_path / "pages", first, "keys"))
    assert again.catalogue_keys == "keys"
    again.dirty = frozenset({"pool"})
    again.bind()
    edited = catalogue(second_body="Other text.")
    # The unchanged entry's digest is the saved one; the changed entry's is worked out afresh.
    assert again.inputs(edited.articles["library"]) == memo.inputs(first.articles["library"])
    assert again.inputs(edited.articles["pool"]) != memo.inputs(first.articles["pool"])


def test_a_folder_made_unchecked_is_kept_only_while_nothing_but_articles_changed(tmp_path: Path) -> None:
    memo = Memo("scope")
    memo.bind()
    memo.remember_unchecked("names/0.json")
    memo.remember_unchecked("names/manifest.json")
    again = next_build(memo, tmp_path)
    assert again.unaffected_folder("names/") is None
    assert not again.keep("names/0.json", again.inputs(), ArticleLookup(catalogue()))
    again.dirty = frozenset({"pool"})
    assert again.unaffected_folder("names/") == ["names/0.json", "names/manifest.json"]
    assert again.unaffected_folder("other/") is None
    # Kept unexamined, they are recorded for the build after as they were.
    assert set(next_build(again, tmp_path).previous) == {"names/0.json", "names/manifest.json"}


def test_a_page_showing_only_what_linking_reads_depends_on_no_article(tmp_path: Path) -> None:
    memo = Memo("scope")
    memo.bind()
    lookup = ArticleLookup(catalogue())
    entries = list(catalogue().articles.values())
    memo.remember("index.html", memo.inputs("index.html", entries), lookup, (), link_level=True)
    memo.remember("feed.xml", memo.inputs("feed.xml", entries), lookup, ())
    again = next_build(memo, tmp_path)
    again.dirty = frozenset({"pool"})
    assert again.unaffected("index.html")
    assert not again.unaffected("feed.xml")


def test_after_a_build_that_changed_some_articles_only_what_it_examined_is_written(tmp_path: Path) -> None:
    from cuttings.memo import delta_path

    memo = two_article_pages()
    first = memo.save(tmp_path / "pages", catalogue(), "keys-1")
    base = (tmp_path / "pages").read_bytes()

    edited = catalogue(second_body="Other text.")
    again = Memo.load(tmp_path / "pages", "scope", first)
    again.dirty = frozenset({"pool"})
    again.bind()
    assert again.unaffected("library.html")
    pool_inputs = again.inputs("article.html", edited.articles["pool"])
    assert not again.keep("pool.html", pool_inputs, ArticleLookup(edited))
    rendered(again, ArticleLookup(edited), "pool.html", pool_inputs, [])
    second = again.save(tmp_path / "pages", edited, "keys-2")
    assert (tmp_path / "pages").read_bytes() == base, "the whole save is left as it was"
    assert delta_path(tmp_path / "pages").exists()
    assert Memo.load(tmp_path / "pages", "scope", first).previous == {}, "records of another save are not used"

    third = Memo.load(tmp_path / "pages", "scope", second)
    assert third.catalogue_keys == "keys-2"
    assert third.previous["pool.html"].inputs == pool_inputs
    assert third.previous["library.html"] == memo.records["library.html"]
    third.bind()
    assert third.keep("pool.html", third.inputs("article.html", edited.articles["pool"]), ArticleLookup(edited))

    delta_path(tmp_path / "pages").write_bytes(b"damaged")
    assert Memo.load(tmp_path / "pages", "scope", first).catalogue_keys == "keys-1", "the whole save alone holds"
    assert Memo.load(tmp_path / "pages", "scope", second).previous == {}, "nor is a save half there"
    fourth = third.save(tmp_path / "pages", edited, "keys-3")  # no change known: every record written again
    assert not delta_path(tmp_path / "pages").exists()
    assert Memo.load(tmp_path / "pages", "scope", fourth).catalogue_keys == "keys-3"
