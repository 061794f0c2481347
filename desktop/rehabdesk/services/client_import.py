"""Reading a client list from an Excel (.xlsx) or CSV file and turning its rows into ClientInput.

No database here: the import dialog reads the file with ``read_table``, maps columns with ``guess_mapping`` (the
user may change it), converts rows with ``convert`` and then asks ``clients.preview_import`` and
``clients.import_clients`` to check and write them. Row numbers are the ones the spreadsheet shows (the header is
row 1 unless a title row sits above it).

The Chinese terms accepted for each enumeration are plain data below (DOMAIN.md §3-4), independent of the UI's
translations; the stored codes themselves are accepted too.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path

from rehabdesk.domain.clients import ClientInput, GuardianInput
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.ids import IdType
from rehabdesk.domain.people import (
    MAX_RISK_LEVEL,
    Channel,
    Diagnosis,
    Gender,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
    Relation,
)
from rehabdesk.durable import atomic_write_bytes
from rehabdesk.services.clients import RowProblem

MAX_ROWS = 50_000
EXAMPLE_PREFIX = "示例"
HEADER_SEARCH_ROWS = 10  # a title row or two above the header is common in stations' own sheets
EXCEL_EXACT_DIGITS = 15  # Excel keeps 15 significant digits of a number: an 18-digit ID loses its last 3

# Codes for problems found while reading or converting (the UI words them).
UNREADABLE = "import_file_unreadable"
EMPTY = "import_file_empty"
TOO_LARGE = "import_file_too_large"
OLD_EXCEL = "import_file_old_excel"
NUMBER_LOST_DIGITS = "import_number_lost_digits"
CHOICE_INVALID = "choice_invalid"
OUT_OF_RANGE = "out_of_range"


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


@dataclass(frozen=True)
class ImportField:
    key: str
    required: bool
    kind: str  # "text", "date", "choice", "flag", "risk"
    target: str  # the field name ClientInput validation uses, so problems name the same field as the form's
    choices: type[StrEnum] | None = None


def _f(key: str, kind: str = "text", *, required: bool = False, choices: type[StrEnum] | None = None) -> ImportField:
    target = f"guardians.0.{_GUARDIAN_TARGETS[key]}" if key.startswith("guardian_") else key
    return ImportField(key, required, kind, target, choices)


_GUARDIAN_TARGETS = {
    "guardian_name": "name",
    "guardian_relation": "relation",
    "guardian_is_legal": "is_legal_guardian",
    "guardian_phone": "phone",
    "guardian_id_number": "id_number",
    "guardian_address": "address",
}

IMPORT_FIELDS: tuple[ImportField, ...] = (
    _f("name", required=True),
    _f("id_type", "choice", choices=IdType),
    _f("id_number", required=True),
    _f("gender", "choice", choices=Gender),
    _f("birth_date", "date"),
    _f("ethnicity"),
    _f("phone"),
    _f("household_registration"),
    _f("county_code"),
    _f("current_address"),
    _f("living_situation"),
    _f("diagnosis", "choice", required=True, choices=Diagnosis),
    _f("diagnosing_hospital"),
    _f("onset_date", "date"),
    _f("illness_status", "choice", choices=IllnessStatus),
    _f("risk_level", "risk"),
    _f("medication_adherence", "choice", choices=MedicationAdherence),
    _f("legal_capacity", "choice", choices=LegalCapacity),
    _f("channel", "choice", choices=Channel),
    _f("low_income", "flag"),
    _f("extreme_poverty", "flag"),
    _f("case_number"),
    _f("guardian_name", required=True),
    _f("guardian_relation", "choice", required=True, choices=Relation),
    _f("guardian_is_legal", "flag"),
    _f("guardian_phone"),
    _f("guardian_id_number"),
    _f("guardian_address"),
)
FIELDS_BY_KEY = {f.key: f for f in IMPORT_FIELDS}
_KEY_OF_TARGET = {f.target: f.key for f in IMPORT_FIELDS}

# The template's headers; a trailing * marks a column that must be filled.
TEMPLATE_HEADERS: dict[str, str] = {
    "name": "姓名*",
    "id_type": "证件类型",
    "id_number": "身份证号码*",
    "gender": "性别",
    "birth_date": "出生日期",
    "ethnicity": "民族",
    "phone": "联系电话",
    "household_registration": "户籍地址",
    "county_code": "县区行政区划代码",
    "current_address": "现住址",
    "living_situation": "居住情况",
    "diagnosis": "疾病诊断*",
    "diagnosing_hospital": "确诊医院",
    "onset_date": "发病日期",
    "illness_status": "病情状况",
    "risk_level": "危险性评估等级",
    "medication_adherence": "服药情况",
    "legal_capacity": "民事行为能力",
    "channel": "来源渠道",
    "low_income": "是否低保",
    "extreme_poverty": "是否特困",
    "case_number": "档案编号",
    "guardian_name": "监护人姓名*",
    "guardian_relation": "与康复对象关系*",
    "guardian_is_legal": "是否法定监护人",
    "guardian_phone": "监护人电话",
    "guardian_id_number": "监护人身份证号码",
    "guardian_address": "监护人地址",
}

TEMPLATE_EXAMPLE: dict[str, str] = {
    "name": "示例：张三",
    "id_type": "居民身份证",
    "id_number": "110105198005060012",
    "gender": "男",
    "birth_date": "1980-05-06",
    "ethnicity": "汉族",
    "phone": "13812345678",
    "household_registration": "北京市朝阳区",
    "county_code": "110105",
    "current_address": "北京市朝阳区某街道某社区 1 号",
    "living_situation": "与父母同住",
    "diagnosis": "精神分裂症",
    "diagnosing_hospital": "北京安定医院",
    "onset_date": "2005-03-01",
    "illness_status": "稳定",
    "risk_level": "0",
    "medication_adherence": "规律",
    "legal_capacity": "完全民事行为能力",
    "channel": "本人/监护人申请",
    "low_income": "否",
    "extreme_poverty": "否",
    "case_number": "",
    "guardian_name": "张大山",
    "guardian_relation": "父母",
    "guardian_is_legal": "否",
    "guardian_phone": "13912345678",
    "guardian_id_number": "",
    "guardian_address": "同上",
}

# Header texts staff use, normalised (see _normalise_header). The template's own headers are added below.
_HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "康复对象姓名", "患者姓名", "服务对象姓名", "名字"),
    "id_type": ("证件类型", "证件种类"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "证件号", "公民身份号码", "身份证"),
    "gender": ("性别",),
    "birth_date": ("出生日期", "出生年月日", "生日", "出生年月"),
    "ethnicity": ("民族",),
    "phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "本人电话", "本人联系电话"),
    "household_registration": ("户籍地", "户籍地址", "户籍", "户口所在地"),
    "county_code": ("县区代码", "行政区划代码", "区县代码", "县区行政区划代码"),
    "current_address": ("现住址", "居住地址", "现居住地址", "家庭住址", "住址", "现住地址"),
    "living_situation": ("居住情况", "居住状况"),
    "diagnosis": ("诊断", "疾病诊断", "目前诊断", "诊断名称", "疾病名称"),
    "diagnosing_hospital": ("确诊医院", "诊断医院", "确诊机构"),
    "onset_date": ("发病日期", "初次发病时间", "发病时间", "首次发病时间"),
    "illness_status": ("病情状况", "病情", "目前病情"),
    "risk_level": ("危险性评估", "危险等级", "危险性评估等级", "危险性等级", "危险性"),
    "medication_adherence": ("服药情况", "服药依从性", "服药"),
    "legal_capacity": ("民事行为能力",),
    "channel": ("来源渠道", "来源", "转介渠道", "申请渠道"),
    "low_income": ("是否低保", "低保"),
    "extreme_poverty": ("是否特困", "特困"),
    "case_number": ("档案编号", "档案号", "编号", "病历号"),
    "guardian_name": ("监护人姓名", "监护人", "联系人", "联系人姓名"),
    "guardian_relation": ("与康复对象关系", "关系", "与患者关系", "与本人关系", "监护人关系"),
    "guardian_is_legal": ("是否法定监护人", "法定监护人"),
    "guardian_phone": ("监护人电话", "监护人联系电话", "联系人电话", "监护人手机"),
    "guardian_id_number": ("监护人身份证号", "监护人身份证号码", "监护人证件号码"),
    "guardian_address": ("监护人地址", "监护人住址", "联系人地址"),
}

_CHOICE_TERMS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    Gender: {"male": ("男", "男性", "m"), "female": ("女", "女性", "f")},
    IdType: {
        "resident": ("居民身份证", "身份证", "二代身份证"),
        "passport": ("护照",),
        "hk_macau_permit": ("港澳居民来往内地通行证", "港澳通行证", "回乡证"),
        "taiwan_permit": ("台湾居民来往大陆通行证", "台胞证"),
        "foreign_permanent_resident": ("外国人永久居留证",),
    },
    Diagnosis: {
        "schizophrenia": ("精神分裂症",),
        "schizoaffective": ("分裂情感性障碍", "分裂情感障碍"),
        "persistent_delusional": ("偏执性精神病(持久妄想性障碍)", "偏执性精神病", "持久妄想性障碍"),
        "bipolar": ("双相(情感)障碍", "双相情感障碍", "双相障碍"),
        "epilepsy_psychosis": ("癫痫所致精神障碍",),
        "intellectual_disability_psychosis": ("精神发育迟滞伴发精神障碍",),
        "depression": ("抑郁症",),
        "autism_spectrum": ("孤独症谱系", "孤独症谱系障碍", "孤独症", "自闭症"),
        "other": ("其他",),
    },
    IllnessStatus: {"stable": ("稳定",), "basically_stable": ("基本稳定",), "unstable": ("不稳定",)},
    MedicationAdherence: {
        "regular": ("规律", "规律服药"),
        "intermittent": ("间断", "间断服药"),
        "none": ("不服药", "未服药"),
    },
    LegalCapacity: {
        "full": ("完全民事行为能力", "完全"),
        "limited": ("限制民事行为能力", "限制"),
        "none": ("无民事行为能力", "无"),
    },
    Relation: {
        "spouse": ("配偶", "丈夫", "妻子", "夫妻"),
        "parent": ("父母", "父亲", "母亲", "父", "母"),
        "adult_child": ("成年子女", "子女", "儿子", "女儿"),
        "other_relative": ("其他近亲属", "近亲属", "兄弟姐妹", "祖父母", "外祖父母", "孙子女", "外孙子女"),
        "village_committee": ("村居委会", "村委会", "居委会", "村(居)委会"),
        "civil_affairs": ("民政部门", "民政"),
        "other": ("其他",),
    },
    Channel: {
        "self_or_guardian": ("本人/监护人申请", "本人或监护人申请", "本人申请", "监护人申请", "自主申请"),
        "medical_referral": ("医疗机构转介", "医院转介", "医疗转介"),
        "community": ("村居委会、社会组织、个人发现", "社区发现", "村居委会发现", "社会组织发现", "个人发现"),
        "transfer_in": ("其他站点转入", "站点转入", "转入"),
    },
}

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
for _key, _texts in _HEADER_SYNONYMS.items():
    for _text in (*_texts, TEMPLATE_HEADERS[_key]):
        _HEADER_LOOKUP.setdefault(_normalise_header(_text), _key)

_TERM_LOOKUP: dict[type[StrEnum], dict[str, str]] = {}
for _kind, _terms in _CHOICE_TERMS.items():
    lookup = {_normalise(member.value): member.value for member in _kind}
    for _value, _words in _terms.items():
        for _word in _words:
            lookup[_normalise(_word)] = _value
            lookup[re.sub(r"[()]", "", _normalise(_word))] = _value
    _TERM_LOOKUP[_kind] = lookup


# --- reading ---------------------------------------------------------------------------------------------------


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


def read_table(path: Path | str, guess: Callable[[list[str]], dict[str, int]] | None = None) -> Table:
    """The first sheet of an .xlsx, or a .csv (UTF-8 with or without BOM, or GBK; comma or tab separated).
    ``guess`` maps a header row to the columns it names (the client columns by default): it finds the header."""
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
    header_index = _header_index(rows, guess or guess_mapping)
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


# --- mapping ---------------------------------------------------------------------------------------------------


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


# --- converting ------------------------------------------------------------------------------------------------


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
                values[key] = _value(spec, text)
            except _Invalid as invalid:
                row_problems.append(RowProblem(sheet_row, spec.target, invalid.code, dict(invalid.params)))
        if row_problems:
            problems += row_problems
            continue
        inputs.append(_row_input(values))
        sheet_rows.append(sheet_row)
    return Converted(inputs, sheet_rows, problems, examples, total)


def to_inputs(table: Table, mapping: dict[str, int]) -> tuple[list[ClientInput], list[RowProblem]]:
    """``convert`` without the row bookkeeping: the inputs and the conversion problems."""
    converted = convert(table, mapping)
    return converted.inputs, converted.problems


# --- template --------------------------------------------------------------------------------------------------


def template_bytes() -> bytes:
    import openpyxl
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
