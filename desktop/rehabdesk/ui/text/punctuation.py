"""Joining words for people: the separators are translated, so Chinese text gets Chinese punctuation (、；：) and
English keeps its own. Text assembled in code with ASCII ", " or ": " put Latin punctuation between Chinese words."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def listing(items: Iterable[str]) -> str:
    """Names or things in a row: "a, b" / "甲、乙"."""
    return QCoreApplication.translate("punctuation", ", ").join(items)


def clauses(items: Iterable[str]) -> str:
    """Whole phrases in a row: "a; b" / "甲；乙"."""
    return QCoreApplication.translate("punctuation", "; ").join(items)


def labelled(label: str, text: str) -> str:
    """A label and what it labels: "Field: text" / "字段：内容"."""
    return QCoreApplication.translate("punctuation", "{label}: {text}").format(label=label, text=text)


_FULL_STOPS = ("。", "！", "？", "；", "：", "）", "”")


def sentences(items: Iterable[str]) -> str:
    """Sentences one after another: a space after an English full stop, none after a Chinese one."""
    joined = ""
    for item in items:
        if joined and not joined.endswith(_FULL_STOPS):
            joined += " "
        joined += item
    return joined
