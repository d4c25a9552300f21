"""Linking in part from the last catalogue gives exactly the catalogue a full link gives; the store keeps it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cuttings import relink
from cuttings.analysis.identity import KeyIndex
from cuttings.link import Linked, _decision_unchanged, build_catalogue, link, newest_first_key
from cuttings.memo import Changes, changed_slugs
from cuttings.model import (
    Article,
    Catalogue,
    Paragraph,
    PersonEntry,
    PersonMention,
    QuoteFact,
    RoleFact,
    pickled_by_fields,
)
from cuttings.relink import LinkedStore
from cuttings.sealed import read_sealed

EVENT = "Northfold Council children's services were rated inadequate by Ofsted in March 2019."
OTHER_EVENT = "Government-appointed commissioners were sent in to run Northfold Council in June 2020."


def article(source: str, *paragraphs: str, title: str | None = None, date: dt.date | None = dt.date(2021, 5, 4),
            people: tuple[PersonMention, ...] = (), councils: tuple[str, ...] = (),
            roles: tuple[RoleFact, ...] = (), quotes: tuple[QuoteFact, ...] = ()) -> Article:
    return Article(source_file=source, content_hash=f"{source}:{hash(paragraphs)}", title=title or source.upper(),
                   date=date, source="The Gazette", body_format="text", body="",
                   paragraphs=tuple(Paragraph(text) for text in paragraphs), people=people, councils=councils,
                   roles=roles, quotes=quotes)


def archive() -> list[Article]:
    clara = PersonMention("Clara Penhallow", ("Coun Penhallow",))
    idris = PersonMention("Idris Marchbank")
    return [
        article("a.txt", "Clara Penhallow opened the library.", "It has six thousand books.",
                people=(clara,), councils=("Northfold Council",),
                roles=(RoleFact("Clara Penhallow", "leader", "Northfold Council"),),
                quotes=(QuoteFact("Clara Penhallow", "A fine day for reading."),)),
        article("b.txt", "The budget was set.", EVENT, people=(clara, idris),
                councils=("Northfold Council", "Eastmere Council"), date=dt.date(2021, 6, 1),
                roles=(RoleFact("Idris Marchbank", "chief executive", "Eastmere Council"),)),
        article("c.txt", EVENT, "Parents were told at a meeting.", councils=("Northfold Council",),
                date=dt.date(2019, 4, 2)),
        article("d.txt", "Idris Marchbank retired.", people=(idris,), date=None,
                quotes=(QuoteFact("Idris Marchbank", "Thank you all."),)),
        article("e.txt", "Roadworks begin on Monday.", councils=("Eastmere Council",), title="Roadworks"),
    ]


class _ByValue(pickle.Pickler):
    """Dataclasses pickled as their type and fields' values, packed fields (``model.packed_fields``) read: a
    packed field's own pickle keeps a memo, which this one must not."""

    def reducer_override(self, obj: object) -> object:
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return type(obj), tuple(getattr(obj, item.name) for item in dataclasses.fields(obj))
        return NotImplemented


def pickled(catalogue: Catalogue) -> bytes:
    """The catalogue's bytes without pickle's memo, so objects shared or not within it pickle the same."""
    buffer = io.BytesIO()
    pickler = _ByValue(buffer, protocol=5)
    pickler.fast = True  # a catalogue holds no cycles
    pickler.dump(catalogue)
    return buffer.getvalue()


def assert_same(left: Catalogue, right: Catalogue) -> None:
    assert left == right
    for kind in ("articles", "people", "councils"):
        assert list(getattr(left, kind)) == list(getattr(right, kind)), f"{kind} in another order"
    assert pickled(left) == pickled(right)


def edited(articles: list[Article], file: str, /, **changes: object) -> tuple[list[Article], dict[str, Article]]:
    new = [dataclasses.replace(a, content_hash=a.content_hash + "'", **changes) if a.source_file == file else a
           for a in articles]
    return new, {file: next(a for a in new if a.source_file == file)}


def linked_in_part(previous: list[Article], articles: list[Article]) -> Catalogue:
    """``articles`` linked in part from the catalogue of ``previous`` (and the names' index its link gave), checked
    against linking in full: equal, the previous catalogue left as it was, and ``remade`` naming exactly the keys
    whose value differs."""
    first = link(previous)
    return linked_from(first.catalogue, articles, first.index).catalogue


def linked_from(before: Catalogue, articles: list[Article], index: KeyIndex | None = None) -> Linked:
    """``articles`` linked in part from the catalogue ``before``, with the checks ``linked_in_part`` names."""
    untouched = pickled(before)
    result = link(articles, before, index)
    assert_same(result.catalogue, build_catalogue(articles))
    assert pickled(before) == untouched, "the previous catalogue was changed"
    for group in ("articles", "people", "councils", "person_slugs", "council_slugs"):
        assert result.remade[group] == changed_slugs(before, result.catalogue, group), group
    return result


@pytest.mark.parametrize(("source", "changes"), [
    ("a.txt", {"paragraphs": (Paragraph("Clara Penhallow opened the library."), Paragraph("More are on the way."))}),
    ("b.txt", {"paragraphs": (Paragraph("The budget was set after a long debate."), Paragraph(EVENT))}),
    ("e.txt", {"paragraphs": ()}),
    ("a.txt", {"people": (PersonMention("Clara Penhallow", ("Coun Penhallow",)), PersonMention("Ned Orrin"))}),
    ("a.txt", {"people": (PersonMention("Clara Penhallow", ("Cllr Penhallow",)),)}),  # an alias
    ("e.txt", {"councils": ("Eastmere Council", "Northfold Council")}),
    ("a.txt", {"roles": (RoleFact("Clara Penhallow", "deputy leader", "Northfold Council"),)}),
    ("a.txt", {"quotes": (QuoteFact("Clara Penhallow", "A grand day for reading."),)}),
    ("a.txt", {"title": "Library opens"}),
    ("a.txt", {"date": dt.date(2021, 5, 5)}),
    ("d.txt", {"date": dt.date(2020, 1, 1)}),
    ("a.txt", {"slug": "library"}),
    ("a.txt", {"source": "The Courier"}),
    ("a.txt", {"organisations": ("Friends of the Library",)}),
    # The events: one added, one gone, and one whose sentence (the evidence) is reworded.
    ("a.txt", {"paragraphs": (Paragraph("Clara Penhallow opened the library."), Paragraph(OTHER_EVENT))}),
    ("b.txt", {"paragraphs": (Paragraph("The budget was set."),)}),
    ("c.txt", {"paragraphs": (Paragraph(EVENT.replace("were", "had been")),)}),
])
def test_an_edit_linked_in_part_is_a_full_link(source: str, changes: dict[str, object]) -> None:
    articles = archive()
    new, changed = edited(articles, source, **changes)
    catalogue = linked_in_part(articles, new)
    assert any(entry.article is changed[source] for entry in catalogue.articles.values())


def test_articles_added_and_removed_and_nothing_changed() -> None:
    articles = archive()
    gwen = PersonMention("Gwen Oakhurst", ("Coun Oakhurst",))
    added = article("f.txt", "Gwen Oakhurst spoke.", people=(gwen, PersonMention("Clara Penhallow")),
                    councils=("Westby Council",), quotes=(QuoteFact("Gwen Oakhurst", "We will see."),))
    catalogue = linked_in_part(articles, [*articles, added])
    assert "gwen-oakhurst" in catalogue.people
    linked_in_part(articles, [a for a in articles if a.source_file != "b.txt"])
    same = link(articles, build_catalogue(articles))
    assert not any(same.remade.values())


def test_an_added_article_takes_its_own_slug_unless_another_article_holds_it() -> None:
    """``_article_slugs``: an added article whose slug no article holds takes it and moves no other; one wanting
    a slug a clash gave another ("budget-2") is numbered with the rest in file order, as a full link does."""
    budgets = [article("a.txt", "One.", title="Budget"), article("c.txt", "Two.", title="Budget")]
    assert set(linked_in_part(budgets, [*budgets, article("d.txt", "Three.", title="Roads")]).articles) == {
        "budget", "budget-2", "roads"}
    clashing = linked_in_part(budgets, [*budgets, article("b.txt", "Three.", title="Budget 2")])
    assert {entry.article.source_file: slug for slug, entry in clashing.articles.items()} == {
        "a.txt": "budget", "b.txt": "budget-2", "c.txt": "budget-3"}


def test_a_fact_moved_to_another_paragraph_is_linked_again() -> None:
    base = article("m.txt", "First.", "Second.", people=(PersonMention("Ann Bell"),))
    here = dataclasses.replace(base, roles=(RoleFact("Ann Bell", "leader", None, 0, 0),),
                               quotes=(QuoteFact("Ann Bell", "We will mend every road.", 0, 0),))
    moved = dataclasses.replace(here, content_hash="moved",
                                quotes=(QuoteFact("Ann Bell", "We will mend every road.", 1, 0),))
    assert here.quotes == moved.quotes  # one fact, wherever it is stated ...
    catalogue = linked_in_part([here, *archive()], [moved, *archive()])
    assert catalogue.people["ann-bell"].quotes[0].paragraph == 1  # ... but the evidence the pages link to moved


# --- random archives ------------------------------------------------------------------------------

NAMES = ("Clara Penhallow", "Idris Marchbank", "Ned Orrin", "Ada Quell", "ned orrin", "Penhallow", "Eli Penhallow")
COUNCILS = ("Northfold Council", "Eastmere Council", "Westby Town Council")
SENTENCES = ("The meeting ran late.", "Clara Penhallow spoke first.", EVENT, OTHER_EVENT,
             "Ofsted rated the authority good last year.", "Eastmere Council was placed in special measures.",
             "Nothing was decided.", "A statutory direction was issued on Monday.")

people_st = st.lists(st.sampled_from(NAMES), unique=True, max_size=3).map(
    lambda names: tuple(PersonMention(name) for name in names))
paragraphs_st = st.lists(st.sampled_from(SENTENCES), max_size=4).map(
    lambda texts: tuple(Paragraph(text) for text in texts))


@st.composite
def archives(draw: st.DrawFn, least: int = 1, most: int = 8, everyone: tuple[PersonMention, ...] = ()) -> list[Article]:
    """Up to ``most`` articles, each naming ``everyone`` besides the people drawn."""
    count = draw(st.integers(least, most))
    articles = []
    for number in range(count):
        people = (*everyone, *(person for person in draw(people_st) if person not in everyone))
        councils = tuple(draw(st.lists(st.sampled_from(COUNCILS), unique=True, max_size=2)))
        roles = tuple(RoleFact(p.name, draw(st.sampled_from(("leader", "chief executive"))),
                               draw(st.sampled_from((None, *COUNCILS)))) for p in people if draw(st.booleans()))
        quotes = tuple(QuoteFact(p.name, "We will see.") for p in people if draw(st.booleans()))
        date = draw(st.one_of(st.none(), st.dates(dt.date(2018, 1, 1), dt.date(2022, 12, 31))))
        title = draw(st.sampled_from(("Budget", "Schools", "Roads", "budget")))
        articles.append(Article(source_file=f"{number}.txt", content_hash=str(number), title=title, date=date,
                                source=None, body_format="text", body="", paragraphs=draw(paragraphs_st),
                                people=people, councils=councils, roles=roles, quotes=quotes))
    return articles


@st.composite
def steps(draw: st.DrawFn, articles: list[Article]) -> list[Article]:
    """One step of a newsroom's day: an article added, deleted or edited (text, people, headline, date, councils,
    roles, quotes)."""
    kind = draw(st.sampled_from(("add", "delete", "edit", "edit")))
    if kind == "add" or not articles:
        extra = draw(archives())[0]
        folder = draw(st.sampled_from(("", "news/", "sport/")))
        source = f"{folder}n{len(articles)}-{draw(st.integers(0, 99))}.txt"
        while any(a.source_file == source for a in articles):  # a folder never holds one file name twice
            source = source.replace(".txt", "-again.txt")
        return [*articles, dataclasses.replace(extra, source_file=source, content_hash=str(draw(st.integers())))]
    chosen = draw(st.sampled_from(articles))
    if kind == "delete":
        return [a for a in articles if a is not chosen]
    changes = draw(st.sampled_from([{"paragraphs": draw(paragraphs_st)}, {"people": draw(people_st)},
                                    {"title": draw(st.sampled_from(("Budget", "Roads", "New")))}, {"date": None},
                                    {"councils": tuple(draw(st.lists(st.sampled_from(COUNCILS), max_size=2)))},
                                    {"roles": ()},
                                    {"quotes": tuple(QuoteFact(p.name, "Indeed.") for p in chosen.people)}]))
    new = dataclasses.replace(chosen, content_hash=chosen.content_hash + "'", **changes)
    return [new if a is chosen else a for a in articles]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(archives(), archives(45, 70, (PersonMention("Ada Quell"),))), st.data())
def test_linking_in_part_after_random_edits_is_a_full_link(articles: list[Article], data: st.DataObject) -> None:
    """Each step is linked in part from the catalogue the step before linked in part, as builds follow each other.
    In archives of 45 articles and more, one person is named in more articles than related articles read around
    each (``NEIGHBOURS_PER_ENTITY``)."""
    previous = link(articles)
    for _ in range(data.draw(st.integers(1, 4))):
        new = data.draw(steps(articles))
        if not new:
            continue
        articles, previous = new, linked_from(previous.catalogue, new, previous.index)


# --- the store ------------------------------------------------------------------------------------


def keys_of(articles: list[Article]) -> dict[str, str]:
    return {a.source_file: a.content_hash for a in articles}


def test_store_round_trip(tmp_path: Path) -> None:
    articles = archive()
    catalogue = build_catalogue(articles)
    store = LinkedStore(tmp_path / "linked.pickle", "inference-1")
    assert store.load() is None
    store.save_whole(catalogue, keys_of(articles))
    loaded = LinkedStore(tmp_path / "linked.pickle", "inference-1").load()
    assert loaded is not None
    assert_same(loaded.catalogue, catalogue)
    assert loaded.keys == keys_of(articles)
    entry = next(iter(loaded.catalogue.articles.values()))
    with pytest.raises(dataclasses.FrozenInstanceError):  # made without __init__, still frozen
        entry.article.title = "changed"  # type: ignore[misc]
    assert hash(entry.article) == hash(next(a for a in articles if a.source_file == entry.article.source_file))
    assert LinkedStore(tmp_path / "linked.pickle", "inference-2").load() is None, "another extractor"
    assert [p.name for p in tmp_path.iterdir()] == ["linked.pickle"], "no temporary file left behind"


def test_a_whole_save_pickles_the_articles_in_lots_and_loads_them_in_order(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relink, "ARTICLES_A_PICKLE", 2)
    articles = archive() + [article(f"z{n}.txt", f"Headline {n}.", EVENT, date=dt.date(2020, 1, n + 1))
                            for n in range(4)]
    catalogue = build_catalogue(articles)
    path = tmp_path / "linked.pickle"
    LinkedStore(path, "inference-1").save_whole(catalogue, keys_of(articles))
    values = read_sealed(path, LinkedStore(path, "inference-1").header)
    assert values is not None
    lots = values[3:]
    assert len(articles) == 9 and [len(lot) for lot in lots] == [2, 2, 2, 2, 1], "each lot a pickle of its own"
    assert not values[2][1].articles, "the rest of the catalogue saved without them"
    loaded = LinkedStore(path, "inference-1").load()
    assert loaded is not None
    assert_same(loaded.catalogue, catalogue)
    assert len(catalogue.articles) == len(articles), "the catalogue saved is left whole"


def saved_and_loaded(path: Path, articles: list[Article], limit: int = 2000) -> tuple[LinkedStore, Catalogue]:
    LinkedStore(path, "inference-1").save_whole(build_catalogue(articles), keys_of(articles))
    store = LinkedStore(path, "inference-1", patch_limit=limit)
    loaded = store.load()
    assert loaded is not None
    return store, loaded.catalogue


def test_patch_round_trip_and_limit(tmp_path: Path) -> None:
    """A patch of the changed rows, put back into the whole catalogue, gives the catalogue saved: entries changed,
    added and removed, and groups in a new order."""
    articles = archive()
    path = tmp_path / "linked.pickle"
    store, before = saved_and_loaded(path, articles)
    gwen = PersonMention("Gwen Oakhurst")
    new, _ = edited(articles, "a.txt", people=(*articles[0].people, gwen),
                    quotes=(QuoteFact("Gwen Oakhurst", "We will see."),))
    new = [a for a in new if a.source_file != "d.txt"]
    new.append(article("f.txt", "Gwen Oakhurst spoke.", people=(gwen,), councils=("Westby Council",),
                       date=dt.date(2022, 1, 1)))
    after = build_catalogue(new)
    changes = Changes(before, after)
    assert changes.reordered and changes.differing["people"]
    whole_bytes = path.read_bytes()
    assert store.save(after, keys_of(new), changes) is None, "saved as a patch"
    assert path.read_bytes() == whole_bytes and store.patch_path.exists(), "the whole file left as it was"
    loaded = LinkedStore(path, "inference-1").load()
    assert loaded is not None and loaded.keys == keys_of(new)
    assert_same(loaded.catalogue, after)

    reader = LinkedStore(path, "inference-1")
    again = reader.load()
    assert again is not None
    newer, _ = edited(new, "b.txt", title="A new headline")
    latest = build_catalogue(newer)
    assert reader.save(latest, keys_of(newer), Changes(again.catalogue, latest)) is None, "a patch on the patch"
    loaded = LinkedStore(path, "inference-1").load()
    assert loaded is not None and loaded.keys == keys_of(newer)
    assert_same(loaded.catalogue, latest)

    small = LinkedStore(path, "inference-1", patch_limit=1)
    last = small.load()
    assert last is not None
    patch = small.patch_path.read_bytes()
    whole = small.save(build_catalogue(new), keys_of(new), Changes(last.catalogue, build_catalogue(new)))
    assert whole is not None and small.patch_path.read_bytes() == patch, "past the limit: nothing written yet"
    whole()
    assert not small.patch_path.exists()
    loaded = LinkedStore(path, "inference-1").load()
    assert loaded is not None and loaded.keys == keys_of(new)
    assert_same(loaded.catalogue, build_catalogue(new))


def test_a_headline_is_linked_again_only_if_it_moves_the_article_among_those_of_its_day() -> None:
    """A headline alone leaves every name's page as it was, unless it moves the article among the articles of its
    date (ties are in headline order), whose order the decision reads: then the groups it reaches are decided."""
    same_day = [dataclasses.replace(a, date=dt.date(2021, 5, 4)) for a in archive()]
    last = {entry.article.source_file: entry for entry in build_catalogue(same_day).articles.values()}
    for title, unchanged in (("D.TXT (revised)", True), ("AAA first", False)):
        articles, _ = edited(same_day, "d.txt", title=title)
        assert _decision_unchanged(sorted(articles, key=newest_first_key), dict(last)) is unchanged
        linked_in_part(same_day, articles)


def test_the_names_keys_are_kept_whole_and_in_patches(tmp_path: Path) -> None:
    """The names' keys a link gives (``identity.KeyIndex``) come back from the store: whole, then with a new name's
    keys from a patch; a whole save keeps only the names the articles still give."""
    articles = archive()
    path = tmp_path / "linked.pickle"
    first = link(articles)
    LinkedStore(path, "inference-1").save_whole(first.catalogue, keys_of(articles), first.index)
    store = LinkedStore(path, "inference-1")
    loaded = store.load()
    assert loaded is not None and loaded.index.packed is not None, "unpickled when first used"
    loaded.index.unpack()
    assert loaded.index.names == {"Clara Penhallow", "Idris Marchbank"}
    assert (loaded.index.emitters, loaded.index.probers, loaded.index.added) == (first.index.emitters,
                                                                               first.index.probers, {})
    new, _ = edited(articles, "a.txt", people=(*articles[0].people, PersonMention("Gwen Oakhurst")))
    after = link(new, loaded.catalogue, loaded.index)
    assert list(after.index.added) == ["Gwen Oakhurst"]
    assert store.save(after.catalogue, keys_of(new), Changes(loaded.catalogue, after.catalogue), after.index) is None
    again = LinkedStore(path, "inference-1").load()
    assert again is not None
    again.index.unpack()
    assert (again.index.names, again.index.emitters, again.index.probers, again.index.added) == (
        after.index.names, after.index.emitters, after.index.probers, after.index.added)
    gone = [a for a in new if a.source_file != "d.txt" and a.source_file != "b.txt"]
    latest = link(gone, again.catalogue, again.index)
    LinkedStore(path, "inference-1").save_whole(latest.catalogue, keys_of(gone), latest.index)
    whole = LinkedStore(path, "inference-1").load()
    assert whole is not None
    whole.index.unpack()
    assert whole.index.names == {"Clara Penhallow", "Gwen Oakhurst"}
    assert all(names and "Idris Marchbank" not in names for names in whole.index.emitters.values())


def test_a_patch_for_another_base_or_damaged_is_left_out(tmp_path: Path) -> None:
    articles = archive()
    path = tmp_path / "linked.pickle"
    store, before = saved_and_loaded(path, articles)
    new, _ = edited(articles, "a.txt", title="Another headline")
    assert store.save(build_catalogue(new), keys_of(new), Changes(before, build_catalogue(new))) is None
    patch = store.patch_path.read_bytes()
    store.save_whole(build_catalogue(articles), keys_of(articles))  # a new base
    store.patch_path.write_bytes(patch)
    loaded = LinkedStore(path, "inference-1").load()
    assert loaded is not None and loaded.keys == keys_of(articles)
    assert_same(loaded.catalogue, build_catalogue(articles))
    store.patch_path.write_bytes(patch[:-10])
    loaded = LinkedStore(path, "inference-1").load()
    assert loaded is not None and loaded.keys == keys_of(articles)


def test_the_catalogue_loads_only_for_the_stamp_of_the_build_that_saved_it_last(tmp_path: Path) -> None:
    """The whole save's stamp, then a patch's on it; a patch of another base leaves the whole's in force."""
    articles = archive()
    path = tmp_path / "linked.pickle"
    LinkedStore(path, "inference-1", "site-1").save_whole(build_catalogue(articles), keys_of(articles))
    assert LinkedStore(path, "inference-1").load("site-2") is None
    store = LinkedStore(path, "inference-1", "site-2")
    before = store.load("site-1")
    assert before is not None and LinkedStore(path, "inference-1").load() is not None, "no stamp asked for: any"
    new, _ = edited(articles, "a.txt", title="Another headline")
    assert store.save(build_catalogue(new), keys_of(new), Changes(before.catalogue, build_catalogue(new))) is None
    assert LinkedStore(path, "inference-1").load("site-1") is None, "the patch's stamp is the last save's"
    loaded = LinkedStore(path, "inference-1").load("site-2")
    assert loaded is not None and loaded.keys == keys_of(new)
    patch = store.patch_path.read_bytes()
    LinkedStore(path, "inference-1", "site-3").save_whole(build_catalogue(articles), keys_of(articles))
    store.patch_path.write_bytes(patch)  # left by a build killed before the whole save could remove it
    assert LinkedStore(path, "inference-1").load("site-2") is None
    loaded = LinkedStore(path, "inference-1").load("site-3")
    assert loaded is not None and loaded.keys == keys_of(articles)


def test_a_save_without_a_base_or_changes_is_whole(tmp_path: Path) -> None:
    articles = archive()
    store = LinkedStore(tmp_path / "linked.pickle", "inference-1")
    assert store.load() is None
    catalogue = build_catalogue(articles)
    whole = store.save(catalogue, keys_of(articles), Changes(build_catalogue(articles), catalogue))
    assert whole is not None and not store.patch_path.exists()
    store, _ = saved_and_loaded(tmp_path / "linked.pickle", articles)
    assert store.save(catalogue, keys_of(articles)) is not None, "what changed is not known"
    assert store.save(catalogue, keys_of(articles), Changes(build_catalogue(articles), catalogue)) is not None, \
        "changes from another catalogue than the one loaded"


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_store_loads_as_none(tmp_path: Path, damage: str) -> None:
    articles = archive()
    path = tmp_path / "linked.pickle"
    LinkedStore(path, "inference-1").save_whole(build_catalogue(articles), keys_of(articles))
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[-len(data) // 3] ^= 0x20
    elif damage == "garbage":
        data = bytearray(b"not a pickle at all" * 10)
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    assert LinkedStore(path, "inference-1").load() is None


def test_equal_values_are_saved_once_and_load_as_one_object(tmp_path: Path) -> None:
    """The store's pickles share equal strings, tuples and frozen objects (``relink.SharingPickler``): two articles
    naming one person, each with a mention of its own (as inference gives them), load with one mention; the
    catalogue loads equal to the one saved, and smaller on disk than pickled plainly."""
    def parts(*words: str) -> str:
        return " ".join(list(words))  # a string made at run time: equal to another, never the same object

    def clara() -> PersonMention:
        return PersonMention(parts("Clara", "Penhallow"), (parts("Coun", "Penhallow"),), ages=(41,))

    articles = [article(f"{n}.txt", parts("Clara", "Penhallow", "opened", "the", "library."), people=(clara(),),
                        councils=(parts("Northfold", "Council"),)) for n in "ab"]
    first, second = (entry.article for entry in build_catalogue(articles).articles.values())
    assert first.people[0] == second.people[0] and first.people[0] is not second.people[0]
    path = tmp_path / "linked.pickle"
    LinkedStore(path, "inference-1").save_whole(build_catalogue(articles), keys_of(articles))
    loaded = LinkedStore(path, "inference-1").load()
    assert loaded is not None
    assert_same(loaded.catalogue, build_catalogue(articles))
    first, second = (entry.article for entry in loaded.catalogue.articles.values())
    assert first.people[0] is second.people[0], "one mention"
    assert first.paragraphs[0] is second.paragraphs[0] and first.councils is second.councils
    assert first.paragraphs[0].text.split()[:2] == first.people[0].name.split()
    plain = io.BytesIO()
    pickle.Pickler(plain, protocol=pickle.HIGHEST_PROTOCOL).dump(build_catalogue(articles))
    shared = io.BytesIO()
    relink.SharingPickler(shared, protocol=pickle.HIGHEST_PROTOCOL).dump(build_catalogue(articles))
    assert len(shared.getvalue()) < len(plain.getvalue())


@pickled_by_fields
@dataclasses.dataclass(frozen=True, slots=True)
class _Tagged:
    name: str
    tags: dict[str, str]


@pickled_by_fields
@dataclasses.dataclass(frozen=True, slots=True)
class _Box:
    items: tuple[object, ...]


def test_only_values_equal_in_every_field_and_type_are_shared() -> None:
    """A role stated at another place compares equal (the place is left out of equality) but is not shared; nor is
    ``1`` with ``True``, nor an object holding a dict; a list two entries hold is still one list."""
    role = RoleFact("Ned Orrin", "leader", "Westby Council", paragraph=1, offset=0)
    moved = RoleFact("Ned Orrin", "leader", "Westby Council", paragraph=3, offset=9)
    assert role == moved
    aliases = ["Coun Orrin"]
    values = [role, moved, Paragraph("Yes.", True), Paragraph("Yes.", 1),  # type: ignore[arg-type]
              PersonMention("Ned Orrin", ages=(1,)), PersonMention("Ned Orrin", ages=(True,)),  # type: ignore[arg-type]
              PersonEntry("ned-orrin", "Ned Orrin", aliases), PersonEntry("ned-orrin-2", "Ned Orrin", aliases),
              _Tagged("Ned Orrin", {}), _Tagged("Ned Orrin", {}), PersonMention("Ned Orrin", ages=(1,))]
    buffer = io.BytesIO()
    relink.SharingPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(_Box(tuple(values)))  # met as a field
    loaded = pickle.loads(buffer.getvalue()).items
    assert list(loaded) == values
    assert loaded[4] is loaded[10], "equal in every field: shared"
    assert [(fact.paragraph, fact.offset) for fact in loaded[:2]] == [(1, 0), (3, 9)]
    assert [type(paragraph.is_quote) for paragraph in loaded[2:4]] == [bool, int]
    assert [type(mention.ages[0]) for mention in loaded[4:6]] == [int, bool]
    assert loaded[6].aliases is loaded[7].aliases
    assert loaded[6].name is loaded[7].name, "equal strings shared"
    assert loaded[8] == loaded[9] and loaded[8].tags is not loaded[9].tags
