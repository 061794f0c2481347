"""Greying a button out with the reason: a greyed button whose tooltip says nothing is a dead end for a new user."""

from __future__ import annotations

from PySide6.QtCore import QObject

_OWN_TIP = "toolTipWhenEnabled"  # the tooltip a widget had before it was first greyed, shown again when enabled


def allow(widget: QObject, why_not: str = "") -> None:
    """Enabled when ``why_not`` is empty; otherwise greyed, with ``why_not`` as its tooltip. ``widget`` is a QWidget
    or a QAction (both have setEnabled and setToolTip)."""
    if widget.property(_OWN_TIP) is None:
        widget.setProperty(_OWN_TIP, widget.toolTip())
    widget.setEnabled(not why_not)
    widget.setToolTip(why_not or widget.property(_OWN_TIP))


def why_not(*checks: tuple[bool, str]) -> str:
    """The reason of the first check that fails, or "" when all hold: ``allow(b, why_not((may, text), …))``."""
    return next((reason for ok, reason in checks if not ok), "")
