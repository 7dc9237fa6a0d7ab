"""The sources view: every source with how many facts cite it; the chosen one's facts below.

A URL is shown as text and opens in the browser only through the explicit "Open link"
button, and only for http(s): a database may come from anywhere, and a ``file:`` or custom
scheme link must never be launched from it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cloudoffice_gui.data.records import Product, Source
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.source_facts_model import FactRole, SourceFactsModel
from cloudoffice_gui.models.source_facts_model import SortRole as FactSortRole
from cloudoffice_gui.models.sources_model import FilterTextRole, SortRole, SourceRole, SourcesModel

OPENABLE_SCHEMES = ("http", "https")


def openable_url(url: str | None) -> QUrl | None:
    """``url`` as a QUrl when it is a valid http(s) address, else None."""
    if not url:
        return None
    parsed = QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    if not parsed.isValid() or parsed.scheme().lower() not in OPENABLE_SCHEMES or not parsed.host():
        return None
    return parsed


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


class SourcesView(QWidget):
    """Sources (title, publisher, date, URL, confidence, citing facts) and their facts."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._source: Source | None = None
        self.model = SourcesModel(state, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterRole(FilterTextRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.facts_model = SourceFactsModel(state, self)
        self.facts_proxy = QSortFilterProxyModel(self)
        self.facts_proxy.setSourceModel(self.facts_model)
        self.facts_proxy.setSortRole(FactSortRole)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("SourceFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.table = _table(self, "SourcesTable")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(SourcesModel.DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SourcesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # The title stretches; the URL stays narrow here (it is shown whole below).
        for column, width in ((SourcesModel.PUBLISHER, 120), (SourcesModel.DATE, 90),
                              (SourcesModel.URL, 150), (SourcesModel.CONFIDENCE, 70),
                              (SourcesModel.CITATIONS, 50)):
            self.table.setColumnWidth(column, width)

        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("SourceDetail")
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label = QLabel(self)
        self.url_label.setObjectName("SourceUrl")
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("OpenLinkButton")
        self.open_button.clicked.connect(self.open_link)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("CopyLinkButton")
        self.copy_button.clicked.connect(self.copy_link)
        self.facts_heading = QLabel(self)
        self.facts_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_table = _table(self, "SourceFactsTable")
        self.facts_table.setModel(self.facts_proxy)
        self.facts_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.facts_table.horizontalHeader().setSectionResizeMode(
            SourceFactsModel.FACT, QHeaderView.ResizeMode.Stretch)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.count_label)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail_label)
        link_row = QHBoxLayout()
        link_row.addWidget(self.url_label, 1)
        link_row.addWidget(self.copy_button)
        link_row.addWidget(self.open_button)
        bottom_layout.addLayout(link_row)
        bottom_layout.addWidget(self.facts_heading)
        bottom_layout.addWidget(self.facts_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.table.selectionModel().selectionChanged.connect(self._on_source_selected)
        self.facts_table.selectionModel().selectionChanged.connect(self._on_fact_selected)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        # Bound slots, not lambdas: Qt drops them with the view, so a later signal from the
        # longer-lived state never reaches a deleted widget.
        state.database_changed.connect(self._on_database_changed)
        state.language_changed.connect(self._on_language_changed)
        self._show_source(None)
        self.retranslate_ui()

    # -- selection ----------------------------------------------------------------------------
    def current_source(self) -> Source | None:
        """The selected source, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(SourceRole) if rows else None

    def select_item(self, item_id: str) -> bool:
        """Select source ``item_id`` (clearing the filter if it hides it)."""
        source_row = self.model.row_of(item_id)
        if source_row < 0:
            return False
        if not self.proxy.mapFromSource(self.model.index(source_row, 0)).isValid():
            self.filter_edit.clear()
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    @Slot(QItemSelection, QItemSelection)
    def _on_source_selected(self, *_: object) -> None:
        source = self.current_source()
        self._show_source(source)
        if source is not None:
            self._state.show_evidence(source.title, [source])

    def _show_source(self, source: Source | None) -> None:
        self.facts_model.set_source_id(source.id if source else "")
        self._source = source
        if source is None:
            self.detail_label.setText(self.tr("Select a source to see the facts that cite it."))
            self.url_label.setText("")
        else:
            lines = [source.title]
            if source.author:
                lines.append(self.tr("Author: %1").replace("%1", source.author))
            if source.note:
                lines.append(self.tr("Note: %1").replace("%1", source.note))
            self.detail_label.setText("\n".join(lines))
            self.url_label.setText(source.url or self.tr("No URL: printed or unpublished copy"))
        self.open_button.setEnabled(openable_url(source.url if source else None) is not None)
        self.copy_button.setEnabled(bool(source and source.url))
        self.facts_heading.setText(self.tr("Facts citing this source: %1")
                                   .replace("%1", str(self.facts_model.rowCount())))

    @Slot(object)
    def _on_database_changed(self, _db: object) -> None:
        self._show_source(None)

    @Slot(str)
    def _on_language_changed(self, _lang: str) -> None:
        self._show_source(self.current_source())

    @Slot(QItemSelection, QItemSelection)
    def _on_fact_selected(self, *_: object) -> None:
        rows = self.facts_table.selectionModel().selectedRows()
        if not rows:
            return
        record = rows[0].data(FactRole)
        title = rows[0].siblingAtColumn(SourceFactsModel.FACT).data()
        if isinstance(record, Product):
            # A launch date is cited by the product itself: its evidence is the source.
            self._state.show_evidence(title, [self._source] if self._source else [])
        else:
            self._state.show_evidence(title, [record])

    # -- link actions ---------------------------------------------------------------------------
    @Slot()
    def open_link(self) -> bool:
        """Open the selected source's URL in the system browser (http and https only)."""
        url = openable_url(self._source.url if self._source else None)
        if url is None:
            return False
        return QDesktopServices.openUrl(url)

    @Slot()
    def copy_link(self) -> None:
        """Copy the selected source's URL to the clipboard."""
        if self._source and self._source.url:
            QGuiApplication.clipboard().setText(self._source.url)

    @Slot()
    def _update_count(self, *_: object) -> None:
        self.count_label.setText(self.tr("%1 of %2 sources")
                                 .replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))

    # -- texts --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Apply the interface language."""
        self.filter_edit.setPlaceholderText(self.tr("Filter sources by title, publisher or URL…"))
        self.open_button.setText(self.tr("Open link"))
        self.open_button.setToolTip(self.tr("Open this address in your web browser"))
        self.copy_button.setText(self.tr("Copy link"))
        self.table.setAccessibleName(self.tr("Sources"))
        self.facts_table.setAccessibleName(self.tr("Facts citing the selected source"))
        self.model.retranslate()
        self.facts_model.retranslate()
        self._show_source(self._source)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
