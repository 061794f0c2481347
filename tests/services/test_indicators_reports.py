"""The indicators written as PDF and Excel, read back (pypdf, openpyxl) and compared with the service's figures,
on the hand-built station of test_indicators."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pypdf

from rehabdesk.services import indicators
from rehabdesk.services.indicators_reports import export_indicators
from tests.documents.pdf_reading import assert_fonts_embedded
from tests.services.test_indicators import NOW, Q3, Station, built  # noqa: F401 (built is a fixture)
from tests.support import audit_rows


def _sheet_rows(ws) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def test_excel_has_the_service_figures_as_numbers(built: Station, tmp_path: Path) -> None:  # noqa: F811
    expected = indicators.station_indicators(built.ctx, Q3, today=NOW)
    path = export_indicators(built.ctx, Q3, tmp_path / "q3.xlsx", today=NOW)
    book = openpyxl.load_workbook(path)
    first = book.worksheets[0]
    assert first.title == "主要指标"
    rows = _sheet_rows(first)
    notes = [r[0] for r in rows[:12] if r[0]]
    assert any("2026Q3" in str(n) for n in notes) and any("接受规范服务" in str(n) for n in notes)
    figures = {r[0]: r[1] for r in rows if r[0] and r[1] is not None}
    assert figures["登记参加社区康复人数"] == expected.registered == 9
    assert figures["登记康复对象接受规范服务人数"] == expected.standardised == 4
    assert figures["规范服务率"] == expected.rate == 44.4
    assert figures["服务人次"] == expected.client_times and isinstance(figures["服务人次"], int)
    listing = _sheet_rows(book["未达规范服务名单"])
    assert len(listing) == 1 + len(expected.not_standardised) == 6
    assert any("知情同意已撤回" in row[2] for row in listing[1:])
    trend = _sheet_rows(book["月度趋势"])
    assert trend[-1][:3] == ("2026-09", 8, 4)
    # Lists by profession that leave the station: one psychiatrist is "<5".
    professions = dict((r[0], r[1]) for r in _sheet_rows(book["参与人员（按岗位）"])[1:])
    assert professions["精神科医师"] == "<5"
    assert audit_rows(built.ctx)[-1][2] == "export"


def test_pdf_prints_the_rule_and_the_figures(built: Station, tmp_path: Path) -> None:  # noqa: F811
    expected = indicators.station_indicators(built.ctx, Q3, today=NOW)
    path = export_indicators(built.ctx, Q3, tmp_path / "q3.pdf", today=NOW)
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    compact = text.replace(" ", "")
    assert "康复服务统计报表" in compact and "2026Q3" in compact
    assert "每个在册服务满15天的月份至少有1次服务记录" in compact
    assert (
        f"登记参加社区康复人数\n{expected.registered}" in text.replace(" \n", "\n")
        or "登记参加社区康复人数9" in compact
    )
    assert "44.4" in compact
    assert_fonts_embedded(path.read_bytes())
