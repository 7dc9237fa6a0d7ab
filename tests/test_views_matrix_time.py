"""The matrix tells time and scope on screen: focus date, quick dates, marks, faded cells, evidence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.feature_matrix_model import FEATURE_ROW, MatrixRole
from cloudoffice_gui.views.evidence_panel import EvidencePanel
from cloudoffice_gui.views.matrix_view import MatrixView
from tests.dataset_factory import build_small_database
from tests.test_data_time import timed_dataset
from tests.test_views_matrix import isolated_qsettings, proxy_row  # noqa: F401 (fixture)

D = dt.date


@pytest.fixture
def timed_view(qtbot, tmp_path: Path) -> tuple[AppState, MatrixView, EvidencePanel]:
    state = AppState(open_database(build_small_database(tmp_path / "t", timed_dataset())), "en")
    state.set_chosen_product_ids(["alpha", "beta", "gamma"])
    view = MatrixView(state)
    panel = EvidencePanel(state)
    qtbot.addWidget(view)
    qtbot.addWidget(panel)
    return state, view, panel


def cell(view: MatrixView, feature_id: str, product_id: str):
    return view.proxy.index(proxy_row(view, feature_id), view.model.product_ids.index(product_id))


def select(view: MatrixView, feature_id: str, product_id: str) -> None:
    index = cell(view, feature_id, product_id)
    view.table.setCurrentIndex(index)
    view.table.clicked.emit(index)


def test_the_window_opens_on_the_focus_date(timed_view) -> None:
    state, view, _panel = timed_view
    assert state.as_of == D(2020, 2, 24) == state.default_as_of()
    assert view.as_of_edit.date().toPython() == D(2020, 2, 24)


def test_quick_dates_reach_focus_horizon_and_today(timed_view) -> None:
    state, view, _panel = timed_view
    state.set_as_of(D(2021, 5, 5))
    view.quick_dates_menu.aboutToShow.emit()
    actions = {a.objectName(): a for a in view.quick_dates_menu.actions()}
    # The small dataset has no lockdown context event, so that choice is absent, not invented.
    assert sorted(actions) == ["QuickDate_focus", "QuickDate_horizon", "QuickDate_today"]
    actions["QuickDate_horizon"].trigger()
    assert state.as_of == D(2026, 1, 1)
    actions["QuickDate_focus"].trigger()
    assert state.as_of == D(2020, 2, 24)


def test_out_of_scope_cells_read_as_such(timed_view) -> None:
    _state, view, panel = timed_view
    index = cell(view, "editing", "beta")
    assert index.data() == "—" and index.data(MatrixRole.LEVEL) == "out-of-scope"
    assert cell(view, "editing", "gamma").data() != "—"
    select(view, "editing", "beta")
    text = panel.plain_text()
    assert "Not this kind of product" in text and "Video meetings" in text  # beta's category
    select(view, "forms", "alpha")  # in scope, no row: unknown, said so
    assert "No source yet speaks to this cell" in panel.plain_text()


def test_at_least_since_and_began_read_differently(timed_view) -> None:
    state, view, panel = timed_view
    state.set_as_of(D(2020, 3, 1))
    reported = cell(view, "length", "alpha")
    assert reported.data().endswith("†") and reported.data(MatrixRole.AT_LEAST_SINCE)
    assert "at least since" in reported.data(0x03)  # ToolTipRole
    began = cell(view, "length", "beta")
    assert not began.data().endswith("†")
    select(view, "length", "alpha")
    assert "first reported on 24 Feb 2020" in panel.plain_text()
    select(view, "length", "beta")
    assert "began 26 Jan 2020 · reported 24 Feb 2020" in panel.plain_text()


def test_an_ended_claim_shows_unknown_and_says_why(timed_view) -> None:
    state, view, panel = timed_view
    state.set_as_of(D(2024, 6, 1))
    assert cell(view, "length", "beta").data() == "?"
    select(view, "length", "beta")
    text = panel.plain_text()
    assert "ended on Apr 2023" in text and "Ended: Apr 2023" in text


def test_a_date_beyond_the_horizon_fades_every_stated_cell(timed_view) -> None:
    state, view, panel = timed_view
    state.set_as_of(D(2027, 1, 1))
    index = cell(view, "length", "alpha")
    assert index.data(MatrixRole.STALE) and index.data().endswith("°")
    assert index.data(0x09) is not None  # ForegroundRole: the faded colour
    select(view, "length", "alpha")
    assert "Stale as of 1 Jan 2027: last confirmed 14 Jul 2021" in panel.plain_text()
    state.set_as_of(D(2022, 1, 1))
    assert not cell(view, "length", "alpha").data(MatrixRole.STALE)
    assert cell(view, "video", "alpha").data(MatrixRole.STALE) is False  # 2020-02-24 + 2 y not yet


def test_the_legend_explains_every_mark(timed_view) -> None:
    _state, view, _panel = timed_view
    texts = " ".join(label.text() for label in view.legend_labels.values())
    for mark in ("—", "†", "°", "?", "⚠"):
        assert mark in texts
    assert view.model.rowCount() > 0 and view.model.row_kind(1) != FEATURE_ROW


def test_the_bundled_quick_dates_include_the_sourced_end_of_lockdown(bundled_db: Path, qapp) -> None:
    state = AppState(open_database(bundled_db), "en")
    dates = dict(state.quick_dates())
    assert dates["focus"] == D(2020, 2, 24) == state.default_as_of()
    assert dates["lockdown"] == D(2020, 4, 8)  # the date of a sourced context event, not a constant
    assert dates["horizon"] == state.researched_through() and dates["horizon"] >= D(2026, 1, 1)
    state.database.close()


def test_an_event_says_when_it_was_reported_when_that_differs(timed_view) -> None:
    state, _view, panel = timed_view
    event = state.database.event("e3")  # happened 1 Jan 2020
    assert event is not None
    from dataclasses import replace

    state.show_evidence("e3", [replace(event, reported="2020-03", reported_precision="month")])
    assert "1 Jan 2020 · reported Mar 2020" in panel.plain_text()
    state.show_evidence("e3", [replace(event, reported=event.date, reported_precision="day")])
    assert "reported" not in panel.plain_text().split("\n")[1]


def test_an_unknown_cell_points_to_its_first_statement(timed_view) -> None:
    state, view, panel = timed_view
    state.set_as_of(D(2020, 1, 1))
    select(view, "length", "alpha")  # first reported 24 Feb 2020
    text = panel.plain_text()
    assert "No source states this by 1 Jan 2020" in text and "first statement is dated 24 Feb 2020" in text


def test_the_score_row_explains_how_the_score_is_made(timed_view) -> None:
    state, view, panel = timed_view
    state.set_as_of(D(2020, 3, 1))
    column = view.model.product_ids.index("beta")
    index = view.proxy.index(0, column)  # the score row
    view.table.setCurrentIndex(index)
    text = panel.plain_text()
    # beta (a meeting product): 4 features in scope, 3 stated on 1 Mar 2020, editing left out.
    assert "stated by this date: 3 of 4" in text and "Unknown, counting 0: 1" in text
    assert "left out: 1" in text and "Rank" in text
