"""The station's indicators on a hand-built station, every figure worked out by hand below.

The period is 2026Q3 (1 July – 30 September), computed on 23 November 2026. Staff: 社工 W (social worker, assessor)
and 医师 P (psychiatrist). Clients, built through the services in the order things happened:

  A  enrolled and active 4 May; served 3 Jul, 20 Jul (group), 5 Aug, 7 Sep.               standardised
  B  applied and registered 3 Aug (a transfer-in referral that day), enrolled and active
     10 Aug: 22 active days in August, so August and September are service months;
     served 12 Aug, 9 Sep.                                                              standardised
  C  active 4 May, suspended 1 Aug (hospital), active again 1 Sep; served 6 Jul, 8 Sep:
     August, a month suspended, needs no service.                                      standardised
  D  active 4 May; served 7 Jul, 6 Aug; withdrew the service consent 20 Aug (and was
     referred out by the green channel that day): no service possible in September.   consent, services 2026-09
  E  active 4 May with an agreement ending 31 Aug, never renewed; served 8 Jul, 7 Aug.   agreement, services 2026-09
  F  intake assessment and active 10 Feb: stage review due 10 Aug, never done; served
     every month (with P).                                                             stage_review (due 10 Aug)
  G  active 4 May; served 9 Jul, 20 Jul (group), 10 Sep: nothing in August.            services 2026-08
  H  active 4 May; served 10 Jul; closed 14 Aug (withdrew): 13 active days in August,
     so July is the only service month.                                                standardised
  I  active 4 May; served 11 Jul, 12 Aug, 11 Sep — the September record deleted.        services 2026-09
  J  waitlisted since 2 Mar: on the waiting list on 30 Sep, 212 days (> 90).            not registered
  K  applied and registered 15 Sep.                                                     not registered

Registered (enrolled/active/suspended on some day of Q3): A–I = 9. Standardised: A, B, C, H = 4; rate 44.4 %.
Applications: B, K = 2; registrations B, K = 2; enrolments B = 1; closings: withdrew 1.
Referrals: in transfer 1 (B); out green channel 1 (D).
Services in Q3: 19 individual records (A 3, B 2, C 2, D 2, E 2, F 3, G 2, H 1, I 2) of one client and one hour each,
and one group session (A and G, two hours): 20 records, 21 client-times, 21 hours.
Staff: W on every record (social work: 1 person, 20 records); P on F's three and the group session (psychiatric
medical: 1 person, 4 records).
Months: July — registered A C D E F G H I = 8, all standardised (F's review not yet due; H served 10 Jul).
August — registered A–I = 9; standardised A B C E H I = 6 (D withdrew, F's review overdue, G not served).
September — registered A B C D E F G I = 8; standardised A B C G = 4."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from rehabdesk.domain.indicators import Missing, Period
from rehabdesk.domain.instruments import builtin_instruments
from rehabdesk.domain.roles import Role
from rehabdesk.domain.service_records import AttendeeInput, ServiceInput
from rehabdesk.services import (
    accounts,
    agreements,
    assessments,
    cases,
    clients,
    consents,
    indicators,
    plans,
    referrals,
    service_records,
    sessions,
    staff,
)
from rehabdesk.services import settings as settings_service
from rehabdesk.services.agreements import SignedAgreement
from rehabdesk.services.assessments import AssessmentInput
from rehabdesk.services.cases import TransitionRequest
from rehabdesk.services.consents import SignedConsentForm
from rehabdesk.services.context import StationContext
from rehabdesk.services.plans import GoalInput, PlanInput
from tests.conftest import TEST_POLICY
from tests.paperwork_support import ALL_KINDS, agreement_input
from tests.people_support import client_input, staff_input
from tests.support import raw_sql, station_query

NOW = date(2026, 11, 23)
Q3 = Period.parse("2026Q3")


class Station:
    def __init__(self, ctx: StationContext) -> None:
        self.ctx = ctx
        self.w = staff.register_staff(ctx, staff_input("S1", "社工甲", assessor=True), today=NOW)
        self.p = staff.register_staff(ctx, staff_input("S2", "医师乙", profession="psychiatrist"), today=NOW)
        self.ids: dict[str, str] = {}

    def register(self, key: str, serial: int, day: date) -> str:
        client = clients.register_client(self.ctx, client_input(f"对象{key}", serial=serial), today=day)
        self.ids[key] = client.client_id
        return client.client_id

    def step(self, key: str, target: str, day: date, **more) -> None:
        cases.change_status(self.ctx, self.ids[key], TransitionRequest(target, day, **more), today=day)

    def intake(self, key: str, day: date) -> None:
        answers = {item.key: 0 for item in builtin_instruments()["sdss"].items}
        assessments.record_assessment(
            self.ctx, self.ids[key], AssessmentInput("intake", day, self.w, "sdss", answers), today=day
        )

    def papers(self, key: str, day: date, agreement_end: date | None = None) -> None:
        client_id = self.ids[key]
        form_id = consents.create_consent_form(self.ctx, client_id, ALL_KINDS, today=day)
        signed = SignedConsentForm(tuple(ALL_KINDS), "client", day)
        consents.record_consent_signed(self.ctx, form_id, signed, today=day)
        term = agreement_input(start_date=day, end_date=agreement_end or day + timedelta(days=364))
        agreement_id = agreements.create_agreement(self.ctx, client_id, term, today=day)
        agreements.record_agreement_signed(self.ctx, agreement_id, SignedAgreement("client", day), today=day)

    def active(self, key: str, serial: int, day: date, agreement_end: date | None = None) -> None:
        """Registered, assessed, papers signed, enrolled and made active by an approved plan, all on ``day``."""
        self.register(key, serial, day)
        self.step(key, "assessing", day)
        self.intake(key, day)
        self.papers(key, day, agreement_end)
        self.step(key, "enrolled", day)
        goal = GoalInput(
            "short", "参加日间训练", ("life_skills",), "day_training", "每周三次", day + timedelta(days=60)
        )
        plan = PlanInput(day, day + timedelta(days=300), (goal,))
        plan_id = plans.create_plan(self.ctx, self.ids[key], plan, today=day)
        plans.approve_plan(self.ctx, plan_id, day, today=day)

    def serve(self, day: date, *keys: str, with_p: bool = False) -> str:
        group = len(keys) > 1
        data = ServiceInput(
            day,
            "9:00",
            "11:00" if group else "10:00",
            "group_work" if group else "case_management",
            ("social_skills",) if group else ("life_skills",),
            (self.w, self.p) if with_p else (self.w,),
            tuple(AttendeeInput(self.ids[k]) for k in keys),
            group=group,
        )
        return service_records.record_service(self.ctx, data, today=day)


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Station:
    from rehabdesk.services.station_setup import FirstAdmin, create_station
    from rehabdesk.storage.paths import StationPaths
    from tests.conftest import STATION

    paths = StationPaths(tmp_path_factory.mktemp("indicators") / "station")
    ctx = create_station(paths, STATION, FirstAdmin("admin", "管理员", "correct-horse-9"), TEST_POLICY).ctx
    s = Station(ctx)
    s.active("F", 30, d(2, 10))
    s.register("J", 31, d(3, 2))
    s.step("J", "assessing", d(3, 2))
    s.intake("J", d(3, 2))
    s.step("J", "waitlisted", d(3, 2))
    for key, serial in zip("ACDGHI", (32, 33, 34, 35, 36, 37), strict=True):
        s.active(key, serial, d(5, 4))
    s.active("E", 38, d(5, 4), agreement_end=d(8, 31))
    s.serve(d(7, 3), "A")
    s.serve(d(7, 6), "C")
    s.serve(d(7, 7), "D")
    s.serve(d(7, 8), "E")
    s.serve(d(7, 9), "G")
    s.serve(d(7, 10), "H")
    s.serve(d(7, 11), "I")
    s.serve(d(7, 15), "F", with_p=True)
    s.serve(d(7, 20), "A", "G", with_p=True)
    s.step("C", "suspended", d(8, 1), reason="住院")
    s.register("B", 39, d(8, 3))
    referrals.record_referral(
        ctx, s.ids["B"], referrals.ReferralInput("in", "transfer", d(8, 3), "邻区站点"), today=d(8, 3)
    )
    s.step("B", "assessing", d(8, 3))
    s.intake("B", d(8, 3))
    s.papers("B", d(8, 10))
    s.step("B", "enrolled", d(8, 10))
    goal = GoalInput("short", "参加日间训练", ("life_skills",), "day_training", "每周三次", d(10, 10))
    plan_id = plans.create_plan(ctx, s.ids["B"], PlanInput(d(8, 10), d(12, 31), (goal,)), today=d(8, 10))
    plans.approve_plan(ctx, plan_id, d(8, 10), today=d(8, 10))
    s.serve(d(8, 5), "A")
    s.serve(d(8, 6), "D")
    s.serve(d(8, 7), "E")
    s.serve(d(8, 12), "B")
    s.serve(d(8, 12), "I")
    s.serve(d(8, 14), "F", with_p=True)
    s.step("H", "closed", d(8, 14), reason="本人不再参加", outcome="withdrew")
    consent_id = station_query(ctx, "SELECT id FROM consent WHERE client_id = ? AND kind = 'service'", s.ids["D"])[0][0]
    consents.withdraw_consent(ctx, consent_id, d(8, 20), "本人撤回", today=d(8, 20))
    referrals.record_referral(
        ctx,
        s.ids["D"],
        referrals.ReferralInput("out", "hospital_green_channel", d(8, 20), "市精神卫生中心"),
        today=d(8, 20),
    )
    s.step("C", "active", d(9, 1), reason="出院")
    s.serve(d(9, 7), "A")
    s.serve(d(9, 8), "C")
    s.serve(d(9, 9), "B")
    s.serve(d(9, 10), "G")
    s.serve(d(9, 14), "F", with_p=True)
    deleted = s.serve(d(9, 11), "I")
    service_records.delete_service(ctx, deleted, "重复登记")
    s.register("K", 40, d(9, 15))
    return s


def _missing(result: indicators.Indicators, s: Station) -> dict[str, list[Missing]]:
    keys = {client_id: key for key, client_id in s.ids.items()}
    return {keys[line.client_id]: list(line.missing) for line in result.clients if line.missing}


def test_the_quarter_worked_out_by_hand(built: Station) -> None:
    r = indicators.station_indicators(built.ctx, Q3, today=NOW)
    keys = {client_id: key for key, client_id in built.ids.items()}
    assert sorted(keys[line.client_id] for line in r.clients) == list("ABCDEFGHI")
    assert (r.registered, r.standardised, r.rate) == (9, 4, 44.4)
    assert r.target_percent == 60  # 2025's target still holds in 2026
    assert _missing(r, built) == {
        "D": [Missing("consent", "consent_withdrawn", d(8, 20)), Missing("services", "2026-09")],
        "E": [Missing("agreement", "agreement_expired", d(9, 1)), Missing("services", "2026-09")],
        "F": [Missing("stage_review", "", d(8, 10))],
        "G": [Missing("services", "2026-08")],
        "I": [Missing("services", "2026-09")],
    }
    assert (r.applications, r.registrations, r.enrolments) == (2, 2, 1)
    assert r.closings_by_outcome == {"withdrew": 1}
    assert r.referrals_in == {"transfer": 1} and r.referrals_out == {"hospital_green_channel": 1}
    assert r.green_channel == 1
    assert (r.waitlist, r.waiting_long) == (1, 1)
    assert (r.service_records, r.client_times, r.service_hours) == (20, 21, 21.0)
    assert r.individual == (19, 19) and r.group == (1, 2)
    assert r.services_by_type == {"life_skills": (19, 19), "social_skills": (1, 2)}
    assert r.services_by_form == {"case_management": (19, 19), "group_work": (1, 2)}
    assert r.social_work == indicators.Taking(1, 20)
    assert r.psychiatric_medical == indicators.Taking(1, 4)
    assert r.registered_by_diagnosis == {"schizophrenia": 9}
    assert [(h.period.label, h.registered, h.standardised) for h in r.trend[-3:]] == [
        ("2026-07", 8, 8),
        ("2026-08", 9, 6),
        ("2026-09", 8, 4),
    ]
    assert len(r.trend) == 12 and r.trend[-1].service_records == 5


def test_a_month_and_a_range(built: Station) -> None:
    august = indicators.station_indicators(built.ctx, Period.parse("2026-08"), trend=False, today=NOW)
    assert (august.registered, august.standardised) == (9, 6)
    # A range ending before B enrolled and before D withdrew: B is not registered yet.
    early = indicators.station_indicators(built.ctx, Period.parse("2026-07-01..2026-08-09"), trend=False, today=NOW)
    assert early.registered == 8 and "B" not in {line.case_number for line in early.clients}


def test_a_part_switched_off_and_n_services(built: Station) -> None:
    ctx = built.ctx
    current = settings_service.read_settings(ctx)
    settings_service.update_settings(ctx, replace(current, standard_stage_review=False))
    assert indicators.station_indicators(ctx, Q3, trend=False, today=NOW).standardised == 5  # F now counts
    settings_service.update_settings(ctx, replace(current, standard_services_per_month=2))
    r = indicators.station_indicators(ctx, Q3, trend=False, today=NOW)
    # Two a month: A had two in July but one in August; B, C and H one in each of their service months.
    assert r.rule.services_per_month == 2
    assert r.standardised == 0
    settings_service.update_settings(ctx, current)


def test_staff_see_their_own_clients(built: Station) -> None:
    ctx = built.ctx
    accounts.create_account(ctx, "shegong", "社工甲", frozenset({Role.STAFF}), "staff-pass-77", staff_id=built.w)
    worker = sessions.unlock(ctx.store.paths, "shegong", "staff-pass-77", TEST_POLICY)
    assert indicators.station_indicators(worker, Q3, trend=False, today=NOW).registered == 0  # nobody assigned yet
    mine = (built.ids["A"], built.ids["D"])
    raw_sql(
        ctx.store.paths,
        ctx.store.master,
        ("UPDATE client SET responsible_worker_id = ? WHERE id IN (?, ?)", (built.w, *mine)),
    )
    r = indicators.station_indicators(worker, Q3, trend=False, today=NOW)
    assert not r.station_wide
    assert (r.registered, r.standardised) == (2, 1)
    # A's four records (one a group session, of which A is the only one of W's clients) and D's two.
    assert (r.service_records, r.client_times) == (6, 6)
    assert r.closings_by_outcome == {} and r.referrals_out == {"hospital_green_channel": 1}
    assert {line.name for line in r.clients} == {"对象A", "对象D"}
