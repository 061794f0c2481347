"""The one writer of every CSV and .xlsx file the app writes (audit export, training summary, import template,
reports, the county table).

Text stays text: a cell whose text a spreadsheet would read as a formula (OWASP "CSV Injection": it starts with
= + - @ TAB or CR, also after leading spaces, which some spreadsheets drop) gets a leading apostrophe, and in .xlsx
every text cell is stored explicitly as a string, so neither Excel nor WPS nor LibreOffice ever runs a formula
from a name someone typed. Numbers stay numbers and dates dates. Files are written durably (temp, fsync, rename).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from rehabdesk.domain.text import looks_like_formula
from rehabdesk.durable import atomic_write_bytes

# Characters an .xlsx cannot hold (XML 1.0 forbids them; openpyxl raises on them): shown as U+FFFD instead.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAX_WIDTH = 40
_MIN_WIDTH = 8


@dataclass(frozen=True)
class Sheet:
    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[object]]  # str | int | float | Decimal | date | datetime | None
    notes: Sequence[str] = ()  # lines written above the header (e.g. the period and rule)
    footer: Sequence[str] = ()  # lines written below the rows, after a blank line (totals, the rule applied)
    text_columns: Sequence[int] = ()  # 0-based columns formatted as text ("@") for the rows typed in later
    blank_rows: int = 0  # how many rows below the data keep that text format (an import template)


def neutralised(text: str) -> str:
    """``text`` as a spreadsheet shows it without evaluating it: a leading apostrophe when it would start a formula."""
    return "'" + text if looks_like_formula(text) else text


def _cell_value(value: object) -> object:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal | datetime | date | time):
        return value
    return neutralised(str(value))


def _width(value: object) -> int:
    text = value.isoformat() if isinstance(value, date | datetime | time) else str(value if value is not None else "")
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _put_row(sheet, row_number: int, values: Sequence[object], font) -> None:
    for column, raw in enumerate(values, start=1):
        value = _cell_value(raw)
        if value is None:
            continue
        cell = sheet.cell(row=row_number, column=column)
        if isinstance(value, str):
            cell.value = _XML_ILLEGAL.sub("\ufffd", value)
            cell.data_type = "s"  # never "f": openpyxl writes a text starting with = as a formula otherwise
        else:
            cell.value = float(value) if isinstance(value, Decimal) else value
        if font is not None:
            cell.font = font
        if isinstance(value, datetime):
            cell.number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"


def _xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    import openpyxl  # imported here: it takes a while to load and only exports need it
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for spec in sheets:
        sheet = book.create_sheet(title=_XML_ILLEGAL.sub("", spec.title)[:31] or "Sheet")
        widths = [_width(h) for h in spec.header]
        row_number = 0

        def put(values: Sequence[object], *, font=None) -> None:
            nonlocal row_number
            row_number += 1
            _put_row(sheet, row_number, values, font)  # noqa: B023 (called only within this iteration)

        for index, note in enumerate(spec.notes):
            put([note], font=Font(bold=True, size=14) if index == 0 else None)
        put(spec.header, font=bold)
        header_row = row_number
        for values in spec.rows:
            put(values)
            for column, value in enumerate(values):
                if column < len(widths):
                    widths[column] = max(widths[column], _width(_cell_value(value)))
        last_data_row = row_number
        if spec.footer:
            row_number += 1
            for line in spec.footer:
                put([line])
        for column in spec.text_columns:
            for row in range(header_row, last_data_row + spec.blank_rows + 1):
                sheet.cell(row=row, column=column + 1).number_format = "@"
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH)
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> None:
    """Numbers as numbers, dates as dates, text as text (never a formula)."""
    atomic_write_bytes(Path(path), _xlsx_bytes(sheets))


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time | int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    return neutralised(str(value))


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """UTF-8 with BOM for Excel; every field quoted (OWASP), text neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    writer.writerow([_csv_value(h) for h in header])
    for values in rows:
        writer.writerow([_csv_value(v) for v in values])
    atomic_write_bytes(Path(path), ("\ufeff" + buffer.getvalue()).encode("utf-8"))
