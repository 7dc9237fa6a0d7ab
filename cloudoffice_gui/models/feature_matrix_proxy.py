"""FeatureMatrixProxy: text, group and differences-only filters and sorting over the matrix.

Section rows stay above their features and the score row stays first whatever the sort
order, so sorting by a product reorders features within each group. Which rows pass is
computed once per change (filter or model generation) for all rows, because a section row
passes only if one of its features does.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from cloudoffice_gui.models.feature_matrix_model import (
    FEATURE_ROW,
    GROUP_ROW,
    SCORE_ROW,
    FeatureMatrixModel,
)

_KIND_RANK = {SCORE_ROW: 0, GROUP_ROW: 1, FEATURE_ROW: 2}


class FeatureMatrixProxy(QSortFilterProxyModel):
    """Filters and sorts a :class:`FeatureMatrixModel`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._group_id: str | None = None
        self._differences_only = False
        self._accepted: list[bool] = []
        self._accepted_key: tuple | None = None
        self._descending = False
        self._update_dynamic()

    def _update_dynamic(self) -> None:
        # Re-filtering and re-sorting on every data change (an as-of move changes all cells)
        # matter only when rows depend on cell values: "only differences" or a product sort.
        # Otherwise 500 filterAcceptsRow calls per move would be spent for nothing.
        self.setDynamicSortFilter(self._differences_only or self.sortColumn() >= 0)

    # -- filters ------------------------------------------------------------------------------
    def set_text_filter(self, text: str) -> None:
        """Show only features whose name (either language), id or group contains ``text``."""
        text = text.strip().casefold()
        if text != self._text:
            self._refilter("_text", text)

    def set_group_filter(self, group_id: str | None) -> None:
        """Show only one feature group (None: all groups)."""
        if (group_id or None) != self._group_id:
            self._refilter("_group_id", group_id or None)

    def set_differences_only(self, enabled: bool) -> None:
        """Hide features on which every shown product agrees."""
        if bool(enabled) != self._differences_only:
            self._refilter("_differences_only", bool(enabled))
            self._update_dynamic()

    @property
    def text_filter(self) -> str:
        """The current (case-folded) text filter."""
        return self._text

    @property
    def group_filter(self) -> str | None:
        """The group shown alone, or None."""
        return self._group_id

    @property
    def differences_only(self) -> bool:
        """Whether agreeing rows are hidden."""
        return self._differences_only

    def _refilter(self, attribute: str, value: object) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() by begin/endFilterChange(); older Qt lacks them.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            setattr(self, attribute, value)
            self._accepted_key = None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, attribute, value)
            self._accepted_key = None
            self.invalidateRowsFilter()

    def _matrix_model(self) -> FeatureMatrixModel | None:
        model = self.sourceModel()
        return model if isinstance(model, FeatureMatrixModel) else None

    def _accepted_rows(self, model: FeatureMatrixModel) -> list[bool]:
        key = (id(model), model.generation, self._text, self._group_id, self._differences_only)
        if key == self._accepted_key:
            return self._accepted
        count = model.rowCount()
        accepted = [False] * count
        group_rows: dict[str, int] = {}
        for row in range(count):
            kind = model.row_kind(row)
            if kind == SCORE_ROW:
                accepted[row] = True
            elif kind == GROUP_ROW:
                group_rows[model.group_id_at(row) or ""] = row
            elif self._feature_passes(model, row):
                accepted[row] = True
                section = group_rows.get(model.group_id_at(row) or "")
                if section is not None:
                    accepted[section] = True
        self._accepted, self._accepted_key = accepted, key
        return accepted

    def _feature_passes(self, model: FeatureMatrixModel, row: int) -> bool:
        if self._group_id is not None and model.group_id_at(row) != self._group_id:
            return False
        if self._differences_only and model.row_agrees(row):
            return False
        return not self._text or self._text in model.haystack(row)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt override
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether a source row is shown under the current filters."""
        model = self._matrix_model()
        if model is None or source_parent.isValid():
            return True
        accepted = self._accepted_rows(model)
        return accepted[source_row] if source_row < len(accepted) else False

    # -- sorting --------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a product column (-1: the database order)."""
        # Kept here because lessThan runs thousands of times per sort.
        self._descending = order == Qt.SortOrder.DescendingOrder
        super().sort(column, order)
        self._update_dynamic()

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 - Qt override
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        """Order by group, then section row before features, then by the sorted product's cell."""
        model = self._matrix_model()
        if model is None:
            return super().lessThan(left, right)
        # Qt sorts descending by asking lessThan(right, left); flipping the structural part
        # keeps the score row first and groups in their order both ways.
        descending = self._descending
        lrow, rrow = left.row(), right.row()
        lkind, rkind = model.row_kind(lrow), model.row_kind(rrow)
        lgroup, rgroup = model.group_rank_at(lrow), model.group_rank_at(rrow)
        if lgroup != rgroup:
            return (lgroup > rgroup) if descending else (lgroup < rgroup)
        if lkind != rkind:
            return (_KIND_RANK[lkind] > _KIND_RANK[rkind]) if descending else (
                _KIND_RANK[lkind] < _KIND_RANK[rkind])
        lkey = model.sort_key(lrow, left.column())
        rkey = model.sort_key(rrow, right.column())
        if lkey != rkey:
            return lkey < rkey
        # Equal cells keep the feature order in either direction.
        return (lrow > rrow) if descending else (lrow < rrow)

