"""Qt tree model of search results: one top-level row per kind, the hits beneath it.

Indexes carry no Python pointers: a top-level row has internal id 0, a hit has its group's
row + 1, so ``parent()`` is arithmetic.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont

from cloudoffice_gui.data.search import SearchHit, group_by_kind
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.fact_labels import plain_tooltip

KindRole = Qt.ItemDataRole.UserRole + 1
ItemIdRole = Qt.ItemDataRole.UserRole + 2
HitRole = Qt.ItemDataRole.UserRole + 3
ProductIdRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractItemModel):
    """Search hits grouped by kind; columns: title and the text around the match."""

    TITLE, DETAIL = range(2)
    COLUMN_COUNT = 2

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._groups: list[tuple[str, list[SearchHit]]] = []
        self._product_names: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        state.language_changed.connect(self._on_language_changed)
        state.database_changed.connect(self._on_database_changed)

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show ``hits`` (already ranked; they are grouped by kind here)."""
        self.beginResetModel()
        self._groups = list(group_by_kind(hits).items())
        self._product_names = {p.id: p.name(self._state.language)
                               for p in self._state.database.products()} if hits else {}
        self.endResetModel()

    def hit_count(self) -> int:
        """How many hits are shown."""
        return sum(len(hits) for _, hits in self._groups)

    def kinds(self) -> list[str]:
        """The kinds shown, in order."""
        return [kind for kind, _ in self._groups]

    def hit(self, index: _Index) -> SearchHit | None:
        """The hit at ``index``, or None for a group row or an invalid index."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def first_hit_index(self) -> QModelIndex:
        """The index of the first hit (invalid when there is none)."""
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def index_of(self, kind: str, item_id: str) -> QModelIndex:
        """The index of hit (``kind``, ``item_id``), or an invalid index."""
        for group_row, (group_kind, hits) in enumerate(self._groups):
            if group_kind == kind:
                for row, found in enumerate(hits):
                    if found.item_id == item_id:
                        return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def retranslate(self) -> None:
        """Re-read the group titles after a UI language change."""
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))

    @Slot(object)
    def _on_database_changed(self, _db: object) -> None:
        self.set_hits([])

    @Slot(str)
    def _on_language_changed(self, lang: str) -> None:
        self._product_names = {p.id: p.name(lang) for p in self._state.database.products()} \
            if self._groups else {}
        for group_row, (_, hits) in enumerate(self._groups):
            parent = self.index(group_row, 0)
            self.dataChanged.emit(self.index(0, 0, parent),
                                  self.index(len(hits) - 1, self.COLUMN_COUNT - 1, parent))
        self.retranslate()

    # -- Qt model interface -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0:
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return self.COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        hit = self._groups[index.internalId() - 1][1][index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.TITLE:
                title = self._title(hit)
                return plain_tooltip(title) if role == Qt.ItemDataRole.ToolTipRole else title
            detail = hit.snippet or self._product_names.get(hit.product_id or "", "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(detail) or None
            return detail
        if role == KindRole:
            return hit.kind
        if role == ItemIdRole:
            return hit.item_id
        if role == ProductIdRole:
            return hit.product_id
        if role == HitRole:
            return hit
        return None

    def _group_data(self, index: _Index, role: int) -> object:
        kind, hits = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.TITLE:
            return f"{self.kind_title(kind)} ({len(hits)})"
        if role == Qt.ItemDataRole.DisplayRole:
            return ""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == KindRole:
            return kind
        return None

    def _title(self, hit: SearchHit) -> str:
        text, fell_back = hit.title_in(self._state.language)
        text = text or hit.item_id
        if fell_back:
            text += " [EN]" if self._state.language == "zh" else " [中文]"
        return text

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Result"), self.tr("Matching text"))
        return titles[section] if 0 <= section < len(titles) else None

    def kind_title(self, kind: str) -> str:
        """The translated plural name of a kind of search result."""
        titles = {
            "product": self.tr("Products"),
            "vendor": self.tr("Vendors"),
            "feature": self.tr("Features"),
            "support": self.tr("Feature support"),
            "event": self.tr("Events"),
            "offer": self.tr("Offers"),
            "strategy": self.tr("Strategies and context"),
            "source": self.tr("Sources"),
        }
        return titles.get(kind, kind)
