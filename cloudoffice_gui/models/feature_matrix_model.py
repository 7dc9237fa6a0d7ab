"""FeatureMatrixModel: the feature matrix as a table model over precomputed arrays.

Rows are a score row, then for each feature group a section row followed by its features;
columns are the compared products in the user's order. Every state change (as-of date,
products, weights, "changed since" date) recomputes plain Python lists once, so ``data()``
is a few list and dict look-ups however large the matrix is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from cloudoffice_gui.data.feature_matrix import (
    OUT_OF_SCOPE_LEVEL,
    CellState,
    FeatureMatrix,
    changed_cells,
    row_agrees,
)
from cloudoffice_gui.data.feature_scoring import Ranking, Weights, rank_products
from cloudoffice_gui.data.records import Feature
from cloudoffice_gui.models.fact_labels import marked_text, number_text, plain_tooltip
from cloudoffice_gui.models.feature_matrix_texts import (
    cell_export_text,
    cell_text,
    cell_tooltip,
    feature_tooltip,
    product_tooltip,
    score_row_title,
    score_text,
    score_tooltip,
)

_USER = int(Qt.ItemDataRole.UserRole)


class MatrixRole(IntEnum):
    """Custom data roles of :class:`FeatureMatrixModel`."""

    LEVEL = _USER + 1  # "full", "partial", "none", "unknown", "disputed"
    DISPUTED = _USER + 2  # bool
    CHANGED = _USER + 3  # bool: differs from the "changed since" date
    VALUE = _USER + 4  # the largest figure claimed, or None
    ROW_KIND = _USER + 5  # "score", "group" or "feature"
    FEATURE_ID = _USER + 6
    GROUP_ID = _USER + 7
    PRODUCT_ID = _USER + 8
    SCORE = _USER + 9  # percentage (float) on the score row
    STALE = _USER + 10  # bool: the newest evidence is too old for the as-of date
    AT_LEAST_SINCE = _USER + 11  # bool: no source gives a start, only a report date
    EXPORT_TEXT = _USER + 12  # the cell spelled out for a file: marks explained in words


SCORE_ROW, GROUP_ROW, FEATURE_ROW = "score", "group", "feature"

# Translucent tints: mixed with a light or a dark base they keep the palette's text readable.
_BACKGROUNDS = {"full": QColor(40, 167, 69, 90), "partial": QColor(230, 160, 20, 100),
                "none": QColor(220, 53, 69, 80), "disputed": QColor(128, 90, 213, 110)}
_FADED_BACKGROUNDS = {level: QColor(c.red(), c.green(), c.blue(), c.alpha() // 3)
                      for level, c in _BACKGROUNDS.items()}
_GROUP_BACKGROUND = QColor(127, 127, 127, 60)
_SCORE_BACKGROUND = QColor(0, 120, 215, 50)
_LEVEL_RANK = {OUT_OF_SCOPE_LEVEL: -1, "unknown": 0, "none": 1, "disputed": 2, "partial": 3,
               "full": 4}
_FADED = QColor(128, 128, 128)
"""Text colour of stale and out-of-scope cells: readable on light and dark bases, clearly quieter."""


class FeatureMatrixModel(QAbstractTableModel):
    """Graded support of the chosen products for every feature, as of a date."""

    ranking_changed = Signal()
    """Scores, ranking or sensitivity were recomputed."""

    def __init__(self, matrix: FeatureMatrix, product_ids: Sequence[str], as_of: dt.date,
                 language: str = "en", weights: Weights | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = matrix
        self._product_ids = [p for p in product_ids if p in matrix.products]
        self._as_of = as_of
        self._changed_since: dt.date | None = None
        self._language = language
        self._weights = weights or Weights()
        self._before_key: tuple | None = None
        self.generation = 0
        """Grows with every change of what rows show; the proxy re-filters on a new value."""
        self._bold = QFont()
        self._bold.setBold(True)
        self._rebuild_rows()
        self._recompute()

    # -- state changes ---------------------------------------------------------------------
    def set_matrix(self, matrix: FeatureMatrix, product_ids: Sequence[str]) -> None:
        """Show another database's matrix."""
        self.beginResetModel()
        self._matrix = matrix
        self._before_key = None  # the old matrix's id may be reused by the new one
        self._product_ids = [p for p in product_ids if p in matrix.products]
        self._rebuild_rows()
        self._recompute()
        self.endResetModel()
        self.ranking_changed.emit()

    def set_product_ids(self, product_ids: Sequence[str]) -> None:
        """Compare these products, in this column order."""
        ids = [p for p in product_ids if p in self._matrix.products]
        if ids == self._product_ids:
            return
        self.beginResetModel()
        self._product_ids = ids
        self._recompute()
        self.endResetModel()
        self.ranking_changed.emit()

    def set_as_of(self, as_of: dt.date) -> None:
        """Show every cell as it stood on ``as_of``."""
        if as_of != self._as_of:
            self._as_of = as_of
            self._recompute()
            self._emit_all_changed(headers=False)
            self.ranking_changed.emit()

    def set_changed_since(self, since: dt.date | None) -> None:
        """Mark cells that differ between ``since`` and the as-of date (None: mark nothing)."""
        if since != self._changed_since:
            self._changed_since = since
            self._recompute_changes()
            self.generation += 1
            self._emit_all_changed(headers=False)

    def set_language(self, language: str) -> None:
        """Show data texts (names, units) in ``language``."""
        if language != self._language:
            self._language = language
            self.retranslate()

    def retranslate(self) -> None:
        """Re-read every text (after a data or interface language change)."""
        self._texts.clear()
        self._build_haystacks()
        self.generation += 1
        self._emit_all_changed()

    def set_weights(self, weights: Weights) -> None:
        """Score and rank with ``weights``."""
        self._weights = weights
        self._ranking = rank_products(self._matrix.features, self._product_ids, self._grid, weights,
                                      stated=self._stated)
        self._score_by_col = [self._ranking.by_product().get(p) for p in self._product_ids]
        if self._product_ids:
            self.dataChanged.emit(self.index(0, 0), self.index(0, len(self._product_ids) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._product_ids) - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
        self.ranking_changed.emit()

    # -- read access for the proxy and the view ---------------------------------------------
    @property
    def matrix(self) -> FeatureMatrix:
        """The matrix shown."""
        return self._matrix

    @property
    def product_ids(self) -> list[str]:
        """The product of each column."""
        return list(self._product_ids)

    @property
    def as_of(self) -> dt.date:
        """The date cells show."""
        return self._as_of

    @property
    def language(self) -> str:
        """The language of data texts."""
        return self._language

    @property
    def ranking(self) -> Ranking:
        """Scores, ranking and sensitivity for the current weights and as-of date."""
        return self._ranking

    def row_kind(self, row: int) -> str:
        """SCORE_ROW, GROUP_ROW or FEATURE_ROW."""
        return self._rows[row][0]

    def feature_at(self, row: int) -> Feature | None:
        """The feature of a feature row."""
        kind, ref = self._rows[row]
        return self._matrix.features[ref] if kind == FEATURE_ROW else None

    def group_id_at(self, row: int) -> str | None:
        """The group of a group or feature row."""
        return self._row_groups[row]

    def group_rank_at(self, row: int) -> int:
        """The display position of a row's group (-1 for the score row)."""
        return self._row_group_ranks[row]

    def row_agrees(self, row: int) -> bool:
        """True when every shown product says the same on a feature row."""
        kind, ref = self._rows[row]
        return kind == FEATURE_ROW and self._agrees[ref]

    def haystack(self, row: int) -> str:
        """Case-folded names (both languages) the text filter searches on a feature row."""
        kind, ref = self._rows[row]
        return self._haystacks[ref] if kind == FEATURE_ROW else ""

    def cell_at(self, row: int, column: int) -> CellState | None:
        """The cell state of a feature row, or None for other rows."""
        kind, ref = self._rows[row]
        return self._grid[ref][column] if kind == FEATURE_ROW else None

    def _is_stale(self, ref: int, column: int) -> bool:
        key = (ref, column)
        known = self._stale.get(key)
        if known is None:
            cell = self._grid[ref][column]
            known = self._stale[key] = bool(cell.rows) and self._matrix.stale(cell, self._as_of)
        return known

    def cell_stale(self, row: int, column: int) -> bool:
        """True when the stated cell at (source row, column) is stale on the as-of date."""
        kind, ref = self._rows[row]
        return kind == FEATURE_ROW and self._is_stale(ref, column)

    def sort_key(self, row: int, column: int) -> tuple[float, float]:
        """How a cell sorts: by level (full highest, unknown lowest), then by its largest figure."""
        kind, ref = self._rows[row]
        if kind != FEATURE_ROW:
            return (-1.0, -1.0)
        cell = self._grid[ref][column]
        return (_LEVEL_RANK[cell.level], cell.values[0] if cell.values else -1.0)

    # -- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Score row, section rows and feature rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """One column per compared product."""
        return 0 if parent.isValid() else len(self._product_ids)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        """Feature and score cells are selectable; section rows only label their group."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == GROUP_ROW:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell texts, tints, tooltips and the custom :class:`MatrixRole` values."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        kind, ref = self._rows[row]
        if role == MatrixRole.ROW_KIND:
            return kind
        if role == MatrixRole.PRODUCT_ID:
            return self._product_ids[column]
        if role == MatrixRole.GROUP_ID:
            return self._row_groups[row]
        if kind == FEATURE_ROW:
            return self._feature_data(ref, column, role)
        if kind == SCORE_ROW:
            return self._score_data(column, role)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _GROUP_BACKGROUND
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Product names above, feature and group names at the side, with tooltips."""
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._product_ids):
                return None
            return self._product_header(section, role)
        if not 0 <= section < len(self._rows):
            return None
        return self._row_header(section, role)

    # -- cells ----------------------------------------------------------------------------------
    def _feature_data(self, ref: int, column: int, role: int) -> object:
        cell = self._grid[ref][column]
        if role == Qt.ItemDataRole.DisplayRole:
            stale = self._is_stale(ref, column)
            text = self._texts.get((id(cell), stale))
            if text is None:
                feature = self._matrix.features[ref]
                text = self._texts[(id(cell), stale)] = cell_text(cell, feature, self._language, stale)
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._is_stale(ref, column):
                return _FADED_BACKGROUNDS.get(cell.level)
            return _BACKGROUNDS.get(cell.level)
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.level == OUT_OF_SCOPE_LEVEL or self._is_stale(ref, column):
                return _FADED
            return None
        if role == MatrixRole.EXPORT_TEXT:
            feature = self._matrix.features[ref]
            return cell_export_text(cell, feature, self._language, self._is_stale(ref, column))
        if role == MatrixRole.STALE:
            return self._is_stale(ref, column)
        if role == MatrixRole.AT_LEAST_SINCE:
            return cell.at_least_since
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if self._changed[ref][column] else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._cell_tooltip(ref, column, cell))
        if role == MatrixRole.LEVEL:
            return cell.level
        if role == MatrixRole.DISPUTED:
            return cell.disputed
        if role == MatrixRole.CHANGED:
            return self._changed[ref][column]
        if role == MatrixRole.VALUE:
            return cell.values[0] if cell.values else None
        if role == MatrixRole.FEATURE_ID:
            return self._matrix.features[ref].id
        return None

    def _cell_tooltip(self, ref: int, column: int, cell: CellState) -> str:
        feature = self._matrix.features[ref]
        product = self._matrix.products[self._product_ids[column]]
        changed = self._changed[ref][column]
        return cell_tooltip(product, feature, cell, self._language,
                            self._before[ref][column] if changed else None,
                            self._changed_since if changed else None,
                            self._is_stale(ref, column))

    def _score_data(self, column: int, role: int) -> object:
        score = self._score_by_col[column]
        if score is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, MatrixRole.EXPORT_TEXT):
            return score_text(score)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _SCORE_BACKGROUND
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return score_tooltip(score, len(self._product_ids))
        if role == MatrixRole.SCORE:
            return score.percent
        return None

    # -- headers --------------------------------------------------------------------------------
    def _product_header(self, section: int, role: int) -> object:
        product = self._matrix.products[self._product_ids[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return product.name(self._language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(product_tooltip(product, self._score_by_col[section]))
        if role == MatrixRole.PRODUCT_ID:
            return product.id
        return None

    def _row_header(self, section: int, role: int) -> object:
        kind, ref = self._rows[section]
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if kind != FEATURE_ROW else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if kind == SCORE_ROW:
            title, tooltip = score_row_title()
            if role == Qt.ItemDataRole.DisplayRole:
                return title
            return tooltip if role == Qt.ItemDataRole.ToolTipRole else None
        if kind == GROUP_ROW:
            group = self._matrix.groups[ref]
            if role == Qt.ItemDataRole.DisplayRole:
                return marked_text(group.name_en, group.name_zh, self._language)
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(f"{group.name_en} · {group.name_zh}")
            return None
        feature = self._matrix.features[ref]
        if role == Qt.ItemDataRole.DisplayRole:
            text = "  " + marked_text(feature.name_en, feature.name_zh, self._language)
            weight = self._weights.feature_weight(feature.id)
            return text if weight == 1 else f"{text} ×{number_text(float(weight))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(feature_tooltip(feature, self._language))
        return None

    # -- recomputation ----------------------------------------------------------------------------
    def _rebuild_rows(self) -> None:
        matrix = self._matrix
        group_index = {g.id: n for n, g in enumerate(matrix.groups)}
        self._rows: list[tuple[str, int]] = [(SCORE_ROW, -1)]
        self._row_groups: list[str | None] = [None]
        self._row_group_ranks: list[int] = [-1]
        current = None
        for n, feature in enumerate(matrix.features):
            rank = group_index.get(feature.group_id, len(group_index))
            if feature.group_id != current and feature.group_id in group_index:
                current = feature.group_id
                self._rows.append((GROUP_ROW, rank))
                self._row_groups.append(current)
                self._row_group_ranks.append(rank)
            self._rows.append((FEATURE_ROW, n))
            self._row_groups.append(feature.group_id)
            self._row_group_ranks.append(rank)
        self._texts: dict[tuple[int, bool], str] = {}
        self._build_haystacks()

    def _build_haystacks(self) -> None:
        groups = {g.id: g for g in self._matrix.groups}
        self._haystacks = []
        for feature in self._matrix.features:
            group = groups.get(feature.group_id)
            parts = [feature.id, feature.name_en, feature.name_zh]
            if group is not None:
                parts += [group.name_en, group.name_zh]
            self._haystacks.append("\n".join(parts).casefold())

    def _recompute(self) -> None:
        self._grid, self._stated = self._matrix.grid_and_stated(self._product_ids, self._as_of)
        # Staleness is worked out per cell when a view asks (a few hundred visible cells), not
        # for every stated cell of a large matrix on each as-of move.
        self._stale: dict[tuple[int, int], bool] = {}
        self._agrees = [row_agrees(cells) for cells in self._grid]
        self._recompute_changes()
        self._ranking = rank_products(self._matrix.features, self._product_ids, self._grid,
                                      self._weights, stated=self._stated)
        scores = self._ranking.by_product()
        self._score_by_col = [scores.get(p) for p in self._product_ids]
        self.generation += 1

    def _recompute_changes(self) -> None:
        if self._changed_since is None:
            self._before, self._before_key = self._grid, None
            self._changed = [[False] * len(self._product_ids) for _ in self._grid]
            return
        # Moving the as-of date keeps the "since" grid: only the other side is recomputed.
        key = (id(self._matrix), self._changed_since, tuple(self._product_ids))
        if key != self._before_key:
            self._before = self._matrix.grid(self._product_ids, self._changed_since)
            self._before_key = key
        self._changed = changed_cells(self._before, self._grid)

    def _emit_all_changed(self, headers: bool = True) -> None:
        # headers=False when names and weights stay (as-of and "changed since" moves; the
        # score in a product's tooltip is read on hover): any header change makes the table
        # re-measure 200 row titles for the header's width, a third of an as-of frame.
        if self._rows and self._product_ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._product_ids) - 1))
            if headers:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._product_ids) - 1)
        if headers:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
