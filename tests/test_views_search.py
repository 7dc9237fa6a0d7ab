"""Global search in the GUI: the dialog, Ctrl+F, and jumping to a result in its view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.views.main_window import MainWindow
from cloudoffice_gui.views.search_dialog import SearchDialog
from tests.dataset_factory import SOURCE_B


@pytest.fixture
def state(small_db: Path, qapp: object) -> AppState:
    return AppState(open_database(small_db), "en")


@pytest.fixture
def window(state: AppState, qtbot: object) -> MainWindow:
    main = MainWindow(state)
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    return main


def _dialog(window: MainWindow) -> SearchDialog:
    window.search_actions.action.trigger()  # type: ignore[attr-defined]
    dialog = window.search_actions.dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.isVisible()
    return dialog


def _jump(window: MainWindow, text: str, kind: str, item_id: str) -> None:
    dialog = _dialog(window)
    dialog.set_query(text)
    index = dialog.model.index_of(kind, item_id)
    assert index.isValid(), f"{kind} {item_id} not found for {text!r}"
    assert dialog.activate_index(index)
    assert not dialog.isVisible()


def _current_tab(window: MainWindow) -> str:
    return window.tabs.currentWidget().spec.key  # type: ignore[attr-defined]


# -- the dialog ------------------------------------------------------------------------------------
def test_dialog_groups_results_and_reports_counts(state: AppState, qtbot: object) -> None:
    dialog = SearchDialog(state, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.status.text().startswith("Type a name")
    dialog.set_query("阿尔法")
    assert dialog.model.kinds()[0] == "product"
    assert dialog.tree.isExpanded(dialog.model.index(0, 0))
    assert dialog.model.hit(dialog.tree.currentIndex()).item_id == "alpha"
    assert dialog.status.text() == f"{dialog.model.hit_count()} result(s). Enter or double-click opens one."
    dialog.set_query("zzzz")
    assert dialog.model.hit_count() == 0 and dialog.status.text() == "No matches."


@pytest.mark.parametrize("text", ['"', "AND(", "NEAR(", "*", "%", "'; DROP TABLE x; --"])
def test_dialog_takes_any_text(state: AppState, qtbot: object, text: str) -> None:
    dialog = SearchDialog(state, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.set_query(text)
    assert dialog.status.text() == "No matches."


def test_typing_searches_after_a_pause(state: AppState, qtbot: object) -> None:
    dialog = SearchDialog(state, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.keyClicks(dialog.edit, "chassis")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.model.hit_count() > 0)  # type: ignore[attr-defined]
    assert dialog.model.index_of("strategy", "st1").isValid()


def test_enter_opens_the_first_hit(state: AppState, qtbot: object) -> None:
    dialog = SearchDialog(state, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.edit.setText("AlphaIntl")
    with qtbot.waitSignal(state.navigate_requested) as blocker:  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert blocker.args == ["product", "alpha"]
    assert not dialog.isVisible()


def test_activating_a_group_row_does_not_navigate(state: AppState, qtbot: object) -> None:
    dialog = SearchDialog(state, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.set_query("阿尔法")
    with qtbot.assertNotEmitted(state.navigate_requested):  # type: ignore[attr-defined]
        assert not dialog.activate_index(dialog.model.index(0, 0))


def test_results_follow_the_data_language(state: AppState, qtbot: object) -> None:
    dialog = SearchDialog(state, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.set_query("beta")
    assert dialog.model.index_of("product", "beta").data() == "Beta Meet"
    state.set_language("zh")
    assert dialog.model.index_of("product", "beta").data() == "贝塔会议"


# -- the main window -----------------------------------------------------------------------------------
def test_find_action_is_in_the_view_menu_with_ctrl_f(window: MainWindow) -> None:
    action = window.search_actions.action  # type: ignore[attr-defined]
    assert action in window.view_menu.actions()
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert action.text() == "&Find…"


def test_jump_to_offer_selects_it_in_the_offers_tab(window: MainWindow) -> None:
    _jump(window, "三年免费", "offer", "o2")
    assert _current_tab(window) == "offers"
    view = window.view("offers")
    selected = view.table.selectionModel().selectedRows()  # type: ignore[attr-defined]
    assert [view.visible_offer_ids()[i.row()] for i in selected] == ["o2"]  # type: ignore[attr-defined]
    assert "Three years free" in window.evidence_panel.plain_text()


def test_jump_to_strategy_selects_its_card(window: MainWindow) -> None:
    _jump(window, "底盘", "strategy", "st1")
    assert _current_tab(window) == "strategies"
    view = window.view("strategies")
    assert view.selected_id == "st1" and view.cards["st1"].is_selected()  # type: ignore[attr-defined]
    assert "quote st1" in window.evidence_panel.plain_text()


def test_jump_to_source_lists_its_facts(window: MainWindow) -> None:
    _jump(window, "Pub B", "source", SOURCE_B)
    assert _current_tab(window) == "sources"
    view = window.view("sources")
    assert view.current_source().id == SOURCE_B  # type: ignore[attr-defined]
    assert view.facts_proxy.rowCount() == window.state.database.citation_counts()[SOURCE_B]  # type: ignore[attr-defined]


def test_jump_to_product_shows_details(window: MainWindow) -> None:
    window.show_view("offers")
    _jump(window, "Gamma", "product", "gamma")
    assert _current_tab(window) == "details"
    assert window.state.current_product_id == "gamma"


def test_jump_to_vendor_shows_its_first_product(window: MainWindow) -> None:
    _jump(window, "博尔特", "vendor", "bolt")
    assert _current_tab(window) == "details"
    assert window.state.current_product_id == "gamma"


def test_jump_to_support_row_shows_matrix_and_evidence(window: MainWindow) -> None:
    _jump(window, "quote s7", "support", "s7")
    assert _current_tab(window) == "matrix"
    text = window.evidence_panel.plain_text()
    assert "quote s7" in text and "Gamma Docs" in text


def test_jump_to_feature_shows_matrix(window: MainWindow) -> None:
    _jump(window, "收集表", "feature", "forms")
    assert _current_tab(window) == "matrix"


def test_jump_to_event_shows_timeline_and_evidence(window: MainWindow) -> None:
    _jump(window, "日活1.5亿", "event", "e2")
    assert _current_tab(window) == "timeline"
    assert "quote e2" in window.evidence_panel.plain_text()
