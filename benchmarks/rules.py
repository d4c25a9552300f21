"""CPU time of every hand-written rule of an article's inference, on inputs prepared once, to compare two trees.

    python benchmarks/rules.py prepare --corpus ../shared/corpora/bbc --n 2000 --out /tmp/rules-inputs.pickle
    PYTHONPATH=<tree> python benchmarks/rules.py time --inputs /tmp/rules-inputs.pickle [--repeat 5]
    PYTHONPATH=<tree> python benchmarks/rules.py digest --inputs /tmp/rules-inputs.pickle

``prepare`` reads and lays out the articles and runs the NER over them once (the model's part, unchanged by the
rules) and keeps the results; ``time`` runs, on each prepared article, what an inference worker runs after the
NER (``cuttings.infer.article._completed``: people, councils, quoted paragraphs, organisations, roles, quotes,
the Article itself) in whichever ``cuttings`` is importable, and prints CPU milliseconds an article, the whole
and each rule (each rule timed by wrapping it). ``digest`` prints the sha256 of the ``repr`` of every Article:
two trees whose rules find the same things print the same digest.
Run ``time`` for two trees in turn, several times, and compare the medians: process time, so a busy machine
slows it far less than wall time, but not not at all.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.append(str(Path(__file__).resolve().parent.parent))  # after PYTHONPATH: the tree it names runs

TIMED = ("find_people", "find_councils", "quote_paragraphs", "find_organisations", "find_roles", "find_quotes")


def prepare(corpus: Path, n: int, out: Path) -> None:
    from cuttings.errors import ContentError
    from cuttings.infer.article import _prepare
    from cuttings.infer.ner import find_entities_each, load_ner
    from cuttings.read import discover, read_or_error

    nlp = load_ner()
    paths = discover(corpus)
    sources = []
    for path in paths[:: max(1, len(paths) // n)][:n]:  # spread over the corpus (its folders are categories)
        source = read_or_error(path, corpus)
        if not isinstance(source, ContentError):
            sources.append(source)
    prepared = [_prepare(source) for source in sources]
    entities = find_entities_each([item.layout.paragraphs for item in prepared], nlp)
    out.write_bytes(pickle.dumps(list(zip(sources, prepared, entities, strict=True))))
    print(f"{len(sources)} articles prepared into {out}")


def _wrapped(spent: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started

    return timed


def time_rules(inputs_path: Path, repeat: int) -> None:
    from cuttings.infer import article

    inputs = pickle.loads(inputs_path.read_bytes())
    started = time.process_time()
    for source, prepared, entities in inputs:  # the caches of pure functions empty, as in a new worker
        article._completed(source, prepared, entities)
    first = (time.process_time() - started) * 1000 / len(inputs)
    totals = []
    parts: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        spent: dict[str, float] = defaultdict(float)
        originals = {name: getattr(article, name) for name in TIMED}
        for name, function in originals.items():
            setattr(article, name, _wrapped(spent, name, function))
        try:
            started = time.process_time()
            for source, prepared, entities in inputs:
                article._completed(source, prepared, entities)
            totals.append((time.process_time() - started) * 1000 / len(inputs))
        finally:
            for name, function in originals.items():
                setattr(article, name, function)
        for name in TIMED:
            parts[name].append(spent[name] * 1000 / len(inputs))
    split = ", ".join(f"{name} {statistics.median(values):.3f}" for name, values in parts.items())
    print(f"{article.__file__}: first pass {first:.3f}, then {statistics.median(totals):.3f} ms/article CPU "
          f"(median of {repeat}: "
          f"{', '.join(f'{t:.3f}' for t in totals)}); {split}; {len(inputs)} articles")


def digest(inputs_path: Path) -> None:
    from cuttings.infer import article

    inputs = pickle.loads(inputs_path.read_bytes())
    hashed = hashlib.sha256()
    for source, prepared, entities in inputs:
        hashed.update(repr(article._completed(source, prepared, entities)).encode())
    print(f"{hashed.hexdigest()} ({len(inputs)} articles)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    preparing = commands.add_parser("prepare")
    preparing.add_argument("--corpus", type=Path, required=True)
    preparing.add_argument("--n", type=int, default=2000)
    preparing.add_argument("--out", type=Path, required=True)
    timing = commands.add_parser("time")
    timing.add_argument("--inputs", type=Path, required=True)
    timing.add_argument("--repeat", type=int, default=5)
    digesting = commands.add_parser("digest")
    digesting.add_argument("--inputs", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.corpus, args.n, args.out)
    elif args.command == "time":
        time_rules(args.inputs, args.repeat)
    else:
        digest(args.inputs)


if __name__ == "__main__":
    main()
