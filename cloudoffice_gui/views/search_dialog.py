"""Global search (Ctrl+F): a small window with a search box and results grouped by kind.

Activating a result asks ``AppState.navigate`` to show the record in its view; the main
window decides which view that is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cloudoffice_gui.data.errors import DatabaseError
from cloudoffice_gui.models.app_state import AppState

_TYPING_PAUSE_MS = 150  # search once the user pauses, not on every keystroke
RESULTS_PER_KIND = 50


class SearchDialog(QDialog):
    """Search box and grouped results; Enter or double-click opens the result in its view."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        # The model and the search code load with the first dialog: the Find action that
        # the main window installs at start-up needs neither (~8 ms before first paint).
        from cloudoffice_gui.models.search_results_model import SearchResultsModel

        super().__init__(parent)
        self._state = state
        self.setObjectName("SearchDialog")
        self.setModal(False)
        self.resize(620, 460)
        self.model = SearchResultsModel(state, self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("SearchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("SearchResults")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(SearchResultsModel.TITLE,
                                                QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(SearchResultsModel.TITLE, 320)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self._activate_current)
        self.tree.activated.connect(self.activate_index)
        state.database_changed.connect(self.run_search)
        state.language_changed.connect(self.run_search)
        self.retranslate_ui()

    # -- searching ----------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Put ``text`` in the search box and search at once."""
        self.edit.setText(text)
        self.run_search()

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def run_search(self) -> None:
        """Search for the box's text now and show the results."""
        self._timer.stop()
        from cloudoffice_gui.data.search import search

        text = self.edit.text()
        try:
            hits = search(self._state.database, text, self._state.language, RESULTS_PER_KIND)
        except DatabaseError as error:
            self.model.set_hits([])
            self.status.setText(error.message())
            return
        self.model.set_hits(hits)
        self.tree.expandAll()
        first = self.model.first_hit_index()
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self._update_status(text)

    def _update_status(self, text: str) -> None:
        from cloudoffice_gui.data.search import clean_query

        count = self.model.hit_count()
        if not clean_query(text):
            self.status.setText(self.tr("Type a name, a word or part of a quote, in Chinese or English."))
        elif count == 0:
            self.status.setText(self.tr("No matches."))
        else:
            self.status.setText(self.tr("%n result(s). Enter or double-click opens one.", "", count))

    # -- activation ---------------------------------------------------------------------------
    @Slot(QModelIndex)
    def activate_index(self, index: QModelIndex) -> bool:
        """Show the hit at ``index`` in its view and close; False for a group row."""
        hit = self.model.hit(index.siblingAtColumn(0) if index.isValid() else index)
        if hit is None:
            if index.isValid():
                self.tree.setExpanded(index.siblingAtColumn(0),
                                      not self.tree.isExpanded(index.siblingAtColumn(0)))
            return False
        self.hide()
        self._state.navigate(hit.kind, hit.item_id)
        return True

    @Slot()
    def _activate_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        index = self.tree.currentIndex()
        if self.model.hit(index) is None:
            index = self.model.first_hit_index()
        self.activate_index(index)

    def open_search(self) -> None:
        """Show the dialog with the search box focused and its text selected."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Down in the search box moves into the results, as in a browser's address bar.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() == Qt.Key.Key_Down and self.model.hit_count():
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.model.hit(self.tree.currentIndex()) is None:
                    self.tree.setCurrentIndex(self.model.first_hit_index())
                return True
        return super().eventFilter(watched, event)

    # -- texts --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Apply the interface language."""
        self.setWindowTitle(self.tr("Search"))
        self.edit.setPlaceholderText(self.tr("Search products, features, events, offers, quotes, sources…"))
        self.edit.setAccessibleName(self.tr("Search text"))
        self.tree.setAccessibleName(self.tr("Search results"))
        self.model.retranslate()
        self._update_status(self.edit.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SearchActions(QObject):
    """The Find action of a main window and the search dialog it opens (built on first use)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: SearchDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("FindAction")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        if self.action.shortcut().isEmpty():  # platforms without a Find binding
            self.action.setShortcut(QKeySequence("Ctrl+F"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.open_search)
        window.addAction(self.action)
        window.installEventFilter(self)
        self.retranslate_ui()

    def ensure_dialog(self) -> SearchDialog:
        """The search dialog, created if needed."""
        if self.dialog is None:
            self.dialog = SearchDialog(self._window.state, self._window)  # type: ignore[attr-defined]
        return self.dialog

    @Slot()
    def open_search(self) -> None:
        """Show the search dialog."""
        self.ensure_dialog().open_search()

    def retranslate_ui(self) -> None:
        """Apply the interface language to the action."""
        self.action.setText(self.tr("&Find…"))
        self.action.setStatusTip(self.tr("Search everything, in Chinese or English"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().eventFilter(watched, event)


def install_search_actions(window: QMainWindow) -> SearchActions:
    """Add Find (Ctrl+F) to ``window``'s View menu; it opens the global search."""
    actions = SearchActions(window)
    menu = getattr(window, "view_menu", None)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(actions.action)
    window.search_actions = actions  # type: ignore[attr-defined]
    return actions
