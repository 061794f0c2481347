"""A refused lifecycle step tells the worker, in Chinese, every piece that is missing."""

from __future__ import annotations

from datetime import date

from rehabdesk.domain.eligibility import Reason
from rehabdesk.domain.errors import DomainError
from rehabdesk.ui.text.messages import message_for


def test_a_refused_step_lists_what_is_missing(zh) -> None:
    error = DomainError(
        "transition_refused",
        reasons=(
            Reason("baseline_assessment_missing"),
            Reason("consent_withdrawn", {"kind": "sensitive_data", "date": date(2026, 11, 20)}),
            Reason("agreement_expired", {"number": "TS01-XY-2026-0001", "date": date(2026, 10, 31)}),
            Reason("transition_not_allowed", {"from": "registered", "to": "active"}),
        ),
    )
    lines = message_for(error).split("\n")
    assert len(lines) == 5
    assert "评估" in lines[1]
    assert "健康信息" in lines[2] and "2026-11-20" in lines[2]
    assert "TS01-XY-2026-0001" in lines[3] and "2026-10-31" in lines[3]
    assert "已登记" in lines[4] or "登记" in lines[4]
