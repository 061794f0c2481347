"""The collector pause of large computations (services/collector.py): off inside, back on after the last holder
leaves, across threads, and never turned on when someone else had turned it off."""

from __future__ import annotations

import gc
import threading

from rehabdesk.services.collector import collector_paused


def test_the_collector_is_off_inside_and_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer computation still runs
    assert gc.isenabled()


def test_an_error_inside_still_turns_it_back_on() -> None:
    try:
        with collector_paused():
            raise ValueError("the computation failed")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_two_threads_overlapping_leave_it_on_only_when_both_are_done() -> None:
    first_inside, second_inside, first_may_leave = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_inside.set()
            first_may_leave.wait(10)
        seen.append(gc.isenabled())  # the second still holds it

    def second() -> None:
        first_inside.wait(10)
        with collector_paused():
            second_inside.set()
            worker.join(10)
            seen.append(gc.isenabled())

    worker = threading.Thread(target=first)
    other = threading.Thread(target=second)
    worker.start()
    other.start()
    second_inside.wait(10)
    first_may_leave.set()
    other.join(10)
    assert seen == [False, False]
    assert gc.isenabled()
