"""Report periods, status spans and the 规范服务 rule, one part at a time."""

from __future__ import annotations

from datetime import date

import pytest

from rehabdesk.domain.agreements import AgreementStatus
from rehabdesk.domain.consent import ConsentKind, ConsentStatus, Signer
from rehabdesk.domain.eligibility import AgreementFact, ConsentFact
from rehabdesk.domain.errors import ValidationError
from rehabdesk.domain.indicators import (
    ClientFacts,
    Missing,
    Period,
    StandardRule,
    check_standard,
    parse_targets,
    rate_percent,
    service_months,
    status_spans,
    suppressed,
    target_for,
    trend_months,
)

Q3 = Period.quarter(2026, 3)


def test_periods_parse() -> None:
    assert Period.parse("2026Q3") == Period(date(2026, 7, 1), date(2026, 9, 30))
    assert Period.parse("2026q1").end == date(2026, 3, 31)
    assert Period.parse("2026H2") == Period(date(2026, 7, 1), date(2026, 12, 31))
    assert Period.parse("2026") == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert Period.parse("2024-02") == Period(date(2024, 2, 1), date(2024, 2, 29))
    assert Period.parse("2026-07-10..2026-08-05") == Period(date(2026, 7, 10), date(2026, 8, 5))
    assert Period.parse("2026Q3").label == "2026Q3"
    for bad in ("2026Q5", "2026-13", "26Q1", "", "2026-08-05..2026-07-10"):
        with pytest.raises(ValidationError):
            Period.parse(bad)


def test_months_are_cut_to_the_period() -> None:
    months = Period.between(date(2026, 7, 10), date(2026, 9, 5)).months()
    assert [(m.start, m.end) for m in months] == [
        (date(2026, 7, 10), date(2026, 7, 31)),
        (date(2026, 8, 1), date(2026, 8, 31)),
        (date(2026, 9, 1), date(2026, 9, 5)),
    ]
    trend = trend_months(date(2026, 9, 14))
    assert len(trend) == 12 and trend[0].label == "2025-10" and trend[-1].label == "2026-09"


def test_rates_and_targets() -> None:
    assert rate_percent(1, 3) == 33.3 and rate_percent(2, 3) == 66.7 and rate_percent(0, 0) == 0.0
    targets = parse_targets("2023=30，2024：45,2025=60")
    assert targets == {2023: 30, 2024: 45, 2025: 60}
    assert target_for(targets, 2026) == 60 and target_for(targets, 2022) is None
    with pytest.raises(ValidationError):
        parse_targets("2023=130")
    assert suppressed(3, on=True) == "<5" and suppressed(0, on=True) == 0 and suppressed(3, on=False) == 3


def _spans(*steps: tuple[str, date]) -> list:
    return status_spans([(s, d, "e1", date(2026, 1, 1)) for s, d in steps], Q3.end)


def _facts(spans: list, **changes) -> ClientFacts:
    values = {
        "spans": spans,
        "consents": [
            ConsentFact(kind, ConsentStatus.SIGNED, Signer.CLIENT, date(2026, 1, 5))
            for kind in (ConsentKind.SERVICE, ConsentKind.SENSITIVE_DATA)
        ],
        "agreements": [
            AgreementFact(
                "XY1", AgreementStatus.ACTIVE, Signer.CLIENT, date(2026, 1, 5), date(2026, 1, 5), date(2027, 1, 4)
            )
        ],
        "needs_guardian": False,
        "intake_dates": {"e1": [date(2026, 1, 3)]},
        "review_dates": {"e1": [date(2026, 1, 3), date(2026, 6, 20)]},
        "plans": {"e1": [(date(2026, 1, 8), date(2026, 1, 8), date(2026, 12, 31))]},
        "services_by_month": {"2026-07": 2, "2026-08": 1, "2026-09": 1},
    }
    values.update(changes)
    return ClientFacts(**values)


ACTIVE_ALL_YEAR = [("enrolled", date(2026, 1, 5)), ("active", date(2026, 1, 8))]


def test_the_default_rule_holds_for_a_client_served_every_month() -> None:
    assert check_standard(_facts(_spans(*ACTIVE_ALL_YEAR)), Q3, StandardRule()) == []


def test_each_part_is_named_and_can_be_switched_off() -> None:
    spans = _spans(*ACTIVE_ALL_YEAR)
    facts = _facts(
        spans,
        consents=[],
        agreements=[],
        intake_dates={},
        review_dates={"e1": [date(2026, 1, 3)]},  # due 2026-07-03, overdue by the quarter's end
        plans={},
        services_by_month={"2026-07": 1},
    )
    missing = check_standard(facts, Q3, StandardRule())
    assert [m.part for m in missing] == ["consent", "agreement", "baseline", "plan", "services", "stage_review"]
    assert missing[4] == Missing("services", "2026-08,2026-09")
    assert missing[5].on == date(2026, 7, 3)
    off = StandardRule(False, False, False, False, 0, False)
    assert check_standard(facts, Q3, off) == []
    assert check_standard(facts, Q3, StandardRule(services_per_month=2))[4] == Missing(
        "services", "2026-07,2026-08,2026-09"
    )


def test_service_months_leave_out_suspended_and_short_months() -> None:
    # Active from 1 July, suspended 3–31 August, active again from 1 September: July and September only.
    spans = _spans(*ACTIVE_ALL_YEAR, ("suspended", date(2026, 8, 3)), ("active", date(2026, 9, 1)))
    assert service_months(spans, Q3) == ["2026-07", "2026-09"]
    # Enrolled 10 August, active from 20 August (12 days in August): only September needs a service.
    late = _spans(("enrolled", date(2026, 8, 10)), ("active", date(2026, 8, 20)))
    assert service_months(late, Q3) == ["2026-09"]


def test_a_withdrawal_or_an_expiry_inside_the_period_breaks_the_papers() -> None:
    spans = _spans(*ACTIVE_ALL_YEAR)
    withdrawn = [
        ConsentFact(ConsentKind.SERVICE, ConsentStatus.WITHDRAWN, Signer.CLIENT, date(2026, 1, 5), date(2026, 8, 15)),
        ConsentFact(ConsentKind.SENSITIVE_DATA, ConsentStatus.SIGNED, Signer.CLIENT, date(2026, 1, 5)),
    ]
    assert check_standard(_facts(spans, consents=withdrawn), Q3, StandardRule()) == [
        Missing("consent", "consent_withdrawn", date(2026, 8, 15))
    ]
    expiring = [
        AgreementFact(
            "XY1", AgreementStatus.ACTIVE, Signer.CLIENT, date(2026, 1, 5), date(2026, 1, 5), date(2026, 8, 31)
        )
    ]
    assert check_standard(_facts(spans, agreements=expiring), Q3, StandardRule()) == [
        Missing("agreement", "agreement_expired", date(2026, 9, 1))
    ]
    renewed = [
        *expiring,
        AgreementFact(
            "XY2", AgreementStatus.ACTIVE, Signer.CLIENT, date(2026, 8, 20), date(2026, 9, 1), date(2027, 8, 31)
        ),
    ]
    assert check_standard(_facts(spans, agreements=renewed), Q3, StandardRule()) == []
