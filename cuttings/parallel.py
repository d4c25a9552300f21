"""Inference spread over worker processes, the spaCy model loaded once in each.

Results come back in the order the sources went in, so a parallel build is byte-for-byte a serial one.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator

from cuttings.errors import ContentError
from cuttings.infer import infer_article
from cuttings.model import Article, SourceArticle

MIN_PER_WORKER = 16
"""Below this many articles per worker, starting processes and loading models costs more than it saves."""
CHUNK = 8


def worker_count(jobs: int, requested: int | None = None) -> int:
    """Processes for ``jobs`` articles: one per core (or as asked), fewer for a handful of articles."""
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    wanted = requested if requested is not None else available
    return max(1, min(wanted, jobs // MIN_PER_WORKER))


def _start_worker() -> None:
    from cuttings.infer.ner import load_ner

    load_ner()


def infer_one(source: SourceArticle) -> Article | ContentError:
    """An error in one article is returned, not raised, so the build can report every problem together."""
    try:
        return infer_article(source)
    except ContentError as error:
        return error


def infer_many(sources: Iterable[SourceArticle], count: int, workers: int) -> Iterator[Article | ContentError]:
    """Infer ``count`` sources, in order, in ``workers`` processes (in this one when ``workers`` is 1)."""
    if workers <= 1:
        yield from map(infer_one, sources)
        return
    # fork shares the already imported code; elsewhere (or if it is unavailable) spawn starts clean.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(workers, initializer=_start_worker) as pool:
        yield from pool.imap(infer_one, sources, chunksize=CHUNK)
