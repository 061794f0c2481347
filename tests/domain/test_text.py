"""One rule for names and one-line fields (and a looser one for notes): no control, bidi-override or zero-width
characters, NFC, no stacked marks, checked wherever such text enters: forms, imports, the CLI."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from rehabdesk.domain import station
from rehabdesk.domain.clients import GuardianInput, validate_client
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.staff import validate_staff
from rehabdesk.domain.text import clean_line, clean_text
from rehabdesk.services import client_import, clients
from rehabdesk.services.station_setup import StationDetails
from rehabdesk.services.training import Attendee, validate_training
from tests.people_support import TODAY, client_input, staff_input
from tests.training_support import course_input

HOSTILE = {
    "NUL": ("张\x00三", "text_control_character"),
    "newline": ("张三\n李四", "text_control_character"),
    "bell": ("张三\x07", "text_control_character"),
    "escape": ("张三\x1b[31m", "text_control_character"),
    "line separator": ("张三\u2028", "text_control_character"),
    "RLO": ("张三\u202egpj.exe", "text_invisible_character"),
    "LRE": ("\u202a张三", "text_invisible_character"),
    "isolate": ("张\u2066三\u2069", "text_invisible_character"),
    "RLM": ("张三\u200f", "text_invisible_character"),
    "zero width space": ("张\u200b三", "text_invisible_character"),
    "zero width joiner": ("张\u200d三", "text_invisible_character"),
    "word joiner": ("张\u2060三", "text_invisible_character"),
    "BOM": ("\ufeff张三", "text_invisible_character"),
    "stacked marks": ("Za\u0336\u0337\u0338lgo", "text_stacked_marks"),
}


@pytest.mark.parametrize(("value", "code"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_one_line_field_refuses(value: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_line(value, "name", 50)
    assert (caught.value.code, caught.value.field) == (code, "name")


def test_nfc_trim_and_two_marks_are_fine() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert decomposed != "Nguyễn"
    assert clean_line(f"  {decomposed} ", "name", 50) == "Nguyễn"
    assert clean_line("阿依古丽·买买提", "name", 50) == "阿依古丽·买买提"
    with pytest.raises(ValidationError, match="too_long"):
        clean_line("张" * 51, "name", 50)
    with pytest.raises(ValidationError, match="required"):
        clean_line("  ", "name", 50, required=True)


def test_notes_keep_line_breaks_and_tabs_but_not_the_rest() -> None:
    assert clean_text("第一行\n\t第二行\r\n", "content", 100) == "第一行\n\t第二行"
    for value in ("a\x00", "a\x07", "a\u202e", "a\u200b"):
        with pytest.raises(ValidationError):
            clean_text(value, "content", 100)


@pytest.mark.parametrize(("value", "code"), HOSTILE.values(), ids=HOSTILE.keys())
def test_every_name_field_refuses(value: str, code: str) -> None:
    checks = {
        "name": lambda: validate_client(client_input(name=value), today=TODAY),
        "guardians.0.name": lambda: validate_client(
            client_input(guardians=(GuardianInput(name=value, relation="parent", phone="13912345678"),)), today=TODAY
        ),
        "current_address": lambda: validate_client(client_input(current_address=value), today=TODAY),
        "staff name": lambda: validate_staff(staff_input(name=value), today=TODAY),
        "station_name": lambda: station.check_station_name(value),
        "head_name": lambda: StationDetails("站", "TS01", "110105", head_name=value).validated(),
        "title": lambda: validate_training(replace(course_input("s1"), title=value), today=TODAY),
        "certificate": lambda: validate_training(
            replace(course_input("s1"), attendees=(Attendee("s1", value),)), today=TODAY
        ),
    }
    for what, check in checks.items():
        with pytest.raises(ValidationError) as caught:
            check()
        assert caught.value.code == code, what


def test_an_imported_name_with_a_bidi_override_is_a_row_problem(admin_ctx, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("姓名,身份证号,联系电话,疾病诊断\n张三\u202e丰,,13812345678,精神分裂症\n", encoding="utf-8")
    table = client_import.read_table(path)
    converted = client_import.convert(table, client_import.guess_mapping(table.headers))
    problems = converted.all_problems(clients.preview_import(admin_ctx, converted.inputs, today=TODAY))
    assert [(p.row, p.field, p.code) for p in problems] == [(2, "name", "text_invisible_character")]
