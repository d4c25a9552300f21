"""Cuttings at scale against Pelican and Hugo: cold, warm and one-edit builds of N replicated articles.

    python benchmarks/scale.py --corpus ../shared/corpora/bbc --n 10000

Replicates the corpus to N articles with ``benchmarks/corpus.py`` (raw text for Cuttings, the same articles
as Markdown for the peers; README.md states the rules), then measures, in one run:

* Cuttings, run as ``python build.py --content ... --output ... --quiet`` in a child process so its peak RSS
  is its own: a cold build (empty cache), a warm rebuild (nothing changed), and a rebuild after one article
  was edited (how long, and how many output files were rewritten);
* Pelican and Hugo building the Markdown articles (``benchmarks/peers.py``);

and prints a table with the Cuttings/Pelican and Cuttings/Hugo ratios. ``--readme`` writes that table, with
the machine it ran on, under the "Scale" heading of benchmarks/README.md. ``--sizes-only`` builds Cuttings once,
from the inference cache an earlier run left in the working folder if there is one, beside the peers, and gives
the bytes and files per article by part alone (``--readme``: under "Size"): sizes do not depend on the cache or
the load, and a cold build of 50,000 articles infers for an hour.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import replicate, to_markdown
from benchmarks.peers import (
    PeerError,
    PeerResult,
    build_hugo,
    build_pelican,
    empty_set_aside,
    folder_size,
    peer_version,
    run_measured,
    set_aside,
)
from benchmarks.sizes import (
    BUDGET_BYTES_PER_ARTICLE,
    BUDGET_FILES_PER_ARTICLE,
    BUDGET_PAGE_BYTES,
    PARTS,
    Breakdown,
    breakdown,
    corpus_provenance,
    peer_part_of,
)

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_WORK_DIR = REPOSITORY / "benchmarks" / "work" / "scale"
README = REPOSITORY / "benchmarks" / "README.md"
SCALE_HEADING = "## Scale"
SIZE_HEADING = "## Size"
SIZE_INTRO = ("Bytes and files per article by part, written by `python benchmarks/scale.py ... --readme` for each N "
              "(`benchmarks/sizes.py` sorts the files into parts; `python benchmarks/sizes.py SITE` does it for any "
              "built site).")
EDIT_SENTENCE = "\n\nA council spokesperson said the figures would be reviewed at the next meeting.\n"
"""Appended to one article for the one-edit rebuild: a new paragraph, nobody new named."""


@dataclass(frozen=True)
class CuttingsRun:
    seconds: float
    cpu_seconds: float
    peak_rss_bytes: int
    files_rewritten: int
    """Output files whose inode or modification time changed (new, rewritten or removed)."""


@dataclass(frozen=True)
class CuttingsResult:
    cold: CuttingsRun
    warm: CuttingsRun
    edit: CuttingsRun
    output_bytes: int
    files: int
    search_bytes: int
    parts: Breakdown


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Relative path -> (inode, mtime_ns) of every file, to count what a build rewrote."""
    found: dict[str, tuple[int, int]] = {}
    for parent, _folders, names in os.walk(folder):
        for name in names:
            status = os.lstat(os.path.join(parent, name))
            found[os.path.relpath(os.path.join(parent, name), folder)] = (status.st_ino, status.st_mtime_ns)
    return found


def rewritten(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> int:
    return sum(1 for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def run_cuttings(content: Path, output: Path, cache: Path, log: Path) -> CuttingsRun:
    before = stamps(output) if output.exists() else {}
    command = [sys.executable, str(REPOSITORY / "build.py"), "--content", str(content), "--output", str(output),
               "--cache-dir", str(cache)]
    # Not --quiet: the summary, with each stage's time, goes to the log; no bar is drawn into a file.
    try:
        run = run_measured(command, REPOSITORY, log)
    except PeerError as error:
        raise SystemExit(f"Cuttings build failed: {error}") from error
    return CuttingsRun(run.seconds, run.cpu_seconds, run.peak_rss_bytes, rewritten(before, stamps(output)))


def edit_one_article(content: Path) -> Path:
    """Append a paragraph to the article in the middle of the folder; the path edited."""
    articles = sorted(content.glob("*.txt"))
    chosen = articles[len(articles) // 2]
    with chosen.open("a", encoding="utf-8") as file:
        file.write(EDIT_SENTENCE)
    return chosen


def measure_cuttings(content: Path, work: Path) -> CuttingsResult:
    output, cache = work / "site", work / "cache"
    for folder in (output, cache):
        set_aside(folder, work)
    say("Cuttings: cold build (empty cache) ...")
    cold = run_cuttings(content, output, cache, work / "cuttings-cold.log")
    say(f"Cuttings: cold build {cold.seconds:.1f} s, peak RSS {cold.peak_rss_bytes / 2**20:.0f} MiB")
    say("Cuttings: warm rebuild (nothing changed) ...")
    warm = run_cuttings(content, output, cache, work / "cuttings-warm.log")
    say(f"Cuttings: warm rebuild {warm.seconds:.1f} s, {warm.files_rewritten} files rewritten")
    edited = edit_one_article(content)
    say(f"Cuttings: rebuild after editing {edited.name} ...")
    edit = run_cuttings(content, output, cache, work / "cuttings-edit.log")
    say(f"Cuttings: one-edit rebuild {edit.seconds:.1f} s, {edit.files_rewritten} files rewritten")
    output_bytes, files = folder_size(output)
    search_bytes, _ = folder_size(output / "search") if (output / "search").exists() else (0, 0)
    return CuttingsResult(cold, warm, edit, output_bytes, files, search_bytes, breakdown(output))


def measure_peer(name: str, build: Callable[[Path, Path], PeerResult], markdown: Path, work: Path) -> PeerResult | None:
    say(f"{name}: building ...")
    try:
        result = build(markdown, work / name.lower())
    except PeerError as error:
        say(f"{name}: FAILED: {error}")
        return None
    say(f"{name}: {result.seconds:.1f} s, peak RSS {result.peak_rss_bytes / 2**20:.0f} MiB")
    return result


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    system = f"{platform.system()} {platform.release()}"
    return f"{cores} CPUs ({model}){memory}, {system}, Python {platform.python_version()}"


def mib(value: int) -> str:
    return f"{value / 2**20:,.0f}"


def ratio(ours: float, theirs: float | None) -> str:
    return f"{ours / theirs:.2f}" if theirs else "-"


def table(result: CuttingsResult, pelican: PeerResult | None, hugo: PeerResult | None) -> list[str]:
    p_secs = pelican.seconds if pelican else None
    h_secs = hugo.seconds if hugo else None
    p_warm, h_warm = (pelican.warm_seconds if pelican else None), (hugo.warm_seconds if hugo else None)
    p_edit, h_edit = (pelican.edit_seconds if pelican else None), (hugo.edit_seconds if hugo else None)

    def peer(value: float | None, fmt: str = "{:.1f}") -> str:
        return fmt.format(value) if value is not None else "-"

    peak = max(result.cold.peak_rss_bytes, result.warm.peak_rss_bytes, result.edit.peak_rss_bytes)
    rows = [
        ("Cold build, s (empty cache, inference included)", f"{result.cold.seconds:.1f}", peer(p_secs), peer(h_secs),
         ratio(result.cold.seconds, p_secs), ratio(result.cold.seconds, h_secs)),
        ("Warm rebuild, s (nothing changed; each its own)", f"{result.warm.seconds:.1f}", peer(p_warm), peer(h_warm),
         ratio(result.warm.seconds, p_warm), ratio(result.warm.seconds, h_warm)),
        ("Rebuild after editing one article, s (each its own)", f"{result.edit.seconds:.1f}", peer(p_edit),
         peer(h_edit), ratio(result.edit.seconds, p_edit), ratio(result.edit.seconds, h_edit)),
        ("Files rewritten by the one-article edit", f"{result.edit.files_rewritten:,} of {result.files:,}",
         peer(pelican.files if pelican else None, "{:,}"), peer(hugo.files if hugo else None, "{:,}"), "", ""),
        ("CPU of the cold build, s", f"{result.cold.cpu_seconds:.1f}", peer(pelican.cpu_seconds if pelican else None),
         peer(hugo.cpu_seconds if hugo else None), "", ""),
        ("Peak RSS, MiB", mib(peak), mib(pelican.peak_rss_bytes) if pelican else "-",
         mib(hugo.peak_rss_bytes) if hugo else "-",
         ratio(peak, pelican.peak_rss_bytes if pelican else None), ratio(peak, hugo.peak_rss_bytes if hugo else None)),
        ("Output, MiB", f"{result.output_bytes / 2**20:,.1f}", peer(pelican.output_bytes / 2**20 if pelican else None),
         peer(hugo.output_bytes / 2**20 if hugo else None), "", ""),
        ("Output files", f"{result.files:,}", peer(pelican.files if pelican else None, "{:,}"),
         peer(hugo.files if hugo else None, "{:,}"), "", ""),
        ("Search index, MiB", f"{result.search_bytes / 2**20:,.1f}", "-", "-", "", ""),
    ]
    lines = ["| Measure | Cuttings | Pelican | Hugo | Cuttings/Pelican | Cuttings/Hugo |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def size_table(n: int, ours: Breakdown, peers: dict[str, Breakdown]) -> list[str]:
    """Bytes and files per article by part, Cuttings beside the peers (their people are Pelican's tags and
    Hugo's taxonomy pages; neither has search, council pages or a data export)."""
    columns = [("Cuttings", ours), *peers.items()]
    lines = ["| Part | " + " | ".join(f"{name} bytes/article | {name} files/article" for name, _ in columns) + " |",
             "| --- |" + " ---: | ---: |" * len(columns)]
    for part in (*PARTS, "total"):
        cells = []
        for _, found in columns:
            part_bytes = found.total_bytes if part == "total" else found.bytes_by_part[part]
            part_files = found.total_files if part == "total" else found.files_by_part[part]
            cells += [f"{part_bytes / n:,.0f}", f"{part_files / n:.2f}"]
        lines.append(f"| {'**total**' if part == 'total' else part} | " + " | ".join(cells) + " |")
    largest, path = ours.largest_html
    per_article, files = ours.total_bytes / n, ours.total_files / n
    lines += ["", f"Budget (issue 16): at most {BUDGET_BYTES_PER_ARTICLE:,} bytes and {BUDGET_FILES_PER_ARTICLE} files "
              f"per article, no HTML page over {BUDGET_PAGE_BYTES:,} bytes. Cuttings: {per_article:,.0f} bytes "
              f"({'within' if per_article <= BUDGET_BYTES_PER_ARTICLE else 'OVER'}), {files:.2f} files "
              f"({'within' if files <= BUDGET_FILES_PER_ARTICLE else 'OVER'}); largest HTML page {largest:,} bytes, "
              f"`{path}` ({'within' if largest <= BUDGET_PAGE_BYTES else 'OVER'})."]
    return lines


def write_size_readme(n: int, subsection: str) -> None:
    """Replace this N's subsection under the "Size" heading of benchmarks/README.md, keeping the other N's."""
    text = README.read_text(encoding="utf-8")
    start = text.find(f"\n{SIZE_HEADING}\n")
    if start == -1:
        text = text.rstrip("\n") + f"\n\n{SIZE_HEADING}\n\n{SIZE_INTRO}\n"
        start = text.find(f"\n{SIZE_HEADING}\n")
    end = text.find("\n## ", start + 1)
    end = len(text) if end == -1 else end
    section = text[start:end]
    marker = f"\n### {n:,} articles\n"
    at = section.find(marker)
    if at == -1:
        section = section.rstrip("\n") + "\n\n" + subsection
    else:
        following = section.find("\n### ", at + 1)
        section = section[:at + 1] + subsection + (section[following:] if following != -1 else "")
    text = text[:start] + section.rstrip("\n") + "\n" + text[end:]
    README.write_text(text, encoding="utf-8")


def write_readme(section: str) -> None:
    """Replace the Scale section of benchmarks/README.md (up to the next ``## `` heading), or append it."""
    text = README.read_text(encoding="utf-8")
    start = text.find(f"\n{SCALE_HEADING}\n")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[: start + 1] + section + (text[end:] if end != -1 else "")
    README.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of source .txt articles")
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK_DIR, help=f"working folder ({DEFAULT_WORK_DIR})")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-peers", action="store_true", help="measure Cuttings only")
    parser.add_argument("--readme", action="store_true", help="write the table into benchmarks/README.md")
    parser.add_argument("--sizes-only", action="store_true",
                        help="build Cuttings once, with WORK/cache if an earlier run left one (the sizes do not depend "
                             "on it), beside the peers, and give (and with --readme write) the Size table alone")
    args = parser.parse_args(argv)
    work: Path = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    started = dt.datetime.now(dt.UTC)
    load_before = os.getloadavg()
    say(f"Replicating {args.corpus} to {args.n:,} articles (text and Markdown) in {work} ...")
    replicate(args.corpus, args.n, work / "content", args.seed)
    to_markdown(args.corpus, args.n, work / "markdown", args.seed)
    result = None
    if args.sizes_only:
        set_aside(work / "site", work)
        say("Cuttings: building (sizes only) ...")
        run_cuttings(work / "content", work / "site", work / "cache", work / "cuttings-sizes.log")
        ours = breakdown(work / "site")
    else:
        result = measure_cuttings(work / "content", work)
        ours = result.parts
    pelican = hugo = None
    peer_parts: dict[str, Breakdown] = {}
    if not args.skip_peers:
        pelican = measure_peer("Pelican", build_pelican, work / "markdown", work)
        if pelican is not None:
            peer_parts["Pelican"] = breakdown(work / "pelican" / "output", peer_part_of)
        hugo = measure_peer("Hugo", build_hugo, work / "markdown", work)
        if hugo is not None:
            peer_parts["Hugo"] = breakdown(work / "hugo" / "public", peer_part_of)
    load_after = os.getloadavg()
    for folder in (work, work / "pelican", work / "hugo"):
        empty_set_aside(folder)

    lines = table(result, pelican, hugo) if result is not None else []
    sizes = size_table(args.n, ours, peer_parts)
    heading = (f"{args.n:,} articles replicated from `{args.corpus.name}` (seed {args.seed}; "
               f"{corpus_provenance(args.corpus, args.seed)}), "
               f"{started:%d %B %Y %H:%M} UTC. Machine: {machine()}. Load average "
               f"{load_before[0]:.1f} before, {load_after[0]:.1f} after. Pelican {peer_version('pelican')}, "
               f"Hugo {peer_version('hugo')}.")
    print()
    print(heading)
    print()
    print("\n".join(lines))
    print()
    print("\n".join(sizes))
    if args.readme and result is None:
        write_size_readme(args.n, f"### {args.n:,} articles\n\nMeasured with `python benchmarks/scale.py --corpus "
                          f"{args.corpus} --n {args.n} --sizes-only --readme` (one build; no timings).\n\n{heading}\n\n"
                          + "\n".join(sizes) + "\n")
        say(f"Wrote the size table into {README}")
    elif args.readme:
        write_readme(f"{SCALE_HEADING}\n\nMeasured with `python benchmarks/scale.py --corpus {args.corpus} "
                     f"--n {args.n} --readme`.\n\n{heading}\n\n" + "\n".join(lines) + "\n")
        write_size_readme(args.n, f"### {args.n:,} articles\n\n{heading}\n\n" + "\n".join(sizes) + "\n")
        say(f"Wrote the table into {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
