"""Tell the user why a database cannot be shown and let them pick another one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cloudoffice_gui.data.errors import DatabaseError


def _t(text: str) -> str:
    return QCoreApplication.translate("DatabaseErrorDialog", text)


def show_database_error(error: DatabaseError, parent: QWidget | None = None) -> QMessageBox.StandardButton:
    """A modal message with the problem, the file and what to do; returns the button pressed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_t("Cannot open the database"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes texts from the file
    box.setText(f"{error.title}\n\n{error.problem}")
    box.setInformativeText(f"{error.remedy}\n\n{_t('File:')} {error.path}")
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    return QMessageBox.StandardButton(box.exec())


def choose_database_file(parent: QWidget | None = None, directory: str = "") -> Path | None:
    """Ask for a database file; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _t("Open database"), directory,
        _t("CloudOffice Compare databases (*.db *.sqlite *.sqlite3);;All files (*)"))
    return Path(name) if name else None


def ask_for_database(error: DatabaseError, language: str) -> object | None:
    """Show ``error`` until the user picks a database that opens, or gives up (None)."""
    from cloudoffice_gui.views.window_factory import create_main_window

    while True:
        if show_database_error(error) != QMessageBox.StandardButton.Open:
            return None
        path = choose_database_file()
        if path is None:
            return None
        try:
            return create_main_window(path, language)
        except DatabaseError as next_error:
            error = next_error
