"""The cycle collector is paused and objects frozen only for as long as asked, then left as they were."""

from __future__ import annotations

import gc

import pytest

from cuttings.collector import collector_paused, long_lived_settled


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_paused_restores_the_collector_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError("a failed stage")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_long_lived_settled_hands_objects_back_to_the_collector() -> None:
    gc.unfreeze()
    with long_lived_settled():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
