"""The 推进情况汇总表 as an Excel workbook laid out like the paper form: the title over the table, the three column
groups as merged header cells, 序号, the totals row, A4 landscape fitted to the page width with the header rows
repeated, the stations that did not report and the signature and stamp line under it. Written by the one table
writer (documents/table_writer.py), which keeps a station's name that looks like a formula as text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rehabdesk.county.domain.summary_table import (
    COLUMNS,
    GROUPS,
    STATION_COLUMNS,
    TITLE,
    SummaryTable,
    notes_under,
    period_title,
    row_cells,
    signature_line,
    station_cells,
)
from rehabdesk.documents.table_writer import HeaderGroup, PrintSetup, Sheet, write_xlsx

SHEET_TITLE = "推进情况汇总表"
STATIONS_TITLE = "各站点报送情况"


def summary_sheet(table: SummaryTable, printed_on: date) -> Sheet:
    unit = f"填报单位：{table.county_name}" if table.county_name else "填报单位："
    return Sheet(
        title=SHEET_TITLE,
        header=COLUMNS,
        rows=[*(row_cells(row) for row in table.rows), row_cells(table.total)],
        notes=(
            f"{TITLE}（{period_title(table.period)}）",
            f"{unit}　　统计期间：{table.period.start.isoformat()}至{table.period.end.isoformat()}",
        ),
        footer=(*notes_under(table), "", signature_line(printed_on)),
        groups=tuple(HeaderGroup(title, first, last) for title, first, last in GROUPS),
        print_setup=PrintSetup(landscape=True),
        bold_last_rows=1,
    )


def stations_sheet(table: SummaryTable) -> Sheet:
    """Each station's own figures of the period, so the county can check a row against its stations."""
    names = {row.division: row.name for row in table.rows}
    return Sheet(
        title=STATIONS_TITLE,
        header=STATION_COLUMNS,
        rows=[station_cells(line, names.get(line.station.division, line.station.division)) for line in table.stations],
        notes=(f"各站点报送情况（{period_title(table.period)}）",),
    )


def write_summary_xlsx(path: Path, table: SummaryTable, *, printed_on: date) -> None:
    """Write the table durably to ``path`` (.xlsx): the form, then the stations' own figures."""
    write_xlsx(Path(path), [summary_sheet(table, printed_on), stations_sheet(table)])
