"""Reading a spreadsheet (the first sheet of an .xlsx, or a .csv) as rows of text, with its header row found.

Shared by the client import and the training import; with documents/table_writer.py the only user of openpyxl.
An .xlsx is bounded before and while it is read (sizes inside the zip, the declared dimension, the cells present,
the characters they hold) and refused with a code the UI words, rather than read into gigabytes.
No database and no knowledge of any particular columns: the caller says which headers it recognises.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from rehabdesk.domain.errors import DomainError

MAX_ROWS = 50_000
HEADER_SEARCH_ROWS = 10  # a title row or two above the header is common in stations' own sheets
EXCEL_EXACT_DIGITS = 15  # Excel keeps 15 significant digits of a number: an 18-digit ID loses its last 3

# Bounds on the work an .xlsx may ask for, checked before and while reading: a 1.6 KB workbook whose only cell
# sits at XFD1048576, or one cell of 300 MB, must be refused in seconds, not read into gigabytes.
MAX_SHEET_ROW = 2 * MAX_ROWS  # the last row number a filled cell may have (blank rows in between are allowed)
MAX_COLUMNS = 256  # the last column (IV, Excel 2003's limit): an import has a few dozen
MAX_CELLS = 2_000_000  # cells present in the sheet, filled or not (50 000 rows of 40 columns)
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_TEXT_CHARS = 64 * 1024 * 1024  # all cells together
MAX_MEMBERS = 1_000  # files inside the .xlsx (a zip)
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one file inside, as declared uncompressed (zipfile reads no more)
MAX_UNPACKED_BYTES = 160 * 1024 * 1024  # all files inside together
MAX_RATIO = 100  # uncompressed / compressed for a member over RATIO_FLOOR: real sheets compress 5-20 times
RATIO_FLOOR = 1024 * 1024

# Codes for a file that cannot be read as a table (the UI words them).
UNREADABLE = "import_file_unreadable"
EMPTY = "import_file_empty"
TOO_LARGE = "import_file_too_large"
OLD_EXCEL = "import_file_old_excel"
BLOATED = "import_file_bloated"  # unpacks to too much, or compressed suspiciously well (a zip bomb)
SHEET_TOO_LARGE = "import_sheet_too_large"  # cells beyond MAX_SHEET_ROW / MAX_COLUMNS, or too many cells
CELL_TOO_LONG = "import_cell_too_long"  # one cell longer than Excel allows


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


def _check_archive(path: Path) -> None:
    """Refuse a zip that would unpack to too much before anything is decompressed (declared sizes are what
    zipfile reads at most; a member that lies about its size fails its CRC check instead)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise DomainError(UNREADABLE) from error
    refusal = DomainError(BLOATED, megabytes=MAX_UNPACKED_BYTES // (1024 * 1024))
    if len(members) > MAX_MEMBERS:
        raise refusal
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_MEMBER_BYTES or total > MAX_UNPACKED_BYTES:
            raise refusal
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise refusal


def _too_large() -> DomainError:
    return DomainError(SHEET_TOO_LARGE, rows=MAX_SHEET_ROW, columns=MAX_COLUMNS)


def _sheet_rows(workbook, sheet) -> Iterator[tuple[int, list[tuple[int, object]]]]:
    """(row number, [(column, value) …]) for the cells actually present, streamed: each cell is parsed by openpyxl
    and dropped from the XML tree at once, so neither a far-away cell nor a row of a million cells is padded or
    held. Refuses cells past the bounds as it meets them."""
    from openpyxl.worksheet._reader import WorkSheetParser
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse

    row_tag, cell_tag, data_tag = (f"{{{SHEET_MAIN_NS}}}{name}" for name in ("row", "c", "sheetData"))
    cells = WorkSheetParser(
        None,
        workbook.shared_strings,
        data_only=True,
        epoch=workbook.epoch,
        date_formats=workbook._date_formats,
        timedelta_formats=workbook._timedelta_formats,
    )
    present = 0
    data = row = None
    current: list[tuple[int, object]] = []
    with workbook._archive.open(sheet._worksheet_path) as source:
        for event, element in iterparse(source, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == row_tag:
                    row = element
                    number = element.get("r")
                    cells.row_counter = int(number) if number else cells.row_counter + 1
                    cells.col_counter = 0
                    current = []
                elif tag == data_tag:
                    data = element
                continue
            if tag == cell_tag:
                present += 1
                if present > MAX_CELLS:
                    raise _too_large()
                cell = cells.parse_cell(element)
                if row is not None:
                    row.remove(element)
                value = cell["value"]
                if value is None or value == "":
                    continue
                if cell["row"] > MAX_SHEET_ROW or cell["column"] > MAX_COLUMNS:
                    raise _too_large()
                current.append((cell["column"], value))
            elif tag == row_tag:
                if current:
                    yield cells.row_counter, current
                if data is not None:
                    data.remove(element)
                row = None


def _read_xlsx(path: Path) -> tuple[list[list[str]], set[tuple[int, int]]]:
    import openpyxl  # imported here: only the import dialog needs it, and it takes a while to load

    _check_archive(path)
    rows: list[list[str]] = []
    damaged: set[tuple[int, int]] = set()
    characters = filled = 0
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            if (sheet.max_row or 0) > MAX_SHEET_ROW or (sheet.max_column or 0) > MAX_COLUMNS:
                raise _too_large()  # the sheet's own <dimension>: refused before a row is read
            for number, present in _sheet_rows(workbook, sheet):
                texts = [""] * max(column for column, _ in present)
                for column, value in present:
                    text, lost = _cell_text(value)
                    if len(text) > MAX_CELL_CHARS:
                        raise DomainError(CELL_TOO_LONG, row=number, maximum=MAX_CELL_CHARS)
                    characters += len(text)
                    if lost:
                        damaged.add((number - 1, column - 1))
                    texts[column - 1] = text
                if characters > MAX_TEXT_CHARS:
                    raise _too_large()
                if not any(texts):
                    continue
                rows.extend([] for _ in range(number - 1 - len(rows)))
                rows.append(texts)
                filled += 1
                if filled > MAX_ROWS + HEADER_SEARCH_ROWS + 1:
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
