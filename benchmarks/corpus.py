"""Replicate a small corpus of real articles into N benchmark articles with light, deterministic variation.

Each source file is ``<headline>\\n\\n<paragraph>\\n\\n<paragraph>...`` (the BBC corpus layout). Article i of
the output is copy ``i // S`` of source ``order[i % S]``, where S is the number of sources and ``order`` a
seeded shuffle of them (so any N mixes categories). Every article gets a date; copies after the first also
get new surnames, maybe a council sentence and a headline suffix. benchmarks/README.md states the exact rules.

    python benchmarks/corpus.py --corpus ../shared/corpora/bbc --n 10000 --out /tmp/bbc10k \\
        --markdown /tmp/bbc10k-md
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.reference_names import FIRST_NAMES, LOCAL_AUTHORITIES, SURNAMES, words

FIRST_DATE = dt.date(2004, 1, 1)
LAST_DATE = dt.date(2024, 12, 31)
COUNCIL_SENTENCE_PROBABILITY = 0.5
COUNCIL_SENTENCE = "The plan was discussed by {authority} on Tuesday."
HEADLINE_SUFFIX = " (update {copy})"
MARKER_FILE = ".benchmark-corpus"
"""Written into every output folder, so that a rerun may clear it and a wrong --out is refused."""

TITLES = frozenset(
    words("Mr Mrs Ms Miss Dr Sir Lord Lady Dame Coun Cllr Councillor Prof Professor Rev Judge Det Insp Sgt PC Capt Gen")
)
NOT_SURNAMES = frozenset(
    words(
        "The A An And But Or Of In On At To For From By With As If So Street Road Square Station Park "
        "Hospital School College University Council Centre Center Bridge Cup Trophy Award Awards Prize "
        "Church Avenue Close Drive Way Place Court Gardens Airport Stadium Theatre Museum Gallery Trust "
        "Foundation Fund Group Ltd Plc"
    )
)
MONTHS_AND_DAYS = frozenset(
    words(
        "January February March April May June July August September October November December Monday "
        "Tuesday Wednesday Thursday Friday Saturday Sunday"
    )
)

NOT_A_SURNAME = NOT_SURNAMES | FIRST_NAMES | MONTHS_AND_DAYS
REPLACEMENT_SURNAMES = tuple(name for name in SURNAMES if name not in FIRST_NAMES)
"""Surnames that are also first names ("Owen", "Grant") would not be found again as a person's surname."""

PERSON_NAME = re.compile(r"\b(?=([A-Z][a-z]+)\s+((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")
"""Every capitalised word pair, overlapping; a pair is a person when the first word is in FIRST_NAMES."""
_WORD_BEFORE = re.compile(r"(\w+)\.?\s+$")


@dataclass(frozen=True)
class SourceText:
    """One article of the corpus being replicated."""

    category: str
    stem: str
    headline: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ReplicatedArticle:
    """One benchmark article, ready to be written as raw text or as Markdown."""

    index: int
    slug: str
    title: str
    date: dt.date
    paragraphs: tuple[str, ...]
    people: tuple[str, ...]
    """Every "Firstname Surname" person named, after substitution, in order of first mention."""
    council: str | None
    """The local authority of the appended council sentence, if one was appended."""

    @property
    def file_stem(self) -> str:
        return f"{self.index:06d}-{self.slug}"

    def as_text(self) -> str:
        """Cuttings' raw format: headline, blank line, a date line, then paragraphs."""
        return "\n\n".join([self.title, format_date(self.date), *self.paragraphs]) + "\n"

    def as_markdown(self) -> str:
        """YAML front matter (title, date, people, slug) and the paragraphs as Markdown."""
        front_matter = {
            "title": self.title,
            "date": self.date,
            "people": list(self.people),
            "slug": self.slug,
        }
        header = yaml.safe_dump(front_matter, sort_keys=False, allow_unicode=True, width=1_000_000)
        return f"---\n{header}---\n\n" + "\n\n".join(self.paragraphs) + "\n"


def format_date(date: dt.date) -> str:
    """'17 July 2018': the form UK local papers print."""
    return f"{date.day} {date:%B %Y}"


def decode(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_source(path: Path, corpus_dir: Path) -> SourceText | None:
    """The headline and paragraphs of one corpus file, or None when it has no body."""
    blocks = [block.strip() for block in re.split(r"\n[ \t]*\n", decode(path.read_bytes()))]
    blocks = [block for block in blocks if block]
    if not blocks:
        return None
    headline, _, rest_of_first_block = blocks[0].partition("\n")
    paragraphs = [rest_of_first_block.strip(), *blocks[1:]] if rest_of_first_block.strip() else blocks[1:]
    if not paragraphs:
        return None
    category = "-".join(path.parent.relative_to(corpus_dir).parts)
    return SourceText(category, path.stem, headline.strip(), tuple(paragraphs))


def load_sources(corpus_dir: Path) -> list[SourceText]:
    """Every usable ``.txt`` article below ``corpus_dir``, in path order."""
    paths = sorted(path for path in corpus_dir.rglob("*.txt") if path.is_file())
    sources = [source for path in paths if (source := parse_source(path, corpus_dir)) is not None]
    if not sources:
        raise ValueError(f"no articles (.txt files with a headline and a body) under {corpus_dir}")
    return sources


def person_names(texts: Sequence[str]) -> list[tuple[str, str]]:
    """Distinct (first name, surname) of the "Firstname Surname" people in ``texts``, in order of mention.

    Surnames that are also first names, months, days or common place words are not taken as surnames.
    """
    found: dict[tuple[str, str], None] = {}
    for text in texts:
        for first, surname in PERSON_NAME.findall(text):
            if first in FIRST_NAMES and surname not in NOT_A_SURNAME:
                found.setdefault((first, surname), None)
    return list(found)


def person_surnames(texts: Sequence[str]) -> list[str]:
    """Surnames of the "Firstname Surname" people in ``texts``, in order of first mention."""
    return list(dict.fromkeys(surname for _, surname in person_names(texts)))


def people_named(texts: Sequence[str]) -> tuple[str, ...]:
    """Distinct "Firstname Surname" people in ``texts``, in order of first mention."""
    return tuple(f"{first} {surname}" for first, surname in person_names(texts))


def substitute_surnames(texts: Sequence[str], rng: random.Random) -> list[str]:
    """``texts`` with every person's surname replaced by one drawn from REPLACEMENT_SURNAMES, consistently.

    A surname is replaced after a first name or a title ("Mr Blunkett") always, and on its own ("Blunkett's")
    only when the article never uses the word in lower case, so "Gordon Brown" changes but "brown" does not.
    """
    originals = person_surnames(texts)
    if not originals:
        return list(texts)
    taken = set(originals)
    replacement: dict[str, str] = {}
    for surname in originals:
        choices = [candidate for candidate in REPLACEMENT_SURNAMES if candidate not in taken]
        replacement[surname] = rng.choice(choices)
        taken.add(replacement[surname])
    lower_case_words = set(re.findall(r"\b[a-z]+\b", "\n".join(texts)))
    replace_bare = {surname for surname in originals if surname.lower() not in lower_case_words}
    pattern = re.compile(r"(?<![\w'-])(" + "|".join(map(re.escape, originals)) + r")(?![\w-])")

    def replace(match: re.Match[str]) -> str:
        surname = match.group(1)
        if surname in replace_bare:
            return replacement[surname]
        before = _WORD_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
        if before and (before.group(1) in FIRST_NAMES or before.group(1) in TITLES):
            return replacement[surname]
        return surname

    return [pattern.sub(replace, text) for text in texts]


def random_date(rng: random.Random) -> dt.date:
    return dt.date.fromordinal(rng.randint(FIRST_DATE.toordinal(), LAST_DATE.toordinal()))


def vary(source: SourceText, copy: int, index: int, seed: int) -> ReplicatedArticle:
    """Copy number ``copy`` of ``source``: copy 0 is the original plus a date, later copies vary more."""
    rng = random.Random(f"cuttings-benchmark:{seed}:{source.category}/{source.stem}:{copy}")
    date = random_date(rng)
    headline, paragraphs, council = source.headline, list(source.paragraphs), None
    if copy > 0:
        headline, *paragraphs = substitute_surnames([headline, *paragraphs], rng)
        if rng.random() < COUNCIL_SENTENCE_PROBABILITY:
            council = rng.choice(LOCAL_AUTHORITIES)
            paragraphs.append(COUNCIL_SENTENCE.format(authority=council))
        headline += HEADLINE_SUFFIX.format(copy=copy)
    slug = "-".join(part for part in (source.category, source.stem, str(copy)) if part)
    people = people_named([headline, *paragraphs])
    return ReplicatedArticle(index, slug, headline, date, tuple(paragraphs), people, council)


def replicated_articles(corpus_dir: Path, n: int, seed: int = 0) -> Iterator[ReplicatedArticle]:
    """The N benchmark articles made from the corpus, in output order."""
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    sources = load_sources(corpus_dir)
    random.Random(f"cuttings-benchmark:{seed}:order").shuffle(sources)
    for index in range(n):
        yield vary(sources[index % len(sources)], index // len(sources), index, seed)


def prepare_output(out_dir: Path) -> None:
    """Create ``out_dir``, or take one this module made before; refuse any other non-empty folder."""
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER_FILE).exists():
        raise ValueError(f"{out_dir} is not empty and was not written by benchmarks/corpus.py; refusing")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MARKER_FILE).write_text("written by benchmarks/corpus.py; rewritten on every run\n")


def _write(articles: Iterator[ReplicatedArticle], out_dir: Path, markdown: bool) -> list[Path]:
    """Each article written where its text differs from the file's; articles of an earlier run not in this one
    removed. Files are rewritten in place, not deleted and made again (see ``benchmarks/peers.py:set_aside``)."""
    prepare_output(out_dir)
    written = []
    for article in articles:
        path = out_dir / f"{article.file_stem}{'.md' if markdown else '.txt'}"
        text = article.as_markdown() if markdown else article.as_text()
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    kept = set(written)
    for old in out_dir.iterdir():
        if old.is_file() and old.suffix in (".txt", ".md") and old not in kept:
            old.unlink()
    return written


def replicate(corpus_dir: Path, n: int, out_dir: Path, seed: int = 0) -> list[Path]:
    """Write N raw-text articles (Cuttings' ``.txt`` format) into ``out_dir``; return their paths in order."""
    return _write(replicated_articles(corpus_dir, n, seed), out_dir, markdown=False)


def to_markdown(corpus_dir: Path, n: int, out_dir: Path, seed: int = 0) -> list[Path]:
    """Write the same N articles as ``replicate`` as Markdown with YAML front matter, for Pelican and Hugo."""
    return _write(replicated_articles(corpus_dir, n, seed), out_dir, markdown=True)


@dataclass(frozen=True)
class CorpusSummary:
    articles: int
    distinct_people: int
    distinct_councils: int
    years: tuple[int, int]


def summarise(corpus_dir: Path, n: int, seed: int = 0) -> CorpusSummary:
    """How many people and councils the replicated corpus names (councils: appended sentences only)."""
    people: set[str] = set()
    councils: set[str] = set()
    years: set[int] = set()
    count = 0
    for article in replicated_articles(corpus_dir, n, seed):
        count += 1
        people.update(article.people)
        years.add(article.date.year)
        if article.council:
            councils.add(article.council)
    return CorpusSummary(count, len(people), len(councils), (min(years), max(years)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of source .txt articles")
    parser.add_argument("--n", type=int, required=True, help="number of articles to write")
    parser.add_argument("--out", type=Path, help="folder for the raw-text (.txt) articles")
    parser.add_argument("--markdown", type=Path, help="folder for the same articles as Markdown")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.out is None and args.markdown is None:
        parser.error("give --out, --markdown or both")
    try:
        for folder, markdown in ((args.out, False), (args.markdown, True)):
            if folder is None:
                continue
            started = time.perf_counter()
            writer = to_markdown if markdown else replicate
            paths = writer(args.corpus, args.n, folder, args.seed)
            kind = "Markdown" if markdown else "text"
            print(f"wrote {len(paths)} {kind} articles to {folder} in {time.perf_counter() - started:.1f} s")
        summary = summarise(args.corpus, args.n, args.seed)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(
        f"{summary.articles} articles, {summary.distinct_people} distinct people, "
        f"{summary.distinct_councils} councils in appended sentences, "
        f"dated {summary.years[0]}-{summary.years[1]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
