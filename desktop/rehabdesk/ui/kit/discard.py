"""Asking before typed work is thrown away: Esc, Cancel and the window's close button all end in reject(), and a
form whose reject() asks here loses nothing typed without the user saying so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget


def typed_into(form: QWidget) -> bool:
    """Whether the user typed into a text field of ``form``. Qt marks a field modified on typing and clears the mark
    when the program sets its text, so a form filled with stored data counts as untouched until someone types."""
    if any(edit.isModified() and not edit.isReadOnly() for edit in form.findChildren(QLineEdit)):
        return True
    boxes = [*form.findChildren(QPlainTextEdit), *form.findChildren(QTextEdit)]
    return any(box.document().isModified() and not box.isReadOnly() for box in boxes)


def may_discard(form: QWidget) -> bool:
    """True when nothing was typed, or the user chose to discard it; False keeps the form open as it is."""
    if not typed_into(form):
        return True
    translate = QCoreApplication.translate
    question = QMessageBox(
        QMessageBox.Icon.Question,
        translate("discard", "Discard what you typed?"),
        translate("discard", "What you typed in this form has not been saved. Close it and lose it?"),
        QMessageBox.StandardButton.NoButton,
        form,
    )
    question.setObjectName("discardQuestion")
    discard = question.addButton(translate("discard", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardTypedButton")
    keep = question.addButton(translate("discard", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepTypingButton")
    question.setDefaultButton(keep)  # Enter or a second Esc keeps the work
    question.setEscapeButton(keep)
    question.exec()
    return question.clickedButton() is discard
