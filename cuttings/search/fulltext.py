"""Full text: lunr's index, cut by term into small shards that lunr.js loads only for the words it is asked.

lunr.js scores a document by ``query_vector · field_vector / |query_vector|``; the query vector only has the
query's terms, so a document's field vector is only ever read at those terms. A shard therefore holds, for a
run of terms in sorted order, each term's postings *and* the field-vector weights of those terms, and any
set of shards loads into a ``lunr.Index`` that scores a query on its terms exactly as the whole index would.

The weights are lunr.py's Builder's (BM25, k1 = 1.2, b = 0.75, field boosts, rounded to three decimals),
computed here term by term so memory stays proportional to the postings, not to Python dicts per posting;
``tests/unit/test_search_index.py`` checks them against ``lunr.Builder`` itself.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import itertools
import json
import multiprocessing
import os
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy
from lunr.idf import idf as lunr_idf

from cuttings.search import stemmer as stemmer_module
from cuttings.search import text as text_module
from cuttings.search.documents import FIELDS, LazyDocument, SearchDocument
from cuttings.search.text import TermMaker

K1 = 1.2
B = 0.75
SHARD_TARGET_BYTES = 40_000
"""A shard is closed once it passes this size; one very common term may make a bigger one on its own."""


@dataclass(frozen=True)
class Shard:
    first_term: str
    first_index: int
    content: bytes


class _DocumentCount:
    """Stands in for a posting's per-field dict, for ``lunr.idf``, which only counts its keys."""

    def __init__(self, count: int) -> None:
        self.count = count

    def keys(self) -> range:
        return range(self.count)


def utf16_order(term: str) -> bytes:
    """JavaScript compares strings by UTF-16 code units; shard boundaries must sort the same way there."""
    return term.encode("utf-16-be")


FieldPostings = tuple[array, array]
"""(document refs ascending, term frequency in each)."""
PARALLEL_MIN_DOCUMENTS = 2000
STORE_BATCH = 500
MAX_WORKERS = 2


DocumentTerms = tuple[tuple[int, tuple[tuple[str, int], ...]], ...]
"""One document's terms: per field, (number of terms, ((term, frequency), ...) in order of first use)."""


class TermsStore(Protocol):
    """Documents' terms kept between builds (``cuttings/cache.py:SearchTermsCache``)."""

    def load(self, keys: Sequence[str]) -> dict[str, DocumentTerms]: ...

    def store(self, items: Sequence[tuple[str, DocumentTerms]]) -> None: ...


def document_terms(document: SearchDocument | LazyDocument, maker: TermMaker) -> DocumentTerms:
    counted = []
    for name, _ in FIELDS:
        terms = maker.terms(document.fields[name])
        counted.append((len(terms), tuple(Counter(terms).items())))
    return tuple(counted)


@functools.cache
def terms_code_digest() -> str:
    """The code that turns text into terms, and lunr's version: a change to either makes stored terms stale."""
    digest = hashlib.sha256(f"lunr {importlib.metadata.version('lunr')}\n".encode())
    for module in (text_module, stemmer_module):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


def document_key(document: SearchDocument | LazyDocument) -> str:
    """The key a document's terms are stored under: its text, or what it is made from if that is known."""
    digest = hashlib.blake2b(terms_code_digest().encode(), digest_size=20)
    if isinstance(document, LazyDocument):
        digest.update(b"\1" + document.source_key.encode())
        return digest.hexdigest()
    for name, _ in FIELDS:
        digest.update(b"\0" + document.fields[name].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class _Counter:
    """Postings and field lengths, grown document by document in ref order."""

    def __init__(self) -> None:
        self.lengths: list[array] = [array("I") for _ in FIELDS]
        self.postings: dict[str, list[FieldPostings | None]] = {}

    def add(self, ref: int, terms: DocumentTerms) -> None:
        postings = self.postings
        for field_number, (length, counts) in enumerate(terms):
            self.lengths[field_number].append(length)
            for term, frequency in counts:
                by_field = postings.get(term)
                if by_field is None:
                    by_field = postings[term] = [None] * len(FIELDS)
                pair = by_field[field_number]
                if pair is None:
                    pair = by_field[field_number] = (array("I"), array("I"))
                pair[0].append(ref)
                pair[1].append(frequency)


def count_terms(documents: Sequence[SearchDocument]) -> tuple[list[array], dict[str, list[FieldPostings | None]]]:
    """Field lengths and postings of a run of documents (refs consecutive): one worker's share."""
    counter = _Counter()
    maker = TermMaker()
    for document in documents:
        counter.add(document.ref, document_terms(document, maker))
    return counter.lengths, counter.postings


def count_terms_through(store: TermsStore, documents: Iterable[SearchDocument | LazyDocument],
                        batch: int = STORE_BATCH) -> tuple[list[array], dict[str, list[FieldPostings | None]]]:
    """As ``count_terms``, taking each document's terms from ``store`` when it has them and storing the rest.

    Documents go through in batches, so only one batch's documents and terms are held at a time.
    """
    counter = _Counter()
    maker = TermMaker()
    remaining = iter(documents)
    while run := list(itertools.islice(remaining, batch)):
        keys = [document_key(document) for document in run]
        known = store.load(keys)
        new: list[tuple[str, DocumentTerms]] = []
        for document, key in zip(run, keys, strict=True):
            terms = known.get(key)
            if terms is None:
                terms = document_terms(document, maker)
                new.append((key, terms))
            counter.add(document.ref, terms)
        if new:
            store.store(new)
    return counter.lengths, counter.postings


class TermPostings:
    """Per term and field: the documents (ascending) and the term's frequency in each.

    With a ``store``, documents' terms come from the last build where the text is the same. Otherwise large
    sites are counted in two processes, each over a contiguous run of documents, and merged in order, so the
    result does not depend on how the work was split.
    """

    def __init__(self, documents: Iterable[SearchDocument | LazyDocument], workers: int | None = None,
                 store: TermsStore | None = None) -> None:
        self.field_names = [name for name, _ in FIELDS]
        self.boosts = [boost for _, boost in FIELDS]
        workers = workers or min(MAX_WORKERS, os.cpu_count() or 1)
        if store is None and not isinstance(documents, Sequence):
            documents = list(documents)  # split between workers below
        if store is not None:
            parts = [count_terms_through(store, documents)]
        elif workers > 1 and len(documents) >= PARALLEL_MIN_DOCUMENTS:
            size = -(-len(documents) // workers)
            runs = [documents[start:start + size] for start in range(0, len(documents), size)]
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
                parts = list(pool.map(count_terms, runs))
        else:
            parts = [count_terms(documents)]
        self.lengths, self.postings = parts[0]
        for lengths, postings in parts[1:]:
            for mine, theirs in zip(self.lengths, lengths, strict=True):
                mine.extend(theirs)
            for term, by_field in postings.items():
                merged = self.postings.setdefault(term, [None] * len(FIELDS))
                for field_number, pair in enumerate(by_field):
                    if pair is None:
                        continue
                    if merged[field_number] is None:
                        merged[field_number] = pair
                    else:
                        merged[field_number][0].extend(pair[0])
                        merged[field_number][1].extend(pair[1])
        # One length per document and field.
        self.document_count = len(self.lengths[0])
        self._length_arrays: list[numpy.ndarray] | None = None
        self.average_lengths = [
            (sum(lengths) / self.document_count) if self.document_count else 0.0 for lengths in self.lengths
        ]

    def sorted_terms(self) -> list[str]:
        return sorted(self.postings, key=utf16_order)

    def weights(self, term: str) -> list[tuple[list[int], list[int]] | None]:
        """Per field: (document refs, lunr.py's field-vector weight x 1000) for ``term``."""
        by_field = self.postings[term]
        posting = {name: _DocumentCount(len(pair[0]) if pair else 0) for name, pair in zip(self.field_names, by_field,
                                                                                             strict=True)}
        term_idf = lunr_idf(posting, self.document_count)
        if self._length_arrays is None:
            self._length_arrays = [numpy.frombuffer(lengths, dtype=numpy.uint32).astype(numpy.float64)
                                   for lengths in self.lengths]
        result: list[tuple[list[int], list[int]] | None] = []
        for field_number, pair in enumerate(by_field):
            if pair is None:
                result.append(None)
                continue
            refs, frequencies = pair
            lengths = self._length_arrays[field_number][numpy.frombuffer(refs, dtype=numpy.uint32)]
            tf = numpy.frombuffer(frequencies, dtype=numpy.uint32).astype(numpy.float64)
            # The same expression, operation by operation in the same order, as lunr.Builder._create_field_vectors;
            # numpy does each in IEEE double precision as Python does, so the floats are the same.
            average = self.average_lengths[field_number]
            score = term_idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (lengths / average)) + tf)
            score = score * self.boosts[field_number]
            score = score * 1
            result.append((refs.tolist(), _thousandths(score)))
        return result


def _thousandths(scores: numpy.ndarray) -> list[int]:
    """``round(round(score, 3) * 1000)`` for each score, as lunr.py stores weights.

    Python's ``round(x, 3)`` rounds the exact binary value, half to even; ``rint(x * 1000)`` agrees except where
    ``x * 1000`` lies within rounding error of a half, and those few go through Python's ``round``.
    """
    scaled = scores * 1000
    result = numpy.rint(scaled)
    for position in numpy.flatnonzero(numpy.abs(scaled - numpy.floor(scaled) - 0.5) < 1e-6):
        result[position] = round(round(float(scores[position]), 3) * 1000)
    return result.astype(numpy.int64).tolist()  # type: ignore[no-any-return]


def encode_term(weights: list[tuple[list[int], list[int]] | None]) -> list[object]:
    """Per field 0, or ``[n, gap1..gapn, weight1..weightn]``: refs as gaps from the previous ref."""
    encoded: list[object] = []
    for field in weights:
        if field is None:
            encoded.append(0)
            continue
        refs, scores = field
        gaps = [refs[0]] + [b - a for a, b in itertools.pairwise(refs)]
        encoded.append([len(refs), *gaps, *scores])
    return encoded


def _compact_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def fulltext_shards(documents: Iterable[SearchDocument | LazyDocument], target_bytes: int = SHARD_TARGET_BYTES,
                    store: TermsStore | None = None) -> Iterator[Shard]:
    postings = TermPostings(documents, store=store)
    terms: list[str] = []
    encoded: list[str] = []
    size = 0
    first_index = 0

    def close() -> Shard:
        # What json.dumps({"first": ..., "terms": ..., "postings": [...]}) gives, with each term's postings
        # encoded once: they were already encoded to measure the shard.
        content = (f'{{"first":{first_index},"terms":{_compact_json(terms)},"postings":[{",".join(encoded)}]}}'
                   .encode())
        return Shard(terms[0], first_index, content)

    for index, term in enumerate(postings.sorted_terms()):
        if not terms:
            first_index = index
        entry = _compact_json(encode_term(postings.weights(term)))
        terms.append(term)
        encoded.append(entry)
        size += len(term) + 4 + len(entry)
        if size >= target_bytes:
            yield close()
            terms, encoded, size = [], [], 0
    if terms:
        yield close()
