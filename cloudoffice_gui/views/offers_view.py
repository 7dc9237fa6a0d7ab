"""The offers view: every free or discounted offer in one sortable, filterable table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QItemSelection, QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cloudoffice_gui.data import schema
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.fact_labels import confidence_label, marked_text
from cloudoffice_gui.models.offers_model import OfferRole, OffersFilterProxy, OffersModel


class OffersView(QWidget):
    """Offers with filters for product, audience, confidence and the date they run on."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.model = OffersModel(state, self)
        self.proxy = OffersFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.product_filter = QComboBox(self)
        self.product_filter.setObjectName("OfferProductFilter")
        self.audience_filter = QLineEdit(self)
        self.audience_filter.setObjectName("OfferAudienceFilter")
        self.audience_filter.setClearButtonEnabled(True)
        self.active_check = QCheckBox(self)
        self.active_check.setObjectName("OfferActiveCheck")
        self.active_date = QDateEdit(self)
        self.active_date.setObjectName("OfferActiveDate")
        self.active_date.setCalendarPopup(True)
        self.active_date.setDisplayFormat("yyyy-MM-dd")
        self.active_date.setDate(QDate(2020, 2, 24))  # the article's date: the app's anchor
        self.active_date.setEnabled(False)
        self.confidence_filter = QComboBox(self)
        self.confidence_filter.setObjectName("OfferConfidenceFilter")
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView(self)
        self.table.setObjectName("OffersTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OffersModel.ANNOUNCED, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed widths, one line per offer: full texts are in tooltips and the evidence panel,
        # and a narrow window scrolls sideways instead of squeezing the offer to nothing.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((OffersModel.PRODUCT, 110), (OffersModel.ANNOUNCED, 100),
                              (OffersModel.AUDIENCE, 220), (OffersModel.OFFER, 300),
                              (OffersModel.STARTS, 95), (OffersModel.ENDS, 95),
                              (OffersModel.SOURCE, 180), (OffersModel.CONFIDENCE, 70)):
            self.table.setColumnWidth(column, width)

        filters = QHBoxLayout()
        filters.addWidget(self.product_filter)
        filters.addWidget(self.audience_filter, 1)
        filters.addWidget(self.active_check)
        filters.addWidget(self.active_date)
        filters.addWidget(self.confidence_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.product_filter.currentIndexChanged.connect(self._apply_product)
        self.audience_filter.textChanged.connect(self._apply_audience)
        self.active_check.toggled.connect(self._apply_date)
        self.active_date.dateChanged.connect(self._apply_date)
        self.confidence_filter.currentIndexChanged.connect(self._apply_confidence)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        state.database_changed.connect(self._on_database_changed)
        state.language_changed.connect(self._on_language_changed)
        self.retranslate_ui()

    # -- filters ------------------------------------------------------------------------------
    def _fill_products(self) -> None:
        chosen = self.product_filter.currentData() or ""
        lang = self._state.language
        with_offers = {o.product_id for o in self._state.database.offers()}
        products = [p for p in self._state.database.products() if p.id in with_offers]
        self.product_filter.blockSignals(True)
        self.product_filter.clear()
        self.product_filter.addItem(self.tr("All products"), "")
        for product in sorted(products, key=lambda p: p.name(lang).casefold()):
            self.product_filter.addItem(product.name(lang), product.id)
        self.product_filter.setCurrentIndex(max(0, self.product_filter.findData(chosen)))
        self.product_filter.blockSignals(False)
        self._apply_product()

    def _fill_confidences(self) -> None:
        chosen = self.confidence_filter.currentData() or ""
        self.confidence_filter.blockSignals(True)
        self.confidence_filter.clear()
        self.confidence_filter.addItem(self.tr("Any confidence"), "")
        for confidence in schema.CONFIDENCES:
            self.confidence_filter.addItem(confidence_label(confidence), confidence)
        self.confidence_filter.setCurrentIndex(max(0, self.confidence_filter.findData(chosen)))
        self.confidence_filter.blockSignals(False)

    @Slot()
    def _apply_product(self, *_: object) -> None:
        self.proxy.set_product_id(self.product_filter.currentData() or "")

    @Slot(str)
    def _apply_audience(self, text: str) -> None:
        self.proxy.set_audience_text(text)

    @Slot()
    def _apply_date(self, *_: object) -> None:
        active = self.active_check.isChecked()
        self.active_date.setEnabled(active)
        self.proxy.set_active_on(self.active_date.date().toPython() if active else None)

    @Slot()
    def _apply_confidence(self, *_: object) -> None:
        self.proxy.set_confidence(self.confidence_filter.currentData() or "")

    def set_filters(self, product_id: str = "", audience: str = "",
                    active_on: dt.date | None = None, confidence: str = "") -> None:
        """Set every filter at once through the widgets (as a user would)."""
        self.product_filter.setCurrentIndex(max(0, self.product_filter.findData(product_id)))
        self.audience_filter.setText(audience)
        if active_on is not None:
            self.active_date.setDate(QDate(active_on.year, active_on.month, active_on.day))
        self.active_check.setChecked(active_on is not None)
        self.confidence_filter.setCurrentIndex(max(0, self.confidence_filter.findData(confidence)))

    # -- selection ----------------------------------------------------------------------------
    def visible_offer_ids(self) -> list[str]:
        """Ids of the offers shown, in table order."""
        return [self.proxy.index(r, 0).data(OfferRole).id for r in range(self.proxy.rowCount())]

    def select_item(self, item_id: str) -> bool:
        """Select offer ``item_id`` (clearing filters that hide it); False if it does not exist."""
        source_row = self.model.row_of(item_id)
        if source_row < 0:
            return False
        if not self.proxy.mapFromSource(self.model.index(source_row, 0)).isValid():
            self.set_filters()
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        offer = rows[0].data(OfferRole)
        product = self._state.products_by_id().get(offer.product_id)
        name = product.name(self._state.language) if product else offer.product_id
        what = marked_text(offer.offer_en, offer.offer_zh, self._state.language)
        self._state.show_evidence(f"{name}: {what}", [offer])

    @Slot()
    def _update_count(self, *_: object) -> None:
        self.count_label.setText(self.tr("%1 of %2 offers")
                                 .replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))

    @Slot(object)
    def _on_database_changed(self, _db: object) -> None:
        self._fill_products()
        self._update_count()

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._fill_products()

    # -- texts --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Apply the interface language to labels, filters and headers."""
        self.audience_filter.setPlaceholderText(self.tr("Who qualifies (e.g. school, 医院)…"))
        self.active_check.setText(self.tr("Running on"))
        self.active_check.setToolTip(self.tr(
            "Hide offers whose dates show they were not running on this day. "
            "Offers without known dates stay listed."))
        self.table.setAccessibleName(self.tr("Offers"))
        self._fill_products()
        self._fill_confidences()
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
