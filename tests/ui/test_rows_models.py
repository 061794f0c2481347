"""The Today page's table models (due items, a day's services) and their RowsTableModel base under Qt's own model
tester in Fatal mode, attached while rows are set, replaced and emptied, as the page does on every reload.

Fatal, as asked of every model here: a broken model stops the run at the call that broke it, rather than printing a
warning a green test run would hide."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from rehabdesk.services.service_records import ServiceSummary
from rehabdesk.services.today import TodayItem
from rehabdesk.ui.table_models.due_model import DueTableModel
from rehabdesk.ui.table_models.rows_model import RowsTableModel
from rehabdesk.ui.table_models.services_model import ServicesTableModel

DAY = date(2026, 3, 2)


def _exercise(model: RowsTableModel, first: list, second: list) -> QAbstractItemModelTester:
    """Attach the tester, then fill, refill with other rows and empty the model; returns the tester to keep alive."""
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for rows in (first, second, [], first):
        model.set_rows(rows)
        _read_every_cell(model)
    return tester


def _read_every_cell(model: QAbstractItemModel) -> None:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in roles:
                model.data(model.index(row, column), role)


def _due(count: int) -> list[TodayItem]:
    kinds = ("stage_review", "plan_review", "drill_due", "scan_missing")
    return [
        TodayItem(
            kind=kinds[n % len(kinds)],
            due_on=DAY if n % 3 else None,
            overdue=n % 2 == 0,
            client_id=f"c{n}" if n % 4 != 2 else None,
            case_number=f"2026-{n:04d}" if n % 4 != 2 else "",
            client_name=f"客户{n}" if n % 4 != 2 else "",
            subject="fire" if n % 4 == 2 else "",
        )
        for n in range(count)
    ]


def _services(count: int) -> list[ServiceSummary]:
    return [
        ServiceSummary(
            id=f"s{n}",
            service_date=DAY,
            start_time="09:00",
            end_time="10:00",
            form="group_work" if n % 2 else "no_such_form",
            service_types=("life_skills",),
            group=n % 2 == 1,
            attendees=(("c1", "李明", True), ("c2", "王红", n % 2 == 0)),
            staff=("张三",),
            content="第一行\n第二行",
        )
        for n in range(count)
    ]


def test_the_due_model_passes_the_model_tester(zh) -> None:
    model = DueTableModel()
    tester = _exercise(model, _due(12), _due(5))
    assert tester is not None and model.rowCount() == 12 and model.columnCount() == 4
    overdue = model.index(0, 0)
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_the_services_model_passes_the_model_tester(zh) -> None:
    model = ServicesTableModel()
    tester = _exercise(model, _services(9), _services(2))
    assert tester is not None and model.rowCount() == 9 and model.columnCount() == 5
    assert model.data(model.index(0, 4)) == "第一行 第二行"
    assert model.data(model.index(0, 1)) == "no_such_form"  # a code this version does not know is shown as stored


def test_the_rows_model_base_passes_the_model_tester(zh) -> None:
    class Plain(RowsTableModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
                return None
            return self.rows[index.row()][index.column()]

    model = Plain(["A", "B"])
    tester = _exercise(model, [("1", "2"), ("3", "4")], [("5", "6")])
    assert tester is not None and model.headerData(1, Qt.Orientation.Horizontal) == "B"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
