"""Settling the heap after startup (app.settle_heap) moves what lives out of the collector's way, but never frees
garbage for good: a cycle unreachable when the heap is settled must still be freed."""

from __future__ import annotations

import gc
import weakref

from rehabdesk.app import settle_heap


class _Held:
    """Stands for a closed station's engine: kept alive only by a reference cycle."""

    def __init__(self) -> None:
        self.me = self


def test_garbage_present_when_the_heap_settles_is_still_freed() -> None:
    held = _Held()
    gone = weakref.ref(held)
    del held  # unreachable now, but a cycle: only the collector frees it
    try:
        settle_heap()
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()


def test_what_lives_when_the_heap_settles_is_frozen() -> None:
    alive = _Held()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0 and alive.me is alive
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0
