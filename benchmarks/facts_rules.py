"""CPU time of the quote and role rules per article, on inputs prepared once, for comparing two versions.

    python benchmarks/facts_rules.py prepare --corpus ../shared/corpora/bbc --n 400 --out /tmp/facts-inputs.pickle
    PYTHONPATH=<tree> python benchmarks/facts_rules.py time --inputs /tmp/facts-inputs.pickle [--repeat 5]

``prepare`` runs the layout, NER, people and council stages (the expensive, unchanged part) once and keeps their
results; ``time`` runs only ``find_roles`` and ``find_quotes`` of whichever ``cuttings`` is importable on them
and prints CPU milliseconds per article (process time: a busy machine slows it far less than wall time).
Run ``time`` for two trees in turn, several times, and compare the medians.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.append(str(Path(__file__).resolve().parent.parent))  # after PYTHONPATH: "time" runs the tree it names


def prepare(corpus: Path, n: int, out: Path) -> None:
    from cuttings.errors import ContentError
    from cuttings.infer.councils import find_councils
    from cuttings.infer.layout import analyse_text
    from cuttings.infer.ner import find_entities, load_ner
    from cuttings.infer.people import find_people
    from cuttings.read import discover, read_or_error

    nlp = load_ner()
    inputs = []
    paths = discover(corpus)
    for path in paths[:: max(1, len(paths) // n)][:n]:  # spread over the corpus (its folders are categories)
        source = read_or_error(path, corpus)
        if isinstance(source, ContentError):
            continue
        paragraphs = analyse_text(source.body).paragraphs
        people = find_people(paragraphs, find_entities(paragraphs, nlp))
        inputs.append((tuple(paragraphs), people, find_councils(paragraphs)))
    out.write_bytes(pickle.dumps(inputs))
    print(f"{len(inputs)} articles prepared into {out}")


def time_rules(inputs_path: Path, repeat: int) -> None:
    from cuttings.infer import quotes, roles

    inputs = pickle.loads(inputs_path.read_bytes())
    runs = []
    found = 0
    for _ in range(repeat):
        started = time.process_time()
        found = 0
        for paragraphs, people, councils in inputs:
            found += len(roles.find_roles(paragraphs, people, councils)) + len(quotes.find_quotes(paragraphs, people))
        runs.append((time.process_time() - started) * 1000 / len(inputs))
    print(f"{roles.__file__}: roles + quotes {statistics.median(runs):.2f} ms/article CPU (median of {repeat}: "
          f"{', '.join(f'{run:.2f}' for run in runs)}), {found} facts in {len(inputs)} articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    preparing = commands.add_parser("prepare")
    preparing.add_argument("--corpus", type=Path, required=True)
    preparing.add_argument("--n", type=int, default=400)
    preparing.add_argument("--out", type=Path, required=True)
    timing = commands.add_parser("time")
    timing.add_argument("--inputs", type=Path, required=True)
    timing.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.corpus, args.n, args.out)
    else:
        time_rules(args.inputs, args.repeat)


if __name__ == "__main__":
    main()
