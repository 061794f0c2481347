"""Translated output for the headless commands: the same translations as the GUI, through QtCore only."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from rehabdesk.cli_options import EXIT_ERROR
from rehabdesk.domain.errors import DomainError
from rehabdesk.ui.i18n import install_translators


class Console:
    """Chinese unless ``--lang en``. Call sites write ``console.tr("…")`` so lupdate files them under "console"."""

    def __init__(self, language: str) -> None:
        self._app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        install_translators(self._app, language)

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("console", text)

    @staticmethod
    def error(text: str) -> None:
        print(text, file=sys.stderr)

    def run_guarded(self, work: Callable[[], int], *, message_for: Callable[[DomainError], str], logs_dir: Path) -> int:
        """Run a command: a refusal prints its message, anything unexpected is logged without personal data; never
        a traceback. Exit code 2 on any error."""
        from rehabdesk.crash_report import configure_logging, log_unexpected

        translate = QCoreApplication.translate
        try:
            return work()
        except DomainError as error:
            self.error(message_for(error))
        except KeyboardInterrupt:
            self.error(translate("console", "Cancelled."))
        except OSError as error:
            self.error(
                translate("console", "A file could not be read or written: {reason}").format(reason=error.strerror)
            )
        except Exception as error:
            log_path = configure_logging(logs_dir)
            log_unexpected(error)
            self.error(
                translate(
                    "console", "An unexpected error occurred. Details (without personal data) are in {path}"
                ).format(path=log_path)
            )
        return EXIT_ERROR
