"""The sources model and the model of facts citing one source."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.records import Product, SupportRow
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.source_facts_model import FactKindRole, FactRole, SourceFactsModel
from cloudoffice_gui.models.sources_model import (
    CitationCountRole,
    FilterTextRole,
    SortRole,
    SourceIdRole,
    SourcesModel,
)
from tests.dataset_factory import SOURCE_A, SOURCE_B


@pytest.fixture
def state(small_db: Path, qapp: object) -> AppState:
    return AppState(open_database(small_db), "en")


def test_sources_model_passes_qtmodeltester(state: AppState, qtmodeltester: object) -> None:
    qtmodeltester.check(SourcesModel(state))  # type: ignore[attr-defined]


def test_facts_model_passes_qtmodeltester(state: AppState, qtmodeltester: object) -> None:
    model = SourceFactsModel(state)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_source_id(SOURCE_A)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_columns(state: AppState) -> None:
    model = SourcesModel(state)
    row_a, row_b = model.row_of(SOURCE_A), model.row_of(SOURCE_B)
    assert [model.index(row_a, c).data() for c in range(6)] == [
        "Source A 来源甲", "Pub A", "24 Feb 2020", "https://example.org/a", "High",
        str(state.database.citation_counts()[SOURCE_A])]
    assert model.index(row_b, SourcesModel.URL).data() == ""
    assert model.index(row_b, SourcesModel.DATE).data() == "Mar 2020"
    assert model.index(row_a, 0).data(SourceIdRole) == SOURCE_A


def test_citation_counts_match_the_database(state: AppState) -> None:
    model = SourcesModel(state)
    counts = state.database.citation_counts()
    for row in range(model.rowCount()):
        index = model.index(row, SourcesModel.CITATIONS)
        assert index.data(CitationCountRole) == counts.get(index.data(SourceIdRole), 0)
    # src-b: s6, e2, e3, e4, o2
    assert model.index(model.row_of(SOURCE_B), 0).data(CitationCountRole) == 5


def test_sort_and_filter_through_a_proxy(state: AppState) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(SourcesModel(state))
    proxy.setSortRole(SortRole)
    proxy.sort(SourcesModel.DATE, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(SourceIdRole) for r in range(2)] == [SOURCE_B, SOURCE_A]
    proxy.setFilterRole(FilterTextRole)
    proxy.setFilterFixedString("example.org")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(SourceIdRole) == SOURCE_A


def test_language_switch_reformats_dates(state: AppState, qtbot: object) -> None:
    model = SourcesModel(state)
    with qtbot.waitSignal(model.dataChanged):  # type: ignore[attr-defined]
        state.set_language("zh")
    assert model.index(model.row_of(SOURCE_A), SourcesModel.DATE).data() == "2020年2月24日"


def test_facts_of_a_source_are_exactly_the_counted_ones(state: AppState) -> None:
    model = SourceFactsModel(state)
    assert model.rowCount() == 0
    counts = state.database.citation_counts()
    for source_id in (SOURCE_A, SOURCE_B):
        model.set_source_id(source_id)
        assert model.rowCount() == counts[source_id]
        for row in range(model.rowCount()):
            assert getattr(model.index(row, 0).data(FactRole), "source_id",
                           None) in (source_id, None)
    model.set_source_id(SOURCE_B)
    kinds = sorted(model.index(r, 0).data(FactKindRole) for r in range(model.rowCount()))
    assert kinds == ["event", "event", "event", "offer", "support"]


def test_fact_rows_describe_each_kind(state: AppState) -> None:
    model = SourceFactsModel(state)
    model.set_source_id(SOURCE_A)
    rows = {model.index(r, 0).data(FactRole).id: r for r in range(model.rowCount())}
    s3 = rows["s3"]
    assert [model.index(s3, c).data() for c in range(5)] == [
        "Feature support", "Beta Meet", "Meeting capacity: Full 100 participants", "24 Jan 2020",
        "High"]
    assert isinstance(model.index(s3, 0).data(FactRole), SupportRow)
    assert model.index(s3, 0).data(Qt.ItemDataRole.ToolTipRole) == "quote s3"
    launch = rows["alpha"]  # alpha's launch date cites src-a
    assert isinstance(model.index(launch, 0).data(FactRole), Product)
    assert model.index(launch, SourceFactsModel.DATE).data() == "2015"
    context = rows["st2"]
    assert model.index(context, SourceFactsModel.KIND).data() == "Context"
    assert model.index(context, SourceFactsModel.FACT).data() == "Analyst view"
    assert model.index(rows["st1"], SourceFactsModel.FACT).data() == "Universal chassis"


def test_bundled_article_source_lists_its_facts(bundled_db: Path, qapp: object) -> None:
    state = AppState(open_database(bundled_db), "zh")
    model = SourceFactsModel(state)
    model.set_source_id("article-2020-02-24")
    assert model.rowCount() == state.database.citation_counts()["article-2020-02-24"]
    texts = [model.index(r, SourceFactsModel.FACT).data() for r in range(model.rowCount())]
    assert "汽车的通用底盘" in texts
