"""Qt model of the platform strategies and the article's context pieces, in display order.

The strategies view lays these out as cards (one column per vendor, context below); keeping
them in a model gives the view one place to read texts in the current data language.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from cloudoffice_gui.data.records import Strategy
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.fact_labels import marked_text, plain_tooltip

StrategyRole = Qt.ItemDataRole.UserRole + 1
StrategyIdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
"""'platform' or 'context'."""
GroupIdRole = Qt.ItemDataRole.UserRole + 4
"""The vendor a platform strategy belongs to (its product's vendor when it names none)."""
MetaphorRole = Qt.ItemDataRole.UserRole + 5
SummaryRole = Qt.ItemDataRole.UserRole + 6

_Index = QModelIndex | QPersistentModelIndex


class StrategiesModel(QAbstractListModel):
    """One row per strategy or context piece; display text is the metaphor, else the summary."""

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._rows: list[Strategy] = []
        self._groups: list[str] = []
        self._metaphors: list[str] = []
        self._summaries: list[str] = []
        self._reload()
        state.database_changed.connect(self._on_database_changed)
        state.language_changed.connect(self._on_language_changed)

    def _reload(self) -> None:
        db = self._state.database
        lang = self._state.language
        vendor_of = {p.id: p.vendor_id for p in db.products()}
        self._rows = db.strategies()
        self._groups = [s.vendor_id or vendor_of.get(s.product_id or "", "") for s in self._rows]
        self._metaphors = [marked_text(s.metaphor_en, s.metaphor_zh, lang) for s in self._rows]
        self._summaries = [marked_text(s.summary_en, s.summary_zh, lang) for s in self._rows]

    @Slot(object)
    def _on_database_changed(self, _db: object) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._reload()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def strategy_at(self, row: int) -> Strategy:
        """The strategy in ``row``."""
        return self._rows[row]

    def row_of(self, strategy_id: str) -> int:
        """The row of ``strategy_id``, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == strategy_id), -1)

    def group_ids(self) -> list[str]:
        """Vendors with platform strategies, in order of their first strategy."""
        return list(dict.fromkeys(g for s, g in zip(self._rows, self._groups)
                                  if s.kind != "context"))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = index.row()
        strategy = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._metaphors[row] or self._summaries[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(strategy.quote) or None
        if role == StrategyRole:
            return strategy
        if role == StrategyIdRole:
            return strategy.id
        if role == KindRole:
            return strategy.kind
        if role == GroupIdRole:
            return self._groups[row]
        if role == MetaphorRole:
            return self._metaphors[row]
        if role == SummaryRole:
            return self._summaries[row]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
