"""Importing a training roster (XLSX or CSV): one row per attendee; rows naming the same course (title, type,
dates, hours, provider) become one course with several attendees. Preview first, with every problem named by
row and column; nothing is written until the whole file is clean, and then all of it in one transaction."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.text import FORMULA_LIKE, formula_suspect
from rehabdesk.domain.training import TrainingType
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import service
from rehabdesk.services.spreadsheet_reader import Table, read_table
from rehabdesk.services.training import Attendee, TrainingInput, ValidTraining, add_course, validate_training
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.schema import Staff
from rehabdesk.storage.unit_of_work import UnitOfWork

_HEADERS: dict[str, tuple[str, ...]] = {
    "staff_number": ("工号", "员工编号", "职工号", "staffnumber"),
    "name": ("姓名", "名字", "参训人员", "name"),
    "start_date": ("开始日期", "起始日期", "培训开始日期", "startdate"),
    "end_date": ("结束日期", "截止日期", "培训结束日期", "enddate"),
    "hours": ("学时", "培训学时", "课时", "时长", "hours"),
    "title": ("培训名称", "课程名称", "培训内容", "title"),
    "kind": ("培训类型", "类型", "类别", "type"),
    "provider": ("主办单位", "培训机构", "举办单位", "provider"),
    "certificate_number": ("证书编号", "证书号", "certificate"),
    "counts": ("计入年度学时", "是否计入", "计入20学时", "counts"),
}
REQUIRED = ("start_date", "end_date", "hours", "title", "kind")
_KINDS = {
    "岗前": TrainingType.INDUCTION,
    "岗前培训": TrainingType.INDUCTION,
    "集中": TrainingType.BLOCK,
    "集中培训": TrainingType.BLOCK,
    "跟踪督导": TrainingType.SUPERVISION,
    "督导": TrainingType.SUPERVISION,
    "职业技能": TrainingType.VOCATIONAL,
    "职业技能培训": TrainingType.VOCATIONAL,
    "需求评估能力": TrainingType.ASSESSOR,
    "需求评估能力培训": TrainingType.ASSESSOR,
    "需求评估": TrainingType.ASSESSOR,
    "安全应急": TrainingType.SAFETY,
    "安全应急培训": TrainingType.SAFETY,
    "安全培训": TrainingType.SAFETY,
}
_YES = {"是", "计入", "y", "yes", "1", "√"}
_NO = {"否", "不计入", "n", "no", "0", "×"}


@dataclass(frozen=True)
class ImportProblem:
    row: int  # as the spreadsheet shows it
    column: str  # the file's own header text, or the expected one when the column is missing
    code: str
    params: dict


@dataclass(frozen=True)
class TrainingImportPreview:
    rows: int
    courses: int
    attendances: int
    problems: tuple[ImportProblem, ...]


def _normalise(text: str) -> str:
    return re.sub(r"\s+|\*|\(.*?\)", "", unicodedata.normalize("NFKC", text)).lower()


def guess_columns(headers: list[str]) -> dict[str, int]:
    lookup = {_normalise(word): key for key, words in _HEADERS.items() for word in words}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = lookup.get(_normalise(header))
        if key is not None and key not in found:
            found[key] = index
    return found


@dataclass
class _Parsed:
    valid: list[tuple[int, ValidTraining]]
    problems: list[ImportProblem]
    rows: int


def _kind(text: str) -> str:
    key = _normalise(text)
    for word, kind in _KINDS.items():
        if _normalise(word) == key:
            return kind.value
    return key  # a code typed as is ("safety"); anything else fails validation as choice_invalid


def _counts(text: str) -> bool | None:
    key = _normalise(text)
    if not key:
        return None
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValidationError("choice_invalid", "counts")


def _staff(uow: UnitOfWork, number: str, name: str, by_name: dict[str, list[Staff]]) -> Staff:
    if number:
        member = staff_repository.by_number(uow.session, number)
        if member is None:
            raise ValidationError("staff_number_unknown", "staff_number")
        if name and member.name != name:
            raise ValidationError("staff_name_mismatch", "name", name=member.name)
        return member
    matches = by_name.get(name, [])
    if not matches:
        raise ValidationError("staff_name_unknown", "name")
    if len(matches) > 1:
        raise ValidationError("staff_name_ambiguous", "name")
    return matches[0]


def _parse(uow: UnitOfWork, table: Table, today: date) -> _Parsed:
    columns = guess_columns(table.headers)
    problems: list[ImportProblem] = []
    missing = [key for key in REQUIRED if key not in columns]
    if "staff_number" not in columns and "name" not in columns:
        missing.insert(0, "staff_number")
    for key in missing:
        problems.append(ImportProblem(table.header_row, _HEADERS[key][0], "import_column_missing", {}))
    if missing:
        return _Parsed([], problems, 0)
    by_name: dict[str, list[Staff]] = {}
    for member in staff_repository.all_staff(uow.session):
        by_name.setdefault(member.name, []).append(member)

    def header_of(field: str) -> str:
        key = field.split(".")[0]
        if key == "attendees":  # a problem with the person: their staff number's column, or else their name's
            key = "staff_number" if "staff_number" in columns else "name"
        return table.headers[columns[key]] if key in columns else _HEADERS.get(key, (field,))[0]

    valid: list[tuple[int, ValidTraining]] = []
    rows = 0
    for index, cells in enumerate(table.rows):
        if not any(cell.strip() for cell in cells):
            continue
        rows += 1
        row = table.sheet_row(index)

        def cell(key: str, cells: list[str] = cells) -> str:
            return cells[columns[key]].strip() if key in columns else ""

        suspects = [key for key, column in columns.items() if column < len(cells) and formula_suspect(cells[column])]
        if suspects:  # =cmd|… would come out of any later export as a formula: the coordinator looks first
            problems += [ImportProblem(row, table.headers[columns[key]], FORMULA_LIKE, {}) for key in suspects]
            continue
        try:
            member = _staff(uow, cell("staff_number"), cell("name"), by_name)
            data = TrainingInput(
                title=cell("title"),
                kind=_kind(cell("kind")),
                start_date=cell("start_date"),
                end_date=cell("end_date"),
                hours=cell("hours"),
                attendees=(Attendee(member.id, cell("certificate_number")),),
                provider=cell("provider"),
                counts=_counts(cell("counts")),
            )
            course = validate_training(data, today=today)
            if course.end_date < member.start_date or (member.end_date and course.start_date > member.end_date):
                raise ValidationError("training_outside_employment", "start_date", name=member.name)
            valid.append((row, course))
        except ValidationError as error:
            params = {k: v for k, v in error.params.items() if k != "field"}
            problems.append(ImportProblem(row, header_of(error.field), error.code, params))
    return _Parsed(valid, problems, rows)


def _courses(valid: list[tuple[int, ValidTraining]]) -> list[ValidTraining]:
    """Rows of the same course become one course; the same person twice on one course is a problem found here."""
    grouped: dict[tuple, ValidTraining] = {}
    for _row, course in valid:
        key = (course.title, course.kind, course.provider, course.start_date, course.end_date, course.minutes)
        if key in grouped:
            grouped[key] = replace(grouped[key], attendees=grouped[key].attendees + course.attendees)
        else:
            grouped[key] = course
    return list(grouped.values())


def _duplicates(valid: list[tuple[int, ValidTraining]], table: Table) -> list[ImportProblem]:
    seen: dict[tuple, int] = {}
    problems = []
    for row, course in valid:
        key = (course.title, course.kind, course.start_date, course.end_date, course.attendees[0].staff_id)
        if key in seen:
            problems.append(ImportProblem(row, table.headers[0], "import_duplicate_row", {"row": seen[key]}))
        else:
            seen[key] = row
    return problems


def _check(uow: UnitOfWork, path: Path | str, today: date) -> tuple[_Parsed, list[ValidTraining]]:
    table = read_table(path, guess_columns)
    parsed = _parse(uow, table, today)
    parsed.problems.extend(_duplicates(parsed.valid, table))
    parsed.problems.sort(key=lambda problem: problem.row)
    return parsed, _courses(parsed.valid)


@service(Permission.MANAGE_TRAINING, mutating=False)
def preview_training_import(
    ctx: StationContext, path: Path | str, *, today: date | None = None
) -> TrainingImportPreview:
    with ctx.store.unit_of_work(ctx.actor, read_only=True) as uow:
        parsed, courses = _check(uow, path, today or clock.today())
        attendances = sum(len(course.attendees) for course in courses)
        return TrainingImportPreview(parsed.rows, len(courses), attendances, tuple(parsed.problems))


@service(Permission.MANAGE_TRAINING, mutating=True)
def import_training(ctx: StationContext, path: Path | str, *, today: date | None = None) -> int:
    """All rows or none: any problem refuses the whole file. Returns the number of courses added."""
    with ctx.store.unit_of_work(ctx.actor) as uow:
        parsed, courses = _check(uow, path, today or clock.today())
        if parsed.problems:
            raise DomainError("import_has_problems", rows=len({p.row for p in parsed.problems}))
        for course in courses:
            add_course(uow, course)
        uow.audit(
            "import",
            entity_type="training_course",
            detail={"what": "training", "rows": parsed.rows, "courses": len(courses)},
        )
        uow.commit()
        return len(courses)
