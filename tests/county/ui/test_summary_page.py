"""The summary page: the county's figures typed, refused in Chinese when wrong (nothing saved), saved when right;
the table previewed with the station that did not report named under it; XLSX and PDF exported and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from rehabdesk.county.services import registry
from rehabdesk.county.services.figures import read_figures
from rehabdesk.county.ui.summary_page import SummaryPage, period_label
from rehabdesk.domain import clock
from tests.county.support import enrolled_station


@pytest.fixture
def page(zh, qtbot, ops, county, tmp_path):
    station = enrolled_station(county, tmp_path / "s1", seed=5, code="ST0001")
    station.ctx.close()
    with clock.frozen(date(2026, 12, 7)):
        registration = registry.register(county, station.request)
        registry.approve(county, registration.device_id, registration.fingerprint)
        made = SummaryPage(county, ops, county_division="110105")
        qtbot.addWidget(made)
        made.show()
    # The station registered today: the quarter running now is the first its registration counts in.
    made.part_combo.setCurrentIndex(3)
    return made


def test_the_period_picker_offers_quarter_half_year_and_year(page) -> None:
    page.part_combo.setCurrentIndex(2)
    assert page.period() == "2026Q3"
    page.kind_combo.setCurrentIndex(1)
    page.part_combo.setCurrentIndex(1)
    assert page.period() == "2026H2"
    page.kind_combo.setCurrentIndex(2)
    assert page.period() == "2026" and not page.part_combo.isVisibleTo(page)
    assert period_label("quarter", 2025, 4) == "2025Q4"


def test_figures_are_refused_in_chinese_then_saved_and_shown_in_the_preview(page, county) -> None:
    assert page.division_combo.currentData() == "110105" and "朝阳区" in page.division_combo.currentText()
    page.figure_edits["patients_total"].setText("120")
    page.figure_edits["willing_to_join"].setText("十二")
    page.figure_edits["work_plan"].setText('=HYPERLINK("http://x")')
    page.save_figures()
    assert page.figures_message.text() == "有意参加社会康复人数：请输入 0 或以上的整数。"
    assert page.figure_edits["willing_to_join"].hasFocus() or page.figure_edits["willing_to_join"].selectedText()
    assert read_figures(county, "110105", "2026Q4") == {}  # all or none
    page.figure_edits["willing_to_join"].setText("12")
    page.figure_edits["purchased_funds"].setText("125000.5")
    page.save_figures()
    assert "已保存" in page.figures_message.text()
    saved = read_figures(county, "110105", "2026Q4")[("110105", "2026Q4")]
    assert saved["patients_total"] == "120" and saved["purchased_funds"] == "125000.50"
    columns = [page.preview.horizontalHeaderItem(c).text().replace("\n", "") for c in range(page.preview.columnCount())]
    first = [page.preview.item(0, c).text() if page.preview.item(0, c) else "" for c in range(len(columns))]
    assert first[columns.index("辖区内严重精神障碍患者人数")] == "120"
    assert page.preview.item(page.preview.rowCount() - 1, 1).text() == "合计"
    assert "测试康复站 ST0001" in page.notes_label.text()  # registered, sent nothing: named, not counted as zero
    page.figure_edits["patients_total"].setText("")
    page.save_figures()
    assert "patients_total" not in read_figures(county, "110105", "2026Q4")[("110105", "2026Q4")]


def test_the_summary_is_exported_to_xlsx_and_pdf(page, county, tmp_path: Path) -> None:
    page.figure_edits["patients_total"].setText("88")
    page.figure_edits["work_plan"].setText('=HYPERLINK("http://x","点我")')
    page.save_figures()
    target = tmp_path / "汇总表-2026Q4.xlsx"
    page.export_to(target)
    assert page.written == target and str(target) in page.export_label.text()
    sheet = openpyxl.load_workbook(target).worksheets[0]
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert any("推进情况汇总表" in text and "2026年第四季度" in text for text in texts)
    assert 88 in [cell.value for row in sheet.iter_rows() for cell in row]
    assert any("测试康复站 ST0001" in text for text in texts)
    assert sheet.merged_cells.ranges
    typed = [cell for row in sheet.iter_rows() for cell in row if "HYPERLINK" in str(cell.value or "")]
    assert [(cell.value, cell.data_type) for cell in typed] == [('\'=HYPERLINK("http://x","点我")', "s")]
    pdf = tmp_path / "汇总表-2026Q4.pdf"
    page.export_to(pdf)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "推进情况汇总表" in text.replace("\n", "")


def test_hostile_figure_text_is_refused_in_chinese_and_nothing_is_saved(page, county) -> None:
    for hostile in ("已制定\u202e", "a\x00b", "已\u200b制定"):
        page.figure_edits["work_plan"].setText(hostile)
        page.save_figures()
        message = page.figures_message.text()
        assert message and any("\u4e00" <= ch <= "\u9fff" for ch in message) and "Traceback" not in message
        assert read_figures(county, "110105", "2026Q4") == {}
    page.figure_edits["work_plan"].setText("x" * 5000)  # the field holds what the service keeps, no more
    assert len(page.figure_edits["work_plan"].text()) == 200


def test_a_wrong_file_name_is_refused_in_chinese(page, tmp_path: Path) -> None:
    page.export_to(tmp_path / "summary.csv")
    assert ".xlsx" in page.export_label.text() and "文件" in page.export_label.text()
    assert not (tmp_path / "summary.csv").exists()
