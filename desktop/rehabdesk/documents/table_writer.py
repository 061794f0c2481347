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
class HeaderGroup:
    """A header cell spanning columns ``first``–``last`` (0-based, inclusive) above their own headers, as on a
    paper form ("服务推进情况" over its eight columns)."""

    title: str
    first: int
    last: int


@dataclass(frozen=True)
class PrintSetup:
    """A sheet meant to be printed like a paper form: the title centred over the table, the header cells wrapped
    and centred, thin borders, A4 (landscape or not) fitted to the page width, the header rows repeated on every
    page."""

    landscape: bool = True
    header_width: int = 10  # the widest a wrapped header makes its column, in Latin characters


@dataclass(frozen=True)
class Sheet:
    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[object]]  # str | int | float | Decimal | date | datetime | None
    notes: Sequence[str] = ()  # lines written above the header (e.g. the period and rule)
    footer: Sequence[str] = ()  # lines written below the rows, after a blank line (totals, the rule applied)
    text_columns: Sequence[int] = ()  # 0-based columns formatted as text ("@") for the rows typed in later
    blank_rows: int = 0  # how many rows below the data keep that text format (an import template)
    groups: Sequence[HeaderGroup] = ()  # a row of merged group headers above the header; other headers span both
    print_setup: PrintSetup | None = None
    bold_last_rows: int = 0  # the last data rows in bold (a totals row)


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


def _check_groups(spec: Sheet) -> None:
    taken: set[int] = set()
    for group in spec.groups:
        span = set(range(group.first, group.last + 1))
        if not (0 <= group.first <= group.last < len(spec.header)) or span & taken:
            raise ValueError(f"header group {group.title!r} does not fit the header")
        taken |= span


def _grouped_header(sheet, spec: Sheet, top: int, font) -> None:
    """The group row at ``top`` and the header row below it: each group merged over its columns, every header
    outside a group merged over both rows."""
    grouped = set()
    for group in spec.groups:
        _put_row(sheet, top, [None] * group.first + [group.title], font)
        sheet.merge_cells(start_row=top, start_column=group.first + 1, end_row=top, end_column=group.last + 1)
        grouped |= set(range(group.first, group.last + 1))
    _put_row(sheet, top + 1, spec.header, font)
    for column, text in enumerate(spec.header):
        if column not in grouped:
            _put_row(sheet, top, [None] * column + [text], font)
            sheet.cell(row=top + 1, column=column + 1).value = None
            sheet.merge_cells(start_row=top, start_column=column + 1, end_row=top + 1, end_column=column + 1)


def _form_layout(sheet, spec: Sheet, header_top: int, header_row: int, last_data_row: int) -> None:
    """Title, borders, wrapping and the page of a sheet printed as a form (PrintSetup)."""
    from openpyxl.styles import Alignment, Border, Side

    setup = spec.print_setup
    columns = len(spec.header)
    if spec.notes and columns > 1:
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
        sheet.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
        sheet.row_dimensions[1].height = 30
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in sheet.iter_rows(min_row=header_top, max_row=last_data_row, max_col=columns):
        for cell in row:
            cell.border = box
            if cell.row <= header_row:
                cell.alignment = centred
            elif not isinstance(cell.value, str):
                cell.alignment = Alignment(horizontal="center", vertical="center")
    sheet.page_setup.orientation = "landscape" if setup.landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.print_title_rows = f"{header_top}:{header_row}"
    sheet.page_margins.left = sheet.page_margins.right = 0.4


def _xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    import openpyxl  # imported here: it takes a while to load and only exports need it
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for spec in sheets:
        _check_groups(spec)
        sheet = book.create_sheet(title=_XML_ILLEGAL.sub("", spec.title)[:31] or "Sheet")
        wrap = spec.print_setup.header_width if spec.print_setup is not None else None
        widths = [min(_width(h), wrap) if wrap else _width(h) for h in spec.header]
        row_number = 0

        def put(values: Sequence[object], *, font=None) -> None:
            nonlocal row_number
            row_number += 1
            _put_row(sheet, row_number, values, font)  # noqa: B023 (called only within this iteration)

        for index, note in enumerate(spec.notes):
            put([note], font=Font(bold=True, size=14) if index == 0 else None)
        header_top = row_number + 1
        if spec.groups:
            _grouped_header(sheet, spec, header_top, bold)
            row_number += 2
        else:
            put(spec.header, font=bold)
        header_row = row_number
        rows = list(spec.rows) if spec.bold_last_rows else spec.rows
        for index, values in enumerate(rows):
            in_total = spec.bold_last_rows and index >= len(rows) - spec.bold_last_rows
            put(values, font=bold if in_total else None)
            for column, value in enumerate(values):
                if column < len(widths):
                    widths[column] = max(widths[column], _width(_cell_value(value)))
        last_data_row = row_number
        if spec.print_setup is not None:
            _form_layout(sheet, spec, header_top, header_row, last_data_row)
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
