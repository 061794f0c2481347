"""Import from Excel/CSV: reading files, header and term mapping, problems by row and column, all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.people import (
    Channel,
    Diagnosis,
    Gender,
    IllnessStatus,
    LegalCapacity,
    MedicationAdherence,
    Relation,
)
from rehabdesk.domain.progress import Cancelled
from rehabdesk.services import client_import, clients, spreadsheet_reader
from rehabdesk.services.client_import import Table, convert, guess_mapping, read_table, write_template
from rehabdesk.services.client_import_columns import TEMPLATE_EXAMPLE, TEMPLATE_HEADERS
from tests.people_support import TODAY, client_input, resident_id
from tests.support import audit_rows

HEADERS = ["姓名", "身份证号", "性别", "出生日期", "联系电话", "疾病诊断", "危险等级", "服药情况", "民事行为能力"]
GUARDIAN_HEADERS = ["监护人姓名", "与康复对象关系", "是否法定监护人", "监护人电话"]


def _row(name: str, serial: int, *, diagnosis: str = "精神分裂症", birth: date = date(1980, 5, 6), **extra) -> list:
    values = {
        "姓名": name,
        "身份证号": resident_id(birth, serial),
        "性别": "男",
        "出生日期": birth.isoformat(),
        "联系电话": "13812345678",
        "疾病诊断": diagnosis,
        "危险等级": "1级",
        "服药情况": "间断",
        "民事行为能力": "完全",
        "监护人姓名": "张大山",
        "与康复对象关系": "父母",
        "是否法定监护人": "否",
        "监护人电话": "13912345678",
    }
    values.update(extra)
    return [values[h] for h in HEADERS + GUARDIAN_HEADERS]


def _inputs_and_problems(table: Table) -> tuple[list, list]:
    converted = convert(table, guess_mapping(table.headers))
    return converted.inputs, converted.problems


def _xlsx(path: Path, rows: list[list], headers: list[str] | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(headers or HEADERS + GUARDIAN_HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _csv(path: Path, rows: list[list], encoding: str, delimiter: str = ",") -> Path:
    lines = [delimiter.join(HEADERS + GUARDIAN_HEADERS)] + [delimiter.join(map(str, row)) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _import(ctx, path: Path) -> int:
    table = read_table(path)
    converted = convert(table, guess_mapping(table.headers))
    assert converted.problems == []
    assert clients.preview_import(ctx, converted.inputs, today=TODAY) == []
    return clients.import_clients(ctx, converted.inputs, today=TODAY)


GOOD = [["李明", 11], ["王红", 13], ["赵强", 15]]


def test_good_xlsx_imports_every_row(admin_ctx, tmp_path) -> None:
    path = _xlsx(tmp_path / "list.xlsx", [_row(name, serial) for name, serial in GOOD])
    assert _import(admin_ctx, path) == 3
    found = clients.search_clients(admin_ctx, "李明")
    assert [c.name for c in found] == ["李明"]
    detail = clients.open_client(admin_ctx, found[0].id)
    assert detail.data.diagnosis == "schizophrenia"
    assert detail.data.medication_adherence == "intermittent"
    assert detail.data.risk_level == 1
    assert detail.data.guardians[0].relation == "parent"
    assert detail.data.guardians[0].phone == "13912345678"


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8", ","), ("utf-8-sig", ","), ("gbk", ","), ("gbk", "\t")])
def test_good_csv_in_the_encodings_excel_writes(admin_ctx, tmp_path, encoding, delimiter) -> None:
    path = _csv(tmp_path / "list.csv", [_row(name, serial) for name, serial in GOOD], encoding, delimiter)
    table = read_table(path)
    assert table.headers[0] == "姓名"
    assert table.rows[0][0] == "李明"
    assert _import(admin_ctx, path) == 3


def test_xlsx_cell_types_become_text(tmp_path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "出生日期", "联系电话", "危险等级", "县区代码"])
    sheet.append(["李明", date(1980, 5, 6), 13812345678, 2.0, 110105])
    workbook.save(tmp_path / "types.xlsx")
    table = read_table(tmp_path / "types.xlsx")
    assert table.rows == [["李明", "1980-05-06", "13812345678", "2", "110105"]]
    assert not table.damaged


def test_a_title_row_above_the_header_is_skipped_and_rows_keep_their_sheet_numbers(tmp_path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["某某站康复对象名单"])
    sheet.append(HEADERS + GUARDIAN_HEADERS)
    sheet.append(_row("李明", 11, diagnosis="感冒"))
    workbook.save(tmp_path / "titled.xlsx")
    table = read_table(tmp_path / "titled.xlsx")
    assert table.header_row == 2
    _inputs, problems = _inputs_and_problems(table)
    assert [(p.row, p.field, p.code) for p in problems] == [(3, "diagnosis", "choice_invalid")]


def test_guess_mapping_knows_staff_headers_and_the_template() -> None:
    mapping = guess_mapping(
        ["序号", "姓名", "身份证号码", "性别", "手机", "户籍地", "居住地址", "诊断", "危险性评估", "联系人", "关系"]
    )
    assert mapping == {
        "name": 1,
        "id_number": 2,
        "gender": 3,
        "phone": 4,
        "household_registration": 5,
        "current_address": 6,
        "diagnosis": 7,
        "risk_level": 8,
        "guardian_name": 9,
        "guardian_relation": 10,
    }
    template = list(TEMPLATE_HEADERS.values())
    assert guess_mapping(template) == {key: i for i, key in enumerate(TEMPLATE_HEADERS)}
    assert guess_mapping(["证件号码（18位）", "监护人电话", "联系电话"]) == {
        "id_number": 0,
        "guardian_phone": 1,
        "phone": 2,
    }


@pytest.mark.parametrize(
    ("kind", "text", "code"),
    [
        (Diagnosis, "精神分裂症", "schizophrenia"),
        (Diagnosis, "双相（情感）障碍", "bipolar"),
        (Diagnosis, "偏执性精神病(持久妄想性障碍)", "persistent_delusional"),
        (Diagnosis, "schizophrenia", "schizophrenia"),
        (Gender, "女", "female"),
        (IllnessStatus, "基本稳定", "basically_stable"),
        (MedicationAdherence, "不服药", "none"),
        (LegalCapacity, "限制民事行为能力", "limited"),
        (LegalCapacity, "无", "none"),
        (Relation, "配偶", "spouse"),
        (Relation, "村居委会", "village_committee"),
        (Channel, "本人/监护人申请", "self_or_guardian"),
        (Channel, "医疗机构转介", "medical_referral"),
        (Diagnosis, "感冒", None),
    ],
)
def test_chinese_terms_and_codes_map_to_codes(kind, text, code) -> None:
    assert client_import.parse_term(kind, text) == code


def test_flags_and_risk_levels(tmp_path) -> None:
    headers = ["姓名", "身份证号", "疾病诊断", "监护人姓名", "关系", "是否法定监护人", "是否低保", "危险等级"]
    table = Table(
        headers,
        [
            ["甲", resident_id(serial=1), "抑郁症", "乙", "父母", "是", "√", "3"],
            ["丙", resident_id(serial=3), "抑郁症", "丁", "父母", "也许", "否", "7"],
        ],
    )
    inputs, problems = _inputs_and_problems(table)
    assert len(inputs) == 1
    assert inputs[0].guardians[0].is_legal_guardian and inputs[0].low_income and inputs[0].risk_level == 3
    assert [(p.row, p.field, p.code) for p in problems] == [
        (3, "guardians.0.is_legal_guardian", "choice_invalid"),
        (3, "risk_level", "out_of_range"),
    ]


def test_mixed_good_and_bad_rows_are_reported_by_row_and_column_and_nothing_is_written(admin_ctx, tmp_path) -> None:
    rows = [
        _row("李明", 11),
        _row("王红", 13, diagnosis="感冒"),  # row 3: unknown diagnosis
        _row("赵强", 15, 联系电话="12345"),  # row 4: bad phone
        _row("", 17),  # row 5: no name
        _row("钱多", 11),  # row 6: same ID as row 2
        _row("孙亮", 19, 与康复对象关系="邻居"),  # row 7: unknown relation
    ]
    path = _xlsx(tmp_path / "mixed.xlsx", rows)
    table = read_table(path)
    converted = convert(table, guess_mapping(table.headers))
    problems = converted.all_problems(clients.preview_import(admin_ctx, converted.inputs, today=TODAY))
    assert [(p.row, p.field, p.code) for p in problems] == [
        (3, "diagnosis", "choice_invalid"),
        (4, "phone", "phone_invalid"),
        (5, "name", "required"),
        (6, "id_number", "import_duplicate_in_file"),
        (7, "guardians.0.relation", "choice_invalid"),
    ]
    assert problems[3].params == {"row": 2}
    audit_before = len(audit_rows(admin_ctx))
    with pytest.raises(DomainError) as caught:
        clients.import_clients(admin_ctx, converted.inputs, today=TODAY)
    assert caught.value.code == "import_has_problems"
    assert clients.client_ids(admin_ctx) == []
    assert len(audit_rows(admin_ctx)) == audit_before


def test_duplicates_against_the_station_are_reported(admin_ctx, tmp_path) -> None:
    existing = clients.register_client(admin_ctx, client_input("李明", serial=11), today=TODAY)
    path = _xlsx(tmp_path / "dup.xlsx", [_row("王红", 13), _row("李明", 11)])
    table = read_table(path)
    converted = convert(table, guess_mapping(table.headers))
    problems = converted.all_problems(clients.preview_import(admin_ctx, converted.inputs, today=TODAY))
    assert [(p.row, p.field, p.code) for p in problems] == [(3, "id_number", "client_duplicate_id")]
    assert problems[0].params == {"case_number": existing.case_number}


def test_an_id_number_stored_as_a_number_is_detected_not_guessed(tmp_path) -> None:
    row = _row("李明", 11)
    row[1] = int(resident_id(serial=11)[:17] + "0")  # what Excel keeps of a typed 18-digit number: a float
    path = _xlsx(tmp_path / "number.xlsx", [row, _row("王红", 13)])
    table = read_table(path)
    inputs, problems = _inputs_and_problems(table)
    assert [(p.row, p.field, p.code) for p in problems] == [(2, "id_number", "import_number_lost_digits")]
    assert [i.name for i in inputs] == ["王红"]


def test_an_id_number_in_scientific_notation_from_csv_is_detected(tmp_path) -> None:
    path = _csv(tmp_path / "sci.csv", [_row("李明", 11, 身份证号="1.10105E+17")], "gbk")
    table = read_table(path)
    _inputs, problems = _inputs_and_problems(table)
    assert [(p.row, p.field, p.code) for p in problems] == [(2, "id_number", "import_number_lost_digits")]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_damaged_files_are_unreadable(tmp_path, suffix) -> None:
    good = _xlsx(tmp_path / "good.xlsx", [_row("李明", 11)])
    truncated = tmp_path / f"truncated{suffix}"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    with pytest.raises(DomainError) as caught:
        read_table(truncated)
    assert caught.value.code == "import_file_unreadable"
    junk = tmp_path / f"junk{suffix}"
    junk.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(DomainError) as caught:
        read_table(junk)
    assert caught.value.code == "import_file_unreadable"


def test_missing_file_and_old_excel_and_empty(tmp_path) -> None:
    with pytest.raises(DomainError) as caught:
        read_table(tmp_path / "nowhere.xlsx")
    assert caught.value.code == "import_file_unreadable"
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    with pytest.raises(DomainError) as caught:
        read_table(old)
    assert caught.value.code == "import_file_old_excel"
    header_only = _xlsx(tmp_path / "empty.xlsx", [])
    with pytest.raises(DomainError) as caught:
        read_table(header_only)
    assert caught.value.code == "import_file_empty"
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"")
    with pytest.raises(DomainError) as caught:
        read_table(blank)
    assert caught.value.code == "import_file_empty"


def test_too_many_rows_are_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(spreadsheet_reader, "MAX_ROWS", 3)
    path = _csv(tmp_path / "big.csv", [_row(f"人{i}", i) for i in range(5)], "utf-8")
    with pytest.raises(DomainError) as caught:
        read_table(path)
    assert caught.value.code == "import_file_too_large"
    assert caught.value.params == {"maximum": 3}


def test_template_round_trip(admin_ctx, tmp_path) -> None:
    path = tmp_path / "模板.xlsx"
    write_template(path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    keys = list(TEMPLATE_HEADERS)
    id_column = keys.index("id_number") + 1
    assert sheet.cell(row=3, column=id_column).number_format == "@"
    assert sheet.column_dimensions["C"].width >= 18
    assert str(sheet.cell(row=2, column=1).value).startswith("示例")
    for row, (name, serial) in enumerate(GOOD, start=3):
        values = dict(TEMPLATE_EXAMPLE)
        values.update(
            name=name,
            id_number=resident_id(serial=serial),
            birth_date="",
            gender="",
            diagnosis="抑郁症",
            guardian_relation="配偶",
        )
        for column, key in enumerate(keys, start=1):
            sheet.cell(row=row, column=column, value=values[key])
    workbook.save(path)
    table = read_table(path)
    converted = convert(table, guess_mapping(table.headers))
    assert converted.skipped_examples == 1 and converted.total_rows == 3
    assert converted.sheet_rows == [3, 4, 5]
    assert clients.import_clients(admin_ctx, converted.inputs, today=TODAY) == 3
    assert len(clients.client_ids(admin_ctx)) == 3
    assert not clients.search_clients(admin_ctx, "张三")


class _CancelAfter:
    def __init__(self, rows: int) -> None:
        self.rows = rows
        self.calls: list[int] = []

    def step(self, done: int, total: int, note: str = "") -> None:
        self.calls.append(done)
        if done >= self.rows:
            raise Cancelled


def test_cancel_during_import_leaves_no_clients_and_no_audit_entry(admin_ctx) -> None:
    rows = [client_input(f"测试{i:04d}", serial=i % 100, birth=date(1950 + i // 100, 1, 2)) for i in range(1200)]
    before = audit_rows(admin_ctx)
    progress = _CancelAfter(1000)
    with pytest.raises(Cancelled):
        clients.import_clients(admin_ctx, rows, today=TODAY, progress=progress)
    assert progress.calls[-1] == 1000 and len(progress.calls) == 1000 // 25  # reported every 25 rows
    assert clients.client_ids(admin_ctx) == []
    assert clients.search_clients(admin_ctx, "测试") == []
    assert audit_rows(admin_ctx) == before


FORMULAS = ("=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1")


def test_formula_like_values_are_questioned_not_taken_silently(tmp_path: Path) -> None:
    rows = [_row(name, serial) for serial, name in enumerate(FORMULAS, start=1)]
    rows.append(_row("李四", 20, 监护人姓名="@王五"))
    rows.append(_row("赵六", 21, 联系电话="+86 138 1234 5678", 监护人电话="-"))
    path = tmp_path / "formulas.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADERS + GUARDIAN_HEADERS)
    for values in rows:
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"  # text as a station's sheet holds it, not a formula openpyxl would write
    workbook.save(path)
    inputs, problems = _inputs_and_problems(read_table(path))
    assert [(p.row, p.field, p.code) for p in problems] == [
        *((row, "name", "import_formula_like") for row in range(2, 2 + len(FORMULAS))),
        (2 + len(FORMULAS), "guardians.0.name", "import_formula_like"),
    ]
    assert [i.name for i in inputs] == ["赵六"]
