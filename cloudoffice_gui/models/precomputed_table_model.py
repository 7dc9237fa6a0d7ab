"""Base class for flat table models whose cells are computed once per database and language.

A subclass fills ``_display`` (one tuple of cell texts per row) and ``_sort`` (one tuple of
sort keys per row) in ``_reload()``; ``data()`` then only indexes those lists, which keeps
sorting and filtering large tables through a proxy cheap. The base re-runs ``_reload()`` when
the database changes (as a model reset) or the data language changes (as ``dataChanged``
over every cell, since rows stay the same), and answers Display, ToolTip and
:data:`SortRole`. Subclasses add their own roles in ``_extra_data()`` and may give a column
another tooltip by overriding ``_tooltip_text()``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.fact_labels import plain_tooltip

SortRole = Qt.ItemDataRole.UserRole
"""The role holding a cell's precomputed sort key (set it on the sorting proxy)."""

_Index = QModelIndex | QPersistentModelIndex


class PrecomputedTableModel(QAbstractTableModel):
    """A table model serving precomputed per-row texts and sort keys; ``data()`` is O(1)."""

    COLUMN_COUNT = 0

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._display: list[tuple[str, ...]] = []
        self._sort: list[tuple[object, ...]] = []
        state.database_changed.connect(self._on_database_changed)
        state.language_changed.connect(self._on_language_changed)

    # -- hooks for subclasses ----------------------------------------------------------------
    def _reload(self) -> None:
        """Rebuild ``_display`` and ``_sort`` (one entry per row) from the current state."""
        raise NotImplementedError

    def _reload_for_new_database(self) -> None:
        """Drop whatever belonged to the old database and reload; called inside a model reset."""
        self._reload()

    def _tooltip_text(self, row: int, column: int) -> str | None:
        """The tooltip of a cell before plain-text escaping; by default its display text."""
        return self._display[row][column]

    def _extra_data(self, row: int, column: int, role: int) -> object:
        """Data for roles other than Display, ToolTip and SortRole; None by default."""
        return None

    # -- reacting to the application state ---------------------------------------------------
    @Slot(object)
    def _on_database_changed(self, _db: object) -> None:
        # Subclasses customise the hook, not this slot: PySide6 does not drop the connection of
        # a slot overridden in a subclass when the model is deleted, so a late signal would raise.
        self.beginResetModel()
        self._reload_for_new_database()
        self.endResetModel()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._reload()
        if self._display:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._display) - 1, self.COLUMN_COUNT - 1))

    def retranslate(self) -> None:
        """Re-read translated texts (headers, confidence words) after a UI language change."""
        self._on_language_changed(self._state.language)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._display)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip_text(row, column)) or None
        if role == SortRole:
            return self._sort[row][column]
        return self._extra_data(row, column, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
