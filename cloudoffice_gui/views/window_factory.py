"""Create the main window for a database file: open it, wrap it in state, build the window."""

from __future__ import annotations

import os
from pathlib import Path

from cloudoffice_gui.data.check_cache import CheckCache
from cloudoffice_gui.data.database import CloudOfficeDatabase, open_database
from cloudoffice_gui.data.errors import DatabaseError
from cloudoffice_gui.models.app_settings import AppSettings
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.views.main_window import MainWindow
from cloudoffice_gui.views.theme import theme_manager
from cloudoffice_gui.views.translator import install_interface_language


def create_main_window(path: Path, language: str) -> MainWindow:
    """Open ``path`` read-only and return a main window on it; raises DatabaseError.

    The interface and data use ``language``; theme, products, date, text size and window
    layout come from the saved settings.
    """
    language = language if language in ("zh", "en") else "en"
    # Before opening, so that the message about a database that fails is in this language too.
    install_interface_language(language)
    theme_manager().apply(AppSettings().theme())
    database = open_checked_database(path)
    state = AppState(database, language)
    window = MainWindow(state)
    window.restore_settings()
    return window


def open_checked_database(path: Path) -> CloudOfficeDatabase:
    """Open ``path`` read-only and validate every row now; raises DatabaseError.

    A file that passed before and has not changed since is not checked again (see
    data/check_cache.py): a large database would otherwise cost a second per start.
    """
    database = open_database(path, database_check_cache())
    try:
        database.check_rows()
    except DatabaseError:
        database.close()
        raise
    return database


def database_check_cache() -> CheckCache | None:
    """The record of checked database files, in the user's cache folder (None if there is none)."""
    from PySide6.QtCore import QStandardPaths

    folder = os.environ.get("CLOUDOFFICE_SETTINGS_DIR") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation)
    return CheckCache(folder) if folder else None
