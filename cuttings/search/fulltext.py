"""Full text: lunr's index, cut by term into small shards that lunr.js loads only for the words it is asked.

lunr.js scores a document by ``query_vector · field_vector / |query_vector|``; the query vector only has the
query's terms, so a document's field vector is only ever read at those terms. A shard therefore holds, for a
run of terms in sorted order, each term's postings *and* the field-vector weights of those terms, and any
set of shards loads into a ``lunr.Index`` that scores a query on its terms exactly as the whole index would.

The weights are lunr.py's Builder's (BM25, k1 = 1.2, b = 0.75, field boosts, rounded to three decimals),
computed here for all postings at once over flat arrays (numpy), so memory stays proportional to the postings,
not to Python objects per posting; ``tests/unit/test_search_index.py`` checks them against ``lunr.Builder``
itself.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import itertools
import json
import math
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


def utf16_order(term: str) -> bytes:
    """JavaScript compares strings by UTF-16 code units; shard boundaries must sort the same way there."""
    return term.encode("utf-16-be")


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


class _Numbering(dict[str, int]):
    """Term -> number, a new term numbered on first lookup (``__missing__``), so known terms are looked up in C."""

    def __missing__(self, term: str) -> int:
        number = self[term] = len(self)
        return number


class _Counter:
    """Postings and field lengths, grown document by document in ref order.

    Per field, three flat arrays hold a posting each: the term's number (terms are numbered as first met), the
    document's ref and the term's frequency there. Flat arrays keep memory proportional to the postings, and let
    the weights be computed for all postings at once.
    """

    def __init__(self) -> None:
        self.numbers = _Numbering()
        self.lengths: list[array] = [array("I") for _ in FIELDS]
        self.term_numbers: list[array] = [array("I") for _ in FIELDS]
        self.refs: list[array] = [array("I") for _ in FIELDS]
        self.frequencies: list[array] = [array("I") for _ in FIELDS]

    def add(self, ref: int, terms: DocumentTerms) -> None:
        numbers = self.numbers
        for field_number, (length, counts) in enumerate(terms):
            self.lengths[field_number].append(length)
            if not counts:
                continue
            words, frequencies = zip(*counts, strict=True)
            self.term_numbers[field_number].extend(map(numbers.__getitem__, words))
            self.refs[field_number].extend(array("I", (ref,)) * len(words))
            self.frequencies[field_number].extend(frequencies)

    def extend(self, other: _Counter) -> None:
        """Append another counter's postings, whose documents all come after this one's."""
        numbers = self.numbers
        renumbered = array("I", bytes(4 * len(other.numbers)))
        for word, number in other.numbers.items():
            renumbered[number] = numbers.setdefault(word, len(numbers))
        mapping = numpy.frombuffer(renumbered, dtype=numpy.uint32)
        for field_number in range(len(FIELDS)):
            self.lengths[field_number].extend(other.lengths[field_number])
            local = numpy.frombuffer(other.term_numbers[field_number], dtype=numpy.uint32)
            self.term_numbers[field_number].frombytes(mapping[local].tobytes())
            self.refs[field_number].extend(other.refs[field_number])
            self.frequencies[field_number].extend(other.frequencies[field_number])


def count_terms(documents: Sequence[SearchDocument]) -> _Counter:
    """Field lengths and postings of a run of documents (refs consecutive): one worker's share."""
    counter = _Counter()
    maker = TermMaker()
    for document in documents:
        counter.add(document.ref, document_terms(document, maker))
    return counter


def count_terms_through(store: TermsStore, documents: Iterable[SearchDocument | LazyDocument],
                        batch: int = STORE_BATCH) -> _Counter:
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
    return counter


@dataclass
class _FieldPostings:
    """One field's postings grouped by term, terms in JavaScript order: term ``t``'s are ``[starts[t]:starts[t+1]]``,
    refs ascending within each term."""

    starts: numpy.ndarray
    refs: numpy.ndarray
    frequencies: numpy.ndarray


ENCODE_BLOCK = 1024
"""Terms whose postings are turned into text together."""
WEIGHT_CHUNK = 1 << 20
"""Postings whose weights are computed together: bounds the floating-point temporaries on a large archive."""


class TermPostings:
    """Per term and field: the documents (ascending), the term's frequency in each, and lunr's weights.

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
            counter = count_terms_through(store, documents)
        elif workers > 1 and len(documents) >= PARALLEL_MIN_DOCUMENTS:
            size = -(-len(documents) // workers)
            runs = [documents[start:start + size] for start in range(0, len(documents), size)]
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
                counter, *rest = pool.map(count_terms, runs)
            for other in rest:
                counter.extend(other)
        else:
            counter = count_terms(documents)
        self.lengths = counter.lengths
        # One length per document and field.
        self.document_count = len(self.lengths[0])
        self.average_lengths = [
            (sum(lengths) / self.document_count) if self.document_count else 0.0 for lengths in self.lengths
        ]
        terms = sorted(counter.numbers, key=utf16_order)
        self.postings: dict[str, int] = {term: position for position, term in enumerate(terms)}
        """Each term -> its position in JavaScript order."""
        positions = numpy.empty(len(terms), dtype=numpy.uint32)
        positions[[counter.numbers[term] for term in terms]] = numpy.arange(len(terms))
        self.fields = []
        for field_number in range(len(FIELDS)):
            self.fields.append(self._grouped(positions, counter, field_number))
            # Each field's flat arrays go as soon as they are grouped: on a large archive they are hundreds of MB.
            counter.term_numbers[field_number] = counter.refs[field_number] = array("I")
            counter.frequencies[field_number] = array("I")
        del counter
        self._weights = [self._field_weights(field_number) for field_number in range(len(FIELDS))]

    @staticmethod
    def _grouped(positions: numpy.ndarray, counter: _Counter, field_number: int) -> _FieldPostings:
        by_term = positions[numpy.frombuffer(counter.term_numbers[field_number], dtype=numpy.uint32)]
        # Stable, so each term's postings keep the order they were added in: ascending refs.
        order = numpy.argsort(by_term, kind="stable")
        starts = numpy.zeros(len(positions) + 1, dtype=numpy.int64)
        numpy.cumsum(numpy.bincount(by_term, minlength=len(positions)), out=starts[1:])
        return _FieldPostings(starts,
                              numpy.frombuffer(counter.refs[field_number], dtype=numpy.uint32)[order],
                              numpy.frombuffer(counter.frequencies[field_number], dtype=numpy.uint32)[order])

    def _term_idf(self) -> numpy.ndarray:
        """lunr's idf of each term: its documents are counted once per field the term is in."""
        with_term = sum(numpy.diff(field.starts) for field in self.fields)
        ratios = (self.document_count - with_term + 0.5) / (with_term + 0.5)
        # math.log, as lunr's idf: numpy's log may differ from it in the last bit.
        return numpy.array([math.log(1 + abs(ratio)) for ratio in ratios.tolist()], dtype=numpy.float64)

    def _field_weights(self, field_number: int) -> numpy.ndarray:
        """lunr.py's field-vector weight x 1000 of every posting of one field, in the field's posting order."""
        if field_number == 0:
            self._idf = self._term_idf()
        field = self.fields[field_number]
        lengths = numpy.frombuffer(self.lengths[field_number], dtype=numpy.uint32).astype(numpy.float64)
        average = self.average_lengths[field_number]
        boost = self.boosts[field_number]
        weights = numpy.empty(len(field.refs), dtype=numpy.int32)
        for start in range(0, len(field.refs), WEIGHT_CHUNK):
            stop = min(start + WEIGHT_CHUNK, len(field.refs))
            # Each posting's term: the last term starting at or before it.
            terms = numpy.searchsorted(field.starts, numpy.arange(start, stop), side="right") - 1
            term_idf = self._idf[terms]
            tf = field.frequencies[start:stop].astype(numpy.float64)
            field_lengths = lengths[field.refs[start:stop]]
            # The same expression, operation by operation in the same order, as lunr.Builder._create_field_vectors;
            # numpy does each in IEEE double precision as Python does, so the floats are the same.
            score = term_idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (field_lengths / average)) + tf)
            score = score * boost
            score = score * 1
            weights[start:stop] = _thousandths(score)
        return weights

    def sorted_terms(self) -> list[str]:
        return list(self.postings)

    def weights(self, term: str) -> list[tuple[list[int], list[int]] | None]:
        """Per field: (document refs, lunr.py's field-vector weight x 1000) for ``term``."""
        position = self.postings[term]
        result: list[tuple[list[int], list[int]] | None] = []
        for field, weights in zip(self.fields, self._weights, strict=True):
            start, stop = int(field.starts[position]), int(field.starts[position + 1])
            result.append((field.refs[start:stop].tolist(), weights[start:stop].tolist()) if stop > start else None)
        return result

    def encoded(self, first: int, stop: int) -> list[str]:
        """The JSON of terms ``first`` to ``stop`` (in JavaScript order): per field 0, or
        ``[n, gap1..gapn, weight1..weightn]``, refs as gaps from the previous ref."""
        per_field: list[list[str]] = []
        for field, weights in zip(self.fields, self._weights, strict=True):
            starts = field.starts[first:stop + 1].tolist()
            low, high = starts[0], starts[-1]
            refs = field.refs[low:high].astype(numpy.int64)
            gaps = numpy.diff(refs, prepend=0)
            term_starts = numpy.asarray(starts[:-1], dtype=numpy.int64) - low
            present = term_starts < high - low
            gaps[term_starts[present]] = refs[term_starts[present]]
            gap_texts = list(map(str, gaps.tolist()))
            weight_texts = list(map(str, weights[low:high].tolist()))
            bounds = [start - low for start in starts]
            per_field.append([
                f"[{end - start},{','.join(gap_texts[start:end])},{','.join(weight_texts[start:end])}]" if end > start
                else "0"
                for start, end in itertools.pairwise(bounds)
            ])
        return [f"[{','.join(parts)}]" for parts in zip(*per_field, strict=True)]


def _thousandths(scores: numpy.ndarray) -> numpy.ndarray:
    """``round(round(score, 3) * 1000)`` for each score, as lunr.py stores weights.

    Python's ``round(x, 3)`` rounds the exact binary value, half to even; ``rint(x * 1000)`` agrees except where
    ``x * 1000`` lies within rounding error of a half, and those few go through Python's ``round``.
    """
    scaled = scores * 1000
    result = numpy.rint(scaled)
    for position in numpy.flatnonzero(numpy.abs(scaled - numpy.floor(scaled) - 0.5) < 1e-6):
        result[position] = round(round(float(scores[position]), 3) * 1000)
    return result.astype(numpy.int64)


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

    sorted_terms = postings.sorted_terms()
    for block in range(0, len(sorted_terms), ENCODE_BLOCK):
        block_terms = sorted_terms[block:block + ENCODE_BLOCK]
        for index, term, entry in zip(itertools.count(block), block_terms,
                                      postings.encoded(block, block + len(block_terms)), strict=False):
            if not terms:
                first_index = index
            terms.append(term)
            encoded.append(entry)
            size += len(term) + 4 + len(entry)
            if size >= target_bytes:
                yield close()
                terms, encoded, size = [], [], 0
    if terms:
        yield close()
