"""FeatureMatrixModel, FeatureMatrixProxy and WeightsStore on real databases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.feature_matrix import FeatureMatrix
from cloudoffice_gui.data.feature_scoring import Weights
from cloudoffice_gui.data.records import Feature, FeatureGroup, Product, SupportRow
from cloudoffice_gui.models.feature_matrix_model import (
    FEATURE_ROW,
    GROUP_ROW,
    SCORE_ROW,
    FeatureMatrixModel,
    MatrixRole,
)
from cloudoffice_gui.models.feature_matrix_proxy import FeatureMatrixProxy
from cloudoffice_gui.models.weights_store import WeightsStore

D = dt.date
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def isolated_qsettings(qapp: object) -> Iterator[None]:
    """QSettings() of this test writes under its own CLOUDOFFICE_SETTINGS_DIR."""
    from cloudoffice_gui.app import configure_settings_location

    names = (qapp.organizationName(), qapp.applicationName())  # type: ignore[attr-defined]
    qapp.setOrganizationName("CloudOfficeCompareTests")  # type: ignore[attr-defined]
    qapp.setApplicationName("matrix-tests")  # type: ignore[attr-defined]
    configure_settings_location()
    yield
    qapp.setOrganizationName(names[0])  # type: ignore[attr-defined]
    qapp.setApplicationName(names[1])  # type: ignore[attr-defined]


@pytest.fixture
def small_matrix(small_db: Path) -> FeatureMatrix:
    with open_database(small_db) as database:
        return FeatureMatrix.from_database(database)


def make_model(matrix: FeatureMatrix, products: list[str], as_of: dt.date,
               language: str = "en") -> FeatureMatrixModel:
    return FeatureMatrixModel(matrix, products, as_of, language)


def feature_row(model: FeatureMatrixModel, feature_id: str) -> int:
    return next(r for r in range(model.rowCount())
                if model.row_kind(r) == FEATURE_ROW and model.feature_at(r).id == feature_id)


def cell(model, feature_id: str, column: int, role: int = DISPLAY) -> object:
    return model.index(feature_row(model, feature_id), column).data(role)


def visible_features(proxy: FeatureMatrixProxy) -> list[str]:
    return [proxy.index(r, 0).data(MatrixRole.FEATURE_ID) for r in range(proxy.rowCount())
            if proxy.index(r, 0).data(MatrixRole.ROW_KIND) == FEATURE_ROW]


def vertical_labels(proxy: FeatureMatrixProxy) -> list[str]:
    return [proxy.headerData(r, Qt.Orientation.Vertical).strip() for r in range(proxy.rowCount())]


# -- model ---------------------------------------------------------------------------------------------
def test_rows_are_score_then_sections_then_features(small_matrix: FeatureMatrix) -> None:
    model = make_model(small_matrix, ["alpha", "beta", "gamma"], D(2020, 3, 1))
    kinds = [model.row_kind(r) for r in range(model.rowCount())]
    assert kinds == [SCORE_ROW, GROUP_ROW, FEATURE_ROW, FEATURE_ROW, GROUP_ROW, FEATURE_ROW,
                     FEATURE_ROW]
    labels = [model.headerData(r, Qt.Orientation.Vertical).strip() for r in range(7)]
    assert labels == ["Score", "Meetings", "Video meetings", "Meeting capacity", "Documents",
                      "Co-editing", "Forms"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Alpha Talk", "Beta Meet", "Gamma Docs"]
    assert "Alpha Talk" in model.headerData(0, Qt.Orientation.Horizontal,
                                            Qt.ItemDataRole.ToolTipRole)
    assert "会议人数" in model.headerData(3, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)


def test_cells_show_glyph_figure_and_unit_as_of_the_date(small_matrix: FeatureMatrix) -> None:
    model = make_model(small_matrix, ["beta", "gamma"], D(2020, 1, 23))
    assert cell(model, "capacity", 0) == "?"
    assert cell(model, "capacity", 0, MatrixRole.LEVEL) == "unknown"
    model.set_as_of(D(2020, 1, 25))
    assert cell(model, "capacity", 0) == "✓ 100 participants"
    model.set_as_of(D(2020, 1, 27))
    assert cell(model, "capacity", 0) == "✓ 300 participants"
    assert cell(model, "capacity", 0, MatrixRole.VALUE) == 300
    assert cell(model, "video", 0) == "✓ Full"
    model.set_as_of(D(2020, 3, 1))
    assert cell(model, "forms", 1) == "✓ 7,000 form fillers"
    model.set_language("zh")
    assert cell(model, "forms", 1) == "✓ 7,000人"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "伽马文档"
    tooltip = cell(model, "capacity", 0, Qt.ItemDataRole.ToolTipRole)
    assert "300人" in tooltip and "2020年1月26日" in tooltip


def test_disputed_cell_roles(small_matrix: FeatureMatrix) -> None:
    model = make_model(small_matrix, ["alpha"], D(2020, 3, 1))
    assert cell(model, "capacity", 0) == "⚠ 302 / 16 participants"
    assert cell(model, "capacity", 0, MatrixRole.DISPUTED) is True
    assert cell(model, "capacity", 0, MatrixRole.LEVEL) == "disputed"
    assert "disagree" in cell(model, "capacity", 0, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, "editing", 0) == "◐ Partial"
    backgrounds = {cell(model, f, 0, Qt.ItemDataRole.BackgroundRole).name(
        ) if cell(model, f, 0, Qt.ItemDataRole.BackgroundRole) else None
        for f in ("video", "capacity", "editing", "forms")}
    assert len(backgrounds) == 4  # full, disputed, partial, unknown all differ


def test_changed_since_marks_cells(small_matrix: FeatureMatrix) -> None:
    model = make_model(small_matrix, ["beta", "gamma"], D(2020, 1, 27))
    assert not cell(model, "capacity", 0, MatrixRole.CHANGED)
    model.set_changed_since(D(2020, 1, 25))
    assert cell(model, "capacity", 0, MatrixRole.CHANGED) is True
    assert cell(model, "capacity", 0, Qt.ItemDataRole.FontRole).bold()
    assert "100 participants" in cell(model, "capacity", 0, Qt.ItemDataRole.ToolTipRole)
    assert not cell(model, "video", 0, MatrixRole.CHANGED)
    model.set_changed_since(None)
    assert not cell(model, "capacity", 0, MatrixRole.CHANGED)


def test_score_row_follows_weights(small_matrix: FeatureMatrix) -> None:
    model = make_model(small_matrix, ["beta", "gamma"], D(2020, 3, 1))
    # beta: video + capacity = 2 of 4; gamma: editing + forms = 2 of 4: a tie, column order wins.
    assert [model.index(0, c).data() for c in range(2)] == ["50% · #1", "50% · #1"]
    with_signal = []
    model.ranking_changed.connect(lambda: with_signal.append(True))
    model.set_weights(Weights(groups={"documents": 3}))
    # documents x3: beta 2 of 8, gamma 6 of 8.
    assert [model.index(0, c).data() for c in range(2)] == ["25% · #2", "75% · #1"]
    assert model.ranking.top == "gamma" and with_signal


def test_qtmodeltester_on_model_and_proxy(qtmodeltester, small_matrix: FeatureMatrix) -> None:
    model = make_model(small_matrix, ["alpha", "beta", "gamma"], D(2020, 3, 1))
    qtmodeltester.check(model)
    proxy = FeatureMatrixProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_text_filter("cap")
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_differences_only(True)
    model.set_as_of(D(2020, 1, 25))
    model.set_product_ids(["gamma", "alpha"])
    qtmodeltester.check(proxy)


# -- proxy ---------------------------------------------------------------------------------------------
def test_text_and_group_filters(small_matrix: FeatureMatrix) -> None:
    model = make_model(small_matrix, ["alpha", "beta", "gamma"], D(2020, 3, 1))
    proxy = FeatureMatrixProxy()
    proxy.setSourceModel(model)
    proxy.set_text_filter("CAPACITY")
    assert vertical_labels(proxy) == ["Score", "Meetings", "Meeting capacity"]
    proxy.set_text_filter("收集")  # Chinese name of "Forms"
    assert visible_features(proxy) == ["forms"]
    proxy.set_text_filter("文档")  # a group's Chinese name shows its features
    assert visible_features(proxy) == ["editing", "forms"]
    proxy.set_text_filter("")
    proxy.set_group_filter("meetings")
    assert vertical_labels(proxy) == ["Score", "Meetings", "Video meetings", "Meeting capacity"]
    proxy.set_group_filter(None)
    assert len(visible_features(proxy)) == 4


def test_differences_only_hides_agreeing_rows(small_matrix: FeatureMatrix) -> None:
    model = make_model(small_matrix, ["beta", "gamma"], D(2020, 1, 25))
    proxy = FeatureMatrixProxy()
    proxy.setSourceModel(model)
    proxy.set_differences_only(True)
    # editing and forms are unknown for both: the whole documents section goes.
    assert vertical_labels(proxy) == ["Score", "Meetings", "Video meetings", "Meeting capacity"]
    model.set_as_of(D(2020, 3, 1))  # gamma now has editing and forms
    assert visible_features(proxy) == ["video", "capacity", "editing", "forms"]
    model.set_product_ids(["beta"])  # one product always agrees with itself
    assert visible_features(proxy) == []


def test_sorting_keeps_sections_and_score_row(small_matrix: FeatureMatrix) -> None:
    model = make_model(small_matrix, ["alpha", "gamma"], D(2020, 3, 1))
    proxy = FeatureMatrixProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # gamma: editing full, forms 7000 full
    assert vertical_labels(proxy) == ["Score", "Meetings", "Video meetings", "Meeting capacity",
                                      "Documents", "Forms", "Co-editing"]
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # alpha: video full, capacity disputed
    assert vertical_labels(proxy) == ["Score", "Meetings", "Meeting capacity", "Video meetings",
                                      "Documents", "Forms", "Co-editing"]
    proxy.sort(-1)
    assert vertical_labels(proxy)[2:4] == ["Video meetings", "Meeting capacity"]


# -- weights store --------------------------------------------------------------------------------------
def test_weights_persist(isolated_qsettings: None) -> None:
    WeightsStore().clear()
    assert WeightsStore().load() == Weights()
    WeightsStore().save(Weights({"meetings": 2.5, "documents": 0.0}, {"forms": 3.0}, True))
    loaded = WeightsStore().load()
    assert loaded == Weights({"meetings": 2.5, "documents": 0.0}, {"forms": 3.0}, True)
    WeightsStore().save(Weights({"meetings": 1.5}))
    assert WeightsStore().load() == Weights({"meetings": 1.5}, {}, False)


# -- scale ------------------------------------------------------------------------------------------------
def generated_matrix(features: int, products: int) -> FeatureMatrix:
    """Pure data objects: 20 groups, versioned rows for every third cell, a dispute every 50th."""
    groups = [FeatureGroup(f"g{n}", f"Group {n}", f"组{n}", n) for n in range(20)]
    feats = [Feature(f"f{n}", f"g{n % 20}", f"Feature {n}", f"功能{n}", "participants", "", "", n)
             for n in range(features)]
    prods = [Product(f"p{n}", "v", f"Product {n}", f"产品{n}", (), "suite", None, None, "", "",
                     True, None, None, n) for n in range(products)]
    rows = []
    for f in range(features):
        for p in range(0, products, 3 if f % 2 else 1):
            base = dict(product_id=f"p{p}", feature_id=f"f{f}", unit="participants", note_en="",
                        note_zh="", source_id="s1", quote="q", confidence="high")
            rows.append(SupportRow(id=f"r{f}-{p}", level="partial", value=float(p),
                                   valid_from="2020-01", valid_from_precision="month", **base))
            rows.append(SupportRow(id=f"r{f}-{p}b", level="full", value=float(p + f),
                                   valid_from="2020-02-10", valid_from_precision="day", **base))
            if (f + p) % 50 == 0:
                rows.append(SupportRow(**{**base, "source_id": "s2"}, id=f"r{f}-{p}c",
                                       level="none", value=None, valid_from="2020-02-10",
                                       valid_from_precision="day"))
    return FeatureMatrix(groups, feats, prods, rows)


def test_thousand_features_by_fifty_products() -> None:
    matrix = generated_matrix(1000, 50)
    ids = [f"p{n}" for n in range(50)]
    model = make_model(matrix, ids, D(2019, 12, 31))
    proxy = FeatureMatrixProxy()
    proxy.setSourceModel(model)
    assert (model.rowCount(), model.columnCount()) == (1 + 20 + 1000, 50)
    assert cell(model, "f0", 3) == "?"
    model.set_as_of(D(2020, 1, 15))  # month precision: counts from 1 January
    assert cell(model, "f0", 3) == "◐ 3 participants"
    model.set_as_of(D(2020, 3, 1))
    assert cell(model, "f0", 3) == "✓ 3 participants"
    assert cell(model, "f0", 0, MatrixRole.LEVEL) == "disputed"
    proxy.set_differences_only(True)
    proxy.set_text_filter("feature 99")
    assert sorted(visible_features(proxy)) == ["f99", "f990", "f991", "f992", "f993", "f994", "f995",
                                       "f996", "f997", "f998", "f999"]
    proxy.sort(7, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount(QModelIndex()) > 11
    assert model.ranking.top is not None
    model.set_weights(Weights({"g1": 2}, {"f5": 3}, per_feature=True))
    assert model.ranking.sensitivity is None or model.ranking.sensitivity.kind in ("group", "feature")
