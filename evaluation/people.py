"""Measure person extraction against gold person names, article by article.

    python evaluation/people.py CORPUS_DIR [--verbose] [--limit N]
    python evaluation/people.py ../shared/corpora/bbc --gold evaluation/gold/bbc-held-out-people.json

CORPUS_DIR holds NNN.txt articles with NNN.json beside them listing the gold "PER" names (the CoNLL
development set in ../shared/corpora/conll-dev); or, with ``--gold``, the articles named in that file's
"PER" map (path relative to CORPUS_DIR -> gold names), such as the hand gold kept in ``evaluation/gold/``.
Each article goes through the same inference path as the build (``cuttings.infer.infer_article`` on the
file as ``cuttings.read`` reads it; if that is not importable yet, the layout split plus ``find_entities``
and ``find_people``).

Scoring is per article, one-to-one: names are compared lower-cased with titles and post-nominals
removed, and a surname alone (with its particles, "De Wilde") matches a full name with that surname. Gold
lists name a person once per form ("Phil Simmons", "Simmons"), so a gold surname that is the surname of another
gold name counts as that person, not another one. Precision, recall and F1 are micro-averaged over articles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cuttings.infer.names import SURNAME_PARTICLES, canonical_name, is_given_name, name_key


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def normalise(name: str) -> str:
    return " ".join(name_key(canonical_name(name) or name).split())


def surname(key: str) -> str:
    return key.split()[-1] if key else ""


def surname_only(key: str) -> bool:
    """A surname written alone: one word, or particles and a word ("de wilde" of "Filip De Wilde"; "van" is also
    a given name, so "van morrison" is a full name)."""
    words = key.split()
    return all(word in SURNAME_PARTICLES and not is_given_name(word) for word in words[:-1])


def gold_people(names: Sequence[str], first_names: bool = False) -> list[set[str]]:
    """Group gold forms into people: a one-word form joins the full name whose surname it is (with
    ``first_names``, else the one full name starting with it: "Randall" for "Randall Cunningham")."""
    keys = list(dict.fromkeys(normalise(name) for name in names if normalise(name)))
    full = [key for key in keys if not surname_only(key)]
    people: list[set[str]] = [{key} for key in full]
    for key in keys:
        if not surname_only(key):
            continue
        owners = [person for person in people if any(member.endswith(" " + key) for member in person)]
        if not owners and first_names:
            starting = [person for person in people if any(member.split()[0] == key for member in person)]
            owners = starting if len(starting) == 1 else []
        if owners:
            owners[0].add(key)
        else:
            people.append({key})
    return people


def match(predicted: Sequence[str], gold: list[set[str]]) -> tuple[int, list[str], list[str]]:
    """One-to-one matches: exact forms first, then a surname alone against a full name (either way)."""
    remaining_predicted = list(dict.fromkeys(normalise(name) for name in predicted if normalise(name)))
    remaining_gold = list(gold)
    matched = 0
    rules: list[Callable[[str, set[str]], bool]] = [
        lambda key, person: key in person,
        lambda key, person: any(
            (surname_only(key) or surname_only(member)) and surname(key) == surname(member) for member in person
        ),
    ]
    for rule in rules:
        for key in list(remaining_predicted):
            for person in remaining_gold:
                if rule(key, person):
                    remaining_predicted.remove(key)
                    remaining_gold.remove(person)
                    matched += 1
                    break
    missed = [sorted(person, key=len)[-1] for person in remaining_gold]
    return matched, remaining_predicted, missed


def build_extractor() -> Callable[[Path, Path], list[str]]:
    """The build's own inference path when it is importable, else the people stages on their own."""
    try:
        from cuttings.infer import infer_article
        from cuttings.read import read_article

        def via_build(path: Path, corpus: Path) -> list[str]:
            return [person.name for person in infer_article(read_article(path, corpus)).people]

        return via_build
    except ImportError as error:
        print(f"(infer_article not available: {error}; using find_entities + find_people)", file=sys.stderr)

    from cuttings.infer.ner import find_entities
    from cuttings.infer.people import find_people

    def via_stages(path: Path, corpus: Path) -> list[str]:
        text = path.read_text(encoding="utf-8", errors="replace")
        paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]
        return [person.name for person in find_people(paragraphs, find_entities(paragraphs)).people]

    return via_stages


def evaluate(corpus: Path, limit: int | None, verbose: bool, gold_file: Path | None = None) -> Score:
    extract = build_extractor()
    score = Score()
    lenient = Score()
    gold_names: dict[Path, list[str]] = {}
    if gold_file is not None:
        listed = json.loads(gold_file.read_text(encoding="utf-8"))["PER"]
        gold_names = {corpus / relative: names for relative, names in listed.items()}
        articles = sorted(gold_names)
    else:
        articles = sorted(path for path in corpus.glob("*.txt") if path.with_suffix(".json").exists())
    if limit is not None:
        articles = articles[:limit]
    extract(articles[0], corpus)  # load the model outside the timing
    started = time.perf_counter()
    extraction_time = 0.0
    for path in articles:
        forms = gold_names[path] if gold_file is not None else json.loads(
            path.with_suffix(".json").read_text(encoding="utf-8")).get("PER", [])
        clock = time.perf_counter()
        predicted = extract(path, corpus)
        extraction_time += time.perf_counter() - clock
        predicted_count = len(dict.fromkeys(normalise(name) for name in predicted if normalise(name)))
        for tally, first_names in ((score, False), (lenient, True)):
            gold = gold_people(forms, first_names)
            matched, extra, missed = match(predicted, gold)
            tally.true_positives += matched
            tally.predicted += predicted_count
            tally.gold += len(gold)
            if verbose and not first_names and (extra or missed):
                print(f"{path.relative_to(corpus)}: false {extra} missed {missed}")
    elapsed = time.perf_counter() - started
    print(f"articles: {len(articles)}  people: gold {score.gold}, predicted {score.predicted}, "
          f"matched {score.true_positives}")
    print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}")
    print(f"(a lone gold first name counted with its full name: precision {lenient.precision:.3f}  "
          f"recall {lenient.recall:.3f}  F1 {lenient.f1:.3f})")
    print(f"speed: {len(articles) / extraction_time:.1f} articles/second inference "
          f"({len(articles) / elapsed:.1f} with scoring), one process, model loaded")
    return score


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, help="folder of NNN.txt + NNN.json (gold PER lists)")
    parser.add_argument("--verbose", action="store_true", help="print each article's errors")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--gold", type=Path, default=None, help="a JSON file whose PER map gives the gold names")
    arguments = parser.parse_args(argv)
    evaluate(arguments.corpus, arguments.limit, arguments.verbose, arguments.gold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
