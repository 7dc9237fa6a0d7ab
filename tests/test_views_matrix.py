"""MatrixView with real widgets: columns, as-of date, filters, evidence, weights and ranking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.records import SupportRow
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.feature_matrix_model import FEATURE_ROW, MatrixRole
from cloudoffice_gui.views.evidence_panel import EvidencePanel
from cloudoffice_gui.views.matrix_view import MatrixView
from tests.dataset_factory import build_small_database
from tests.test_data_feature_matrix import DECIMAL_LEVELS, ranking_dataset

D = dt.date


@pytest.fixture(autouse=True)
def isolated_qsettings(qapp: object) -> Iterator[None]:
    """QSettings() of each test writes under its own CLOUDOFFICE_SETTINGS_DIR."""
    from cloudoffice_gui.app import configure_settings_location

    names = (qapp.organizationName(), qapp.applicationName())  # type: ignore[attr-defined]
    qapp.setOrganizationName("CloudOfficeCompareTests")  # type: ignore[attr-defined]
    qapp.setApplicationName("matrix-view-tests")  # type: ignore[attr-defined]
    configure_settings_location()
    yield
    qapp.setOrganizationName(names[0])  # type: ignore[attr-defined]
    qapp.setApplicationName(names[1])  # type: ignore[attr-defined]


def make_view(qtbot, path: Path, products: list[str], as_of: dt.date,
              language: str = "en") -> tuple[AppState, MatrixView]:
    state = AppState(open_database(path), language)
    state.set_chosen_product_ids(products)
    state.set_as_of(as_of)
    view = MatrixView(state)
    qtbot.addWidget(view)
    return state, view


def proxy_row(view: MatrixView, feature_id: str) -> int:
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(MatrixRole.ROW_KIND) == FEATURE_ROW and \
                index.data(MatrixRole.FEATURE_ID) == feature_id:
            return row
    raise LookupError(feature_id)


def shown_text(view: MatrixView, feature_id: str, product_id: str) -> str:
    column = view.model.product_ids.index(product_id)
    return view.proxy.index(proxy_row(view, feature_id), column).data()


def visible_features(view: MatrixView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, 0).data(MatrixRole.FEATURE_ID) for r in range(proxy.rowCount())
            if proxy.index(r, 0).data(MatrixRole.ROW_KIND) == FEATURE_ROW]


def headers(view: MatrixView) -> list[str]:
    table = view.table
    header = table.horizontalHeader()
    return [table.model().headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
            for v in range(header.count())]


def select(qtbot, view: MatrixView, feature_id: str, product_id: str) -> tuple[str, list]:
    column = view.model.product_ids.index(product_id)
    index = view.proxy.index(proxy_row(view, feature_id), column)
    with qtbot.waitSignal(view._state.evidence_changed) as blocker:
        view.table.setCurrentIndex(index)
    return blocker.args[0], blocker.args[1]


def test_choosing_products_changes_the_columns(qtbot, small_db: Path) -> None:
    state, view = make_view(qtbot, small_db, ["alpha", "beta"], D(2020, 3, 1))
    assert headers(view) == ["Alpha Talk", "Beta Meet"]
    state.set_chosen_product_ids(["gamma", "alpha", "beta"])
    assert headers(view) == ["Gamma Docs", "Alpha Talk", "Beta Meet"]
    assert shown_text(view, "forms", "gamma") == "✓ 7,000 form fillers"
    state.set_language("zh")
    assert headers(view) == ["伽马文档", "阿尔法", "贝塔会议"]


def test_dragging_a_column_reorders_the_state(qtbot, small_db: Path) -> None:
    state, view = make_view(qtbot, small_db, ["alpha", "beta", "gamma"], D(2020, 3, 1))
    with qtbot.waitSignal(state.chosen_products_changed):
        view.table.horizontalHeader().moveSection(0, 2)  # what a header drag does
    assert state.chosen_product_ids == ["beta", "gamma", "alpha"]
    assert headers(view) == ["Beta Meet", "Gamma Docs", "Alpha Talk"]
    assert view.table.horizontalHeader().logicalIndex(0) == 0  # no double reordering


def test_as_of_date_moves_the_tencent_meeting_cell(qtbot, bundled_db: Path) -> None:
    state, view = make_view(qtbot, bundled_db, ["tencent-meeting", "dingtalk"], D(2020, 1, 25))
    assert shown_text(view, "meeting-capacity", "tencent-meeting") == "✓ 100 participants"
    assert view.as_of_edit.date() == QDate(2020, 1, 25)
    view.as_of_edit.setDate(QDate(2020, 1, 27))  # the user edits the date
    assert state.as_of == D(2020, 1, 27)
    assert shown_text(view, "meeting-capacity", "tencent-meeting") == "✓ 300 participants"
    first = min(view.model.matrix.change_dates())
    state.set_as_of(first - dt.timedelta(days=1))
    assert view.as_of_edit.date().toPython() == first - dt.timedelta(days=1)
    assert shown_text(view, "meeting-capacity", "tencent-meeting") == "?"
    state.set_language("zh")
    state.set_as_of(D(2020, 1, 27))
    assert shown_text(view, "meeting-capacity", "tencent-meeting") == "✓ 300人"


def test_as_of_unknown_before_the_first_row(qtbot, small_db: Path) -> None:
    state, view = make_view(qtbot, small_db, ["beta"], D(2020, 1, 23))
    assert shown_text(view, "capacity", "beta") == "?"
    state.set_as_of(D(2020, 1, 25))
    assert shown_text(view, "capacity", "beta") == "✓ 100 participants"


def test_changed_since_marks_the_cell(qtbot, small_db: Path) -> None:
    _state, view = make_view(qtbot, small_db, ["beta"], D(2020, 1, 27))
    view.changed_edit.setDate(QDate(2020, 1, 25))
    view.changed_check.setChecked(True)
    column = view.model.product_ids.index("beta")
    assert view.proxy.index(proxy_row(view, "capacity"), column).data(MatrixRole.CHANGED)
    assert not view.proxy.index(proxy_row(view, "video"), column).data(MatrixRole.CHANGED)
    view.changed_check.setChecked(False)
    assert not view.proxy.index(proxy_row(view, "capacity"), column).data(MatrixRole.CHANGED)


def test_differences_only_hides_agreeing_rows(qtbot, small_db: Path) -> None:
    state, view = make_view(qtbot, small_db, ["beta", "gamma"], D(2020, 1, 25))
    assert visible_features(view) == ["video", "capacity", "editing", "forms"]
    view.differences_check.setChecked(True)
    assert visible_features(view) == ["video", "capacity"]  # editing, forms: both unknown
    state.set_as_of(D(2020, 3, 1))
    assert visible_features(view) == ["video", "capacity", "editing", "forms"]
    view.differences_check.setChecked(False)
    view.filter_edit.setText("会议人数")
    assert visible_features(view) == ["capacity"]
    view.filter_edit.clear()
    view.group_combo.setCurrentIndex(view.group_combo.findData("documents"))
    assert visible_features(view) == ["editing", "forms"]


def test_selected_cell_sends_its_evidence(qtbot, small_db: Path) -> None:
    state, view = make_view(qtbot, small_db, ["beta", "gamma"], D(2020, 1, 27))
    panel = EvidencePanel(state)
    qtbot.addWidget(panel)
    title, rows = select(qtbot, view, "capacity", "beta")
    assert "Beta Meet" in title and "Meeting capacity" in title
    assert [r.id for r in rows] == ["s4", "s3"]  # everything up to the date, newest first
    assert all(isinstance(r, SupportRow) for r in rows)
    assert rows[0].quote == "quote s4" and rows[0].source_id == "src-a"
    text = panel.plain_text()
    assert "quote s4" in text and "Source A 来源甲" in text


def test_disputed_cell_shows_both_sources(qtbot, small_db: Path) -> None:
    state, view = make_view(qtbot, small_db, ["alpha", "beta"], D(2020, 3, 1))
    panel = EvidencePanel(state)
    qtbot.addWidget(panel)
    assert shown_text(view, "capacity", "alpha") == "⚠ 302 / 16 participants"
    _title, rows = select(qtbot, view, "capacity", "alpha")
    assert {(r.value, r.source_id) for r in rows} == {(302, "src-a"), (16, "src-b")}
    text = panel.plain_text()
    assert "Source A 来源甲" in text and "Source B" in text
    assert "quote s5" in text and "quote s6" in text


def test_weights_change_ranking_and_sensitivity(qtbot, tmp_path: Path) -> None:
    path = build_small_database(tmp_path / "rank", ranking_dataset(DECIMAL_LEVELS))
    state, view = make_view(qtbot, path, ["alpha", "beta", "gamma"], D(2020, 3, 1))
    panel = view.weights_panel
    # By hand: alpha 2, beta 1.5, gamma 0 of 4; meetings slopes 2 / 0 -> lower by 0.5 / 2.
    assert [view.proxy.index(0, c).data() for c in range(3)] == [
        "50% · #1", "38% · #2", "0% · #3"]
    assert panel.ranking_label.text().splitlines()[0] == "1. Alpha Talk — 50% (2 / 4)"
    assert panel.sensitivity_label.text() == (
        "Smallest change of first place: lower the weight of group “Meetings” from 1 to 0.75 "
        "(−0.25). There Beta Meet draws level with Alpha Talk; any lower and Beta Meet leads.")
    panel.group_spin("documents").setValue(2.0)
    # alpha 2, beta 3 of 6; meetings slopes 2 / 0 against a gap of 1 -> raise by 0.5.
    assert panel.ranking_label.text().splitlines()[:2] == [
        "1. Beta Meet — 50% (3 / 6)", "2. Alpha Talk — 33% (2 / 6)"]
    assert view.model.ranking.top == "beta"
    assert panel.sensitivity_label.text() == (
        "Smallest change of first place: raise the weight of group “Meetings” from 1 to 1.5 "
        "(+0.5). There Alpha Talk draws level with Beta Meet; any higher and Alpha Talk leads.")
    assert "✓ full 1 point, ◐ partial 0.5" in panel.rule_label.text()
    state.set_language("zh")  # names in the readout follow the data language
    assert "“会议”" in panel.sensitivity_label.text()
    assert "阿尔法 draws level with 贝塔会议" in panel.sensitivity_label.text()
    assert view.weights_scroll.isHidden(), "the panel starts hidden"
    view.weights_button.setChecked(True)
    assert not view.weights_scroll.isHidden()
    view.weights_button.setChecked(False)
    assert view.weights_scroll.isHidden()


def test_weights_persist_between_views(qtbot, small_db: Path) -> None:
    _state, view = make_view(qtbot, small_db, ["alpha", "beta"], D(2020, 3, 1))
    view.weights_panel.group_spin("meetings").setValue(3.5)
    view.weights_panel.per_feature_check.setChecked(True)
    combo = view.weights_panel.feature_combo
    combo.setCurrentIndex(combo.findData("forms"))
    view.weights_panel.feature_spin.setValue(2.0)
    combo.setCurrentIndex(combo.findData("video"))
    assert view.weights_panel.feature_spin.value() == 1.0  # the box shows the chosen feature's
    labels = [view.proxy.headerData(r, Qt.Orientation.Vertical).strip()
              for r in range(view.proxy.rowCount())]
    assert "Forms ×2" in labels and "Co-editing" in labels
    _state2, again = make_view(qtbot, small_db, ["alpha", "beta"], D(2020, 3, 1))
    assert again.weights_panel.group_spin("meetings").value() == 3.5
    assert again.weights_panel.per_feature_check.isChecked()
    # meetings 3.5 x (video + capacity) + documents 1 x (editing + forms x2)
    assert again.model.ranking.scores[0].possible == 3.5 * 2 + 1 + 2
    assert again.weights_panel.custom_label.text() == "Feature weights: Forms ×2"
    again.weights_panel.reset_weights()
    _state3, third = make_view(qtbot, small_db, ["alpha", "beta"], D(2020, 3, 1))
    assert third.weights_panel.group_spin("meetings").value() == 1.0


def test_matrix_is_a_main_window_tab(qtbot, small_db: Path) -> None:
    from cloudoffice_gui.views.main_window import TAB_SPECS, MainWindow

    assert any(spec.key == "matrix" for spec in TAB_SPECS)
    window = MainWindow(AppState(open_database(small_db), "en"))
    qtbot.addWidget(window)
    assert isinstance(window.show_view("matrix"), MatrixView)


def test_sorting_follows_its_product_when_columns_move(qtbot, small_db: Path) -> None:
    state, view = make_view(qtbot, small_db, ["alpha", "gamma"], D(2020, 3, 1))
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # gamma: forms 7,000 first
    assert visible_features(view) == ["video", "capacity", "forms", "editing"]
    state.set_chosen_product_ids(["gamma", "alpha"])
    assert view.table.horizontalHeader().sortIndicatorSection() == 0
    assert visible_features(view) == ["video", "capacity", "forms", "editing"]
    view.original_order_button.click()
    assert visible_features(view) == ["video", "capacity", "editing", "forms"]


def test_opening_another_database_rebuilds_the_matrix(qtbot, small_db: Path,
                                                      bundled_db: Path) -> None:
    state, view = make_view(qtbot, small_db, ["alpha", "beta"], D(2020, 1, 27))
    select(qtbot, view, "capacity", "beta")
    state.set_database(open_database(bundled_db))
    assert "tencent-meeting" in view.model.product_ids  # the article's products by default
    assert "meeting-capacity" in visible_features(view)
    assert view.group_combo.findData("meetings") > 0
    assert shown_text(view, "meeting-capacity", "tencent-meeting") == "✓ 300 participants"


def test_select_feature_reveals_the_row_and_sends_evidence(qtbot, small_db: Path) -> None:
    state, view = make_view(qtbot, small_db, ["alpha", "gamma"], D(2020, 3, 1))
    view.filter_edit.setText("video")
    with qtbot.waitSignal(state.evidence_changed) as blocker:
        assert view.select_feature("forms", "gamma")
    assert view.filter_edit.text() == ""
    current = view.proxy.mapToSource(view.table.currentIndex())
    assert view.model.feature_at(current.row()).id == "forms"
    assert [r.id for r in blocker.args[1]] == ["s7"]
    with qtbot.waitSignal(state.evidence_changed) as blocker:
        assert view.select_feature("capacity")  # no product: the feature's rows for all shown
    assert {r.id for r in blocker.args[1]} == {"s5", "s6"}
    assert not view.select_feature("no-such-feature")


def test_navigating_to_a_feature_opens_the_matrix(qtbot, small_db: Path) -> None:
    from cloudoffice_gui.views.main_window import MainWindow

    state = AppState(open_database(small_db), "en")
    state.set_as_of(D(2020, 3, 1))
    window = MainWindow(state)
    qtbot.addWidget(window)
    with qtbot.waitSignal(state.evidence_changed) as blocker:
        state.navigate("feature", "capacity")
    assert isinstance(window.tabs.currentWidget().view, MatrixView)
    assert {r.id for r in blocker.args[1]} >= {"s5", "s6"}
