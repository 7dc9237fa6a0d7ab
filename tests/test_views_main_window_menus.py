"""Standard menus and shortcuts, Open database, About, zoom, pane navigation, themes, a11y names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cloudoffice_gui import __version__, bundled_database_path
from cloudoffice_gui.views import theme
from cloudoffice_gui.views.about_dialog import AboutDialog, fact_count
from cloudoffice_gui.views.main_window import MainWindow
from cloudoffice_gui.views.theme import is_dark_palette, theme_manager
from cloudoffice_gui.views.window_factory import create_main_window
from tests import interface_fixtures

app = interface_fixtures.app  # the fixture: names, settings folder, language/theme reset


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, bundled_db: Path) -> MainWindow:
    """A shown main window on the bundled database, in English."""
    main = create_main_window(bundled_db, "en")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _keys(standard: QKeySequence.StandardKey) -> list[str]:
    return [k.toString() for k in QKeySequence.keyBindings(standard)]


# -- menus and shortcuts -----------------------------------------------------------------------
def test_standard_menus_and_shortcuts(window: MainWindow) -> None:
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&View", "&Help"]
    menus = window.menus
    assert [k.toString() for k in menus.open_database_action.shortcuts()] == _keys(QKeySequence.StandardKey.Open)
    assert _keys(QKeySequence.StandardKey.ZoomIn)[0] in [k.toString() for k in menus.zoom_in_action.shortcuts()]
    assert [k.toString() for k in menus.zoom_out_action.shortcuts()] == _keys(QKeySequence.StandardKey.ZoomOut)
    assert not window.quit_action.shortcut().isEmpty()
    assert window.file_menu.actions()[-1] is window.quit_action
    assert window.view_menu.actions()[-1] is menus.reset_action
    assert menus.about_action in window.help_menu.actions()
    assert menus.next_pane_action.shortcut().toString() == "F6"
    assert menus.previous_pane_action.shortcut().toString() == "Shift+F6"
    assert [a.shortcut().toString() for a in menus.tab_actions] == [
        f"Ctrl+{n}" for n in range(1, window.tabs.count() + 1)]
    assert [a.text() for a in menus.tab_actions] == [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_ctrl_number_and_next_view_switch_tabs(window: MainWindow, qtbot: QtBot) -> None:
    window.menus.tab_actions[1].trigger()
    assert window.tabs.currentIndex() == 1
    window.menus.next_tab_action.trigger()
    assert window.tabs.currentIndex() == 2
    window.menus.previous_tab_action.trigger()
    window.menus.previous_tab_action.trigger()
    assert window.tabs.currentIndex() == 0
    window.menus.previous_tab_action.trigger()
    assert window.tabs.currentIndex() == window.tabs.count() - 1


def _pane_of(window: MainWindow, widget: QWidget | None) -> str:
    panes = {"products": window.product_list, "evidence": window.evidence_panel, "central": window.tabs}
    return next((name for name, pane in panes.items()
                 if widget is not None and (widget is pane or pane.isAncestorOf(widget))), "")


def test_f6_cycles_the_panes_both_ways(window: MainWindow) -> None:
    window.evidence_panel.browser.setFocus()
    order = []
    for _ in range(4):
        window.menus.next_pane_action.trigger()
        order.append(_pane_of(window, window.focusWidget()))
    assert order == ["products", "central", "evidence", "products"]
    window.menus.previous_pane_action.trigger()
    assert _pane_of(window, window.focusWidget()) == "evidence"
    window.evidence_dock.hide()
    window.menus.next_pane_action.trigger()
    assert _pane_of(window, window.focusWidget()) == "products"


def test_zoom_scales_the_central_views_and_resets(window: MainWindow) -> None:
    base = QApplication.font().pointSizeF()
    window.menus.zoom_in_action.trigger()
    assert window.tabs.font().pointSizeF() > base
    assert window.view("details").font().pointSizeF() > base
    assert window.evidence_panel.font().pointSizeF() > base
    window.menus.zoom_reset_action.trigger()
    assert window.tabs.font().pointSizeF() == base
    window.menus.zoom_out_action.trigger()
    assert window.tabs.font().pointSizeF() < base
    for _ in range(30):
        window.menus.zoom_out_action.trigger()
    assert not window.menus.zoom_out_action.isEnabled()
    assert window.tabs.font().pointSizeF() >= 4


# -- Open database ----------------------------------------------------------------------------
@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes shown (each answered Close at once)."""
    shown: list[QMessageBox] = []

    def answer_close(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Close.value

    monkeypatch.setattr(QMessageBox, "exec", answer_close)
    return shown


def test_open_good_then_bad_database(window: MainWindow, small_db: Path, tmp_path: Path,
                                     message_boxes: list[QMessageBox]) -> None:
    assert "bundled data" in window.windowTitle()
    assert window.open_database_file(small_db)
    assert window.state.database.path == small_db
    assert small_db.name in window.windowTitle()
    assert {p.id for p in window.state.database.products()} >= {"alpha", "beta", "gamma"}
    assert window.product_list.model.rowCount() == len(window.state.database.products())
    assert message_boxes == []

    bad = tmp_path / "not-a-database.db"
    bad.write_bytes(b"this is not SQLite at all" * 100)
    good = window.state.database
    assert not window.open_database_file(bad)
    assert len(message_boxes) == 1
    assert str(bad) in message_boxes[0].informativeText()
    assert window.state.database is good
    assert good.products()  # still open and usable
    assert small_db.name in window.windowTitle()

    assert window.open_bundled_database()
    assert window.state.database.path.resolve() == bundled_database_path().resolve()
    assert "bundled data" in window.windowTitle()


def test_open_database_action_asks_for_a_file(window: MainWindow, small_db: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(small_db), ""))
    window.menus.open_database_action.trigger()
    assert window.state.database.path == small_db


def test_a_different_schema_is_refused(window: MainWindow, tmp_path: Path,
                                       message_boxes: list[QMessageBox]) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    before = window.state.database
    assert not window.open_database_file(other)
    assert len(message_boxes) == 1
    assert window.state.database is before


# -- About ------------------------------------------------------------------------------------
def test_about_dialog_lists_versions_counts_and_licences(window: MainWindow, qtbot: QtBot) -> None:
    info = window.state.database.info()
    dialog = AboutDialog(info, "en", window)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for expected in (__version__, info.data_version, info.build_date,
                     f"Sources: {info.counts['sources']}", f"Sourced facts: {fact_count(info)}",
                     "MIT License", "SIL Open Font License 1.1", "Noto Sans CJK SC",
                     "GNU Lesser General Public License v3", "pyqtgraph: MIT",
                     "Apache License 2.0", "Reserved Font Name"):
        assert expected in text, expected
    assert fact_count(info) == sum(info.counts[t] for t in ("support", "events", "offers", "strategies"))


def test_about_action_opens_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    window.menus.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()


# -- light and dark ---------------------------------------------------------------------------
def test_theme_choice_changes_the_palette(window: MainWindow, qtbot: QtBot) -> None:
    window.menus.theme_actions["dark"].trigger()
    assert is_dark_palette(QApplication.palette())
    # Widgets receive the new palette through the event loop.
    qtbot.waitUntil(lambda: is_dark_palette(window.product_list.table.palette()))
    assert window.menus.theme_actions["dark"].isChecked()
    window.menus.theme_actions["light"].trigger()
    assert not is_dark_palette(QApplication.palette())
    window.menus.theme_actions["system"].trigger()
    assert is_dark_palette(QApplication.palette()) == theme.system_prefers_dark()


def test_system_theme_follows_a_scheme_change(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    manager = theme_manager()
    manager.apply("system")
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    manager._on_scheme_changed(Qt.ColorScheme.Dark)
    assert is_dark_palette(QApplication.palette())
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    manager._on_scheme_changed(Qt.ColorScheme.Light)
    assert not is_dark_palette(QApplication.palette())
    manager.apply("dark")
    manager._on_scheme_changed(Qt.ColorScheme.Light)  # a forced choice ignores the system
    assert is_dark_palette(QApplication.palette())


def test_dark_palette_has_readable_contrast() -> None:
    def luminance(colour: object) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (channel(v) for v in colour.getRgbF()[:3])  # type: ignore[attr-defined]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    from PySide6.QtGui import QPalette

    for palette in (theme.dark_palette(), theme.light_palette()):
        for fg, bg in ((QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                       (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                       (QPalette.ColorRole.Link, QPalette.ColorRole.Base)):
            a, b = luminance(palette.color(fg)), luminance(palette.color(bg))
            ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
            assert ratio >= 4.5, (fg, bg, ratio)


# -- accessibility ----------------------------------------------------------------------------
def test_controls_have_accessible_names(window: MainWindow) -> None:
    panel = window.product_list
    details = window.view("details")
    for widget in (panel.search, panel.vendor_filter, panel.category_filter, panel.confidence_filter,
                   panel.table, window.evidence_panel.browser, details.browser,  # type: ignore[attr-defined]
                   window.tabs):
        assert widget.accessibleName(), widget.objectName()
    for button in (panel.article_button, panel.clear_button):
        assert button.text() and button.toolTip()


def test_real_key_presses_reach_the_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.product_list.search.setFocus()
    qtbot.keyClick(window.product_list.search, Qt.Key.Key_F6)
    assert _pane_of(window, window.focusWidget()) == "central"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _pane_of(window, window.focusWidget()) == "products"


def _link_colours(document: object) -> set[str]:
    colours = set()
    block = document.begin()  # type: ignore[attr-defined]
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                colours.add(fmt.foreground().color().name())
            it += 1
        block = block.next()
    return colours


def test_links_follow_the_theme(window: MainWindow, qtbot: QtBot) -> None:
    details = window.view("details")
    window.menus.set_theme("light", remember=False)
    light = QApplication.palette().color(theme.QPalette.ColorRole.Link).name()
    qtbot.waitUntil(lambda: _link_colours(details.browser.document()) == {light})  # type: ignore[attr-defined]
    window.menus.set_theme("dark", remember=False)
    dark = theme.dark_palette().color(theme.QPalette.ColorRole.Link).name()
    assert dark != light
    qtbot.waitUntil(lambda: _link_colours(details.browser.document()) == {dark})  # type: ignore[attr-defined]


def test_unchecked_boxes_stay_visible_in_dark(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    window.menus.set_theme("dark", remember=False)
    box = QCheckBox("x")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    lightest = max(image.pixelColor(x, y).lightness()
                   for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1))
    background = QApplication.palette().color(theme.QPalette.ColorRole.Window).lightness()
    assert lightest - background > 60


def test_window_icon_is_the_svg_and_stays_crisp_at_2x(window: MainWindow) -> None:
    from PySide6.QtCore import QSize

    icon = QApplication.windowIcon()
    assert not icon.isNull()
    pixmap = icon.pixmap(QSize(64, 64), 2.0)
    assert (pixmap.width(), pixmap.height()) == (128, 128)  # full device pixels at 2x
    assert icon.availableSizes() == []  # the SVG engine: no fixed bitmap sizes
