"""Settings › Templates: editing the wording of the printed consent form, service agreement and fee schedule.
Every save is a new version; a printed form keeps the version it was printed with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

# The names check_template accepts, from their one definition. The module also lays out pages, so this loads
# reportlab indirectly (allowed by the contracts; printing loads it in this process anyway).
from rehabdesk.documents.template_vocabulary import BLOCKS, CHOICE_PREFIX, KINDS, PLACEHOLDERS
from rehabdesk.domain.consent import ConsentKind
from rehabdesk.domain.errors import DomainError
from rehabdesk.services import templates
from rehabdesk.services.context import StationContext
from rehabdesk.services.templates import TemplateVersion
from rehabdesk.ui.kit.field_errors import FieldErrors
from rehabdesk.ui.kit.greyed import allow, why_not
from rehabdesk.ui.operations import Operations
from rehabdesk.ui.text import labels

_TOKEN_ROLE = Qt.ItemDataRole.UserRole


def _placeholder_notes() -> dict[str, Callable[[], str]]:
    # Listed in this order; a name the documents layer adds later still shows, without a note, at the end.
    translate = QCoreApplication.translate
    return {
        "station_name": lambda: translate("templates", "station name"),
        "station_address": lambda: translate("templates", "station address"),
        "station_phone": lambda: translate("templates", "station telephone"),
        "station_head": lambda: translate("templates", "head of station"),
        "station_operator": lambda: translate("templates", "operating organisation"),
        "today": lambda: translate("templates", "date of printing"),
        "document_number": lambda: translate("templates", "number of this form"),
        "case_number": lambda: translate("templates", "client's case number"),
        "client_name": lambda: translate("templates", "client's name"),
        "client_gender": lambda: translate("templates", "client's gender"),
        "client_birth_date": lambda: translate("templates", "client's date of birth"),
        "client_id_number": lambda: translate("templates", "client's ID number"),
        "client_phone": lambda: translate("templates", "client's phone"),
        "client_address": lambda: translate("templates", "client's address"),
        "guardian_name": lambda: translate("templates", "guardian's name"),
        "guardian_relation": lambda: translate("templates", "guardian's relation to the client"),
        "guardian_phone": lambda: translate("templates", "guardian's phone"),
        "term_start": lambda: translate("templates", "first day of the agreement"),
        "term_end": lambda: translate("templates", "last day of the agreement"),
        "service_types": lambda: translate("templates", "services agreed"),
        "service_forms": lambda: translate("templates", "forms of service agreed"),
        "place": lambda: translate("templates", "where services take place"),
        "schedule": lambda: translate("templates", "when services take place"),
        "renews_number": lambda: translate("templates", "number of the agreement this one renews"),
    }


def _block_notes() -> dict[str, Callable[[], str]]:
    translate = QCoreApplication.translate
    notes = {
        "parties": lambda: translate("templates", "table of the parties: station, client, guardian"),
        "services": lambda: translate("templates", "table of the services agreed, place and term"),
        "fee_table": lambda: translate("templates", "table of fees"),
        "consent_choices": lambda: translate("templates", "one box for each separate consent offered"),
    }
    for kind in ConsentKind:
        notes[f"{CHOICE_PREFIX}{kind.value}"] = lambda kind=kind: translate(
            "templates", "the paragraph after this line is the statement in the box “{consent}”"
        ).format(consent=labels.label_of(ConsentKind, kind))
    notes["signatures"] = lambda: translate("templates", "signatures and dates")
    return notes


def _ordered(names: frozenset[str], notes: dict[str, Callable[[], str]]) -> list[tuple[str, str]]:
    known = [(name, note()) for name, note in notes.items() if name in names]
    return known + [(name, "") for name in sorted(names - notes.keys())]


class TemplatesTab(QWidget):
    def __init__(self, ctx: StationContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._kind: str | None = None
        self.history: list[TemplateVersion] = []
        self._saved_body = ""

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("templateKindCombo")
        kind_names = {
            "consent": self.tr("Consent form"),
            "agreement": self.tr("Service agreement"),
            "fees": self.tr("Fee schedule"),
        }
        for kind in KINDS:
            self.kind_combo.addItem(kind_names[kind], kind)
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("Document")))
        kind_row.addWidget(self.kind_combo)
        kind_row.addStretch(1)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateEditor")
        self.version_banner = QLabel()
        self.version_banner.setObjectName("templateVersionBanner")
        self.version_banner.setWordWrap(True)
        self.version_banner.setStyleSheet("background: #fff4ce; padding: 6px; border-radius: 4px;")
        self.version_view = QPlainTextEdit()
        self.version_view.setObjectName("templateVersionView")
        self.version_view.setReadOnly(True)
        self.restore_button = QPushButton(self.tr("Restore this text into the editor"))
        self.restore_button.setObjectName("restoreTemplateButton")
        self.back_button = QPushButton(self.tr("Back to the editor"))
        old_buttons = QHBoxLayout()
        old_buttons.addWidget(self.restore_button)
        old_buttons.addWidget(self.back_button)
        old_buttons.addStretch(1)
        old_version = QWidget()
        old_layout = QVBoxLayout(old_version)
        old_layout.setContentsMargins(0, 0, 0, 0)
        old_layout.addWidget(self.version_banner)
        old_layout.addWidget(self.version_view, 1)
        old_layout.addLayout(old_buttons)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(old_version)

        self.message = QLabel()
        self.message.setObjectName("templateMessage")
        self.errors = FieldErrors(self.message, {"body": self.editor})
        self.status_label = QLabel()
        self.status_label.setObjectName("templateStatusLabel")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setObjectName("saveTemplateButton")
        save_row = QHBoxLayout()
        save_row.addWidget(self.status_label, 1)
        save_row.addWidget(self.save_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(kind_row)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.message)
        left_layout.addLayout(save_row)

        self.versions_list = QListWidget()
        self.versions_list.setObjectName("templateVersionsList")
        versions_box = QGroupBox(self.tr("Versions"))
        QVBoxLayout(versions_box).addWidget(self.versions_list)
        self.help_label = QLabel(
            self.tr(
                "Saving makes a new version; forms already printed keep the version they were printed with.\n"
                "• A line starting with “# ” (hash and space) is a heading.\n"
                "• Leave a blank line between paragraphs. A single line break prints as a line break.\n"
                "• {name} prints a value from the list below. To print a brace itself, type it twice: {{ or }}.\n"
                "• A line holding only [[name]] inserts a table or the signature area.\n"
                "The title, page header and page numbers are printed by the program.\n"
                "Double-click an entry to insert it at the cursor."
            )
        )
        self.help_label.setObjectName("templateHelpLabel")
        self.help_label.setWordWrap(True)
        self.vocabulary_list = QListWidget()
        self.vocabulary_list.setObjectName("templateVocabularyList")
        self.vocabulary_list.setWordWrap(True)
        self.vocabulary_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        help_box = QGroupBox(self.tr("How to write a template"))
        help_layout = QVBoxLayout(help_box)
        help_layout.addWidget(self.help_label)
        help_layout.addWidget(self.vocabulary_list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(versions_box, 1)
        right_layout.addWidget(help_box, 3)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.versions_list.currentRowChanged.connect(self._version_chosen)
        self.restore_button.clicked.connect(self.restore_selected_version)
        self.back_button.clicked.connect(lambda: self.versions_list.setCurrentRow(0))
        self.save_button.clicked.connect(lambda: self.save())
        self.vocabulary_list.itemDoubleClicked.connect(self._insert_token)
        self.load(KINDS[0])

    @property
    def kind(self) -> str | None:
        return self._kind

    def has_unsaved_changes(self) -> bool:
        return self._kind is not None and self.editor.toPlainText().strip() != self._saved_body.strip()

    def load(self, kind: str, status: str = "") -> None:
        self._ops.run(
            self,
            lambda: templates.template_history(self._ctx, kind),
            on_success=lambda history: self._show(kind, history, status),
        )

    def _show(self, kind: str, history: list[TemplateVersion], status: str) -> None:
        self._kind = kind
        self.history = history
        self._saved_body = history[0].body
        self._set_combo(kind)
        self.editor.setPlainText(self._saved_body)
        self.errors.clear()
        self.versions_list.blockSignals(True)
        self.versions_list.clear()
        for position, version in enumerate(history):
            self.versions_list.addItem(self._version_text(version, current=position == 0))
        self.versions_list.setCurrentRow(0)
        self.versions_list.blockSignals(False)
        self._version_chosen(0)
        self.vocabulary_list.clear()
        for name, note in _ordered(PLACEHOLDERS[kind], _placeholder_notes()):
            self._add_token(f"{{{name}}}", note)
        for name, note in _ordered(BLOCKS[kind], _block_notes()):
            self._add_token(f"[[{name}]]", note)
        self.status_label.setText(status)

    def _add_token(self, token: str, note: str) -> None:
        item = QListWidgetItem(f"{token}  {note}" if note else token)
        item.setData(_TOKEN_ROLE, token)
        self.vocabulary_list.addItem(item)

    def _version_text(self, version: TemplateVersion, *, current: bool) -> str:
        if version.saved_at is None:
            text = self.tr("Version {version}: built-in, not yet used").format(version=version.version)
        else:
            text = self.tr("Version {version}: saved {saved}").format(
                version=version.version, saved=version.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        return self.tr("{version} (current)").format(version=text) if current else text

    def _set_combo(self, kind: str) -> None:
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.blockSignals(False)

    def _kind_chosen(self) -> None:
        chosen = self.kind_combo.currentData()
        if chosen == self._kind:
            return
        if self.has_unsaved_changes():
            self._set_combo(self._kind)  # stay on the edited text until the user decides
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The text you edited has not been saved. Save it as a new version first?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save(then_load=chosen)
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.load(chosen)

    def _version_chosen(self, row: int) -> None:
        old = 0 < row < len(self.history)
        # Saving saves the editor; while it is hidden behind an old version that would save unseen text.
        allow(
            self.save_button,
            why_not((not old, self.tr("An old version is shown: choose the current version to edit and save."))),
        )
        if not old:
            self.stack.setCurrentIndex(0)
            return
        version = self.history[row]
        self.version_banner.setText(
            self.tr(
                "You are looking at version {version}, which is no longer in use. It cannot be changed: restore "
                "it into the editor and save it to use this text again."
            ).format(version=version.version)
        )
        self.version_view.setPlainText(version.body)
        self.stack.setCurrentIndex(1)

    def restore_selected_version(self) -> None:
        row = self.versions_list.currentRow()
        if not 0 < row < len(self.history):
            return
        version = self.history[row]
        # Through the cursor, not setPlainText: Ctrl+Z brings back what the editor held before.
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(version.body)
        self.versions_list.setCurrentRow(0)
        self.status_label.setText(
            self.tr("The text of version {version} is in the editor. Save it to make it current.").format(
                version=version.version
            )
        )
        self.editor.setFocus()

    def save(self, then_load: str | None = None) -> None:
        """Save the editor's text as a new version; on success show ``then_load`` (or this kind again)."""
        kind = self._kind
        if kind is None:
            return
        body = self.editor.toPlainText()
        self._ops.run(
            self,
            lambda: templates.save_template(self._ctx, kind, body),
            on_success=lambda version: self._saved(kind, version, then_load),
            on_failure=self._save_failed,
        )

    def _saved(self, kind: str, version: int, then_load: str | None) -> None:
        name = self.kind_combo.itemText(self.kind_combo.findData(kind))
        self.load(
            then_load or kind, self.tr("{document} saved as version {version}.").format(document=name, version=version)
        )

    def _save_failed(self, error: DomainError) -> None:
        self.versions_list.setCurrentRow(0)
        self.status_label.clear()
        self.errors.show(error)

    def _insert_token(self, item: QListWidgetItem) -> None:
        token = item.data(_TOKEN_ROLE)
        self.versions_list.setCurrentRow(0)
        cursor = self.editor.textCursor()
        if token.startswith("[["):
            # A block only counts on a line of its own.
            if not cursor.atBlockStart():
                cursor.insertText("\n")
            cursor.insertText(token)
            if not cursor.atBlockEnd():
                cursor.insertText("\n")
        else:
            cursor.insertText(token)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()
