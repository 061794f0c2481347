"""Report periods, status spans and the 规范服务 rule, one part at a time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    registered_spans,
    service_months,
    standard_by_month,
    status_spans,
    suppressed,
    target_for,
    trend_months,
)
from rehabdesk.domain.safety import add_months

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


# -- the trend in one walk: the same answer as check_standard month by month ---------------------------------------

TREND = trend_months(date(2026, 10, 31))
_STATUSES = ("applied", "assessing", "enrolled", "active", "suspended", "waitlisted", "closed")


def _day() -> st.SearchStrategy[date]:
    """Days of the trend's year and the months around it, often on a month's first or last day, where an
    off-by-one between a stretch and a month would show."""
    months = [add_months(date(2025, 9, 1), i) for i in range(16)]
    edges = [d for m in months for d in (m, m + timedelta(days=14), add_months(m, 1) - timedelta(days=1))]
    return st.one_of(st.sampled_from(edges), st.dates(date(2025, 8, 1), date(2026, 12, 31)))


@st.composite
def _client(draw: st.DrawFn) -> ClientFacts:
    episodes = {"e1": date(2025, 6, 1), "e2": draw(st.sampled_from([date(2026, 2, 1), date(2026, 5, 17)]))}
    changes = []
    for on in sorted(draw(st.lists(_day(), min_size=1, max_size=6))):
        episode = "e1" if on < episodes["e2"] else "e2"
        changes.append((draw(st.sampled_from(_STATUSES)), on, episode, episodes[episode]))
    consents = [
        ConsentFact(
            kind,
            draw(st.sampled_from([ConsentStatus.SIGNED, ConsentStatus.WITHDRAWN])),
            draw(st.sampled_from([Signer.CLIENT, Signer.GUARDIAN])),
            draw(_day()),
            draw(st.one_of(st.none(), _day())),
        )
        for kind in draw(st.lists(st.sampled_from([ConsentKind.SERVICE, ConsentKind.SENSITIVE_DATA]), max_size=4))
    ]
    agreements = []
    for number in range(draw(st.integers(0, 3))):
        start = draw(_day())
        agreements.append(
            AgreementFact(
                f"XY{number}",
                draw(st.sampled_from([AgreementStatus.ACTIVE, AgreementStatus.DRAFT])),
                draw(st.sampled_from([Signer.CLIENT, Signer.GUARDIAN, None])),
                draw(st.one_of(st.none(), st.just(start), _day())),
                start,
                start + timedelta(days=draw(st.sampled_from([29, 30, 90, 364]))),
                draw(st.one_of(st.none(), _day())),
            )
        )
    dates = st.dictionaries(st.sampled_from(["e1", "e2"]), st.lists(_day(), max_size=3))
    plans = st.dictionaries(st.sampled_from(["e1", "e2"]), st.lists(st.tuples(_day(), _day(), _day()), max_size=2))
    served = st.dictionaries(st.sampled_from([m.label for m in TREND]), st.integers(0, 3))
    return ClientFacts(
        status_spans(changes, TREND[-1].end),
        consents,
        agreements,
        draw(st.booleans()),
        draw(dates),
        draw(dates),
        draw(plans),
        draw(served),
    )


_RULES = st.builds(
    StandardRule,
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.integers(0, 2),
    st.booleans(),
    st.sampled_from([3, 6]),
)


@settings(max_examples=250, deadline=None)
@given(_client(), _RULES)
def test_standard_by_month_is_check_standard_month_by_month(facts: ClientFacts, rule: StandardRule) -> None:
    expected = [
        None if not registered_spans(facts.spans, month) else not check_standard(facts, month, rule) for month in TREND
    ]
    assert standard_by_month(facts, TREND, rule) == expected


def test_standard_by_month_on_the_edges_of_a_month() -> None:
    # A withdrawal on 31 August fails August (one day without consent) and every later month; July stands.
    spans = status_spans([("enrolled", date(2026, 1, 5), "e1", date(2026, 1, 1))], date(2026, 10, 31))
    consents = [
        ConsentFact(ConsentKind.SERVICE, ConsentStatus.WITHDRAWN, Signer.CLIENT, date(2026, 1, 5), date(2026, 8, 31)),
        ConsentFact(ConsentKind.SENSITIVE_DATA, ConsentStatus.SIGNED, Signer.CLIENT, date(2026, 1, 5)),
    ]
    facts = _facts(spans, consents=consents)
    rule = StandardRule(services_per_month=0, stage_review=False)
    assert standard_by_month(facts, TREND, rule)[-5:] == [True, True, False, False, False]
    # Enrolled from 1 December 2025: November 2025, the trend's first month, is not a registered month.
    late = status_spans([("enrolled", date(2025, 12, 1), "e1", date(2025, 10, 1))], date(2026, 10, 31))
    assert standard_by_month(_facts(late), TREND, StandardRule(False, False, False, False, 0, False))[:2] == [
        None,
        True,
    ]
