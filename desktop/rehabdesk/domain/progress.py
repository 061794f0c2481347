"""Progress reporting for long work, with cancellation, free of any UI toolkit."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised from Progress.step once the user asked to stop; the work rolls back."""


class Progress(Protocol):
    def step(self, done: int, total: int, note: str = "") -> None: ...


class NullProgress:
    def step(self, done: int, total: int, note: str = "") -> None:
        return None


NULL_PROGRESS = NullProgress()
