"""The main window's everyday actions: File > Open database, View > zoom, theme, language,
pane and tab navigation, Reset to defaults, and Help > About, with standard shortcuts.

Kept apart from ``main_window.py`` so the window stays about layout; the window calls
:meth:`StandardMenus.retranslate_ui` from its own ``retranslate_ui``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cloudoffice_gui.models.app_settings import AppSettings
from cloudoffice_gui.views.theme import THEMES, theme_manager
from cloudoffice_gui.views.translator import switch_language

if TYPE_CHECKING:  # main_window imports this module
    from cloudoffice_gui.views.main_window import MainWindow

ZOOM_RANGE = (-4, 10)
"""Text size steps allowed below and above the default."""
ZOOM_FACTOR = 1.12
"""Each step scales the text of the central views by this much."""
LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
"""Each language in its own script, so anyone can find theirs (deliberately not translated)."""


class StandardMenus(QObject):
    """Creates and owns the standard actions of one main window and carries them out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._zoom = 0
        self._build_file_menu()
        self._build_navigation()
        self._build_view_menu()
        self._build_help_menu()
        theme_manager().theme_changed.connect(self._check_theme)
        window.state.language_changed.connect(self._check_language)

    # -- construction ----------------------------------------------------------------------
    def _action(self, slot: object, shortcut: object = None) -> QAction:
        action = QAction(self._window)
        if isinstance(shortcut, (list, QKeySequence.StandardKey)):
            action.setShortcuts(shortcut)  # every binding of the platform, not just the first
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_file_menu(self) -> None:
        menu = self._window.file_menu
        self.open_database_action = self._action(self.open_database_dialog,
                                                 QKeySequence.StandardKey.Open)
        self.open_bundled_action = self._action(self._window.open_bundled_database)
        menu.addAction(self.open_database_action)
        menu.addAction(self.open_bundled_action)

    def _build_navigation(self) -> None:
        window = self._window
        self.next_pane_action = self._action(lambda: self.focus_pane(1), QKeySequence("F6"))
        self.previous_pane_action = self._action(lambda: self.focus_pane(-1), QKeySequence("Shift+F6"))
        self.next_tab_action = self._action(lambda: self._step_tab(1),
                                            QKeySequence.StandardKey.NextChild)
        self.previous_tab_action = self._action(lambda: self._step_tab(-1),
                                                QKeySequence.StandardKey.PreviousChild)
        self.tab_actions: list[QAction] = []
        for index in range(min(window.tabs.count(), 9)):
            action = self._action(lambda _checked=False, i=index: self._go_to_tab(i),
                                  QKeySequence(f"Ctrl+{index + 1}"))
            self.tab_actions.append(action)

    def _build_view_menu(self) -> None:
        menu = self._window.view_menu
        menu.addSeparator()
        self.go_menu = menu.addMenu("")
        for action in self.tab_actions:
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        for action in (self.next_tab_action, self.previous_tab_action,
                       self.next_pane_action, self.previous_pane_action):
            self.go_menu.addAction(action)
        menu.addSeparator()
        self.zoom_in_action = self._action(lambda: self.set_zoom(self._zoom + 1),
                                           [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                                            QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(lambda: self.set_zoom(self._zoom - 1),
                                            QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = self._action(lambda: self.set_zoom(0), QKeySequence("Ctrl+0"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            menu.addAction(action)
        menu.addSeparator()
        self.theme_menu = menu.addMenu("")
        self._theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = self._action(lambda _checked=False, t=theme: self.set_theme(t))
            action.setCheckable(True)
            self._theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.language_menu = menu.addMenu("")
        self._language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language, name in LANGUAGE_NAMES.items():
            action = self._action(lambda _checked=False, lang=language: self.set_language(lang))
            action.setCheckable(True)
            action.setText(name)
            self._language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.reset_action = self._action(self.confirm_reset)
        self._check_theme(theme_manager().theme)
        self._check_language(self._window.state.language)

    def _build_help_menu(self) -> None:
        menu = self._window.help_menu
        self.about_action = self._action(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(QApplication.aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.coverage_action = self._action(self.show_coverage)
        self.coverage_action.setObjectName("DataCoverageAction")
        menu.addAction(self.coverage_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        menu.addAction(self.about_qt_action)

    def finish(self) -> None:
        """Put Quit and Reset last, after the actions other modules added to the menus."""
        window = self._window
        window.file_menu.addSeparator()
        window.file_menu.addAction(window.quit_action)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.reset_action)

    # -- texts -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Apply the interface language to every action and submenu."""
        self.open_database_action.setText(self.tr("&Open Database…"))
        self.open_database_action.setStatusTip(
            self.tr("Read another CloudOffice Compare database (read-only)"))
        self.open_bundled_action.setText(self.tr("Open &Bundled Database"))
        self.open_bundled_action.setStatusTip(self.tr("Go back to the data that ships with the app"))
        self.go_menu.setTitle(self.tr("&Go To"))
        tabs = self._window.tabs
        for index, action in enumerate(self.tab_actions):
            action.setText(tabs.tabText(index))
        self.next_tab_action.setText(self.tr("Next View"))
        self.previous_tab_action.setText(self.tr("Previous View"))
        self.next_pane_action.setText(self.tr("Next Pane"))
        self.previous_pane_action.setText(self.tr("Previous Pane"))
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom &Out"))
        self.zoom_reset_action.setText(self.tr("&Actual Size"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.theme_actions["system"].setText(self.tr("Follow &System"))
        self.theme_actions["light"].setText(self.tr("&Light"))
        self.theme_actions["dark"].setText(self.tr("&Dark"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.reset_action.setText(self.tr("&Reset to Defaults…"))
        self.reset_action.setStatusTip(
            self.tr("Forget every saved setting and go back to the defaults"))
        self.about_action.setText(self.tr("&About CloudOffice Compare"))
        self.coverage_action.setText(self.tr("Data &Coverage…"))
        self.coverage_action.setStatusTip(self.tr("How many matrix cells the sources speak to, per "
                                                  "product, and how much of it is high confidence"))
        self.about_qt_action.setText(self.tr("About &Qt"))

    # -- database --------------------------------------------------------------------------
    @Slot()
    def open_database_dialog(self) -> None:
        """Ask for a database file and show it (errors: see MainWindow.open_database_file)."""
        from cloudoffice_gui.views.database_error_dialog import choose_database_file

        window = self._window
        folder = str(Path(window.state.database.path).parent)
        path = choose_database_file(window, folder)
        if path is not None:
            window.open_database_file(path)

    # -- zoom ------------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        """Text size steps away from the default."""
        return self._zoom

    def set_zoom(self, steps: int, remember: bool = True) -> None:
        """Scale the text of the central views and the evidence panel by ``steps``."""
        steps = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], int(steps)))
        self._zoom = steps
        widgets: list[QWidget] = [self._window.tabs, self._window.evidence_panel]
        for widget in widgets:
            if steps == 0:
                widget.setFont(QFont())  # inherit the application font again
            else:
                font = QFont(QApplication.font())
                font.setPointSizeF(max(4.0, font.pointSizeF() * ZOOM_FACTOR ** steps))
                widget.setFont(font)
        self.zoom_out_action.setEnabled(steps > ZOOM_RANGE[0])
        self.zoom_in_action.setEnabled(steps < ZOOM_RANGE[1])
        if remember:
            AppSettings().set_zoom(steps)

    # -- theme and language ----------------------------------------------------------------
    def set_theme(self, theme: str, remember: bool = True) -> None:
        """Use the 'system', 'light' or 'dark' theme."""
        theme_manager().apply(theme)
        if remember:
            AppSettings().set_theme(theme)

    @Slot(str)
    def _check_theme(self, theme: str) -> None:
        if theme in self.theme_actions:
            self.theme_actions[theme].setChecked(True)

    def set_language(self, language: str) -> None:
        """Switch interface and data to ``language`` now, and remember it."""
        switch_language(self._window.state, language)

    @Slot(str)
    def _check_language(self, language: str) -> None:
        if language in self.language_actions:
            self.language_actions[language].setChecked(True)

    # -- navigation ------------------------------------------------------------------------
    def panes(self) -> list[QWidget]:
        """The visible panes in F6 order: product list, current view, evidence panel."""
        window = self._window
        candidates = [window.product_list, window.tabs.currentWidget(), window.evidence_panel]
        return [pane for pane in candidates if pane is not None and pane.isVisibleTo(window)]

    def focus_pane(self, step: int) -> QWidget | None:
        """Move the keyboard focus ``step`` panes on (F6) or back (Shift+F6); returns the pane."""
        panes = self.panes()
        if not panes:
            return None
        focus = self._window.focusWidget()
        current = next((i for i, pane in enumerate(panes)
                        if focus is not None and (focus is pane or pane.isAncestorOf(focus))), None)
        index = 0 if current is None and step > 0 else ((current or 0) + step) % len(panes)
        pane = panes[index]
        _focus_into(pane)
        return pane

    def _step_tab(self, step: int) -> None:
        tabs = self._window.tabs
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def _go_to_tab(self, index: int) -> None:
        tabs = self._window.tabs
        if index < tabs.count():
            tabs.setCurrentIndex(index)
            _focus_into(tabs.currentWidget())

    # -- about and reset -------------------------------------------------------------------
    @Slot()
    def show_about(self) -> None:
        """Open the About dialog."""
        from cloudoffice_gui.views.about_dialog import AboutDialog

        state = self._window.state
        dialog = AboutDialog(state.database.info(), state.language, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def show_coverage(self) -> None:
        """Open (or raise) the Data coverage report for the compared products."""
        from cloudoffice_gui.views.coverage_dialog import CoverageDialog

        state = self._window.state
        dialog = getattr(self, "_coverage_dialog", None)
        if dialog is None:
            dialog = self._coverage_dialog = CoverageDialog(state, None, self._window)
            dialog.destroyed.connect(lambda _obj=None: setattr(self, "_coverage_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot()
    def confirm_reset(self) -> None:
        """Ask, then reset every setting to its default."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reset to Defaults"),
                          self.tr("Forget the saved window layout, products, date, weights, "
                                  "language, theme and text size?"),
                          QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
                          self._window)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Reset:
            self.reset_to_defaults()

    def reset_to_defaults(self) -> None:
        """Show the defaults now and clear every saved setting."""
        from cloudoffice_gui.app import system_language

        window = self._window
        state = window.state
        switch_language(state, system_language(), remember=False)
        self.set_theme("system", remember=False)
        self.set_zoom(0, remember=False)
        state.set_chosen_product_ids(state.default_product_ids())
        chosen = state.chosen_product_ids
        if chosen:
            state.set_current_product_id(chosen[0])
        state.set_as_of(state.default_as_of())
        window.restore_default_layout()
        for view in window.built_views():
            _reset_view_settings(view)
        # Last, so that views resetting themselves (and saving their defaults) leave nothing.
        AppSettings().clear()


def _reset_view_settings(view: QWidget) -> None:
    """Views with settings of their own go back to their defaults (the matrix's weights)."""
    reset = getattr(view, "reset_settings", None)
    if callable(reset):
        reset()
        return
    weights = getattr(getattr(view, "weights_panel", None), "reset_weights", None)
    if callable(weights):
        weights()


def _focus_into(widget: QWidget | None) -> None:
    """Give ``widget`` the focus, or its first focusable child when it takes none itself."""
    if widget is None:
        return
    target = widget
    while target.focusProxy() is not None:
        target = target.focusProxy()
    if target.focusPolicy() & Qt.FocusPolicy.TabFocus and target.isEnabled():
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    candidate = target.nextInFocusChain()
    while candidate is not None and candidate is not target:
        if (widget.isAncestorOf(candidate) and candidate.isVisibleTo(widget) and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
            candidate.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        candidate = candidate.nextInFocusChain()
