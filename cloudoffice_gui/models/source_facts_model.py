"""Qt model of the facts that cite one source: support rows, events, offers, strategies, launches.

The rows are exactly what ``CloudOfficeDatabase.citation_counts()`` counts, so the number in
the sources table and the length of this list always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt

from cloudoffice_gui.data.database import CloudOfficeDatabase
from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.records import Event, Offer, Product, Strategy, SupportRow
from cloudoffice_gui.models import precomputed_table_model
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.fact_labels import (
    CONFIDENCE_RANK,
    confidence_label,
    fact_kind_label,
    level_label,
    marked_text,
    number_text,
)
from cloudoffice_gui.models.precomputed_table_model import PrecomputedTableModel

SortRole = precomputed_table_model.SortRole
FactRole = Qt.ItemDataRole.UserRole + 1
FactKindRole = Qt.ItemDataRole.UserRole + 2

Fact = SupportRow | Event | Offer | Strategy | Product


@dataclass(frozen=True)
class CitingFact:
    """One fact citing a source: its kind ('support', 'event', ..., 'launch') and record."""

    kind: str
    record: Fact


def facts_by_source(db: CloudOfficeDatabase) -> dict[str, list[CitingFact]]:
    """Every fact of ``db`` grouped by the id of the source it cites."""
    found: dict[str, list[CitingFact]] = {}
    for kind, records in (("support", db.support()), ("event", db.events()),
                          ("offer", db.offers()), ("strategy", db.strategies())):
        for record in records:
            found.setdefault(record.source_id, []).append(CitingFact(kind, record))
    for product in db.products():
        if product.launched_source_id:
            found.setdefault(product.launched_source_id, []).append(CitingFact("launch", product))
    return found


class SourceFactsModel(PrecomputedTableModel):
    """The facts citing the chosen source; columns: kind, product, fact, date, confidence."""

    KIND, PRODUCT, FACT, DATE, CONFIDENCE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._by_source: dict[str, list[CitingFact]] | None = None
        self._source_id = ""
        self._facts: list[CitingFact] = []

    @property
    def source_id(self) -> str:
        """The source whose facts are listed ('' for none)."""
        return self._source_id

    def set_source_id(self, source_id: str) -> None:
        """List the facts citing ``source_id`` ('' lists nothing)."""
        self.beginResetModel()
        self._source_id = source_id
        self._reload()
        self.endResetModel()

    def fact_at(self, row: int) -> CitingFact:
        """The fact shown in ``row``."""
        return self._facts[row]

    def _reload(self) -> None:
        if self._by_source is None and self._source_id:
            # Built on first use: the sources tab may never be opened.
            self._by_source = facts_by_source(self._state.database)
        self._facts = list((self._by_source or {}).get(self._source_id, [])) if self._source_id else []
        lang = self._state.language
        db = self._state.database
        products = {p.id: p for p in db.products()}
        features = {f.id: f for f in db.features()}
        vendors = {v.id: v for v in db.vendors()}
        self._display, self._sort = [], []
        for fact in self._facts:
            record = fact.record
            product_id = record.id if isinstance(record, Product) else record.product_id
            product = products.get(product_id or "")
            if product is not None:
                product_name = product.name(lang)
            elif isinstance(record, (Event, Strategy)) and record.vendor_id in vendors:
                product_name = vendors[record.vendor_id].name(lang)
            else:
                product_name = ""
            text, date, precision = _fact_text(fact, lang, features)
            kind = "context" if isinstance(record, Strategy) and record.kind == "context" else fact.kind
            confidence = getattr(record, "confidence", "")
            self._display.append((fact_kind_label(kind), product_name, text,
                                  format_date(date, precision, lang),
                                  confidence_label(confidence) if confidence else ""))
            self._sort.append((fact_kind_label(kind).casefold(), product_name.casefold(),
                               text.casefold(), date or "", CONFIDENCE_RANK.get(confidence, 9)))

    def _reload_for_new_database(self) -> None:
        # The chosen source and the cached facts belong to the old file.
        self._by_source = None
        self._source_id = ""
        self._reload()

    # -- Qt model interface -------------------------------------------------------------------
    def _tooltip_text(self, row: int, column: int) -> str:
        record = self._facts[row].record
        quote = getattr(record, "launched_quote" if isinstance(record, Product) else "quote", "")
        return quote or self._display[row][column]

    def _extra_data(self, row: int, column: int, role: int) -> object:
        if role == FactRole:
            return self._facts[row].record
        if role == FactKindRole:
            return self._facts[row].kind
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Kind"), self.tr("Product"), self.tr("Fact"), self.tr("Date"),
                  self.tr("Confidence"))
        return titles[section] if 0 <= section < len(titles) else None


def _fact_text(fact: CitingFact, lang: str, features: dict) -> tuple[str, str | None, str | None]:
    """(text, date, precision) describing one fact."""
    record = fact.record
    if isinstance(record, SupportRow):
        feature = features.get(record.feature_id)
        name = feature.name(lang) if feature else record.feature_id
        figure = f" {number_text(record.value)} {record.unit or ''}".rstrip() if record.value is not None else ""
        return f"{name}: {level_label(record.level)}{figure}", record.valid_from, record.valid_from_precision
    if isinstance(record, Event):
        return marked_text(record.title_en, record.title_zh, lang), record.date, record.date_precision
    if isinstance(record, Offer):
        return marked_text(record.offer_en, record.offer_zh, lang), record.announced, record.announced_precision
    if isinstance(record, Strategy):
        metaphor = marked_text(record.metaphor_en, record.metaphor_zh, lang)
        return metaphor or marked_text(record.summary_en, record.summary_zh, lang), None, None
    return fact_kind_label("launch"), record.launched, record.launched_precision
