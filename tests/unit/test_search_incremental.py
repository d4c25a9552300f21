"""The full-text shards remade from the last build's postings are byte for byte those a build from scratch
makes, only shards an edit touches are made again, and anything doubtful falls back to a full computation."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from pathlib import Path

import numpy
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from cuttings.search import incremental
from cuttings.search.documents import SearchDocument
from cuttings.search.fulltext import Shard, TermPostings
from cuttings.search.incremental import PostingsFile, index_shards
from cuttings.search.layout import SHARD_MAX_TERMS, Cutter, limits, shard_starts

TARGET = 300
"""Small shards, so a few short documents make many."""
WORDS = ("council", "budget", "library", "road", "school", "park", "bin", "fire", "flood", "mayor", "vote",
         "housing", "bus", "rail", "café", "zoë", "o'brien", "tax", "river", "bridge", "market", "pool", "clinic",
         "police", "museum", "garden", "festival", "traffic", "parking", "planning", "2019", "2020")


def document(ref: int, title: str, body: str, year: str = "2020") -> SearchDocument:
    return SearchDocument(ref, {"title": title, "people": "", "councils": "", "body": body, "year": year})


def corpus(texts: list[tuple[str, str]]) -> list[SearchDocument]:
    return [document(ref, title, body) for ref, (title, body) in enumerate(texts)]


def random_texts(seed: int, count: int, body_words: int = 40) -> list[tuple[str, str]]:
    chosen = random.Random(seed)
    return [(" ".join(chosen.choices(WORDS, k=4)), " ".join(chosen.choices(WORDS, k=body_words)) + f" w{ref}x")
            for ref in range(count)]


class Build:
    """One build's shards, the files they leave (kept ones from the build before) and the postings file."""

    def __init__(self, documents: list[SearchDocument], path: Path, name: str, output_build: str | None,
                 before: Build | None = None) -> None:
        self.shards: list[Shard] = list(index_shards(lambda: documents, PostingsFile(path, name, output_build), TARGET))
        self.files = [before.files[number] if shard.reused else shard.content
                      for number, shard in enumerate(self.shards)]
        self.first_terms = [shard.first_term for shard in self.shards]
        self.reused = sum(shard.reused for shard in self.shards)


def from_scratch(documents: list[SearchDocument]) -> list[bytes]:
    shards = list(index_shards(lambda: documents, None, TARGET))
    assert not any(shard.reused for shard in shards)
    return [shard.content for shard in shards]


def edited(documents: list[SearchDocument], ref: int, body: str) -> list[SearchDocument]:
    return [document(ref, d.fields["title"], body) if d.ref == ref else d for d in documents]


def test_one_edit_remakes_only_the_shards_with_its_terms(tmp_path: Path) -> None:
    path = tmp_path / "postings"
    documents = corpus(random_texts(1, 60))
    first = Build(documents, path, "a", None)
    assert first.reused == 0 and len(first.shards) > 10
    assert first.files == from_scratch(documents)
    # One word swapped for another: every field keeps its length, so the averages stay.
    body = documents[30].fields["body"].replace("w30x", "festivalgoers")
    changed = edited(documents, 30, body)
    second = Build(changed, path, "b", "a", first)
    assert second.files == from_scratch(changed)
    assert second.reused > len(second.shards) // 2, "most shards are kept"
    # Only the two words' entries changed (same lengths, same other frequencies): one shard each, or a neighbour
    # if a cut moved.
    assert len(second.shards) - second.reused <= 3
    # Nothing changed since: everything is kept.
    third = Build(changed, path, "c", "b", second)
    assert third.reused == len(third.shards)
    assert third.files == second.files


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), count=st.integers(1, 40), edits=st.lists(
    st.tuples(st.integers(0, 10**6), st.sampled_from(["swap", "append", "replace", "empty"])), min_size=1,
    max_size=3))
def test_incremental_shards_are_those_of_a_build_from_scratch(tmp_path_factory: pytest.TempPathFactory, seed: int,
                                                               count: int, edits: list[tuple[int, str]]) -> None:
    path = tmp_path_factory.mktemp("postings") / "postings"
    documents = corpus(random_texts(seed, count, body_words=random.Random(seed).randint(0, 60)))
    build = Build(documents, path, "0", None)
    for number, (edit_seed, kind) in enumerate(edits, start=1):
        chosen = random.Random(edit_seed)
        ref = chosen.randrange(count)
        body = documents[ref].fields["body"]
        words = body.split()
        if kind == "swap" and words:
            words[chosen.randrange(len(words))] = chosen.choice(WORDS) + chosen.choice(["", "ing", "s", "zz"])
            body = " ".join(words)
        elif kind == "append":
            body += " " + " ".join(chosen.choices(WORDS, k=chosen.randint(1, 8)))
        elif kind == "replace":
            body = " ".join(chosen.choices(WORDS, k=len(words)))
        else:
            body = ""
        documents = edited(documents, ref, body)
        build = Build(documents, path, str(number), str(number - 1), build)
        assert build.files == from_scratch(documents)
        event("some shards kept" if build.reused else "all made")


def counted_calls(function: Callable[..., None], calls: list[object]) -> Callable[..., None]:
    def counted(*args: object, **kwargs: object) -> None:
        calls.append(args)
        function(*args, **kwargs)
    return counted


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), count=st.integers(1, 30), edits=st.lists(
    st.tuples(st.integers(0, 10**6), st.sampled_from(["insert", "remove", "edit", "duplicate", "move"])),
    min_size=1, max_size=4))
def test_added_removed_and_moved_documents_are_updated_in_place(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, seed: int, count: int,
        edits: list[tuple[int, str]]) -> None:
    """Documents added anywhere, removed, edited, repeated or moved: the postings are updated, not worked out
    again (each document's terms are never worked out twice), and the shards are those of a build from scratch."""
    path = tmp_path_factory.mktemp("postings") / "postings"
    texts = random_texts(seed, count, body_words=random.Random(seed).randint(0, 40))
    build = Build(corpus(texts), path, "0", None)
    for number, (edit_seed, kind) in enumerate(edits, start=1):
        chosen = random.Random(edit_seed)
        at = chosen.randrange(len(texts) + 1)
        if kind == "insert" or not texts:
            texts.insert(at, (" ".join(chosen.choices(WORDS, k=3)), " ".join(chosen.choices(WORDS, k=9))))
        elif kind == "remove":
            del texts[at % len(texts)]
        elif kind == "edit":
            title, body = texts[at % len(texts)]
            texts[at % len(texts)] = title, body + " " + chosen.choice(WORDS)
        elif kind == "duplicate":
            texts.insert(at, texts[chosen.randrange(len(texts))])
        else:
            texts.insert(at, texts.pop(chosen.randrange(len(texts))))
        documents = corpus(texts)
        with monkeypatch.context() as patched:
            patched.setattr(TermPostings, "__init__", counted_calls(TermPostings.__init__, full := []))
            build = Build(documents, path, str(number), str(number - 1), build)
        assert build.files == from_scratch(documents)
        assert not full or not texts, "updated, not worked out again"


@pytest.mark.parametrize("damage", ["missing", "garbage", "truncated", "other build", "output not as left"])
def test_a_missing_damaged_or_foreign_postings_file_means_a_full_computation(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "postings"
    documents = corpus(random_texts(3, 30))
    first = Build(documents, path, "a", None)
    output_build: str | None = "a"
    if damage == "missing":
        path.unlink()
    elif damage == "garbage":
        path.write_bytes(b"not a postings file")
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif damage == "other build":
        output_build = "z"
    else:
        output_build = None
    changed = edited(documents, 5, documents[5].fields["body"] + " river")
    second = Build(changed, path, "b", output_build, first)
    assert second.reused == 0
    assert second.files == from_scratch(changed)
    assert path.exists(), "this build's postings are saved for the next"
    assert Build(changed, path, "c", "b", second).reused == len(second.shards)


def test_a_damaged_file_is_not_trusted(tmp_path: Path) -> None:
    """Bytes garbled inside the file fail its checksum: it is set aside, the shards made afresh."""
    path = tmp_path / "postings"
    documents = corpus(random_texts(4, 20))
    first = Build(documents, path, "a", None)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    second = Build(documents, path, "b", "a", first)
    assert second.reused == 0
    assert second.files == first.files
    assert path.with_name("postings.damaged").exists()


def test_too_many_changed_documents_means_a_full_computation(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incremental, "MOST_CHANGED", 2)
    path = tmp_path / "postings"
    documents = corpus(random_texts(5, 30))
    first = Build(documents, path, "a", None)
    changed = documents
    for ref in (1, 2, 3):
        changed = edited(changed, ref, changed[ref].fields["body"].replace(f"w{ref}x", f"w{ref}y"))
    second = Build(changed, path, "b", "a", first)
    assert second.reused == 0
    assert second.files == from_scratch(changed)


def test_manifest_and_pages_through_search_index_pages(tmp_path: Path) -> None:
    from cuttings.search import search_index_pages
    from tests.unit.test_search_index import make_catalogue, stories_about

    words = ["bins", "roads", "parks", "schools"] * 5
    catalogue = make_catalogue(stories_about(words))
    plain = list(search_index_pages(catalogue))
    postings = PostingsFile(tmp_path / "postings", "a", None)
    assert list(search_index_pages(catalogue, None, postings)) == plain
    again = list(search_index_pages(catalogue, None, PostingsFile(postings.path, "b", "a")))
    assert [page.path for page in again] == [page.path for page in plain]
    assert all(page.reused for page in again if page.path.startswith("search/terms/"))
    assert again[-1] == plain[-1] and again[-1].path == "search/manifest.json"


@given(st.lists(st.integers(1, 3000), max_size=300), st.integers(0, 2**64 - 1), st.lists(st.integers(1, 50)))
def test_cuts_fed_in_blocks_are_the_cuts_found_at_once(sizes: list[int], seed: int, blocks: list[int]) -> None:
    size_array = numpy.array(sizes, dtype=numpy.int64)
    hashes = numpy.random.default_rng(seed % 2**32).integers(0, 2**64, len(sizes), dtype=numpy.uint64)
    whole = shard_starts(size_array, hashes, TARGET)
    cutter, fed, cuts = Cutter(TARGET), 0, [0] if sizes else []
    for block in [*blocks, len(sizes)]:
        cuts += cutter.feed(size_array[fed:fed + block], hashes[fed:fed + block])
        fed = min(len(sizes), fed + block)
    assert cuts == whole
    smallest, largest, _ = limits(TARGET)
    bounds = [*whole, len(sizes)]
    for first, stop in itertools.pairwise(bounds[:-1]):  # every shard but the last
        held = int(size_array[first:stop].sum())
        assert held >= smallest or stop - first == SHARD_MAX_TERMS
        assert held - int(size_array[stop - 1]) < largest, "cut once it holds the most bytes"


def test_a_change_in_one_terms_size_moves_cuts_only_near_it() -> None:
    rng = numpy.random.default_rng(7)
    sizes = rng.integers(5, 400, 20_000).astype(numpy.int64)
    hashes = rng.integers(0, 2**64, len(sizes), dtype=numpy.uint64)
    before = shard_starts(sizes, hashes, 40_000)
    for position in rng.integers(0, len(sizes), 50).tolist():
        grown = sizes.copy()
        grown[position] += 30
        after = shard_starts(grown, hashes, 40_000)
        moved = set(before) ^ set(after)
        assert all(cut >= position for cut in moved), "no cut before the changed term moves"
        assert len(moved) <= 4


def test_article_refs_depend_on_the_articles_alone_and_a_new_one_moves_few() -> None:
    import datetime as dt

    from cuttings.search.documents import article_refs, slot_space

    rng = random.Random(5)
    dated = [(f"story-{number}", dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(8000)) if number % 10
              else None) for number in range(3000)]
    refs = article_refs(dated)
    assert refs == article_refs(reversed(dated)), "the order the articles come in does not matter"
    assert len(set(refs.values())) == len(dated), "one ref an article"
    assert max(refs.values()) < slot_space(len(dated)) and slot_space(len(dated)) >= 2 * len(dated)
    newest = dt.date(2030, 1, 1)
    for number in range(50):
        after = article_refs([*dated, (f"added-{number}", newest)])
        assert {slug: after[slug] for slug in refs} == refs, "an article newer than all moves no other"
    moved = 0
    for number in range(100):
        after = article_refs([*dated, (f"added-{number}", dt.date(2010, 1, 1))])
        moved += sum(after[slug] != ref for slug, ref in refs.items())
    assert moved <= 60, "an older one moves one now and then"
    removed = article_refs(dated[1:])
    assert sum(removed[slug] != refs[slug] for slug, _ in dated[1:]) <= 3


def test_a_new_article_remakes_only_the_shards_with_its_terms(tmp_path: Path) -> None:
    from cuttings.search.documents import article_refs

    texts = random_texts(11, 80)
    names = [f"story-{number}" for number in range(len(texts))]

    def documents(count: int) -> list[SearchDocument]:
        refs = article_refs((name, None) for name in names[:count])
        return sorted((document(refs[name], title, body) for name, (title, body) in zip(names, texts[:count],
                                                                                        strict=False)),
                      key=lambda found: found.ref)

    path = tmp_path / "postings"
    first = Build(documents(79), path, "a", None)
    assert first.files == from_scratch(documents(79))
    second = Build(documents(80), path, "b", "a", first)
    assert second.files == from_scratch(documents(80))
    # Its terms (a few of the 32 words, and its own "w79x") are in a few shards; the number of documents is in
    # none.
    own = {word for word in (texts[79][0] + " " + texts[79][1]).split()}
    assert len(second.shards) - second.reused <= len(own) + 2 < len(second.shards)
