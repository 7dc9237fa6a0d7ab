"""The "Data coverage" table: one row per product, how many of its matrix cells a source states.

A thin adapter over :func:`cloudoffice_gui.data.coverage.coverage`: the counts are computed in
``data/`` and recomputed here when the database, the data language or the as-of date changes
(the base class handles the first two; the as-of date changes one column and its title).
Sort through a ``QSortFilterProxyModel`` with ``setSortRole(SortRole)``: shares sort as numbers
and "no rows" sorts below 0%.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Slot

from cloudoffice_gui.data.coverage import ProductCoverage, coverage, percent_text
from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.precomputed_table_model import PrecomputedTableModel, SortRole

CoverageRole = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`ProductCoverage`."""
ProductIdRole = Qt.ItemDataRole.UserRole + 2

_NO_SHARE = -1.0  # sorts a product without rows (or without in-scope features) below 0%

__all__ = ["CoverageModel", "CoverageRole", "ProductIdRole", "SortRole"]


class CoverageModel(PrecomputedTableModel):
    """Per product: stated / in scope, stated by the as-of date, unknown, out of scope, and
    the share of its support rows with high confidence.

    ``product_ids`` None shows every product of the database in display order; the as-of date
    is the state's (:attr:`AppState.as_of`).
    """

    PRODUCT, STATED, STATED_AS_OF, UNKNOWN, OUT_OF_SCOPE, HIGH_SHARE = range(6)
    COLUMN_COUNT = 6

    def __init__(self, state: AppState, product_ids: Sequence[str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._product_ids = None if product_ids is None else list(product_ids)
        self._rows: list[ProductCoverage] = []
        self._tooltips: list[tuple[str, ...]] = []
        self._reload()
        state.as_of_changed.connect(self._on_as_of_changed)

    # -- loading ---------------------------------------------------------------------------
    def _reload(self) -> None:
        db = self._state.database
        lang = self._state.language
        names = {p.id: p.name(lang) for p in db.products()}
        self._rows = coverage(db, self._state.as_of, self._product_ids)
        self._display, self._tooltips, self._sort = [], [], []
        for item in self._rows:
            name = names.get(item.product_id, item.product_id)
            stated_share = percent_text(item.stated_share)
            as_of_share = percent_text(item.stated_as_of_share)
            high = percent_text(item.high_share)
            self._display.append((
                name,
                f"{item.stated} / {item.in_scope} ({stated_share})",
                f"{item.stated_as_of} ({as_of_share})",
                str(item.unknown), str(item.out_of_scope), high,
            ))
            self._tooltips.append((
                name,
                self.tr("%1 of %2 features in scope have at least one source (%3)")
                .replace("%1", str(item.stated)).replace("%2", str(item.in_scope))
                .replace("%3", stated_share),
                self.tr("%1 of %2 features in scope have a source valid by %3 (%4)")
                .replace("%1", str(item.stated_as_of)).replace("%2", str(item.in_scope))
                .replace("%3", self._as_of_text()).replace("%4", as_of_share),
                self.tr("%1 features in scope have no source yet (shown as ?)")
                .replace("%1", str(item.unknown)),
                self.tr("%1 features do not apply to this kind of product (shown as —)")
                .replace("%1", str(item.out_of_scope)),
                self.tr("No support rows for features in scope yet") if item.high_share is None else
                self.tr("%1 of this product's support rows have high confidence")
                .replace("%1", high),
            ))
            # Scalars, not tuples: the proxy cannot order Python objects.
            self._sort.append((
                name.casefold(), _share(item.stated_share), _share(item.stated_as_of_share),
                item.unknown, item.out_of_scope, _share(item.high_share),
            ))

    def _as_of_text(self) -> str:
        return format_date(self._state.as_of.isoformat(), "day", self._state.language)

    @Slot(object)
    def _on_as_of_changed(self, _date: dt.date) -> None:
        self._reload()
        if self._display:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._display) - 1, self.COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.STATED_AS_OF, self.STATED_AS_OF)

    # -- lookups -----------------------------------------------------------------------------
    @property
    def rows(self) -> list[ProductCoverage]:
        """The coverage shown, one per row."""
        return list(self._rows)

    def coverage_at(self, row: int) -> ProductCoverage:
        """The coverage shown in ``row``."""
        return self._rows[row]

    # -- Qt model interface -------------------------------------------------------------------
    def _tooltip_text(self, row: int, column: int) -> str:
        return self._tooltips[row][column]

    def _extra_data(self, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.PRODUCT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == CoverageRole:
            return self._rows[row]
        if role == ProductIdRole:
            return self._rows[row].product_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Two lines each: the columns stay narrow enough for a small screen.
            return (self.tr("Product"), self.tr("Stated /\nin scope"),
                    self.tr("Stated by\n%1").replace("%1", self._as_of_text()),
                    self.tr("Unknown\n(?)"), self.tr("Out of scope\n(—)"),
                    self.tr("High\nconfidence"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None,
                    self.tr("Features in scope for which at least one source states support, "
                            "at any date"),
                    self.tr("Features in scope with a source valid on or before the as-of date"),
                    self.tr("Features in scope that no source speaks to yet"),
                    self.tr("Features that do not apply to this kind of product; never counted"),
                    self.tr("Share of the product's support rows whose confidence is high"))[section]
        return None


def _share(share: float | None) -> float:
    return _NO_SHARE if share is None else share
