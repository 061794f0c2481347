"""Running service calls on the one database worker thread and getting results back on the GUI thread.

A call site reads as one line: ``ops.run(self, lambda: accounts.create_account(ctx, …), on_success=self.refresh)``.
DomainErrors are shown as translated messages unless the caller handles them; anything else goes to the
excepthook's error dialog. Tests use ``Operations(synchronous=True)``: same code path, no thread.

After any job that committed, ``changed(kinds, initiator)`` tells every view which kinds of data were written
(services.committed) and which widget asked; views follow it through ui.change_follower instead of each dialog
announcing its own saves (Anki's operation_did_execute)."""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rehabdesk.domain.errors import DomainError
from rehabdesk.services.committed import watching_commits
from rehabdesk.ui.text.messages import message_for

SuccessHandler = Callable[[Any], None]
FailureHandler = Callable[[DomainError], None]


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(parent, QApplication.translate("operations", "RehabDesk"), message_for(error))


class Operations(QObject):
    # Only a token crosses threads; the outcome waits in a dict, so no Python object rides in a queued Qt event.
    _finished = Signal(int)
    changed = Signal(object, object)  # frozenset[str] of kinds written, the widget whose job it was (or None)

    def __init__(self, *, synchronous: bool = False) -> None:
        super().__init__()
        self._synchronous = synchronous
        self._executor: QThreadPool | None = None
        if not synchronous:
            self._executor = QThreadPool(self)
            self._executor.setMaxThreadCount(1)
        self._pending = 0
        self._outcomes: dict[int, tuple] = {}
        self._tokens = itertools.count()
        self._outcomes_lock = threading.Lock()
        self._finished.connect(self._deliver_token, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        parent: QWidget | None,
        work: Callable[[], Any],
        *,
        on_success: SuccessHandler | None = None,
        on_failure: FailureHandler | None = None,
        quiet: bool = False,
    ) -> None:
        """``quiet``: no busy cursor, for work done ahead that nobody waits for (it still runs in turn)."""
        job = (parent, work, on_success, on_failure, quiet)
        if self._executor is None:
            self._deliver((job, *self._execute(work)))
            return
        self._pending += 1
        if not quiet:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        token = next(self._tokens)
        self._executor.start(lambda: self._run_on_worker(token, job))

    def _run_on_worker(self, token: int, job: tuple) -> None:
        outcome = (job, *self._execute(job[1]))
        with self._outcomes_lock:
            self._outcomes[token] = outcome
        self._finished.emit(token)

    def _deliver_token(self, token: int) -> None:
        with self._outcomes_lock:
            outcome = self._outcomes.pop(token)
        self._deliver(outcome)

    @staticmethod
    def _execute(work: Callable[[], Any]) -> tuple[Any, BaseException | None, frozenset[str]]:
        # A job that fails after one of its units of work committed still changed what views show.
        with watching_commits() as kinds:
            try:
                return work(), None, frozenset(kinds)
            except BaseException as error:
                return None, error, frozenset(kinds)

    def _deliver(self, outcome: tuple) -> None:
        (parent, _work, on_success, on_failure, quiet), result, error, kinds = outcome
        if self._executor is not None:
            self._pending -= 1
            if not quiet:
                QApplication.restoreOverrideCursor()
        alive = parent is None or shiboken6.isValid(parent)
        if kinds:
            # Views refresh first, so what the caller shows next (a message, a selection) is not overwritten.
            self.changed.emit(kinds, parent if alive else None)
        if alive:
            self._hand_back(parent, on_success, on_failure, result, error)

    @staticmethod
    def _hand_back(
        parent: QWidget | None,
        on_success: SuccessHandler | None,
        on_failure: FailureHandler | None,
        result: Any,
        error: BaseException | None,
    ) -> None:
        if isinstance(error, DomainError) and error.code == "session_closed":
            return  # locked or signed out while this ran: the unlock screen is what the user sees now
        if error is None:
            if on_success is not None:
                on_success(result)
        elif isinstance(error, DomainError):
            if on_failure is not None:
                on_failure(error)
            else:
                show_domain_error(parent, error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.waitForDone()
