"""The client import template (.xlsx): Chinese headers, one example row (skipped on import), and the ID and phone
columns formatted as text so Excel keeps every digit."""

from __future__ import annotations

import io
from pathlib import Path

from rehabdesk.durable import atomic_write_bytes
from rehabdesk.services.client_import_columns import TEMPLATE_EXAMPLE, TEMPLATE_HEADERS


def template_bytes() -> bytes:
    import openpyxl  # imported here: only the import dialog needs it, and it takes a while to load
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "康复对象"
    keys = list(TEMPLATE_HEADERS)
    sheet.append([TEMPLATE_HEADERS[key] for key in keys])
    sheet.append([TEMPLATE_EXAMPLE[key] for key in keys])
    bold = Font(bold=True)
    example_font = Font(italic=True, color="808080")
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    text_columns = {"id_number", "guardian_id_number", "phone", "guardian_phone", "county_code", "case_number"}
    for column, key in enumerate(keys, start=1):
        letter = get_column_letter(column)
        header = sheet.cell(row=1, column=column)
        header.font = bold
        header.fill = header_fill
        example = sheet.cell(row=2, column=column)
        example.font = example_font
        width = max(len(TEMPLATE_HEADERS[key]), len(TEMPLATE_EXAMPLE[key])) * 2 + 2
        sheet.column_dimensions[letter].width = min(max(width, 10), 40)
        if key in text_columns:
            # "@" (text) so Excel keeps all 18 digits of an ID number and the leading 0 of a landline.
            for row in range(1, 1002):
                sheet.cell(row=row, column=column).number_format = "@"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_template(path: Path | str) -> None:
    """The import template: Chinese headers, one example row (skipped on import), ID columns formatted as text."""
    atomic_write_bytes(Path(path), template_bytes(), mode=0o644)
