"""Settings › Templates with real services: editing, versions, restoring, refused edits, unsaved changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from rehabdesk.services import templates
from rehabdesk.ui.pages.settings_templates import TemplatesTab


def _tab(qtbot, ctx, ops) -> TemplatesTab:
    tab = TemplatesTab(ctx, ops)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _type_at_end(qtbot, tab: TemplatesTab, text: str) -> None:
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
        qtbot.keyClicks(tab.editor, line)


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, buttons, default):
        asked.append(text)
        return button

    monkeypatch.setattr("rehabdesk.ui.pages.settings_templates.QMessageBox.question", question)
    return asked


def test_saving_an_edit_lists_version_2(qtbot, admin_ctx, ops) -> None:
    tab = _tab(qtbot, admin_ctx, ops)
    assert tab.kind == "consent"
    assert tab.versions_list.count() == 1
    assert "[[signatures]]" in tab.editor.toPlainText()
    assert not tab.has_unsaved_changes()
    _type_at_end(qtbot, tab, "\n\nExtra paragraph for {station_name}.")
    assert tab.has_unsaved_changes()
    tab.save_button.click()
    assert tab.versions_list.count() == 2
    assert [version.version for version in tab.history] == [2, 1]
    assert "2" in tab.versions_list.item(0).text()
    assert "2" in tab.status_label.text()
    assert not tab.has_unsaved_changes()
    assert "Extra paragraph for {station_name}." in templates.template_history(admin_ctx, "consent")[0].body


def test_an_unknown_placeholder_is_refused_and_the_text_kept(qtbot, admin_ctx, ops) -> None:
    tab = _tab(qtbot, admin_ctx, ops)
    _type_at_end(qtbot, tab, "\n\nDear {client_nmae},")
    tab.save_button.click()
    assert tab.message.isVisible() and "client_nmae" in tab.message.text()
    assert tab.editor.property("invalid") is True
    assert tab.editor.toPlainText().endswith("Dear {client_nmae},")
    assert tab.versions_list.count() == 1
    assert len(templates.template_history(admin_ctx, "consent")) == 1


def test_an_old_version_is_read_only_and_can_be_restored(qtbot, admin_ctx, ops) -> None:
    original = templates.template_history(admin_ctx, "fees")[0].body
    templates.save_template(admin_ctx, "fees", original + "\nA later note.\n")
    tab = _tab(qtbot, admin_ctx, ops)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("fees"))
    assert tab.kind == "fees" and tab.versions_list.count() == 2
    tab.versions_list.setCurrentRow(1)
    assert tab.stack.currentWidget() is not tab.editor
    assert tab.version_view.isReadOnly() and tab.version_view.toPlainText() == original
    assert tab.restore_button.isVisible()
    tab.restore_button.click()
    assert tab.stack.currentWidget() is tab.editor
    assert tab.editor.toPlainText() == original and tab.has_unsaved_changes()
    tab.editor.undo()  # restoring went through the undo history
    assert "A later note." in tab.editor.toPlainText()
    tab.editor.redo()
    tab.save_button.click()
    assert [version.version for version in tab.history] == [3, 2, 1]
    assert tab.history[0].body.strip() == original.strip()


@pytest.mark.parametrize(
    ("answer", "kind_after", "consent_versions"),
    [
        (QMessageBox.StandardButton.Cancel, "consent", 1),
        (QMessageBox.StandardButton.Discard, "agreement", 1),
        (QMessageBox.StandardButton.Save, "agreement", 2),
    ],
)
def test_switching_document_with_unsaved_changes_asks(
    qtbot, admin_ctx, ops, monkeypatch, answer, kind_after, consent_versions
) -> None:
    tab = _tab(qtbot, admin_ctx, ops)
    _type_at_end(qtbot, tab, "\n\nOne more line.")
    edited = tab.editor.toPlainText()
    asked = _answer(monkeypatch, answer)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("agreement"))
    assert len(asked) == 1
    assert tab.kind == kind_after and tab.kind_combo.currentData() == kind_after
    if kind_after == "consent":
        assert tab.editor.toPlainText() == edited
    else:
        assert "[[fee_table]]" in tab.editor.toPlainText()
    assert len(templates.template_history(admin_ctx, "consent")) == consent_versions


def test_switching_without_changes_does_not_ask(qtbot, admin_ctx, ops, monkeypatch) -> None:
    tab = _tab(qtbot, admin_ctx, ops)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("fees"))
    assert asked == [] and tab.kind == "fees"


def test_the_list_offers_what_the_document_knows_and_inserts_it(qtbot, admin_ctx, ops) -> None:
    tab = _tab(qtbot, admin_ctx, ops)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("fees"))
    tokens = [
        tab.vocabulary_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(tab.vocabulary_list.count())
    ]
    assert "{station_name}" in tokens and "[[fee_table]]" in tokens
    assert "{client_name}" not in tokens and "[[signatures]]" not in tokens
    tab.editor.setPlainText("Notice")
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.vocabulary_list.itemDoubleClicked.emit(tab.vocabulary_list.item(tokens.index("[[fee_table]]")))
    tab.vocabulary_list.itemDoubleClicked.emit(tab.vocabulary_list.item(tokens.index("{station_name}")))
    assert tab.editor.toPlainText() == "Notice\n[[fee_table]]{station_name}"
