"""A walk through the Chinese UI: no visible Latin text outside a short allowlist."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTableView,
    QTabWidget,
    QWidget,
    QWizard,
)

from rehabdesk.services import agreements, clients, consents, fee_schedule
from rehabdesk.services.client_paperwork import AgreementInfo, client_paperwork
from rehabdesk.ui.dialogs.account_dialog import AccountDialog
from rehabdesk.ui.dialogs.agreement_dialogs import AgreementDialog, RecordAgreementSignedDialog
from rehabdesk.ui.dialogs.change_password import ChangePasswordDialog
from rehabdesk.ui.dialogs.client_form import ClientForm
from rehabdesk.ui.dialogs.consent_dialogs import NewConsentFormDialog, RecordConsentSignedDialog
from rehabdesk.ui.dialogs.fee_item_dialog import FeeItemDialog
from rehabdesk.ui.first_run import FirstRunWizard
from rehabdesk.ui.main_window import MainWindow
from rehabdesk.ui.unlock import UnlockWidget
from tests.conftest import TEST_POLICY
from tests.paperwork_support import agreement_input
from tests.people_support import TODAY, client_input
from tests.support import station_query

# Words that stay Latin in Chinese text: key names, file formats, product and font names, demo credentials,
# and the file and folder names users must recognise on disk.
ALLOWED = {
    "Ctrl",
    "CSV",
    "PDF",
    "USB",
    "U",
    "ID",
    "CY",
    "liuxia",
    "admin",
    "rehab",
    "demo",
    "backups",
    "keyslots",
    "json",
    "station",
    "db",
    "audit",
    "head",
    "Droid",
    "Sans",
    "Fallback",
    "Apache",
    "DejaVu",
    "English",
    "Excel",
    "Esc",
}
MNEMONIC = re.compile(r"\(&[A-Za-z]\)|&(?=[A-Za-z])")
SHORTCUT = re.compile(r"\bCtrl\+[A-Z]\b")
LATIN_WORD = re.compile(r"[A-Za-z]+")
# Template placeholders and blocks ({client_name}, [[signatures]]) are typed by admins exactly as listed.
TEMPLATE_MARKUP = re.compile(r"\{[a-z_]+\}|\[\[[a-z_:]+\]\]")


def _strip_markup(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&")


def _visible_texts(root: QWidget) -> list[str]:
    """Texts the UI itself shows (labels, buttons, titles, headers, hints), not the data in fields and cells."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            texts.append(_strip_markup(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QComboBox) and widget.objectName() != "languageCombo":
            texts += [widget.itemText(i) for i in range(widget.count()) if widget.itemData(i) is None]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
        if isinstance(widget, QMainWindow):
            texts += [action.text() for action in widget.menuBar().actions()]
            for menu_action in widget.menuBar().actions():
                if menu_action.menu():
                    texts += [action.text() for action in menu_action.menu().actions()]
    return texts


def _latin_leftovers(texts: list[str], data: set[str]) -> set[str]:
    leftovers = set()
    for text in texts:
        # Keyboard accelerators such as 会话(&S) and shortcuts such as Ctrl+S stay Latin by design.
        text = TEMPLATE_MARKUP.sub(" ", SHORTCUT.sub(" ", MNEMONIC.sub(" ", text)))
        for value in sorted(data, key=len, reverse=True):  # "TS01-TY-2026-0001" before "TS01"
            text = text.replace(value, " ")
        leftovers |= {word for word in LATIN_WORD.findall(text) if word not in ALLOWED}
    return leftovers


def test_no_latin_text_in_the_chinese_ui(qtbot, zh, admin_ctx, station_paths, ops, prefs, tmp_path) -> None:
    data = {admin_ctx.actor.login, str(station_paths.root), "TS01"}
    texts: list[str] = []

    wizard = FirstRunWizard(tmp_path / "other", TEST_POLICY, ops)
    qtbot.addWidget(wizard)
    for page_id in wizard.pageIds():
        texts += _visible_texts(wizard.page(page_id))
        texts.append(wizard.page(page_id).title() + wizard.page(page_id).subTitle())
    texts += [
        wizard.buttonText(button)
        for button in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.FinishButton,
        )
    ]

    for kwargs in ({"demo": True}, {"resume_login": admin_ctx.actor.login}):
        unlock = UnlockWidget(station_paths, TEST_POLICY, ops, **kwargs)
        qtbot.addWidget(unlock)
        texts += _visible_texts(unlock)

    window = MainWindow(admin_ctx, ops, prefs, TEST_POLICY)
    qtbot.addWidget(window)
    window.show()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    window.audit_page.refresh()
    texts += _visible_texts(window)

    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    fee = fee_schedule.add_fee_item(admin_ctx, fee_schedule.FeeItemInput("午餐", "餐", "12", "self_paid"))
    documents = client_paperwork(admin_ctx, client_id, today=TODAY)
    form_id = consents.create_consent_form(admin_ctx, client_id, ["service", "media"], today=TODAY)
    form = next(f for f in client_paperwork(admin_ctx, client_id, today=TODAY).forms if f.id == form_id)
    items = fee_schedule.list_fee_items(admin_ctx)
    dialogs = (
        AccountDialog(admin_ctx, ops),
        ChangePasswordDialog(admin_ctx, ops, forced=True),
        ClientForm(admin_ctx, ops),
        NewConsentFormDialog(admin_ctx, ops, client_id),
        RecordConsentSignedDialog(admin_ctx, ops, documents, form, []),
        AgreementDialog(admin_ctx, ops, client_id, items),
        RecordAgreementSignedDialog(admin_ctx, ops, documents, _agreement_stub(admin_ctx, client_id), []),
        FeeItemDialog(admin_ctx, ops, item=items[0]),
    )
    assert fee
    # Document numbers (TS01-TY-2026-0001) are data shown in titles, like the station code.
    data |= {
        row[0] for row in station_query(admin_ctx, "SELECT number FROM consent_form UNION SELECT number FROM agreement")
    }
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        texts += _visible_texts(dialog)

    assert len(texts) > 100
    assert any("审计日志" in text for text in texts)
    assert _latin_leftovers(texts, data) == set()


def _agreement_stub(ctx, client_id: str) -> AgreementInfo:
    agreement_id = agreements.create_agreement(ctx, client_id, agreement_input(), today=TODAY)
    return next(a for a in client_paperwork(ctx, client_id, today=TODAY).agreements if a.id == agreement_id)
