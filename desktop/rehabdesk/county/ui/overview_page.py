"""The stations overview: for a year, each station's indicator snapshot per quarter (登记, 规范服务, the rate), and
the 规范服务率 by quarter as a chart against the year's target: the county's, and the selected station's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from rehabdesk.county.ui.jobs import run_job
from rehabdesk.domain import clock
from rehabdesk.ui.kit.colours import RED
from rehabdesk.ui.kit.tables import list_table, set_row
from rehabdesk.ui.operations import Operations

NOT_REPORTED = "—"


def _count(value: int | None) -> str:
    return NOT_REPORTED if value is None else str(value)


def _rate(value: float | None) -> str:
    return NOT_REPORTED if value is None else f"{value:.1f}%"


class OverviewPage(QWidget):
    def __init__(self, ctx: Any, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._ctx, self._ops = ctx, ops
        self.overview: Any = None
        self.codes: list[str] = []
        title = QLabel(self.tr("Stations overview"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("overviewYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setValue(clock.today().year)
        self.year_spin.valueChanged.connect(self.refresh)
        self.quarters = quarters = [self.tr("Q1"), self.tr("Q2"), self.tr("Q3"), self.tr("Q4")]
        headers = [self.tr("Station")]
        for quarter in quarters:
            headers += [
                self.tr("{quarter}\nregistered").format(quarter=quarter),
                self.tr("{quarter}\nstandard service").format(quarter=quarter),
                self.tr("{quarter}\nrate").format(quarter=quarter),
            ]
        self.table = list_table("overviewTable", headers, stretch=(0,))
        self.table.itemSelectionChanged.connect(self._draw_chart)
        self.chart = QChart()
        self.chart.setObjectName("rateChart")
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.note_label = QLabel(self.tr(
            "From each station's indicator snapshot of the quarter; — where a station sent none. Select a station "
            "to compare its rate with the county's."))  # fmt: skip
        self.note_label.setWordWrap(True)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Year")))
        picker.addWidget(self.year_spin)
        picker.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(picker)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.chart_view, 1)
        self._loaded = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        from rehabdesk.county.services.summary import stations_overview

        ctx, year = self._ctx, self.year_spin.value()
        run_job(self._ops, self, lambda: stations_overview(ctx, year), on_success=self._show)

    def _show(self, overview: Any) -> None:
        self.overview = overview
        by_quarter = [{line.station.code: line for line in table.stations} for table in overview.quarters]
        stations = {line.station.code: line.station for lines in by_quarter for line in lines.values()}
        self.codes = sorted(stations, key=lambda code: (stations[code].division, code))
        self.table.setRowCount(len(self.codes))
        for row, code in enumerate(self.codes):
            cells = [f"{stations[code].name}（{code}）"]
            for lines in by_quarter:
                line = lines.get(code)
                counted = line is not None and line.counted_to is not None
                cells += [
                    _count(line.registered) if counted else NOT_REPORTED,
                    _count(line.standardised) if counted else NOT_REPORTED,
                    _rate(line.rate) if counted else NOT_REPORTED,
                ]
            set_row(self.table, row, cells)
        self._draw_chart()

    def _target(self, index: int) -> int | None:
        stated = self.overview.rates.targets[index]
        return stated if stated is not None else self.overview.default_target

    def _draw_chart(self) -> None:
        if self.overview is None:
            return
        rates = self.overview.rates
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Standard service rate by quarter, {year}").format(year=self.overview.year))
        bars = QBarSeries()
        county = QBarSet(self.tr("County"))
        county.append([value or 0.0 for value in rates.county])
        bars.append(county)
        row = self.table.currentRow()
        if 0 <= row < len(self.codes) and self.table.selectedItems():
            code = self.codes[row]
            station = QBarSet(code)
            station.append([value or 0.0 for value in rates.stations.get(code, (None,) * 4)])
            bars.append(station)
        chart.addSeries(bars)
        target = QLineSeries()
        target.setName(self.tr("Target"))
        pen = QPen(QColor(RED))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        target.setPen(pen)
        for index in range(len(rates.labels)):
            value = self._target(index)
            if value is not None:
                target.append(index, value)
        chart.addSeries(target)
        categories = QBarCategoryAxis()
        categories.append(self.quarters)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d%%")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, target):
            series.attachAxis(categories)
            series.attachAxis(values)
