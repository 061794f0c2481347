"""A box held in the middle of a page, a little above centre: the sign-in screens of the station and the county."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def centre_box(page: QWidget, box: QWidget) -> None:
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
