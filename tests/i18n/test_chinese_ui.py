"""A walk through the Chinese UI: no visible Latin text outside a short allowlist."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
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

from rehabdesk.services import (
    agreements,
    backups,
    case_printout,
    clients,
    consents,
    fee_schedule,
    list_exports,
    printing,
    scans,
)
from rehabdesk.services.client_paperwork import AgreementInfo, client_paperwork
from rehabdesk.ui.dialogs.account_dialog import AccountDialog
from rehabdesk.ui.dialogs.agreement_dialogs import AgreementDialog, RecordAgreementSignedDialog
from rehabdesk.ui.dialogs.change_password import ChangePasswordDialog
from rehabdesk.ui.dialogs.client_form import ClientForm
from rehabdesk.ui.dialogs.consent_dialogs import NewConsentFormDialog, RecordConsentSignedDialog
from rehabdesk.ui.dialogs.fee_item_dialog import FeeItemDialog
from rehabdesk.ui.dialogs.import_dialog import ImportDialog
from rehabdesk.ui.first_run import FirstRunWizard
from rehabdesk.ui.main_window import MainWindow
from rehabdesk.ui.pages.audit import AuditPage
from rehabdesk.ui.text.qt_text import qt_labels
from rehabdesk.ui.unlock import UnlockWidget
from tests.conftest import ADMIN_PASSWORD, TEST_POLICY
from tests.paperwork_support import agreement_input, sign_papers
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
# File endings (.xlsx) and a file dialog's patterns (*.rdbackup): what the files on disk are called.
FILE_PATTERNS = re.compile(r"\*?\.[A-Za-z]+\b")


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
        for value in sorted(data, key=len, reverse=True):  # "TS01-TY-2026-0001" before "TS01"
            text = text.replace(value, " ")
        text = FILE_PATTERNS.sub(" ", TEMPLATE_MARKUP.sub(" ", SHORTCUT.sub(" ", MNEMONIC.sub(" ", text))))
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


def test_no_latin_text_in_the_audit_viewer(qtbot, zh, admin_ctx, ops, prefs, tmp_path) -> None:
    """Every kind of entry a first day leaves, in words: actions, records and details (no codes, no record ids)."""
    client_id = clients.register_client(admin_ctx, client_input(), today=TODAY).client_id
    sign_papers(admin_ctx, client_id, TODAY)
    form_id = station_query(admin_ctx, "SELECT id FROM consent_form")[0][0]
    scans.attach_scan(admin_ctx, "consent_form", form_id, b"%PDF-1.4\n% signed\n%%EOF\n")
    printing.print_blank_consent_form(admin_ctx)
    case_printout.print_case_file(admin_ctx, client_id, copy="client", today=TODAY)
    backup = backups.backup_now(admin_ctx, tmp_path / "usb").path
    backups.drill_backup(admin_ctx, backup, login=admin_ctx.actor.login, secret=ADMIN_PASSWORD)
    clients.reveal(admin_ctx, client_id, "id_number")
    wording = list_exports.Wording("名单", [], ["列"] * 7)
    list_exports.export_client_list(admin_ctx, [client_id], tmp_path / "list.xlsx", wording, unmasked=True)
    page = AuditPage(admin_ctx, ops)
    qtbot.addWidget(page)
    page.refresh()
    model = page.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    texts = [str(model.index(row, column).data() or "") for row in range(model.rowCount()) for column in (2, 3, 5)]
    assert len(texts) > 30
    ids = {row[0] for row in station_query(admin_ctx, "SELECT entity_id FROM audit_log WHERE entity_id IS NOT NULL")}
    assert not any(entity_id in text for entity_id in ids for text in texts)
    data = {backup.name, "TS01"}
    assert _latin_leftovers(texts, data) == set()


def test_no_latin_text_in_the_import_dialog_and_qts_own_dialogs(qtbot, zh, admin_ctx, ops, tmp_path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,身份证号码,低保,特困\n张三,110105198005060012,是,否\n", "utf-8")
    dialog = ImportDialog(admin_ctx, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(roster)
    texts = _visible_texts(dialog)
    # The field names and the problems' columns and messages are the program's words, not the file's data.
    texts += [dialog.mapping_table.item(row, 0).text() for row in range(dialog.mapping_table.rowCount())]
    problems = dialog.problems_table
    texts += [problems.item(row, col).text() for row in range(problems.rowCount()) for col in (1, 2)]
    assert any("低保" in text for text in texts)

    for mode in ("open", "save", "folder"):
        files = QFileDialog(None, "选择文件", str(tmp_path), "精康工作台备份 (*.rdbackup)")
        files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if mode == "save":
            files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        elif mode == "folder":
            files.setFileMode(QFileDialog.FileMode.Directory)
        qtbot.addWidget(files)
        files.show()
        texts += _visible_texts(files)
    printer = QPrinter()
    print_dialog = QPrintDialog(printer)
    qtbot.addWidget(print_dialog)
    print_dialog.show()
    # Its combo boxes carry CUPS values PySide cannot convert: labels, buttons and item texts only.
    for widget in print_dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
    assert set(qt_labels()) <= set(texts)
    # The folder and the file names shown are data; the one printer offscreen is "Print to File (PDF)".
    data = {str(tmp_path), tmp_path.name, roster.name, *(str(p) for p in tmp_path.parents)}
    assert _latin_leftovers(texts, data) == set()


def _agreement_stub(ctx, client_id: str) -> AgreementInfo:
    agreement_id = agreements.create_agreement(ctx, client_id, agreement_input(), today=TODAY)
    return next(a for a in client_paperwork(ctx, client_id, today=TODAY).agreements if a.id == agreement_id)
