"""Settings survive a restart (in the test's own settings folder) and "Reset to defaults" clears them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cloudoffice_gui.app import system_language
from cloudoffice_gui.data.feature_scoring import Weights
from cloudoffice_gui.models.app_settings import AppSettings
from cloudoffice_gui.models.weights_store import WeightsStore
from cloudoffice_gui.views.main_window import DEFAULT_SIZE, MainWindow
from cloudoffice_gui.views.theme import is_dark_palette, theme_manager
from cloudoffice_gui.views.window_factory import create_main_window
from tests import interface_fixtures

app = interface_fixtures.app  # the fixture: names, settings folder, language/theme reset


def _window(qtbot: QtBot, path: Path, language: str = "en") -> MainWindow:
    window = create_main_window(path, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_settings_live_in_the_isolated_folder(app: QApplication) -> None:
    AppSettings().set_theme("dark")
    folder = Path(os.environ["CLOUDOFFICE_SETTINGS_DIR"])
    assert Path(QSettings().fileName()).is_relative_to(folder)
    assert "ui/theme" in QSettings().allKeys()


def test_window_state_round_trips(app: QApplication, qtbot: QtBot, bundled_db: Path) -> None:
    first = _window(qtbot, bundled_db)
    first.state.set_chosen_product_ids(["feishu", "zoom", "dingtalk"])
    first.state.set_current_product_id("zoom")
    first.state.set_as_of(dt.date(2020, 2, 10))
    first.menus.zoom_in_action.trigger()
    first.menus.zoom_in_action.trigger()
    first.menus.theme_actions["dark"].trigger()
    first.show_view("offers")
    first.evidence_dock.hide()
    first.product_dock.hide()
    # Small enough for the offscreen screen (800x800): restoreGeometry keeps windows on screen.
    first.resize(first.minimumSizeHint().expandedTo(QSize(640, 480)).boundedTo(QSize(790, 700)))
    saved = first.size()
    assert saved != QSize(*DEFAULT_SIZE)
    first.close()  # closeEvent saves

    theme_manager().apply("system")
    second = _window(qtbot, bundled_db)
    assert second.state.chosen_product_ids == ["feishu", "zoom", "dingtalk"]
    assert second.state.current_product_id == "zoom"
    assert second.state.as_of == dt.date(2020, 2, 10)
    assert second.menus.zoom == 2
    assert second.tabs.font().pointSizeF() > QApplication.font().pointSizeF()
    assert theme_manager().theme == "dark"
    assert is_dark_palette(QApplication.palette())
    assert second.current_view_key() == "offers"
    assert not second.evidence_dock.isVisibleTo(second)
    assert not second.product_dock.isVisibleTo(second)
    assert second.size() == saved


def test_the_default_as_of_date_is_not_frozen(app: QApplication, qtbot: QtBot, bundled_db: Path) -> None:
    window = _window(qtbot, bundled_db)
    # The dataset's focus date is the default: a newer dataset may move it, so it is not saved.
    assert window.state.as_of == window.state.default_as_of() == dt.date(2020, 2, 24)
    window.close()
    assert "state/as_of" not in QSettings().allKeys()
    assert "state/chosen_products" in QSettings().allKeys()


def test_products_of_another_database_fall_back_to_its_defaults(
        app: QApplication, qtbot: QtBot, bundled_db: Path, small_db: Path) -> None:
    window = _window(qtbot, bundled_db)
    window.state.set_chosen_product_ids(["feishu", "zoom"])
    window.close()
    other = _window(qtbot, small_db)
    assert other.state.chosen_product_ids == other.state.default_product_ids()


def test_an_empty_choice_is_kept(app: QApplication, qtbot: QtBot, bundled_db: Path) -> None:
    window = _window(qtbot, bundled_db)
    window.state.set_chosen_product_ids([])
    window.close()
    assert _window(qtbot, bundled_db).state.chosen_product_ids == []


def test_language_choice_persists_and_defaults_to_the_system(app: QApplication) -> None:
    settings = AppSettings()
    assert settings.language() is None
    assert settings.preferred_language() == system_language()
    settings.set_language("zh")
    assert AppSettings().preferred_language() == "zh"
    QSettings().setValue("ui/language", "klingon")
    assert AppSettings().preferred_language() == system_language()


def test_reset_to_defaults_clears_everything_and_applies_defaults(
        app: QApplication, qtbot: QtBot, bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, bundled_db, "zh")
    default_ids = window.state.default_product_ids()
    window.menus.set_language("zh")
    window.menus.set_theme("dark")
    window.menus.set_zoom(3)
    window.state.set_chosen_product_ids(["zoom"])
    window.state.set_as_of(dt.date(2020, 1, 1))
    matrix = window.show_view("matrix")
    group_id = window.state.database.feature_groups()[0].id
    matrix.weights_panel.group_spin(group_id).setValue(5.0)  # type: ignore[attr-defined]
    assert WeightsStore().load().groups[group_id] == 5.0
    window.show_view("sources")
    window.product_dock.hide()
    WeightsStore().save(Weights({"meetings": 5.0}, {}, False))
    QSettings().setValue("export/last_folder", "/somewhere")
    window.save_settings()
    assert len(QSettings().allKeys()) >= 8

    asked: list[str] = []

    def answer_reset(box: QMessageBox) -> int:
        asked.append(box.text())
        return QMessageBox.StandardButton.Reset.value

    monkeypatch.setattr(QMessageBox, "exec", answer_reset)
    window.menus.reset_action.trigger()

    assert asked, "Reset asks first"
    assert QSettings().allKeys() == []
    assert WeightsStore().load().groups == {}
    assert window.state.chosen_product_ids == default_ids
    assert window.state.as_of == window.state.default_as_of()
    assert window.state.language == system_language()
    assert theme_manager().theme == "system"
    assert not is_dark_palette(QApplication.palette())
    assert window.menus.zoom == 0
    assert window.tabs.font() == QApplication.font()
    assert window.tabs.currentIndex() == 0
    assert window.product_dock.isVisibleTo(window)
    assert matrix.weights_panel.group_spin(group_id).value() == 1.0  # type: ignore[attr-defined]
    assert matrix.weights_panel.weights().groups.get(group_id, 1.0) == 1.0  # type: ignore[attr-defined]


def test_cancelling_reset_keeps_settings(
        app: QApplication, qtbot: QtBot, bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, bundled_db)
    window.menus.set_zoom(2)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Cancel.value)
    window.menus.reset_action.trigger()
    assert AppSettings().zoom() == 2
    assert window.menus.zoom == 2
