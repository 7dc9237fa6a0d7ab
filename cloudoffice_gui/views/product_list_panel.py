"""The product list: a search box, vendor/category/confidence facets and checkable products."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cloudoffice_gui.data import schema
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.product_list_model import (
    ProductFilterProxy,
    ProductIdRole,
    ProductListModel,
    category_label,
)


class ProductListPanel(QWidget):
    """Lists products; checking one adds it to the comparison, selecting one shows it."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.model = ProductListModel(state, self)
        self.proxy = ProductFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search = QLineEdit(self)
        self.search.setObjectName("ProductSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.vendor_filter = QComboBox(self)
        self.vendor_filter.setObjectName("VendorFilter")
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("CategoryFilter")
        self.confidence_filter = QComboBox(self)
        self.confidence_filter.setObjectName("ConfidenceFilter")
        self.vendor_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_vendor(self.vendor_filter.currentData() or ""))
        self.category_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_category(self.category_filter.currentData() or ""))
        self.confidence_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_confidence(self.confidence_filter.currentData() or ""))

        self.table = QTableView(self)
        self.table.setObjectName("ProductTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No sort indicator before sorting is enabled: enabling it would sort by column 0
        # first (1,000 products cost ~0.1 s) only for sortByColumn(-1) to undo it.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(64)  # size the vendor column by the rows in view, not all
        self.table.setColumnHidden(ProductListModel.CATEGORY, True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.article_button = QPushButton(self)
        self.article_button.clicked.connect(self._choose_article_products)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(lambda: self._state.set_chosen_product_ids([]))

        facets = QHBoxLayout()
        facets.addWidget(self.vendor_filter)
        facets.addWidget(self.category_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.article_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(facets)
        layout.addWidget(self.confidence_filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.search)

        state.current_product_changed.connect(self._select_product)
        state.database_changed.connect(lambda _db: self._fill_facets())
        state.language_changed.connect(lambda _lang: self._fill_facets())
        self.retranslate_ui()
        self._select_product(state.current_product_id)

    # -- facets ----------------------------------------------------------------------------
    def _fill_facets(self) -> None:
        db = self._state.database
        lang = self._state.language
        used_vendors = {p.vendor_id for p in db.products()}
        vendors = [(v.name(lang), v.id) for v in db.vendors() if v.id in used_vendors]
        categories = [(category_label(c), c) for c in schema.PRODUCT_CATEGORIES
                      if any(p.category == c for p in db.products())]
        confidences = [(self.tr("High-confidence facts"), "high"),
                       (self.tr("Medium-confidence facts"), "medium")]
        for combo, everything, items in (
            (self.vendor_filter, self.tr("All vendors"), sorted(vendors)),
            (self.category_filter, self.tr("All categories"), categories),
            (self.confidence_filter, self.tr("Any confidence"), confidences),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self.proxy.set_vendor(self.vendor_filter.currentData() or "")
        self.proxy.set_category(self.category_filter.currentData() or "")
        self.proxy.set_confidence(self.confidence_filter.currentData() or "")

    # -- selection -------------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._state.set_current_product_id(self.proxy.data(indexes[0], ProductIdRole))

    @Slot(str)
    def _select_product(self, product_id: str) -> None:
        row = self.model.row_of(product_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and self.table.currentIndex().row() != index.row():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def select_row(self, proxy_row: int) -> QModelIndex:
        """Select the visible row ``proxy_row`` (keyboard and tests use it)."""
        index = self.proxy.index(proxy_row, 0)
        self.table.setCurrentIndex(index)
        return index

    @Slot()
    def _choose_article_products(self) -> None:
        self._state.set_chosen_product_ids(self._state.default_product_ids())

    # -- texts -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Apply the interface language."""
        self.search.setPlaceholderText(self.tr("Search products (钉, 飞书, Lark, teams…)"))
        self.search.setAccessibleName(self.tr("Search products"))
        self.vendor_filter.setAccessibleName(self.tr("Filter by vendor"))
        self.category_filter.setAccessibleName(self.tr("Filter by category"))
        self.confidence_filter.setAccessibleName(self.tr("Filter by confidence of facts"))
        self.table.setAccessibleName(self.tr("Products; check to compare"))
        self.article_button.setText(self.tr("Article's six"))
        self.article_button.setToolTip(self.tr("Compare the six products the 2020-02-24 article covers"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Compare no products"))
        self._fill_facets()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
