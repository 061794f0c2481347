"""Marking the field a ValidationError names, keeping everything the user typed; the mark goes as the user corrects
that field, so a fixed field never stays red until the next save."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from rehabdesk.domain.errors import DomainError, ValidationError
from rehabdesk.ui.text.messages import message_for

_INVALID_STYLE = "border: 2px solid #b3261e; border-radius: 3px;"


class FieldErrors:
    """Maps error field names to widgets; shows the message in one label and outlines the field."""

    def __init__(self, message_label: QLabel, fields: dict[str, QWidget]) -> None:
        self._label = message_label
        self._fields = fields
        self._label.setWordWrap(True)
        self._label.setStyleSheet("color: #b3261e;")
        self._label.hide()
        for widget in set(fields.values()):
            self._follow_edits(widget)

    def _follow_edits(self, widget: QWidget) -> None:
        corrected = lambda *_: self._corrected(widget)  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(corrected)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(corrected)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(corrected)
            if widget.isEditable():
                widget.editTextChanged.connect(corrected)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            widget.model().dataChanged.connect(corrected)
            widget.model().rowsInserted.connect(corrected)
            widget.model().rowsRemoved.connect(corrected)

    def _corrected(self, widget: QWidget) -> None:
        """The marked field changed: its outline and the message about it go."""
        if widget.property("invalid"):
            widget.setStyleSheet("")
            widget.setProperty("invalid", False)
            self._label.hide()

    def clear(self) -> None:
        for widget in self._fields.values():
            widget.setStyleSheet("")
            widget.setProperty("invalid", False)
        self._label.hide()

    def show(self, error: DomainError) -> None:
        self.clear()
        self._label.setText(message_for(error))
        self._label.show()
        if isinstance(error, ValidationError) and error.field in self._fields:
            widget = self._fields[error.field]
            widget.setStyleSheet(_INVALID_STYLE)
            widget.setProperty("invalid", True)
            widget.setFocus()
