"""The audit table model: Qt's model tester, and paging that never loads the whole log at once."""

from __future__ import annotations

from rehabdesk.services import audit_log
from rehabdesk.services.audit_log import AuditFilter
from rehabdesk.ui.table_models import audit_model
from rehabdesk.ui.table_models.audit_model import AuditTableModel


def _fill_log(ctx, entries: int) -> None:
    with ctx.store.unit_of_work(ctx.actor) as uow:
        for _ in range(entries):
            uow.audit("check", detail={"faults": 0})
        uow.commit()


def test_model_passes_qt_model_tester(qtmodeltester, zh, admin_ctx) -> None:
    _fill_log(admin_ctx, 30)
    model = AuditTableModel(lambda offset, limit: audit_log.query_audit(admin_ctx, AuditFilter(), offset, limit))
    model.reload()
    qtmodeltester.check(model, force_py=True)


def test_rows_arrive_a_page_at_a_time(zh, admin_ctx, monkeypatch) -> None:
    monkeypatch.setattr(audit_model, "PAGE_SIZE", 10)
    _fill_log(admin_ctx, 35)
    requested: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> audit_log.AuditPage:
        requested.append((offset, limit))
        return audit_log.query_audit(admin_ctx, AuditFilter(), offset, limit)

    model = AuditTableModel(fetch)
    model.reload()
    total = model.total
    assert model.rowCount() == 10 < total
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == total
    assert all(limit == 10 for _, limit in requested)
    assert [offset for offset, _ in requested] == list(range(0, total, 10))
