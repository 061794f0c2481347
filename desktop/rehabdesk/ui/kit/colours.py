"""The one palette for states, on every page: overdue or refused (red), due soon or a warning (amber), done or
allowed (green). Text colours have at least 4.5:1 contrast on their own background and on white."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor

RED = QColor("#b3261e")
AMBER = QColor("#8a5a00")
GREEN = QColor("#1b5e20")
RED_BACKGROUND = QColor("#fdecea")
AMBER_BACKGROUND = QColor("#fff4e0")
GREEN_BACKGROUND = QColor("#e6f4ea")
NEUTRAL_BACKGROUND = QColor("#eef3f8")


class State(Enum):
    OVERDUE = "overdue"
    DUE = "due"
    DONE = "done"


_COLOURS = {
    State.OVERDUE: (RED, RED_BACKGROUND),
    State.DUE: (AMBER, AMBER_BACKGROUND),
    State.DONE: (GREEN, GREEN_BACKGROUND),
}


def colours_of(state: State) -> tuple[QColor, QColor]:
    """(text, background) of ``state``."""
    return _COLOURS[state]


def text_style(state: State) -> str:
    """A label's style sheet: the state's text colour only."""
    return f"color: {colours_of(state)[0].name()};"


def box_style(state: State | None, *, bold: bool = False) -> str:
    """A banner's or a card's style sheet: the state's text on its background (``None``: a neutral card)."""
    text, background = colours_of(state) if state is not None else (None, NEUTRAL_BACKGROUND)
    parts = [f"background: {background.name()};", "padding: 8px 12px;", "border-radius: 4px;"]
    if text is not None:
        parts.insert(0, f"color: {text.name()};")
    if bold:
        parts.append("font-weight: bold;")
    return " ".join(parts)
