"""The search data: full-text shards carry lunr.py's own weights; the names index finds every name; output is
deterministic."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cuttings.link import build_catalogue
from cuttings.model import Article, Catalogue, Paragraph, PersonMention
from cuttings.search import reference_index, search_pages
from cuttings.search.documents import FIELDS, catalogue_refs, search_documents
from cuttings.search.fulltext import TermPostings, all_shards
from cuttings.search.layout import SHARD_MAX_TERMS
from cuttings.search.names import build_name_index, name_records
from cuttings.search.text import TermMaker, fold, name_keys

PROJECT_ROOT = Path(__file__).resolve().parents[2]

STORIES = [
    ("Bins to be emptied fortnightly", "Councillor Ada Quill said the bin rounds would change. Residents objected.",
     [("Ada Quill", ("Coun Quill",))], ["Northmoor Council"], dt.date(2019, 5, 2)),
    ("Library saved after campaign", "The library on Mill Lane stays open, Ada Quill confirmed. Readers cheered; "
     "campaigners had gathered 4,000 signatures.", [("Ada Quill", ())], ["Northmoor Council"], dt.date(2020, 1, 9)),
    ("Zoë’s café wins award", "A café run by Zoë Ó Briain won the town's award for food. O'Brien-style pies sold out.",
     [("Zoë Ó Briain", ())], [], dt.date(2020, 3, 4)),
    ("Budget gap of £3m", "Finance chief Tom Reeve warned of a £3m gap in the budget, the council's largest.",
     [("Tom Reeve", ("Mr Reeve",))], ["Southdale Borough Council"], None),
]


def make_catalogue(stories: list[tuple] = STORIES) -> Catalogue:
    articles = []
    for number, (title, body, people, councils, date) in enumerate(stories):
        articles.append(Article(
            source_file=f"{number}.txt", content_hash=str(number), title=title, date=date, source=None,
            body_format="text", body=body, paragraphs=(Paragraph(body),),
            people=tuple(PersonMention(name, aliases) for name, aliases in people), councils=tuple(councils),
        ))
    return build_catalogue(articles)


def test_fold_drops_accents_and_straightens_apostrophes() -> None:
    assert fold("Zoë’s  café\u2003Œuvre") == "Zoe's cafe OEuvre"
    assert name_keys("Coun Seán O’Brien-Smith") == ["coun", "sean", "obrien", "smith"]


def test_term_maker_trims_like_lunr_js_not_lunr_py() -> None:
    # lunr.py's own trimmer leaves "o'brien," whole; lunr.js (and so the query side) trims the comma.
    assert TermMaker().terms("o'brien, (councils)") == ["o'brien", "council"]


def test_shard_weights_are_lunr_builders_own() -> None:
    documents = search_documents(make_catalogue())
    index = reference_index(documents)
    inverted = dict(index.serialize()["invertedIndex"])
    # Not through serialize(), which rounds the elements to three decimals.
    vectors = {ref: dict(zip(v.elements[::2], v.elements[1::2], strict=True))
               for ref, v in index.field_vectors.items()}
    postings = TermPostings(documents)
    assert set(postings.postings) == set(inverted)
    checked = 0
    for term in postings.postings:
        for (field, _), weights in zip(FIELDS, postings.weights(term), strict=True):
            expected_refs = sorted(inverted[term][field], key=int)
            if weights is None:
                assert expected_refs == []
                continue
            refs, scores = weights
            assert [str(r) for r in refs] == expected_refs
            for ref, score in zip(refs, scores, strict=True):
                assert score == vectors[f"{field}/{ref}"][inverted[term]["_index"]]
                checked += 1
    assert checked > 50


def test_shards_cover_every_term_once_in_javascript_order() -> None:
    documents = search_documents(make_catalogue())
    shards = list(all_shards(TermPostings(documents), target_bytes=200))
    assert len(shards) > 3
    terms: list[str] = []
    for number, shard in enumerate(shards):
        content = json.loads(shard.content)
        assert content["first"] == number * SHARD_MAX_TERMS, "term numbers rise in term order across shards"
        assert len(content["terms"]) <= SHARD_MAX_TERMS
        assert content["terms"][0] == shard.first_term
        terms += content["terms"]
    assert len(terms) == len(set(terms)) == len(TermPostings(documents).postings)
    assert terms == sorted(terms, key=lambda t: t.encode("utf-16-be"))


def test_every_name_is_in_the_leaf_a_lookup_reads() -> None:
    people = [(f"{first} {last}", ("Coun " + last,)) for first in ("Ann", "Anna", "Bob", "Cara") for last in
              ("Smith", "Smithers", "Smart", "Jones", "Jonas", "Ng")]
    stories = [(f"Story {n}", "Text.", [person], [], None) for n, person in enumerate(people)]
    records = name_records(make_catalogue(stories))
    index = build_name_index(records, target_bytes=300)
    assert index.nodes, "a small target must split the names"
    for record in records:
        for key in {k for text in (record.name, *record.aliases) for k in name_keys(text)}:
            exact = [r for prefix, is_exact, r in index.leaves if is_exact and prefix == key]
            covering = [r for prefix, is_exact, r in index.leaves if not is_exact and key.startswith(prefix)]
            assert any(record in leaf for leaf in exact + covering), (record.name, key)


def site_digest() -> str:
    digest = hashlib.sha256()
    for page in search_pages(make_catalogue()):
        digest.update(page.path.encode() + b"\0" + page.content)
    return digest.hexdigest()


@pytest.mark.parametrize("seed", ["1", "2"])
def test_search_data_is_byte_identical_across_hash_seeds(seed: str) -> None:
    code = "from tests.unit.test_search_index import site_digest; print(site_digest())"
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
    assert result.stdout.strip() == site_digest()


def stories_about(words: list[str]) -> list[tuple[str, str, list, list, None]]:
    return [(f"Story {n} about {word}", f"The {word} plan, number {n}, was agreed by {word} residents.",
             [], [], None) for n, word in enumerate(words)]


def test_documents_known_by_their_article_key_are_not_made_again(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from cuttings.search import documents as documents_module
    from cuttings.search import search_index_pages
    from cuttings.search.incremental import PostingsFile

    catalogue = make_catalogue(stories_about(["bins", "roads", "parks", "schools"] * 3))
    article_keys = {entry.article.source_file: f"key-{entry.slug}" for entry in catalogue.articles.values()}
    plain = list(search_index_pages(catalogue))
    postings = PostingsFile(tmp_path / "postings", "a", None)
    assert list(search_index_pages(catalogue, article_keys, postings)) == plain

    def refuse(*_: object) -> dict[str, str]:
        raise AssertionError("a document matched by its article key was made again")

    monkeypatch.setattr(documents_module, "document_fields", refuse)
    again = list(search_index_pages(catalogue, article_keys, PostingsFile(postings.path, "b", "a")))
    assert [page.path for page in again] == [page.path for page in plain]
    assert again[-1] == plain[-1]


def test_result_texts_of_unchanged_articles_are_kept_and_a_retitled_one_is_made_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    import cuttings.search
    from cuttings.memo import Changes, Memo
    from cuttings.search import search_text_pages

    monkeypatch.setattr(cuttings.search, "TEXTS_PER_FILE", 2)  # the four stories in up to four files

    def texts(made_from: Catalogue, memo: Memo) -> dict[str, bytes | None]:
        return {page.path: None if page.reused else page.content
                for page in search_text_pages(made_from, memo) if page.path.startswith("search/text/")}

    def after(previous: Memo, before: Catalogue, made_from: Catalogue) -> dict[str, bytes | None]:
        memo = Memo("scope", previous=previous.records, paths=previous.paths)
        memo.compare(Changes(before, made_from))
        return texts(made_from, memo)

    first = Memo("scope")
    first_catalogue = make_catalogue(STORIES)
    made = texts(first_catalogue, first)
    refs = catalogue_refs(first_catalogue)
    assert all(content is not None for content in made.values())
    assert set(made) == {f"search/text/{ref // 2}.json.gz" for ref in refs.values()}, "a file only where articles are"
    shown = {2 * int(path.split("/")[-1].split(".")[0]) + position: text
             for path, content in made.items()
             for position, text in enumerate(json.loads(gzip.decompress(content or b""))["texts"])}
    assert {ref: shown[ref]["t"] for ref in refs.values()} == {
        ref: first_catalogue.articles[slug].article.title for slug, ref in refs.items()}
    assert all(text is None for ref, text in shown.items() if ref not in refs.values()), "null where no article"
    assert all(content is None for content in after(first, first_catalogue, make_catalogue(STORIES)).values())
    # The texts hold no body (snippets are cut from the article pages): a new paragraph remakes no file.
    assert not any(STORIES[1][1].encode() in gzip.decompress(content or b"") for content in made.values())
    new_line = [STORIES[0], (STORIES[1][0], STORIES[1][1] + " A new line.", *STORIES[1][2:]), *STORIES[2:]]
    assert all(content is None for content in after(first, first_catalogue, make_catalogue(new_line)).values())
    retitled = [STORIES[0], (STORIES[1][0] + " again", *STORIES[1][1:]), *STORIES[2:]]
    third = after(first, first_catalogue, make_catalogue(retitled))
    remade = {path: content for path, content in third.items() if content is not None}
    assert len(remade) == 1
    assert b"campaign again" in gzip.decompress(next(iter(remade.values())) or b"")


def test_a_name_record_leaves_out_its_kinds_folder() -> None:
    """``names.js`` puts the folder back (``KIND_FOLDERS``); a person named once keeps their entry's page and anchor."""
    from cuttings.search.names import NameRecord

    assert NameRecord("p", "Jo Bloggs", 1, "people/once/01/#jo-bloggs", ()).encoded()[3] == "once/01/#jo-bloggs"
    assert NameRecord("p", "Al Smith", 2, "people/al-smith/", ()).encoded()[3] == "al-smith/"
    assert NameRecord("c", "Bury Council", 3, "councils/bury-council/", ()).encoded()[3] == "bury-council/"


def test_the_manifest_names_each_files_version_and_a_retitle_changes_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The browser checks every shard and text file against the version the manifest names
    (``static/js/search-worker.js``): a shard's is the CRC-32 its gzip trailer holds, a text file's the one it
    repeats; a retitled article changes its own text file's version and no other."""
    import base64
    import gzip
    import zlib

    import cuttings.search

    monkeypatch.setattr(cuttings.search, "TEXTS_PER_FILE", 2)  # the four stories in up to four files

    def site(stories: list[tuple]) -> tuple[dict, dict[str, bytes]]:
        pages = {page.path: page.content for page in search_pages(make_catalogue(stories))}
        return json.loads(pages["search/manifest.json"]), pages

    manifest, pages = site(STORIES)

    def versions(found: dict, key: str) -> list[int]:
        packed = base64.b64decode(found[key])
        return [int.from_bytes(packed[at:at + 4], "big") for at in range(0, len(packed), 4)]

    assert manifest["version"] == cuttings.search.MANIFEST_VERSION == 5
    assert len(versions(manifest, "shard_versions")) == len(manifest["shards"]) >= 1
    for number, version in enumerate(versions(manifest, "shard_versions")):
        shard = pages[f"search/terms/{number}.json.gz"]
        assert int.from_bytes(shard[-8:-4], "little") == version == zlib.crc32(gzip.decompress(shard))
    texts = {int(path.split("/")[-1].split(".")[0]): json.loads(gzip.decompress(content))
             for path, content in pages.items() if path.startswith("search/text/")}
    assert len(versions(manifest, "text_versions")) == max(texts) + 1
    for number, version in enumerate(versions(manifest, "text_versions")):
        assert (int(texts[number]["v"], 16) if number in texts else 0) == version
    # A version changes when, and only when, its file's content does.
    edited, edited_pages = site([STORIES[0], (STORIES[1][0] + " again", *STORIES[1][1:]), *STORIES[2:]])
    changed = 0
    listed = [versions(found, "text_versions") for found in (manifest, edited)]
    for number in range(max(map(len, listed))):
        path = f"search/text/{number}.json.gz"
        before, after = pages.get(path), edited_pages.get(path)
        pair = [found[number] if number < len(found) else 0 for found in listed]
        assert (pair[0] == pair[1]) == (before == after)
        changed += before != after
    assert changed >= 1
