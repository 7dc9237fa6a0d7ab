"""Create the main window for a database file: open it, wrap it in state, build the window."""

from __future__ import annotations

from pathlib import Path

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.views.main_window import MainWindow


def create_main_window(path: Path, language: str) -> MainWindow:
    """Open ``path`` read-only and return a main window on it; raises DatabaseError."""
    database = open_database(path)
    state = AppState(database, language)
    return MainWindow(state)
