"""Running service calls on the one database worker thread and getting results back on the GUI thread.

A call site reads as one line: ``ops.run(self, lambda: accounts.create_account(ctx, …), on_success=self.refresh)``.
DomainErrors are shown as translated messages unless the caller handles them; anything else goes to the
excepthook's error dialog. Tests use ``Operations(synchronous=True)``: same code path, no thread."""

from __future__ import annotations

import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rehabdesk.domain.errors import DomainError
from rehabdesk.ui.messages import message_for

SuccessHandler = Callable[[Any], None]
FailureHandler = Callable[[DomainError], None]


def show_domain_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(parent, QApplication.translate("operations", "RehabDesk"), message_for(error))


class Operations(QObject):
    _finished = Signal(object)

    def __init__(self, *, synchronous: bool = False) -> None:
        super().__init__()
        self._synchronous = synchronous
        self._executor = None if synchronous else ThreadPoolExecutor(max_workers=1, thread_name_prefix="rehabdesk-db")
        self._pending = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

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
    ) -> None:
        job = (parent, work, on_success, on_failure)
        if self._executor is None:
            self._deliver((job, *self._execute(work)))
            return
        self._pending += 1
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._executor.submit(lambda: self._finished.emit((job, *self._execute(work))))

    @staticmethod
    def _execute(work: Callable[[], Any]) -> tuple[Any, BaseException | None]:
        try:
            return work(), None
        except BaseException as error:
            return None, error

    def _deliver(self, outcome: tuple) -> None:
        (parent, _work, on_success, on_failure), result, error = outcome
        if self._executor is not None:
            self._pending -= 1
            QApplication.restoreOverrideCursor()
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
            self._executor.shutdown(wait=True)
