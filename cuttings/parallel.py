"""Work spread over processes, two ways: inference in a pool of workers that load the spaCy model once each
(``InferencePool``); the build's own work (the output check beside the reading, each site part) in a process forked
for it alone, which shares the build's memory and sends back one outcome (``Aside``, ``run_forked``).

Results come back in the order the work went in, so a parallel build is byte-for-byte a serial one.
"""

from __future__ import annotations

import functools
import gc
import itertools
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import os
import pickle
import sys
import traceback
import types
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from cuttings.cache import article_key
from cuttings.errors import ContentError
from cuttings.model import Article
from cuttings.read import ContentBounds, read_or_error

R = TypeVar("R")
MIN_PER_WORKER = 16
"""Below this many articles per worker, starting processes and loading models costs more than it saves."""
CHUNK = 8
"""Articles a worker is handed at a time, and the model reads as one batch (``read_and_infer_each``)."""
EARLY_WORKER_NICENESS = 5
OVERLAP_MIN_CACHED = 1000
"""Cached articles from which loading them takes about as long as loading the model (a second)."""


def worker_count(jobs: int, requested: int | None = None) -> int:
    """Processes for ``jobs`` articles: one per core (or as asked), fewer for a handful of articles."""
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    wanted = requested if requested is not None else available
    return max(1, min(wanted, jobs // MIN_PER_WORKER))


def _start_worker(niceness: int = 0) -> None:
    if niceness and hasattr(os, "nice"):
        os.nice(niceness)
    without_spacy_cli()
    from cuttings.infer.ner import load_ner

    load_ner()
    # What the worker holds from now on (the model, the name lists, what the fork shared) is kept for its life: the
    # cyclic collector stops going through it at each full collection. Inference leaves little cyclic garbage:
    # the collector took 0.13-0.15 ms an article before, 0.06-0.07 ms after (600 BBC articles, one process).
    gc.freeze()


def without_spacy_cli() -> None:
    """Stand-ins for spaCy's command line (typer, requests, every command), which its package imports and a worker
    never runs: a worker's start took 0.12-0.14 s less CPU importing spaCy, 0.04 s less loading the model (of 1.1 s;
    two runs each). ``tests/unit/test_parallel.py`` checks a worker's entities against the real import's."""
    if "spacy" in sys.modules:
        return
    info = types.ModuleType("spacy.cli.info")
    info.info = None  # type: ignore[attr-defined]  # spaCy's package re-exports it; nothing here calls it
    cli = types.ModuleType("spacy.cli")
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info


@dataclass(frozen=True)
class InferenceJob:
    """One content file to read, parse and infer, and the inference fingerprint its cache key is made with."""

    path: Path
    content_dir: Path
    fingerprint: str


@functools.lru_cache(maxsize=8)
def _bounds(content_dir: Path) -> ContentBounds:
    return ContentBounds(content_dir)


def read_and_infer_each(jobs: Sequence[InferenceJob]) -> list[tuple[str, Article] | ContentError]:
    """Each file's cache key and Article, or the error that stopped it being read or inferred, the model reading
    the articles together (``infer_articles``): a worker's CPU an article about a tenth less than one at a time
    (``cuttings/infer/ner.py:find_entities_each``). Workers read and parse the files themselves, so they start
    inferring at once; the key is made from the bytes actually parsed. Errors are returned, not raised, so the build
    can report every problem together."""
    # Imported here: a worker started before the build imports the inference code does so itself.
    from cuttings.infer.article import infer_articles

    sources = [read_or_error(job.path, job.content_dir, _bounds(job.content_dir)) for job in jobs]
    readable = [source for source in sources if not isinstance(source, ContentError)]
    inferred = iter(infer_articles(readable))
    outcomes: list[tuple[str, Article] | ContentError] = []
    for job, source in zip(jobs, sources, strict=True):
        if isinstance(source, ContentError):
            outcomes.append(source)
            continue
        article = next(inferred)
        key = article_key(source, job.fingerprint)
        outcomes.append(article if isinstance(article, ContentError) else (key, article))
    return outcomes


def inference_workers(missing: int, cached: int = 0, requested: int | None = None) -> int:
    """Worker processes for ``missing`` articles; 0 to infer them in this process.

    A handful of articles beside a large cache go to one (forked) worker: it loads the model while this process
    loads the cached articles. Not when this process has the model loaded already (a preview server rebuilding).
    """
    if missing == 0:
        return 0
    workers = worker_count(missing, requested)
    if workers > 1:
        return workers
    ner = sys.modules.get("cuttings.infer.ner")
    loaded_here = ner is not None and bool(ner.load_ner.cache_info().currsize)
    return 0 if cached < OVERLAP_MIN_CACHED or not sys.platform.startswith("linux") or loaded_here else 1


def early_inference_pool(last_articles: int | None, jobs: int | None) -> InferencePool | None:
    """One worker that starts loading the model before the content is read, when the last build into the output
    folder had ``last_articles`` enough that an edit goes to one worker (``inference_workers``); the build closes it
    if it wants other workers, or none. Forked once the build's code is imported, its start and first article took
    0.88-0.93 s of CPU rather than 1.10-1.13 s (three runs each at 10,000 articles). Tested by
    ``tests/unit/test_parallel.py``."""
    if last_articles is None or inference_workers(1, last_articles, jobs) != 1:
        return None
    # At a lower priority: the build's own process is the one that must not wait, and the model has time to load.
    return InferencePool(1, niceness=EARLY_WORKER_NICENESS)


class InferencePool:
    """Worker processes that load the model as soon as they start; articles are handed to them later, so the
    load overlaps what the build does in between. With no workers, articles are inferred in this process."""

    def __init__(self, workers: int, niceness: int = 0) -> None:
        # Forked where fork is to be had, so the workers share the code already imported; elsewhere spawned.
        method = "fork" if fork_available() else "spawn"
        self._pool = multiprocessing.get_context(method).Pool(workers, _start_worker, (niceness,)) \
            if workers > 0 else None

    def start(self, jobs: Sequence[InferenceJob]) -> Iterator[tuple[str, Article] | ContentError]:
        """Each job's (cache key, Article), or the error that stopped it, in order: the workers start on them now,
        while the build checks the output and loads the last catalogue. Without workers, each is inferred when asked."""
        groups = [jobs[start : start + CHUNK] for start in range(0, len(jobs), CHUNK)]
        spread = map if self._pool is None or not jobs else self._pool.imap
        return itertools.chain.from_iterable(spread(read_and_infer_each, groups))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> InferencePool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


Outcome = tuple[str, Any]


def _outcome(task: Callable[[], object], sender: multiprocessing.connection.Connection | None = None) -> Outcome:
    """("ok", value) or ("error", exception) of ``task()``; sent through ``sender`` (from a forked process) if given."""
    try:
        outcome: Outcome = "ok", task()
    except BaseException as error:  # everything goes back to the parent, which raises it
        try:
            pickle.dumps(error)
            outcome = "error", error
        except Exception:  # an exception that does not pickle: send its text
            outcome = "error", RuntimeError("".join(traceback.format_exception(error)))
    if sender is not None:
        sender.send(outcome)
    return outcome


class Aside:
    """``task()`` run in a process forked for it alone, while this process goes on; ``result()`` waits for its
    value (or raises its exception). The task (a closure over the build's state) is never pickled, only its outcome.
    Where fork is not to be had, the task is run at once. ``tests/unit/test_parallel.py`` checks the memory shared,
    the errors passed back and a process that dies."""

    def __init__(self, task: Callable[[], object]) -> None:
        self._process: multiprocessing.process.BaseProcess | None = None
        if not fork_available():
            self._outcome = _outcome(task)
            return
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        # Once started, the process object lets go of its target: this process no longer holds the task.
        self._process = context.Process(target=_outcome, args=(task, sender), daemon=True)
        self._process.start()
        sender.close()

    def outcome(self) -> Outcome:
        """("ok", value) or ("error", exception), once the task has ended; then the process is gone."""
        try:
            if self._process is not None:
                try:
                    self._outcome = self._receiver.recv()
                except EOFError:  # the process died without a word (killed)
                    self._process.join()
                    self._outcome = "error", RuntimeError(
                        f"a part of the build stopped (exit code {self._process.exitcode})")
            outcome = self._outcome
            del self._outcome  # not held here once handed on
            return outcome
        finally:
            self.close()

    def result(self) -> object:
        status, value = self.outcome()
        if status == "error":
            raise value
        return value

    def close(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join()
            self._receiver.close()
            self._process = None


def run_forked(tasks: list[Callable[[], R]], each: Callable[[R], None],
               forked: Callable[[], None] | None = None) -> None:
    """Run each task in a process forked for it alone (``Aside``) and hand each result to ``each``, in order, as soon
    as it and those before it are in; the first failure is raised once every task has finished.

    Every process is forked at the start (a pool would fork replacements from this process grown with the results),
    then ``tasks`` is emptied and ``forked`` (if given) called to let go of what only the tasks read; each result is
    dropped once taken in, and a part waits to send its result until those ahead are in. At 50,000 articles the
    largest process fell from 1,666 to 1,306 MiB. ``tests/unit/test_parallel.py`` checks the forking, the order, the
    errors and the letting go.
    """
    parts: list[Aside] = []
    failure: BaseException | None = None
    try:
        for task in tasks:
            parts.append(Aside(task))
        tasks.clear()
        if forked is not None:
            forked()
        for part in parts:
            status, value = part.outcome()
            if status == "error":
                failure = failure or value
            elif failure is None:
                each(value)
            del value
    finally:
        for part in parts:
            part.close()
    if failure is not None:
        raise failure
