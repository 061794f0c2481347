"""The client import template (.xlsx): Chinese headers, one example row (skipped on import), and the ID and phone
columns formatted as text so Excel keeps every digit. Written by the one table writer."""

from __future__ import annotations

from pathlib import Path

from rehabdesk.documents.table_writer import Sheet, write_xlsx
from rehabdesk.services.client_import_columns import TEMPLATE_EXAMPLE, TEMPLATE_HEADERS

_TEXT_COLUMNS = ("id_number", "guardian_id_number", "phone", "guardian_phone", "county_code", "case_number")
_TYPED_ROWS = 1000  # rows below the example that keep the text format


def template_sheet() -> Sheet:
    keys = list(TEMPLATE_HEADERS)
    return Sheet(
        title="康复对象",
        header=[TEMPLATE_HEADERS[key] for key in keys],
        rows=[[TEMPLATE_EXAMPLE[key] for key in keys]],
        # "@" (text) so Excel keeps all 18 digits of an ID number and the leading 0 of a landline.
        text_columns=[keys.index(key) for key in _TEXT_COLUMNS if key in keys],
        blank_rows=_TYPED_ROWS,
    )


def write_template(path: Path | str) -> None:
    """The import template: Chinese headers, one example row (skipped on import), ID columns formatted as text."""
    write_xlsx(Path(path), [template_sheet()])
