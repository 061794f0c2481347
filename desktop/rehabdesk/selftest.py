"""`rehabdesk selftest`: what station IT runs after installing. A throw-away station in a temp folder goes through
one working day in miniature (create, sign in, register a client, record a service, print a consent form, back up,
paint the main window) with the production key policy, and is deleted again.

Composition level, like app.py: it needs the core and the GUI. It yields one outcome per step and stops at the first
failure; cli.py names the steps in the user's language and prints them."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

STEPS = ("station", "sign_in", "client", "service", "consent_print", "backup", "window", "cleanup")

_LOGIN = "selftest"
_CONSENT_KINDS_SIGNED_BY = "client"


@dataclass(frozen=True)
class StepOutcome:
    step: str
    ok: bool
    seconds: float
    error: BaseException | None = None
    detail: str = ""


@dataclass
class _State:
    root: Path
    password: str = field(default_factory=lambda: "Selftest-" + secrets.token_hex(8) + "-9")
    ctx: object = None
    worker_id: str = ""
    client_id: str = ""
    form_id: str = ""
    today: date = field(default_factory=date.today)


def check_pdf(data: bytes) -> int:
    """Read a printed PDF back without a PDF library (pypdf is a development tool, not shipped): the header and
    trailer, at least one page, and the bundled CJK font embedded as a TrueType subset. Returns the page count."""
    if not data.startswith(b"%PDF-"):
        raise ValueError("no %PDF header")
    if b"%%EOF" not in data[-64:]:
        raise ValueError("no %%EOF trailer")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if pages < 1:
        raise ValueError("no page")
    if not re.search(rb"/BaseFont\s*/[A-Z]{6}\+\S+", data) or b"/FontFile2" not in data:
        raise ValueError("the CJK font is not embedded")
    return pages


def _create_station(state: _State) -> str:
    from rehabdesk.services.station_setup import FirstAdmin, StationDetails, create_station
    from rehabdesk.storage.key_policy import PRODUCTION_POLICY
    from rehabdesk.storage.paths import StationPaths

    details = StationDetails(name="自检临时站点", code="ST01", county_code="110105")
    result = create_station(
        StationPaths(state.root / "station"), details, FirstAdmin(_LOGIN, "自检", state.password), PRODUCTION_POLICY
    )
    result.ctx.close()
    return ""


def _sign_in(state: _State) -> str:
    from rehabdesk.services.sessions import unlock
    from rehabdesk.storage.key_policy import PRODUCTION_POLICY
    from rehabdesk.storage.paths import StationPaths

    state.ctx = unlock(StationPaths(state.root / "station"), _LOGIN, state.password, PRODUCTION_POLICY)
    return ""


def _register_client(state: _State) -> str:
    """Registered, assessed, consents and agreement signed, enrolled, plan approved: a client the station may serve."""
    from rehabdesk.domain.clients import ClientInput, GuardianInput
    from rehabdesk.domain.consent import ConsentKind
    from rehabdesk.domain.ids import make_resident_id
    from rehabdesk.domain.instruments import builtin_instruments
    from rehabdesk.domain.people import Diagnosis, Relation
    from rehabdesk.domain.staff import StaffInput
    from rehabdesk.services import agreements, assessments, cases, clients, consents, plans, staff
    from rehabdesk.services.agreements import AgreementInput, SignedAgreement
    from rehabdesk.services.assessments import AssessmentInput
    from rehabdesk.services.cases import TransitionRequest
    from rehabdesk.services.consents import SignedConsentForm
    from rehabdesk.services.plans import GoalInput, PlanInput

    ctx, today = state.ctx, state.today
    state.worker_id = staff.register_staff(
        ctx,
        StaffInput("S001", "李霞", "female", "social_worker", "full_time", (today - timedelta(days=30)).isoformat()),
        today=today,
    )
    client = ClientInput(
        name="张三丰",
        diagnosis=Diagnosis.SCHIZOPHRENIA.value,
        id_number=make_resident_id("110105", date(1980, 5, 6), 12, False),
        phone="13812345678",
        county_code="110105",
        guardians=(GuardianInput(name="张大山", relation=Relation.PARENT.value, is_legal_guardian=False),),
    )
    client_id = state.client_id = clients.register_client(ctx, client, today=today).client_id

    def step(target: str) -> None:
        cases.change_status(ctx, client_id, TransitionRequest(target, today), today=today)

    step("assessing")
    answers = {item.key: 0 for item in builtin_instruments()["sdss"].items}
    assessments.record_assessment(
        ctx, client_id, AssessmentInput("intake", today, state.worker_id, "sdss", answers), today=today
    )
    kinds = [kind.value for kind in ConsentKind]
    state.form_id = consents.create_consent_form(ctx, client_id, kinds, today=today)
    consents.record_consent_signed(
        ctx, state.form_id, SignedConsentForm(tuple(kinds), _CONSENT_KINDS_SIGNED_BY, today), today=today
    )
    term = AgreementInput(
        service_types=("life_skills",),
        service_forms=("day_training",),
        start_date=today,
        end_date=today + timedelta(days=364),
        place="站点活动室",
        schedule="每周一至周五",
        fees=(),
    )
    agreement_id = agreements.create_agreement(ctx, client_id, term, today=today)
    agreements.record_agreement_signed(ctx, agreement_id, SignedAgreement("client", today), today=today)
    step("enrolled")
    goal = GoalInput("short", "参加日间训练", ("life_skills",), "day_training", "每周三次", today + timedelta(days=60))
    plan_id = plans.create_plan(ctx, client_id, PlanInput(today, today + timedelta(days=180), (goal,)), today=today)
    plans.approve_plan(ctx, plan_id, today, today=today)
    return clients.client_summaries(ctx, [client_id])[0].case_number


def _record_service(state: _State) -> str:
    from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
    from rehabdesk.services import service_records

    data = ServiceInput(
        state.today,
        "9:00",
        "10:00",
        "case_management",
        ("life_skills",),
        (state.worker_id,),
        (AttendeeInput(state.client_id, note="自检"),),
    )
    service_id = service_records.record_service(state.ctx, data, today=state.today)
    if not any(s.id == service_id for s in service_records.client_services(state.ctx, state.client_id)):
        raise RuntimeError("the recorded service is not read back")
    return ""


def _print_consent(state: _State) -> str:
    from rehabdesk.services import printing

    printed = printing.print_consent_form(state.ctx, state.form_id, today=state.today)
    (state.root / "consent.pdf").write_bytes(printed.pdf)
    pages = check_pdf((state.root / "consent.pdf").read_bytes())
    return f"{pages} p, {len(printed.pdf) // 1024} KiB"


def _backup(state: _State) -> str:
    from rehabdesk.services.backups import backup_now
    from rehabdesk.storage.backup import read_backup, unlock_backup, verify_backup
    from rehabdesk.storage.key_policy import PRODUCTION_POLICY

    result = backup_now(state.ctx, state.root / "backups")
    verify_backup(result.path, state.ctx.store.master)
    # The backup opens with the password of its time, as a restore on another PC would.
    unlock_backup(read_backup(result.path), login=_LOGIN, secret=state.password, policy=PRODUCTION_POLICY)
    return f"{result.size_bytes // 1024} KiB"


def _paint_window(state: _State) -> str:
    from rehabdesk.ui.offscreen import paint_main_window

    try:
        width, height = paint_main_window(state.ctx, state.root / "preferences.ini")
    finally:
        state.ctx = None  # closing the window wrote the closing backup and logged out
    return f"{width}x{height}"


def _cleanup(state: _State) -> str:
    shutil.rmtree(state.root)
    if state.root.exists():
        raise RuntimeError(f"{state.root} is still there")
    return ""


_WORK: dict[str, Callable[[_State], str]] = {
    "station": _create_station,
    "sign_in": _sign_in,
    "client": _register_client,
    "service": _record_service,
    "consent_print": _print_consent,
    "backup": _backup,
    "window": _paint_window,
    "cleanup": _cleanup,
}


def run_selftest() -> Iterator[StepOutcome]:
    """Yield one outcome per step; stop after the first failure (the temp folder is removed all the same).
    Needs a QApplication (offscreen is fine) with the translations and fonts installed."""
    state = _State(Path(tempfile.mkdtemp(prefix="rehabdesk-selftest-")))
    try:
        for step in STEPS:
            started = time.perf_counter()
            try:
                detail = _WORK[step](state)
            except Exception as error:
                yield StepOutcome(step, False, time.perf_counter() - started, error, traceback.format_exc())
                return
            yield StepOutcome(step, True, time.perf_counter() - started, detail=detail)
    finally:
        if state.ctx is not None:
            with contextlib.suppress(Exception):  # the failure already reported matters more than this one
                state.ctx.close()
        if state.root.exists():
            shutil.rmtree(state.root, ignore_errors=True)


def prepare_offscreen() -> None:
    """The self-test never shows a window on the desk: it paints offscreen, also on a PC with a display."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
