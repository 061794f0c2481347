"""Training and drill printouts and the yearly training summary as an Excel workbook. Each is audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rehabdesk.documents.drill_record import render_drill_record
from rehabdesk.documents.table_writer import Sheet, write_xlsx
from rehabdesk.documents.training_forms import (
    ActionLine,
    DrillRecord,
    SummaryRow,
    TrainingLine,
    TrainingSummary,
    WorkerTrainingRecord,
)
from rehabdesk.documents.training_labels import PROFESSION_LABELS, RELEVANT_DEGREE_LABELS
from rehabdesk.documents.training_record import render_training_record
from rehabdesk.documents.training_summary import NOT_APPLICABLE, indicator_lines, render_training_summary
from rehabdesk.domain import clock
from rehabdesk.domain.errors import DomainError
from rehabdesk.domain.people import Profession, RelevantDegree
from rehabdesk.domain.roles import Permission
from rehabdesk.domain.safety import ActionStatus, DrillScenario
from rehabdesk.domain.training import TrainingType, format_hours
from rehabdesk.services.context import StationContext
from rehabdesk.services.printing import PrintedDocument, station_on_form
from rehabdesk.services.registry import service
from rehabdesk.services.safety import drill_info
from rehabdesk.services.settings import read_settings
from rehabdesk.services.training import may_see_worker, overview_in
from rehabdesk.storage.repositories import staff as staff_repository
from rehabdesk.storage.repositories import training as repository


@service(None, mutating=True)
def print_training_record(
    ctx: StationContext, staff_id: str, year: int, *, today: date | None = None
) -> PrintedDocument:
    """One worker's year; coordinators and admins for anyone, a worker for themselves."""
    today = today or clock.today()
    annual_hours = read_settings(ctx).training_annual_hours
    with ctx.store.unit_of_work(ctx.actor) as uow:
        if not may_see_worker(uow, ctx, staff_id):
            raise DomainError("own_training_only")
        member = staff_repository.by_id(uow.session, staff_id)
        if member is None:
            raise DomainError("staff_not_found")
        status = next(
            (w for w in overview_in(uow, ctx, year, today, annual_hours).workers if w.staff_id == staff_id), None
        )
        if status is None:
            raise DomainError("staff_not_employed_in_year", year=year)
        lines = tuple(
            TrainingLine(
                c.start_date, c.end_date, c.title, TrainingType(c.kind), c.provider, c.minutes, c.counts, certificate
            )
            for c, certificate in reversed(repository.courses_of(uow.session, staff_id, year))
        )
        pdf = render_training_record(
            WorkerTrainingRecord(
                station=station_on_form(uow),
                year=year,
                staff_number=member.staff_number,
                name=member.name,
                profession=Profession(member.profession),
                start_date=member.start_date,
                end_date=member.end_date,
                lines=lines,
                compliance=status.compliance,
                annual_hours=annual_hours,
                printed_on=today,
            )
        )
        uow.audit(
            "print", entity_type="staff", entity_id=staff_id, detail={"document": "training_record", "year": year}
        )
        uow.commit()
        return PrintedDocument("training_record", member.staff_number, pdf)


def _summary(ctx: StationContext, uow, year: int, today: date) -> TrainingSummary:
    annual_hours = read_settings(ctx).training_annual_hours
    overview = overview_in(uow, ctx, year, today, annual_hours)
    rows = tuple(
        SummaryRow(w.staff_number, w.name, Profession(w.profession), RelevantDegree(w.relevant_degree), w.compliance)
        for w in overview.workers
    )
    return TrainingSummary(station_on_form(uow), year, rows, annual_hours, today)


@service(Permission.MANAGE_TRAINING, mutating=True)
def print_training_summary(ctx: StationContext, year: int, *, today: date | None = None) -> PrintedDocument:
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        pdf = render_training_summary(_summary(ctx, uow, year, today))
        uow.audit("print", entity_type="training_course", detail={"document": "training_summary", "year": year})
        uow.commit()
        return PrintedDocument("training_summary", str(year), pdf)


_SUMMARY_HEADERS = (
    "工号",
    "姓名",
    "岗位",
    "相关专业学历",
    "直接服务",
    "评估员",
    "评估能力培训",
    "在岗天数",
    "应完成学时",
    "已完成学时（计入）",
    "其他学时（不计入）",
    "尚差学时",
    "是否达标",
)


def summary_sheet(summary: TrainingSummary) -> Sheet:
    """Hours as numbers (Excel can add them up), everything else as the Chinese terms printed on paper."""
    rows = []
    for row in summary.rows:
        c = row.compliance
        verdict = "不适用" if not c.direct_service else ("达标" if c.compliant else "未达标")
        rows.append(
            [
                row.staff_number,
                row.name,
                PROFESSION_LABELS[row.profession],
                RELEVANT_DEGREE_LABELS[row.relevant_degree],
                "是" if c.direct_service else "否",
                "是" if c.assessor else "否",
                ("有" if c.assessor_trained else "无") if c.assessor else "",
                c.days_employed,
                # "—" where the paper prints it: no hours are required of someone not in direct service.
                float(format_hours(c.required_minutes)) if c.direct_service else NOT_APPLICABLE,
                float(format_hours(c.counted_minutes)),
                float(format_hours(c.other_minutes)),
                float(format_hours(c.remaining_minutes)) if c.direct_service else NOT_APPLICABLE,
                verdict + ("（折算）" if c.prorated and c.direct_service else ""),
            ]
        )
    # The same indicator lines as the printed summary.
    footer = (
        *(f"{label}：{value}" for label, value in indicator_lines(summary)),
        f"每名直接服务人员每年应完成 {summary.annual_hours} 学时；"
        "年中入职或离职的按在岗天数折算，向上取整到 0.5 学时。",
    )
    return Sheet(
        title=f"{summary.year}年培训汇总",
        header=_SUMMARY_HEADERS,
        rows=rows,
        notes=(f"{summary.station.name}　{summary.year} 年度工作人员培训情况汇总",),
        footer=footer,
    )


@service(Permission.MANAGE_TRAINING, mutating=True)
def export_training_summary(ctx: StationContext, year: int, path: Path | str, *, today: date | None = None) -> Path:
    today = today or clock.today()
    target = Path(path)
    with ctx.store.unit_of_work(ctx.actor) as uow:
        write_xlsx(target, [summary_sheet(_summary(ctx, uow, year, today))])
        uow.audit("export", entity_type="training_course", detail={"what": "training_summary", "year": year})
        uow.commit()
        return target


@service(None, mutating=True)
def print_drill_record(ctx: StationContext, drill_id: str, *, today: date | None = None) -> PrintedDocument:
    today = today or clock.today()
    with ctx.store.unit_of_work(ctx.actor) as uow:
        drill = repository.drill(uow.session, drill_id)
        if drill is None:
            raise DomainError("drill_not_found")
        info = drill_info(uow, drill, today)
        plan = repository.plan(uow.session, drill.plan_id) if drill.plan_id else None
        pdf = render_drill_record(
            DrillRecord(
                station=station_on_form(uow),
                number=drill.number,
                drill_date=drill.drill_date,
                scenario=DrillScenario(drill.scenario),
                plan_title=plan.title if plan else "",
                plan_version=plan.plan_version if plan else "",
                staff_present=info.participants,
                clients_involved=drill.clients_involved,
                duration_minutes=drill.duration_minutes,
                evaluation=drill.evaluation,
                problems=drill.problems,
                actions=tuple(
                    ActionLine(a.description, a.owner, a.due_date, ActionStatus(a.status), a.closed_on, a.closing_note)
                    for a in info.actions
                ),
                printed_on=today,
            )
        )
        uow.audit("print", entity_type="drill", entity_id=drill.id)
        uow.commit()
        return PrintedDocument("drill", drill.number, pdf)
