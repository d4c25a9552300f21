"""Where a built site's bytes and files go, by part, and per article.

    python benchmarks/sizes.py SITE_FOLDER [--articles N]

Parts as ``cuttings/budget.py`` has them: ``articles`` (article pages and the article index), ``people`` and
``councils`` (their pages and indexes), ``search`` (everything under ``search/``), ``feeds`` (every feed),
``data`` (the export under ``data/``), and ``other`` (static files, home page, 404,
sitemap). Also the largest HTML page, against the 100 KB a page may weigh (issue 16).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `cuttings` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cuttings.budget import PARTS, part_of

BUDGET_BYTES_PER_ARTICLE = 10_000
BUDGET_FILES_PER_ARTICLE = 2.5
BUDGET_PAGE_BYTES = 100_000


@dataclass
class Breakdown:
    bytes_by_part: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PARTS, 0))
    files_by_part: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PARTS, 0))
    largest_html: tuple[int, str] = (0, "")

    @property
    def total_bytes(self) -> int:
        return sum(self.bytes_by_part.values())

    @property
    def total_files(self) -> int:
        return sum(self.files_by_part.values())


def peer_part_of(relative: str) -> str:
    """The part of a Pelican or Hugo site (``benchmarks/peers.py``) a file counts towards: people are Pelican's
    tags and Hugo's ``people`` taxonomy; Pelican writes an article as ``<slug>.html`` at the root."""
    name = relative.rsplit("/", 1)[-1]
    top = relative.split("/", 1)[0]
    if name.endswith(".xml") and name != "sitemap.xml":
        return "feeds"
    if top in ("tag", "people"):
        return "people"
    if top == "articles" or ("/" not in relative and name.endswith(".html")
                             and not name.startswith(("index", "archives", "authors", "categories", "tags", "404"))):
        return "articles"
    return "other"


def breakdown(site: Path, part_for: Callable[[str], str] = part_of) -> Breakdown:
    """Bytes and files of ``site`` by part; ``part_for``: ``part_of`` for Cuttings, ``peer_part_of`` for a peer."""
    found = Breakdown()
    for parent, _folders, names in os.walk(site):
        for name in names:
            path = os.path.join(parent, name)
            size = os.lstat(path).st_size
            relative = os.path.relpath(path, site).replace(os.sep, "/")
            part = part_for(relative)
            found.bytes_by_part[part] += size
            found.files_by_part[part] += 1
            if name.endswith(".html") and size > found.largest_html[0]:
                found.largest_html = (size, relative)
    return found


def per_article_rows(found: Breakdown, articles: int) -> list[tuple[str, str, str, str]]:
    """(part, bytes per article, files per article, share of bytes) for each part and the total."""
    rows = []
    total = max(1, found.total_bytes)
    for part in PARTS:
        part_bytes, part_files = found.bytes_by_part[part], found.files_by_part[part]
        rows.append((part, f"{part_bytes / articles:,.0f}", f"{part_files / articles:.2f}",
                     f"{100 * part_bytes / total:.0f}%"))
    rows.append(("total", f"{found.total_bytes / articles:,.0f}", f"{found.total_files / articles:.2f}", "100%"))
    return rows


def corpus_provenance(corpus: Path, seed: int) -> str:
    """The replicated corpus pinned: its generator (``benchmarks/corpus.py``, by digest), the seed, and the source
    (its folder, file count and a digest of every source file's path and bytes)."""
    generator = hashlib.sha256((Path(__file__).parent / "corpus.py").read_bytes()).hexdigest()[:12]
    digest = hashlib.sha256()
    sources = sorted(corpus.rglob("*.txt"))
    for path in sources:
        digest.update(path.relative_to(corpus).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return (f"generator benchmarks/corpus.py sha256 {generator}, seed {seed}, source `{corpus.name}` "
            f"({len(sources):,} files, sha256 {digest.hexdigest()[:12]})")


def report(found: Breakdown, articles: int) -> str:
    lines = ["| Part | Bytes per article | Files per article | Share |", "| --- | ---: | ---: | ---: |"]
    lines += ["| " + " | ".join(row) + " |" for row in per_article_rows(found, articles)]
    size, path = found.largest_html
    lines.append("")
    lines.append(f"Total {found.total_bytes / 2**20:,.1f} MiB in {found.total_files:,} files for {articles:,} "
                 f"articles; largest HTML page {size / 1000:,.1f} KB ({path}).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--articles", type=int, help="articles in the site (default: the article pages counted)")
    args = parser.parse_args(argv)
    articles = args.articles or sum(1 for _ in (args.site / "articles").glob("*/index.html"))
    print(report(breakdown(args.site), max(1, articles)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
