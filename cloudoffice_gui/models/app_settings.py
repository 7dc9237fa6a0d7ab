"""What the app remembers between runs, in a default-constructed ``QSettings()``.

Keys (other modules own theirs: ``matrix/weights/*`` is WeightsStore's, ``export/last_folder``
the export dialog's); "Reset to defaults" clears them all.

    ui/language, ui/theme, ui/zoom                 interface choices
    state/chosen_products, state/current_product, state/as_of
    window/geometry, window/state, window/tab      the main window's layout
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from cloudoffice_gui.models.app_state import AppState

LANGUAGE = "ui/language"
THEME = "ui/theme"
ZOOM = "ui/zoom"
CHOSEN_PRODUCTS = "state/chosen_products"
CURRENT_PRODUCT = "state/current_product"
AS_OF = "state/as_of"
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
TAB = "window/tab"
EXPORT_FOLDER = "export/last_folder"


@dataclass(frozen=True)
class WindowLayout:
    """A main window's saved geometry, dock/toolbar state and current tab ('' if none)."""

    geometry: QByteArray | None
    state: QByteArray | None
    tab: str


class AppSettings:
    """Reads and writes the app's own keys; each call opens ``QSettings()`` afresh."""

    # -- interface -------------------------------------------------------------------------
    def language(self) -> str | None:
        """The interface language the user chose ('zh' or 'en'), None if never chosen."""
        value = str(QSettings().value(LANGUAGE, "") or "")
        return value if value in ("zh", "en") else None

    def set_language(self, language: str) -> None:
        """Remember ``language`` as the user's choice."""
        self._set(LANGUAGE, language)

    def preferred_language(self) -> str:
        """The saved choice, else the system's language ('zh' for a Chinese locale)."""
        from cloudoffice_gui.app import system_language

        return self.language() or system_language()

    def theme(self) -> str:
        """'system' (default), 'light' or 'dark'."""
        value = str(QSettings().value(THEME, "system") or "system")
        return value if value in ("system", "light", "dark") else "system"

    def set_theme(self, theme: str) -> None:
        """Remember the theme choice."""
        self._set(THEME, theme)

    def zoom(self) -> int:
        """Text size steps away from the default (0)."""
        try:
            return int(QSettings().value(ZOOM, 0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0

    def set_zoom(self, steps: int) -> None:
        """Remember the text size steps."""
        self._set(ZOOM, int(steps))

    def export_folder(self) -> str:
        """The folder of the last export ('' if none)."""
        return str(QSettings().value(EXPORT_FOLDER, "") or "")

    # -- shared state ----------------------------------------------------------------------
    def save_state(self, state: AppState) -> None:
        """Remember the compared products, the current product and the as-of date."""
        settings = QSettings()
        settings.setValue(CHOSEN_PRODUCTS, json.dumps(state.chosen_product_ids))
        settings.setValue(CURRENT_PRODUCT, state.current_product_id)
        # The default (the dataset's focus date, or today) is not a choice: saving it would
        # pin the date when a newer dataset moves its focus.
        if state.as_of == state.default_as_of():
            settings.remove(AS_OF)
        else:
            settings.setValue(AS_OF, state.as_of.isoformat())
        settings.sync()

    def restore_state(self, state: AppState) -> None:
        """Apply the saved products and date to ``state``; ids the database lacks are dropped."""
        settings = QSettings()
        chosen = _json_list(settings.value(CHOSEN_PRODUCTS))
        if chosen is not None:
            known = state.products_by_id()
            kept = [p for p in chosen if p in known]
            # A list that lost every product belongs to another database: keep the defaults.
            if kept or not chosen:
                state.set_chosen_product_ids(kept)
        current = str(settings.value(CURRENT_PRODUCT, "") or "")
        if current in state.products_by_id():
            state.set_current_product_id(current)
        as_of = _date(settings.value(AS_OF))
        if as_of is not None:
            state.set_as_of(as_of)

    # -- window ----------------------------------------------------------------------------
    def save_window(self, layout: WindowLayout) -> None:
        """Remember a main window's layout."""
        settings = QSettings()
        if layout.geometry is not None:
            settings.setValue(GEOMETRY, layout.geometry)
        if layout.state is not None:
            settings.setValue(WINDOW_STATE, layout.state)
        settings.setValue(TAB, layout.tab)
        settings.sync()

    def window(self) -> WindowLayout:
        """The saved layout (None parts where nothing is saved)."""
        settings = QSettings()
        return WindowLayout(_bytes(settings.value(GEOMETRY)), _bytes(settings.value(WINDOW_STATE)),
                            str(settings.value(TAB, "") or ""))

    # -- everything ------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget every setting of the app (ours and other modules')."""
        settings = QSettings()
        settings.clear()
        settings.sync()

    @staticmethod
    def _set(key: str, value: object) -> None:
        settings = QSettings()
        settings.setValue(key, value)
        settings.sync()


def _json_list(value: object) -> list[str] | None:
    if value is None or value == "":
        return None
    try:
        parsed = json.loads(str(value))
    except ValueError:
        return None
    return [str(item) for item in parsed] if isinstance(parsed, list) else None


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None
