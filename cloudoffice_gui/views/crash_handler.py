"""Catch what nothing else caught: log the traceback, tell the user, keep the app running.

PySide reports an exception raised in a slot or a Qt virtual (``paintEvent``...) through
``sys.excepthook`` and then carries on, so one hook covers the whole event loop; worker
threads report through ``threading.excepthook`` and are forwarded to the GUI thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from cloudoffice_gui import __version__
from cloudoffice_gui.data.errors import DatabaseError

LOG_NAME = "crash.log"
MAX_LOG_BYTES = 1_000_000
"""A bigger log is moved to crash.log.1 first, so a loop of errors cannot fill the disk."""
MAX_DIALOGS = 3
"""The same error (same place, same type) is shown at most this often; later ones are logged."""
_HEADLESS_PLATFORMS = ("offscreen", "minimal")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def _t(text: str) -> str:
    return QCoreApplication.translate("CrashHandler", text)


def log_directory() -> Path:
    """``logs/`` in the app's data folder (XDG_DATA_HOME/<organisation>/<app>/logs on Linux)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".cloudoffice-compare") / "logs"


def write_crash_log(text: str, directory: Path | None = None) -> Path:
    """Append ``text`` with a time stamp and versions to the crash log; returns its path.

    Raises OSError when the log cannot be written.
    """
    folder = directory or log_directory()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
        path.replace(folder / (LOG_NAME + ".1"))
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    import platform  # only when a crash is logged: it costs ~4 ms of start-up

    header = (f"=== {stamp} CloudOffice Compare {__version__}; Python {platform.python_version()};"
              f" {platform.platform()}\n")
    with path.open("a", encoding="utf-8", errors="replace") as handle:
        handle.write(header + text.rstrip("\n") + "\n\n")
    return path


def format_exception(exc_info: ExcInfo, thread_name: str | None = None) -> str:
    """The traceback as text, naming the thread when it was not the main one."""
    text = "".join(traceback.format_exception(*exc_info))
    return f"In thread {thread_name}:\n{text}" if thread_name else text


def _signature(exc_info: ExcInfo) -> tuple[str, str]:
    frames = traceback.extract_tb(exc_info[2]) if exc_info[2] else []
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return exc_info[0].__name__, where


class CrashHandler(QObject):
    """The installed hooks; ``uninstall()`` puts the previous ones back."""

    _thread_failed = Signal(object, str)
    """(exc_info, thread name), emitted in a worker thread, handled in the GUI thread."""

    def __init__(self, app: QCoreApplication, interactive: bool | None = None) -> None:
        super().__init__(app)
        self._app = app
        if interactive is None:
            interactive = isinstance(app, QApplication) and \
                QGuiApplication.platformName() not in _HEADLESS_PLATFORMS
        self.interactive = interactive
        self.log_path: Path | None = None
        self.handled: list[str] = []
        """The type names of the exceptions handled so far (tests and diagnostics)."""
        self._shown: dict[tuple[str, str], int] = {}
        self._busy = False
        self._previous_hook: Callable[..., object] = sys.excepthook
        self._previous_thread_hook: Callable[..., object] = threading.excepthook
        self._thread_failed.connect(self._on_thread_failed)

    def install(self) -> None:
        """Route uncaught exceptions of the GUI thread and of worker threads here."""
        sys.excepthook = self.handle_exception
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        """Restore the hooks that were there before :meth:`install`."""
        if sys.excepthook == self.handle_exception:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook

    # -- hooks -----------------------------------------------------------------------------
    def handle_exception(self, exc_type: type[BaseException], exc_value: BaseException,
                         exc_traceback: TracebackType | None,
                         thread_name: str | None = None) -> None:
        """Log the exception and tell the user; the event loop goes on afterwards."""
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc_value, exc_traceback)
            return
        exc_info: ExcInfo = (exc_type, exc_value, exc_traceback)
        try:
            self.handled.append(exc_type.__name__)
            if isinstance(exc_value, DatabaseError):
                self._report_database_error(exc_value)
            else:
                self._report_crash(exc_info, thread_name)
        except Exception:  # noqa: BLE001 - the hook itself must never fail
            sys.__excepthook__(exc_type, exc_value, exc_traceback)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        exc_info = (args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)
        if threading.current_thread() is threading.main_thread():
            self.handle_exception(*exc_info, thread_name=name)
        else:
            # Widgets live in the GUI thread: the signal is queued to it.
            self._thread_failed.emit(exc_info, name)

    @Slot(object, str)
    def _on_thread_failed(self, exc_info: ExcInfo, name: str) -> None:
        self.handle_exception(*exc_info, thread_name=name)

    # -- reports ---------------------------------------------------------------------------
    def _report_database_error(self, error: DatabaseError) -> None:
        print(f"cloudoffice-gui: {error.message()}", file=sys.stderr)
        with contextlib.suppress(OSError):
            self.log_path = write_crash_log(f"{type(error).__name__}: {error.message()}")
        if not self._may_show(("database", error.message())):
            return
        box = self._message_box(QMessageBox.Icon.Warning, _t("Cannot read the database"))
        box.setText(f"{error.title}\n\n{error.problem}")
        box.setInformativeText(f"{error.remedy}\n\n{_t('File:')} {error.path}")
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self._exec(box)

    def _report_crash(self, exc_info: ExcInfo, thread_name: str | None) -> None:
        details = format_exception(exc_info, thread_name)
        sys.stderr.write(details)
        try:
            self.log_path = write_crash_log(details)
            where = _t("The details were written to:") + f"\n{self.log_path}"
        except OSError as error:
            where = _t("The details could not be written to a log file:") + f" {error}"
        if not self._may_show(_signature(exc_info)):
            return
        box = self._message_box(QMessageBox.Icon.Critical, _t("Unexpected error"))
        summary = f"{exc_info[0].__name__}: {str(exc_info[1])[:500]}"
        box.setText(_t("CloudOffice Compare met an unexpected error. It keeps running; if "
                       "something looks wrong, restart it.") + f"\n\n{summary}")
        box.setInformativeText(where)
        box.setDetailedText(details[-20_000:])
        box.setStandardButtons(QMessageBox.StandardButton.Ignore | QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Ignore).setText(_t("Keep running"))
        box.button(QMessageBox.StandardButton.Close).setText(_t("Quit"))
        box.setDefaultButton(QMessageBox.StandardButton.Ignore)
        if self._exec(box) == QMessageBox.StandardButton.Close:
            self._app.exit(1)

    def _may_show(self, key: tuple[str, str]) -> bool:
        # No dialog without a screen, none inside another (an error in a paint event
        # would repeat under the dialog), and none for the hundredth copy of one error.
        if not self.interactive or self._busy:
            return False
        self._shown[key] = self._shown.get(key, 0) + 1
        return self._shown[key] <= MAX_DIALOGS

    def _message_box(self, icon: QMessageBox.Icon, title: str) -> QMessageBox:
        parent = QApplication.activeWindow() if isinstance(self._app, QApplication) else None
        box = QMessageBox(parent)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # error texts may hold markup from a file
        return box

    def _exec(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self._busy = True
        try:
            return QMessageBox.StandardButton(box.exec())
        finally:
            self._busy = False
            box.deleteLater()


def install_exception_hook(app: QCoreApplication, interactive: bool | None = None) -> CrashHandler:
    """Install the hooks for ``app``; dialogs only on a real screen unless ``interactive``."""
    handler = CrashHandler(app, interactive)
    handler.install()
    return handler


__all__ = ["CrashHandler", "install_exception_hook", "log_directory", "write_crash_log"]
