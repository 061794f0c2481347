"""Audit details are written for people: stored codes by their names, a printout's period as dates, no record ids."""

from __future__ import annotations

from rehabdesk.domain.people import ClientStatus
from rehabdesk.ui.text.labels import label_of
from rehabdesk.ui.text.roles_text import detail_text

UUID = "0193a4b2-7c1d-7e2f-8a3b-4c5d6e7f8091"


def test_codes_are_shown_by_their_chinese_names(zh) -> None:
    assert detail_text({"scenario": "fire"}) == "演练场景：火灾"
    assert detail_text({"kind": "induction", "attendees": 3}) == "参训人数：3；种类：岗前培训"
    shown = detail_text({"from": "active", "to": "closed"})
    assert "active" not in shown and "closed" not in shown
    assert shown == f"原状态：{label_of(ClientStatus, 'active')}；新状态：{label_of(ClientStatus, 'closed')}"


def test_a_printouts_period_is_not_a_status_change(zh) -> None:
    shown = detail_text({"document": "case_file", "copy": "client", "from": "2025-12-08", "to": "2026-12-07"})
    assert "原状态" not in shown and "新状态" not in shown
    assert "2025-12-08" in shown and "2026-12-07" in shown
    assert "case_file" not in shown and "client" not in shown


def test_record_ids_are_left_out(zh) -> None:
    assert UUID not in detail_text({"client_id": UUID, "reason": "迁居"})
    assert detail_text({"renews": UUID}) == ""
