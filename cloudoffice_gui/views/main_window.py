"""The main window: product list on the left, views in tabs, evidence on the right.

Tabs other than the first are built when first shown, so start-up pays only for what the
user sees first (the timeline's pyqtgraph import alone costs ~0.35 s).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTabWidget, QWidget

from cloudoffice_gui import __version__
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.views.evidence_panel import EvidencePanel
from cloudoffice_gui.views.product_details_view import ProductDetailsView
from cloudoffice_gui.views.product_list_panel import ProductListPanel


@dataclass(frozen=True)
class TabSpec:
    """A view of the main window: its key, its class as 'module:Class', its title."""

    key: str
    target: str
    title: str  # translated at display time through MainWindow.tr


TAB_SPECS: tuple[TabSpec, ...] = (
    TabSpec("details", "cloudoffice_gui.views.product_details_view:ProductDetailsView",
            "Product"),
)


class _LazyTab(QWidget):
    """Holds a tab's place until it is first shown, then builds the real view inside."""

    def __init__(self, spec: TabSpec, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        self.spec = spec
        self._state = state
        self.view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_view(self) -> QWidget:
        """Build the real view now if it does not exist yet."""
        if self.view is None:
            module_name, class_name = self.spec.target.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            self.view = cls(self._state, self)
            self._layout.addWidget(self.view)
        return self.view


class MainWindow(QMainWindow):
    """The application window."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self._build_docks()
        self._build_tabs()
        self._build_menus()
        self._status = QLabel(self)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self._status)
        state.database_changed.connect(self._on_database_changed)
        state.language_changed.connect(self._update_status)
        state.navigate_requested.connect(self._on_navigate)
        self.retranslate_ui()

    # -- construction ---------------------------------------------------------------------
    def _build_docks(self) -> None:
        self.product_list = ProductListPanel(self.state, self)
        self.product_dock = QDockWidget(self)
        self.product_dock.setObjectName("ProductDock")
        self.product_dock.setWidget(self.product_list)
        self.product_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                      | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.product_dock)
        self.evidence_panel = EvidencePanel(self.state, self)
        self.evidence_dock = QDockWidget(self)
        self.evidence_dock.setObjectName("EvidenceDock")
        self.evidence_dock.setWidget(self.evidence_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.evidence_dock)
        self.resizeDocks([self.product_dock, self.evidence_dock], [260, 340],
                         Qt.Orientation.Horizontal)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("ViewTabs")
        self.tabs.setDocumentMode(True)
        self._lazy_tabs: dict[str, _LazyTab] = {}
        for spec in TAB_SPECS:
            holder = _LazyTab(spec, self.state, self.tabs)
            self._lazy_tabs[spec.key] = holder
            self.tabs.addTab(holder, spec.key)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self._on_tab_changed(0)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.view_menu = menu_bar.addMenu("")
        self.help_menu = menu_bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.view_menu.addAction(self.product_dock.toggleViewAction())
        self.view_menu.addAction(self.evidence_dock.toggleViewAction())

    # -- tabs ------------------------------------------------------------------------------
    def view(self, key: str) -> QWidget:
        """The view of tab ``key``, built if needed."""
        return self._lazy_tabs[key].ensure_view()

    def show_view(self, key: str) -> QWidget:
        """Make tab ``key`` current and return its view."""
        holder = self._lazy_tabs[key]
        self.tabs.setCurrentWidget(holder)
        return holder.ensure_view()

    def build_all_views(self) -> list[QWidget]:
        """Build every tab (the self-test and the report need them all)."""
        return [holder.ensure_view() for holder in self._lazy_tabs.values()]

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        holder = self.tabs.widget(index)
        if isinstance(holder, _LazyTab):
            holder.ensure_view()

    @Slot(str, str)
    def _on_navigate(self, kind: str, item_id: str) -> None:
        if kind == "product":
            self.state.set_current_product_id(item_id)
            self.show_view("details")

    # -- texts -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Apply the current interface language to every text this window owns."""
        titles = {
            "details": self.tr("Product"),
            "matrix": self.tr("Matrix"),
            "timeline": self.tr("Timeline"),
            "offers": self.tr("Offers"),
            "strategies": self.tr("Strategies"),
            "sources": self.tr("Sources"),
        }
        for index in range(self.tabs.count()):
            holder = self.tabs.widget(index)
            if isinstance(holder, _LazyTab):
                self.tabs.setTabText(index, titles.get(holder.spec.key, holder.spec.title))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.product_dock.setWindowTitle(self.tr("Products"))
        self.evidence_dock.setWindowTitle(self.tr("Evidence"))
        self._update_title()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_title(self) -> None:
        from cloudoffice_gui import bundled_database_path

        path = self.state.database.path
        name = self.tr("bundled data") if path.resolve() == bundled_database_path().resolve() else path.name
        self.setWindowTitle(self.tr("CloudOffice Compare — %1").replace("%1", name))
        self.setWindowFilePath(str(path))

    @Slot()
    def _update_status(self, *_: object) -> None:
        info = self.state.database.info()
        counts = info.counts
        text = self.tr(
            "%1 products · %2 features · %3 events · %4 offers · %5 sources · data %6"
        )
        for n, value in enumerate((counts.get("products", 0), counts.get("features", 0),
                                   counts.get("events", 0), counts.get("offers", 0),
                                   counts.get("sources", 0), info.data_version), start=1):
            text = text.replace(f"%{n}", str(value))
        self._status.setText(text)

    @Slot(object)
    def _on_database_changed(self, _database: object) -> None:
        self._update_title()
        self._update_status()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()

    @staticmethod
    def version() -> str:
        """The app version shown in About."""
        return __version__


__all__ = ["MainWindow", "TAB_SPECS", "TabSpec", "QSettings"]
