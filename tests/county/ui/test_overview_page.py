"""The stations overview: a real station's snapshot per quarter in the table, and the 规范服务率 chart with the
county's bars, the selected station's, and the year's target."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarSeries, QLineSeries

from rehabdesk.county.services import receiving, registry
from rehabdesk.county.services.summary import stations_overview
from rehabdesk.county.ui.overview_page import NOT_REPORTED, OverviewPage
from rehabdesk.domain import clock
from rehabdesk.services import sync_export
from tests.county.support import enrolled_station


def test_each_quarter_shows_the_snapshot_and_the_chart_the_rate_against_the_target(
    zh, qtbot, ops, county, tmp_path
) -> None:
    station = enrolled_station(county, tmp_path / "s1", seed=5, code="ST0001")
    with clock.frozen(date(2026, 7, 1)):  # registered before the quarters it reports
        registration = registry.register(county, station.request)
        registry.approve(county, registration.device_id, registration.fingerprint)
    usb = tmp_path / "usb"
    usb.mkdir()
    sync_export.export_bundle(station.ctx, usb)
    station.ctx.close()
    receiving.import_bundles(county, usb, usb / "acks")
    expected = stations_overview(county, 2026)
    reported = [
        (index, line)
        for index, table in enumerate(expected.quarters)
        for line in table.stations
        if line.counted_to is not None
    ]
    assert reported, "the demo station's bundle carries at least one quarter's snapshot"

    page = OverviewPage(county, ops)
    qtbot.addWidget(page)
    page.year_spin.setValue(2026)
    page.show()
    assert page.table.rowCount() == 1 and "ST0001" in page.table.item(0, 0).text()
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers[1] == "第一季度\n登记" and headers[3] == "第一季度\n规范服务率"
    for index, line in reported:
        column = 1 + 3 * index
        assert page.table.item(0, column).text() == str(line.registered)
        assert page.table.item(0, column + 1).text() == str(line.standardised)
        assert page.table.item(0, column + 2).text() == f"{line.rate:.1f}%"
    silent = [i for i in range(4) if i not in {index for index, _ in reported}]
    for index in silent:
        assert page.table.item(0, 1 + 3 * index).text() == NOT_REPORTED

    (bars,) = [s for s in page.chart.series() if isinstance(s, QBarSeries)]
    (target,) = [s for s in page.chart.series() if isinstance(s, QLineSeries)]
    assert [bars.barSets()[0].at(i) for i in range(4)] == [v or 0.0 for v in expected.rates.county]
    assert bars.barSets()[0].label() == "全县合计"
    assert {point.y() for point in target.points()} == {60.0}  # 2026: the last listed target (2025 = 60 %) holds
    page.table.selectRow(0)
    (bars,) = [s for s in page.chart.series() if isinstance(s, QBarSeries)]
    assert [s.label() for s in bars.barSets()] == ["全县合计", "ST0001"]
    assert "2026" in page.chart.title()
