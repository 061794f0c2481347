"""Turning a client list (.xlsx or .csv) into ClientInput: which column holds which field, and each cell's value.

No database here: the import dialog reads the file with ``read_table``, maps columns with ``guess_mapping`` (the
user may change it), converts rows with ``convert`` and then asks ``clients.preview_import`` and
``clients.import_clients`` to check and write them. Row numbers are the ones the spreadsheet shows (the header is
row 1 unless a title row sits above it). The columns and accepted terms are in ``client_import_columns``; the
template the dialog offers is written by ``client_import_template``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rehabdesk.domain.clients import ClientInput, GuardianInput
from rehabdesk.domain.people import MAX_RISK_LEVEL
from rehabdesk.domain.text import FORMULA_LIKE, formula_suspect
from rehabdesk.services import spreadsheet_reader
from rehabdesk.services.client_import_columns import (
    CHOICE_TERMS,
    FIELDS_BY_KEY,
    HEADER_SYNONYMS,
    IMPORT_FIELDS,
    TEMPLATE_HEADERS,
    ImportField,
)
from rehabdesk.services.client_import_template import write_template
from rehabdesk.services.clients import RowProblem
from rehabdesk.services.spreadsheet_reader import Table

# The import dialog's one entry point: reading, mapping, converting and the template.
__all__ = [
    "FIELDS_BY_KEY",
    "IMPORT_FIELDS",
    "Converted",
    "Table",
    "convert",
    "guess_mapping",
    "import_key_of",
    "missing_required",
    "parse_term",
    "read_table",
    "write_template",
]

EXAMPLE_PREFIX = "示例"

# Codes for problems found while converting (the UI words them).
NUMBER_LOST_DIGITS = "import_number_lost_digits"
CHOICE_INVALID = "choice_invalid"
OUT_OF_RANGE = "out_of_range"

_KEY_OF_TARGET = {f.target: f.key for f in IMPORT_FIELDS}

_YES = {"是", "y", "yes", "true", "1", "√", "✓", "有"}
_NO = {"否", "n", "no", "false", "0", "×", "无", "不是"}
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?e\+?\d+")


def _normalise(text: str) -> str:
    """Half-width, lower case, no spaces: how typed terms and headers are compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def _normalise_header(text: str) -> str:
    # Drop a required-marker and anything in brackets: "身份证号码（18位）*" → "身份证号码".
    return re.sub(r"\(.*?\)|\*", "", _normalise(text))


_HEADER_LOOKUP: dict[str, str] = {}
for _key, _texts in HEADER_SYNONYMS.items():
    for _text in (*_texts, TEMPLATE_HEADERS[_key]):
        _HEADER_LOOKUP.setdefault(_normalise_header(_text), _key)

_TERM_LOOKUP: dict[type[StrEnum], dict[str, str]] = {}
for _kind, _terms in CHOICE_TERMS.items():
    lookup = {_normalise(member.value): member.value for member in _kind}
    for _value, _words in _terms.items():
        for _word in _words:
            lookup[_normalise(_word)] = _value
            lookup[re.sub(r"[()]", "", _normalise(_word))] = _value
    _TERM_LOOKUP[_kind] = lookup


def read_table(path: Path | str) -> Table:
    """A client list as text, its header found by the client columns it names."""
    return spreadsheet_reader.read_table(path, guess_mapping)


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Import field key → column index, for every header that names a field staff commonly use."""
    mapping: dict[str, int] = {}
    for column, header in enumerate(headers):
        key = _HEADER_LOOKUP.get(_normalise_header(header or ""))
        if key is not None and key not in mapping:
            mapping[key] = column
    return mapping


def missing_required(mapping: dict[str, int]) -> list[str]:
    """Required import fields with no column chosen."""
    return [f.key for f in IMPORT_FIELDS if f.required and f.key not in mapping]


def import_key_of(problem_field: str) -> str | None:
    """The import field a problem's field belongs to ("guardians.0.relation" → "guardian_relation")."""
    return _KEY_OF_TARGET.get(problem_field)


def parse_term(kind: type[StrEnum], text: str) -> str | None:
    """A Chinese term or a stored code as the stored code; None when unknown."""
    normalised = _normalise(text)
    return _TERM_LOOKUP[kind].get(normalised) or _TERM_LOOKUP[kind].get(re.sub(r"[()]", "", normalised))


class _Invalid(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _flag(text: str) -> bool:
    normalised = _normalise(text)
    if not normalised or normalised in _NO:
        return False
    if normalised in _YES:
        return True
    raise _Invalid(CHOICE_INVALID)


def _risk(text: str) -> int:
    normalised = _normalise(text).removesuffix("级")
    if not normalised:
        return 0
    try:
        number = float(normalised)
    except ValueError:
        raise _Invalid(CHOICE_INVALID) from None
    if not number.is_integer() or not 0 <= number <= MAX_RISK_LEVEL:
        raise _Invalid(OUT_OF_RANGE, minimum=0, maximum=MAX_RISK_LEVEL)
    return int(number)


def _value(spec: ImportField, text: str) -> object:
    if spec.kind == "flag":
        return _flag(text)
    if spec.kind == "risk":
        return _risk(text)
    if spec.kind == "choice" and text:
        assert spec.choices is not None
        code = parse_term(spec.choices, text)
        if code is None:
            raise _Invalid(CHOICE_INVALID)
        return code
    if spec.key in ("id_number", "guardian_id_number") and _SCIENTIFIC.fullmatch(_normalise(text)):
        raise _Invalid(NUMBER_LOST_DIGITS)  # a CSV saved from a sheet that showed 1.10105E+17
    return text


@dataclass(frozen=True)
class Converted:
    """Rows ready for ``clients.preview_import`` / ``import_clients``; ``sheet_rows[i]`` is where inputs[i] came from.
    Rows with a conversion problem are left out of ``inputs`` and reported in ``problems``."""

    inputs: list[ClientInput]
    sheet_rows: list[int]
    problems: list[RowProblem]
    skipped_examples: int = 0
    total_rows: int = 0  # filled rows in the file, examples excluded

    def renumber(self, service_problems: list[RowProblem]) -> list[RowProblem]:
        """Problems numbered by position in ``inputs`` (as the clients service numbers them) → spreadsheet rows."""

        def sheet(number: int) -> int:
            return self.sheet_rows[number - 1] if 1 <= number <= len(self.sheet_rows) else number

        renumbered = []
        for problem in service_problems:
            params = dict(problem.params)
            if problem.code == "import_duplicate_in_file" and isinstance(params.get("row"), int):
                params["row"] = sheet(params["row"])
            renumbered.append(RowProblem(sheet(problem.row), problem.field, problem.code, params))
        return renumbered

    def all_problems(self, service_problems: list[RowProblem]) -> list[RowProblem]:
        return sorted([*self.problems, *self.renumber(service_problems)], key=lambda p: p.row)


# An empty cell in these columns keeps the form's default (汉族, 居民身份证, 稳定 …) rather than failing.
_DEFAULT_WHEN_EMPTY = frozenset(
    {"id_type", "ethnicity", "illness_status", "medication_adherence", "legal_capacity", "channel"}
)


def _row_input(values: dict[str, object]) -> ClientInput:
    guardian = GuardianInput(
        name=str(values.get("guardian_name", "")),
        relation=str(values.get("guardian_relation", "")),
        is_legal_guardian=bool(values.get("guardian_is_legal", False)),
        id_number=str(values.get("guardian_id_number", "")),
        phone=str(values.get("guardian_phone", "")),
        address=str(values.get("guardian_address", "")),
    )
    has_guardian = any(values.get(key) for key in ("guardian_name", "guardian_relation", "guardian_phone"))
    client = {
        key: value
        for key, value in values.items()
        if not key.startswith("guardian_") and not (value == "" and key in _DEFAULT_WHEN_EMPTY)
    }
    return ClientInput(
        name=str(client.pop("name", "")),
        diagnosis=str(client.pop("diagnosis", "")),
        id_number=str(client.pop("id_number", "")),
        guardians=(guardian,) if has_guardian else (),
        **client,  # type: ignore[arg-type]
    )


def convert(table: Table, mapping: dict[str, int]) -> Converted:
    """Every filled row as ClientInput. Example rows (name starting with 示例) and blank rows are skipped."""
    inputs: list[ClientInput] = []
    sheet_rows: list[int] = []
    problems: list[RowProblem] = []
    examples = 0
    total = 0
    name_column = mapping.get("name")
    for index, row in enumerate(table.rows):
        if not any(row):
            continue
        if name_column is not None and row[name_column].strip().startswith(EXAMPLE_PREFIX):
            examples += 1
            continue
        total += 1
        sheet_row = table.sheet_row(index)
        values: dict[str, object] = {}
        row_problems: list[RowProblem] = []
        for key, column in mapping.items():
            spec = FIELDS_BY_KEY[key]
            text = row[column].strip() if column < len(row) else ""
            try:
                if (index, column) in table.damaged and spec.kind == "text":
                    raise _Invalid(NUMBER_LOST_DIGITS)
                if formula_suspect(row[column] if column < len(row) else ""):
                    raise _Invalid(FORMULA_LIKE)  # =cmd|… would come out of any later export as a formula
                values[key] = _value(spec, text)
            except _Invalid as invalid:
                row_problems.append(RowProblem(sheet_row, spec.target, invalid.code, dict(invalid.params)))
        if row_problems:
            problems += row_problems
            continue
        inputs.append(_row_input(values))
        sheet_rows.append(sheet_row)
    return Converted(inputs, sheet_rows, problems, examples, total)
