"""People and councils for suggestions as you type: a small index of names, cut by the first letters of a word.

Every word of a name or alias is a key ("Coun Smith" -> coun, smith). Keys are grouped by prefix into leaves of at
most ``LEAF_TARGET_BYTES``: a prefix with too many names is split by its next letter (names whose key *is* the
prefix go to an exact leaf). For each prefix that was split, a top file lists its best-known names, which is
what two or three typed letters need. A reader's query loads the manifest and one small file; a misspelt one
also reads a bucket or two of name words and the leaves of the near ones (``fuzzy.py``).
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

from cuttings import urls
from cuttings.model import Catalogue, Page
from cuttings.named_once import PersonPlaces, person_places
from cuttings.search.fuzzy import bucket_file, fuzzy_buckets
from cuttings.search.text import name_keys

LEAF_TARGET_BYTES = 24_000
TOP_NAMES = 10
KIND_FOLDERS = {"p": "people/", "c": "councils/"}
"""The folder of each kind's pages, which a record's url leaves out (``static/js/names.js`` puts it back): a person
named once is at ``people/once/0110/#slug`` (``cuttings/named_once.py``), and the longer address made name
suggestions 3 kB heavier at 10,000 articles; without the folder every record is 7 to 9 bytes lighter."""


@dataclass(frozen=True)
class NameRecord:
    kind: str
    """"p" for a person, "c" for a council."""
    name: str
    count: int
    url: str
    aliases: tuple[str, ...]

    def encoded(self) -> list[object]:
        return [self.kind, self.name, self.count, self.url.removeprefix(KIND_FOLDERS[self.kind]), list(self.aliases)]

    @cached_property
    def json_text(self) -> str:
        """The record as its files hold it, worked out once: the index sizes every record, then its files list it
        (a name with an alias in several). Encoding the files' records again took 32 ms of CPU for 4,230 made-up
        records; joining these, 1 ms (``encode``; tests/unit/test_name_fuzzy.py checks the bytes are the same)."""
        return json.dumps(self.encoded(), ensure_ascii=False, separators=(",", ":"))

    def size(self) -> int:
        return len(self.json_text) + 1


def name_records(catalogue: Catalogue, places: PersonPlaces | None = None) -> list[NameRecord]:
    """A person's ``url`` is their page, or their entry among people named once (``cuttings/named_once.py``)."""
    places = places if places is not None else person_places(catalogue)
    records = [NameRecord("p", p.name, len(p.articles), places.path(p.slug), tuple(p.aliases))
               for p in catalogue.people.values()]
    records += [NameRecord("c", c.name, len(c.articles), urls.council_path(c.slug), ())
                for c in catalogue.councils.values()]
    return records


def popularity(record: NameRecord) -> tuple[int, str, str]:
    return (-record.count, record.name.casefold(), record.url)


@dataclass
class NameIndex:
    leaves: list[tuple[str, bool, list[NameRecord]]]
    """(prefix, exact, records): an exact leaf holds the names with the key ``prefix`` itself."""
    nodes: list[tuple[str, list[NameRecord]]]
    """(prefix, best-known names with a key starting with it) for every prefix that was split."""


class NameKeys(dict[str, list[str]]):
    """``name_keys`` of each name asked for, worked out once: the index and the word buckets both need every
    name's keys (a third of the names' CPU time at 10,000 articles, when each worked them out)."""

    def __missing__(self, name: str) -> list[str]:
        keys = self[name] = name_keys(name)
        return keys


def build_name_index(records: list[NameRecord], target_bytes: int = LEAF_TARGET_BYTES,
                     keys_of: NameKeys | None = None) -> NameIndex:
    keys_of = keys_of if keys_of is not None else NameKeys()
    # Numbered best-known first, so a set of names is ranked by sorting its numbers (``popularity`` is a total
    # order: no two records share a url).
    records = sorted(records, key=popularity)
    by_key: dict[str, set[int]] = {}
    for number, record in enumerate(records):
        for text in (record.name, *record.aliases):
            for key in keys_of[text]:
                by_key.setdefault(key, set()).add(number)
    sizes = [record.size() for record in records]
    index = NameIndex([], [])

    def ranked(numbers: set[int]) -> list[NameRecord]:
        return [records[n] for n in sorted(numbers)]

    def split(prefix: str, keys: list[str]) -> None:
        numbers = set().union(*(by_key[key] for key in keys))
        if sum(sizes[n] for n in numbers) <= target_bytes or all(key == prefix for key in keys):
            index.leaves.append((prefix, False, ranked(numbers)))
            return
        index.nodes.append((prefix, ranked(numbers)[:TOP_NAMES]))
        if prefix in by_key:
            index.leaves.append((prefix, True, ranked(by_key[prefix])))
        children: dict[str, list[str]] = {}
        for key in keys:
            if key != prefix:
                children.setdefault(key[: len(prefix) + 1], []).append(key)
        for child in sorted(children):
            split(child, children[child])

    if by_key:
        split("", sorted(by_key))
    return index


def word_popularity(records: list[NameRecord], keys_of: NameKeys | None = None) -> dict[str, int]:
    """Each name word (``name_keys``) and the articles of the people and councils it names."""
    keys_of = keys_of if keys_of is not None else NameKeys()
    found: dict[str, int] = {}
    for record in records:
        for key in {key for text in (record.name, *record.aliases) for key in keys_of[text]}:
            found[key] = found.get(key, 0) + record.count
    return found


def encode(records: list[NameRecord]) -> bytes:
    """The records as a JSON list, as ``json.dumps`` of their ``encoded`` lists writes it."""
    return ("[" + ",".join(record.json_text for record in records) + "]").encode("utf-8")


def gzipped(content: bytes) -> bytes:
    """As the search's other files are stored (``cuttings/search/__init__.py:gzipped``); names.js inflates them."""
    return gzip.compress(content, compresslevel=9, mtime=0)


def gzipped_page(path: str, content: bytes) -> Page:
    return Page(path, gzipped(content))


def name_pages(catalogue: Catalogue, folder: str = "search/names/",
               target_bytes: int = LEAF_TARGET_BYTES, places: PersonPlaces | None = None,
               compressed: Callable[[str, bytes], Page] = gzipped_page) -> Iterator[Page]:
    """The name files, gzip-compressed (``.json.gz``, by ``compressed``) but for the manifest. The manifest gives
    each leaf's size before compression: the bytes a lookup may read are counted as names.js holds them
    (``LOOKUP_BYTES``).

    Versions: leaves and top files are numbered by position, so a prefix that splits renumbers the files after it,
    and a browser holding a cached manifest (GitHub Pages lets it keep one 10 minutes) could read the new file of
    an old number. As for the search's shards (``cuttings/search/__init__.py``, Versions), the manifest lists each
    file's version, the CRC-32 of its JSON (which its gzip trailer holds): ``versions``, packed as
    ``packed_versions`` packs them, leaves first, then top files, then word buckets in the manifest's order.
    names.js asks for ``<file>?v=<version>``, so a cached copy serves only the same content, and a file of another
    version makes it read the manifest again (revalidated) and look the name up anew."""
    yield from name_files(name_records(catalogue, places), folder, target_bytes, compressed)


def name_files(every_record: list[NameRecord], folder: str = "search/names/",
               target_bytes: int = LEAF_TARGET_BYTES,
               compressed: Callable[[str, bytes], Page] = gzipped_page) -> Iterator[Page]:
    """``name_pages`` from the records (``name_records``), which are all the files depend on."""
    from cuttings.search import packed_versions  # here, not above: cuttings.search imports this module

    keys_of = NameKeys()
    index = build_name_index(every_record, target_bytes, keys_of)
    leaves = []
    versions: list[int] = []
    for number, (prefix, exact, records) in enumerate(index.leaves):
        content = encode(records)
        leaves.append([prefix, 1 if exact else 0, len(content)])
        versions.append(zlib.crc32(content))
        yield compressed(f"{folder}{number}.json.gz", content)
    for number, (_, records) in enumerate(index.nodes):
        content = encode(records)
        versions.append(zlib.crc32(content))
        yield compressed(f"{folder}top-{number}.json.gz", content)
    buckets = fuzzy_buckets(word_popularity(every_record, keys_of).items())
    for letter, words in buckets.items():
        content = json.dumps(words, ensure_ascii=False, separators=(",", ":")).encode()
        versions.append(zlib.crc32(content))
        yield compressed(f"{folder}{bucket_file(letter)}.gz", content)
    manifest = {"leaves": leaves, "nodes": [prefix for prefix, _ in index.nodes], "fuzzy": list(buckets),
                "versions": packed_versions(versions)}
    yield Page(f"{folder}manifest.json", json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode())
