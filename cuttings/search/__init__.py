"""Stage 5, index: the Catalogue -> search data for the browser, in small files loaded only when needed.

    search/names/      people and councils for suggestions as you type (names.py)
    search/terms/      the full-text lunr index, sharded by term (fulltext.py), gzip-compressed
    search/text/       title, date and URL of each result, filed by the article's ref (its hashed slot,
                       ``documents.article_refs``), ``TEXTS_PER_FILE`` slots a file, gzip-compressed (the browser
                       inflates it with ``DecompressionStream``); snippets come from the article page
    search/manifest.json  fields, shard boundaries, years, number of documents and average field lengths: what
                       the search page's worker reads first; and each shard's and text file's version

Versions: GitHub Pages lets browsers keep any file 10 minutes (``Cache-Control: max-age=600``), so after a deploy a
browser could pair a cached manifest with new shards, or a worker holding the last manifest fetch a new shard.
The worker fetches the manifest revalidated (``cache: "no-cache"``, an ETag round trip), asks for each file as
``<path>?v=<version>`` (so a cached copy is reused only for the same version) and checks what it gets against
the version: a shard's is the CRC-32 of its JSON, which its gzip trailer holds; a text file's is a digest of what
its slots show (``text_version``), which the file repeats. A file of another version means the site was deployed
since the manifest was read: the worker reads the manifest again and starts the query over. A file's version
changes only when its content does, so a new article still rewrites few files (and the manifest, as before).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import zlib
from collections.abc import Iterator, Mapping, Sequence

import numpy
from lunr.builder import Builder
from lunr.field_ref import FieldRef
from lunr.idf import idf as Idf
from lunr.index import Index
from lunr.vector import Vector

from cuttings.memo import Memo, RecordingCatalogue, digest_of
from cuttings.model import Catalogue, Page
from cuttings.named_once import PersonPlaces
from cuttings.search.documents import (
    FIELDS,
    QUERY_FIELDS,
    LazyDocument,
    SearchDocument,
    catalogue_refs,
    iter_search_documents,
    shown_document,
    slot_space,
)
from cuttings.search.fulltext import K1, LENGTH_CODES, B, bm25_weight, coded_length, length_codes
from cuttings.search.incremental import PostingsFile, index_shards
from cuttings.search.names import name_files, name_records
from cuttings.search.text import index_pipeline, search_pipeline

TEXTS_PER_FILE = 128
"""Refs (slots) whose articles' title, date and URL share a file: 32 to 64 articles, as the slots are a quarter
to half full. A page of ten results reads at most ten files, about 3 kB each gzipped on the BBC benchmark corpus
(and ten article pages for the snippets); one file an article was a file for every article in the site, which
GitHub Pages' deploys count, and each file's bytes compress less alone than fifty together. As refs are
slots, an article added or removed remakes its own file and leaves the others."""
NAMES_FOLDER = "search/names/"
MANIFEST_VERSION = 5
"""1: one uncompressed text file per article, term shards as JSON. 2: ``TEXTS_PER_FILE`` texts a file, and the
term shards, gzipped. 3: the text files hold no body: snippets are cut from the article pages. 4: refs are hashed
slots (text files padded with null where no article has the slot); postings hold frequency-and-length codes, not
weights, and the manifest the number of slots, the average field lengths and BM25's constants. 5: the manifest
lists each shard's and text file's version (``shard_versions``, ``text_versions``: ``packed_versions``), and a
text file is ``{"v": version, "texts": [...]}``. search-worker.js reads this version only, and says so on any
other."""


def text_groups(catalogue: Catalogue, refs: Mapping[str, int] | None = None) -> Iterator[tuple[int, list[str | None]]]:
    """Each text file's number and the slugs of its slots (None where no article has the slot; the trailing ones
    left out); a file with no article is not made (the browser asks only for the files of refs it found).
    ``refs``: the catalogue's ``catalogue_refs``, if already worked out."""
    refs = refs if refs is not None else catalogue_refs(catalogue)
    slots: list[str | None] = [None] * slot_space(len(refs))
    for slug, ref in refs.items():
        slots[ref] = slug
    for number in range(-(-len(slots) // TEXTS_PER_FILE)):
        group = slots[number * TEXTS_PER_FILE:(number + 1) * TEXTS_PER_FILE]
        while group and group[-1] is None:
            group.pop()
        if group:
            yield number, group


def text_version(shown: Sequence[Mapping[str, str | None] | None]) -> int:
    """A text file's version: a CRC-32 of what its slots show (``shown_document``, None for an empty slot), which
    is all its JSON depends on. The search part works it out without making the file (encoding every file's JSON
    too took 92 ms of CPU at 10,000 articles, this 16); NUL and newline separate what no title holds."""
    rows = "\n".join("" if doc is None else f"{doc['u']}\0{doc['t']}\0{doc['d'] or ''}" for doc in shown)
    return zlib.crc32(rows.encode("utf-8", "surrogatepass"))


def version_text(version: int) -> str:
    """A version as the browser writes it in a file's address (``?v=``) and a text file holds it: 8 hex digits."""
    return f"{version:08x}"


def packed_versions(versions: Sequence[int]) -> str:
    """Versions (CRC-32s) as the manifest lists them: 4 bytes each, big-endian, in one base64 string, file ``n``'s
    at bytes ``4n`` to ``4n + 3`` (0 where there is no file). A list of hex strings was 11 bytes a file, 5.3 here:
    at 50,000 articles the manifest names about 2,500 files, and it is read before any result."""
    return base64.b64encode(b"".join(version.to_bytes(4, "big") for version in versions)).decode("ascii")


def text_path(number: int) -> str:
    """The file of result texts ``number``: refs ``number * TEXTS_PER_FILE`` to the next file's (null for a ref
    no article has)."""
    return f"search/text/{number}.json.gz"


SHARD_GZIP_LEVEL = 5
"""zlib's level for the full-text shards. On the 10,000-article benchmark archive's 297 shards (11.1 MB of JSON),
level 9 made 4,311 kB in 1.18 s of CPU, level 5 4,338 kB (0.6 % more) in 0.45 s, level 4 4,427 kB in 0.22 s: an
added article remakes a quarter of the shards, and compressing them was most of the index's cost."""


def gzipped(content: bytes) -> bytes:
    """Compressed the same way every time: no name, no time in the header."""
    return gzip.compress(content, compresslevel=9, mtime=0)


def gzipped_shard(content: bytes) -> bytes:
    """A full-text shard compressed as ``gzipped`` compresses, at ``SHARD_GZIP_LEVEL``."""
    return gzip.compress(content, compresslevel=SHARD_GZIP_LEVEL, mtime=0)


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def search_pages(catalogue: Catalogue) -> Iterator[Page]:
    """Every file of the search data."""
    yield from search_text_pages(catalogue)
    yield from search_index_pages(catalogue)


def search_text_pages(catalogue: Catalogue, memo: Memo | None = None,
                      places: PersonPlaces | None = None) -> Iterator[Page]:
    """The name suggestions, and what each result shows; with a ``memo``, a result's file is kept unmade when
    its article is as it was (``cuttings/memo.py``)."""
    recording = RecordingCatalogue(catalogue, places=places)
    # The names and counts of people and councils, made together from their records, which are all the folder
    # depends on: the folder is kept when they are as they were. Digesting them rather than recording each read
    # of each person and council (as pages are kept, ``cuttings/memo.py``), with each record encoded once
    # (``NameRecord.json_text``), took this part's CPU time after an edit naming someone new from 0.21 to 0.16 s
    # at 2,000 articles (tests/site/test_incremental.py: the folder kept, and the bytes of a clean build).
    records = name_records(catalogue, places)
    params = digest_of(("search-names", NAMES_FOLDER,
                        [(r.kind, r.name, r.count, r.url, r.aliases) for r in records])) if memo is not None else b""
    kept = memo.keep_folder(NAMES_FOLDER, params) if memo is not None else None
    if kept is not None:
        yield from (Page(path, b"", reused=True) for path in kept)
    else:
        contents: dict[str, bytes] = {}

        def compressed(path: str, content: bytes) -> Page:
            # A file whose JSON is what the last build compressed is kept: compressing is most of its cost, and
            # a new name changes a few of the folder's hundreds of files.
            contents[path] = hashlib.blake2b(content, digest_size=16).digest()
            if memo is not None and memo.keep(path, contents[path]):
                return Page(path, b"", reused=True)
            return Page(path, gzipped(content))

        pages = list(name_files(records, NAMES_FOLDER, compressed=compressed))
        yield from pages
        if memo is not None:
            memo.remember_folder(NAMES_FOLDER, params, {page.path: contents.get(page.path, b"") for page in pages})
    for number, group in text_groups(catalogue):
        path = text_path(number)
        params = digest_of(("search-text", path, group)) if memo is not None else b""
        if memo is not None and memo.keep(path, params):
            yield Page(path, b"", reused=True)
            continue
        with recording.recorder.page() as reads:
            shown = [shown_document(slug, recording.articles[slug]) if slug is not None else None for slug in group]
            # One document a line, so the file reads and diffs document by document once inflated.
            lines = b",\n".join(_json(doc) for doc in shown)
        yield Page(path, gzipped(b'{"v":' + _json(version_text(text_version(shown))) + b',"texts":[\n' + lines
                                 + b"]}\n"))
        if memo is not None:
            memo.remember(path, params, reads)


def search_index_pages(catalogue: Catalogue, article_keys: Mapping[str, str] | None = None,
                       postings: PostingsFile | None = None) -> Iterator[Page]:
    """The full-text shards and the manifest that lists them; ``article_keys`` (source file -> inference cache
    key) let an unchanged article's document be matched to the last build's without its text being folded. With
    ``postings``, this build's postings are saved there, and if the last build's are there and the output folder
    is as it left it, only shards holding an edited article's terms are made again (``search/incremental.py``);
    the others come back as ``Page.reused``."""
    shards: list[str] = []
    versions: list[int] = []

    refs = catalogue_refs(catalogue)

    def documents() -> Iterator[SearchDocument | LazyDocument]:
        return iter_search_documents(catalogue, article_keys, refs)

    averages: list[float] = []
    for number, shard in enumerate(index_shards(documents, postings, averages=averages)):
        shards.append(shard.first_term)
        versions.append(shard.version)
        # Shards are cut and kept by their JSON (``layout.py``, ``incremental.py``); only the file is compressed.
        yield Page(f"search/terms/{number}.json.gz", b"" if shard.reused else gzipped_shard(shard.content),
                   reused=shard.reused)
    years = sorted({entry.article.date.year for entry in catalogue.articles.values() if entry.article.date},
                   reverse=True)
    # Each text file's version, worked out from what it shows rather than read from the file, which another part of
    # the build makes: 16 ms of CPU at 10,000 articles (benchmarks/search.py's catalogue); the refs, worked out once
    # here for this and the documents, saved 22 ms.
    text_versions: list[int] = []
    for number, group in text_groups(catalogue, refs):
        text_versions += [0] * (number - len(text_versions))
        text_versions.append(text_version([shown_document(slug, catalogue.articles[slug]) if slug is not None
                                           else None for slug in group]))
    yield Page("search/manifest.json", _json({
        "version": MANIFEST_VERSION, "documents": len(catalogue.articles), "fields": [name for name, _ in FIELDS],
        "query_fields": QUERY_FIELDS, "shards": shards, "shard_versions": packed_versions(versions), "years": years,
        "texts_per_file": TEXTS_PER_FILE, "text_versions": packed_versions(text_versions),
        "slots": slot_space(len(catalogue.articles)),
        "boosts": [boost for _, boost in FIELDS], "average_lengths": averages, "k1": K1, "b": B,
        "length_codes": LENGTH_CODES,
    }))


class _CodedLengthBuilder(Builder):
    """lunr.py's Builder with the shards' two departures (``cuttings/search/fulltext.py``): each field length as
    its code stands for it, and weights not rounded."""

    def _create_field_vectors(self) -> None:
        self.field_vectors = {}
        idfs = {term: Idf(posting, self.document_count) for term, posting in self.inverted_index.items()}
        for field_ref, frequencies in self.field_term_frequencies.items():
            name = FieldRef.from_string(field_ref).field_name
            length = coded_length(int(length_codes(numpy.array([self.field_lengths[field_ref]]))[0]))
            vector = Vector()
            for term, frequency in frequencies.items():
                vector.insert(self.inverted_index[term]["_index"], bm25_weight(
                    idfs[term], frequency, length, self.average_field_length[name], self._fields[name].boost))
            self.field_vectors[field_ref] = vector


def reference_index(documents: list[SearchDocument]) -> Index:
    """The whole full-text index built by lunr.py's own Builder, for checking the shards against; its departures
    are the shards' own (``_CodedLengthBuilder``)."""
    builder = _CodedLengthBuilder()
    builder.pipeline = index_pipeline()
    builder.search_pipeline = search_pipeline()
    builder.ref("ref")
    for name, boost in FIELDS:
        builder.field(name, boost)
    for document in documents:
        builder.add({"ref": str(document.ref), **document.fields})
    return builder.build()
