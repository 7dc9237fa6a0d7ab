"""Data coverage: per product, how many matrix cells a source speaks to, so a reader knows how
far to trust a comparison. A non-modal window; everything it shows is plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.coverage_model import CoverageModel, SortRole


class CoverageDialog(QDialog):
    """The coverage table of ``product_ids`` (None: every product), with what its words mean.

    It follows the state: another database, data language or as-of date updates the table.
    """

    def __init__(self, state: AppState, product_ids: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CoverageDialog")
        self.setModal(False)
        self._state = state
        self.model = CoverageModel(state, product_ids, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("CoverageExplanation")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableView(self)
        self.table.setObjectName("CoverageTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the database's product order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CoverageModel.PRODUCT, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.model.modelReset.connect(self._fit_size)
        self.retranslate_ui()

    @Slot()
    def _fit_size(self) -> None:
        """Wide enough for every column uncut, tall enough for the rows, within the screen.

        Only before the dialog is shown: once open, its size is the user's.
        """
        if self.isVisible():
            return
        table = self.table
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        product_width = max(header.sectionSizeHint(CoverageModel.PRODUCT),
                            table.sizeHintForColumn(CoverageModel.PRODUCT))
        columns = product_width + sum(header.sectionSize(c) for c in range(1, self.model.columnCount()))
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        em = self.fontMetrics().horizontalAdvance("M")
        width = max(em * 40, columns + frame + margins.left() + margins.right() + em)
        available = self.screen().availableGeometry() if self.screen() else None
        if available is not None:
            width = min(width, int(available.width() * 0.9))
        # Lay out at that width first: the explanation wraps, so its height depends on it.
        self.resize(width, max(self.height(), em * 24))
        self.layout().activate()
        rows = table.verticalHeader().length() + header.height() + 2 * table.frameWidth()
        height = self.height() + rows - table.height()
        if available is not None:
            height = min(height, int(available.height() * 0.9))
        self.resize(width, max(height, em * 18))

    def retranslate_ui(self) -> None:
        """Apply the interface language."""
        title = self.tr("Data coverage")
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.explanation.setText(self.tr(
            "How far to trust a comparison. Stated: at least one source speaks to the cell "
            "(any date; the next column counts only sources valid by the as-of date). "
            "Unknown (?): no source yet, which is not the same as \"not supported\". "
            "Out of scope (—): the feature does not apply to this kind of product; such cells "
            "are never researched and never counted. High confidence: the share of the "
            "product's support rows whose confidence is high."))
        self.table.setAccessibleName(self.tr("Data coverage per product"))
        self.model.retranslate()
        self._fit_size()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
