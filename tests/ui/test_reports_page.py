"""The Reports page on the hand-built station of tests/services/test_indicators: tiles with the figures and the
target, the trend charts, the not-standardised list opening a case file, a drill-down (audited), the period
changed by the shortcuts and the picker, and both exports."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt

from rehabdesk.domain import clock
from rehabdesk.domain.indicators import Period
from rehabdesk.ui.pages.reports import ClientListDialog, ReportsPage
from tests.services.test_indicators import NOW, Station, built  # noqa: F401 (built is a fixture)
from tests.support import audit_rows


@pytest.fixture
def page(qtbot, zh, built: Station, ops, prefs):  # noqa: F811
    with clock.frozen(NOW):
        view = ReportsPage(built.ctx, ops, prefs)
        qtbot.addWidget(view)
        view.show_period("quarter", 2026, 3, refresh=False)
        view.show()  # first shown: counts
        yield view


def test_tiles_charts_and_the_list_of_what_is_missing(page: ReportsPage, built: Station) -> None:  # noqa: F811
    assert page.result is not None and page.result.period == Period.parse("2026Q3")
    assert "9" in page.registered_tile.text() and "4" in page.standardised_tile.text()
    assert "44.4" in page.rate_tile.text() and "60" in page.rate_tile.text()
    assert page.not_standard_table.rowCount() == 5
    keys = {client_id: key for key, client_id in built.ids.items()}
    assert {keys[line.client_id] for line in page.result.not_standardised} == set("DEFGI")
    missing = [page.not_standard_table.item(row, 3).text() for row in range(5)]
    assert any("2026-08" in text for text in missing)  # G: no service in August
    chart = page.findChild(QChartView, "reportRateChart").chart()
    assert len(chart.series()) == 1 and chart.series()[0].barSets()[0].count() == 12
    # The months under the bars are short enough to show whole; the title says which year they are.
    first, last = page.result.trend[0].period.label, page.result.trend[-1].period.label
    assert chart.axes(Qt.Orientation.Horizontal)[0].categories()[-1] == "9月" and last == "2026-09"
    assert f"{first} 至 {last}" in chart.title()
    page.not_standard_table.setCurrentCell(0, 0)
    page.not_standard_table.itemActivated.emit(page.not_standard_table.item(0, 0))
    assert page.case_window is not None and page.case_window.isVisible()
    page.case_window.close()


def test_drill_down_is_audited_and_the_period_changes(page: ReportsPage, built: Station) -> None:  # noqa: F811
    with clock.frozen(NOW):
        page.registered_tile.click()
        assert isinstance(page.dialog, ClientListDialog) and page.dialog.table.rowCount() == 9
        assert audit_rows(built.ctx)[-1][2] == "view"
        page.show_period("month", 2026, 8)
        assert page.result.period.label == "2026-08" and "6" in page.standardised_tile.text()
        page.this_year_button.click()
        assert page.result.period == Period.year(2026)


def test_exports(page: ReportsPage, tmp_path: Path) -> None:
    with clock.frozen(NOW):
        page.export_to(tmp_path / "q3.xlsx")
        page.export_to(tmp_path / "q3.pdf")
    figures = {
        row[0]: row[1] for row in openpyxl.load_workbook(tmp_path / "q3.xlsx").worksheets[0].iter_rows(values_only=True)
    }
    assert figures["登记参加社区康复人数"] == 9
    assert (tmp_path / "q3.pdf").read_bytes().startswith(b"%PDF")


def test_an_admin_sets_the_rule_and_targets(qtbot, zh, admin_ctx, ops, prefs) -> None:
    from PySide6.QtCore import Qt

    from rehabdesk.services import settings
    from rehabdesk.ui.pages.settings_preferences import PreferencesTab

    tab = PreferencesTab(admin_ctx, ops, prefs)
    qtbot.addWidget(tab)
    assert tab.targets_edit.text() == "2023=30,2024=45,2025=60" and tab.suppress_check.isChecked()
    review = next(
        tab.rule_list.item(row)
        for row in range(tab.rule_list.count())
        if tab.rule_list.item(row).data(Qt.ItemDataRole.UserRole) == "standard_stage_review"
    )
    review.setCheckState(Qt.CheckState.Unchecked)
    tab.services_spin.setValue(2)
    tab.targets_edit.setText("2026=150")
    tab.save()
    assert settings.read_settings(admin_ctx).standard_targets != "2026=150"  # refused, the form kept
    assert tab.message.text() and tab.targets_edit.text() == "2026=150"
    tab.targets_edit.setText("2025=60, 2026=70")
    tab.save()
    saved = settings.read_settings(admin_ctx)
    assert (saved.standard_stage_review, saved.standard_services_per_month) == (False, 2)
    assert saved.standard_targets == "2025=60, 2026=70" and saved.standard_consent
    assert saved.idle_lock_minutes == 10  # the other settings as they were


def test_every_tile_opens_the_rows_behind_it(page: ReportsPage, built: Station, qtbot) -> None:  # noqa: F811
    from rehabdesk.ui.dialogs.figure_list import FigureListDialog

    def shown(tile) -> list[list[str]]:
        page.dialog = None
        tile.click()
        qtbot.waitUntil(lambda: isinstance(page.dialog, FigureListDialog))
        table = page.dialog.table
        return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]

    with clock.frozen(NOW):
        movement = shown(page.new_tile)
        assert len(movement) == 8 and movement[-1][3] == "初核登记" and movement[4][4] == "主动退出"
        assert audit_rows(built.ctx)[-1][2] == "view"
        page.dialog.table.setCurrentCell(0, 0)
        page.dialog.table.itemActivated.emit(page.dialog.table.item(0, 0))
        assert page.case_window is not None and page.case_window.isVisible()
        page.case_window.close()
        assert shown(page.waitlist_tile) == [
            ["2026-03-02", movement_case("J", built), "对象J", "在等候名单上", "212 天"]
        ]
        assert [row[1:] for row in shown(page.staff_tile)] == [["社会工作者", "20"], ["精神科医师", "4"]]
        services = shown(page.services_tile)
        assert ["个别", "19", "19"] in services and ["小组", "1", "2"] in services
        assert shown(page.training_tile)[0][0] == "社工甲"


def movement_case(key: str, built: Station) -> str:  # noqa: F811
    from tests.support import query

    return query(
        built.ctx.store.paths, built.ctx.store.master, "SELECT case_number FROM client WHERE id = ?", (built.ids[key],)
    )[0][0]


def _slow_trend_once(real):  # type: ignore[no-untyped-def]
    """A station_trend whose first call counts until cancelled (ten seconds at most, then fails the test); later
    calls are the real one."""
    calls = []

    def trend(ctx, period, *, today=None, progress):  # type: ignore[no-untyped-def]
        calls.append(period)
        if len(calls) > 1:
            return real(ctx, period, today=today, progress=progress)
        for step in range(1000):
            progress.step(step + 1, 1000)
            time.sleep(0.01)
        raise AssertionError("the trend was never cancelled")

    return trend


@pytest.fixture
def threaded_page(qtbot, zh, built: Station, prefs, monkeypatch):  # noqa: F811
    from rehabdesk.services import indicators
    from rehabdesk.ui.operations import Operations

    monkeypatch.setattr(indicators, "station_trend", _slow_trend_once(indicators.station_trend))
    threaded = Operations()
    try:
        with clock.frozen(NOW):
            view = ReportsPage(built.ctx, threaded, prefs)
            qtbot.addWidget(view)
            view.show_period("quarter", 2026, 3, refresh=False)
            view.show()
            qtbot.waitUntil(lambda: view.result is not None, timeout=20_000)
            yield view, threaded
    finally:
        threaded.shutdown()


def _bars(page: ReportsPage) -> int:
    series = page.findChild(QChartView, "reportRateChart").chart().series()
    return series[0].barSets()[0].count() if series else 0


def test_the_tiles_show_before_the_charts_and_the_charts_can_be_cancelled(threaded_page, qtbot, tmp_path) -> None:
    page, threaded = threaded_page
    with clock.frozen(NOW):
        assert "9" in page.registered_tile.text() and "44.4" in page.rate_tile.text()
        # The GUI thread runs while the months are counted on the worker: the bar moves.
        qtbot.waitUntil(lambda: page.trend_progress.value() > 5, timeout=5_000)
        assert page.trend_progress.isVisible() and page.trend_cancel_button.isVisible()
        assert not page.trend_ready and _bars(page) == 0
        page.trend_cancel_button.click()
        qtbot.waitUntil(lambda: not threaded.busy, timeout=5_000)
        assert not page.trend_progress.isVisible() and "取消" in page.trend_label.text()
        assert not page.trend_ready and page.result.trend == () and _bars(page) == 0
        # Exported without the charts' months on screen, the workbook counts them itself.
        page.export_to(tmp_path / "q3.xlsx")
        qtbot.waitUntil(lambda: not threaded.busy and (tmp_path / "q3.xlsx").exists(), timeout=20_000)
    trend = openpyxl.load_workbook(tmp_path / "q3.xlsx")["月度趋势"]
    rows = list(trend.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 12 and rows[-1][:3] == ("2026-09", 8, 4)


def test_a_new_period_cancels_the_months_still_counting(threaded_page, qtbot) -> None:
    page, threaded = threaded_page
    with clock.frozen(NOW):
        qtbot.waitUntil(lambda: page.trend_progress.value() > 5, timeout=5_000)
        page.show_period("month", 2026, 8)  # the quarter's months were still counting
        qtbot.waitUntil(lambda: page.trend_ready, timeout=20_000)
        assert page.result.period.label == "2026-08" and _bars(page) == 12
        assert [(h.period.label, h.registered, h.standardised) for h in page.result.trend[-2:]] == [
            ("2026-07", 8, 8),
            ("2026-08", 9, 6),
        ]
        assert not page.trend_progress.isVisible() and not threaded.busy


def test_the_tiles_show_they_are_counting_and_the_page_stays_usable(
    qtbot,
    zh,
    built: Station,  # noqa: F811
    prefs,
    monkeypatch,
) -> None:
    """While the period's figures are counted on the worker the tiles are greyed out with a bar and a cancel
    button under them, and no modal dialog holds the page; cancelled, the page says so and nothing is shown."""
    import threading

    from PySide6.QtWidgets import QApplication

    from rehabdesk.services import indicators
    from rehabdesk.ui.operations import Operations

    real = indicators.station_indicators
    release = threading.Event()

    def slow(ctx, period, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(ctx, period, **kwargs)

    monkeypatch.setattr(indicators, "station_indicators", slow)
    threaded = Operations()
    try:
        with clock.frozen(NOW):
            view = ReportsPage(built.ctx, threaded, prefs)
            qtbot.addWidget(view)
            view.show_period("quarter", 2026, 3, refresh=False)
            view.show()
            qtbot.waitUntil(lambda: view.figures_progress.isVisible(), timeout=5_000)
            assert "正在统计" in view.figures_label.text() and view.figures_cancel_button.isVisible()
            assert not view.registered_tile.isEnabled() and view.result is None
            assert QApplication.activeModalWidget() is None
            view.figures_cancel_button.click()  # asks the worker to stop at its next step
            release.set()
            qtbot.waitUntil(lambda: not threaded.busy, timeout=20_000)
            assert view.result is None and not view.figures_progress.isVisible()
            assert view.registered_tile.isEnabled() and view.period_label.text() == "已取消。"
            view.refresh()  # counted again, to the end this time
            qtbot.waitUntil(lambda: view.result is not None, timeout=20_000)
            assert "9" in view.registered_tile.text() and not view.figures_progress.isVisible()
            qtbot.waitUntil(lambda: view.trend_ready, timeout=20_000)
    finally:
        threaded.shutdown()
