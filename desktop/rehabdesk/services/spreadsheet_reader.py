"""Reading a spreadsheet (the first sheet of an .xlsx, or a .csv) as rows of text, with its header row found.

Shared by the client import and the training import; the only reader of openpyxl (writers of .xlsx exports aside).
No database and no knowledge of any particular columns: the caller says which headers it recognises.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from rehabdesk.domain.errors import DomainError

MAX_ROWS = 50_000
HEADER_SEARCH_ROWS = 10  # a title row or two above the header is common in stations' own sheets
EXCEL_EXACT_DIGITS = 15  # Excel keeps 15 significant digits of a number: an 18-digit ID loses its last 3

# Codes for a file that cannot be read as a table (the UI words them).
UNREADABLE = "import_file_unreadable"
EMPTY = "import_file_empty"
TOO_LARGE = "import_file_too_large"
OLD_EXCEL = "import_file_old_excel"


@dataclass(frozen=True)
class Table:
    """A sheet as text. ``rows[i]`` is spreadsheet row ``header_row + 1 + i``; ``damaged`` holds (i, column) of
    cells Excel stored as numbers too long to keep exactly (an ID number typed without a leading ')."""

    headers: list[str]
    rows: list[list[str]]
    header_row: int = 1
    damaged: frozenset[tuple[int, int]] = frozenset()

    def sheet_row(self, index: int) -> int:
        return self.header_row + 1 + index


def _cell_text(value: object) -> tuple[str, bool]:
    """A cell as text and whether Excel kept it only approximately (a number with more than 15 digits)."""
    if value is None:
        return "", False
    if isinstance(value, datetime):
        return value.date().isoformat(), False
    if isinstance(value, date):
        return value.isoformat(), False
    if isinstance(value, time):
        return value.isoformat(), False
    if isinstance(value, bool):
        return ("是" if value else "否"), False
    if isinstance(value, int | float):
        lost = abs(value) >= 10**EXCEL_EXACT_DIGITS
        if isinstance(value, float) and value.is_integer():
            return str(int(value)), lost
        return str(value), lost
    return str(value).strip(), False


def _trimmed(rows: list[list[str]]) -> list[list[str]]:
    while rows and not any(rows[-1]):
        rows.pop()
    return rows


def _read_xlsx(path: Path) -> tuple[list[list[str]], set[tuple[int, int]]]:
    import openpyxl  # imported here: only the import dialog needs it, and it takes a while to load

    rows: list[list[str]] = []
    damaged: set[tuple[int, int]] = set()
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            blank_run = 0
            for values in sheet.iter_rows(values_only=True):
                texts = []
                for column, value in enumerate(values):
                    text, lost = _cell_text(value)
                    if lost:
                        damaged.add((len(rows), column))
                    texts.append(text)
                rows.append(texts)
                blank_run = 0 if any(texts) else blank_run + 1
                if len(rows) - blank_run > MAX_ROWS + HEADER_SEARCH_ROWS + 1:
                    raise DomainError(TOO_LARGE, maximum=MAX_ROWS)
        finally:
            workbook.close()
    except DomainError:
        raise
    except Exception as error:  # a damaged workbook fails in many ways inside zipfile, XML parsing and openpyxl
        raise DomainError(UNREADABLE) from error
    return rows, damaged


def _decode(data: bytes) -> str:
    if b"\x00" in data:
        raise DomainError(UNREADABLE)  # UTF-16 or binary: not a CSV file Excel or WPS writes by default
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DomainError(UNREADABLE)


def _read_csv(path: Path) -> list[list[str]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DomainError(UNREADABLE) from error
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    try:
        rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as error:
        raise DomainError(UNREADABLE) from error
    return rows


def _header_index(rows: list[list[str]], guess: Callable[[list[str]], dict[str, int]]) -> int:
    """The first row within the first few that names at least two importable columns; else the first filled row."""
    filled = [index for index, row in enumerate(rows[: HEADER_SEARCH_ROWS * 2]) if any(row)]
    for index in filled[:HEADER_SEARCH_ROWS]:
        if len(guess(rows[index])) >= 2:
            return index
    if not filled:
        raise DomainError(EMPTY)
    return filled[0]


def read_table(path: Path | str, guess: Callable[[list[str]], dict[str, int]]) -> Table:
    """The first sheet of an .xlsx, or a .csv (UTF-8 with or without BOM, or GBK; comma or tab separated).
    ``guess`` maps a header row to the columns it names: the header is the first row naming two of them."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise DomainError(UNREADABLE) from error
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise DomainError(OLD_EXCEL)  # an .xls (Excel 97-2003) workbook
    damaged: set[tuple[int, int]] = set()
    if magic.startswith(b"PK") or suffix in (".xlsx", ".xlsm"):
        if not zipfile.is_zipfile(path):
            raise DomainError(UNREADABLE)
        rows, damaged = _read_xlsx(path)
    else:
        rows = _read_csv(path)
    rows = _trimmed(rows)
    header_index = _header_index(rows, guess)
    headers = list(rows[header_index])
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    data = [(row + [""] * width)[:width] for row in rows[header_index + 1 :]]
    if not any(any(row) for row in data):
        raise DomainError(EMPTY)
    if sum(1 for row in data if any(row)) > MAX_ROWS:
        raise DomainError(TOO_LARGE, maximum=MAX_ROWS)
    shifted = frozenset((row - header_index - 1, column) for row, column in damaged if row > header_index)
    return Table(headers, data, header_index + 1, shifted)
