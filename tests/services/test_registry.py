"""The service registry test of DESIGN.md §8.

Every registered service needs an example invocation here; the test fails for one without, so each new service
must add one. Each mutating service must refuse an actor without its permission (PermissionDenied plus exactly one
"denied" audit entry) and must write exactly one audit entry when permitted."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

import rehabdesk.services
from rehabdesk.documents.templates import default_template
from rehabdesk.domain.errors import PermissionDenied
from rehabdesk.domain.roles import PERMISSIONS_BY_ROLE, Permission, Role
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import accounts, cases, clients, safety, service_records, sessions, staff, training
from rehabdesk.services import settings as settings_service
from rehabdesk.services.context import StationContext
from rehabdesk.services.registry import REGISTRY, ServiceSpec
from rehabdesk.storage.repositories.audit_log import AuditFilter
from tests.conftest import ADMIN_PASSWORD, TEST_POLICY
from tests.paperwork_support import ALL_KINDS, TERM_START, Paperwork, agreement_input, prepare_paperwork, sign_papers
from tests.people_support import TODAY, client_input, staff_input
from tests.support import audit_rows, raw_sql
from tests.training_support import course_input, drill_input

for _module in pkgutil.iter_modules(rehabdesk.services.__path__):
    importlib.import_module(f"rehabdesk.services.{_module.name}")

# Mutating services any logged-in account may call, on purpose. Adding one here is a decision to review.
OPEN_TO_EVERY_ACCOUNT = {
    "accounts.change_own_password",
    "backups.backup_on_close",
    "checks.check_station",
    # A worker prints their own training record (the service refuses anyone else's); drill records are no secret.
    "training_reports.print_training_record",
    "training_reports.print_drill_record",
    # Course certificates and emergency plans hold no client data; viewing one is audited like any file.
    "scans.view_station_file",
    # The figures are those the caller may see anyway (a worker: their own clients); the export is audited.
    "indicators_reports.export_indicators",
    "indicators.record_list_viewed",
    "indicator_details.movement_behind",
    "indicator_details.waitlist_behind",
    "indicator_details.staff_behind",
}

OTHER_PASSWORD = "other-pass-55"
SCAN = b"%PDF-1.4\n% signed paper\n%%EOF\n"


@dataclass
class World:
    """What the examples need: the station, a spare account to act on, the acting context's password, a temp dir."""

    admin: StationContext
    target_id: str
    password: str
    tmp: Path
    recovery_code: str
    client_id: str
    staff_id: str
    paperwork: Paperwork
    scan_id: str
    course_id: str
    plan_id: str
    drill_id: str
    action_id: str
    closed_action_id: str
    roster: Path
    plan_file_id: str
    leaver_id: str
    withdrawn_client_id: str
    enrolled_client_id: str
    draft_plan_id: str
    service_id: str
    referral_id: str
    follow_up_id: str
    waitlisted_client_id: str


EXAMPLES: dict[str, Callable[[StationContext, World], Any]] = {
    "accounts.list_accounts": lambda ctx, w: accounts.list_accounts(ctx),
    "accounts.create_account": lambda ctx, w: accounts.create_account(
        ctx, "newcomer", "新同事", frozenset({Role.STAFF}), "first-pass-99"
    ),
    "accounts.change_own_password": lambda ctx, w: accounts.change_own_password(ctx, w.password, "changed-pass-77"),
    "accounts.reset_password": lambda ctx, w: accounts.reset_password(ctx, w.target_id, "temporary-pass-1"),
    "accounts.disable_account": lambda ctx, w: accounts.disable_account(ctx, w.target_id),
    "accounts.set_roles": lambda ctx, w: accounts.set_roles(ctx, w.target_id, frozenset({Role.COORDINATOR})),
    "accounts.unlock_account": lambda ctx, w: accounts.unlock_account(ctx, w.target_id),
    "accounts.link_staff": lambda ctx, w: accounts.link_staff(ctx, w.target_id, None),
    "audit_log.query_audit": lambda ctx, w: _service("audit_log").query_audit(ctx, AuditFilter()),
    "audit_log.audit_choices": lambda ctx, w: _service("audit_log").audit_choices(ctx),
    "audit_log.export_audit_csv": lambda ctx, w: _service("audit_log").export_audit_csv(
        ctx, AuditFilter(), w.tmp / "audit.csv"
    ),
    "backups.backup_now": lambda ctx, w: _service("backups").backup_now(ctx, w.tmp / "usb"),
    "backups.backup_on_close": lambda ctx, w: _service("backups").backup_on_close(ctx),
    "backups.backup_to": lambda ctx, w: _service("backups").backup_to(ctx, _folder(w.tmp / "stick")),
    "backups.drill_backup": lambda ctx, w: _service("backups").drill_backup(
        ctx, _unaudited_backup(w), login=w.admin.actor.login, secret=w.password
    ),
    "checks.check_station": lambda ctx, w: _service("checks").check_station(ctx),
    "keys_admin.rotate_key": lambda ctx, w: _service("keys_admin").rotate_key(ctx, w.password),
    "keys_admin.regenerate_recovery_code": lambda ctx, w: _service("keys_admin").regenerate_recovery_code(
        ctx, w.password
    ),
    "recovery.recovery_sheet_pdf": lambda ctx, w: _service("recovery").recovery_sheet_pdf(ctx, w.recovery_code),
    "recovery.write_recovery_sheet": lambda ctx, w: _service("recovery").write_recovery_sheet(
        ctx, w.recovery_code, w.tmp / "recovery-sheet.pdf"
    ),
    "list_exports.export_client_list": lambda ctx, w: _service("list_exports").export_client_list(
        ctx, [w.client_id], w.tmp / "clients.xlsx", _service("list_exports").Wording("名单", [], ["列"] * 7)
    ),
    "list_exports.export_services": lambda ctx, w: _service("list_exports").export_services(
        ctx, TODAY, TODAY, w.tmp / "services.xlsx", _service("list_exports").Wording("服务", [], ["列"] * 9)
    ),
    "clients.register_client": lambda ctx, w: clients.register_client(
        ctx, client_input("李四", serial=44), today=TODAY
    ),
    "clients.update_client": lambda ctx, w: clients.update_client(
        ctx, w.client_id, client_input(phone="13900001111"), expected_version=1, today=TODAY
    ),
    "clients.open_client": lambda ctx, w: clients.open_client(ctx, w.client_id),
    "clients.reveal": lambda ctx, w: clients.reveal(ctx, w.client_id, "risk_level"),
    "clients.search_clients": lambda ctx, w: clients.search_clients(ctx, "zsf"),
    "clients.client_ids": lambda ctx, w: clients.client_ids(ctx),
    "clients.client_summaries": lambda ctx, w: clients.client_summaries(ctx, [w.client_id]),
    "clients.preview_import": lambda ctx, w: clients.preview_import(
        ctx, [client_input("王五", serial=46)], today=TODAY
    ),
    "clients.import_clients": lambda ctx, w: clients.import_clients(
        ctx, [client_input("王五", serial=46)], today=TODAY
    ),
    "staff.register_staff": lambda ctx, w: staff.register_staff(ctx, staff_input("S200", "钱芳"), today=TODAY),
    "staff.update_staff": lambda ctx, w: staff.update_staff(
        ctx, w.staff_id, staff_input("S100", "赵磊", phone="13700001111"), today=TODAY
    ),
    "staff.list_staff": lambda ctx, w: staff.list_staff(ctx),
    "staff.get_staff": lambda ctx, w: staff.get_staff(ctx, w.staff_id),
    "templates.template_history": lambda ctx, w: _service("templates").template_history(ctx, "consent"),
    "templates.save_template": lambda ctx, w: _service("templates").save_template(
        ctx, "fees", default_template("fees").body + "\n本表每年更新。\n"
    ),
    "fee_schedule.list_fee_items": lambda ctx, w: _service("fee_schedule").list_fee_items(ctx),
    "fee_schedule.add_fee_item": lambda ctx, w: _service("fee_schedule").add_fee_item(
        ctx, _service("fee_schedule").FeeItemInput("茶点", "次", "2", "self_paid")
    ),
    "fee_schedule.update_fee_item": lambda ctx, w: _service("fee_schedule").update_fee_item(
        ctx, w.paperwork.fee_item_id, _service("fee_schedule").FeeItemInput("午餐", "餐", "13", "self_paid")
    ),
    "fee_schedule.set_fee_item_retired": lambda ctx, w: _service("fee_schedule").set_fee_item_retired(
        ctx, w.paperwork.fee_item_id, True
    ),
    "consents.create_consent_form": lambda ctx, w: _service("consents").create_consent_form(
        ctx, w.client_id, ALL_KINDS, today=TODAY
    ),
    "consents.record_consent_signed": lambda ctx, w: _service("consents").record_consent_signed(
        ctx, w.paperwork.draft_form_id, _service("consents").SignedConsentForm((), "client", TERM_START), today=TODAY
    ),
    "consents.withdraw_consent": lambda ctx, w: _service("consents").withdraw_consent(
        ctx, w.paperwork.consent_id, TODAY, "本人撤回", today=TODAY
    ),
    "consents.void_consent_form": lambda ctx, w: _service("consents").void_consent_form(
        ctx, w.paperwork.draft_form_id, "打印有误"
    ),
    "consents.service_eligibility": lambda ctx, w: _service("consents").service_eligibility(
        ctx, w.client_id, today=TODAY
    ),
    "consents.clients_consenting_to_provision": lambda ctx, w: _service("consents").clients_consenting_to_provision(
        ctx
    ),
    "agreements.create_agreement": lambda ctx, w: _service("agreements").create_agreement(
        ctx, w.client_id, agreement_input(), today=TODAY
    ),
    "agreements.update_agreement": lambda ctx, w: _service("agreements").update_agreement(
        ctx, w.paperwork.draft_agreement_id, agreement_input(place="家中"), today=TODAY
    ),
    "agreements.record_agreement_signed": lambda ctx, w: _service("agreements").record_agreement_signed(
        ctx, w.paperwork.draft_agreement_id, _service("agreements").SignedAgreement("client", TERM_START), today=TODAY
    ),
    "agreements.terminate_agreement": lambda ctx, w: _service("agreements").terminate_agreement(
        ctx, w.paperwork.active_agreement_id, TODAY, "迁居", today=TODAY
    ),
    "agreements.renew_agreement": lambda ctx, w: _service("agreements").renew_agreement(
        ctx, w.paperwork.active_agreement_id, today=TODAY
    ),
    "scans.attach_scan": lambda ctx, w: _service("scans").attach_scan(
        ctx, "agreement", w.paperwork.active_agreement_id, SCAN
    ),
    "scans.view_scan": lambda ctx, w: _service("scans").view_scan(ctx, w.scan_id),
    "scans.attach_station_file": lambda ctx, w: _service("scans").attach_station_file(
        ctx, "training_course", w.course_id, SCAN
    ),
    "scans.view_station_file": lambda ctx, w: _service("scans").view_station_file(ctx, w.plan_file_id),
    "training.safety_courses": lambda ctx, w: training.safety_courses(ctx, 2026),
    "client_paperwork.client_paperwork": lambda ctx, w: _service("client_paperwork").client_paperwork(
        ctx, w.client_id, today=TODAY
    ),
    "paperwork_due.paperwork_due": lambda ctx, w: _service("paperwork_due").paperwork_due(ctx, today=TODAY),
    "printing.print_consent_form": lambda ctx, w: _service("printing").print_consent_form(
        ctx, w.paperwork.draft_form_id, today=TODAY
    ),
    "printing.print_blank_consent_form": lambda ctx, w: _service("printing").print_blank_consent_form(ctx),
    "printing.print_agreement": lambda ctx, w: _service("printing").print_agreement(
        ctx, w.paperwork.active_agreement_id, today=TODAY
    ),
    "printing.print_blank_agreement": lambda ctx, w: _service("printing").print_blank_agreement(ctx),
    "printing.print_fee_schedule": lambda ctx, w: _service("printing").print_fee_schedule(ctx),
    "printing.latest_document_id": lambda ctx, w: _service("printing").latest_document_id(
        ctx, "agreement", "TS01-2026-00001"
    ),
    "case_printout.print_case_file": lambda ctx, w: _service("case_printout").print_case_file(
        ctx, w.enrolled_client_id, period_from="2026-01-01", period_to=TODAY, copy="client", today=TODAY
    ),
    "case_printout.client_id_of": lambda ctx, w: _service("case_printout").client_id_of(ctx, "TS01-2026-00001"),
    "training.record_training": lambda ctx, w: training.record_training(ctx, course_input(w.staff_id), today=TODAY),
    "training.record_own_training": lambda ctx, w: training.record_own_training(
        ctx, course_input(w.staff_id), today=TODAY
    ),
    "training.update_training": lambda ctx, w: training.update_training(
        ctx, w.course_id, course_input(w.staff_id, hours="5"), today=TODAY
    ),
    "training.delete_training": lambda ctx, w: training.delete_training(ctx, w.course_id),
    "training.get_training": lambda ctx, w: training.get_training(ctx, w.course_id),
    "training.courses_in_year": lambda ctx, w: training.courses_in_year(ctx, 2026),
    "training.worker_courses": lambda ctx, w: training.worker_courses(ctx, w.staff_id),
    "training.training_overview": lambda ctx, w: training.training_overview(ctx, 2026, today=TODAY),
    "training_import.preview_training_import": lambda ctx, w: _service("training_import").preview_training_import(
        ctx, w.roster, today=TODAY
    ),
    "training_import.import_training": lambda ctx, w: _service("training_import").import_training(
        ctx, w.roster, today=TODAY
    ),
    "training_reports.print_training_record": lambda ctx, w: _service("training_reports").print_training_record(
        ctx, _own_staff(ctx, w), 2026, today=TODAY
    ),
    "training_reports.print_training_summary": lambda ctx, w: _service("training_reports").print_training_summary(
        ctx, 2026, today=TODAY
    ),
    "training_reports.export_training_summary": lambda ctx, w: _service("training_reports").export_training_summary(
        ctx, 2026, w.tmp / "summary.xlsx", today=TODAY
    ),
    "training_reports.print_drill_record": lambda ctx, w: _service("training_reports").print_drill_record(
        ctx, w.drill_id, today=TODAY
    ),
    "safety.add_plan": lambda ctx, w: safety.add_plan(
        ctx, safety.PlanInput("噎食应急预案", ("choking",), "1", "2026-02-01"), today=TODAY
    ),
    "safety.update_plan": lambda ctx, w: safety.update_plan(
        ctx, w.plan_id, safety.PlanInput("火灾事故应急预案", ("fire",), "2", "2026-01-01"), today=TODAY
    ),
    "safety.record_plan_review": lambda ctx, w: safety.record_plan_review(ctx, w.plan_id, TODAY, today=TODAY),
    "safety.list_plans": lambda ctx, w: safety.list_plans(ctx, today=TODAY),
    "safety.record_drill": lambda ctx, w: safety.record_drill(ctx, drill_input(w.staff_id), today=TODAY),
    "safety.add_corrective_action": lambda ctx, w: safety.add_corrective_action(
        ctx, w.drill_id, safety.ActionInput("复训", "2026-12-31"), today=TODAY
    ),
    "safety.close_corrective_action": lambda ctx, w: safety.close_corrective_action(
        ctx, w.action_id, TODAY, "已完成", today=TODAY
    ),
    "safety.reopen_corrective_action": lambda ctx, w: safety.reopen_corrective_action(
        ctx, w.closed_action_id, "2026-12-31", today=TODAY
    ),
    "safety.list_drills": lambda ctx, w: safety.list_drills(ctx, today=TODAY),
    "safety.safety_status": lambda ctx, w: safety.safety_status(ctx, today=TODAY),
    "staff.record_leaving": lambda ctx, w: staff.record_leaving(ctx, w.leaver_id, TODAY, today=TODAY),
    "cases.change_status": lambda ctx, w: cases.change_status(
        ctx, w.client_id, cases.TransitionRequest("assessing", TODAY, reason="申请材料齐全"), today=TODAY
    ),
    "cases.start_new_episode": lambda ctx, w: cases.start_new_episode(
        ctx, w.withdrawn_client_id, TODAY, "self_or_guardian", today=TODAY
    ),
    "cases.record_risk": lambda ctx, w: cases.record_risk(
        ctx, w.client_id, cases.RiskInput(TODAY, 1, "stable", "家访"), today=TODAY
    ),
    "cases.case_path": lambda ctx, w: cases.case_path(ctx, w.client_id),
    "cases.confirm_waitlist": lambda ctx, w: cases.confirm_waitlist(ctx, w.waitlisted_client_id, TODAY, today=TODAY),
    "day_programme.day_roster": lambda ctx, w: _service("day_programme").day_roster(ctx, TODAY),
    "service_records.service_detail": lambda ctx, w: service_records.service_detail(ctx, w.service_id),
    "staff.own_staff_id": lambda ctx, w: staff.own_staff_id(ctx),
    "staff.staff_to_choose": lambda ctx, w: staff.staff_to_choose(ctx),
    "indicators.station_indicators": lambda ctx, w: _service("indicators").station_indicators(
        ctx, _service("indicators").Period.parse("2026Q4"), today=TODAY
    ),
    "indicators.station_trend": lambda ctx, w: _service("indicators").station_trend(
        ctx, _service("indicators").Period.parse("2026Q4"), today=TODAY
    ),
    "indicators_reports.export_indicators": lambda ctx, w: _service("indicators_reports").export_indicators(
        ctx, _service("indicators").Period.parse("2026Q4"), w.tmp / "indicators.xlsx", today=TODAY
    ),
    "indicators.record_list_viewed": lambda ctx, w: _service("indicators").record_list_viewed(
        ctx, _service("indicators").Period.parse("2026Q4"), "registered", 3
    ),
    "indicator_details.movement_behind": lambda ctx, w: _service("indicator_details").movement_behind(
        ctx, _service("indicators").Period.parse("2026Q4"), today=TODAY
    ),
    "indicator_details.waitlist_behind": lambda ctx, w: _service("indicator_details").waitlist_behind(
        ctx, _service("indicators").Period.parse("2026Q4"), today=TODAY
    ),
    "indicator_details.staff_behind": lambda ctx, w: _service("indicator_details").staff_behind(
        ctx, _service("indicators").Period.parse("2026Q4"), today=TODAY
    ),
    "today.due_overview": lambda ctx, w: _service("today").due_overview(ctx, today=TODAY),
    "today.due_of_kind": lambda ctx, w: _service("today").due_of_kind(ctx, "stage_review", today=TODAY),
    "case_due.cases_past_retention": lambda ctx, w: _service("case_due").cases_past_retention(ctx, today=TODAY),
    "assessments.record_assessment": lambda ctx, w: _service("assessments").record_assessment(
        ctx,
        w.client_id,
        _service("assessments").AssessmentInput("intake", TODAY, w.staff_id, "gaf", {}, rater_score=61),
        today=TODAY,
    ),
    "plans.create_plan": lambda ctx, w: _service("plans").create_plan(
        ctx, w.enrolled_client_id, _plan_input(w.staff_id), today=TODAY
    ),
    "plans.list_plans": lambda ctx, w: _service("plans").list_plans(ctx, w.enrolled_client_id),
    "assessments.list_assessments": lambda ctx, w: _service("assessments").list_assessments(ctx, w.client_id),
    "plans.approve_plan": lambda ctx, w: _service("plans").approve_plan(ctx, w.draft_plan_id, TODAY, today=TODAY),
    "service_records.record_service": lambda ctx, w: service_records.record_service(
        ctx, _service_input(w.staff_id, w.enrolled_client_id), today=TODAY
    ),
    "service_records.update_service": lambda ctx, w: service_records.update_service(
        ctx, w.service_id, _service_input(w.staff_id, w.enrolled_client_id), today=TODAY
    ),
    "service_records.delete_service": lambda ctx, w: service_records.delete_service(ctx, w.service_id, "重复登记"),
    "service_records.services_on": lambda ctx, w: service_records.services_on(ctx, TODAY),
    "service_records.day_services": lambda ctx, w: service_records.day_services(ctx, TODAY, first=200),
    "service_records.client_services": lambda ctx, w: service_records.client_services(ctx, w.enrolled_client_id),
    "service_records.service_history": lambda ctx, w: service_records.service_history(ctx, w.service_id),
    "service_records.who_may_not_be_served": lambda ctx, w: service_records.who_may_not_be_served(
        ctx, [w.enrolled_client_id], TODAY, "case_management", today=TODAY
    ),
    "referrals.record_referral": lambda ctx, w: _service("referrals").record_referral(
        ctx, w.client_id, _service("referrals").ReferralInput("in", "transfer", TODAY, "邻区站点"), today=TODAY
    ),
    "referrals.record_referral_feedback": lambda ctx, w: _service("referrals").record_referral_feedback(
        ctx, w.referral_id, TODAY, "已接收", today=TODAY
    ),
    "referrals.follow_ups": lambda ctx, w: _service("referrals").follow_ups(ctx, w.client_id),
    "referrals.referrals_of": lambda ctx, w: _service("referrals").referrals_of(ctx, w.client_id),
    "referrals.record_follow_up": lambda ctx, w: _service("referrals").record_follow_up(
        ctx, w.follow_up_id, TODAY, "电话回访，情况稳定", today=TODAY
    ),
    "sync.preview_enrolment": lambda ctx, w: _service("sync").preview_enrolment(ctx, _county_file(w, "preview")),
    "sync.enrol": lambda ctx, w: _service("sync").enrol(
        ctx, (path := _county_file(w, "newer")), _fingerprint(path), reenrol=True
    ),
    "sync.write_registration_request": lambda ctx, w: _service("sync").write_registration_request(
        ctx, w.tmp / "request.rdreq"
    ),
    "sync.sync_status": lambda ctx, w: _service("sync").sync_status(ctx),
    "sync.bundle_history": lambda ctx, w: _service("sync").bundle_history(ctx),
    "sync.waiting_changes": lambda ctx, w: _service("sync").waiting_changes(ctx),
    "sync_ack.import_ack": lambda ctx, w: _service("sync_ack").import_ack(ctx, w.tmp / "ack.rdack"),
    "sync_ack.rejected_records": lambda ctx, w: _service("sync_ack").rejected_records(ctx),
    "sync_export.export_bundle": lambda ctx, w: _service("sync_export").export_bundle(ctx, _folder(w.tmp / "usb")),
    "sync_export.write_bundle": lambda ctx, w: _service("sync_export").write_bundle(ctx),
    "sync_snapshot.prepare_snapshots": lambda ctx, w: _service("sync_snapshot").prepare_snapshots(ctx),
    "sync_ack.import_ack_data": lambda ctx, w: _service("sync_ack").import_ack_data(
        ctx, (w.tmp / "ack.rdack").read_bytes()
    ),
    "sync_push.push_target": lambda ctx, w: _service("sync_push").push_target(ctx),
    "sync.quarter_reminder": lambda ctx, w: _service("sync").quarter_reminder(ctx, today=TODAY),
    "settings.update_settings": lambda ctx, w: settings_service.update_settings(
        ctx, replace(settings_service.read_settings(ctx), idle_lock_minutes=15, lockout_threshold=12)
    ),
    "settings.update_station": lambda ctx, w: settings_service.update_station(
        ctx, replace(settings_service.read_station(ctx), address="新地址 9 号")
    ),
}


def _unaudited_backup(w: World) -> Path:
    """A backup written below the services (no audit entry of its own), for the restore drill to check."""
    from rehabdesk.storage.backup import create_backup

    return create_backup(w.admin.store, w.tmp / "drill").path


def _county_file(w: World, name: str) -> Path:
    """An enrolment file from a county with keys of its own."""
    return _county_file_at(w.tmp, name)


def _acknowledged_bundle(admin: StationContext, tmp_path: Path) -> None:
    """Enrolled with a test county that received a first bundle: its acknowledgement waits in ack.rdack."""
    from rehabdesk.sync.county import CountyKeys, ScratchCounty
    from tests.sync.support import enrolment_file, make_keys

    sync = _service("sync")
    keys = make_keys()
    path = enrolment_file(tmp_path, keys, name="first.rdenrol")
    sync.enrol(admin, path, _fingerprint(path))
    county = ScratchCounty(CountyKeys(keys.county, keys.county_signing), tmp_path / "county.db")
    county.register(sync.write_registration_request(admin, tmp_path / "first.rdreq").read_bytes())
    exported = _service("sync_export").export_bundle(admin, _folder(tmp_path / "first-usb"))
    (tmp_path / "ack.rdack").write_bytes(county.receive(exported.path))
    county.close()


def _folder(path: Path) -> Path:
    path.mkdir(exist_ok=True)
    return path


def _county_file_at(folder: Path, name: str) -> Path:
    from tests.sync.support import enrolment_file, make_keys

    return enrolment_file(folder, make_keys(), name=f"{name}.rdenrol")


def _fingerprint(path: Path) -> str:
    from rehabdesk.sync.enrolment import Enrolment

    return Enrolment.open(path.read_bytes()).fingerprint


def _service_input(staff_id: str, client_id: str) -> Any:
    return ServiceInput(
        TODAY, "9:00", "10:00", "case_management", ("life_skills",), (staff_id,), (AttendeeInput(client_id),)
    )


def _plan_input(staff_id: str) -> Any:
    plans = _service("plans")
    goal = plans.GoalInput(
        "short", "按时服药", ("medication_training",), "case_management", "每周一次", TODAY, staff_id
    )
    return plans.PlanInput(TODAY, TODAY, (goal,))


def _own_staff(ctx: StationContext, w: World) -> str:
    """Whoever calls it, as the worker whose own record it is."""
    statement = ("UPDATE account SET staff_id = ? WHERE id = ?", (w.staff_id, ctx.actor.account_id))
    raw_sql(w.admin.store.paths, w.admin.store.master, statement)
    return w.staff_id


def _service(module: str) -> Any:
    return importlib.import_module(f"rehabdesk.services.{module}")


def _roles_without(permission: Permission) -> set[Role]:
    for role in (Role.STAFF, Role.COORDINATOR, Role.ADMIN):
        if permission not in PERMISSIONS_BY_ROLE[role]:
            return {role}
    raise AssertionError(f"every role has {permission}")


def _roles_with(permission: Permission | None) -> set[Role]:
    if permission is None:
        return {Role.STAFF}
    return {next(role for role in Role if permission in PERMISSIONS_BY_ROLE[role])}


def _login(world: World, name: str, roles: set[Role]) -> StationContext:
    accounts.create_account(world.admin, name, name.capitalize(), frozenset(roles), OTHER_PASSWORD)
    return sessions.unlock(world.admin.store.paths, name, OTHER_PASSWORD, TEST_POLICY)


@pytest.fixture
def world(new_station: tuple[StationContext, str], tmp_path: Path) -> World:
    admin, code = new_station
    target = accounts.create_account(admin, "target", "目标", frozenset({Role.STAFF, Role.ADMIN}), "target-pass-1")
    staff_id = staff.register_staff(admin, staff_input("S100", "赵磊"), today=TODAY)
    client_id = clients.register_client(admin, client_input(), today=TODAY).client_id
    paperwork = prepare_paperwork(admin, client_id)
    scan_id = _service("scans").attach_scan(admin, "consent_form", paperwork.signed_form_id, SCAN)
    # The admin's account belongs to the staff member, so "own training" has someone to belong to.
    raw_sql(admin.store.paths, admin.store.master, ("UPDATE account SET staff_id = ?", (staff_id,)))
    course_id = training.record_training(admin, course_input(staff_id), today=TODAY)
    plan_id = safety.add_plan(admin, safety.PlanInput("火灾事故应急预案", ("fire",), "1", "2026-01-01"), today=TODAY)
    drill_id = safety.record_drill(admin, drill_input(staff_id), today=TODAY)
    action_id = safety.list_drills(admin, today=TODAY)[0].actions[0].id
    safety.record_drill(admin, drill_input(staff_id, scenario="choking"), today=TODAY)
    closed_action_id = safety.list_drills(admin, scenario="choking", today=TODAY)[0].actions[0].id
    safety.close_corrective_action(admin, closed_action_id, TODAY, "已完成", today=TODAY)
    leaver_id = staff.register_staff(admin, staff_input("S300", "周离"), today=TODAY)
    plan_file_id = _service("scans").attach_station_file(admin, "emergency_plan", plan_id, SCAN)
    withdrawn_client_id = clients.register_client(admin, client_input("退出者", serial=61), today=TODAY).client_id
    cases.change_status(admin, withdrawn_client_id, cases.TransitionRequest("withdrawn", TODAY, reason="不再需要"))
    enrolled_client_id = clients.register_client(admin, client_input("入组者", serial=63), today=TODAY).client_id
    statement = ("UPDATE episode SET status = 'enrolled' WHERE client_id = ?", (enrolled_client_id,))
    raw_sql(admin.store.paths, admin.store.master, statement)
    sign_papers(admin, enrolled_client_id, TODAY)
    draft_plan_id = _service("plans").create_plan(admin, enrolled_client_id, _plan_input(staff_id), today=TODAY)
    # Served from here on (the steps to get there are tested in test_cases.py).
    statement = ("UPDATE episode SET status = 'active' WHERE client_id = ?", (enrolled_client_id,))
    raw_sql(admin.store.paths, admin.store.master, statement)
    service_id = service_records.record_service(admin, _service_input(staff_id, enrolled_client_id), today=TODAY)
    referrals = _service("referrals")
    referral_id = referrals.record_referral(
        admin, client_id, referrals.ReferralInput("in", "transfer", TODAY, "邻区站点")
    )
    closed_client_id = clients.register_client(admin, client_input("结案者", serial=65), today=TODAY).client_id
    raw_sql(
        admin.store.paths,
        admin.store.master,
        ("UPDATE episode SET status = 'active' WHERE client_id = ?", (closed_client_id,)),
    )
    closing = cases.TransitionRequest("closed", TODAY, reason="失联", outcome="lost_contact")
    cases.change_status(admin, closed_client_id, closing, today=TODAY)
    follow_up_id = referrals.follow_ups(admin, closed_client_id)[0].id
    waitlisted_client_id = clients.register_client(admin, client_input("候补者", serial=67), today=TODAY).client_id
    statement = ("UPDATE episode SET status = 'waitlisted' WHERE client_id = ?", (waitlisted_client_id,))
    raw_sql(admin.store.paths, admin.store.master, statement)
    _acknowledged_bundle(admin, tmp_path)
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "工号,开始日期,结束日期,学时,培训名称,培训类型\nS100,2026-05-10,2026-05-10,2,督导,跟踪督导\n", "utf-8"
    )
    return World(
        admin,
        target,
        ADMIN_PASSWORD,
        tmp_path,
        code,
        client_id,
        staff_id,
        paperwork,
        scan_id,
        course_id,
        plan_id,
        drill_id,
        action_id,
        closed_action_id,
        roster,
        plan_file_id,
        leaver_id,
        withdrawn_client_id,
        enrolled_client_id,
        draft_plan_id,
        service_id,
        referral_id,
        follow_up_id,
        waitlisted_client_id,
    )


def test_every_registered_service_has_an_example() -> None:
    missing = sorted(set(REGISTRY) - set(EXAMPLES))
    assert not missing, f"add an example invocation to EXAMPLES for: {missing}"
    stale = sorted(set(EXAMPLES) - set(REGISTRY))
    assert not stale, f"examples for services that are not registered: {stale}"


def test_mutating_services_are_guarded_unless_deliberately_open() -> None:
    open_ones = {name for name, spec in REGISTRY.items() if spec.mutating and spec.permission is None}
    assert open_ones == OPEN_TO_EVERY_ACCOUNT


def test_the_registry_is_not_empty_and_names_are_module_dot_function() -> None:
    assert len(REGISTRY) >= 15
    for name, spec in REGISTRY.items():
        assert name == spec.name and name.count(".") == 1


def _audit_len(world: World) -> int:
    return len(audit_rows(world.admin))


GUARDED = sorted(name for name, spec in REGISTRY.items() if spec.permission is not None)
MUTATING = sorted(name for name, spec in REGISTRY.items() if spec.mutating)


@pytest.mark.parametrize("name", GUARDED)
def test_a_denied_call_is_refused_and_audited(name: str, world: World) -> None:
    spec: ServiceSpec = REGISTRY[name]
    denied = _login(world, "outsider", _roles_without(spec.permission))
    try:
        before = audit_rows(world.admin)
        with pytest.raises(PermissionDenied) as caught:
            EXAMPLES[name](denied, replace(world, password=OTHER_PASSWORD))
        assert caught.value.code == "permission_denied"
        assert caught.value.params["permission"] == spec.permission.value
        after = audit_rows(world.admin)
    finally:
        denied.close()
    new = after[len(before) :]
    assert len(new) == 1, new
    _seq, login, action, outcome, detail = new[0]
    assert (login, action, outcome) == ("outsider", "denied", "denied")
    assert name in detail and spec.permission.value in detail


@pytest.mark.parametrize("name", MUTATING)
def test_a_permitted_call_writes_exactly_one_audit_entry(name: str, world: World) -> None:
    spec = REGISTRY[name]
    if spec.permission is None:
        # Open to every account: a plain staff account calls it.
        ctx = _login(world, "someone", _roles_with(None))
        password = OTHER_PASSWORD
    else:
        ctx = world.admin  # admin + coordinator: every permission
        assert ctx.actor.may(spec.permission)
        password = ADMIN_PASSWORD
    try:
        before = len(audit_rows(ctx))
        EXAMPLES[name](ctx, replace(world, password=password))
        after = len(audit_rows(ctx))
    finally:
        if ctx is not world.admin:
            ctx.close()
    assert after - before == 1, f"{name} wrote {after - before} audit entries"


@pytest.mark.parametrize("name", sorted(set(GUARDED) - set(MUTATING)))
def test_read_only_guarded_services_write_nothing(name: str, world: World) -> None:
    before = _audit_len(world)
    EXAMPLES[name](world.admin, world)
    assert _audit_len(world) == before
