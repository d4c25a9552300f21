"""Progress bars only on a terminal and never when quiet; stage timings are kept either way."""

from __future__ import annotations

import io

from cuttings.progress import BuildProgress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_when_not_a_terminal_or_quiet() -> None:
    assert not BuildProgress(stream=io.StringIO()).enabled
    assert not BuildProgress(quiet=True, stream=FakeTerminal()).enabled
    assert BuildProgress(stream=FakeTerminal()).enabled


def test_disabled_bar_writes_nothing() -> None:
    stream = io.StringIO()
    progress = BuildProgress(stream=stream)
    with progress.bar("Reading", 10) as bar:
        bar.advance(10)
    assert stream.getvalue() == ""


def test_bar_stretches_past_an_estimated_total() -> None:
    progress = BuildProgress(stream=FakeTerminal())
    with progress.bar("Rendering", 2, "page") as bar:
        bar.advance(5)
        assert bar.bar is not None
        assert bar.bar.total == 5 and bar.bar.n == 5


def test_stage_times_accumulate() -> None:
    progress = BuildProgress(quiet=True)
    with progress.timed("render"):
        pass
    with progress.timed("render"):
        pass
    assert set(progress.seconds) == {"render"}
    assert progress.seconds["render"] >= 0
