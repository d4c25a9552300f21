"""Misspelt names: the sound key, and the buckets of name words a typed word reads (cuttings/search/fuzzy.py)."""

from __future__ import annotations

import base64
import gzip
import json
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cuttings.model import Page
from cuttings.search.fuzzy import bucket_file, buckets, fuzzy_buckets, sound_key
from cuttings.search.names import NameRecord, encode, name_pages, name_records, word_popularity
from cuttings.search.text import name_keys
from tests.unit.test_search_index import make_catalogue


@pytest.mark.parametrize(("one", "other"), [
    ("stephenson", "stevenson"), ("macrae", "mcrae"), ("hinchliffe", "hinchcliffe"), ("smith", "smyth"),
    ("philips", "fillips"), ("catherine", "kathryn"), ("thompson", "thomson"), ("knight", "night"),
    ("mackay", "mckay"), ("wright", "right"), ("isherwood", "esherwood"), ("reid", "read"),
])
def test_names_that_sound_alike_have_one_sound_key(one: str, other: str) -> None:
    assert sound_key(one) == sound_key(other) != ""


@pytest.mark.parametrize(("one", "other"), [
    ("smith", "jones"), ("box", "fox"), ("hinchcliffe", "hinchley"), ("stevens", "stephenson"), ("ward", "bard"),
])
def test_names_that_sound_different_do_not(one: str, other: str) -> None:
    assert sound_key(one) != sound_key(other)


def test_a_sound_key_keeps_the_first_sound_and_drops_vowels_after_it() -> None:
    assert sound_key("stephenson") == "stfnsn"
    assert sound_key("ostergaard") == "astrgrd"
    assert sound_key("αλφα") == "" and sound_key("") == ""


SINGLE_EDITS = st.sampled_from(["delete", "insert", "substitute", "transpose"])


def edited(word: str, kind: str, position: int, letter: str) -> str:
    position %= len(word)
    if kind == "delete":
        return word[:position] + word[position + 1:]
    if kind == "insert":
        return word[:position] + letter + word[position:]
    if kind == "substitute":
        return word[:position] + letter + word[position + 1:]
    position = min(position, len(word) - 2)
    return word[:position] + word[position + 1] + word[position] + word[position + 2:]


@given(word=st.text("abcdefghijklmnopqrstuvwxyzø", min_size=3, max_size=14), kind=SINGLE_EDITS,
       position=st.integers(0, 20), letter=st.sampled_from("aeiksvxzhø"))
def test_one_edit_always_leaves_a_bucket_in_common(word: str, kind: str, position: int, letter: str) -> None:
    typed = edited(word, kind, position, letter)
    assert set(buckets(typed)) & set(buckets(word)), (word, typed)


def test_a_word_whose_sound_starts_otherwise_is_also_in_that_bucket() -> None:
    assert buckets("philips") == ["p", "h", "f"]
    assert set(buckets("filips")) & set(buckets("philips")) == {"f"}
    assert buckets("isherwood") == ["i", "s"], "a vowel's sound adds no bucket"


def test_buckets_list_words_of_three_letters_or_more_best_known_first() -> None:
    found = fuzzy_buckets([("smith", 3), ("ng", 9), ("smart", 5), ("sam", 3), ("ostergaard", 1)])
    assert found["s"] == ["smart", "sam", "smith", "ostergaard"]
    assert found["m"] == ["smart", "smith"]
    assert "ng" not in {word for words in found.values() for word in words}
    assert list(found) == sorted(found)


def test_bucket_files_are_named_by_letter_or_code_point() -> None:
    assert bucket_file("s") == "fuzzy-s.json"
    assert bucket_file("7") == "fuzzy-7.json"
    assert bucket_file("α") == "fuzzy-u3b1.json"


PEOPLE = [(f"{first} {last}", ("Coun " + last,)) for first in ("Ann", "Anna", "Bob", "Cara") for last in
          ("Smith", "Smithers", "Smart", "Jones", "Jonas", "Ng")]


@pytest.mark.parametrize("target_bytes", [300, 24_000])
def test_the_names_folder_lists_its_buckets_and_every_name_word_is_in_its_own(target_bytes: int) -> None:
    catalogue = make_catalogue([(f"Story {n}", "Text.", [person], [], None) for n, person in enumerate(PEOPLE)])
    pages: dict[str, Page] = {page.path: page for page in name_pages(catalogue, "names/", target_bytes)}
    assert (len(manifest_of(pages)["nodes"]) > 1) == (target_bytes == 300), "a small target splits the names"
    manifest = json.loads(pages["names/manifest.json"].content)
    assert manifest["fuzzy"] and all(f"names/{bucket_file(letter)}.gz" in pages for letter in manifest["fuzzy"])
    records = name_records(catalogue)
    assert word_popularity(records)["smith"] == 4 and word_popularity(records)["coun"] == 24
    checked = 0
    for record in records:
        for word in {key for text in (record.name, *record.aliases) for key in name_keys(text)}:
            if len(word) < 3:
                continue
            for letter in buckets(word):
                assert word in json.loads(gzip.decompress(pages[f"names/{bucket_file(letter)}.gz"].content)), \
                    (word, letter)
                checked += 1
    assert checked > 40


def manifest_of(pages: dict[str, Page]) -> dict:
    return json.loads(pages["names/manifest.json"].content)


def test_word_popularity_adds_the_articles_of_everyone_a_word_names() -> None:
    popularity = word_popularity(name_records(make_catalogue()))
    assert popularity["quill"] == 2 and popularity["coun"] == 2 and popularity["reeve"] == 1


def test_the_names_manifest_lists_each_files_version_in_order() -> None:
    """names.js asks for ``<file>?v=<version>`` and checks the file's CRC-32 against it (the gzip trailer's), so
    each version must be its file's, leaves first, then top files, then buckets; and a split that renumbers the
    leaves changes the version listed for a number whose content changed."""
    catalogue = make_catalogue([(f"Story {n}", "Text.", [person], [], None) for n, person in enumerate(PEOPLE)])

    def listed(target_bytes: int) -> dict[str, int]:
        pages = {page.path: page for page in name_pages(catalogue, "names/", target_bytes)}
        manifest = manifest_of(pages)
        names = ([f"{number}.json.gz" for number in range(len(manifest["leaves"]))]
                 + [f"top-{number}.json.gz" for number in range(len(manifest["nodes"]))]
                 + [f"{bucket_file(letter)}.gz" for letter in manifest["fuzzy"]])
        packed = base64.b64decode(manifest["versions"])
        versions = [int.from_bytes(packed[at:at + 4], "big") for at in range(0, len(packed), 4)]
        assert sorted(f"names/{name}" for name in names) == sorted(path for path in pages if path.endswith(".gz"))
        assert len(versions) == len(names)
        for name, version in zip(names, versions, strict=True):
            content = pages[f"names/{name}"].content
            assert version == zlib.crc32(gzip.decompress(content)), name
            assert version == int.from_bytes(content[-8:-4], "little"), "names.js reads it from the gzip trailer"
        return dict(zip(names, versions, strict=True))

    whole, split = listed(24_000), listed(300)
    assert whole["0.json.gz"] != split["0.json.gz"], "leaf 0 holds other names once the names are split"


def test_a_files_records_are_encoded_as_json_encodes_their_lists() -> None:
    """``encode`` joins each record's JSON made once (``NameRecord.json_text``): the bytes must be what encoding
    the whole list writes, for any name, alias and count."""
    records = [NameRecord("p", "Zoë “Zed” O’Brien \\ \"x\"", 3, "people/zoe/", ("Coun Zoë", "Z")),
               NameRecord("c", "Leeds", 12, "councils/leeds/", ()),
               NameRecord("p", "Ann\u2028Lee", 1, "people/once/16/#ann-lee", ())]
    whole = json.dumps([record.encoded() for record in records], ensure_ascii=False, separators=(",", ":"))
    assert encode(records) == whole.encode("utf-8")
    assert encode([]) == b"[]"
    assert [record.size() for record in records] == [len(json.dumps(record.encoded(), ensure_ascii=False,
                                                                    separators=(",", ":"))) + 1
                                                     for record in records]
