"""The full-text shards after an edit: remade from the last build's postings, only where they changed.

At 10,000 articles this takes 0.2-0.4 s of CPU an edit where working out every shard again takes 5.6 s (one
headline changed; ``benchmarks/layers.py``); ``tests/unit/test_search_incremental.py`` checks the bytes against a
clean build's. Each build saves its postings (``Saved``) in one sealed file per output folder. A document's ref is
its article's hashed slot (``documents.article_refs``), which other articles coming or going leave as it is, so the
next build matches its documents to the saved ones by ref and ``document_key`` (``changed_documents``): the
unmatched saved documents' postings are taken out, the unmatched new documents' terms put in, and only the terms
whose entries may differ re-encoded; the shards are laid out again and those whose terms or entries changed
remade, the others kept (``Shard.reused``). Past ``MOST_CHANGED`` unmatched documents, all is worked out again.

The bytes are a clean build's: a term's entry is its postings' refs and codes, and a code depends on the term's
frequency and its document's field length alone (the number of documents and the averages are in the search
manifest, not the shards); a shard's bytes are its number, its terms and their entries. The file is stamped with
the build that saved it and used only while the output folder is as that build left it.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy

from cuttings.sealed import read_sealed, write_sealed
from cuttings.search.documents import FIELDS, LazyDocument, SearchDocument
from cuttings.search.fulltext import (
    ENCODE_BLOCK,
    DocumentTerms,
    FieldPostings,
    Layout,
    Shard,
    TermPostings,
    all_shards,
    document_key,
    document_terms,
    offsets,
    shard_content,
    terms_code_digest,
    utf16_order,
)
from cuttings.search.layout import SHARD_TARGET_BYTES, shard_starts, term_hashes
from cuttings.search.text import TermMaker

MOST_CHANGED = 200
"""Unmatched documents (saved or new) an update takes on at most (or 1 % of them, if more): past that, a full
computation costs about the same."""

Document = SearchDocument | LazyDocument


@dataclass(frozen=True)
class PostingsFile:
    """Where this build saves its postings, and whether the last build's may be used."""

    path: Path
    build: str | None
    """This build (``cuttings/cache.py:site_fingerprint``), stamped on the file saved; None: never to be used."""
    output_build: str | None
    """The build that left the output folder as it is now, if it is still so; None: nothing may be kept."""


@dataclass
class Saved:
    """A build's postings, as kept for the next."""

    keys: list[str]
    """Each ref's document key, "" where no document has the ref."""
    postings: TermPostings
    layout: Layout


def index_shards(make_documents: Callable[[], Iterable[Document]], postings_file: PostingsFile | None = None,
                 target_bytes: int = SHARD_TARGET_BYTES, averages: list[float] | None = None) -> Iterator[Shard]:
    """Every shard, in order; with a ``postings_file``, those the last build left as they are come back as
    ``reused``, and this build's postings are saved. ``make_documents`` may be called twice, and gives documents
    in ascending ref. ``averages``, if given, gets each field's average length once the shards are made."""
    saved = (load_postings(postings_file.path, postings_file.output_build, target_bytes)
             if postings_file is not None else None)
    changes = changed_documents(saved, make_documents()) if saved is not None else None
    if saved is not None and changes is not None:
        new, touched = updated(saved, changes, target_bytes)
        yield from _kept_or_made(saved, new, touched)
    else:
        del saved, changes  # not held through the full computation
        keys_by_ref: dict[int, str] = {}
        postings = TermPostings(make_documents(), keys_seen=keys_by_ref)
        new = Saved([""] * postings.lengths.shape[1], postings, Layout())
        for ref, key in keys_by_ref.items():
            new.keys[ref] = key
        yield from all_shards(postings, target_bytes, new.layout)
    if averages is not None:
        averages[:] = new.postings.average_lengths
    if postings_file is not None:
        save_postings(postings_file.path, postings_file.build, target_bytes, new)


@dataclass
class Changes:
    keys: list[str]
    """Every ref's document key ("" for none)."""
    new_of_old: numpy.ndarray
    """Per saved ref: the same ref where the same document has it now, or -1 where its postings go (removed,
    changed, or no document)."""
    terms: dict[int, DocumentTerms]
    """The terms of the documents whose postings come in, by ref."""


def changed_documents(saved: Saved, documents: Iterable[Document]) -> Changes | None:
    """The saved documents matched to this build's by ref and key; the unmatched ones' terms. None if too many
    are unmatched (or the refs do not rise)."""
    most = max(MOST_CHANGED, sum(map(bool, saved.keys)) // 100)
    keys_by_ref: dict[int, str] = {}
    unmatched: list[Document] = []
    last = -1
    for document in documents:
        ref = document.ref
        if ref <= last:
            return None
        last = ref
        key = keys_by_ref[ref] = document_key(document)
        if ref < len(saved.keys) and saved.keys[ref] == key:
            continue
        unmatched.append(document)
        if len(unmatched) > most:
            return None
    keys = [""] * (last + 1)
    for ref, key in keys_by_ref.items():
        keys[ref] = key
    new_of_old = numpy.full(len(saved.keys), -1, dtype=numpy.int64)
    removed = 0
    for ref, key in enumerate(saved.keys):
        if key and ref < len(keys) and keys[ref] == key:
            new_of_old[ref] = ref
        elif key:
            removed += 1
            if removed > most:
                return None
    maker = TermMaker()
    return Changes(keys, new_of_old, {document.ref: document_terms(document, maker) for document in unmatched})


def updated(saved: Saved, changes: Changes, target_bytes: int) -> tuple[Saved, numpy.ndarray]:
    """The postings with the unmatched documents' taken out and the new ones' put in, and the new layout; and per
    term, whether its entry may differ (``touched``): whether a (ref, frequency, document length) of the term
    differs between the documents taken out and those put in."""
    old = saved.postings
    new_of_old = changes.new_of_old
    matched = new_of_old >= 0
    lengths = numpy.zeros((len(FIELDS), len(changes.keys)), dtype=old.lengths.dtype)
    lengths[:, new_of_old[matched]] = old.lengths[:, matched]
    for ref, terms in changes.terms.items():
        for field_number, (length, _) in enumerate(terms):
            lengths[field_number, ref] = length
    old_count = len(old.terms)
    # The postings taken out (their documents unmatched): which positions, and their terms.
    taken_out: list[tuple[numpy.ndarray, numpy.ndarray]] = []
    remaining = numpy.zeros(old_count, dtype=numpy.int64)
    for field in old.fields:
        out = ~matched[field.refs]
        numbers = numpy.searchsorted(field.starts, numpy.flatnonzero(out), side="right") - 1
        taken_out.append((out, numbers))
        remaining += numpy.diff(field.starts) - numpy.bincount(numbers, minlength=old_count)
    # Where each of the changed documents' new terms is, or would go, among the old terms.
    found_at: dict[str, tuple[int, bool]] = {}
    for term in {term for terms in changes.terms.values() for _, counts in terms for term, _ in counts}:
        at = bisect.bisect_left(old.terms, utf16_order(term), key=utf16_order)
        found_at[term] = at, at < old_count and old.terms[at] == term
    added = sorted((term for term, (_, found) in found_at.items() if not found), key=utf16_order)
    added_at = numpy.array([found_at[term][0] for term in added], dtype=numpy.int64)
    kept = remaining > 0
    kept[numpy.array([at for at, found in found_at.values() if found], dtype=numpy.int64)] = True
    kept_before = numpy.zeros(old_count + 1, dtype=numpy.int64)
    numpy.cumsum(kept, out=kept_before[1:])
    new_number_of_old = kept_before[:-1] + numpy.searchsorted(added_at, numpy.arange(old_count), side="right")
    kept_terms = old.terms if kept.all() else list(itertools.compress(old.terms, kept.tolist()))
    terms: list[str] = []
    taken = 0
    number_of: dict[str, int] = {}
    for position, (term, at) in enumerate(zip(added, added_at.tolist(), strict=True)):
        before = int(kept_before[at])
        terms.extend(kept_terms[taken:before])
        taken = before
        terms.append(term)
        number_of[term] = before + position
    terms.extend(kept_terms[taken:])
    for term, (at, found) in found_at.items():
        if found:
            number_of[term] = int(new_number_of_old[at])
    count = len(terms)
    kept_numbers = new_number_of_old[kept]

    fields: list[FieldPostings] = []
    touched = numpy.zeros(count, dtype=bool)
    for field_number, (field, (out, numbers)) in enumerate(zip(old.fields, taken_out, strict=True)):
        # The same (ref, frequency, length) taken out and put in leaves a term's entry as it was.
        numbers_out = {old.terms[number]: number for number in set(numbers.tolist())}
        before = {(old.terms[number], ref, frequency, int(old.lengths[field_number, ref]))
                  for ref, number, frequency in zip(field.refs[out].tolist(), numbers.tolist(),
                                                    field.frequencies[out].tolist(), strict=True)}
        after = {(term, ref, frequency, int(lengths[field_number, ref]))
                 for ref, document in changes.terms.items() for term, frequency in document[field_number][1]}
        for term, *_ in before ^ after:
            if term in number_of:
                touched[number_of[term]] = True
            elif kept[numbers_out[term]]:  # taken out of this field's postings, still in others
                touched[new_number_of_old[numbers_out[term]]] = True
        refs = new_of_old[field.refs[~out]]
        frequencies = field.frequencies[~out]
        old_counts = numpy.diff(field.starts) - numpy.bincount(numbers, minlength=old_count)
        counts = numpy.zeros(count, dtype=numpy.int64)
        counts[kept_numbers] = old_counts[kept]
        starts = numpy.zeros(count + 1, dtype=numpy.int64)
        numpy.cumsum(counts, out=starts[1:])
        entries = sorted((number_of[term], ref, frequency) for ref, document in changes.terms.items()
                         for term, frequency in document[field_number][1])
        positions = [int(starts[number]) + int(numpy.searchsorted(refs[starts[number]:starts[number + 1]], ref))
                     for number, ref, _ in entries]
        refs = numpy.insert(refs, positions, [ref for _, ref, _ in entries]).astype(numpy.uint32)
        frequencies = numpy.insert(frequencies, positions, [frequency for _, _, frequency in entries]).astype(
            numpy.uint32)
        new_numbers = numpy.array([number for number, _, _ in entries], dtype=numpy.int64)
        counts += numpy.bincount(new_numbers, minlength=count)
        numpy.cumsum(counts, out=starts[1:])
        fields.append(FieldPostings(starts, refs, frequencies))
    postings = TermPostings.from_arrays(terms, lengths, fields, sum(map(bool, changes.keys)))

    sizes = numpy.zeros(count, dtype=numpy.int64)
    sizes[kept_numbers] = saved.layout.sizes[kept]
    hashes = numpy.zeros(count, dtype=numpy.uint64)
    hashes[kept_numbers] = saved.layout.hashes[kept]
    added_numbers = numpy.array([number_of[term] for term in added], dtype=numpy.int64)
    hashes[added_numbers] = term_hashes(added)
    dirty = numpy.flatnonzero(touched)
    dirty_entries = [entry for block in range(0, len(dirty), ENCODE_BLOCK)
                     for entry in postings.encoded_terms(dirty[block:block + ENCODE_BLOCK])]
    sizes[dirty] = postings.entry_sizes(dirty, dirty_entries)
    old_of_new = numpy.full(count, -1, dtype=numpy.int64)
    old_of_new[kept_numbers] = numpy.flatnonzero(kept)
    entries, entry_starts = _entries(saved.layout, touched, old_of_new, dict(zip(dirty.tolist(), dirty_entries,
                                                                              strict=True)))
    layout = Layout(sizes, hashes, shard_starts(sizes, hashes, target_bytes), entries, entry_starts)
    return Saved(changes.keys, postings, layout), touched


def _entries(old: Layout, touched: numpy.ndarray, old_of_new: numpy.ndarray,
             remade: dict[int, str]) -> tuple[bytes, numpy.ndarray]:
    """Every term's entry (``Layout.entries``): the touched terms' as ``remade``, the others' as they were (runs
    of terms that were consecutive before are copied at once)."""
    count = len(touched)
    lengths = numpy.zeros(count, dtype=numpy.int64)
    untouched = ~touched
    lengths[untouched] = numpy.diff(old.entry_starts)[old_of_new[untouched]]
    for number, entry in remade.items():
        lengths[number] = len(entry) + 1
    starts = offsets(lengths)
    breaks = touched.copy()  # where a run starts: at a touched term, after one, or where the old order skips
    breaks[1:] |= touched[:-1] | (numpy.diff(old_of_new) != 1)
    breaks[:1] = True
    pieces: list[bytes] = []
    runs = [*numpy.flatnonzero(breaks).tolist(), count] if count else []
    for first, stop in itertools.pairwise(runs):
        if touched[first]:
            pieces.append(f"{remade[first]},".encode())
        else:
            pieces.append(old.entries[int(old.entry_starts[old_of_new[first]]):
                                      int(old.entry_starts[old_of_new[stop - 1] + 1])])
    return b"".join(pieces), starts


def _kept_or_made(saved: Saved, new: Saved, touched: numpy.ndarray) -> Iterator[Shard]:
    """Each shard: kept if the last build's shard of that number had the same terms, none of them touched."""
    postings, layout = new.postings, new.layout
    touched_before = numpy.zeros(len(touched) + 1, dtype=numpy.int64)
    numpy.cumsum(touched, out=touched_before[1:])
    old_terms = saved.postings.terms
    old_bounds = [*saved.layout.starts, len(old_terms)]
    bounds = [*layout.starts, len(postings.terms)]
    terms = postings.terms
    layout.versions = []
    for number, (first, stop) in enumerate(itertools.pairwise(bounds)):
        if number + 1 < len(old_bounds):
            old_first, old_stop = old_bounds[number], old_bounds[number + 1]
            if (stop - first == old_stop - old_first and terms[first] == old_terms[old_first]
                    and terms[stop - 1] == old_terms[old_stop - 1] and touched_before[stop] == touched_before[first]):
                layout.versions.append(saved.layout.versions[number])
                yield Shard(terms[first], first, b"", reused=True, version=saved.layout.versions[number])
                continue
        shard = Shard(terms[first], first, shard_content(number, terms[first:stop], layout.postings(first, stop)))
        layout.versions.append(shard.version)
        yield shard


def save_postings(path: Path, build: str | None, target_bytes: int, saved: Saved) -> None:
    """Write the postings for the next build (``cuttings/sealed.py``); a failure only costs the next build time."""
    postings = saved.postings
    with contextlib.suppress(OSError):
        write_sealed(path, (terms_code_digest(), build, target_bytes),
                     [saved.keys, postings.terms, postings.lengths, postings.fields, saved.layout])


def load_postings(path: Path, build: str | None, target_bytes: int) -> Saved | None:
    """The postings saved by ``build`` for this code and shard size; None if missing, damaged or other. The code
    is ``terms_code_digest``'s, which covers every module of ``cuttings/search/`` (its ``__init__`` imports them
    all), this one included."""
    loaded = read_sealed(path, (terms_code_digest(), build, target_bytes)) if build is not None else None
    if loaded is None:
        return None
    keys, terms, lengths, fields, layout = loaded
    return Saved(keys, TermPostings.from_arrays(terms, lengths, fields, sum(map(bool, keys))), layout)
