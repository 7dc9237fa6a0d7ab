"""Report when the main window first paints, then quit: a probe for benchmarks/run.py.

Installed only when ``CLOUDOFFICE_BENCH_FIRST_PAINT=1``; it prints one line,
``first-paint <monotonic seconds> <peak RSS KiB> <CPU seconds>``, once the paint pass that began with the
window's first paint event has finished, so the benchmark can subtract the moment it
spawned the process.
"""

from __future__ import annotations

import os
import resource
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "CLOUDOFFICE_BENCH_FIRST_PAINT"
"""Set to 1 to install the probe (benchmarks/run.py does)."""


class FirstPaintProbe(QObject):
    """Watches ``window`` for its first paint event; prints the time and quits the app."""

    def __init__(self, window: QWidget) -> None:
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
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"first-paint {time.monotonic():.6f} {peak_kib} {time.process_time():.4f}", flush=True)
        sys.stdout.flush()
        QApplication.quit()


def install_first_paint_probe(window: QWidget) -> FirstPaintProbe | None:
    """Install the probe on ``window`` when the environment asks for it."""
    if os.environ.get(ENV_VAR) != "1":
        return None
    return FirstPaintProbe(window)
