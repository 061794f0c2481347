"""Python's cyclic garbage collector held off over a large computation.

Counting a station's figures builds a million or more small objects (its clients' facts) that die by reference
counting when the figures are done; the collector's full passes walk all of them several times on the way (at full
scale a tenth to a third of the quarter's time, in A/B runs in one process: tests/bench/README.md). Paused, nothing
is lost: only cyclic garbage waits, until the last computation holding the pause ends. The pause is process-wide, so
it is counted across threads, and the collector is left off afterwards if someone else had turned it off."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_enabled_before = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _holders, _enabled_before
    with _lock:
        if _holders == 0:
            _enabled_before = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _enabled_before:
                gc.enable()
