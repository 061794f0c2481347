"""A read-only table view over a model of many rows: whole rows selected, one at a time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_view(
    name: str, model: QAbstractItemModel, *, widths: dict[int, str], stretch: tuple[int, ...]
) -> QTableView:
    """Each column in ``widths`` is as wide as its sample text, the ``stretch`` columns share what is left. Sizing
    to contents would ask the model for every cell of thousands of rows before the first paint."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    for column, sample in widths.items():
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view
