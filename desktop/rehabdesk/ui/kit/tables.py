"""Read-only tables of whole rows (QTableWidget), filled a row at a time."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

# Rows a column is fitted to: a few screenfuls. Fitting every row (Qt's default reads up to 1 000) cost a case file
# with 250 timeline rows a sixth of its opening time; a longer text further down elides, unless the column is
# fitted with fit_column.
FITTED_ROWS = 60


def list_table(name: str, headers: list[str], stretch: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only table of whole rows, one selected at a time. Columns fit their contents; the ``stretch``
    columns (free text) share the width left and elide, so the table never scrolls sideways."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(FITTED_ROWS)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not stretch)
    table.verticalHeader().hide()
    return table


def set_row(table: QTableWidget, row: int, values: list[str]) -> list[QTableWidgetItem]:
    items = [QTableWidgetItem(value) for value in values]
    for column, item in enumerate(items):
        table.setItem(row, column, item)
    return items


def fit_column(table: QTableWidget, column: int, rows: Iterable[int]) -> None:
    """Fit ``column`` to its heading and the cells of ``rows``: one row for each distinct text of a column that
    repeats a few texts over hundreds of rows (a timeline's kinds of event) fits it to every row, measuring a few."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    model = table.model()
    grid = 1 if table.showGrid() else 0  # as QTableView.sizeHintForColumn counts it
    widths = [table.sizeHintForIndex(model.index(row, column)).width() + grid for row in rows]
    header.resizeSection(column, max([header.sectionSizeHint(column), *widths]))
