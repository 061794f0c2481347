"""Baseline for cold_start: a bare PySide6 window, reporting when it first painted (same probe as the app's)."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _Probe(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.time():.6f}", flush=True)
        QApplication.quit()


app = QApplication(sys.argv)
probe = _Probe()
app.installEventFilter(probe)
window = QMainWindow()
window.resize(720, 480)
window.show()
sys.exit(app.exec())
