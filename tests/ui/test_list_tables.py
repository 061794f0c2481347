"""Read-only list tables fit their columns to the first screenfuls of rows, and a column of a few repeated texts
(a timeline's kinds of event) is fitted to every row by measuring one cell per distinct text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from rehabdesk.ui.kit.tables import FITTED_ROWS, fit_column, list_table, set_row

LONG = "计划第 12 版已批准（由协调员复核后批准）"


def _filled(rows: int, long_at: int):  # type: ignore[no-untyped-def]
    table = list_table("listTable", ["日期", "事项", "详情"], stretch=(2,))
    table.setRowCount(rows)
    for row in range(rows):
        set_row(table, row, ["2026-12-08", LONG if row == long_at else "服务：个案管理", "详情"])
    return table


def test_a_long_text_past_the_fitted_rows_is_fitted_by_fit_column(qtbot) -> None:
    rows, long_at = FITTED_ROWS + 100, FITTED_ROWS + 50
    table = _filled(rows, long_at)
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    QApplication.processEvents()
    header = table.horizontalHeader()
    fitted_to_screenfuls = header.sectionSize(1)
    header.setResizeContentsPrecision(-1)  # what Qt fits when it reads every row
    every_row = table.sizeHintForColumn(1)
    assert fitted_to_screenfuls < every_row  # the long text further down would elide

    fit_column(table, 1, [0, long_at])  # one row per distinct text
    QApplication.processEvents()
    assert header.sectionSize(1) == every_row
    assert table.sizeHintForColumn(0) <= header.sectionSize(0)  # the other columns still fit their contents
