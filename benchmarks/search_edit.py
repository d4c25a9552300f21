"""What one edit costs the search data: CPU time and files remade, after a new article and after a text edit.

    python benchmarks/search_edit.py --corpus ../shared/corpora/bbc --n 10000 [--work /tmp/search-edit]

The N articles come from ``corpus.replicated_articles`` (seed 0) through the search benchmark's stand-in for
inference (``benchmarks/search.py:catalogue_for``). The search data is made once from scratch (postings saved,
page records remembered), then remade after each edit as a rebuild does: the full-text shards and manifest
(``search_index_pages``, from the last build's postings) and the result texts and names (``search_text_pages``,
through a memo compared with the catalogue before). Each edit starts from the first build's state, ``--repeat``
times (the fastest is reported, as the machine may be shared). Reported per edit and part: CPU seconds of this
process (``time.process_time``, gzip included; the catalogues' objects frozen out of the collector's sight, as in
a build) and files made of all files. Edits:

* ``new article``: a copy of the middle article's text under a new headline, quoting a person nobody else names;
* ``text edit``: a paragraph naming nobody appended to the middle article.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.search import catalogue_for
from cuttings.link import build_catalogue
from cuttings.memo import Changes, Memo
from cuttings.model import Article, Catalogue, Page, Paragraph, PersonMention
from cuttings.search import search_index_pages, search_text_pages
from cuttings.search.incremental import PostingsFile


def article_keys(catalogue: Catalogue) -> dict[str, str]:
    """What a build's inference cache keys are to the search: one per source file, changing with its text."""
    return {entry.article.source_file: f"{entry.article.content_hash}:{len(entry.article.body)}"
            for entry in catalogue.articles.values()}


def with_new_article(articles: list[Article]) -> list[Article]:
    middle = articles[len(articles) // 2]
    name = "Imogen Quennell"
    paragraphs = (*middle.paragraphs, Paragraph(f'"We will listen," said Councillor {name}.'))
    added = dataclasses.replace(middle, source_file="added-" + middle.source_file, content_hash="added",
                                title=f"{name} speaks on the plans", paragraphs=paragraphs,
                                body="\n\n".join(p.text for p in paragraphs),
                                people=(*middle.people, PersonMention(name)))
    return [*articles, added]


def with_text_edit(articles: list[Article]) -> list[Article]:
    position = len(articles) // 2
    middle = articles[position]
    paragraphs = (*middle.paragraphs, Paragraph("The meeting ended shortly after nine in the evening."))
    edited = dataclasses.replace(middle, content_hash=middle.content_hash + "+", paragraphs=paragraphs,
                                 body="\n\n".join(p.text for p in paragraphs))
    return [*articles[:position], edited, *articles[position + 1:]]


def timed(pages: Callable[[], Iterator[Page]]) -> tuple[float, int, int, int]:
    """CPU seconds to make every page, pages made, pages in all, bytes of the pages made."""
    start = time.process_time()
    made = total = size = 0
    for page in pages():
        total += 1
        made += not page.reused
        size += len(page.content)
    return time.process_time() - start, made, total, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="search-edit-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"corpus {args.corpus}, n {args.n}, seed 0, work {work}", flush=True)
    catalogue = catalogue_for(args.corpus, args.n)
    articles = [entry.article for entry in catalogue.articles.values()]
    # As the build does once the catalogue is made (cuttings/pipeline.py): a full collection over the catalogue's
    # objects, whenever one falls due, would be charged to whatever part allocates then.
    gc.collect()
    gc.freeze()
    first = work / "first"
    shutil.rmtree(first, ignore_errors=True)
    first.mkdir()
    memo = Memo("scope")
    seconds, _, total, size = timed(lambda: search_index_pages(
        catalogue, article_keys(catalogue), PostingsFile(first / "postings", "a", None)))
    print(f"first build: index {seconds:.2f} s CPU, {total} files, {size:,} bytes", flush=True)
    seconds, _, total, size = timed(lambda: search_text_pages(catalogue, memo))
    print(f"first build: texts and names {seconds:.2f} s CPU, {total} files, {size:,} bytes", flush=True)
    for label, change in (("new article", with_new_article), ("text edit", with_text_edit)):
        after = build_catalogue(change(articles))
        gc.collect()
        gc.freeze()
        state = work / label.replace(" ", "-")
        index_runs, text_runs = [], []
        for _ in range(args.repeat):
            shutil.rmtree(state, ignore_errors=True)
            shutil.copytree(first, state)
            postings = PostingsFile(state / "postings", "b", "a")
            index_runs.append(timed(lambda: search_index_pages(after, article_keys(after), postings)))  # noqa: B023
            again = Memo("scope", previous=memo.records, paths=memo.paths)
            again.compare(Changes(catalogue, after))
            text_runs.append(timed(lambda: search_text_pages(after, again)))  # noqa: B023
        index, texts = min(index_runs), min(text_runs)
        print(f"{label}: index {index[0]:.2f} s CPU (of {args.repeat}: "
              f"{', '.join(f'{run[0]:.2f}' for run in index_runs)}), {index[1]} of {index[2]} files made; "
              f"texts and names {texts[0]:.2f} s CPU ({', '.join(f'{run[0]:.2f}' for run in text_runs)}), "
              f"{texts[1]} of {texts[2]} files made", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
