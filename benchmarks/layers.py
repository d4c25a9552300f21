"""What each layer of the incremental machinery saves, on a site already built: its way against doing without it.

    python benchmarks/layers.py --work WORK [--repeat 3]

``WORK`` holds ``content/``, ``site/`` and ``cache/`` as ``benchmarks/edits.py`` leaves them (built by this tree's
code, so that the cache's headers match it). Each layer is timed in this process, CPU seconds (``time.process_time``)
and wall, the fastest of ``--repeat`` runs, both ways back to back:

* ``search shards``: the full-text shards after one headline changed, remade from the last build's postings
  (``cuttings/search/incremental.py``) against worked out whole;
* ``names folder``: what keeping the search names folder whole spares (``Memo.keep_folder``): encoding and
  digesting its files, the records being made either way.

The machine's load average is printed: compare figures taken in the same conditions. Used for issue 17's question
which layers may go (``benchmarks/README.md``, The incremental machinery).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cuttings.cache import inference_fingerprint
from cuttings.model import Page
from cuttings.relink import LinkedStore
from cuttings.search import NAMES_FOLDER, search_index_pages
from cuttings.search.incremental import PostingsFile
from cuttings.search.names import name_files, name_records


def timed(task: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The fastest (CPU, wall) seconds of ``repeat`` runs of ``task``."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        task()
        best = min(best, (time.process_time() - cpu, time.perf_counter() - wall))
    return best


def show(layer: str, with_it: tuple[float, float], without: tuple[float, float]) -> None:
    print(f"{layer:14s} with it {with_it[0]:6.3f} s CPU {with_it[1]:6.3f} s wall;"
          f" without {without[0]:6.3f} s CPU {without[1]:6.3f} s wall", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    work, repeat = arguments.work.resolve(), arguments.repeat
    cache = work / "cache"
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    linked = LinkedStore(cache / "linked.pickle", inference_fingerprint()).load()
    if linked is None:
        raise SystemExit(f"no linked catalogue in {cache} made by this code: build {work} with it first")
    catalogue, keys = linked.catalogue, linked.keys

    with tempfile.TemporaryDirectory() as scratch:
        postings = Path(scratch) / "postings"
        edited = copy.copy(catalogue)
        edited.articles = dict(catalogue.articles)
        slug = list(edited.articles)[len(edited.articles) // 2]
        entry = edited.articles[slug]
        edited.articles[slug] = dataclasses.replace(
            entry, article=dataclasses.replace(entry.article, title=entry.article.title + " adjourned"))

        def shards(after: object, file: PostingsFile) -> None:
            for _ in search_index_pages(after, keys, file):  # type: ignore[arg-type]
                pass

        shards(catalogue, PostingsFile(postings, "before", None))  # the last build's postings
        show("search shards", timed(lambda: shards(edited, PostingsFile(postings, "after", "before")), repeat),
             timed(lambda: shards(edited, PostingsFile(postings, "after", None)), repeat))

    records = name_records(catalogue)

    def digested(path: str, content: bytes) -> Page:  # what the names part does with a file it may keep
        return Page(path, hashlib.blake2b(content, digest_size=16).digest())

    # Kept whole, the folder costs a lookup (its records and their digest are made either way).
    show("names folder", (0.0, 0.0), timed(lambda: list(name_files(records, NAMES_FOLDER, compressed=digested)),
                                           repeat))

    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
