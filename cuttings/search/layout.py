"""Where the full-text index is cut into shards: decided by each term and its encoded size, so an edit moves a
cut only where a term's size changed, and almost never then.

Content-defined chunking, with terms for bytes: a term starts a new shard when a fixed hash of it (blake2b,
read as a fraction of 1) falls below its size over ``SHARD_TARGET_BYTES / 2``, once the shard before it holds
half the target; so shards average about the target, and a term of half the target or more always starts one.
Cuts are taken only from half the target (no tiny shards) and forced before a term once a shard holds three
times the target or ``SHARD_MAX_TERMS`` terms (no giant runs; a single very common term may still make a large
shard, as it goes whole into one). Those guards make a cut depend on the one before, so a moved cut can move
the next, which is rarely so. A cut taken or dropped renumbers every later shard (the browser finds shard
``n`` at ``search/terms/n.json.gz``). On the 10,000-article benchmark archive, 40 one-paragraph edits moved no cut
(with the guards at 1/4 and 4 times the target, cuts moved more often, and shards varied twice as much in size).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy

SHARD_TARGET_BYTES = 40_000
SHARD_MAX_TERMS = 4096
"""Also the spacing of shards' term numbers (``cuttings/search/fulltext.py``)."""


def term_hashes(terms: Sequence[str]) -> numpy.ndarray:
    """A fixed 64-bit hash of each term (never Python's ``hash``, which differs between runs)."""
    return numpy.array([int.from_bytes(hashlib.blake2b(term.encode("utf-8", "surrogatepass"), digest_size=8)
                                       .digest(), "big") for term in terms], dtype=numpy.uint64)


def limits(target_bytes: int) -> tuple[int, int, int]:
    """Smallest size a shard is cut at, size at which it is always cut, and the bytes per cut past the first."""
    smallest = target_bytes // 2
    return smallest, 3 * target_bytes, target_bytes - smallest


def may_start_shard(hashes: numpy.ndarray, sizes: numpy.ndarray, target_bytes: int) -> numpy.ndarray:
    """Which terms start a new shard if the shard before them is large enough."""
    _, _, per_cut = limits(target_bytes)
    # The top 53 bits are exact in a double: the fraction, and so the comparison, is the same everywhere.
    fractions = (hashes >> numpy.uint64(11)).astype(numpy.float64) * 2.0**-53
    return fractions * per_cut < sizes


class Cutter:
    """Finds the cuts in a run of terms fed in order, a block at a time (a cut is the number of the term that
    starts a shard; the first term, 0, starts the first)."""

    def __init__(self, target_bytes: int = SHARD_TARGET_BYTES) -> None:
        self.smallest, self.largest, _ = limits(target_bytes)
        self.target_bytes = target_bytes
        self.fed = 0
        """Terms fed so far."""
        self.held_bytes = 0
        self.held_terms = 0
        """The open shard's size and terms before the block being fed."""

    def feed(self, sizes: numpy.ndarray, hashes: numpy.ndarray) -> list[int]:
        """The cuts among the next ``len(sizes)`` terms (their sizes and hashes)."""
        count = len(sizes)
        prefix = numpy.zeros(count + 1, dtype=numpy.int64)
        numpy.cumsum(sizes, out=prefix[1:])
        candidates = numpy.flatnonzero(may_start_shard(hashes, sizes, self.target_bytes))
        # The open shard as of block position j: prefix[j] - origin bytes, j - origin_terms terms.
        origin, origin_terms = -self.held_bytes, -self.held_terms
        earliest = 0 if self.held_terms or self.fed else 1
        cuts: list[int] = []
        while earliest < count:
            by_bytes = int(numpy.searchsorted(prefix, origin + self.largest, side="left"))
            by_terms = origin_terms + SHARD_MAX_TERMS
            past_smallest = max(earliest, int(numpy.searchsorted(prefix, origin + self.smallest, side="left")))
            next_candidate = int(numpy.searchsorted(candidates, past_smallest, side="left"))
            by_hash = int(candidates[next_candidate]) if next_candidate < len(candidates) else count
            cut = max(earliest, min(by_bytes, by_terms, by_hash))
            if cut >= count:
                break
            cuts.append(self.fed + cut)
            origin, origin_terms = int(prefix[cut]), cut
            earliest = cut + 1
        self.held_bytes = int(prefix[count]) - origin
        self.held_terms = count - origin_terms
        self.fed += count
        return cuts


def shard_starts(sizes: numpy.ndarray, hashes: numpy.ndarray, target_bytes: int = SHARD_TARGET_BYTES) -> list[int]:
    """The first term of each shard, for terms of these sizes and hashes (all at once)."""
    if not len(sizes):
        return []
    return [0, *Cutter(target_bytes).feed(sizes, hashes)]
