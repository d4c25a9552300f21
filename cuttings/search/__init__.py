"""Stage 5, index: the Catalogue -> search data for the browser, in small files loaded only when needed.

    search/names/      people and councils for suggestions as you type (names.py)
    search/terms/      the full-text lunr index, sharded by term (fulltext.py), gzip-compressed
    search/text/       title, date and URL of each result, ``TEXTS_PER_FILE`` articles a file, gzip-compressed
                       (the browser inflates it with ``DecompressionStream``); snippets come from the article page
    search/manifest.json  fields, shard boundaries, years: what the search page's worker reads first
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator, Mapping

from lunr.builder import Builder
from lunr.field_ref import FieldRef
from lunr.index import Index

from cuttings.memo import Memo, RecordingCatalogue, digest_of
from cuttings.model import Catalogue, Page
from cuttings.named_once import PersonPlaces
from cuttings.search.documents import (
    FIELDS,
    QUERY_FIELDS,
    LazyDocument,
    SearchDocument,
    iter_search_documents,
    shown_document,
)
from cuttings.search.fulltext import TermsStore, quantised_average
from cuttings.search.incremental import PostingsFile, index_shards
from cuttings.search.names import name_pages
from cuttings.search.text import index_pipeline, search_pipeline

TEXTS_PER_FILE = 50
"""Articles whose title, date and URL share a file. A page of ten results reads at most ten files, about 3 kB
each gzipped at 50 on the BBC benchmark corpus (and ten article pages for the snippets); one file an article
was a file for every article in the site, which GitHub Pages' deploys count, and each file's bytes compress
less alone than fifty together."""
NAMES_FOLDER = "search/names/"
MANIFEST_VERSION = 3
"""1: one uncompressed text file per article, term shards as JSON. 2: ``TEXTS_PER_FILE`` texts a file, and the
term shards, gzipped. 3: the text files hold no body: snippets are cut from the article pages."""


def text_path(number: int) -> str:
    """The file of result texts ``number``: refs ``number * TEXTS_PER_FILE`` to the next file's."""
    return f"search/text/{number}.json.gz"


def gzipped(content: bytes) -> bytes:
    """Compressed the same way every time: no name, no time in the header."""
    return gzip.compress(content, compresslevel=9, mtime=0)


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def search_pages(catalogue: Catalogue, store: TermsStore | None = None) -> Iterator[Page]:
    """Every file of the search data; with a ``store``, unchanged articles' terms are not worked out again."""
    yield from search_text_pages(catalogue)
    yield from search_index_pages(catalogue, store)


def search_text_pages(catalogue: Catalogue, memo: Memo | None = None,
                      places: PersonPlaces | None = None) -> Iterator[Page]:
    """The name suggestions, and what each result shows; with a ``memo``, a result's file is kept unmade when
    its article is as it was (``cuttings/memo.py``)."""
    recording = RecordingCatalogue(catalogue, places=places)
    # The names and counts of people and councils, made together.
    params = digest_of(("search-names", NAMES_FOLDER))
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

        with recording.recorder.page() as reads:
            # Where each person is, read through the recording view (``memo.RecordingPlaces``).
            pages = list(name_pages(recording, NAMES_FOLDER, places=recording.places,  # type: ignore[arg-type]
                                    compressed=compressed))
        yield from pages
        if memo is not None:
            memo.remember_folder(NAMES_FOLDER, params, {page.path: contents.get(page.path, b"") for page in pages},
                                 reads)
    slugs = list(catalogue.articles)
    for number in range(-(-len(slugs) // TEXTS_PER_FILE)):
        path = text_path(number)
        group = slugs[number * TEXTS_PER_FILE:(number + 1) * TEXTS_PER_FILE]
        params = digest_of(("search-text", path, group)) if memo is not None else b""
        if memo is not None and memo.keep(path, params):
            yield Page(path, b"", reused=True)
            continue
        with recording.recorder.page() as reads:
            # One document a line, so the file reads and diffs document by document once inflated.
            lines = b",\n".join(_json(shown_document(slug, recording.articles[slug])) for slug in group)
        yield Page(path, gzipped(b"[" + lines + b"]\n"))
        if memo is not None:
            memo.remember(path, params, reads)


def search_index_pages(catalogue: Catalogue, store: TermsStore | None = None,
                       article_keys: Mapping[str, str] | None = None,
                       postings: PostingsFile | None = None) -> Iterator[Page]:
    """The full-text shards and the manifest that lists them; ``article_keys`` (source file -> inference cache
    key) let a ``store`` find an unchanged article's terms without its text being folded again. With
    ``postings``, this build's postings are saved there, and if the last build's are there and the output folder
    is as it left it, only shards holding an edited article's terms are made again (``search/incremental.py``);
    the others come back as ``Page.reused``."""
    shards = []

    def documents() -> Iterator[SearchDocument | LazyDocument]:
        return iter_search_documents(catalogue, article_keys if store is not None else None)

    for number, shard in enumerate(index_shards(documents, store, postings)):
        shards.append(shard.first_term)
        # Shards are cut and kept by their JSON (``layout.py``, ``incremental.py``); only the file is compressed.
        yield Page(f"search/terms/{number}.json.gz", b"" if shard.reused else gzipped(shard.content),
                   reused=shard.reused)
    years = sorted({entry.article.date.year for entry in catalogue.articles.values() if entry.article.date},
                   reverse=True)
    yield Page("search/manifest.json", _json({
        "version": MANIFEST_VERSION, "documents": len(catalogue.articles), "fields": [name for name, _ in FIELDS],
        "query_fields": QUERY_FIELDS, "shards": shards, "years": years,
        "texts_per_file": TEXTS_PER_FILE,
    }))


class _RoundedAverageBuilder(Builder):
    """lunr.py's Builder with each field's average length rounded as ``fulltext.quantised_average`` does."""

    def _calculate_average_field_lengths(self) -> None:
        super()._calculate_average_field_lengths()
        for name in self.average_field_length:
            total = sum(length for field_ref, length in self.field_lengths.items()
                        if FieldRef.from_string(field_ref).field_name == name)
            self.average_field_length[name] = quantised_average(total, len(self._documents))


def reference_index(documents: list[SearchDocument]) -> Index:
    """The whole full-text index built by lunr.py's own Builder, for checking the shards against; its one
    departure, the rounded average field lengths, is the shards' own (``cuttings/search/fulltext.py``)."""
    builder = _RoundedAverageBuilder()
    builder.pipeline = index_pipeline()
    builder.search_pipeline = search_pipeline()
    builder.ref("ref")
    for name, boost in FIELDS:
        builder.field(name, boost)
    for document in documents:
        builder.add({"ref": str(document.ref), **document.fields})
    return builder.build()
