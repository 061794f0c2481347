"""The Paperwork page with real services: create a consent form, preview it, record it signed, attach a scan,
withdraw a consent and see services refused; agreements with fee lines; blank forms; the due list."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QLabel

from rehabdesk.domain.roles import Role
from rehabdesk.services import clients, scans
from rehabdesk.ui.dialogs.agreement_dialogs import AgreementDialog, RecordAgreementSignedDialog
from rehabdesk.ui.dialogs.consent_dialogs import (
    NewConsentFormDialog,
    RecordConsentSignedDialog,
    WithdrawConsentDialog,
)
from rehabdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from rehabdesk.ui.pages.paperwork import PaperworkPage
from tests.conftest import STAFF_PASSWORD
from tests.paperwork_support import add_fee_item
from tests.people_support import TODAY, client_input
from tests.support import login_as

PDF_SCAN = b"%PDF-1.4\n% scanned signature page\n%%EOF\n"


def _page(qtbot, ctx, ops) -> PaperworkPage:
    page = PaperworkPage(ctx, ops)
    qtbot.addWidget(page)
    page.show()
    return page


def _find(qtbot, page: PaperworkPage, text: str) -> None:
    page.search_edit.setText(text)  # QTest types only ASCII; setText is what an input method delivers
    page.search()
    assert page.results.count() == 1
    assert page.panel.documents is not None


def _select(table, row: int = 0) -> None:
    table.selectRow(row)
    table.setCurrentCell(row, 0)


def test_consent_from_draft_to_withdrawal(qtbot, zh, admin_ctx, ops, tmp_path: Path) -> None:
    clients.register_client(admin_ctx, client_input(), today=TODAY)
    page = _page(qtbot, admin_ctx, ops)
    panel = page.panel
    _find(qtbot, page, "zsf")
    assert "张三丰" in panel.header.text()
    assert "没有" in panel.eligibility.text() or "不能" in panel.eligibility.text()

    panel.new_consent.click()
    dialog = panel.dialog
    assert isinstance(dialog, NewConsentFormDialog)
    dialog.checks["media"].setChecked(False)
    dialog.submit()
    assert panel.forms_table.rowCount() == 1
    assert panel.forms_table.item(0, 1).text() == "草稿"

    _select(panel.forms_table)
    panel.print_consent.click()
    preview = panel.dialog
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.page_count() >= 2
    preview.save_to(tmp_path / "consent.pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "consent.pdf").pages)
    assert "张三丰" in text and "TS01-TY-2026-0001" in text.replace("\n", "")
    preview.close()
    assert panel.forms_table.item(0, 1).text() == "待签署"

    _select(panel.forms_table)
    panel.sign_consent.click()
    signing = panel.dialog
    assert isinstance(signing, RecordConsentSignedDialog)
    signing.checks["sensitive_data"].setChecked(True)
    signing.checks["data_provision"].setChecked(True)
    signing.signed_on.setText("2099-01-01")
    signing.submit()
    assert signing.isVisible() and signing.signed_on.property("invalid")  # refused, and the typed date kept
    assert signing.signed_on.text() == "2099-01-01"
    signing.signed_on.setText(TODAY.isoformat())
    signing.submit()
    assert not signing.isVisible()
    assert panel.forms_table.item(0, 1).text() == "已签署"

    _select(panel.forms_table)
    panel.attach_consent_scan.setEnabled(True)
    scan_file = tmp_path / "scan.pdf"
    scan_file.write_bytes(PDF_SCAN)
    panel.attach_scan_file("consent_form", scan_file)
    assert panel.forms_table.item(0, 3).text() == "1"

    _select(panel.forms_table)
    panel.withdraw_consent.click()
    withdrawal = panel.dialog
    assert isinstance(withdrawal, WithdrawConsentDialog)
    withdrawal.consent_combo.setCurrentIndex(withdrawal.consent_combo.findData(_consent_id(panel, "sensitive_data")))
    withdrawal.submit()
    assert withdrawal.isVisible()  # a reason is required
    assert withdrawal.reason_edit.property("invalid")
    withdrawal.reason_edit.setText("家属要求删除健康信息")
    withdrawal.submit()
    assert not withdrawal.isVisible()
    assert "撤回" in panel.forms_table.item(0, 4).text()
    assert "健康信息" in panel.eligibility.text() and "撤回" in panel.eligibility.text()


def _consent_id(panel, kind: str) -> str:
    return next(c.id for c in panel.documents.forms[0].consents if c.kind == kind)


def test_agreement_with_fees_signed_and_printed(qtbot, zh, admin_ctx, ops, tmp_path: Path) -> None:
    clients.register_client(admin_ctx, client_input(), today=TODAY)
    add_fee_item(admin_ctx, "午餐", "12.50")
    page = _page(qtbot, admin_ctx, ops)
    panel = page.panel
    _find(qtbot, page, "张三丰")
    panel.new_agreement.click()
    dialog = panel.dialog
    assert isinstance(dialog, AgreementDialog)
    dialog.type_checks["life_skills"].setChecked(True)
    dialog.quantity_spins[0].setValue(20)
    assert "250.00" in dialog.total_label.text()
    dialog.end_edit.setText("2020-01-01")
    dialog.submit()
    assert dialog.isVisible() and dialog.end_edit.property("invalid")
    dialog.end_edit.setText("2027-11-22")
    dialog.start_edit.setText("2026-11-23")
    dialog.submit()
    assert not dialog.isVisible()
    assert panel.agreements_table.item(0, 3).text() == "250.00"

    _select(panel.agreements_table)
    panel.sign_agreement.click()
    signing = panel.dialog
    assert isinstance(signing, RecordAgreementSignedDialog)
    signing.signed_on.setText("2026-11-23")
    signing.submit()
    assert panel.agreements_table.item(0, 1).text() == "生效"

    _select(panel.agreements_table)
    panel.print_agreement.click()
    preview = panel.dialog
    preview.save_to(tmp_path / "agreement.pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "agreement.pdf").pages)
    assert "午餐" in text and "250.00" in text
    preview.close()


def test_blank_forms_and_due_list(qtbot, zh, admin_ctx, ops) -> None:
    clients.register_client(admin_ctx, client_input(), today=TODAY)
    page = _page(qtbot, admin_ctx, ops)
    assert page.tabs.tabText(1) == "待办（0）"
    _find(qtbot, page, "zsf")
    page.panel.new_consent.click()
    page.panel.dialog.submit()
    assert page.tabs.tabText(1) == "待办（1）"
    assert page.due_table.item(0, 0).text() == "知情同意书未签署"
    page.blank_consent.click()
    preview = page.dialog
    reader = pypdf.PdfReader(io.BytesIO(preview.pdf_bytes))
    assert "张三丰" not in "".join(p.extract_text() for p in reader.pages)
    preview.close()


def test_staff_see_documents_but_cannot_create_or_print(qtbot, zh, admin_ctx, ops) -> None:
    clients.register_client(admin_ctx, client_input(), today=TODAY)
    worker = login_as(admin_ctx, "xiaowang", {Role.STAFF}, STAFF_PASSWORD)
    try:
        page = _page(qtbot, worker, ops)
        _find(qtbot, page, "zsf")
        assert not page.panel.new_consent.isEnabled()
        assert not page.panel.new_agreement.isEnabled()
        assert not page.blank_consent.isEnabled()
        assert page.panel.findChildren(QLabel)
    finally:
        worker.close()


def test_a_scan_over_the_limit_is_refused_before_reading(qtbot, zh, admin_ctx, ops, tmp_path, monkeypatch) -> None:
    from tests.paperwork_support import sign_consent_form

    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    sign_consent_form(admin_ctx, client_id)
    page = _page(qtbot, admin_ctx, ops)
    _find(qtbot, page, "zsf")
    _select(page.panel.forms_table)
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * (scans.MAX_SCAN_BYTES + 10))
    shown: list[str] = []
    monkeypatch.setattr("rehabdesk.ui.operations.QMessageBox.warning", lambda parent, title, text: shown.append(text))
    page.panel.attach_scan_file("consent_form", big)
    assert shown and "10 MB" in shown[0]
    assert page.panel.forms_table.item(0, 3).text() == "无"
