"""The one writer of tables that leave the station (DESIGN.md §10): Excel workbooks and CSV files.

Text that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is written as
text with a leading apostrophe, so a name such as "=HYPERLINK(…)" typed into a record can never run. Numbers stay
numbers and dates stay dates. Files are written durably (temp file, fsync, rename).

A minimal version for the indicators export; the exports work brings the fuller one with this same API."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from rehabdesk.durable import atomic_write_bytes

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_TITLE = 31  # Excel's limit for a sheet name
_FORBIDDEN_IN_TITLE = str.maketrans({c: "_" for c in "[]:*?/\\"})


@dataclass(frozen=True)
class Sheet:
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Any]]
    notes: Sequence[str] = ()  # lines written above the table (the period, the rule …)


def neutralised(value: Any) -> Any:
    """A text cell that would start a formula gets a leading apostrophe; everything else is as it was."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_xlsx(path: Path | str, sheets: Iterable[Sheet]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for sheet in sheets:
        title = _unique(sheet.title.translate(_FORBIDDEN_IN_TITLE)[:MAX_TITLE] or "Sheet", used)
        ws = workbook.create_sheet(title)
        row_number = 1
        for note in sheet.notes:
            _put(ws, row_number, 1, note)
            row_number += 1
        if sheet.notes:
            row_number += 1
        for column, heading in enumerate(sheet.header, start=1):
            cell = _put(ws, row_number, column, heading)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for values in sheet.rows:
            row_number += 1
            for column, value in enumerate(values, start=1):
                _put(ws, row_number, column, value)
        for column, heading in enumerate(sheet.header, start=1):
            width = max([len(str(heading)) * 2, *(len(str(r[column - 1])) + 2 for r in sheet.rows if len(r) >= column)])
            ws.column_dimensions[ws.cell(1, column).column_letter].width = min(60, max(10, width))
    buffer = io.BytesIO()
    workbook.save(buffer)
    target = Path(path)
    atomic_write_bytes(target, buffer.getvalue())
    return target


def _unique(title: str, used: set[str]) -> str:
    candidate, n = title, 2
    while candidate in used:
        suffix = f"({n})"
        candidate, n = title[: MAX_TITLE - len(suffix)] + suffix, n + 1
    used.add(candidate)
    return candidate


def _put(ws: Any, row: int, column: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = neutralised(value)
        cell.data_type = "s"
    else:
        cell.value = value
        if isinstance(value, date) and not isinstance(value, datetime):
            cell.number_format = "yyyy-mm-dd"
    return cell


def write_csv(path: Path | str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """UTF-8 with a BOM (Excel on Chinese Windows reads it right), formula text neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralised(h) for h in header])
    for row in rows:
        writer.writerow([neutralised(v.isoformat() if isinstance(v, date) else v) for v in row])
    target = Path(path)
    atomic_write_bytes(target, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return target
