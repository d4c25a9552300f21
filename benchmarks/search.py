"""Search at scale, measured in headless Chromium: bytes before the first answer, and keystroke latency.

    python benchmarks/search.py --corpus ../shared/corpora/bbc --n 1000 10000 50000 [--work /tmp/search-bench]

For each N the articles come from ``corpus.replicated_articles`` and go straight into a Catalogue with a cheap
stand-in for inference: people are the corpus generator's "Firstname Surname" names and the council is the one
its council sentence names. That measures search, not extraction (spaCy over 50,000 articles takes hours).
Only the search data, the home page, the search page, the article pages (snippets are cut from them) and the
static files are written; they are served by Cuttings' own preview server (no compression), and every byte it
sends is counted at the server. Each measurement uses a new browser context, so the cache is cold.

Misspelt names: every person with at least two articles and a surname of four letters or more is typed into
the box as "Firstname Surname" with one random edit in the surname (a letter deleted, added, changed, or two
neighbours swapped; fixed seed), and the box's own lookup (``CuttingsNames.lookup``) answers, each lookup as on a
newly opened page (so within the bytes a cold page may read).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import random
import resource
import shutil
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import replicated_articles
from cuttings import urls
from cuttings.link import build_catalogue
from cuttings.model import Article, Catalogue, Paragraph, PersonMention
from cuttings.pipeline import DEFAULT_STATIC, DEFAULT_TEMPLATES
from cuttings.render import SiteRenderer, make_environment
from cuttings.search import search_pages
from cuttings.search.text import name_keys
from cuttings.serve import SiteRequestHandler, make_server

CHROMIUM = "/usr/bin/chromium"
WORDS = ["government", "election", "music", "economy", "police", "football", "prices", "technology"]


def catalogue_for(corpus: Path, n: int) -> Catalogue:
    articles = []
    for item in replicated_articles(corpus, n):
        articles.append(Article(
            source_file=f"{item.file_stem}.txt", content_hash=hashlib.sha256(item.file_stem.encode()).hexdigest(),
            title=item.title, date=item.date, source=None, body_format="text",
            body="\n\n".join(item.paragraphs), paragraphs=tuple(Paragraph(p) for p in item.paragraphs),
            people=tuple(PersonMention(name) for name in item.people),
            councils=(item.council,) if item.council else (),
        ))
    return build_catalogue(articles)


@dataclass
class BuildFigures:
    seconds: float
    rss_before_mb: float
    """Resident memory with the catalogue loaded, before the search data is built."""
    peak_rss_mb: float
    files: int
    bytes: int
    gzip_bytes: int
    people: int
    councils: int


def write_site(catalogue: Catalogue, out: Path) -> BuildFigures:
    if out.exists():
        shutil.rmtree(out)
    renderer = SiteRenderer(catalogue, make_environment(DEFAULT_TEMPLATES), "Cuttings", "/")
    for page in [renderer.page_from("index.html", "", renderer.home_context),
                 renderer.page_from("search.html", "search/", dict)]:
        write_page(out, page.path, page.content)
    slugs = list(catalogue.articles)
    # A result's snippet is cut from its article's page (static/js/search-worker.js): those are served too.
    for page in renderer.article_pages(slugs, 0, len(slugs)):
        write_page(out, page.path, page.content)
    rss_before = current_rss_mb()
    files = size = zipped = 0
    started = time.perf_counter()
    for page in search_pages(catalogue):  # written as they come, as the real build's writer does
        write_page(out, page.path, page.content)
        files += 1
        size += len(page.content)
        zipped += len(gzip.compress(page.content, 6))
    seconds = time.perf_counter() - started
    shutil.copytree(DEFAULT_STATIC, out / "static")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BuildFigures(seconds, rss_before, peak, files, size, zipped, len(catalogue.people), len(catalogue.councils))


def write_page(out: Path, relative: str, content: bytes) -> None:
    path = out / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def current_rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class CountingHandler(SiteRequestHandler):
    served: ClassVar[list[tuple[str, int, int]]] = []
    """(path, bytes sent, bytes gzip would send) for every file served."""

    def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
        data = source.read()
        outputfile.write(data)
        CountingHandler.served.append((self.path, len(data), len(gzip.compress(data, 6))))


@dataclass
class Measure:
    bytes: list[int] = field(default_factory=list)
    gzip_bytes: list[int] = field(default_factory=list)
    files: list[int] = field(default_factory=list)


def served_totals() -> tuple[int, int, int]:
    served = CountingHandler.served
    return sum(s[1] for s in served), sum(s[2] for s in served), len(served)


def wait_for_query(page, selector: str, value: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_function("([s, v]) => { const e = document.querySelector(s); return e && e.dataset.query === v; }",
                           arg=[selector, value], timeout=60_000)


EDITS = ("deletion", "insertion", "substitution", "transposition")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def misspelt(word: str, kind: str, rng: random.Random) -> str:
    """``word`` with one edit of ``kind`` at a random place (a swap of two different neighbouring letters)."""
    if kind == "deletion":
        at = rng.randrange(len(word))
        return word[:at] + word[at + 1:]
    if kind == "insertion":
        at = rng.randrange(len(word) + 1)
        return word[:at] + rng.choice(LETTERS) + word[at:]
    pairs = [at for at in range(len(word) - 1) if word[at].lower() != word[at + 1].lower()]
    if kind == "transposition" and pairs:
        at = rng.choice(pairs)
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    at = rng.randrange(len(word))
    return word[:at] + rng.choice(LETTERS.replace(word[at].lower(), "")) + word[at + 1:]


@dataclass(frozen=True)
class Misspelling:
    typed: str
    kind: str
    url: str
    """The person's page, as the suggestions give it."""


def misspellings(catalogue: Catalogue) -> list[Misspelling]:
    """One misspelling of every person with two articles or more and a surname of four letters or more."""
    rng = random.Random(f"search-recall:{len(catalogue.articles)}")
    found = []
    for person in sorted(catalogue.people.values(), key=lambda p: p.slug):
        words = person.name.split()
        if len(person.articles) < 2 or len(words) < 2 or len(name_keys(words[-1])) != 1 \
                or len(name_keys(words[-1])[0]) < 4:
            continue
        kind = rng.choice(EDITS)
        typed = " ".join([*words[:-1], misspelt(words[-1], kind, rng)])
        found.append(Misspelling(typed, kind, urls.person_path(person.slug)))
    return found


RECALL = """async (queries) => {
  const found = [];
  for (const query of queries) {
    CuttingsNames.forget();  // each as on a newly opened page (files come from the HTTP cache)
    const shown = await CuttingsNames.lookup(query);
    found.push(shown.slice(0, 5).map(s => s.url));
  }
  return found;
}"""


def recall(page, names: list[Misspelling]) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    """Edit kind (and "all") -> [names, right person in the first five, first suggestion someone else, none]."""
    table = {kind: [0, 0, 0, 0] for kind in (*EDITS, "all")}
    for start in range(0, len(names), 500):
        chunk = names[start:start + 500]
        answers = page.evaluate(RECALL, [name.typed for name in chunk])
        for name, shown in zip(chunk, answers, strict=True):
            for row in (table[name.kind], table["all"]):
                row[0] += 1
                row[1] += name.url in shown
                row[2] += bool(shown) and shown[0] != name.url
                row[3] += not shown
    return table


def measure(site: Path, catalogue: Catalogue, samples: int, with_recall: bool = True) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    handler = type("Handler", (CountingHandler,), {"base_url": "/"})
    server = make_server(site, 0, "/", verbose=False)
    server.RequestHandlerClass = lambda *a, **k: handler(*a, directory=str(site), **k)  # type: ignore[assignment]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    rng = random.Random(f"search-benchmark:{len(catalogue.articles)}")
    people = [p for p in catalogue.people.values() if p.articles]
    surnames = [p.name.split()[-1] for p in rng.sample(people, min(samples, len(people)))]
    wrong = misspellings(catalogue)
    typos = [name.typed for name in rng.sample(wrong, min(samples, len(wrong)))]
    names, misspelt_names, words = Measure(), Measure(), Measure()
    first_pass: list[float] = []
    warm: list[float] = []
    snippets_first: list[float] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for surname in surnames:
            context = browser.new_context()
            page = context.new_page()
            CountingHandler.served.clear()
            page.goto(base)
            page.fill("input.search-input >> nth=0", surname)
            wait_for_query(page, ".name-suggestions", surname)
            page.wait_for_selector(".name-suggestion")
            total, zipped, files = served_totals()
            names.bytes.append(total)
            names.gzip_bytes.append(zipped)
            names.files.append(files)
            context.close()
        for typed in typos:
            context = browser.new_context()
            page = context.new_page()
            CountingHandler.served.clear()
            page.goto(base)
            page.fill("input.search-input >> nth=0", typed)
            wait_for_query(page, ".name-suggestions", typed)
            total, zipped, files = served_totals()
            misspelt_names.bytes.append(total)
            misspelt_names.gzip_bytes.append(zipped)
            misspelt_names.files.append(files)
            context.close()
        table: dict[str, list[int]] = {}
        recall_seconds = 0.0
        if with_recall:
            context = browser.new_context()
            page = context.new_page()
            page.goto(base)
            started = time.perf_counter()
            table = recall(page, wrong)
            recall_seconds = time.perf_counter() - started
            context.close()
        for word in WORDS[:samples]:
            context = browser.new_context()
            page = context.new_page()
            CountingHandler.served.clear()
            page.goto(base + "search/")
            page.wait_for_function("() => document.body.dataset.searchReady === 'true'")
            page.fill("#search-page-input", word)
            wait_for_query(page, "#search-results", word)
            page.wait_for_selector("#search-results li")
            # The first results as a reader sees them: with their snippets, cut from the article pages.
            page.wait_for_function("w => document.getElementById('search-results').dataset.snippets === w", arg=word)
            total, zipped, files = served_totals()
            words.bytes.append(total)
            words.gzip_bytes.append(zipped)
            words.files.append(files)
            for timings in (first_pass, warm):
                for end in range(1, len(word) + 1):
                    to_results, to_snippets = page.evaluate(KEYSTROKE, word[:end])
                    timings.append(to_results)
                    if timings is first_pass:
                        snippets_first.append(to_snippets)
            context.close()
        browser.close()
    server.shutdown()
    server.server_close()
    return {"names": names, "misspelt": misspelt_names, "words": words, "keystroke_first": first_pass,
            "keystroke_warm": warm, "snippets_first": snippets_first, "recall": table, "recall_seconds": recall_seconds}


KEYSTROKE = """(text) => new Promise((resolve) => {
  const input = document.getElementById('search-page-input');
  const list = document.getElementById('search-results');
  const started = performance.now();
  let toResults = null;
  const observer = new MutationObserver(() => {
    if (toResults === null && list.dataset.query === text) { toResults = performance.now() - started; }
    if (toResults !== null && list.dataset.snippets === text) {
      observer.disconnect();
      resolve([toResults, performance.now() - started]);
    }
  });
  observer.observe(list, { attributes: true, attributeFilter: ['data-query', 'data-snippets'] });
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
})"""
"""Milliseconds from an input event to the results list showing that text's results (the worker round trip,
any shard and result-text fetches, and the DOM update), and to their snippets (after the article pages)."""


def kb(values: list[int]) -> str:
    return f"{statistics.median(values) / 1024:.0f} KB (max {max(values) / 1024:.0f})"


def print_recall(n: int, table: dict[str, list[int]], seconds: float) -> None:
    print(f"N={n}: misspelt names, {table['all'][0]:,} looked up in {seconds:.0f} s")
    print("| Articles | Edit in the surname | Names | Right person in first five | First suggestion someone else |"
          " No suggestion |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for kind, (tried, top5, wrong_first, none) in table.items():
        shares = " | ".join(f"{100 * count / tried:.1f}%" if tried else "-" for count in (top5, wrong_first, none))
        print(f"| {n:,} | {kind} | {tried:,} | {shares} |", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/cuttings-search-bench"))
    parser.add_argument("--samples", type=int, default=8)
    parser.add_argument("--no-recall", action="store_true",
                        help="skip the misspelt-names recall table (most of the time at 50,000 articles)")
    args = parser.parse_args(argv)
    rows = []
    for n in args.n:
        started = time.perf_counter()
        catalogue = catalogue_for(args.corpus, n)
        print(f"N={n}: catalogue in {time.perf_counter() - started:.1f} s", flush=True)
        figures = write_site(catalogue, args.work / str(n))
        print(f"N={n}: {figures}", flush=True)
        result = measure(args.work / str(n), catalogue, args.samples, with_recall=not args.no_recall)
        names, words, typos = result["names"], result["words"], result["misspelt"]
        row = (f"| {n:,} | {figures.people:,} | {kb(names.bytes)} / {kb(names.gzip_bytes)} gz | "
               f"{kb(typos.bytes)} / {kb(typos.gzip_bytes)} gz | "
               f"{kb(words.bytes)} / {kb(words.gzip_bytes)} gz | "
               f"{statistics.median(result['keystroke_first']):.0f} ms / "
               f"{statistics.median(result['keystroke_warm']):.0f} ms "
               f"(snippets {statistics.median(result['snippets_first']):.0f} ms) | "
               f"{figures.seconds:.0f} s, {figures.rss_before_mb:.0f} → {figures.peak_rss_mb:.0f} MB | "
               f"{figures.files:,} files, "
               f"{figures.bytes / 1e6:.0f} MB ({figures.gzip_bytes / 1e6:.0f} MB gz) |")
        print(row, flush=True)
        print(f"N={n}: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
        rows.append(row)
        if result["recall"]:
            print_recall(n, result["recall"], result["recall_seconds"])
    print("| Articles | People | Name query: bytes to first suggestion | Misspelt name: bytes to suggestions |"
          " Word query: bytes to first results |"
          " Keystroke to results, median (first typing / again; first typing to snippets) |"
          " Search build (time, RSS before → peak) |"
          " Search data |")
    print("| ---: | ---: | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
