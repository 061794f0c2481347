"""Scans of the signed paper, and the due list."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pytest

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.services import agreements, clients, consents, scans
from rehabdesk.services import settings as settings_service
from rehabdesk.services.context import StationContext
from rehabdesk.services.paperwork_due import paperwork_due
from tests.conftest import HEAD_NAME
from tests.paperwork_support import ALL_KINDS, active_agreement, agreement_input, sign_consent_form
from tests.people_support import TODAY, client_input
from tests.support import audit_rows, files_under, raw_sql
from tests.support import station_query as query

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + "签字页".encode()
PDF = b"%PDF-1.4\n" + HEAD_NAME.encode() + b"\n%%EOF\n"


@pytest.fixture
def client_id(admin_ctx: StationContext) -> str:
    return clients.register_client(admin_ctx, client_input(), today=TODAY).client_id


def test_a_scan_is_stored_encrypted_with_its_hash_and_viewing_is_audited(
    admin_ctx: StationContext, client_id: str
) -> None:
    form_id, _ = sign_consent_form(admin_ctx, client_id)
    scan_id = scans.attach_scan(admin_ctx, "consent_form", form_id, PDF)
    row = query(admin_ctx, "SELECT media_type, byte_size, sha256 FROM document_scan")[0]
    assert row == ("application/pdf", len(PDF), hashlib.sha256(PDF).hexdigest())
    # The bytes live only inside the encrypted database: no loose file, nothing readable on disk.
    for path in files_under(admin_ctx.store.paths.root):
        assert HEAD_NAME.encode() not in path.read_bytes(), path
    before = len(audit_rows(admin_ctx))
    shown = scans.view_scan(admin_ctx, scan_id)
    assert (shown.content, shown.media_type) == (PDF, "application/pdf")
    new = audit_rows(admin_ctx)[before:]
    assert [entry[2] for entry in new] == ["view_scan"]


def test_only_images_and_pdfs_within_the_size_limit(admin_ctx: StationContext, client_id: str) -> None:
    form_id, _ = sign_consent_form(admin_ctx, client_id)
    with pytest.raises(ValidationError) as caught:
        scans.attach_scan(admin_ctx, "consent_form", form_id, b"MZ\x90\x00 not a scan")
    assert caught.value.code == "scan_type_unsupported"
    with pytest.raises(ValidationError) as caught:
        scans.attach_scan(admin_ctx, "consent_form", form_id, PNG + b"\x00" * scans.MAX_SCAN_BYTES)
    assert caught.value.code == "scan_too_large"
    assert caught.value.params["limit_mb"] == 10
    with pytest.raises(ValidationError) as caught:
        scans.attach_scan(admin_ctx, "consent_form", form_id, b"")
    assert caught.value.code == "scan_empty"
    scans.attach_scan(admin_ctx, "consent_form", form_id, PNG)
    with pytest.raises(ValidationError) as caught:
        scans.attach_scan(admin_ctx, "consent_form", form_id, PNG)
    assert caught.value.code == "scan_duplicate"
    assert query(admin_ctx, "SELECT count(*) FROM document_scan") == [(1,)]


def test_a_damaged_scan_is_reported_not_shown(admin_ctx: StationContext, client_id: str) -> None:
    form_id, _ = sign_consent_form(admin_ctx, client_id)
    scan_id = scans.attach_scan(admin_ctx, "consent_form", form_id, PNG)
    raw_sql(
        admin_ctx.store.paths,
        admin_ctx.store.master,
        ("UPDATE document_scan SET content = ? WHERE id = ?", (PNG + b"tampered", scan_id)),
    )
    with pytest.raises(DomainError) as caught:
        scans.view_scan(admin_ctx, scan_id)
    assert caught.value.code == "scan_damaged"


def test_the_due_list(admin_ctx: StationContext, client_id: str) -> None:
    other = clients.register_client(admin_ctx, client_input("李四", serial=44), today=TODAY).client_id
    pending = consents.create_consent_form(admin_ctx, other, ALL_KINDS, today=TODAY)
    signed_form, _ = sign_consent_form(admin_ctx, client_id)
    ending = active_agreement(admin_ctx, client_id, end_date=date(2026, 12, 20))
    later = active_agreement(admin_ctx, other, end_date=date(2027, 6, 30))
    scans.attach_scan(admin_ctx, "agreement", later, PNG)
    items = {(item.kind, item.document_id) for item in paperwork_due(admin_ctx, today=TODAY)}
    assert items == {
        ("consent_pending", pending),
        ("scan_missing", signed_form),
        ("agreement_expiring", ending),
        ("scan_missing", ending),
    }
    settings_service.update_settings(
        admin_ctx, replace(settings_service.read_settings(admin_ctx), agreement_warning_days=10)
    )
    assert ("agreement_expiring", ending) not in {
        (item.kind, item.document_id) for item in paperwork_due(admin_ctx, today=TODAY)
    }
    expired = {(i.kind, i.document_id) for i in paperwork_due(admin_ctx, today=date(2026, 12, 21))}
    assert ("agreement_expired", ending) in expired
    # Once ended, the agreement is chased as ended (or renewed), no longer as a scan.
    assert ("scan_missing", ending) not in expired
    assert ("scan_missing", ending) in {
        (i.kind, i.document_id) for i in paperwork_due(admin_ctx, today=date(2026, 12, 20))
    }
    # A renewal takes it off the list.
    agreements.renew_agreement(admin_ctx, ending, today=TODAY)
    after = {(i.kind, i.document_id) for i in paperwork_due(admin_ctx, today=date(2026, 12, 21))}
    assert ("agreement_expired", ending) not in after


def test_due_items_name_the_client_and_number(admin_ctx: StationContext, client_id: str) -> None:
    agreements.create_agreement(admin_ctx, client_id, agreement_input(), today=TODAY)
    form = consents.create_consent_form(admin_ctx, client_id, ALL_KINDS, today=TODAY)
    (item,) = paperwork_due(admin_ctx, today=TODAY)
    assert (item.document_id, item.client_name, item.number) == (form, "张三丰", "TS01-TY-2026-0001")
