"""Forked parts return their results in order and pass their errors to the parent."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cuttings.errors import CuttingsError
from cuttings.parallel import fork_available, run_forked, worker_count

pytestmark = pytest.mark.skipif(not fork_available(), reason="needs the fork start method")


def returning(result: str) -> Callable[[], str]:
    return lambda: result


def test_results_in_task_order() -> None:
    seen: list[str] = []
    run_forked([returning("a"), returning("b"), returning("c")], seen.append)
    assert seen == ["a", "b", "c"]


def test_error_in_a_part_is_raised_in_the_parent_after_the_results_before_it() -> None:
    def failing() -> str:
        raise CuttingsError("refusing to write outside the output folder: '../x'")

    seen: list[str] = []
    with pytest.raises(CuttingsError, match="outside the output folder"):
        run_forked([returning("a"), failing, returning("c")], seen.append)
    assert seen == ["a"], "nothing after a failed part is taken in"


def test_unpicklable_error_still_arrives() -> None:
    class Local(Exception):
        pass

    def failing() -> str:
        raise Local("cannot be pickled, being local")

    with pytest.raises(RuntimeError, match="cannot be pickled"):
        run_forked([failing], lambda _: None)


def test_worker_count_keeps_small_jobs_in_one_process() -> None:
    assert worker_count(3, 2) == 1
    assert worker_count(1000, 2) == 2
    assert worker_count(1000, 1) == 1


def test_every_worker_is_forked_before_the_results_are_taken_in() -> None:
    """Each part starts as a copy of the build as it was when the parts began, not as it grew meanwhile with the
    results ``each`` took in (the build's peak memory is its largest process's: ``run_forked``)."""
    taken: list[tuple[str, int]] = []

    def seen(name: str, pause: float = 0.0) -> Callable[[], tuple[str, int]]:
        def task() -> tuple[str, int]:
            time.sleep(pause)  # the earlier parts' results are taken in meanwhile
            return name, len(taken)  # as this worker's copy of the list has it

        return task

    run_forked([seen("a"), seen("b", 0.3), seen("c", 0.6)], taken.append)
    assert taken == [("a", 0), ("b", 0), ("c", 0)]


def test_the_parent_lets_go_of_the_tasks_once_every_part_is_forked() -> None:
    """``forked`` runs once every part has its copy: the parts still see what the parent then let go of, and the
    parent holds no task (``pipeline.SiteInputs`` frees the catalogue so)."""
    held = {"catalogue": "linked"}
    tasks: list[Callable[[], str | None]] = [lambda: held["catalogue"] for _ in range(3)]
    seen: list[str | None] = []

    def let_go() -> None:
        assert tasks == [], "the parent drops the tasks before it lets go"
        held["catalogue"] = None

    run_forked(tasks, seen.append, let_go)
    assert seen == ["linked"] * 3
    assert held["catalogue"] is None


def test_a_part_that_dies_is_a_failure() -> None:
    import os

    def dying() -> str:
        os._exit(3)

    with pytest.raises(RuntimeError, match="exit code 3"):
        run_forked([returning("a"), dying], lambda _: None)


def test_inference_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from cuttings import parallel
    from cuttings.infer import ner

    assert parallel.inference_workers(0, 5000, 2) == 0
    assert parallel.inference_workers(1000, 0, 2) == 2
    assert parallel.inference_workers(3, 0, 2) == 0, "a handful of articles and no cache to load: this process"

    def unloaded(currsize: int) -> object:
        return SimpleNamespace(cache_info=lambda: SimpleNamespace(currsize=currsize))

    monkeypatch.setattr(ner, "load_ner", unloaded(0))
    assert parallel.inference_workers(1, 5000, 2) == 1, "one worker loads the model while the cache loads"
    monkeypatch.setattr(ner, "load_ner", unloaded(1))
    assert parallel.inference_workers(1, 5000, 2) == 0, "the model is loaded here already"


def test_an_early_worker_starts_only_after_a_large_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from types import SimpleNamespace

    from cuttings import parallel
    from cuttings.infer import ner

    started: list[int] = []
    monkeypatch.setattr(parallel, "InferencePool", lambda workers, niceness=0: started.append(workers) or "pool")
    monkeypatch.setattr(ner, "load_ner", SimpleNamespace(cache_info=lambda: SimpleNamespace(currsize=0)))
    assert parallel.early_inference_pool(None, 2) is None, "no build yet"
    assert parallel.early_inference_pool(20, 2) is None, "a small site infers an edit in the build's process"
    if sys.platform.startswith("linux"):
        assert parallel.early_inference_pool(parallel.OVERLAP_MIN_CACHED, 2) == "pool"
        assert started == [1]


def _fake_inference(job: object) -> tuple[str, str]:
    return ("key", str(job.path))  # type: ignore[attr-defined]


def _fake_inference_each(jobs: list[object]) -> list[tuple[str, str]]:
    return [_fake_inference(job) for job in jobs]


def test_jobs_started_come_back_in_order_with_workers_or_without(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outcomes come back in the order the jobs went in, however many (the feeder thread still reads a long list
    while the first outcomes are back), so a parallel build is a serial one."""
    from cuttings import parallel

    monkeypatch.setattr(parallel, "read_and_infer_each", _fake_inference_each)
    monkeypatch.setattr(parallel, "_start_worker", lambda niceness=0: None)
    # Long paths, so the jobs fill the pipe to the worker and the feeder waits half-way through them.
    jobs = [parallel.InferenceJob(Path("x" * 200 + f"{number}.txt"), Path("content"), "fp") for number in range(3000)]
    for workers in (0, 2):
        with parallel.InferencePool(workers) as pool:
            assert list(pool.start(jobs)) == [_fake_inference(job) for job in jobs]


def test_a_task_aside_sees_this_process_memory_and_passes_back_its_error() -> None:
    from cuttings.parallel import Aside

    unpicklable = (lambda: None, [1, 2, 3])  # inherited by the fork, never sent to it
    assert Aside(lambda: sum(unpicklable[1])).result() == 6

    def failing() -> int:
        raise CuttingsError("the check failed")

    with pytest.raises(CuttingsError, match="the check failed"):
        Aside(failing).result()


def test_jobs_inferred_together_are_each_as_inferred_alone_an_unreadable_file_in_its_place() -> None:
    from cuttings import parallel
    from cuttings.errors import ContentError

    content = Path(__file__).resolve().parents[2] / "content"
    paths = sorted(content.glob("*.txt"))
    jobs = [parallel.InferenceJob(path, content, "fp") for path in [paths[0], content / "gone.txt", *paths[1:]]]
    together = parallel.read_and_infer_each(jobs)
    alone = [outcome for job in jobs for outcome in parallel.read_and_infer_each([job])]
    assert isinstance(together[1], ContentError) and str(together[1]) == str(alone[1])
    assert together[:1] + together[2:] == alone[:1] + alone[2:]
    assert len(together) == len(jobs)


WORKER_ENTITIES = """
import sys
from cuttings.parallel import without_spacy_cli
without_spacy_cli()
from cuttings.infer.ner import find_entities
print(repr(find_entities(sys.argv[1:])))
print("spacy.cli" in sys.modules, "typer" in sys.modules)
"""


def test_worker_without_spacy_cli_finds_the_same_entities() -> None:
    """An inference worker imports spaCy without its command line (``without_spacy_cli``) and finds the entities
    this process finds with it imported."""
    import subprocess

    from cuttings.infer.ner import find_entities

    paragraphs = ["Councillor Maren Oldcastle told Wexford Borough Council in Leeds on Tuesday that the plan would go "
                  "ahead.", "Tobiah Quillfeather, chair of the Ashby Rowing Club, said he was pleased."]
    done = subprocess.run([sys.executable, "-c", WORKER_ENTITIES, *paragraphs], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[2])
    entities, modules = done.stdout.splitlines()
    assert entities == repr(find_entities(paragraphs))
    assert "PERSON" in entities
    assert modules == "True False", "the stand-in is imported, typer (the command line's) is not"
