"""Full text: lunr's index, cut by term into small shards that lunr.js loads only for the words it is asked.

lunr.js scores a document by ``query_vector · field_vector / |query_vector|``; the query vector only has the
query's terms, so a document's field vector is only ever read at those terms. A shard therefore holds, for a
run of terms in sorted order, each term's postings *and* what the field-vector weights of those terms are made
of, and any set of shards loads into a ``lunr.Index`` that scores a query on its terms exactly as the whole index would.

A posting stores no weight, only what the weight is made from that belongs to the document: the term's frequency
and the field's length in it, as one code (``posting_codes``). The rest of lunr.py's BM25 weight (k1 = 1.2,
b = 0.75, field boosts) is worked out in the browser: the term's idf from its postings in the shard (documents
with the term, counted once per field, as lunr counts them) and the number of documents, and the length
normalisation from each field's average length, both in the manifest. A stored weight holding the number of
documents or an average would change with every article added or removed, and every shard with it; a posting's
code changes only with its own document. Lengths from 32 terms are kept to 5 significant bits (within 3 %, and
so BM25's length normalisation within about 1.2 %), which keeps a code to two or three digits; weights are not
rounded. The weights of a run of terms are computed at once over flat arrays (numpy), so memory stays
proportional to the postings, not to Python objects per posting; ``tests/unit/test_search_index.py`` checks
them against ``lunr.Builder`` itself, given the same lengths (``cuttings/search/__init__.py:reference_index``).

Where shards are cut is decided by the terms and their encoded sizes alone (``cuttings/search/layout.py``), and
shard ``n``'s terms are numbered from ``n * SHARD_MAX_TERMS``: lunr only needs term numbers to be distinct and
to rise in term order, and numbering by shard keeps a new word from renumbering every later shard. So an edit
changes only the shards that hold the edited documents' terms, and ``cuttings/search/incremental.py`` remakes
just those from the last build's postings.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.metadata
import itertools
import json
import math
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy

from cuttings.fingerprints import installed_code_fingerprint
from cuttings.search.documents import FIELDS, LazyDocument, SearchDocument
from cuttings.search.layout import SHARD_MAX_TERMS, SHARD_TARGET_BYTES, Cutter, term_hashes
from cuttings.search.text import TermMaker

K1 = 1.2
B = 0.75
LENGTH_CODES = 512
"""A posting's code is its field length's code (below 464 for any length under 2**32) plus this many for each
occurrence of the term past the first."""


def length_codes(lengths: numpy.ndarray) -> numpy.ndarray:
    """Each length's code: itself below 32; from 32 on, its top 4 bits after the leading one, ``m``, and how far
    they are shifted, ``e``, as ``16 * e + m`` (which goes on from 32 where the exact codes end)."""
    lengths = numpy.asarray(lengths, dtype=numpy.int64)
    shifts = numpy.zeros(lengths.shape, dtype=numpy.int64)
    rest = lengths >> 5
    while rest.any():
        shifts += rest > 0
        rest >>= 1
    return numpy.where(shifts == 0, lengths, 16 * shifts + (lengths >> shifts))


def coded_length(code: int) -> float:
    """The length a code stands for: itself, or the middle of the lengths it covers (as search-worker.js's
    ``codedLength``)."""
    if code < 32:
        return float(code)
    shift = (code >> 4) - 1
    return float((2 * ((code & 15) + 16) + 1) * 2 ** (shift - 1))


def posting_codes(frequencies: numpy.ndarray, field_length_codes: numpy.ndarray) -> numpy.ndarray:
    return field_length_codes + LENGTH_CODES * (frequencies.astype(numpy.int64) - 1)


def bm25_weight(idf: float, frequency: int, field_length: float, average: float, boost: int) -> float:
    """A posting's weight, by lunr.py's Builder's expression, operation by operation (and search-worker.js's),
    not rounded."""
    score = idf * ((K1 + 1) * frequency) / (K1 * (1 - B + B * (field_length / average)) + frequency)
    return score * boost


@dataclass(frozen=True)
class Shard:
    first_term: str
    first_index: int
    content: bytes
    reused: bool = False
    """The previous build's file has these very bytes and is kept; ``content`` is empty."""
    version: int = -1
    """The CRC-32 of the shard's JSON (``content``, or the kept file's, saved with the postings): the manifest
    lists it, the browser asks for ``terms/<n>.json.gz?v=<version>`` and checks the file's gzip trailer against
    it, so a cached or newly deployed shard is used only with the manifest it belongs to (worked out here when
    not given)."""

    def __post_init__(self) -> None:
        if self.version < 0:
            object.__setattr__(self, "version", zlib.crc32(self.content))


def utf16_order(term: str) -> bytes:
    """JavaScript compares strings by UTF-16 code units; shard boundaries must sort the same way there."""
    return term.encode("utf-16-be")


DocumentTerms = tuple[tuple[int, tuple[tuple[str, int], ...]], ...]
"""One document's terms: per field, (number of terms, ((term, frequency), ...) in order of first use)."""


def document_terms(document: SearchDocument | LazyDocument, maker: TermMaker) -> DocumentTerms:
    counted = []
    for name, _ in FIELDS:
        terms = maker.terms(document.fields[name])
        counted.append((len(terms), tuple(Counter(terms).items())))
    return tuple(counted)


@functools.cache
def terms_code_digest() -> str:
    """The code that turns documents into terms (this module and all it imports: ``document_terms`` here,
    ``text``, ``stemmer``), and lunr's version: a change to either makes saved postings stale."""
    code = installed_code_fingerprint("cuttings.search.fulltext")
    return hashlib.sha256(f"lunr {importlib.metadata.version('lunr')}\n{code}\n".encode()).hexdigest()


def document_key(document: SearchDocument | LazyDocument) -> str:
    """The key a document's saved postings are matched by (``cuttings/search/incremental.py``): its text, or what
    it is made from if that is known."""
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
    the postings' codes be computed all at once.
    """

    def __init__(self) -> None:
        self.numbers = _Numbering()
        self.documents = array("I")
        """Each document's ref, in the order added."""
        self.lengths: list[array] = [array("I") for _ in FIELDS]
        self.term_numbers: list[array] = [array("I") for _ in FIELDS]
        self.refs: list[array] = [array("I") for _ in FIELDS]
        self.frequencies: list[array] = [array("I") for _ in FIELDS]

    def add(self, ref: int, terms: DocumentTerms) -> None:
        numbers = self.numbers
        self.documents.append(ref)
        for field_number, (length, counts) in enumerate(terms):
            self.lengths[field_number].append(length)
            if not counts:
                continue
            words, frequencies = zip(*counts, strict=True)
            self.term_numbers[field_number].extend(map(numbers.__getitem__, words))
            self.refs[field_number].extend(array("I", (ref,)) * len(words))
            self.frequencies[field_number].extend(frequencies)


def count_terms(documents: Iterable[SearchDocument | LazyDocument],
                keys_seen: dict[int, str] | None = None) -> _Counter:
    """Field lengths and postings of ``documents`` (refs ascending), one document at a time, so a large archive's
    folded texts are never held together. Each document's key (``document_key``) goes into ``keys_seen`` under its
    ref, if given."""
    counter = _Counter()
    maker = TermMaker()
    for document in documents:
        if keys_seen is not None:
            keys_seen[document.ref] = document_key(document)
        counter.add(document.ref, document_terms(document, maker))
    return counter


def average_length(total: int, count: int) -> float:
    """The mean of ``count`` lengths summing to ``total``, as lunr.py's Builder works it out (an int over an int,
    correctly rounded: the same on every machine)."""
    return total / count if count else 0.0


@dataclass
class FieldPostings:
    """One field's postings grouped by term, terms in JavaScript order: term ``t``'s are ``[starts[t]:starts[t+1]]``,
    refs ascending within each term."""

    starts: numpy.ndarray
    refs: numpy.ndarray
    frequencies: numpy.ndarray


ENCODE_BLOCK = 1024
"""Terms whose postings are turned into text together."""


class TermPostings:
    """Per term and field: the documents (ascending) and the term's frequency in each; and each document's field
    lengths, so each posting's code (``posting_codes``).

    ``keys_seen`` collects each document's ``document_key`` by ref. Documents come in ascending ref.
    """

    def __init__(self, documents: Iterable[SearchDocument | LazyDocument],
                 keys_seen: dict[int, str] | None = None) -> None:
        counter = count_terms(documents, keys_seen)
        refs = numpy.frombuffer(counter.documents, dtype=numpy.uint32)
        lengths = numpy.zeros((len(FIELDS), int(refs.max()) + 1 if len(refs) else 0), dtype=numpy.uint32)
        for field_number, field_lengths in enumerate(counter.lengths):
            lengths[field_number, refs] = numpy.frombuffer(field_lengths, dtype=numpy.uint32)
        terms = sorted(counter.numbers, key=utf16_order)
        positions = numpy.empty(len(terms), dtype=numpy.uint32)
        positions[[counter.numbers[term] for term in terms]] = numpy.arange(len(terms))
        fields = []
        for field_number in range(len(FIELDS)):
            fields.append(self._grouped(positions, counter, field_number))
            # Each field's flat arrays go as soon as they are grouped: on a large archive they are hundreds of MB.
            counter.term_numbers[field_number] = counter.refs[field_number] = array("I")
            counter.frequencies[field_number] = array("I")
        count = len(refs)
        del counter
        self._set(terms, lengths, fields, count)

    @classmethod
    def from_arrays(cls, terms: list[str], lengths: numpy.ndarray, fields: list[FieldPostings],
                    document_count: int) -> TermPostings:
        """Postings already grouped: ``terms`` in JavaScript order, ``lengths[field, ref]``."""
        postings = cls.__new__(cls)
        postings._set(terms, lengths, fields, document_count)
        return postings

    def _set(self, terms: list[str], lengths: numpy.ndarray, fields: list[FieldPostings], document_count: int) -> None:
        self.terms = terms
        """Every term, in JavaScript order: a term's number is its position here."""
        self.lengths = lengths
        """Each field's length (terms) in each document: ``lengths[field, ref]``, 0 where no document has the ref."""
        self.length_codes = length_codes(lengths)
        self.fields = fields
        self.boosts = [boost for _, boost in FIELDS]
        self.document_count = document_count
        self.average_lengths = [average_length(int(field.sum(dtype=numpy.int64)), self.document_count)
                                for field in lengths]

    @staticmethod
    def _grouped(positions: numpy.ndarray, counter: _Counter, field_number: int) -> FieldPostings:
        by_term = positions[numpy.frombuffer(counter.term_numbers[field_number], dtype=numpy.uint32)]
        # Stable, so each term's postings keep the order they were added in: ascending refs.
        order = numpy.argsort(by_term, kind="stable")
        starts = numpy.zeros(len(positions) + 1, dtype=numpy.int64)
        numpy.cumsum(numpy.bincount(by_term, minlength=len(positions)), out=starts[1:])
        return FieldPostings(starts,
                             numpy.frombuffer(counter.refs[field_number], dtype=numpy.uint32)[order],
                             numpy.frombuffer(counter.frequencies[field_number], dtype=numpy.uint32)[order])

    @functools.cached_property
    def postings(self) -> dict[str, int]:
        """Each term -> its position in JavaScript order."""
        return {term: position for position, term in enumerate(self.terms)}

    def idf(self, numbers: numpy.ndarray) -> numpy.ndarray:
        """lunr's idf of the terms numbered ``numbers``: a term's documents are counted once per field it is in."""
        with_term = sum(field.starts[numbers + 1] - field.starts[numbers] for field in self.fields)
        ratios = (self.document_count - with_term + 0.5) / (with_term + 0.5)
        # math.log, as lunr's idf: numpy's log may differ from it in the last bit.
        return numpy.array([math.log(1 + abs(ratio)) for ratio in ratios.tolist()], dtype=numpy.float64)

    def _gathered(self, field_number: int,
                  numbers: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """The postings of terms ``numbers`` (ascending) in one field: per term how many, then every posting's
        ref and code (``posting_codes``), term after term."""
        field = self.fields[field_number]
        low, high = field.starts[numbers], field.starts[numbers + 1]
        counts = high - low
        total = int(counts.sum())
        offsets = numpy.cumsum(counts) - counts
        positions = numpy.repeat(low - offsets, counts) + numpy.arange(total, dtype=numpy.int64)
        refs = field.refs[positions]
        codes = posting_codes(field.frequencies[positions], self.length_codes[field_number][refs])
        return counts, refs, codes

    def weights(self, term: str) -> list[tuple[list[int], list[float]] | None]:
        """Per field: (document refs, the field-vector weight the browser works out) for ``term``."""
        numbers = numpy.array([self.postings[term]], dtype=numpy.int64)
        term_idf = float(self.idf(numbers)[0])
        result: list[tuple[list[int], list[float]] | None] = []
        for field_number in range(len(FIELDS)):
            counts, refs, codes = self._gathered(field_number, numbers)
            weights = [bm25_weight(term_idf, code // LENGTH_CODES + 1, coded_length(code % LENGTH_CODES),
                                   self.average_lengths[field_number], self.boosts[field_number])
                       for code in codes.tolist()]
            result.append((refs.tolist(), weights) if counts[0] else None)
        return result

    def encoded(self, first: int, stop: int) -> list[str]:
        """The JSON of terms ``first`` to ``stop`` (in JavaScript order): per field 0, or
        ``[n, gap1..gapn, code1..coden]``, refs as gaps from the previous ref."""
        return self.encoded_terms(numpy.arange(first, stop, dtype=numpy.int64))

    def encoded_terms(self, numbers: numpy.ndarray) -> list[str]:
        """As ``encoded``, for the terms numbered ``numbers`` (ascending)."""
        per_field: list[list[str]] = []
        for field_number in range(len(FIELDS)):
            counts, refs, codes = self._gathered(field_number, numbers)
            refs = refs.astype(numpy.int64)
            gaps = numpy.diff(refs, prepend=0)
            term_starts = numpy.cumsum(counts) - counts
            present = term_starts[counts > 0]
            gaps[present] = refs[present]
            gap_texts = list(map(str, gaps.tolist()))
            code_texts = list(map(str, codes.tolist()))
            bounds = [0, *numpy.cumsum(counts).tolist()]
            per_field.append([
                f"[{end - start},{','.join(gap_texts[start:end])},{','.join(code_texts[start:end])}]" if end > start
                else "0"
                for start, end in itertools.pairwise(bounds)
            ])
        return [f"[{','.join(parts)}]" for parts in zip(*per_field, strict=True)]

    def entry_sizes(self, numbers: numpy.ndarray, entries: Sequence[str]) -> numpy.ndarray:
        """What each term adds to its shard's size: its encoded postings, and itself in the list of terms."""
        return numpy.array([len(self.terms[number]) + 4 + len(entry)
                            for number, entry in zip(numbers.tolist(), entries, strict=True)], dtype=numpy.int64)


def _compact_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def shard_content(number: int, terms: Sequence[str], postings: bytes) -> bytes:
    """Shard ``number``'s file: its terms and their postings (the terms' entries, comma-separated); its terms are
    numbered from ``first``."""
    # What json.dumps({"first": ..., "terms": ..., "postings": [...]}) gives, with each term's postings encoded
    # once: they were already encoded to measure the shard.
    return (f'{{"first":{number * SHARD_MAX_TERMS},"terms":{_compact_json(list(terms))},"postings":['.encode()
            + postings + b"]}")


@dataclass
class Layout:
    """What decided the cuts: each term's size and hash (``cuttings/search/layout.py``), and each shard's first
    term's number; and every term's entry, each followed by a comma (ASCII), so a run of terms' postings is one
    slice: term ``t``'s entry is ``entries[entry_starts[t]:entry_starts[t + 1] - 1]``."""

    sizes: numpy.ndarray = dataclasses.field(default_factory=lambda: numpy.zeros(0, dtype=numpy.int64))
    hashes: numpy.ndarray = dataclasses.field(default_factory=lambda: numpy.zeros(0, dtype=numpy.uint64))
    starts: list[int] = dataclasses.field(default_factory=list)
    entries: bytes = b""
    entry_starts: numpy.ndarray = dataclasses.field(default_factory=lambda: numpy.zeros(1, dtype=numpy.int64))
    versions: list[int] = dataclasses.field(default_factory=list)
    """Each shard's ``Shard.version``, so a kept shard's is known without its bytes."""

    def postings(self, first: int, stop: int) -> bytes:
        """The entries of terms ``first`` to ``stop``, comma-separated."""
        return self.entries[int(self.entry_starts[first]):int(self.entry_starts[stop]) - 1]


def all_shards(postings: TermPostings, target_bytes: int = SHARD_TARGET_BYTES,
               layout: Layout | None = None) -> Iterator[Shard]:
    """Every shard, encoding a block of terms at a time; ``layout``, if given, is filled in once all are."""
    cutter = Cutter(target_bytes)
    terms = postings.terms
    held_terms: list[str] = []
    held_entries: list[str] = []
    first_index = 0
    number = 0
    sizes_seen: list[numpy.ndarray] = []
    hashes_seen: list[numpy.ndarray] = []
    cuts_seen: list[int] = [0] if terms else []
    entries_seen: list[bytes] = []
    entry_lengths: list[numpy.ndarray] = []
    versions: list[int] = []
    for block in range(0, len(terms), ENCODE_BLOCK):
        numbers = numpy.arange(block, min(block + ENCODE_BLOCK, len(terms)), dtype=numpy.int64)
        entries = postings.encoded_terms(numbers)
        sizes = postings.entry_sizes(numbers, entries)
        hashes = term_hashes(terms[block:block + len(numbers)])
        cuts = cutter.feed(sizes, hashes)
        if layout is not None:
            sizes_seen.append(sizes)
            hashes_seen.append(hashes)
            cuts_seen.extend(cuts)
            entries_seen.append("".join(f"{entry}," for entry in entries).encode())
            entry_lengths.append(numpy.array([len(entry) + 1 for entry in entries], dtype=numpy.int64))
        taken = block
        for cut in [*cuts, block + len(numbers)]:
            held_terms.extend(terms[taken:cut])
            held_entries.extend(entries[taken - block:cut - block])
            taken = cut
            if cut < block + len(numbers):
                shard = Shard(held_terms[0], first_index,
                              shard_content(number, held_terms, ",".join(held_entries).encode()))
                versions.append(shard.version)
                yield shard
                number += 1
                held_terms, held_entries, first_index = [], [], cut
    if held_terms:
        shard = Shard(held_terms[0], first_index, shard_content(number, held_terms, ",".join(held_entries).encode()))
        versions.append(shard.version)
        yield shard
    if layout is not None:
        layout.versions = versions
        layout.sizes = numpy.concatenate([numpy.zeros(0, dtype=numpy.int64), *sizes_seen])
        layout.hashes = numpy.concatenate([numpy.zeros(0, dtype=numpy.uint64), *hashes_seen])
        layout.starts = cuts_seen
        layout.entries = b"".join(entries_seen)
        layout.entry_starts = offsets(numpy.concatenate([numpy.zeros(0, dtype=numpy.int64), *entry_lengths]))


def offsets(lengths: numpy.ndarray) -> numpy.ndarray:
    """Where each of pieces of these lengths starts when they are laid end to end, and where the last ends."""
    starts = numpy.zeros(len(lengths) + 1, dtype=numpy.int64)
    numpy.cumsum(lengths, out=starts[1:])
    return starts
