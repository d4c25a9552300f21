"""Namesakes apart, one person together: pairwise precision and recall of "same person" decisions across articles.

    python evaluation/namesakes.py [--gold evaluation/gold/namesakes.json ...] [--verbose]

The gold file holds small cases of made-up articles in real reporting patterns (two councillors of one name on
different councils, a chief executive who moves from one council to another, a footballer and a rugby player of
one name...). Each article lists the names it gives and a gold person id for each. The articles of a case are
written to a temporary folder, read and inferred as a build would (``cuttings.read``, ``cuttings.infer``), and
linked (``cuttings.analysis.identity.page_names``). Every pair of mentions of a case (an article and a name)
is a decision: the pages say "same person" when both names go to one page; gold says so when the ids are equal.
A name the inference did not find in its article has no page, so it is "not the same" as anything.
Precision is right "same" decisions over all "same" decisions; recall is right "same" decisions over gold ones.
The figures are printed for each gold file (``namesakes.json``, the first seven cases; ``namesakes-more.json``, ten
dated cases written later, before the rule was run on them; ``namesakes-blind-a.json`` and ``-b.json``, sixteen cases
written by someone who read no rule code, A since developed on, B held out; ``-c.json`` and ``-d.json``, sixteen
more each, written blind in the twenty-third session, each scored once on main before any rule met it) and for all
together.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cuttings.analysis.identity import page_names
from cuttings.infer import infer_article
from cuttings.read import read_article

GOLD = Path(__file__).resolve().parent / "gold"
DEFAULT_GOLD = [GOLD / "namesakes.json", GOLD / "namesakes-more.json", GOLD / "namesakes-blind-a.json",
                GOLD / "namesakes-blind-b.json", GOLD / "namesakes-blind-c.json", GOLD / "namesakes-blind-d.json"]


def case_pairs(case: dict) -> list[tuple[bool, bool, str]]:
    """(gold same, predicted same, description) for every pair of mentions of one case."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        articles = []
        for entry in case["articles"]:
            path = root / entry["file"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(entry["text"] + "\n", encoding="utf-8")
            articles.append(infer_article(read_article(path, root)))
    per_article: dict[tuple[str, str], str] = {}
    pages = page_names(articles, None, per_article)
    mentions = []
    for entry, article in zip(case["articles"], articles, strict=True):
        found = {person.name for person in article.people}
        for name, person_id in entry["people"].items():
            # A surname alone with no page as a name may have one in its article, as a build links it.
            page = (pages.get(name) or per_article.get((article.source_file, name))) if name in found else None
            mentions.append((entry["file"], name, person_id, page))
    pairs = []
    for first, second in itertools.combinations(mentions, 2):
        if first[0] == second[0]:
            continue  # two people of one article are told apart within it
        same = first[2] == second[2]
        predicted = first[3] is not None and first[3] == second[3]
        pairs.append((same, predicted, f"{first[0]}:{first[1]} ~ {second[0]}:{second[1]}"))
    return pairs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, nargs="+", default=DEFAULT_GOLD)
    parser.add_argument("--verbose", action="store_true", help="print every wrong decision")
    arguments = parser.parse_args(argv)
    overall = [0, 0, 0, 0, 0]  # cases, pairs, gold same, said same, right
    for path in arguments.gold:
        cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
        counts = [len(cases), 0, 0, 0, 0]
        for case in cases:
            for same, said_same, description in case_pairs(case):
                counts[1:] = [counts[1] + 1, counts[2] + same, counts[3] + said_same,
                              counts[4] + (same and said_same)]
                if arguments.verbose and same != said_same:
                    print(f"{'joined' if said_same else 'apart'} (gold {'same' if same else 'different'}): "
                          f"{description}  [{case['pattern']}]")
        _report(path.name, counts)
        overall = [total + count for total, count in zip(overall, counts, strict=True)]
    if len(arguments.gold) > 1:
        _report("all", overall)
    return 0


def _report(label: str, counts: Sequence[int]) -> None:
    cases, total, gold, predicted, true_positive = counts
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / gold if gold else 1.0
    print(f"{label}: {cases} cases, {total} pairs of mentions across articles: gold same {gold}, said same "
          f"{predicted}, right {true_positive}; pairwise precision {precision:.2f}  recall {recall:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
