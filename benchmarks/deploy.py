"""A GitHub Pages deploy of N articles, run locally: the workflow's build step, first with no cache, then as a
later push that adds one article, after the cache step restored ``.cuttings-cache/`` and ``site/``.

    python benchmarks/deploy.py --corpus ../shared/corpora/bbc --n 10000

The build step's command is read from ``.github/workflows/pages.yml`` (its Pages variables set for a project
site). ``actions/cache`` saves and restores its folders with GNU tar in POSIX format, which keeps modification
times to the nanosecond but not inode numbers or change times; the restore here does the same (``tar --posix``),
into a fresh copy of the checkout at the same path, as a new runner has. (Python's tarfile keeps times to the
second only: the build would then find the output changed and render every page again.)

Timings are wall-clock on this machine: say its cores and load beside them.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import main as write_corpus

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
PAGES_ENV = {"BASE_PATH": "/repo", "SITE_URL": "https://example.github.io/repo"}
CACHED = (".cuttings-cache", "site")
NEW_ARTICLE = "A new article for the deploy benchmark\n\nCouncillor Imogen Testwell said the plan would go ahead.\n"


def build_command() -> str:
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["build"]["steps"]
    step = next(step for step in steps if step.get("name") == "Build the site")
    return re.sub(r"\$\{\{[^}]*\}\}", "", step["run"])


def checkout(destination: Path, content: Path) -> None:
    """A fresh runner's checkout: the code, and the archive's articles as its content/."""
    shutil.copytree(ROOT, destination, ignore=shutil.ignore_patterns(".git", ".venv", "site", ".cuttings-cache",
                                                                     "node_modules", "work", "content"))
    shutil.copytree(content, destination / "content")


def timed_build(repo: Path) -> tuple[float, str]:
    started = time.perf_counter()
    # `python` in the step is the environment this benchmark runs in, as setup-python's is on the runner.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    result = subprocess.run(["bash", "-e", "-c", build_command()], cwd=repo,
                            env={**os.environ, **PAGES_ENV, "PATH": path}, capture_output=True, text=True, check=True)
    outcome = next(line for line in result.stdout.splitlines() if line.startswith(("Inferred", "Nothing")))
    return time.perf_counter() - started, outcome


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of source .txt articles")
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--work", type=Path, default=ROOT / "benchmarks" / "work" / "deploy")
    args = parser.parse_args(argv)
    shutil.rmtree(args.work, ignore_errors=True)
    content = args.work / "articles"
    write_corpus(["--corpus", str(args.corpus), "--n", str(args.n), "--out", str(content)])

    # The runner checks out into the same folder on every push.
    first = later = args.work / "repo"
    checkout(first, content)
    first_seconds, first_summary = timed_build(first)
    archive = args.work / "cache.tar"
    # What actions/cache saves at the end of the job, and restores on the next push's runner.
    subprocess.run(["tar", "--posix", "-cf", str(archive), "-C", str(first), *CACHED], check=True)
    shutil.rmtree(first)

    (content / "zz-new-article.txt").write_text(NEW_ARTICLE)
    checkout(later, content)
    subprocess.run(["tar", "-xf", str(archive), "-C", str(later)], check=True)
    later_seconds, later_summary = timed_build(later)
    print(f"{args.n} articles, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print(f"first deploy's build (no cache): {first_seconds:.1f} s   {first_summary}")
    print(f"later deploy's build (cache restored, one article added): {later_seconds:.1f} s   {later_summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
