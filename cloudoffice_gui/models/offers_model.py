"""Qt models for the offers view: every offer as a row, and a proxy that filters them.

``OffersModel`` precomputes each cell's text and sort key when the database or the data
language changes, so ``data()`` is a lookup. ``OffersFilterProxy`` filters by product,
audience text, confidence and "active on a date".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.records import Offer
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.fact_labels import CONFIDENCE_RANK, confidence_label, marked_text
from cloudoffice_gui.models.precomputed_table_model import PrecomputedTableModel, SortRole

OfferRole = Qt.ItemDataRole.UserRole + 1
OfferIdRole = Qt.ItemDataRole.UserRole + 2
ProductIdRole = Qt.ItemDataRole.UserRole + 3
ConfidenceRole = Qt.ItemDataRole.UserRole + 4
AudienceTextRole = Qt.ItemDataRole.UserRole + 5

_Index = QModelIndex | QPersistentModelIndex
_UNKNOWN_DATE = "9999"  # unknown dates sort after every known one


def offer_active_on(offer: Offer, date: dt.date) -> bool:
    """Whether ``offer`` may be running on ``date``: False only when its dates rule it out.

    Start (``starts``, else ``announced``) and ``ends`` are compared at their own precision,
    so an offer starting "2020-02" counts as possibly active on any day of February 2020. An
    offer without a known start is kept: nothing says it was not running.
    """
    day = date.isoformat()
    start = offer.starts or offer.announced
    if start and day[:len(start)] < start:
        return False
    return not (offer.ends and day[:len(offer.ends)] > offer.ends)


class OffersModel(PrecomputedTableModel):
    """Offers as rows: product, announced, audience, offer, from, until, source, confidence."""

    PRODUCT, ANNOUNCED, AUDIENCE, OFFER, STARTS, ENDS, SOURCE, CONFIDENCE = range(8)
    COLUMN_COUNT = 8

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._offers: list[Offer] = []
        self._tooltips: list[tuple[str, ...]] = []
        self._audience: list[str] = []
        self._reload()

    # -- loading ---------------------------------------------------------------------------
    def _reload(self) -> None:
        db = self._state.database
        lang = self._state.language
        self._offers = db.offers()
        products = {p.id: p for p in db.products()}
        sources = {s.id: s for s in db.sources()}
        self._display, self._tooltips, self._sort, self._audience = [], [], [], []
        for offer in self._offers:
            product = products.get(offer.product_id)
            product_name = product.name(lang) if product else offer.product_id
            source = sources.get(offer.source_id)
            source_title = source.title if source else offer.source_id
            audience = marked_text(offer.audience_en, offer.audience_zh, lang)
            what = marked_text(offer.offer_en, offer.offer_zh, lang)
            announced = format_date(offer.announced, offer.announced_precision, lang)
            starts = format_date(offer.starts, None, lang)
            # No end in any source is not "never ends": say so rather than leave it blank.
            ends = format_date(offer.ends, None, lang) if offer.ends else self.tr("end not found")
            confidence = confidence_label(offer.confidence)
            self._display.append((product_name, announced, audience, what, starts, ends,
                                  source_title, confidence))
            source_tip = source_title
            if source is not None:
                details = [source.publisher or "", format_date(source.published,
                           source.published_precision, lang), source.url or ""]
                source_tip = "\n".join([source_title, *[d for d in details if d]])
            self._tooltips.append((product_name, offer.announced or "", audience, what,
                                   offer.starts or "", offer.ends or "", source_tip, confidence))
            self._sort.append((
                product_name.casefold(), offer.announced or _UNKNOWN_DATE, audience.casefold(),
                what.casefold(), offer.starts or _UNKNOWN_DATE, offer.ends or _UNKNOWN_DATE,
                source_title.casefold(), CONFIDENCE_RANK.get(offer.confidence, 9),
            ))
            self._audience.append(" ".join((offer.audience_en, offer.audience_zh)).casefold())

    # -- lookups -----------------------------------------------------------------------------
    def offer_at(self, row: int) -> Offer:
        """The offer shown in ``row``."""
        return self._offers[row]

    def row_of(self, offer_id: str) -> int:
        """The row of ``offer_id``, or -1."""
        return next((i for i, o in enumerate(self._offers) if o.id == offer_id), -1)

    # -- Qt model interface -------------------------------------------------------------------
    def _tooltip_text(self, row: int, column: int) -> str:
        return self._tooltips[row][column]

    def _extra_data(self, row: int, column: int, role: int) -> object:
        offer = self._offers[row]
        if role == OfferRole:
            return offer
        if role == OfferIdRole:
            return offer.id
        if role == ProductIdRole:
            return offer.product_id
        if role == ConfidenceRole:
            return offer.confidence
        if role == AudienceTextRole:
            return self._audience[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Product"), self.tr("Announced"), self.tr("Who qualifies"),
                  self.tr("Offer"), self.tr("From"), self.tr("Until"), self.tr("Source"),
                  self.tr("Confidence"))
        return titles[section] if 0 <= section < len(titles) else None


class OffersFilterProxy(QSortFilterProxyModel):
    """Filters offers by product, audience text, confidence and the date they are active on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._product_id = ""
        self._audience = ""
        self._confidence = ""
        self._active_on: dt.date | None = None
        self.setSortRole(SortRole)

    def set_product_id(self, product_id: str) -> None:
        """Show only offers of ``product_id`` ('' for all)."""
        self.beginFilterChange()
        self._product_id = product_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_audience_text(self, text: str) -> None:
        """Show only offers whose audience (either language) contains every word of ``text``."""
        self.beginFilterChange()
        self._audience = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_confidence(self, confidence: str) -> None:
        """Show only offers of ``confidence`` ('' for all)."""
        self.beginFilterChange()
        self._confidence = confidence
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_active_on(self, date: dt.date | None) -> None:
        """Hide offers known not to run on ``date`` (None: no date filter)."""
        self.beginFilterChange()
        self._active_on = date
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def clear_filters(self) -> None:
        """Show every offer."""
        self.beginFilterChange()
        self._product_id = self._audience = self._confidence = ""
        self._active_on = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._product_id and model.data(index, ProductIdRole) != self._product_id:
            return False
        if self._confidence and model.data(index, ConfidenceRole) != self._confidence:
            return False
        if self._audience:
            haystack = model.data(index, AudienceTextRole) or ""
            if not all(term in haystack for term in self._audience.split()):
                return False
        if self._active_on is not None:
            return offer_active_on(model.data(index, OfferRole), self._active_on)
        return True
