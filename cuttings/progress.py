"""Progress of a build: a bar with ETA on stderr, per stage, and how long each stage took.

The bar appears only when the build runs long enough to need one, only on a terminal, and never with
``--quiet``; the stage timings are kept either way for the summary.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TextIO

from tqdm import tqdm

SHOW_AFTER_SECONDS = 2.0
"""A stage that finishes sooner never shows a bar."""

# tqdm's monitor thread would be copied, stopped, into forked worker processes; bars refresh without it.
tqdm.monitor_interval = 0


class Stage:
    """One stage's bar: ``advance`` as items are done."""

    def __init__(self, bar: tqdm | None) -> None:
        self.bar = bar

    def advance(self, count: int = 1) -> None:
        if self.bar is None:
            return
        if self.bar.total is not None and self.bar.n + count > self.bar.total:
            self.bar.total = self.bar.n + count  # the total was an estimate; never show more than 100%
        self.bar.update(count)

    def reach(self, done: int) -> None:
        """Move the bar to ``done`` items (for work counted elsewhere, e.g. in other processes)."""
        if self.bar is not None and done > self.bar.n:
            self.advance(done - self.bar.n)

    def __enter__(self) -> Stage:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.close()


class BuildProgress:
    """Stages of one build, timed; bars drawn on ``stream`` when it is a terminal and not quiet."""

    def __init__(self, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = not quiet and self.stream.isatty()
        self.seconds: dict[str, float] = {}

    def bar(self, description: str, total: int | None, unit: str = "file") -> Stage:
        if not self.enabled:
            return Stage(None)
        return Stage(tqdm(total=total, desc=description, unit=unit, file=self.stream,
                          delay=SHOW_AFTER_SECONDS, leave=False, dynamic_ncols=True, mininterval=0.2))

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started
