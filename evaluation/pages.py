"""Page precision: draw a seeded sample of person or council pages from a build and score hand judgements.

    python evaluation/pages.py --corpus ../shared/corpora/bbc --kind person --half held-out \
        --sample 200 --judgements evaluation/judgements/bbc-person-held-out.tsv [--show]

The corpus's articles go through the build's own inference (``cuttings.infer.infer_article``) and linking
(``cuttings.link.build_catalogue``), so the pages are the ones a build would write. The articles are split
in two halves by a hash of their path (``half_of``, ``--split path``, the split of every judgement file
below), or by a hash of their normalised body (``--split text``, the split ``facts.py`` now uses, which keeps
a story filed under two paths in one half): rules are written while looking at the ``dev`` half only; figures
are reported on ``held-out``. The catalogue is built from the chosen half alone.

The sample is ``random.Random(seed).sample`` of the page names in sorted order (``--draw index``, the draw of
the judgement files up to seed 5353), or, with ``--draw hash``, the ``--sample`` pages whose SHA-1 of seed
and name is smallest: as random, and stable when the set of pages changes, so a page kept by two builds is
in both builds' samples and one judgement serves both (a before/after comparison on one seed). ``--show``
prints, for each sampled page not yet judged, its evidence: name, article count, the forms seen, up to ``--sentences``
sentences naming it (each from a different article), and the other pages that share its surname or its
name ignoring case (possible twins). A person judged by hand against that evidence is recorded in the
judgement file, one line a page, tab-separated: ``page  verdict  reason``. Verdicts:

- ``ok``: one real person (or one real council) under their fullest name, with no second page;
- ``not-person`` / ``not-council``: no such person or council (an organisation, place, title, fragment);
- ``twin``: the same person or council as another page (case, spelling, a word stuck on the front);
- ``part-name``: a surname or first name alone, or a fragment, when the fuller name is known;
- ``job-word``: a job or description kept in the name ("Rapper Jane Doe");
- ``merged``: two or more different people on one page.

Precision is ``ok`` over judged pages of the sample; pages of the sample not yet judged are counted and
named, never guessed. The index draw is taken from the sorted page names, so any change to the set of pages
(one page renamed) redraws most of it; the hash draw redraws only the pages that changed. After a rule change,
``--show`` lists the pages still to judge.

Judgements kept in ``evaluation/judgements/``: ``bbc-person-dev-before.tsv`` (dev half, code before issue 18),
``bbc-person-held-out-before.tsv`` (held-out half, code before issue 18, seed 7), ``bbc-person-held-out.tsv``
(held-out half, seed 2026), ``parish-council-held-out.tsv`` and ``parish-person-held-out.tsv``; of the second
session: ``bbc-person-held-out-seed4242.tsv`` (a mid-session build), ``bbc-person-held-out-seed5353.tsv`` (its
final build), ``parish-council-held-out-seed4243.tsv`` and ``parish-person-held-out-seed4243.tsv``; of the third,
drawn with ``--draw hash`` so that one file judges the samples of the build before the session (commit 288ff9b)
and after it: ``bbc-person-held-out-seed1818.tsv``, ``parish-person-held-out-seed1818.tsv`` and
``parish-council-held-out-seed1818.tsv`` (drawn mid-session), then ``...-seed2719.tsv`` (drawn after the last
rule of the session). Later sessions' files follow the same pattern (``...-seed4111.tsv``, ``...-seed5151.tsv``);
``*-changed-k18.tsv`` judge every page that only one of two builds has (the whole change, not a sample).

The inferred articles are cached (``--cache``) by file content and by a digest of the
package's source, so a second run with unchanged code only links; the model's entities are cached apart by
paragraph text, so a run after a rule change re-runs the rules but not the model.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import pickle
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cuttings.analysis.identity import person_slug_of
from cuttings.link import build_catalogue
from cuttings.model import Article, Catalogue, SourceArticle
from cuttings.read import discover, read_article
from evaluation import common
from evaluation.common import EntityCache, infer_and_store

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = REPOSITORY / "evaluation" / "work"
VERDICTS = ("ok", "not-person", "not-council", "twin", "part-name", "job-word", "merged")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")


def half_of(relative_path: str, corpus: Path | None = None, split: str = common.PATH_SPLIT) -> str:
    """``dev`` or ``held-out`` under ``split`` (``common.half_of``); the text split reads the file's body from
    ``corpus``."""
    body = common.split_body(corpus / relative_path) if split == common.TEXT_SPLIT and corpus else None
    return "dev" if common.half_of(relative_path, body, split) == common.DEVELOPMENT else "held-out"


def _source_digest() -> str:
    """A digest of the package's Python source and data: a cached inference is reused only under the same code."""
    digest = hashlib.sha256()
    package = REPOSITORY / "cuttings"
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".csv", ".txt"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def infer_corpus(corpus: Path, cache_dir: Path) -> list[Article]:
    """Every article of ``corpus`` as the build infers it (cached by content and code)."""
    corpus_key = hashlib.sha1(str(corpus.resolve()).encode()).hexdigest()[:10]
    entities = EntityCache(cache_dir / f"entities-{corpus_key}.pickle")
    inferred_path = cache_dir / f"articles-{corpus_key}-{_source_digest()}.pickle"
    if inferred_path.exists():
        with inferred_path.open("rb") as handle:
            return pickle.load(handle)
    return infer_and_store(_sources_with_progress(corpus), entities, inferred_path)


def _sources_with_progress(corpus: Path) -> Iterator[SourceArticle]:
    for index, path in enumerate(discover(corpus)):
        if not path.endswith(".txt"):
            continue
        yield read_article(path, corpus)
        if index % 200 == 0:
            print(f"  inferred {index} files", file=sys.stderr)


@dataclass(frozen=True)
class Page:
    name: str
    articles: int
    forms: tuple[str, ...]
    sentences: tuple[str, ...]
    neighbours: tuple[str, ...]


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    sentence = text[left:right]
    return sentence if len(sentence) <= 400 else "…" + text[max(left, start - 180): end + 180] + "…"


def pages_of(catalogue: Catalogue, kind: str, sentences: int) -> dict[str, Page]:
    """Every page of ``kind`` with its evidence."""
    entries = catalogue.people if kind == "person" else catalogue.councils
    resolved = getattr(catalogue, "person_slugs" if kind == "person" else "council_slugs", {})
    names = {entry.name for entry in entries.values()}
    by_surname: dict[str, list[str]] = {}
    by_fold: dict[str, list[str]] = {}
    for name in names:
        by_surname.setdefault(name.split()[-1].casefold(), []).append(name)
        by_fold.setdefault(name.casefold(), []).append(name)
    pages: dict[str, Page] = {}
    for slug, entry in entries.items():
        forms: Counter[str] = Counter()
        found: list[str] = []
        for article_slug in entry.articles:
            article = catalogue.articles[article_slug].article
            local_names = {name for name in (*(p.name for p in article.people), *article.councils)
                           if name == entry.name or (resolved.get(name) if kind == "council" else
                                                     person_slug_of(resolved, article.source_file, name)) == slug}
            for mention in article.mentions:
                if mention.kind != kind or mention.name not in local_names:
                    continue
                text = article.paragraphs[mention.paragraph].text
                forms[text[mention.start:mention.end]] += 1
                if len(found) < sentences and not any(s.startswith(f"[{article.source_file}]") for s in found):
                    found.append(f"[{article.source_file}] {_sentence_around(text, mention.start, mention.end)}")
        neighbours = sorted({*by_surname.get(entry.name.split()[-1].casefold(), ()),
                             *by_fold.get(entry.name.casefold(), ())} - {entry.name})
        if kind == "council":
            first = entry.name.split()[0].casefold()
            neighbours = sorted({n for n in names if n.split()[0].casefold() == first} - {entry.name})
        pages[entry.name] = Page(entry.name, len(entry.articles), tuple(f for f, _ in forms.most_common(8)),
                                 tuple(found), tuple(neighbours[:12]))
    return pages


def draw_sample(names: Sequence[str], size: int, seed: int, draw: str = "index") -> list[str]:
    """``size`` of ``names`` (sorted), by ``random.Random(seed).sample`` or by the smallest SHA-1 of seed and name."""
    if draw == "index":
        return random.Random(seed).sample(list(names), min(size, len(names)))
    return sorted(names, key=lambda name: hashlib.sha1(f"{seed}\x00{name}".encode()).digest())[:size]


def read_judgements(path: Path) -> dict[str, tuple[str, str]]:
    if not path.exists():
        return {}
    judged: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "page":
                continue
            page, verdict, reason = ([*row, "", ""])[:3]
            if verdict not in VERDICTS:
                raise SystemExit(f"{path}: unknown verdict {verdict!r} for {page!r} (one of {', '.join(VERDICTS)})")
            judged[page] = (verdict, reason)
    return judged


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--kind", choices=("person", "council"), default="person")
    parser.add_argument("--half", choices=("dev", "held-out", "all"), default="held-out")
    parser.add_argument("--split", choices=common.SPLITS, default=common.PATH_SPLIT,
                        help="path: halves by the file path (every judgement file so far); text: by the body")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--draw", choices=("index", "hash"), default="index",
                        help="index: random.Random(seed).sample of sorted names; hash: smallest SHA-1(seed, name)")
    parser.add_argument("--judgements", type=Path, help="the TSV of hand judgements (page, verdict, reason)")
    parser.add_argument("--show", action="store_true", help="print the evidence of sampled pages not yet judged")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--single-words", action="store_true", help="also list the single-word pages")
    arguments = parser.parse_args(argv)

    articles = infer_corpus(arguments.corpus, arguments.cache)
    chosen = [a for a in articles if arguments.half == "all"
              or half_of(a.source_file, arguments.corpus, arguments.split) == arguments.half]
    catalogue = build_catalogue(chosen)
    pages = pages_of(catalogue, arguments.kind, arguments.sentences)
    names = sorted(pages)
    sample = draw_sample(names, arguments.sample, arguments.seed, arguments.draw)
    single = [name for name in names if len(name.split()) == 1]
    print(f"{arguments.corpus} ({arguments.half} half): {len(chosen)} articles, {len(names)} {arguments.kind} pages, "
          f"{len(single)} of one word ({len(single) / max(1, len(names)):.1%}); sample of {len(sample)}, "
          f"seed {arguments.seed}")
    if arguments.single_words:
        print("single-word pages:", ", ".join(f"{n} ({pages[n].articles})" for n in single))

    judged = read_judgements(arguments.judgements) if arguments.judgements else {}
    verdicts: Counter[str] = Counter()
    unjudged: list[str] = []
    for name in sample:
        if name in judged:
            verdicts[judged[name][0]] += 1
        else:
            unjudged.append(name)
    if arguments.show:
        for name in unjudged:
            page = pages[name]
            print(f"\n## {page.name}  ({page.articles} articles)  forms: {' | '.join(page.forms)}")
            if page.neighbours:
                print(f"   other pages: {'; '.join(page.neighbours)}")
            for sentence in page.sentences:
                print(f"   - {sentence}")
    total = sum(verdicts.values())
    if total:
        print(f"judged {total} of the sample: " + ", ".join(f"{v} {verdicts[v]}" for v in VERDICTS if verdicts[v]))
        print(f"page precision {verdicts['ok'] / total:.1%} ({verdicts['ok']}/{total})")
    if unjudged:
        print(f"{len(unjudged)} sampled pages not judged yet")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
