"""The Progress a long service call reports to on the worker thread, for a progress window on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from rehabdesk.domain.progress import Cancelled


class ProgressBridge(QObject):
    """``advanced`` crosses to the GUI thread as a queued signal; cancel() makes the next step() raise Cancelled."""

    advanced = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def step(self, done: int, total: int, note: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self.advanced.emit(done, total)
