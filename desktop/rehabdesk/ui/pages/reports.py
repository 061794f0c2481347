"""The Reports page (统计报表): the station's indicators for a period — headline tiles beside the year's target,
month-by-month trend charts, the clients not counted as standardised with the parts they miss (Enter opens the case
file), the lists behind the figures (an audited view), and the PDF and Excel exports.

The period's figures come from services.indicators on the database worker; while they are counted the tiles are
greyed with a progress bar and a cancel button under them. The tiles show as soon as they are counted, and the
twelve months of the charts are counted after them, with their own progress bar and cancel button (the page stays
usable meanwhile). The page
refreshes when case files, services, papers, staff, training, safety or settings change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.indicators import ClientLine, Headline, Indicators, Missing, Period
from rehabdesk.domain.people import ClientStatus
from rehabdesk.domain.progress import Cancelled
from rehabdesk.domain.roles import Permission
from rehabdesk.services import committed, indicator_details, indicators, indicators_reports, training
from rehabdesk.services.context import StationContext
from rehabdesk.ui.change_follower import follow_changes
from rehabdesk.ui.dialogs.figure_list import FigureListDialog
from rehabdesk.ui.kit.colours import NEUTRAL_BACKGROUND, State, colours_of
from rehabdesk.ui.kit.fields import button, year_spin
from rehabdesk.ui.kit.progress_bridge import ProgressBridge
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations, show_domain_error
from rehabdesk.ui.pages import report_figures
from rehabdesk.ui.pages.case_window import open_case_window
from rehabdesk.ui.pages.staff_training import documents_folder
from rehabdesk.ui.preferences import Preferences
from rehabdesk.ui.text.labels import label_of
from rehabdesk.ui.text.punctuation import clauses, listing

_TILE_LOOK = "padding: 8px 12px; border-radius: 4px; text-align: left;"
_TILE_STYLE = f"QPushButton {{ background: {NEUTRAL_BACKGROUND.name()}; {_TILE_LOOK} }}"
_KINDS = ("quarter", "month", "half", "year", "range")
FOLLOWED = (
    committed.CASE_FILES
    | committed.SERVICES
    | committed.PAPERWORK
    | committed.STAFF
    | committed.TRAINING
    | committed.SAFETY
    | committed.SETTINGS
    | committed.CLIENTS
)


def missing_text(missing: Missing) -> str:
    translate = QCoreApplication.translate
    on = missing.on.isoformat() if missing.on else ""
    texts = {
        "consent": translate("ReportsPage", "consent not in force ({date})").format(date=on),
        "agreement": translate("ReportsPage", "agreement not in force ({date})").format(date=on),
        "baseline": translate("ReportsPage", "no baseline assessment"),
        "plan": translate("ReportsPage", "no approved plan in force"),
        "services": translate("ReportsPage", "no service in {months}").format(months=missing.detail.replace(",", ", ")),
        "stage_review": translate("ReportsPage", "stage review overdue since {date}").format(date=on),
    }
    return texts.get(missing.part, missing.part)


class ClientListDialog(QDialog):
    """The clients behind a figure; Enter or a double click opens the case file (for an account that may)."""

    def __init__(
        self,
        ctx: StationContext,
        ops: Operations,
        prefs: Preferences,
        title: str,
        lines: list[ClientLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportClientListDialog")
        self.setWindowTitle(title)
        self._ctx, self._ops, self._prefs = ctx, ops, prefs
        self.lines = lines
        self.table = client_table("reportClientListTable")
        fill_clients(self.table, lines)
        self.table.itemActivated.connect(lambda item: self._open(item.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{count} clients").format(count=len(lines))))
        layout.addWidget(self.table)
        self.resize(760, 480)

    def _open(self, row: int) -> None:
        if self._ctx.actor.may(Permission.VIEW_RECORDS) and 0 <= row < len(self.lines):
            open_case_window(self, self._ctx, self._ops, self._prefs, self.lines[row].client_id)


def client_table(name: str) -> QTableWidget:
    translate = QCoreApplication.translate
    return list_table(
        name,
        [
            translate("ReportsPage", "Case number"),
            translate("ReportsPage", "Name"),
            translate("ReportsPage", "Status"),
            translate("ReportsPage", "Missing"),
        ],
        stretch=(3,),
    )


def fill_clients(table: QTableWidget, lines: list[ClientLine]) -> None:
    table.setRowCount(len(lines))
    for row, line in enumerate(lines):
        set_row(
            table,
            row,
            [
                line.case_number,
                line.name,
                label_of(ClientStatus, line.status),
                clauses(missing_text(m) for m in line.missing),
            ],
        )


class ReportsPage(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._ops, self._prefs = ctx, ops, prefs
        self.result: Indicators | None = None
        self.dialog: QDialog | None = None  # the last list opened, for tests
        self.case_window: QDialog | None = None  # the last case file opened from the list
        self._bridge: ProgressBridge | None = None  # the period's figures being counted, to cancel
        self._trend_bridge: ProgressBridge | None = None  # the trend being counted, to cancel
        self.trend_ready = False  # the result holds the twelve months of the charts
        self._loading = False
        self._ready = False  # nothing is counted before the page is first shown
        today = clock.today()

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("reportKindCombo")
        for kind, text in zip(
            _KINDS,
            (self.tr("Quarter"), self.tr("Month"), self.tr("Half-year"), self.tr("Year"), self.tr("From – to")),
            strict=True,
        ):
            self.kind_combo.addItem(text, kind)
        self.year_spin = year_spin("reportYearSpin")
        self.year_spin.setValue(today.year)
        self.part_spin = QSpinBox()
        self.part_spin.setObjectName("reportPartSpin")
        self.from_edit = self._date_edit("reportFromEdit", today.replace(day=1))
        self.to_edit = self._date_edit("reportToEdit", today)
        self.this_quarter_button = button(self.tr("This quarter"), "reportThisQuarterButton")
        self.last_quarter_button = button(self.tr("Last quarter"), "reportLastQuarterButton")
        self.this_year_button = button(self.tr("This year"), "reportThisYearButton")
        self.pdf_button = button(self.tr("Export PDF…"), "reportPdfButton")
        self.excel_button = button(self.tr("Export Excel…"), "reportExcelButton")
        top = QHBoxLayout()
        for widget in (self.kind_combo, self.year_spin, self.part_spin, self.from_edit, self.to_edit):
            top.addWidget(widget)
        for widget in (self.this_quarter_button, self.last_quarter_button, self.this_year_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.excel_button)

        self.period_label = QLabel()
        self.period_label.setObjectName("reportPeriodLabel")
        self.rule_label = QLabel()
        self.rule_label.setObjectName("reportRuleLabel")
        self.rule_label.setWordWrap(True)
        self.registered_tile = self._tile("reportRegisteredTile")
        self.standardised_tile = self._tile("reportStandardisedTile")
        self.rate_tile = self._tile("reportRateTile")
        self.new_tile = self._tile("reportNewTile")
        self.waitlist_tile = self._tile("reportWaitlistTile")
        self.services_tile = self._tile("reportServicesTile")
        self.staff_tile = self._tile("reportStaffTile")
        self.training_tile = self._tile("reportTrainingTile")
        tiles = QGridLayout()
        for index, tile in enumerate(self._tiles()):
            tiles.addWidget(tile, index // 4, index % 4)
        # While the period's figures are counted: a row under the tiles, not a modal dialog, so the page stays
        # usable (another period asked for is counted next).
        self.figures_label, self.figures_progress, self.figures_cancel_button, figures_row = self._counting_row(
            "Figures", self._cancel_figures
        )
        self.registered_tile.clicked.connect(self._show_registered)
        self.standardised_tile.clicked.connect(self._show_standardised)
        self.rate_tile.clicked.connect(self._show_not_standardised)
        self.new_tile.clicked.connect(self._show_movement)
        self.waitlist_tile.clicked.connect(self._show_waitlist)
        self.services_tile.clicked.connect(self._show_services)
        self.staff_tile.clicked.connect(self._show_staff)
        self.training_tile.clicked.connect(self._show_training)

        self.rate_chart = QChartView()
        self.rate_chart.setObjectName("reportRateChart")
        self.count_chart = QChartView()
        self.count_chart.setObjectName("reportCountChart")
        for view in (self.rate_chart, self.count_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
        self.trend_label, self.trend_progress, self.trend_cancel_button, trend_row = self._counting_row(
            "Trend", self._cancel_trend
        )
        self._trend_busy(False)
        self._figures_busy(False)
        charts = QHBoxLayout()
        charts.addWidget(self.rate_chart)
        charts.addWidget(self.count_chart)
        charts_column = QVBoxLayout()
        charts_column.setContentsMargins(0, 0, 0, 0)
        charts_column.addLayout(trend_row)
        charts_column.addLayout(charts, 1)
        charts_box = QWidget()
        charts_box.setLayout(charts_column)

        self.not_standard_table = client_table("reportNotStandardTable")
        self.not_standard_table.itemActivated.connect(lambda item: self._open_case(item.row()))
        group = QGroupBox(self.tr("Registered clients not counted as standardised"))
        QVBoxLayout(group).addWidget(self.not_standard_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(charts_box)
        splitter.addWidget(group)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.period_label)
        layout.addLayout(tiles)
        layout.addLayout(figures_row)
        layout.addWidget(self.rule_label)
        layout.addWidget(splitter, 1)

        self._kind_changed()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for spin in (self.year_spin, self.part_spin):
            spin.valueChanged.connect(self.refresh)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        self.this_quarter_button.clicked.connect(self._this_quarter)
        self.last_quarter_button.clicked.connect(self._last_quarter)
        self.this_year_button.clicked.connect(lambda: self.show_period("year", clock.today().year))
        self.pdf_button.clicked.connect(lambda: self._export(".pdf"))
        self.excel_button.clicked.connect(lambda: self._export(".xlsx"))
        self.show_period("quarter", today.year, _quarter(today), refresh=False)
        self._ready = True
        follow_changes(self, ops, FOLLOWED, self.refresh, loaded=False)

    # -- the period ---------------------------------------------------------------------------------------------

    @staticmethod
    def _date_edit(name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _tiles(self) -> tuple[QPushButton, ...]:
        return (
            self.registered_tile,
            self.standardised_tile,
            self.rate_tile,
            self.new_tile,
            self.waitlist_tile,
            self.services_tile,
            self.staff_tile,
            self.training_tile,
        )

    def _counting_row(
        self, name: str, cancel: Callable[[], None]
    ) -> tuple[QLabel, QProgressBar, QPushButton, QHBoxLayout]:
        """What the page shows while it counts one part: a label, a busy bar and a Cancel button in a row."""
        label = QLabel()
        label.setObjectName(f"report{name}Label")
        progress = QProgressBar()
        progress.setObjectName(f"report{name}Progress")
        progress.setTextVisible(False)
        cancel_button = button(self.tr("Cancel"), f"report{name}CancelButton")
        cancel_button.clicked.connect(cancel)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(progress, 1)
        row.addWidget(cancel_button)
        return label, progress, cancel_button, row

    def _tile(self, name: str) -> QPushButton:
        tile = QPushButton()
        tile.setObjectName(name)
        tile.setStyleSheet(_TILE_STYLE)
        tile.setMinimumHeight(56)
        return tile

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        ranges = {"quarter": 4, "month": 12, "half": 2}
        self.part_spin.blockSignals(True)
        if kind in ranges:
            self.part_spin.setRange(1, ranges[kind])
        self.part_spin.blockSignals(False)
        self.part_spin.setVisible(kind in ranges)
        self.year_spin.setVisible(kind != "range")
        self.from_edit.setVisible(kind == "range")
        self.to_edit.setVisible(kind == "range")
        self.refresh()

    def show_period(self, kind: str, year: int, part: int = 1, *, refresh: bool = True) -> None:
        widgets = (self.kind_combo, self.year_spin, self.part_spin)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind_combo.setCurrentIndex(_KINDS.index(kind))
        self.year_spin.setValue(year)
        self.part_spin.setRange(1, {"quarter": 4, "month": 12, "half": 2}.get(kind, 1))
        self.part_spin.setValue(part)
        for widget in widgets:
            widget.blockSignals(False)
        self.part_spin.setVisible(kind in ("quarter", "month", "half"))
        self.year_spin.setVisible(kind != "range")
        self.from_edit.setVisible(kind == "range")
        self.to_edit.setVisible(kind == "range")
        if refresh:
            self.refresh()

    def _this_quarter(self) -> None:
        today = clock.today()  # read on each click: the page may stay open across a quarter's end
        self.show_period("quarter", today.year, _quarter(today))

    def _last_quarter(self) -> None:
        today = clock.today()
        quarter = _quarter(today) - 1
        self.show_period("quarter", today.year if quarter else today.year - 1, quarter or 4)

    def period(self) -> Period:
        kind, year, part = self.kind_combo.currentData(), self.year_spin.value(), self.part_spin.value()
        if kind == "quarter":
            return Period.quarter(year, part)
        if kind == "month":
            return Period.month(year, part)
        if kind == "half":
            return Period.half(year, part)
        if kind == "year":
            return Period.year(year)
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return Period.between(start, max(start, end))

    # -- computing ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading or not self._ready:
            return
        self._cancel_trend()
        period = self.period()
        self._loading = True
        bridge = ProgressBridge()
        self._bridge = bridge
        bridge.advanced.connect(self._figures_advanced)
        self._figures_busy(True)

        def work() -> Indicators | None:
            try:
                return indicators.station_indicators(self._ctx, period, trend=False, progress=bridge, then_trend=True)
            except Cancelled:
                return None

        self._ops.run(self, work, on_success=self._computed, on_failure=self._failed)

    def _figures_busy(self, busy: bool) -> None:
        """The tiles greyed out with a bar under them while the period's figures are counted."""
        self.figures_label.setText(self.tr("Counting the figures…") if busy else "")
        for widget in (self.figures_label, self.figures_progress, self.figures_cancel_button):
            widget.setVisible(busy)
        self.figures_progress.setRange(0, 0)  # busy until the first step says how far
        for tile in self._tiles():
            tile.setEnabled(not busy)

    def _figures_advanced(self, done: int, total: int) -> None:
        self.figures_progress.setRange(0, total)
        self.figures_progress.setValue(done)

    def _cancel_figures(self) -> None:
        if self._bridge is not None:
            self._bridge.cancel()

    def _close_progress(self) -> None:
        self._loading = False
        self._bridge = None
        self._figures_busy(False)

    def _failed(self, error: DomainError) -> None:
        self._close_progress()
        show_domain_error(self, error)

    def _computed(self, result: Indicators | None) -> None:
        self._close_progress()
        if result is None:
            self.period_label.setText(self.tr("Cancelled."))
            return
        if result.period != self.period():  # the period changed while counting: count again
            self.refresh()
            return
        self.result = result
        self.trend_ready = False
        self._show(result)
        self._count_trend(result.period)

    # -- the trend, counted after the tiles ------------------------------------------------------------------------

    def _trend_busy(self, busy: bool) -> None:
        self.trend_label.setText(self.tr("Counting the months for the charts…") if busy else "")
        self.trend_progress.setVisible(busy)
        self.trend_cancel_button.setVisible(busy)
        self.trend_progress.setRange(0, 0)  # busy until the first step says how far

    def _count_trend(self, period: Period) -> None:
        bridge = ProgressBridge()
        self._trend_bridge = bridge
        bridge.advanced.connect(self._trend_advanced)
        self._trend_busy(True)

        def work() -> tuple[Headline, ...] | None:
            try:
                return indicators.station_trend(self._ctx, period, progress=bridge)
            except Cancelled:
                return None

        self._ops.run(
            self,
            work,
            on_success=lambda trend: self._trend_counted(bridge, period, trend),
            on_failure=lambda error: self._trend_failed(bridge, error),
        )

    def _trend_advanced(self, done: int, total: int) -> None:
        self.trend_progress.setRange(0, total)
        self.trend_progress.setValue(done)

    def _cancel_trend(self) -> None:
        if self._trend_bridge is not None:
            self._trend_bridge.cancel()
            self._trend_bridge = None
            self._trend_busy(False)
            self.trend_label.setText(self.tr("Charts not counted (cancelled)."))

    def _trend_counted(self, bridge: ProgressBridge, period: Period, trend: tuple[Headline, ...] | None) -> None:
        if bridge is not self._trend_bridge:
            return  # cancelled, or a later count replaced it
        self._trend_bridge = None
        self._trend_busy(False)
        if trend is None or self.result is None or self.result.period != period:
            return
        self.result = replace(self.result, trend=trend)
        self.trend_ready = True
        self._charts(self.result)

    def _trend_failed(self, bridge: ProgressBridge, error: DomainError) -> None:
        if bridge is self._trend_bridge:
            self._trend_bridge = None
            self._trend_busy(False)
        show_domain_error(self, error)

    # -- showing ------------------------------------------------------------------------------------------------

    def _show(self, r: Indicators) -> None:
        text = self.tr("Period: {start} to {end}").format(
            start=r.period.start.isoformat(), end=r.period.end.isoformat()
        )
        if r.counted_to < r.period.end:
            text += self.tr(" (counted to {day})").format(day=r.counted_to.isoformat())
        if not r.station_wide:
            text += self.tr(" — my clients only")
        self.period_label.setText(text)
        self.registered_tile.setText(self.tr("Registered\n{count}").format(count=r.registered))
        self.standardised_tile.setText(self.tr("Standardised services\n{count}").format(count=r.standardised))
        target = (
            self.tr("no target")
            if r.target_percent is None
            else self.tr("target {target} %").format(target=r.target_percent)
        )
        self.rate_tile.setText(self.tr("Rate\n{rate} % ({target})").format(rate=f"{r.rate:.1f}", target=target))
        met = r.target_percent is None or r.rate >= r.target_percent
        background = colours_of(State.DONE if met else State.OVERDUE)[1]
        self.rate_tile.setStyleSheet(_TILE_STYLE.replace(NEUTRAL_BACKGROUND.name(), background.name()))
        self.rate_tile.setToolTip(self.tr("Met") if met else self.tr("Below the target"))
        self.new_tile.setText(
            self.tr("New: {applied} applied, {enrolled} enrolled\nClosed: {closed}").format(
                applied=r.applications, enrolled=r.enrolments, closed=sum(r.closings_by_outcome.values())
            )
        )
        self.waitlist_tile.setText(
            self.tr("Waiting list\n{count} ({long} over {days} days)").format(
                count=r.waitlist, long=r.waiting_long, days=r.wait_days
            )
        )
        self.services_tile.setText(
            self.tr("Services\n{records} records, {times} client-times, {hours} h").format(
                records=r.service_records, times=r.client_times, hours=r.service_hours
            )
        )
        self.staff_tile.setText(
            self.tr("Psychiatric staff {mp} ({mr})\nSocial workers {sp} ({sr})").format(
                mp=r.psychiatric_medical.people,
                mr=r.psychiatric_medical.records,
                sp=r.social_work.people,
                sr=r.social_work.records,
            )
        )
        t = r.training
        self.training_tile.setText(
            self.tr("Training met {met}/{direct}\nRelevant degree {percent} %").format(
                met=t.compliant, direct=t.direct_service, percent=t.relevant_degree_percent
            )
        )
        parts = [self._part_name(p) for p in r.rule.parts()]
        self.rule_label.setText(self.tr("Rule: {parts}").format(parts=listing(parts)))
        fill_clients(self.not_standard_table, r.not_standardised)
        self._charts(r)

    def _part_name(self, part: str) -> str:
        names = {
            "consent": self.tr("consent"),
            "agreement": self.tr("agreement"),
            "baseline": self.tr("baseline assessment"),
            "plan": self.tr("approved plan"),
            "services": self.tr("services every month"),
            "stage_review": self.tr("stage review on time"),
        }
        return names.get(part, part)

    def _charts(self, r: Indicators) -> None:
        # Month names fit under a bar where "2026-01" was cut to "26…"; the titles carry the years.
        locale = QLocale()
        labels = [locale.monthName(h.period.start.month, QLocale.FormatType.ShortFormat) for h in r.trend]
        span = (
            self.tr("%1 to %2").replace("%1", r.trend[0].period.label).replace("%2", r.trend[-1].period.label)
            if r.trend
            else ""
        )
        rate = QChart()
        rate.setTitle(self.tr("Standardised rate by month (%), %1").replace("%1", span))
        bars = QBarSet(self.tr("Rate"))
        bars.append([h.rate for h in r.trend])
        series = QBarSeries()
        series.append(bars)
        rate.addSeries(series)
        months = QBarCategoryAxis()
        months.append(labels)
        rate.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        percent = QValueAxis()
        percent.setRange(0, 100)
        rate.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(percent)
        rate.legend().hide()
        rate.setMargins(QMargins(4, 4, 4, 4))
        self.rate_chart.setChart(rate)

        counts = QChart()
        counts.setTitle(self.tr("Registered and standardised by month, %1").replace("%1", span))
        registered = QLineSeries()
        registered.setName(self.tr("Registered"))
        standard = QLineSeries()
        standard.setName(self.tr("Standardised"))
        for index, h in enumerate(r.trend):
            registered.append(index, h.registered)
            standard.append(index, h.standardised)
        counts.addSeries(registered)
        counts.addSeries(standard)
        axis_x = QBarCategoryAxis()
        axis_x.append(labels)
        counts.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        axis_y = QValueAxis()
        axis_y.setRange(0, max([1, *(h.registered for h in r.trend)]))
        axis_y.setLabelFormat("%d")
        counts.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for line in (registered, standard):
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        counts.setMargins(QMargins(4, 4, 4, 4))
        self.count_chart.setChart(counts)

    # -- lists and exports -------------------------------------------------------------------------------------

    def _open_case(self, row: int) -> None:
        if self.result is None or not self._ctx.actor.may(Permission.VIEW_RECORDS):
            return
        lines = self.result.not_standardised
        if 0 <= row < len(lines):
            self.case_window = open_case_window(self, self._ctx, self._ops, self._prefs, lines[row].client_id)

    def _show_list(self, which: str, title: str, lines: list[ClientLine]) -> None:
        if self.result is None:
            return
        period = self.result.period

        def opened(_: object) -> None:
            self.dialog = ClientListDialog(self._ctx, self._ops, self._prefs, title, lines, self)
            self.dialog.show()

        self._ops.run(
            self,
            lambda: indicators.record_list_viewed(self._ctx, period, which, len(lines)),
            on_success=opened,
        )

    def _show_registered(self) -> None:
        if self.result is not None:
            self._show_list("registered", self.tr("Registered clients"), list(self.result.clients))

    def _show_standardised(self) -> None:
        if self.result is not None:
            lines = [line for line in self.result.clients if not line.missing]
            self._show_list("standardised", self.tr("Clients with standardised services"), lines)

    def _show_not_standardised(self) -> None:
        if self.result is not None:
            self._show_list("not_standardised", self.tr("Not standardised"), self.result.not_standardised)

    def _show_figure(self, title: str, summary: str, headers: list[str], rows: list[list[str]], clients=None) -> None:
        """``clients``: the client id of each row, when Enter should open that case file."""

        def open_row(row: int) -> None:
            if clients is not None and 0 <= row < len(clients) and self._ctx.actor.may(Permission.VIEW_RECORDS):
                self.case_window = open_case_window(self, self._ctx, self._ops, self._prefs, clients[row])

        self.dialog = FigureListDialog(title, summary, headers, rows, open_row=open_row, parent=self)
        self.dialog.show()

    def _show_events(self, title: str, fetch) -> None:
        if self.result is None:
            return
        period, counted_to = self.result.period, self.result.counted_to

        def shown(found: list) -> None:
            summary = self.tr("{count} entries").format(count=len(found))
            rows = report_figures.client_event_rows(found)
            clients = [row.client_id for row in found]
            self._show_figure(title, summary, report_figures.client_event_headers(), rows, clients)

        self._ops.run(self, lambda: fetch(self._ctx, period, today=counted_to), on_success=shown)

    def _show_movement(self) -> None:
        self._show_events(
            self.tr("Applications, enrolments, closings and referrals"), indicator_details.movement_behind
        )

    def _show_waitlist(self) -> None:
        self._show_events(self.tr("Waiting list"), indicator_details.waitlist_behind)

    def _show_staff(self) -> None:
        if self.result is None:
            return
        period, counted_to = self.result.period, self.result.counted_to

        def shown(found: list) -> None:
            summary = self.tr("{count} staff members on service records").format(count=len(found))
            headers, rows = report_figures.staff_headers(), report_figures.staff_rows(found)
            self._show_figure(self.tr("Staff taking part"), summary, headers, rows)

        self._ops.run(
            self, lambda: indicator_details.staff_behind(self._ctx, period, today=counted_to), on_success=shown
        )

    def _show_services(self) -> None:
        if self.result is not None:
            r = self.result
            summary = self.tr("{records} records, {times} client-times, {hours} h").format(
                records=r.service_records, times=r.client_times, hours=r.service_hours
            )
            rows = report_figures.service_rows(r)
            self._show_figure(self.tr("Services"), summary, report_figures.service_headers(), rows)

    def _show_training(self) -> None:
        if self.result is None:
            return
        year, counted_to = self.result.training.year, self.result.counted_to

        def shown(overview: training.TrainingOverview) -> None:
            summary = self.tr("Training year {year}").format(year=overview.year)
            headers, rows = report_figures.training_headers(), report_figures.training_rows(overview)
            self._show_figure(self.tr("Training hours"), summary, headers, rows)

        self._ops.run(self, lambda: training.training_overview(self._ctx, year, today=counted_to), on_success=shown)

    def _export(self, suffix: str) -> None:
        if self.result is None:
            return
        result = self.result
        name = f"report-{result.period.label.replace('–', '_')}{suffix}"
        pattern = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbooks (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(documents_folder() / name), pattern)
        if chosen:
            self.export_to(Path(chosen) if Path(chosen).suffix else Path(chosen + suffix))

    def export_to(self, path: Path) -> None:
        """Write the figures on screen to ``path`` (.pdf or .xlsx)."""
        if self.result is None:
            return
        # Without its charts' months (still counting, or cancelled) the export counts everything itself.
        result = self.result if self.trend_ready else None
        period = self.result.period
        self._ops.run(
            self,
            lambda: indicators_reports.export_indicators(self._ctx, period, path, indicators=result),
            on_success=lambda written: self.period_label.setText(self.tr("Written: {path}").format(path=written)),
        )


def _quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1
