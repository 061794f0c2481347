"""The one CSV/XLSX writer: formula text comes out as text with a leading apostrophe, in every export."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from rehabdesk.documents.table_writer import HeaderGroup, PrintSetup, Sheet, neutralised, write_csv, write_xlsx
from rehabdesk.domain.errors import DomainError
from rehabdesk.services import audit_log, sessions, training, training_reports
from rehabdesk.services.client_import_template import write_template
from rehabdesk.services.context import StationContext
from rehabdesk.storage.repositories.audit_log import AuditFilter
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY
from tests.people_support import TODAY
from tests.support import raw_sql
from tests.training_support import course_input, worker

HOSTILE = ("=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")


def _xlsx_cells(path: Path) -> list:
    book = openpyxl.load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]


def _assert_no_formula(path: Path, expected: tuple[str, ...] = HOSTILE) -> None:
    cells = _xlsx_cells(path)
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    values = {c.value for c in cells}
    for text in expected:  # an XML reader turns a bare CR into LF: the apostrophe in front is what counts
        assert "'" + text.replace("\r", "\n") in values


@pytest.mark.parametrize("text", (*HOSTILE, " =1", "  +1"))
def test_formula_text_is_neutralised(text: str) -> None:
    assert neutralised(text) == "'" + text


@pytest.mark.parametrize("text", ["张三", "", "a=b", "'=1", "100"])
def test_plain_text_is_left_alone(text: str) -> None:
    assert neutralised(text) == text


def test_xlsx_keeps_text_as_text_numbers_as_numbers_dates_as_dates(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    rows = [[text, 3, 1.5, Decimal("2.25"), date(2026, 1, 2), datetime(2026, 1, 2, 3, 4), None] for text in HOSTILE]
    write_xlsx(path, [Sheet("表", ["=名", "数"], rows, notes=("-期间", "@规则"))])
    _assert_no_formula(path, (*HOSTILE, "=名", "-期间", "@规则"))
    sheet = openpyxl.load_workbook(path).active
    data = next([c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=4))
    assert data[1:6] == [3, 1.5, 2.25, datetime(2026, 1, 2), datetime(2026, 1, 2, 3, 4)]
    assert sheet.cell(row=4, column=5).is_date


def test_xlsx_survives_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_xlsx(path, [Sheet("表", ["名"], [["a\x00b\x07"]])])
    assert openpyxl.load_workbook(path).active["A2"].value == "a\ufffdb\ufffd"


def test_csv_is_bom_utf8_and_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_csv(path, ["名", "数"], [[text, -2] for text in HOSTILE])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["名", "数"]
    assert [row[0] for row in rows[1:]] == ["'" + text for text in HOSTILE]
    assert {row[1] for row in rows[1:]} == {"-2"}


def test_a_hostile_account_name_is_neutralised_in_the_audit_csv(admin_ctx: StationContext, tmp_path: Path) -> None:
    for name in HOSTILE:
        with pytest.raises(DomainError):
            sessions.unlock(admin_ctx.store.paths, name, "wrong-password", TEST_POLICY)
    ctx = sessions.unlock(admin_ctx.store.paths, ADMIN_LOGIN, ADMIN_PASSWORD, TEST_POLICY)
    try:
        target = tmp_path / "audit.csv"
        audit_log.export_audit_csv(ctx, AuditFilter(), target)
    finally:
        ctx.close()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    attempted = [cell for cell in cells if "SUM(A1)" in cell or "calc" in cell or "HYPERLINK" in cell]
    assert attempted, "the failed sign-ins are in the export"


def test_staff_named_as_formulas_come_out_of_the_training_xlsx_as_text(
    admin_ctx: StationContext, tmp_path: Path
) -> None:
    ids = [worker(admin_ctx, f"S{i:03}", f"王{i}") for i in range(len(HOSTILE))]
    training.record_training(admin_ctx, course_input(*ids, hours="20"), today=TODAY)
    # Names typed into the store directly: the export must hold whatever an older version or an import let in.
    statements = [("UPDATE staff SET name = ? WHERE id = ?", (name, i)) for i, name in zip(ids, HOSTILE, strict=True)]
    raw_sql(admin_ctx.store.paths, admin_ctx.store.master, *statements)
    target = training_reports.export_training_summary(admin_ctx, 2026, tmp_path / "汇总.xlsx", today=TODAY)
    _assert_no_formula(target)


def test_the_import_template_has_no_formula(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_template(path)
    assert not [c.coordinate for c in _xlsx_cells(path) if c.data_type == "f"]


def test_grouped_header_and_print_setup(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    spec = Sheet(
        "表",
        ["序号", "=名", "甲", "乙", "丙"],
        [[1, "@站", 2, 3, 4], ["", "合计", 2, 3, 4]],
        notes=("标题",),
        footer=("盖章",),
        groups=(HeaderGroup("+组", 2, 3),),
        print_setup=PrintSetup(landscape=False),
        bold_last_rows=1,
    )
    write_xlsx(path, [spec])
    _assert_no_formula(path, ("=名", "@站", "+组"))
    sheet = openpyxl.load_workbook(path).active
    assert {str(r) for r in sheet.merged_cells.ranges} == {"A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3"}
    assert [sheet.cell(row=3, column=c).value for c in (3, 4)] == ["甲", "乙"]
    assert sheet.page_setup.orientation == "portrait" and sheet.print_title_rows == "$2:$3"
    assert sheet.cell(row=5, column=2).font.bold and not sheet.cell(row=4, column=2).font.bold
    assert sheet.cell(row=4, column=3).border.left.style == "thin"


@pytest.mark.parametrize("group", [HeaderGroup("x", 3, 5), HeaderGroup("x", 2, 1), HeaderGroup("x", -1, 0)])
def test_a_header_group_outside_the_header_is_refused(group: HeaderGroup, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="header group"):
        write_xlsx(tmp_path / "bad.xlsx", [Sheet("t", ["a", "b", "c", "d"], [], groups=(group,))])
    assert not (tmp_path / "bad.xlsx").exists()
