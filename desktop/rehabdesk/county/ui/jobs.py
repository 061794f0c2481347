"""Service calls from the county's windows: on the station's one database worker (ui.operations), with the
county's refusals worded by the county's message table rather than the station's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabdesk.county.ui.messages import county_message
from rehabdesk.domain.errors import DomainError
from rehabdesk.ui.operations import Operations


def show_refusal(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("county_jobs", "RehabDesk County"), county_message(error))


def run_job(
    ops: Operations,
    parent: QWidget | None,
    work: Callable[[], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[DomainError], None] | None = None,
) -> None:
    """``ops.run`` whose refusals, unless the caller shows them itself, are the county's words in a message box."""
    ops.run(parent, work, on_success=on_success, on_failure=on_failure or (lambda error: show_refusal(parent, error)))
