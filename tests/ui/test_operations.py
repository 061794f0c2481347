"""The database worker: results come back on the GUI thread, and results nobody waits for are dropped."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from rehabdesk.domain.errors import DomainError
from rehabdesk.services import staff
from rehabdesk.ui.operations import Operations
from tests.people_support import TODAY, staff_input


def test_work_runs_off_the_gui_thread_and_results_arrive_on_it(qtbot, qapp) -> None:
    ops = Operations()
    seen: list[tuple[str, bool]] = []
    gui_thread = threading.get_ident()
    ops.run(
        None,
        lambda: threading.get_ident() != gui_thread,
        on_success=lambda off_thread: seen.append(("ok", off_thread and threading.get_ident() == gui_thread)),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [("ok", True)]
    assert not ops.busy
    ops.shutdown()


def test_result_for_a_closed_window_is_dropped(qtbot, qapp) -> None:
    ops = Operations()
    release = threading.Event()
    widget = QWidget()
    delivered: list[object] = []
    ops.run(widget, release.wait, on_success=delivered.append, on_failure=delivered.append)
    widget.deleteLater()
    QApplication.sendPostedEvents(None, 0)
    qtbot.waitUntil(lambda: not _alive(widget), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert delivered == []
    ops.shutdown()


def test_a_session_closed_refusal_is_not_shown_as_an_error(qtbot, qapp) -> None:
    ops = Operations(synchronous=True)
    failures: list[DomainError] = []

    def refuse() -> None:
        raise DomainError("session_closed")

    ops.run(None, refuse, on_failure=failures.append)
    assert failures == []


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)


def test_a_job_that_committed_broadcasts_the_kinds_it_wrote_even_when_it_then_failed(qtbot, qapp, admin_ctx) -> None:
    ops = Operations()
    heard: list[tuple[frozenset[str], object]] = []
    ops.changed.connect(lambda kinds, initiator: heard.append((kinds, initiator)))
    asker = QWidget()

    def save_then_fail() -> None:
        staff.register_staff(admin_ctx, staff_input("S321", "韩梅"), today=TODAY)
        raise DomainError("staff_not_found")

    failures: list[str] = []
    ops.run(asker, save_then_fail, on_failure=lambda error: failures.append(error.code))
    ops.run(asker, lambda: staff.list_staff(admin_ctx))
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    ops.shutdown()
    assert failures == ["staff_not_found"]
    assert len(heard) == 1, heard  # the read committed nothing and said nothing
    kinds, initiator = heard[0]
    assert {"staff", "audit_log"} <= kinds and initiator is asker


def test_quiet_work_shows_no_busy_cursor_and_the_next_job_still_does(qtbot, qapp) -> None:
    ops = Operations()
    release = threading.Event()
    done: list[str] = []
    try:
        ops.run(None, release.wait, on_success=lambda _: done.append("quiet"), quiet=True)
        assert ops.busy and QApplication.overrideCursor() is None
        ops.run(None, lambda: "asked", on_success=done.append)
        assert QApplication.overrideCursor() is not None
        release.set()
        qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
        assert done == ["quiet", "asked"]
        assert QApplication.overrideCursor() is None
    finally:
        release.set()
        ops.shutdown()
