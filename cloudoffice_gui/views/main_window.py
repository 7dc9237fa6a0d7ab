"""The main window: product list on the left, views in tabs, evidence on the right.

Tabs other than the first are built when first shown, so start-up pays only for what the
user sees first (the timeline's pyqtgraph import alone costs ~0.35 s).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from cloudoffice_gui import __version__
from cloudoffice_gui.models.app_settings import AppSettings, WindowLayout
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.views.evidence_panel import EvidencePanel
from cloudoffice_gui.views.product_list_panel import ProductListPanel
from cloudoffice_gui.views.standard_menus import StandardMenus

DEFAULT_SIZE = (1280, 800)


@dataclass(frozen=True)
class TabSpec:
    """A view of the main window: its key, its class as 'module:Class', its title."""

    key: str
    target: str
    title: str  # translated at display time through MainWindow.tr


TAB_SPECS: tuple[TabSpec, ...] = (
    TabSpec("details", "cloudoffice_gui.views.product_details_view:ProductDetailsView",
            "Product"),
    TabSpec("matrix", "cloudoffice_gui.views.matrix_view:MatrixView", "Matrix"),
    TabSpec("timeline", "cloudoffice_gui.views.timeline_view:TimelineView", "Timeline"),
    TabSpec("offers", "cloudoffice_gui.views.offers_view:OffersView", "Offers"),
    TabSpec("strategies", "cloudoffice_gui.views.strategies_view:StrategiesView", "Strategies"),
    TabSpec("sources", "cloudoffice_gui.views.sources_view:SourcesView", "Sources"),
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
        self.resize(*DEFAULT_SIZE)
        self._build_docks()
        self._build_tabs()
        self._build_menus()
        self.menus.finish()
        self._status = QLabel(self)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self._status)
        state.database_changed.connect(self._on_database_changed)
        state.language_changed.connect(self._update_status)
        state.navigate_requested.connect(self._on_navigate)
        self.retranslate_ui()
        # What "Reset to defaults" goes back to.
        self._default_layout = self.saveState()

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
        self.quit_action = QAction(self)  # added last to the File menu by menus.finish()
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():  # platforms without a Quit binding
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.view_menu.addAction(self.product_dock.toggleViewAction())
        self.view_menu.addAction(self.evidence_dock.toggleViewAction())
        self.menus = StandardMenus(self)
        from cloudoffice_gui.views.search_dialog import install_search_actions

        install_search_actions(self)
        from cloudoffice_gui.views.export_actions import install_export_actions

        install_export_actions(self)

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
        record_tabs = {"offer": "offers", "strategy": "strategies", "source": "sources"}
        if kind == "product":
            self.state.set_current_product_id(item_id)
            self.show_view("details")
        elif kind in record_tabs and record_tabs[kind] in self._lazy_tabs:
            self.show_view(record_tabs[kind]).select_item(item_id)  # type: ignore[attr-defined]
        elif kind == "vendor":
            products = [p for p in self.state.database.products() if p.vendor_id == item_id]
            if products:
                self._on_navigate("product", products[0].id)
        elif kind in ("support", "feature"):
            self._navigate_to_feature(kind, item_id)
        elif kind == "event":
            event = next((e for e in self.state.database.events() if e.id == item_id), None)
            if event is not None:
                if "timeline" in self._lazy_tabs:
                    view = self.show_view("timeline")
                    if hasattr(view, "select_event"):
                        view.select_event(item_id)
                self.state.show_evidence(event.title(self.state.language)[0], [event])

    def _navigate_to_feature(self, kind: str, item_id: str) -> None:
        """Show a feature (or one support row) in the matrix and its facts as evidence."""
        db = self.state.database
        if kind == "support":
            row = next((s for s in db.support() if s.id == item_id), None)
            if row is None:
                return
            feature_id, product_id, facts = row.feature_id, row.product_id, [row]
        else:
            feature_id, product_id = item_id, None
            facts = [s for s in db.support(self.state.chosen_product_ids) if s.feature_id == item_id]
        feature = next((f for f in db.features() if f.id == feature_id), None)
        title = feature.name(self.state.language) if feature else feature_id
        product = self.state.products_by_id().get(product_id or "")
        if product is not None:
            title = f"{product.name(self.state.language)}: {title}"
        view = self.show_view("matrix") if "matrix" in self._lazy_tabs else None
        if view is not None and hasattr(view, "select_feature"):
            view.select_feature(feature_id, product_id)
            if kind == "feature":
                return  # the matrix shows the feature's evidence itself
        self.state.show_evidence(title, facts)

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
                self.tabs.setTabText(index, titles.get(holder.spec.key) or self.tr(holder.spec.title))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.product_dock.setWindowTitle(self.tr("Products"))
        self.evidence_dock.setWindowTitle(self.tr("Evidence"))
        self.tabs.setAccessibleName(self.tr("Views"))
        self._status.setAccessibleName(self.tr("Database summary"))
        self.menus.retranslate_ui()
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
        if info.focus_date:
            text += " · " + self.tr("about %1").replace("%1", info.focus_date)
        if info.researched_through:
            text += " · " + self.tr("researched through %1").replace("%1", info.researched_through)
        self._status.setText(text)

    @Slot(object)
    def _on_database_changed(self, _database: object) -> None:
        self._update_title()
        self._update_status()

    # -- database --------------------------------------------------------------------------
    def open_database_file(self, path: Path) -> bool:
        """Show the database at ``path``; on error explain it and keep the current one."""
        from cloudoffice_gui.data.errors import DatabaseError
        from cloudoffice_gui.views.database_error_dialog import show_database_error
        from cloudoffice_gui.views.window_factory import open_checked_database

        try:
            database = open_checked_database(path)
        except DatabaseError as error:
            if show_database_error(error, self) == QMessageBox.StandardButton.Open:
                self.menus.open_database_dialog()
            return False
        self.state.set_database(database)
        return True

    @Slot()
    def open_bundled_database(self) -> bool:
        """Go back to the database that ships with the app."""
        from cloudoffice_gui import bundled_database_path

        return self.open_database_file(bundled_database_path())

    # -- settings --------------------------------------------------------------------------
    def built_views(self) -> list[QWidget]:
        """The views built so far (tabs not yet shown have none)."""
        return [holder.view for holder in self._lazy_tabs.values() if holder.view is not None]

    def current_view_key(self) -> str:
        """The key of the current tab."""
        holder = self.tabs.currentWidget()
        return holder.spec.key if isinstance(holder, _LazyTab) else ""

    def restore_settings(self) -> None:
        """Apply the saved products, date, text size and window layout (once, after creation)."""
        settings = AppSettings()
        settings.restore_state(self.state)
        self.menus.set_zoom(settings.zoom(), remember=False)
        layout = settings.window()
        if layout.geometry is not None:
            self.restoreGeometry(layout.geometry)
        if layout.state is not None:
            self.restoreState(layout.state)
        if layout.tab in self._lazy_tabs:
            self.show_view(layout.tab)

    def save_settings(self) -> None:
        """Remember the products, date and window layout."""
        settings = AppSettings()
        settings.save_state(self.state)
        settings.save_window(WindowLayout(self.saveGeometry(), self.saveState(), self.current_view_key()))

    def restore_default_layout(self) -> None:
        """Docks, size and tab as on first start."""
        self.restoreState(self._default_layout)
        self.product_dock.show()
        self.evidence_dock.show()
        if not self.isMaximized() and not self.isFullScreen():
            self.resize(*DEFAULT_SIZE)
        self.tabs.setCurrentIndex(0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        event.accept()

    @staticmethod
    def version() -> str:
        """The app version shown in About."""
        return __version__


__all__ = ["MainWindow", "TAB_SPECS", "TabSpec"]
