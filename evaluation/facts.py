"""Judge quote attribution and roles by hand, on a seeded random sample from a held-out half of a corpus.

    python evaluation/facts.py draw  --corpus ../shared/corpora/bbc --kind quotes --n 80 --seed 1 \\
        --judgements evaluation/judgements/bbc-quotes-after.json
    python evaluation/facts.py show  --corpus ../shared/corpora/bbc --judgements FILE   # the evidence again
    python evaluation/facts.py score evaluation/judgements/*.json                       # the figures
    python evaluation/facts.py list  --corpus ../shared/corpora/bbc --kind roles --half development

Every article of the corpus falls in one of two halves by a hash of its normalised body text
(``evaluation.common.half_of``, ``--split text``, the default), so a story filed twice under two paths lands in
one half: rules are written while reading the *development* half (``list``), and samples are drawn only from
the *held-out* half. Judgement files drawn before the text split used a hash of the path (``--split path``);
a judgement file records its split (a file without one is ``path``) and ``show`` uses it. ``draw`` infers every
held-out article through the build's own path (``cuttings.infer.infer_article``), draws ``--n`` quotes or
roles uniformly at random (``--seed``), prints each with its evidence (the paragraph it comes from and the
ones around it) and writes the judgement file with an empty verdict for each item. The judge fills in
``verdict`` ("right" or "wrong") and ``reason`` by reading the evidence; ``score`` prints the judged share,
and the correct items per 100 articles (judged share x facts per 100 held-out articles, so precision bought by
dropping facts shows).

A quote is right when the words are a direct quotation (not a scare quote, slogan or title) and the person
given spoke them. A role is right when the title is the whole post the text gives the person, the
organisation is the one the text names (empty only when it names none), and a former, acting or interim post
is marked so.

The held-out halves have been judged so often that a fresh sample mostly re-reads facts judged before (a fact
is its article, person, title and body): ``draw`` fills in the verdict of each such fact from the other files of
``--earlier`` (``evaluation/judgements/``) when they all agree, and prints only the rest to judge, so a report can
say how many of its items are new. With ``--n 0`` it takes every fact of the half: judged once and carried over,
the whole half is a census, whose share has no sampling error (only the judges' differing strictness), and a
branch's census against main's shows exactly what a change did to the half. ``show --unjudged`` prints what is
left to judge.

The judgement file holds no article text: each item is an article path, the fact's position and the fact
(person, role, organisation) so ``show`` can bring the evidence back from the corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cuttings.model import Article
from evaluation.common import HALVES, PATH_SPLIT, SPLITS, TEXT_SPLIT, EntityCache, half_of, infer_and_store, split_body

REPOSITORY = Path(__file__).resolve().parent.parent
WORK = REPOSITORY / "benchmarks" / "work" / "facts"


def code_version() -> str:
    """The commit the inference comes from, with "+changes" when the inference code differs from it."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPOSITORY, capture_output=True,
                                text=True, check=True).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--", "cuttings/infer", "cuttings/data",
                                  "cuttings/model.py"], cwd=REPOSITORY, capture_output=True, text=True,
                                 check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit}+changes" if changed else commit


def infer_half(corpus: Path, half: str, use_cache: bool = True, split: str = TEXT_SPLIT) -> list[Article]:
    """Every article of one half (under ``split``), inferred; kept under benchmarks/work/ keyed by the inference
    fingerprint. The model's entities are kept apart, one file a corpus, by paragraph text, so a run after a
    rule change re-runs the rules only, whichever half or split asks."""
    from cuttings.cache import inference_fingerprint
    from cuttings.errors import ContentError
    from cuttings.read import discover, read_or_error

    key = hashlib.sha256(
        f"{corpus.resolve()}\n{half}\n{split}\n{inference_fingerprint()}".encode()).hexdigest()[:16]
    cached = WORK / f"{corpus.name}-{half}-{split}-{key}.pickle"
    if use_cache and cached.is_file():
        with cached.open("rb") as handle:
            articles: list[Article] = pickle.load(handle)
        return articles
    entities = EntityCache(WORK / f"entities-{corpus.name}.pickle")
    sources = (
        source
        for path in discover(corpus)
        if not isinstance(source := read_or_error(path, corpus), ContentError)
        and half_of(source.relative_path, split_body(source.path), split) == half
    )
    return infer_and_store(sources, entities, cached)


# --- items and their evidence --------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    article: Article
    kind: str
    index: int
    """Position of the fact in ``article.quotes`` or ``article.roles``."""

    @property
    def fact(self) -> Any:
        return (self.article.quotes if self.kind == "quotes" else self.article.roles)[self.index]

    @property
    def key(self) -> str:
        return f"{self.article.source_file} {self.kind[0]}{self.index}"

    def record(self) -> dict[str, Any]:
        fact = self.fact
        record: dict[str, Any] = {"item": self.key, "person": fact.person}
        if self.kind == "roles":
            record["role"] = fact.role
            record["organisation"] = fact.organisation
        paragraph, _ = self.location()
        record["paragraph"] = paragraph
        record["verdict"] = ""
        record["reason"] = ""
        return record

    def location(self) -> tuple[int | None, int]:
        """The paragraph and offset the fact comes from: as recorded, else searched for."""
        fact = self.fact
        recorded = getattr(fact, "paragraph", None)
        if recorded is not None and recorded >= 0:
            return recorded, getattr(fact, "offset", 0)
        texts = [paragraph.text for paragraph in self.article.paragraphs]
        if self.kind == "quotes":
            opening = " ".join(fact.text.split("\n\n")[0].split())[:40]
            for number, text in enumerate(texts):
                flat = " ".join(text.split())
                if opening and opening in flat:
                    return number, flat.index(opening)
            return None, 0
        surname = fact.person.split()[-1]
        last_word = fact.role.split()[-1].lower()
        for mention in self.article.mentions:
            if mention.kind == "person" and mention.name == fact.person:
                text = texts[mention.paragraph]
                if last_word in text.lower():
                    return mention.paragraph, mention.start
        for number, text in enumerate(texts):
            if surname in text and last_word in text.lower():
                return number, text.index(surname)
        return None, 0

    def evidence(self) -> str:
        texts = [paragraph.text for paragraph in self.article.paragraphs]
        paragraph, _ = self.location()
        fact = self.fact
        if self.kind == "quotes":
            head = f"QUOTE -> {fact.person}\n  words: {_short(fact.text, 300)}"
        else:
            head = f"ROLE -> {fact.person} | {fact.role} | {fact.organisation}"
        lines = [f"[{self.key}] {self.article.title} ({self.article.date})", head]
        if self.kind == "roles":
            lines.extend(self._windows(texts, paragraph))
            return "\n".join(lines)
        if paragraph is None:
            lines.append("  (evidence not found)")
            return "\n".join(lines)
        for number in range(max(0, paragraph - 2), min(len(texts), paragraph + 2)):
            marker = ">>" if number == paragraph else "  "
            width = 900 if number == paragraph else 300
            lines.append(textwrap.indent(_short(texts[number], width), f"{marker}{number:>3} ", lambda _: True))
        return "\n".join(lines)


    def _windows(self, texts: list[str], paragraph: int | None) -> list[str]:
        """Where a role comes from: its sentence when recorded, else every place the text names the person."""
        fact = self.fact
        if getattr(fact, "paragraph", None) is not None and paragraph is not None:
            text = texts[paragraph]
            offset = getattr(fact, "offset", 0)
            return [f">>{paragraph:>3} {_short(text[offset:], 500)}"]
        surname = fact.person.split()[-1]
        found = []
        for number, text in enumerate(texts):
            for match in re.finditer(re.escape(surname), text):
                window = text[max(0, match.start() - 220) : match.end() + 160]
                found.append(f"  {number:>3} …{_short(window, 400)}…")
                if len(found) >= 4:
                    return found
        return found or ["  (evidence not found)"]


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def items_of(articles: Sequence[Article], kind: str) -> list[Item]:
    found: list[Item] = []
    for article in articles:
        facts = article.quotes if kind == "quotes" else article.roles
        found.extend(Item(article, kind, index) for index in range(len(facts)))
    return found


# --- commands --------------------------------------------------------------------------------------


def _fact_key(path: str, record: dict[str, Any]) -> tuple[str, str, str | None, str | None]:
    """What makes two judged items the same fact: the article, the person, the title and the body (the item's
    index in the article shifts when a rule adds or drops another fact)."""
    return path, record["person"], record.get("role"), record.get("organisation")


def earlier_verdicts(corpus: str, kind: str, split: str, directory: Path,
                     skip: Path | None = None) -> dict[tuple[str, str, str | None, str | None], dict[str, str]]:
    """Every verdict the judgement files in ``directory`` give a fact of this corpus, kind and split, by file."""
    found: dict[tuple[str, str, str | None, str | None], dict[str, str]] = {}
    for path in sorted(directory.glob("*.json")):
        if skip is not None and path.resolve() == skip.resolve():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if (data.get("corpus"), data.get("kind"), data.get("split", PATH_SPLIT)) != (corpus, kind, split):
            continue
        name = path.stem.removeprefix(f"{corpus}-{kind}-")
        for record in data["items"]:
            if record.get("verdict") in ("right", "wrong"):
                key = _fact_key(record["item"].rsplit(" ", 1)[0], record)
                found.setdefault(key, {})[name] = record["verdict"]
    return found


def carry_over(records: list[dict[str, Any]], earlier: dict[tuple[str, str, str | None, str | None],
                                                             dict[str, str]]) -> int:
    """Fill in the verdict of each record judged the same way in every earlier file that has it (a fact two
    files judged differently is left to judge again); returns how many were filled."""
    carried = 0
    for record in records:
        verdicts = earlier.get(_fact_key(record["item"].rsplit(" ", 1)[0], record))
        if not verdicts:
            continue
        if len(set(verdicts.values())) == 1:
            record["verdict"] = next(iter(verdicts.values()))
            record["reason"] = f"(carried over: as judged in {', '.join(verdicts)})"
            carried += 1
        else:
            record["reason"] = "(earlier files disagree: " + ", ".join(
                f"{name} {verdict}" for name, verdict in verdicts.items()) + ")"
    return carried


def draw(args: argparse.Namespace) -> None:
    articles = infer_half(args.corpus, "held-out", split=args.split)
    items = items_of(articles, args.kind)
    # --n 0 takes every fact: the whole half, judged once and carried over, is a census rather than a sample
    sample = random.Random(args.seed).sample(items, min(args.n, len(items))) if args.n else list(items)
    sample.sort(key=lambda item: item.key)
    if args.judgements.exists() and not args.force:
        sys.exit(f"{args.judgements} exists: judge it, or pass --force to draw again")
    records = [item.record() for item in sample]
    carried = 0
    if args.carry_over:
        earlier = earlier_verdicts(args.corpus.name, args.kind, args.split, args.earlier, skip=args.judgements)
        carried = carry_over(records, earlier)
    for item, record in zip(sample, records, strict=True):
        if not record["verdict"]:
            print(item.evidence(), end="\n\n")
    print(f"{len(records)} items drawn from {len(items)}: {carried} judged before (verdict carried over), "
          f"{len(records) - carried} new to judge (printed above)", file=sys.stderr)
    args.judgements.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "corpus": args.corpus.name,
        "kind": args.kind,
        "half": "held-out",
        "split": args.split,
        "seed": args.seed,
        "code": code_version(),
        "articles": len(articles),
        "facts": len(items),
        "carried_over": carried,
        "items": records,
    }
    args.judgements.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def show(args: argparse.Namespace) -> None:
    data = json.loads(args.judgements.read_text(encoding="utf-8"))
    split = data.get("split", PATH_SPLIT)
    articles = {article.source_file: article for article in infer_half(args.corpus, "held-out", split=split)}
    for record in data["items"]:
        if args.unjudged and record["verdict"] in ("right", "wrong"):
            continue
        path, position = record["item"].rsplit(" ", 1)
        article = articles.get(path)
        verdict = f"   verdict: {record['verdict']} {record['reason']}"
        if article is None:
            print(f"[{record['item']}] article not in the held-out half ({split} split)\n{verdict}\n")
            continue
        item = Item(article, data["kind"], int(position[1:]))
        facts = article.quotes if data["kind"] == "quotes" else article.roles
        if item.index >= len(facts) or item.fact.person != record["person"]:
            print(f"[{record['item']}] the code now infers something else here: {record}\n")
            continue
        print(item.evidence())
        print(verdict, end="\n\n")


def list_half(args: argparse.Namespace) -> None:
    articles = infer_half(args.corpus, args.half, split=args.split)
    items = items_of(articles, args.kind)
    if args.n:
        items = random.Random(args.seed).sample(items, min(args.n, len(items)))
    for item in items:
        print(item.evidence(), end="\n\n")
    print(f"{len(items)} {args.kind} in {len(articles)} articles ({args.half} half)")


@dataclass(frozen=True)
class Score:
    corpus: str
    kind: str
    code: str
    judged: int
    right: int
    facts: int
    articles: int

    @property
    def share(self) -> float:
        return self.right / self.judged if self.judged else 0.0

    @property
    def correct_per_100(self) -> float:
        return 100 * self.share * self.facts / self.articles if self.articles else 0.0


def scores(paths: Sequence[Path]) -> Iterator[tuple[Path, Score]]:
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        verdicts = [record["verdict"] for record in data["items"]]
        unjudged = [record["item"] for record in data["items"] if record["verdict"] not in ("right", "wrong")]
        if unjudged:
            sys.exit(f"{path}: {len(unjudged)} items without a verdict (first: {unjudged[0]})")
        yield path, Score(data["corpus"], data["kind"], data["code"], len(verdicts), verdicts.count("right"),
                          data["facts"], data["articles"])


def score(args: argparse.Namespace) -> None:
    print(f"{'file':<42} {'corpus':<7} {'kind':<7} {'code':<8} {'right':>9} {'share':>6} "
          f"{'facts/100 art.':>14} {'right/100 art.':>14}")
    for path, result in scores(args.judgements):
        print(f"{path.name:<42} {result.corpus:<7} {result.kind:<7} {result.code:<8} "
              f"{result.right:>4}/{result.judged:<4} {result.share:>6.1%} "
              f"{100 * result.facts / result.articles:>14.1f} {result.correct_per_100:>14.1f}")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    drawing = commands.add_parser("draw", help="draw a sample from the held-out half, write a judgement file")
    drawing.add_argument("--corpus", type=Path, required=True)
    drawing.add_argument("--kind", choices=("quotes", "roles"), required=True)
    drawing.add_argument("--n", type=int, default=80, help="how many to draw (0: every fact of the half)")
    drawing.add_argument("--seed", type=int, default=1)
    drawing.add_argument("--judgements", type=Path, required=True)
    drawing.add_argument("--force", action="store_true", help="overwrite an existing judgement file")
    drawing.add_argument("--earlier", type=Path, default=REPOSITORY / "evaluation" / "judgements",
                         help="the folder of judgement files whose verdicts carry over")
    drawing.add_argument("--no-carry-over", dest="carry_over", action="store_false",
                         help="leave every verdict empty (by default a fact that earlier judgement files in the "
                              "same folder all judged alike keeps their verdict, and only the rest is printed)")
    drawing.add_argument("--split", choices=SPLITS, default=TEXT_SPLIT,
                         help="text: halves by the body's hash (default); path: the split of older judgements")
    showing = commands.add_parser("show", help="print the evidence of a judgement file's items")
    showing.add_argument("--corpus", type=Path, required=True)
    showing.add_argument("--judgements", type=Path, required=True)
    showing.add_argument("--unjudged", action="store_true", help="only the items still without a verdict")
    listing = commands.add_parser("list", help="print facts with evidence from one half (development to read)")
    listing.add_argument("--corpus", type=Path, required=True)
    listing.add_argument("--kind", choices=("quotes", "roles"), required=True)
    listing.add_argument("--half", choices=HALVES, default="development")
    listing.add_argument("--n", type=int, default=0, help="a random sample of this many (0: all)")
    listing.add_argument("--seed", type=int, default=1)
    listing.add_argument("--split", choices=SPLITS, default=TEXT_SPLIT)
    scoring = commands.add_parser("score", help="print the judged figures")
    scoring.add_argument("judgements", type=Path, nargs="+")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    {"draw": draw, "show": show, "list": list_half, "score": score}[args.command](args)


if __name__ == "__main__":
    main()
