"""The rows behind one of the Reports page's figures: a read-only table, a count, and for rows that are clients
Enter or a double click opening the case file (the page says how)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from rehabdesk.ui.kit.tables import list_table, set_row


class FigureListDialog(QDialog):
    def __init__(
        self,
        title: str,
        summary: str,
        headers: list[str],
        rows: list[list[str]],
        *,
        open_row: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportFigureListDialog")
        self.setWindowTitle(title)
        self.table = list_table("reportFigureListTable", headers, stretch=(len(headers) - 1,))
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            set_row(self.table, row, values)
        if open_row is not None:
            self.table.itemActivated.connect(lambda item: open_row(item.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary))
        layout.addWidget(self.table)
        self.resize(760, 480)
