"""The Matrix tab: graded support of the chosen products per feature, as of a date.

The feature names sit in the table's vertical header, so they stay in place while the
product columns scroll. Columns follow ``AppState.chosen_product_ids``; dragging a column
header reorders that list in the state, so every view sees the same order.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.feature_matrix import (
    AT_LEAST_SINCE_MARK,
    OUT_OF_SCOPE_LEVEL,
    STALE_MARK,
    FeatureMatrix,
    valid_from_date,
)
from cloudoffice_gui.data.records import Feature, Product
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.fact_labels import marked_text
from cloudoffice_gui.models.feature_matrix_model import SCORE_ROW, FeatureMatrixModel, MatrixRole
from cloudoffice_gui.models.feature_matrix_proxy import FeatureMatrixProxy
from cloudoffice_gui.models.product_list_model import category_label
from cloudoffice_gui.models.weights_store import WeightsStore
from cloudoffice_gui.views.weights_panel import WeightsPanel

# The legend's tints match the model's translucent backgrounds.
_LEGEND = (("full", "✓", "40,167,69,90"), ("partial", "◐", "230,160,20,100"),
           ("none", "✗", "220,53,69,80"), ("unknown", "?", None),
           ("disputed", "⚠", "128,90,213,110"), (OUT_OF_SCOPE_LEVEL, "—", None))
_MARKS = (("at-least-since", AT_LEAST_SINCE_MARK), ("stale", STALE_MARK))
"""The second legend line: the marks a cell's text can carry."""


class ChangedCellDelegate(QStyledItemDelegate):
    """Draws a frame around cells that changed since the chosen date (colour-independent)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Paint the cell, then its frame when it changed."""
        super().paint(painter, option, index)
        if index.data(MatrixRole.CHANGED):
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2,
                                Qt.PenStyle.DashLine))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class MatrixView(QWidget):
    """The feature matrix with as-of date, filters, evidence on selection and weighted ranking."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._sort_product: str | None = None
        self.weights_panel = WeightsPanel(WeightsStore(), self)
        self.model = FeatureMatrixModel(FeatureMatrix.from_database(state.database, on_demand=True),
                                        state.chosen_product_ids, state.as_of, state.language,
                                        self.weights_panel.weights(), self)
        self.proxy = FeatureMatrixProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_controls()
        self._build_table()
        self._build_layout()
        self._connect()
        self._refresh_names()
        self.retranslate_ui()
        self._show_ranking()

    # -- construction ------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.as_of_label = QLabel(self)
        self.as_of_edit = self._date_edit("AsOfDate", self._state.as_of)
        self.as_of_label.setBuddy(self.as_of_edit)
        self.today_button = QPushButton(self)
        self.quick_dates_button = QToolButton(self)
        self.quick_dates_button.setObjectName("QuickDates")
        self.quick_dates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.quick_dates_menu = QMenu(self.quick_dates_button)
        self.quick_dates_button.setMenu(self.quick_dates_menu)
        self.changed_check = QCheckBox(self)
        self.changed_check.setObjectName("ChangedSince")
        since = self._state.as_of - dt.timedelta(days=30)
        self.changed_edit = self._date_edit("ChangedSinceDate", since)
        self.changed_edit.setEnabled(False)
        self.differences_check = QCheckBox(self)
        self.differences_check.setObjectName("DifferencesOnly")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("FeatureFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("GroupFilter")
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_combo.setMinimumContentsLength(12)
        self.original_order_button = QPushButton(self)
        self.weights_button = QPushButton(self)
        self.weights_button.setObjectName("ShowWeights")
        self.weights_button.setCheckable(True)
        # Hidden at first: the score row already ranks, and the panel would take the width
        # of two product columns.
        self.weights_button.setChecked(False)
        self.legend_labels: dict[str, QLabel] = {}
        marks = tuple((key, mark, None) for key, mark in _MARKS)
        for level, _glyph, rgba in (*_LEGEND, ("changed", "", None), *marks):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            style = "padding: 2px 6px; border-radius: 3px;"
            if rgba:
                style += f" background-color: rgba({rgba});"
            if level == "changed":
                style += " border: 2px dashed palette(highlight); font-weight: bold;"
            if level in (OUT_OF_SCOPE_LEVEL, "stale"):
                style += " color: rgb(128, 128, 128);"
            label.setStyleSheet(style)
            self.legend_labels[level] = label

    def _date_edit(self, name: str, date: dt.date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        edit.setDate(QDate(date.year, date.month, date.day))
        return edit

    def _build_table(self) -> None:
        table = self.table = QTableView(self)
        table.setObjectName("MatrixTable")
        table.setModel(self.proxy)
        # The framing delegate paints from Python for every cell: use it only while changes
        # are marked, and Qt's own delegate otherwise (a third of an as-of frame).
        self._plain_delegate = QStyledItemDelegate(table)
        self._changed_delegate = ChangedCellDelegate(table)
        table.setItemDelegate(self._plain_delegate)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setCornerButtonEnabled(False)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        table.setSortingEnabled(True)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.as_of_label, self.as_of_edit, self.quick_dates_button,
                       self.today_button, self.changed_check,
                       self.changed_edit, self.differences_check):
            top.addWidget(widget)
        top.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.filter_edit, 2)
        second.addWidget(self.group_combo, 1)
        second.addWidget(self.original_order_button)
        second.addWidget(self.weights_button)
        legend = QHBoxLayout()
        marks_line = QHBoxLayout()
        for key, label in self.legend_labels.items():
            (marks_line if key in dict(_MARKS) else legend).addWidget(label)
        legend.addStretch(1)
        marks_line.addStretch(1)
        self.weights_scroll = QScrollArea(self)
        self.weights_scroll.setWidgetResizable(True)
        self.weights_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.weights_scroll.setWidget(self.weights_panel)
        self.weights_scroll.setMinimumWidth(200)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("MatrixSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.weights_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(legend)
        layout.addLayout(marks_line)

    def _connect(self) -> None:
        state = self._state
        state.chosen_products_changed.connect(self._on_chosen_products)
        state.as_of_changed.connect(self._on_state_as_of)
        state.language_changed.connect(self._on_language)
        state.database_changed.connect(self._on_database)
        self.as_of_edit.dateChanged.connect(self._on_as_of_edited)
        self.today_button.clicked.connect(lambda: state.set_as_of(dt.date.today()))
        self.quick_dates_menu.aboutToShow.connect(self._fill_quick_dates)
        self.changed_check.toggled.connect(self._update_changed_since)
        self.changed_edit.dateChanged.connect(self._update_changed_since)
        self.differences_check.toggled.connect(self.proxy.set_differences_only)
        self.filter_edit.textChanged.connect(self.proxy.set_text_filter)
        self.group_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_group_filter(self.group_combo.currentData()))
        self.original_order_button.clicked.connect(self.restore_original_order)
        self.weights_button.toggled.connect(self.weights_scroll.setVisible)
        self.weights_scroll.setVisible(self.weights_button.isChecked())
        header = self.table.horizontalHeader()
        header.sectionMoved.connect(self._on_section_moved)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        self.table.selectionModel().currentChanged.connect(self._on_current_changed)
        self.table.clicked.connect(self._emit_evidence)
        self.model.ranking_changed.connect(self._on_ranking_changed)
        # After an as-of move the ranking panel follows one pass later, so the table paints
        # first (relaying out the panel costs as much as the table's own frame).
        self._defer_ranking = False
        self._ranking_timer = QTimer(self)
        self._ranking_timer.setSingleShot(True)
        self._ranking_timer.setInterval(0)
        self._ranking_timer.timeout.connect(self._show_ranking)
        self.weights_panel.weights_changed.connect(self.model.set_weights)

    # -- state -> view ---------------------------------------------------------------------------
    @Slot(list)
    def _on_chosen_products(self, product_ids: list) -> None:
        self.model.set_product_ids(product_ids)
        self._fit_columns()
        ids = self.model.product_ids
        if self._sort_product in ids:
            self.table.sortByColumn(ids.index(self._sort_product),
                                    self.table.horizontalHeader().sortIndicatorOrder())
        else:
            self.restore_original_order()

    @Slot(object)
    def _on_state_as_of(self, date: dt.date) -> None:
        with QSignalBlocker(self.as_of_edit):
            self.as_of_edit.setDate(QDate(date.year, date.month, date.day))
        self._defer_ranking = True
        try:
            self.model.set_as_of(date)
        finally:
            self._defer_ranking = False
        if self.isVisible():
            self._emit_evidence(self.table.currentIndex())

    @Slot(str)
    def _on_language(self, language: str) -> None:
        self.model.set_language(language)
        self._refresh_names()
        self._show_ranking()

    @Slot(object)
    def _on_database(self, database: object) -> None:
        self.model.set_matrix(FeatureMatrix.from_database(database, on_demand=True), self._state.chosen_product_ids)
        self._refresh_names()

    # -- view -> state ------------------------------------------------------------------------------
    @Slot(QDate)
    def _on_as_of_edited(self, date: QDate) -> None:
        self._state.set_as_of(dt.date(date.year(), date.month(), date.day()))

    def _update_changed_since(self, *_: object) -> None:
        enabled = self.changed_check.isChecked()
        self.changed_edit.setEnabled(enabled)
        self.table.setItemDelegate(self._changed_delegate if enabled else self._plain_delegate)
        date = self.changed_edit.date()
        self.model.set_changed_since(dt.date(date.year(), date.month(), date.day())
                                     if enabled else None)

    @Slot(int, int, int)
    def _on_section_moved(self, _logical: int, old_visual: int, new_visual: int) -> None:
        header = self.table.horizontalHeader()
        ids = self.model.product_ids
        order = [ids[header.logicalIndex(v)] for v in range(header.count())]
        # The state owns the order: undo the header's own move, then reorder the columns.
        with QSignalBlocker(header):
            header.moveSection(new_visual, old_visual)
        self._state.set_chosen_product_ids(order)

    @Slot(int, Qt.SortOrder)
    def _on_sort_changed(self, section: int, _order: Qt.SortOrder) -> None:
        ids = self.model.product_ids
        self._sort_product = ids[section] if 0 <= section < len(ids) else None

    @Slot()
    def restore_original_order(self) -> None:
        """Show features in their database order again."""
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self._sort_product = None

    def select_feature(self, feature_id: str, product_id: str | None = None) -> bool:
        """Scroll to a feature's row (clearing filters that hide it) and show its evidence.

        With a shown ``product_id`` the cell is selected; otherwise the evidence is every row
        of the feature for the shown products. False if the feature is not in the matrix.
        """
        matrix = self.model.matrix
        if feature_id not in matrix.feature_index:
            return False
        row = self._proxy_row_of(feature_id)
        if row is None:
            self.filter_edit.clear()
            self.group_combo.setCurrentIndex(0)
            self.differences_check.setChecked(False)
            row = self._proxy_row_of(feature_id)
        if row is None:
            return False
        ids = self.model.product_ids
        column = ids.index(product_id) if product_id in ids else 0
        index = self.proxy.index(row, column)
        self.table.scrollTo(index)
        if product_id in ids:
            self.table.setCurrentIndex(index)
            self._emit_evidence(index)
            return True
        feature = matrix.features[matrix.feature_index[feature_id]]
        rows = [r for pid in ids for r in matrix.evidence(pid, feature_id, self.model.as_of)]
        rows.sort(key=valid_from_date, reverse=True)
        title = (self.tr("%1 (as of %2)").replace("%1", feature.name(self._state.language))
                 .replace("%2", self.model.as_of.isoformat()))
        self._state.show_evidence(title, rows)
        return True

    def _proxy_row_of(self, feature_id: str) -> int | None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(MatrixRole.FEATURE_ID) == feature_id:
                return row
        return None

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._emit_evidence(current)

    @Slot(QModelIndex)
    def _emit_evidence(self, index: QModelIndex) -> None:
        """Send every support row behind the cell at proxy ``index`` to the evidence panel."""
        if not index.isValid():
            return
        source = self.proxy.mapToSource(index)
        feature = self.model.feature_at(source.row())
        if feature is None:
            if self.model.row_kind(source.row()) == SCORE_ROW:
                self._emit_score_evidence(source.column())
            return
        product_id = self.model.product_ids[source.column()]
        matrix, as_of = self.model.matrix, self.model.as_of
        rows: list[object] = list(matrix.evidence(product_id, feature.id, as_of))
        product = matrix.products[product_id]
        language = self._state.language
        title = (self.tr("%1 · %2 (as of %3)").replace("%1", product.name(language))
                 .replace("%2", feature.name(language))
                 .replace("%3", as_of.isoformat()))
        explanation = self._cell_explanation(source.row(), source.column(), feature, product)
        self._state.show_evidence(title, ([explanation] if explanation else []) + rows)

    def _emit_score_evidence(self, column: int) -> None:
        """How a product's score is made: points, the most possible, the cells behind it."""
        product_id = self.model.product_ids[column]
        product = self.model.matrix.products[product_id]
        score = self.model.ranking.by_product().get(product_id)
        language = self._state.language
        cells = [self.model.cell_at(r, column) for r in range(self.model.rowCount())]
        states = [c for c in cells if c is not None]
        scoped = [c for c in states if c.level != OUT_OF_SCOPE_LEVEL]
        stated = [c for c in scoped if c.rows]
        title = (self.tr("%1 · score (as of %2)").replace("%1", product.name(language))
                 .replace("%2", self.model.as_of.isoformat()))
        lines = [self.tr("Rank %1 with %2% of the weighted points it could earn.")
                 .replace("%1", str(score.rank) if score else "–")
                 .replace("%2", f"{score.percent:.0f}" if score else "0"),
                 self.tr("Features in scope stated by this date: %1 of %2. Unknown, counting 0: "
                         "%3. Not this kind of product, left out: %4.")
                 .replace("%1", str(len(stated))).replace("%2", str(len(scoped)))
                 .replace("%3", str(len(scoped) - len(stated)))
                 .replace("%4", str(len(states) - len(scoped))),
                 self.tr("Full earns 1 point, partial 0.5, none and unknown 0; each feature counts "
                         "with its group's weight (see Weights and ranking).")]
        self._state.show_evidence(title, lines)

    def _cell_explanation(self, row: int, column: int, feature: Feature, product: Product) -> str:
        """Why a cell reads as it does when its rows alone do not say (scope, end, staleness)."""
        cell = self.model.cell_at(row, column)
        language = self._state.language
        if cell is None:
            return ""
        if cell.level == OUT_OF_SCOPE_LEVEL:
            kinds = ", ".join(category_label(c) for c in feature.applies_to)
            return (self.tr("— Not this kind of product: “%1” is about %2; %3 is a %4 product, "
                            "so the cell is not researched and never scored.")
                    .replace("%1", feature.name(language)).replace("%2", kinds)
                    .replace("%3", product.name(language))
                    .replace("%4", category_label(product.category)))
        if cell.ended:
            end = cell.ended[0]
            return (self.tr("? The claim below ended on %1 and no newer source is known, "
                            "so the cell shows unknown.")
                    .replace("%1", format_date(end.ended, end.ended_precision, language)))
        if not cell.rows:
            later = self.model.matrix.evidence(product.id, feature.id, dt.date.max)
            if later:
                first = min(later, key=valid_from_date)
                return (self.tr("? No source states this by %1: unknown, not “no”. The first "
                                "statement is dated %2.")
                        .replace("%1", format_date(self.model.as_of.isoformat(), "day", language))
                        .replace("%2", format_date(first.valid_from, first.valid_from_precision,
                                                   language)))
            return self.tr("? No source yet speaks to this cell: unknown, not “no”.")
        if self.model.cell_stale(row, column):
            confirmed = cell.confirmed.isoformat() if cell.confirmed else "?"
            return (self.tr("° Stale as of %1: last confirmed %2. It may have changed since; "
                            "no newer source is known.")
                    .replace("%1", format_date(self.model.as_of.isoformat(), "day", language))
                    .replace("%2", format_date(confirmed, "day", language)))
        return ""

    # -- helpers ------------------------------------------------------------------------------------
    def _refresh_names(self) -> None:
        language = self._state.language
        matrix = self.model.matrix
        used = {f.group_id for f in matrix.features}
        groups = [(g.id, marked_text(g.name_en, g.name_zh, language))
                  for g in matrix.groups if g.id in used]
        current = self.group_combo.currentData()
        with QSignalBlocker(self.group_combo):
            self.group_combo.clear()
            self.group_combo.addItem(self.tr("All feature groups"), None)
            for group_id, name in groups:
                self.group_combo.addItem(name, group_id)
            self.group_combo.setCurrentIndex(max(self.group_combo.findData(current), 0))
        self.proxy.set_group_filter(self.group_combo.currentData())
        features = [(f.id, marked_text(f.name_en, f.name_zh, language)) for f in matrix.features]
        self.weights_panel.set_catalogue(groups, features)
        metrics = self.table.verticalHeader().fontMetrics()
        widest = max((metrics.horizontalAdvance(name) for _, name in features + groups), default=80)
        self.table.verticalHeader().setMinimumWidth(min(widest + 40, 340))
        self._fit_columns()

    def _fit_columns(self) -> None:
        # Header text plus a margin, at least wide enough for a typical "✓ 300 participants":
        # cheaper than resizeColumnsToContents, which measures every cell.
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        base = metrics.horizontalAdvance("◐ 10,000 participants") + 16
        for column in range(self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(base, metrics.horizontalAdvance(text) + 36))

    @Slot()
    def _on_ranking_changed(self) -> None:
        if self._defer_ranking:
            self._ranking_timer.start()
        else:
            self._ranking_timer.stop()
            self._show_ranking()

    @Slot()
    def _fill_quick_dates(self) -> None:
        # Filled on opening: the dates come from the database shown now, in the current language.
        self.quick_dates_menu.clear()
        words = {"focus": self.tr("The article's day"),
                 "lockdown": self.tr("End of Wuhan's lockdown"),
                 "horizon": self.tr("Researched through"),
                 "today": self.tr("Today")}
        language = self._state.language
        for key, date in self._state.quick_dates():
            text = f"{words[key]} ({format_date(date.isoformat(), 'day', language)})"
            action = self.quick_dates_menu.addAction(text)
            action.setObjectName(f"QuickDate_{key}")
            action.setData(date.isoformat())
            action.triggered.connect(lambda _checked=False, d=date: self._state.set_as_of(d))

    @Slot()
    def _show_ranking(self) -> None:
        language = self._state.language
        products = self.model.matrix.products
        names = {pid: products[pid].name(language) for pid in self.model.product_ids}
        self.weights_panel.show_result(self.model.ranking, names)

    def retranslate_ui(self) -> None:
        """Apply the interface language to every text this view owns."""
        self.as_of_label.setText(self.tr("&As of"))
        self.as_of_edit.setToolTip(self.tr("Each cell shows what was stated by this date"))
        self.today_button.setText(self.tr("Today"))
        self.quick_dates_button.setText(self.tr("Go to"))
        self.quick_dates_button.setToolTip(self.tr("Jump to the article's day, the end of Wuhan's "
                                                   "lockdown or the research horizon"))
        self.changed_check.setText(self.tr("Mark changes since"))
        self.changed_check.setToolTip(self.tr("Frame the cells that differ between this date "
                                              "and the as-of date"))
        self.differences_check.setText(self.tr("Only differences"))
        self.differences_check.setToolTip(self.tr("Hide features on which all shown products agree"))
        self.filter_edit.setPlaceholderText(self.tr("Filter features (English or Chinese)…"))
        self.original_order_button.setText(self.tr("Original order"))
        self.weights_button.setText(self.tr("Weights and ranking"))
        self.weights_button.setToolTip(self.tr("Show or hide the weights, ranking and sensitivity"))
        self.group_combo.setItemText(0, self.tr("All feature groups"))
        words = {"full": self.tr("full"), "partial": self.tr("partial"), "none": self.tr("none"),
                 "unknown": self.tr("unknown (no statement yet)"),
                 "disputed": self.tr("disputed (sources disagree)"),
                 OUT_OF_SCOPE_LEVEL: self.tr("not this kind of product (never scored)"),
                 "at-least-since": self.tr("at least since: the date a source first reported it; "
                                           "when it began is not known"),
                 "stale": self.tr("stale (faded): last confirmed over 2 years before the date, "
                                  "or the date is beyond the research")}
        for level, glyph, _rgba in _LEGEND:
            self.legend_labels[level].setText(f"{glyph} {words[level]}")
        for key, mark in _MARKS:
            self.legend_labels[key].setText(f"{mark} {words[key]}")
        self.legend_labels["changed"].setText(self.tr("framed, bold: changed since"))
        self.table.setAccessibleName(self.tr("Feature matrix"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
