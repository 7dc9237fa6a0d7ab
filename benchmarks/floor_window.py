"""The floor for start-up: a bare PySide6 window with one label, reporting its first paint.

Run by benchmarks/run.py in a child process; prints ``first-paint <monotonic s> <peak KiB>``
exactly as the app's probe does, so the two figures compare like with like.
"""

from __future__ import annotations

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
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
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"first-paint {time.monotonic():.6f} {peak}", flush=True)
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
