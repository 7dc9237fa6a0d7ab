"""The search results tree model: groups by kind, hits beneath, titles per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.search import search
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.search_results_model import (
    HitRole,
    ItemIdRole,
    KindRole,
    SearchResultsModel,
)


@pytest.fixture
def state(small_db: Path, qapp: object) -> AppState:
    return AppState(open_database(small_db), "en")


def test_passes_qtmodeltester_empty_and_full(state: AppState, qtmodeltester: object) -> None:
    model = SearchResultsModel(state)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_hits(search(state.database, "阿尔法"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_groups_and_hits(state: AppState) -> None:
    model = SearchResultsModel(state)
    hits = search(state.database, "阿尔法")
    model.set_hits(hits)
    assert model.hit_count() == len(hits)
    assert model.kinds() == list(dict.fromkeys(h.kind for h in hits))
    group = model.index(0, 0)
    assert group.data(KindRole) == "product"
    assert group.data() == "Products (1)"
    assert model.hit(group) is None
    first = model.first_hit_index()
    assert first.parent() == group
    assert first.data(ItemIdRole) == "alpha" and first.data() == "Alpha Talk"
    assert model.hit(first) is first.data(HitRole)
    found = model.index_of("strategy", "st1")
    assert found.isValid() and found.data(ItemIdRole) == "st1"
    assert not model.index_of("strategy", "nope").isValid()


def test_titles_follow_the_data_language(state: AppState, qtbot: object) -> None:
    model = SearchResultsModel(state)
    model.set_hits(search(state.database, "beta"))
    index = model.index_of("product", "beta")
    assert index.data() == "Beta Meet"
    state.set_language("zh")
    assert model.index_of("product", "beta").data() == "贝塔会议"


def test_empty(state: AppState) -> None:
    model = SearchResultsModel(state)
    model.set_hits([])
    assert model.rowCount() == 0 and not model.first_hit_index().isValid()
    assert model.hit(QModelIndex()) is None
