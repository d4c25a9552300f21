"""Rebuild times after the single-article edits a newsroom makes, on a site already built.

    python benchmarks/edits.py --work WORK [--random 20] [--seed 0] [--kinds warm,text,new-name,new-article]

``WORK`` holds ``content/`` (for example from ``benchmarks/corpus.py --out WORK/content``), and ``site/`` and
``cache/`` once built: the first run builds them (not timed) if ``site/`` is missing. Each step edits the
content, then runs ``python build.py`` in a child process and reports its wall and CPU time and the stage times
from its summary. The edits stay in the content folder (the next run starts from them). Kinds:

* ``warm``: nothing changed;
* ``text``: a paragraph that names nobody appended to an article;
* ``new-name``: a paragraph quoting a councillor no article names appended to an article;
* ``new-article``: a new file, an existing article's text under a new headline naming a new person, keeping that
  article's date (so a back-filled article: every numbered index page after its place is remade);
* ``new-latest``: the same, dated after every article ``benchmarks/corpus.py`` writes (the article a newsroom adds
  today; not among the random kinds, so medians stay comparable with earlier runs);
* ``delete``: an article removed;
* ``headline``: an article's first line (its headline) changed.

``--random N`` then makes N edits of random kinds (but ``warm``) on random articles and prints their median.
The machine's load average is printed beside the figures: compare runs made in the same conditions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import statistics
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import LAST_DATE, format_date
from benchmarks.peers import run_measured

REPOSITORY = Path(__file__).resolve().parent.parent
EDIT_KINDS = ("text", "new-name", "new-article", "delete", "headline")
GIVEN = ("Imogen", "Cyril", "Wendell", "Priya", "Tobias", "Marisol", "Ambrose", "Delphine", "Rupert", "Ottilie")
SURNAMES = ("Quennell", "Fairbairn", "Ashdown", "Pettigrew", "Lockyer", "Treadgold", "Wimbush", "Carbery",
            "Spurling", "Haverfield")


def new_name(rng: random.Random, used: set[str]) -> str:
    """A made-up full name no earlier step used (a numbered surname once the plain ones run out)."""
    while True:
        name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
        if len(used) >= len(GIVEN) * len(SURNAMES) // 2:
            name += f"-{rng.choice(SURNAMES)}"
        if name not in used:
            used.add(name)
            return name


DATE_LINE = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$", re.MULTILINE)
ADDED_NAME = re.compile(r"said Councillor ([A-Z][\w-]* [A-Z][\w-]*)\.")


def names_added_before(content: Path) -> set[str]:
    """The names earlier runs wrote into the folder: a run with the same seed must still name someone new."""
    return {found for path in content.glob("*.txt")
            for found in ADDED_NAME.findall(path.read_text(encoding="utf-8", errors="replace"))}


def edit(kind: str, content: Path, rng: random.Random, used: set[str]) -> str:
    """Make one edit of ``kind``; what was done, in a few words."""
    articles = sorted(content.glob("*.txt"))
    chosen = rng.choice(articles)
    if kind == "text":
        with chosen.open("a", encoding="utf-8") as file:
            file.write("\n\nThe meeting ended shortly after nine in the evening.\n")
    elif kind == "new-name":
        name = new_name(rng, used)
        with chosen.open("a", encoding="utf-8") as file:
            file.write(f'\n\n"We will look at this again," said Councillor {name}.\n')
        return f"{chosen.name}: quotes {name}"
    elif kind in ("new-article", "new-latest"):
        name = new_name(rng, used)
        number = len(list(content.glob("added-*.txt")))
        while (target := content / f"added-{number:04d}-{chosen.name}").exists():
            number += 1
        text = chosen.read_text(encoding="utf-8").split("\n", 1)[-1]
        if kind == "new-latest":
            latest = LAST_DATE + dt.timedelta(days=number + 1)
            text = DATE_LINE.sub(format_date(latest), text, count=1)
        target.write_text(f"{name} speaks on the plans\n{text}\n\n\"We will listen,\" said Councillor {name}.\n",
                          encoding="utf-8")
        return f"{target.name} added"
    elif kind == "delete":
        chosen.unlink()
    elif kind == "headline":
        first, rest = chosen.read_text(encoding="utf-8").split("\n", 1)
        chosen.write_text(re.sub(r"\s*\(revised( \d+)?\)$", "", first) + f" (revised {rng.randrange(1000)})\n" + rest,
                          encoding="utf-8")
    elif kind != "warm":
        raise SystemExit(f"unknown edit kind {kind!r}")
    return f"{chosen.name}: {kind}"


def stages(log: Path) -> str:
    """The stage times line of the build's summary, if it printed one."""
    for line in log.read_text(errors="replace").splitlines():
        if "read " in line and "render " in line:
            return line.strip()
    return ""


def build(work: Path, label: str) -> float:
    command = [sys.executable, str(REPOSITORY / "build.py"), "--content", str(work / "content"),
               "--output", str(work / "site"), "--cache-dir", str(work / "cache")]
    log = work / f"edit-{label}.log"
    run = run_measured(command, REPOSITORY, log)
    load = os.getloadavg()[0]
    print(f"{label:12s} {run.seconds:6.2f} s wall {run.cpu_seconds:6.2f} s CPU  load {load:4.1f}  {stages(log)}",
          flush=True)
    return run.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--kinds", default="warm,text,new-name,new-article",
                        help="edits to time in turn, comma-separated (of warm, new-latest and "
                        f"{', '.join(EDIT_KINDS)})")
    parser.add_argument("--random", type=int, default=0, help="then this many edits of random kinds")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    work: Path = args.work
    rng = random.Random(args.seed)
    used = names_added_before(work / "content")
    if not (work / "site").exists():
        print("building the site first (not timed) ...", flush=True)
        build(work, "first")
    for kind in filter(None, args.kinds.split(",")):
        print(f"  {edit(kind, work / 'content', rng, used)}")
        build(work, kind)
    times = []
    for step in range(args.random):
        kind = rng.choice(EDIT_KINDS)
        print(f"  {edit(kind, work / 'content', rng, used)}")
        times.append(build(work, f"{step + 1}:{kind}"))
    if times:
        print(f"median of {len(times)} random edits: {statistics.median(times):.2f} s")


if __name__ == "__main__":
    main()
