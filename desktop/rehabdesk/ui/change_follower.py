"""A view following the data it shows: Operations.changed names the kinds of data a job wrote, and the view
refreshes when one of its kinds is among them — at once, unless it sits behind another page or tab of a window on
screen: then the next time it is shown (a page behind another tab costs nothing until it is looked at)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from rehabdesk.ui.operations import Operations


class ChangeFollower(QObject):
    """Lives as a child of the view, so it stops following when the view goes."""

    def __init__(
        self, view: QWidget, ops: Operations, kinds: frozenset[str], refresh: Callable[[], None], *, loaded: bool
    ) -> None:
        super().__init__(view)
        self._view = view
        self._kinds = kinds
        self._refresh = refresh
        self.stale = not loaded
        ops.changed.connect(self._changed)
        view.installEventFilter(self)

    def _torn_down(self) -> bool:
        """Python's cycle collector may clear this wrapper's attributes before Qt deletes the view and its
        children; events and signals arriving in between are then ignored (a closed case window raised here)."""
        return "_view" not in self.__dict__

    def _changed(self, kinds: frozenset[str], _initiator: object) -> None:
        if self._torn_down() or not kinds & self._kinds:
            return
        if self._view.window().isVisible() and not self._view.isVisible():
            self.stale = True  # behind another page or tab of a window on screen
        else:
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._torn_down():
            return False
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False


def follow_changes(
    view: QWidget, ops: Operations, kinds: frozenset[str], refresh: Callable[[], None], *, loaded: bool = True
) -> ChangeFollower:
    """``loaded=False`` for a view that loads the first time it is shown rather than when it is built."""
    return ChangeFollower(view, ops, kinds, refresh, loaded=loaded)
