"""The floor for start-up: a bare PySide6 window with one label, reporting its first paint.

Run by benchmarks/run.py in a child process; prints ``first-paint <monotonic s> <peak KiB> <CPU s>``
exactly as the app's probe does, so the two figures compare like with like.

The probe code is repeated here on purpose rather than imported from
``cloudoffice_gui.views.first_paint_probe``: importing our package would add its cost to
the floor that the app is measured against.
"""

from __future__ import annotations

import resource
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _Probe(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._seen and watched is self._window and event.type() == QEvent.Type.Paint:
            self._seen = True
            # A posted event arrives once the paint pass that began here has finished, and
            # before any timer: work a view queued for later is not counted as first paint.
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))
        return False

    def customEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.User:
            self._report()

    def _report(self) -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"first-paint {time.monotonic():.6f} {peak} {time.process_time():.4f}", flush=True)
        QApplication.quit()


def main() -> int:
    """Show the bare window and quit after its first paint."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("CloudOffice Compare", window))
    window.resize(1280, 800)
    _Probe(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
