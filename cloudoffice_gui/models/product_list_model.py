"""Qt models for the product list: every product, checkable, filterable by text and facets.

The source model is a thin adapter over ``CloudOfficeDatabase.products()``; the check state
mirrors ``AppState.chosen_product_ids`` so the matrix and timeline follow the checkboxes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)

from cloudoffice_gui.data.records import Product
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.fact_labels import plain_tooltip

ProductIdRole = Qt.ItemDataRole.UserRole + 1
VendorIdRole = Qt.ItemDataRole.UserRole + 2
CategoryRole = Qt.ItemDataRole.UserRole + 3
ConfidencesRole = Qt.ItemDataRole.UserRole + 4
SearchTextRole = Qt.ItemDataRole.UserRole + 5

_Index = QModelIndex | QPersistentModelIndex


class ProductListModel(QAbstractTableModel):
    """Products as rows; columns: name (checkable), vendor, category."""

    NAME, VENDOR, CATEGORY = range(3)

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._products: list[Product] = []
        self._vendor_names: dict[str, tuple[str, str]] = {}
        self._confidences: dict[str, frozenset[str]] | None = None
        self._search_text: list[str] = []
        self._chosen: set[str] = set()
        self._rows: dict[str, int] = {}
        self._reload()
        state.database_changed.connect(self._on_database_changed)
        state.chosen_products_changed.connect(self._on_chosen_changed)
        state.language_changed.connect(self._on_language_changed)

    def _reload(self) -> None:
        db = self._state.database
        self._products = db.products()
        self._vendor_names = {v.id: (v.name_en, v.name_zh) for v in db.vendors()}
        # Built on first use (the confidence facet): it scans every fact, ~0.3 s for 250,000.
        self._confidences = None
        self._search_text = [
            " ".join((p.id, p.name_en, p.name_zh, *p.aliases, *self._vendor_names.get(p.vendor_id, ()))).casefold()
            for p in self._products
        ]
        self._chosen = set(self._state.chosen_product_ids)
        self._rows = {p.id: n for n, p in enumerate(self._products)}

    @Slot(object)
    def _on_database_changed(self, _db: object) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    @Slot(list)
    def _on_chosen_changed(self, chosen: list) -> None:
        self._chosen = set(chosen)
        if self._products:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._products) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        if self._products:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._products) - 1, self.columnCount() - 1))

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def product_at(self, row: int) -> Product:
        """The product shown in ``row``."""
        return self._products[row]

    def row_of(self, product_id: str) -> int:
        """The row of ``product_id``, or -1."""
        return self._rows.get(product_id, -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        product = self._products[index.row()]
        lang = self._state.language
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return product.name(lang)
            if column == self.VENDOR:
                en, zh = self._vendor_names.get(product.vendor_id, ("", ""))
                return zh if lang == "zh" else en
            return self._category_text(product.category)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if product.id in self._chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            other = product.name_en if lang == "zh" else product.name_zh
            aliases = ", ".join(product.aliases)
            return plain_tooltip("\n".join(t for t in (product.name(lang), other, aliases) if t))
        if role == ProductIdRole:
            return product.id
        if role == VendorIdRole:
            return product.vendor_id
        if role == CategoryRole:
            return product.category
        if role == ConfidencesRole:
            if self._confidences is None:
                self._confidences = _product_confidences(self._state.database)
            return self._confidences.get(product.id, frozenset())
        if role == SearchTextRole:
            return self._search_text[index.row()]
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.NAME:
            return False
        product_id = self._products[index.row()].id
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        chosen = self._state.chosen_product_ids
        if checked and product_id not in chosen:
            chosen.append(product_id)
        elif not checked and product_id in chosen:
            chosen.remove(product_id)
        self._state.set_chosen_product_ids(chosen)
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Product"), self.tr("Vendor"), self.tr("Category"))[section] if 0 <= section < 3 else None

    def _category_text(self, category: str) -> str:
        return category_label(category)


def category_label(category: str) -> str:
    """The translated name of a product category."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "suite": QCoreApplication.translate("Category", "Collaboration suite"),
        "meeting": QCoreApplication.translate("Category", "Video meetings"),
        "docs": QCoreApplication.translate("Category", "Online documents"),
        "messaging": QCoreApplication.translate("Category", "Messaging"),
        "office": QCoreApplication.translate("Category", "Office suite"),
    }
    return labels.get(category, category)


def _product_confidences(db: object) -> dict[str, frozenset[str]]:
    rows = db.execute(  # type: ignore[attr-defined]
        "SELECT product_id, confidence FROM support UNION SELECT product_id, confidence FROM events "
        "WHERE product_id IS NOT NULL UNION SELECT product_id, confidence FROM offers"
    )
    found: dict[str, set[str]] = {}
    for product_id, confidence in rows:
        found.setdefault(product_id, set()).add(confidence)
    return {k: frozenset(v) for k, v in found.items()}


class ProductFilterProxy(QSortFilterProxyModel):
    """Filters products by free text (names in both languages, aliases) and facets."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._vendor = ""
        self._category = ""
        self._confidence = ""

    def set_text(self, text: str) -> None:
        """Show products whose names, aliases, id or vendor contain ``text`` (any case)."""
        text = text.strip().casefold()
        if text == self._text:
            return  # a typed space changes nothing shown
        self.beginFilterChange()
        self._text = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_vendor(self, vendor_id: str) -> None:
        """Show only products of ``vendor_id`` ('' for all)."""
        if vendor_id == self._vendor:
            return  # the panel re-applies its facets on every refill: no pass over all rows
        self.beginFilterChange()
        self._vendor = vendor_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category(self, category: str) -> None:
        """Show only products of ``category`` ('' for all)."""
        if category == self._category:
            return
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_confidence(self, confidence: str) -> None:
        """Show only products with at least one fact of ``confidence`` ('' for all)."""
        if confidence == self._confidence:
            return
        self.beginFilterChange()
        self._confidence = confidence
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._vendor and model.data(index, VendorIdRole) != self._vendor:
            return False
        if self._category and model.data(index, CategoryRole) != self._category:
            return False
        if self._confidence and self._confidence not in model.data(index, ConfidencesRole):
            return False
        if self._text:
            terms = self._text.split()
            haystack = model.data(index, SearchTextRole)
            return all(term in haystack for term in terms)
        return True
