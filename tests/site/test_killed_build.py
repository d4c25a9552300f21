"""A build killed at any moment (SIGKILL to its whole process group) leaves nothing the next build trusts wrongly.

Each case starts from a built site and cache, makes an edit, starts ``build.py`` and kills it, twice in a row, at
seeded moments: some anywhere in the run, some just after the build starts writing its output (when the staging
folder appears beside it). The build run after that must give a clean build's bytes, and find no cache file
half-written (it would say so: every cache file is checked when read, ``cuttings/sealed.py``).
"""

from __future__ import annotations

import logging
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cuttings.model import BuildSettings
from cuttings.pipeline import build_site
from tests.conftest import PROJECT_ROOT, SEED_CONTENT, snapshot

NEW_ARTICLE = (
    "Bus lane plan approved\n\n3 March 2021\n\n"
    "A new bus lane on the ring road was approved by Northfold Council on Tuesday.\n\n"
    '"It will cut journey times," said Councillor Jane Abernethy, the cabinet member for transport.\n'
)
SEEDS = (1, 2, 3, 4)
KILLS_PER_CASE = 2


def settings(content: Path, output: Path, cache: Path) -> BuildSettings:
    return BuildSettings(content_dir=content, output_dir=output, cache_dir=cache, quiet=True)




def edit(content: Path) -> None:
    """A new article naming new people, and a text edit: the full path and the in-place update both run."""
    (content / "bus-lane.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    first = sorted(content.glob("0*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\nThe meeting ended after nine.\n", encoding="utf-8")


def start_build(content: Path, output: Path, cache: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.Popen(
        [sys.executable, "build.py", "--content", str(content), "--output", str(output), "--cache-dir", str(cache),
         "--quiet"], cwd=PROJECT_ROOT, env=environment, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def kill_group(process: subprocess.Popen[bytes]) -> None:
    with_group = True
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        with_group = False
    process.wait()
    if with_group:  # the group's other processes (workers, forked parts) are gone too
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(process.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)


def writing_started(output: Path) -> bool:
    return any(path.name.startswith(f".{output.name}.") for path in output.parent.iterdir())


def kill_at(process: subprocess.Popen[bytes], output: Path, rng: random.Random, full_run: float) -> bool:
    """Kill at a random moment of the run, or a random moment just after writing started; whether the build was
    still running then."""
    started = time.monotonic()
    if rng.random() < 0.5:
        deadline = started + rng.uniform(0.1, 1.1) * full_run
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.01)
    else:
        while not writing_started(output) and process.poll() is None and time.monotonic() < started + 4 * full_run:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.15))
    running = process.poll() is None
    kill_group(process)
    return running


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """A folder with the seed site and cache built, and how long an uninterrupted edit build takes."""
    root = tmp_path_factory.mktemp("killed")
    content = root / "content"
    shutil.copytree(SEED_CONTENT, content)
    build_site(settings(content, root / "seed-site", root / "seed-cache"))
    # One uninterrupted edit build, timed, to spread the kills over.
    shutil.copytree(content, root / "timed" / "content")
    shutil.copytree(root / "seed-cache", root / "timed" / "cache")
    edit(root / "timed" / "content")
    began = time.monotonic()
    process = start_build(root / "timed" / "content", root / "timed" / "site", root / "timed" / "cache")
    assert process.wait() == 0
    return root, time.monotonic() - began


def edit_again(content: Path, attempt: int) -> None:
    """One more small edit, so that the build after one that finished before its kill has work to do."""
    second = sorted(content.glob("0*.txt"))[1]
    second.write_text(second.read_text(encoding="utf-8") + f"\n\nAddendum number {attempt}.\n", encoding="utf-8")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_killed_build_then_run_again_gives_the_clean_site(prepared: tuple[Path, float], seed: int,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    root, full_run = prepared
    case = root / f"case-{seed}"
    content, output, cache = case / "content", case / "site", case / "cache"
    shutil.copytree(root / "content", content)
    shutil.copytree(root / "seed-cache", cache)
    # The seed site is built again into this case's folder (the cache knows an output folder by its path).
    build_site(settings(content, output, cache))
    edit(content)
    rng = random.Random(seed)
    killed = 0
    # A build may finish before its kill (a busy machine runs it at another speed than the timed one): then
    # the content is edited again and the next build killed sooner.
    for attempt in range(8):
        if killed == KILLS_PER_CASE:
            break
        if attempt:
            edit_again(content, attempt)
        killed += kill_at(start_build(content, output, cache), output, rng, full_run * 0.6 ** (attempt - killed))
    assert killed, "no build was killed before it finished"
    with caplog.at_level(logging.WARNING):
        build_site(settings(content, output, cache))
    assert not [record.getMessage() for record in caplog.records if "damaged" in record.getMessage()]
    assert not list(cache.rglob("*.damaged"))
    # What the killed builds left half-made (staging folders, temporary cache files) is gone.
    assert not [path.name for path in case.iterdir() if path.name.startswith(f".{output.name}.")]
    assert not list(cache.rglob("*.tmp"))
    shutil.copytree(content, case / "clean" / "content")
    build_site(settings(case / "clean" / "content", case / "clean" / "site", case / "clean" / "cache"))
    assert snapshot(output) == snapshot(case / "clean" / "site")


class Stopped(BaseException):
    """Stands for a kill: raised where a cache file was about to replace the old one, and caught by nothing."""


def test_a_build_stopped_before_any_cache_file_is_replaced_misleads_no_later_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Deterministic, where the kills above are random: the edit build is stopped just before its first, second,
    ... replacement of a file in the cache, then the content is put back as it was and built, then edited again
    and built; both give the clean builds' bytes. (Records saved after the output was written, with the manifest
    that names them not yet saved, once made a build that reverted the edit keep pages of the edited site.)"""
    content, output, cache = tmp_path / "content", tmp_path / "site", tmp_path / "cache"
    shutil.copytree(SEED_CONTENT, content)
    clean: dict[str, dict[str, bytes]] = {}
    for name in ("before", "after"):
        folder = tmp_path / f"clean-{name}"
        shutil.copytree(SEED_CONTENT, folder / "content")
        if name == "after":
            edit(folder / "content")
        build_site(settings(folder / "content", folder / "site", folder / "cache"))
        clean[name] = snapshot(folder / "site")
    build_site(settings(content, output, cache))
    shutil.copytree(content, tmp_path / "seed-content")
    shutil.copytree(output, tmp_path / "seed-site")
    shutil.copytree(cache, tmp_path / "seed-cache")
    real_replace = os.replace
    stop_at = 0
    while True:
        stop_at += 1
        for name, folder in (("content", content), ("site", output), ("cache", cache)):
            shutil.rmtree(folder)
            shutil.copytree(tmp_path / f"seed-{name}", folder)
        edit(content)
        replaced = 0

        def replace(source: object, target: object, *args: object, **options: object) -> None:
            nonlocal replaced
            if Path(str(target)).is_relative_to(cache):
                replaced += 1
                if replaced == stop_at:
                    raise Stopped
            real_replace(source, target, *args, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "replace", replace)
        try:
            build_site(settings(content, output, cache))
            finished = True
        except Stopped:
            finished = False
        finally:
            monkeypatch.setattr(os, "replace", real_replace)
        shutil.rmtree(content)
        shutil.copytree(tmp_path / "seed-content", content)
        build_site(settings(content, output, cache))
        assert snapshot(output) == clean["before"], f"stopped before cache replacement {stop_at}"
        edit(content)
        build_site(settings(content, output, cache))
        assert snapshot(output) == clean["after"], f"stopped before cache replacement {stop_at}"
        if finished:
            break
    assert stop_at > 3
