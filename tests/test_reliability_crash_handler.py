"""The exception hook: a dialog with the details and the log path, a log in the user's data
folder, the friendly message for database errors, and the app still running afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton

from cloudoffice_gui.data.errors import InvalidDataError
from cloudoffice_gui.views import crash_handler
from cloudoffice_gui.views.crash_handler import (
    LOG_NAME,
    MAX_DIALOGS,
    install_exception_hook,
    log_directory,
)
from tests import interface_fixtures

app = interface_fixtures.app  # names, settings folder; language and theme reset after
pytestmark = pytest.mark.usefixtures("app")

REPO = Path(__file__).resolve().parent.parent


class Dialogs:
    """Every QMessageBox the handler shows, answered with ``answer`` instead of blocking."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch,
                 answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ignore) -> None:
        self.boxes: list[dict[str, object]] = []

        def fake_exec(box: QMessageBox) -> int:
            self.boxes.append({"title": box.windowTitle(), "text": box.text(),
                               "informative": box.informativeText(), "details": box.detailedText(),
                               "format": box.textFormat(), "icon": box.icon()})
            return int(answer.value)

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)


@pytest.fixture
def handler(qapp, monkeypatch: pytest.MonkeyPatch):
    # monkeypatch restores the hooks the handler replaces.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    installed = install_exception_hook(qapp, interactive=True)
    yield installed
    installed.uninstall()
    installed.deleteLater()


class _Emitter(QObject):
    fire = Signal()


def _raise_in_slot(error: BaseException) -> None:
    """Raise ``error`` from a Qt slot, as a view's handler would."""
    emitter = _Emitter()

    def slot() -> None:
        raise error

    emitter.fire.connect(slot)
    emitter.fire.emit()


def test_unexpected_error_shows_details_and_the_log_path(handler, qtbot,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    button = QPushButton("still here")
    qtbot.addWidget(button)
    button.show()
    _raise_in_slot(ValueError("matrix <b>exploded</b>"))
    assert len(dialogs.boxes) == 1
    box = dialogs.boxes[0]
    log = log_directory() / LOG_NAME
    assert box["icon"] == QMessageBox.Icon.Critical
    assert box["format"] == Qt.TextFormat.PlainText
    assert "ValueError: matrix <b>exploded</b>" in str(box["text"])
    assert str(log) in str(box["informative"])
    assert "Traceback" in str(box["details"]) and "in slot" in str(box["details"])
    # The log is in the isolated data folder, and holds the traceback and versions.
    assert str(log).startswith(os.environ["XDG_DATA_HOME"])
    text = log.read_text(encoding="utf-8")
    assert "ValueError: matrix <b>exploded</b>" in text and "CloudOffice Compare" in text
    # Keep running: the event loop and widgets still work.
    clicked = []
    button.clicked.connect(lambda: clicked.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == [True] and handler.handled == ["ValueError"]


def test_database_errors_get_the_friendly_message(handler, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    error = InvalidDataError("/data/x.db", "Table support, row 's1': level 'maybe' is wrong.")
    _raise_in_slot(error)
    box = dialogs.boxes[0]
    assert box["icon"] == QMessageBox.Icon.Warning
    assert "level 'maybe'" in str(box["text"]) and error.title in str(box["text"])
    assert "/data/x.db" in str(box["informative"]) and error.remedy in str(box["informative"])
    assert "Traceback" not in "".join(str(v) for v in box.values())
    assert box["details"] == ""


def test_worker_thread_errors_reach_the_gui_thread(handler, qtbot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)

    def work() -> None:
        raise RuntimeError("export worker failed")

    thread = threading.Thread(target=work, name="export-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(dialogs.boxes), timeout=5000)
    assert "RuntimeError: export worker failed" in str(dialogs.boxes[0]["text"])
    assert "In thread export-worker" in str(dialogs.boxes[0]["details"])


def test_quit_ends_the_event_loop(handler, monkeypatch: pytest.MonkeyPatch) -> None:
    Dialogs(monkeypatch, answer=QMessageBox.StandardButton.Close)
    exits: list[int] = []
    monkeypatch.setattr(handler, "_app", type("App", (), {"exit": lambda self, code: exits.append(code)})())
    _raise_in_slot(KeyError("x"))
    assert exits == [1]


def test_a_repeating_error_is_shown_a_few_times_and_always_logged(
        handler, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    for _ in range(MAX_DIALOGS + 4):
        _raise_in_slot(ZeroDivisionError("in paintEvent"))
    assert len(dialogs.boxes) == MAX_DIALOGS
    log = (log_directory() / LOG_NAME).read_text(encoding="utf-8")
    assert log.count("ZeroDivisionError: in paintEvent") == MAX_DIALOGS + 4


def test_the_log_is_rotated_before_it_grows_too_big(handler, monkeypatch: pytest.MonkeyPatch) -> None:
    Dialogs(monkeypatch)
    folder = log_directory()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / LOG_NAME).write_text("x" * (crash_handler.MAX_LOG_BYTES + 1))
    _raise_in_slot(OSError("disk"))
    assert (folder / (LOG_NAME + ".1")).stat().st_size > crash_handler.MAX_LOG_BYTES
    assert "OSError: disk" in (folder / LOG_NAME).read_text(encoding="utf-8")


def test_an_unwritable_log_is_said_in_the_dialog(handler, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    _raise_in_slot(TypeError("boom"))
    assert "could not be written" in str(dialogs.boxes[0]["informative"])


def test_without_a_screen_it_logs_and_shows_nothing(qapp, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    dialogs = Dialogs(monkeypatch)
    installed = install_exception_hook(qapp)  # offscreen: not interactive
    try:
        assert installed.interactive is False
        _raise_in_slot(LookupError("headless"))
    finally:
        installed.uninstall()
    assert dialogs.boxes == []
    assert "LookupError: headless" in capsys.readouterr().err
    assert "LookupError: headless" in (log_directory() / LOG_NAME).read_text(encoding="utf-8")


def test_uninstall_and_keyboard_interrupt_go_to_the_previous_hook(qapp,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: calls.append(t.__name__))
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    installed = install_exception_hook(qapp, interactive=True)
    assert sys.excepthook == installed.handle_exception
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert calls == ["KeyboardInterrupt"]
    installed.uninstall()
    assert sys.excepthook != installed.handle_exception
    sys.excepthook(ValueError, ValueError(), None)
    assert calls == ["KeyboardInterrupt", "ValueError"]


DRIVER = r"""
import sys
from PySide6.QtCore import QTimer
from cloudoffice_gui.app import create_application
from cloudoffice_gui.views.crash_handler import install_exception_hook
app = create_application()
install_exception_hook(app)
def fail():
    raise RuntimeError("a view failed")
QTimer.singleShot(0, fail)
QTimer.singleShot(0, lambda: print("still running after the error", flush=True))
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def test_the_real_app_logs_and_keeps_running(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(data),
               CLOUDOFFICE_SETTINGS_DIR=str(tmp_path / "settings"), PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", DRIVER], env=env, cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "still running after the error" in done.stdout
    assert "RuntimeError: a view failed" in done.stderr
    logs = list(data.rglob(LOG_NAME))
    assert len(logs) == 1 and logs[0].parent.name == "logs"
    assert "RuntimeError: a view failed" in logs[0].read_text(encoding="utf-8")


def test_run_gui_installs_the_hook(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cloudoffice_gui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    Dialogs(monkeypatch, answer=QMessageBox.StandardButton.Close)
    before = sys.excepthook
    assert run_gui(tmp_path / "missing.db", "en") == 2
    assert sys.excepthook is not before
    assert getattr(sys.excepthook, "__self__", None).__class__.__name__ == "CrashHandler"
    sys.excepthook.__self__.uninstall()  # type: ignore[attr-defined]
