"""The page decision in groups of names (``cuttings.analysis.identity.name_groups``): no rule looks across groups,
and linking in part, which decides again only the groups a change reaches, equals linking in full."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cuttings.analysis.identity import KeyIndex, decide_group, name_groups, name_tables, page_names
from cuttings.link import build_catalogue, link, newest_first_key
from cuttings.memo import Changes
from cuttings.model import Article, Paragraph, PersonMention, QuoteFact
from cuttings.relink import LinkedStore
from tests.unit.test_relink import assert_same, keys_of

# Made-up names that the rules join: a surname alone, initials, case, spelling, nickname, fitting and swapped
# twins, surname slips, a double surname without its hyphen, a word stuck on the front, a peer, a firm, a place,
# generational letters (and a bare "Jr", which still meets every name ending in them).
NAMES = ("Clara Penhallow", "Penhallow", "C Penhallow", "clara penhallow", "Clara Penhalow", "Clarissa Penhallow",
         "Dave Orrin", "David Orrin", "Davey Orrin", "D Orrin", "Orrin", "Yimou Zhangwei", "Zhangwei Yimou",
         "Idris Marchbank-Quell", "Marchbank Quell", "Idris Marchbank Quell", "Quell", "Ada Quell",
         "Mayor Ada Quell", "Ada Q Quell", "Northfold Green", "Ada Quell Ltd", "Nicolas Orrinson", "Nicoals Orrinson",
         "Jo Orrinson", "Joanna Orrinson", "Ned Orrin", "CountyCouncillorNed Orrin", "N Orrinsen", "C Penhalow",
         "Korvane Ustrello", "Korvane Orrin", "Dave Orrin Jr", "Clara Penhallow Jr", "Ned Orrin Sr", "Jr")
FIRST_WORDS = ("korvane", "northfold")
"""First words the model may call a thing or a person elsewhere (``_first_word_a_thing_in_the_archive``)."""
ALIASES = {"Quell": ("Lord Quell",), "Penhallow": ("Mrs Penhallow",), "Orrin": ("Cllr Orrin",)}
OTHER_ALIASES = {"Quell": ("Captain Quell",)}
"""A title of another kind for the peer's surname: that article is not the peer's (``_under_other_titles``)."""
FOLDERS = ("", "news/", "sport/")

names_st = st.lists(st.sampled_from(NAMES), unique=True, max_size=8)


@st.composite
def archives(draw: st.DrawFn, most: int = 12) -> list[Article]:
    articles = []
    for number in range(draw(st.integers(1, most))):
        people = tuple(PersonMention(name, (ALIASES, OTHER_ALIASES, {})[draw(st.integers(0, 2))].get(name, ()))
                       for name in draw(names_st))
        articles.append(Article(
            source_file=f"{draw(st.sampled_from(FOLDERS))}{number}.txt", content_hash=str(number),
            title=draw(st.sampled_from(("Budget", "Roads"))), date=None, source=None, body_format="text", body="",
            paragraphs=(Paragraph("text"),), people=people,
            councils=draw(st.lists(st.sampled_from(("Northfold Parish Council", "Eastmere Council")), unique=True)),
            other_entities=tuple(draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=2))),
            works=tuple(draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=1))),
            organisations=tuple(draw(st.lists(st.sampled_from(("Ada Quell Ltd", "Orrin & Sons")), unique=True))),
            quotes=tuple(QuoteFact(p.name, "Indeed.") for p in people if draw(st.booleans())),
            unsupported=tuple(p.name for p in people if p.name.startswith("Korvane") and draw(st.booleans())),
            thing_words=tuple(draw(st.lists(st.sampled_from(FIRST_WORDS), unique=True))),
            person_words=tuple(draw(st.lists(st.sampled_from(FIRST_WORDS), unique=True)))))
    return articles


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(archives())
def test_no_rule_looks_across_groups(articles: list[Article]) -> None:
    """Each group decided alone gives what deciding every name as one group gives: the groups hold every pair of
    names some rule compares."""
    tables = name_tables(articles)
    pages: dict[str, str | None] = {}
    why: dict[str, str] = {}
    here: dict[tuple[str, str], str] = {}
    decide_group(tables, list(tables.counts), pages, why, here)
    reasons: dict[str, str] = {}
    per_article: dict[tuple[str, str], str] = {}
    assert page_names(articles, reasons, per_article) == pages
    assert reasons == why
    assert per_article == here
    groups = name_groups(tables.counts, tables.parsed)
    assert sorted(name for group in groups for name in group) == sorted(tables.counts)


@st.composite
def edits(draw: st.DrawFn, articles: list[Article]) -> list[Article]:
    """An article added, deleted, or its people, other entities, councils or first words changed."""
    kind = draw(st.sampled_from(("add", "delete", "edit")))
    if kind == "add" or not articles:
        extra = draw(archives(1))[0]
        source = f"news/added-{len(articles)}.txt"
        while any(a.source_file == source for a in articles):  # a folder never holds one file name twice
            source = source.replace(".txt", "-again.txt")
        return [*articles, dataclasses.replace(extra, source_file=source)]
    chosen = draw(st.sampled_from(articles))
    if kind == "delete":
        return [a for a in articles if a is not chosen]
    other = draw(archives(1))[0]
    field = draw(st.sampled_from(("people", "other_entities", "works", "councils", "organisations", "quotes",
                                  "unsupported", "thing_words", "person_words")))
    new = dataclasses.replace(chosen, content_hash=chosen.content_hash + "'", **{field: getattr(other, field)})
    return [new if a is chosen else a for a in articles]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(archives(), st.data())
def test_deciding_only_the_groups_reached_is_a_full_link(articles: list[Article], data: st.DataObject) -> None:
    """Names joined and parted by a sequence of edits: each step linked in part from the step before (and the names'
    keys it kept) equals a full link of that step, and the groups found through the kept keys are the groups."""
    linked = link(articles)
    for _ in range(data.draw(st.integers(1, 4))):
        articles = data.draw(edits(articles))
        # The names' keys kept from the last link: names no article gives any more stay in it.
        linked = link(articles, linked.catalogue, linked.index)
        assert_same(linked.catalogue, build_catalogue(articles))
        tables = name_tables(sorted(articles, key=newest_first_key))
        assert name_groups(tables.counts, index=linked.index) == name_groups(tables.counts, tables.parsed)


def rows_of(index: KeyIndex) -> dict[str, dict[str, list[str]]]:
    """``index.read``, each row's files sorted (their order is the order they were given in)."""
    return {kind: {key: sorted(files) for key, files in rows.items()} for kind, rows in (index.read or {}).items()}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(archives(), st.data())
def test_where_names_are_read_is_kept_through_the_store_as_made_afresh(articles: list[Article],
                                                                       data: st.DataObject) -> None:
    """Where each name, place and first word of a name given on the model's label alone is read (``KeyIndex.read``),
    kept across edits in the linked store (patch on patch, a whole save when the patch is full) and brought up to
    date by linking in part, equals it made afresh from the articles, and the link equals a full link: rows gone
    stale fail it (checked: moving no row, or saving no changed row in the patch, or no place, fails)."""
    with tempfile.TemporaryDirectory() as folder:
        store = LinkedStore(Path(folder) / "linked.pickle", "inference-1", patch_limit=data.draw(st.integers(0, 60)))
        linked = link(articles)
        store.save_whole(linked.catalogue, keys_of(articles), linked.index)
        for _ in range(data.draw(st.integers(1, 5))):
            articles = data.draw(edits(articles))
            loaded = store.load()
            assert loaded is not None
            # Now and then linked in full from the kept index, as a build with corrections is.
            linked = link(articles, loaded.catalogue if data.draw(st.integers(0, 3)) else None, loaded.index)
            assert_same(linked.catalogue, build_catalogue(articles))
            fresh = KeyIndex()
            fresh.read_all(articles)
            linked.index.unpack()  # still packed if the edit changed nothing the decision reads
            assert rows_of(linked.index) == rows_of(fresh)
            whole = store.save(linked.catalogue, keys_of(articles), Changes(loaded.catalogue, linked.catalogue),
                               linked.index)
            if whole is not None:
                whole()


def test_a_full_link_from_a_kept_index_drops_the_rows_no_article_gives_any_more(tmp_path: Path) -> None:
    """A build linking in full from the store's index (corrections) makes ``read`` afresh: a row it no longer has
    must go from the store too, or the next build reads a deleted article's rows (checked: marking only the rows
    made afresh as changed fails it with a KeyError)."""
    def article(number: int, name: str) -> Article:
        return Article(source_file=f"{number}.txt", content_hash=str(number), title="Budget", date=None, source=None,
                       body_format="text", body="", paragraphs=(Paragraph("text"),), people=(PersonMention(name),),
                       councils=("Eastmere Council",) if number == 2 else ())

    steps = [[article(1, "Clara Penhallow"), article(2, "Dave Orrin")], [article(1, "Clara Penhallow")],
             [article(1, "Clara Penhallow"), article(3, "Ned Orrin")]]
    store = LinkedStore(tmp_path / "linked.pickle", "inference-1")
    linked = link(steps[0])
    store.save_whole(linked.catalogue, keys_of(steps[0]), linked.index)
    for number, articles in enumerate(steps[1:]):
        loaded = store.load()
        assert loaded is not None
        linked = link(articles, loaded.catalogue if number else None, loaded.index)
        assert_same(linked.catalogue, build_catalogue(articles))
        fresh = KeyIndex()
        fresh.read_all(articles)
        assert rows_of(linked.index) == rows_of(fresh)
        assert store.save(linked.catalogue, keys_of(articles), Changes(loaded.catalogue, linked.catalogue),
                          linked.index) is None, "saved as a patch"


def test_a_new_surname_is_decided_alone() -> None:
    """A name sharing no key with any other is a group of its own, so an article naming someone new decides again
    only that group and the groups of the other names the article reads."""
    base = [Article(source_file=f"{n}.txt", content_hash=str(n), title="T", date=None, source=None,
                    body_format="text", body="", paragraphs=(Paragraph("x"),),
                    people=(PersonMention("Clara Penhallow"), PersonMention("Dave Orrin"))) for n in range(3)]
    articles = sorted(base, key=newest_first_key)
    tables = name_tables([*articles, dataclasses.replace(
        articles[0], source_file="new.txt", people=(PersonMention("Ottilie Quxbarrow"),))])
    groups = name_groups(tables.counts, tables.parsed)
    assert ["Ottilie Quxbarrow"] in groups
    assert ["Clara Penhallow"] in groups and ["Dave Orrin"] in groups


def test_generational_letters_join_no_groups() -> None:
    """Names sharing only their generational letters ("Jr") are in the groups of their surnames, not one group: at
    50,000 articles a key of the letters made one group of 12,000 names, decided again at each edit naming one."""
    articles = [Article(source_file=f"{n}.txt", content_hash=str(n), title="T", date=None, source=None,
                        body_format="text", body="", paragraphs=(Paragraph("x"),), people=(PersonMention(name),))
                for n, name in enumerate(("Clara Penhallow Jr", "Dave Orrin Jr", "Dave Orrin", "Penhallow"))]
    tables = name_tables(articles)
    groups = name_groups(tables.counts, tables.parsed)
    assert sorted(map(sorted, groups)) == [["Clara Penhallow Jr", "Penhallow"], ["Dave Orrin", "Dave Orrin Jr"]]
