"""Python's cycle collector, kept off the build's large, long-lived data.

A build holds millions of objects that live until it ends (articles, the catalogue) and form no garbage cycles.
The collector does not know that: while they are created, their number sets off full collections that walk
every object the build holds and find nothing; and each forked part, walking them in turn, also writes to
memory it would otherwise only share with the build. So the collector is paused while they are made, and
once made they are moved out of its sight (``gc.freeze``).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_restored() -> Iterator[None]:
    """Whatever the block does to the collector (``gc.disable``), it is left as it was on entry."""
    was_enabled = gc.isenabled()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off the cycle collector while long-lived objects are made; restore it as it was."""
    with collector_restored():
        gc.disable()
        yield


@contextlib.contextmanager
def long_lived_settled() -> Iterator[None]:
    """Everything alive on entry lives until the block ends: the collector need not walk it meanwhile. Afterwards
    it is the collector's again, so a process that builds many times (the preview server) frees what it drops."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
