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


def test_lists_flags_fields_and_times_are_in_words(zh) -> None:
    shown = detail_text({"granted": ["service", "sensitive_data"], "signer": "both", "blank": False})
    assert "service" not in shown and "both" not in shown and "False" not in shown
    assert "否" in shown and "、" in shown
    assert detail_text({"field": "id_number"}) == "字段：身份证号码"
    backup = detail_text({"created_at": "2026-12-07T03:56:03.411263+00:00", "reason": "manual"}, "backup")
    assert "T03" not in backup and "手动备份" in backup
    assert "手动锁定" in detail_text({"reason": "manual"}, "lock")
    scan = detail_text({"scan_id": UUID, "sha256": "ab" * 32, "bytes": 1200})
    assert scan == "大小（字节）：1200"
    sync = detail_text({"sequence": 3, "records": {"client": 2, "service": 5}, "device_id": UUID})
    assert "client" not in sync and "service" not in sync and UUID not in sync


def test_the_import_dialog_names_every_field_in_chinese(qtbot, zh, admin_ctx, ops) -> None:
    from rehabdesk.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(admin_ctx, ops)
    qtbot.addWidget(dialog)
    fields = [dialog.mapping_table.item(row, 0).text() for row in range(dialog.mapping_table.rowCount())]
    assert "低保" in fields and "特困" in fields
    assert not any(name in " ".join(fields) for name in ("low_income", "extreme_poverty"))
