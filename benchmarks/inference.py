"""Cold inference throughput: articles a second through the build's own path, against the 50-a-second goal.

    python benchmarks/inference.py --corpus ../shared/corpora/bbc --n 1000 [--jobs 2]
    python benchmarks/inference.py --content /tmp/bbc1k [--jobs 2] [--baseline --repeat 3]

With ``--corpus``, N articles are replicated from it by ``benchmarks/corpus.py`` (seed 0) into ``--out``
(default ``benchmarks/work/inference/content``); with ``--content`` an existing folder is used as it is.
Every article is then read, parsed and inferred by ``cuttings.parallel.read_and_infer_each`` in as many worker
processes as a build would start (``--jobs``, else one per core): no cache, so the pool's start and each
worker's model load are counted. The report gives articles a second, milliseconds per article per core (wall
time x workers / articles), the share of the statistical NER against the rules (measured in this process on
``--sample`` articles), the tokens the NER skips, and the load average before and after, since other work on
the machine slows every number.

``--baseline`` also times the same articles with the NER reading every paragraph whole (what Cuttings did
before ``cuttings.infer.regions``), the two runs interleaved ``--repeat`` times, and prints their ratio.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` and `cuttings` importable from the repository
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cuttings.infer.article as infer_module
import cuttings.infer.ner as ner
from benchmarks.corpus import replicate
from cuttings.errors import ContentError
from cuttings.infer import infer_article
from cuttings.infer.findings import EntitySpan
from cuttings.infer.layout import analyse_markdown, analyse_text
from cuttings.infer.regions import Region, name_regions
from cuttings.model import SourceArticle
from cuttings.parallel import InferenceJob, InferencePool, worker_count
from cuttings.read import discover, read_content

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPOSITORY / "benchmarks" / "work" / "inference" / "content"
GOAL_PER_SECOND = 50.0


@dataclass(frozen=True)
class Throughput:
    articles: int
    errors: int
    seconds: float
    workers: int
    cpu_seconds: float
    """CPU time of the worker processes (user and system): steadier than wall time on a busy machine."""

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def ms_per_article_per_core(self) -> float:
        return self.seconds * self.workers / self.articles * 1000

    @property
    def cpu_ms_per_article(self) -> float:
        return self.cpu_seconds / self.articles * 1000


@dataclass(frozen=True)
class Split:
    articles: int
    total_ms: float
    ner_ms: float
    tokens: int
    tokens_read: int

    @property
    def rest_ms(self) -> float:
        return self.total_ms - self.ner_ms


def whole_paragraphs(paragraphs: Sequence[str]) -> list[Region]:
    """The NER's input before it skipped text: every paragraph, whole."""
    return [Region(index, 0, len(paragraph)) for index, paragraph in enumerate(paragraphs)]


@contextmanager
def regions_from(choose: Callable[[Sequence[str]], list[Region]]) -> Iterator[None]:
    """Make the NER read the regions ``choose`` gives; forked workers inherit it."""
    with patched(ner, "name_regions", choose):
        yield


def cold_inference(content: Path, jobs: int | None) -> Throughput:
    """Read and infer every article of ``content`` as a cold build does, timing it from the first read."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    paths = discover(content)
    workers = worker_count(len(paths), jobs)
    with InferencePool(workers if workers > 1 else 0) as pool:
        outcomes = list(pool.start([InferenceJob(Path(path), content, "benchmark") for path in paths]))
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    errors = sum(1 for outcome in outcomes if isinstance(outcome, ContentError))
    return Throughput(len(paths), errors, seconds, workers, cpu)


def paragraphs_of(source: SourceArticle) -> list[str]:
    if source.body_format == "markdown":
        return list(analyse_markdown(source.body)[0].paragraphs)
    return list(analyse_text(source.body).paragraphs)


def split_in_one_process(content: Path, sample: int) -> Split:
    """Inference of ``sample`` articles in this process, and the NER's part of it, timed within the same pass
    (a second pass of the NER alone runs warmer, and would leave part of its time to the rules)."""
    sources = [item for item in read_content(content) if isinstance(item, SourceArticle)][:sample]
    nlp = ner.load_ner()
    infer_article(sources[0], nlp)  # warm the model's first call, which is not a per-article cost
    named = 0.0

    def timed_entities(paragraphs: Sequence[str], model: object = None) -> list[EntitySpan]:
        nonlocal named
        started = time.perf_counter()
        try:
            return ner.find_entities(paragraphs, nlp)
        finally:
            named += time.perf_counter() - started

    started = time.perf_counter()
    with patched(infer_module, "find_entities", timed_entities):
        for source in sources:
            infer_article(source, nlp)
    total = time.perf_counter() - started
    paragraphs = [paragraphs_of(source) for source in sources]
    tokens = tokens_read = 0
    for article in paragraphs:
        tokens += sum(len(nlp.make_doc(paragraph)) for paragraph in article)
        tokens_read += sum(
            len(nlp.make_doc(article[region.paragraph][region.start : region.end])) for region in name_regions(article)
        )
    count = len(sources)
    return Split(count, total / count * 1000, named / count * 1000, tokens, tokens_read)


@contextmanager
def patched(module: object, name: str, value: object) -> Iterator[None]:
    original = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, original)


def load() -> str:
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def report_throughput(label: str, result: Throughput) -> None:
    print(
        f"{label}: {result.articles} articles in {result.seconds:.1f} s with {result.workers} workers: "
        f"{result.per_second:.1f} articles/s, {result.ms_per_article_per_core:.1f} ms/article per core, "
        f"workers' CPU {result.cpu_ms_per_article:.1f} ms/article"
        + (f" ({result.errors} errors)" if result.errors else "")
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--corpus", type=Path, help="folder of source .txt articles to replicate")
    source.add_argument("--content", type=Path, help="an existing folder of articles, used as it is")
    parser.add_argument("--n", type=int, default=1000, help="articles to replicate from --corpus")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where --corpus is replicated to")
    parser.add_argument("--jobs", type=int, help="worker processes (default: one per core, as the build)")
    parser.add_argument("--sample", type=int, default=100, help="articles for the NER/rules split")
    parser.add_argument("--baseline", action="store_true", help="also time the NER reading whole paragraphs")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (interleaved with --baseline)")
    args = parser.parse_args(argv)

    content = args.content
    if args.corpus is not None:
        paths = replicate(args.corpus, args.n, args.out)
        print(f"replicated {len(paths)} articles from {args.corpus} into {args.out}")
        content = args.out
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{cores} cores; load average before: {load()}")

    current: list[Throughput] = []
    baseline: list[Throughput] = []
    for round_number in range(args.repeat):
        runs: list[tuple[str, list[Throughput], Callable[[Sequence[str]], list[Region]]]] = [
            ("cold inference", current, name_regions)
        ]
        if args.baseline:
            runs.append(("baseline (whole paragraphs)", baseline, whole_paragraphs))
            if round_number % 2:
                runs.reverse()
        for label, results, choose in runs:
            with regions_from(choose):
                results.append(cold_inference(content, args.jobs))
            report_throughput(label, results[-1])

    best = max(current, key=lambda result: result.per_second)
    split = split_in_one_process(content, args.sample)
    print(
        f"one process, {split.articles} articles: {split.total_ms:.1f} ms/article = NER {split.ner_ms:.1f} "
        f"({split.ner_ms / split.total_ms:.0%}) + rules {split.rest_ms:.1f}; the NER read "
        f"{split.tokens_read / split.tokens:.0%} of {split.tokens} tokens "
        f"(skipped {1 - split.tokens_read / split.tokens:.1%})"
    )
    if baseline:
        old = max(baseline, key=lambda result: result.per_second)
        print(
            f"best of {args.repeat}: {best.per_second:.1f} articles/s against {old.per_second:.1f} reading whole "
            f"paragraphs: x{best.per_second / old.per_second:.2f}"
        )
    print(f"load average after: {load()}")
    verdict = "met" if best.per_second >= GOAL_PER_SECOND else "NOT met"
    print(f"goal of {GOAL_PER_SECOND:.0f} articles/s on {best.workers} workers: {verdict} ({best.per_second:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
