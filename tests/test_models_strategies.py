"""The strategies model: rows in display order, grouping by vendor, texts per language."""

from __future__ import annotations

from pathlib import Path

import pytest

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.strategies_model import (
    GroupIdRole,
    KindRole,
    MetaphorRole,
    StrategiesModel,
    StrategyIdRole,
    SummaryRole,
)


@pytest.fixture
def state(small_db: Path, qapp: object) -> AppState:
    return AppState(open_database(small_db), "en")


def test_passes_qtmodeltester(state: AppState, qtmodeltester: object) -> None:
    qtmodeltester.check(StrategiesModel(state))  # type: ignore[attr-defined]


def test_rows_roles_and_groups(state: AppState) -> None:
    model = StrategiesModel(state)
    assert [model.index(r, 0).data(StrategyIdRole) for r in range(model.rowCount())] == ["st1", "st2"]
    st1, st2 = model.index(0, 0), model.index(1, 0)
    assert st1.data() == "Universal chassis" and st1.data(SummaryRole) == "Alpha wants to be a chassis"
    assert st2.data() == "Analyst view" and st2.data(MetaphorRole) == ""
    assert (st1.data(KindRole), st1.data(GroupIdRole)) == ("platform", "acme")
    assert st2.data(KindRole) == "context"
    assert model.group_ids() == ["acme"]


def test_language_switch(state: AppState, qtbot: object) -> None:
    model = StrategiesModel(state)
    with qtbot.waitSignal(model.dataChanged):  # type: ignore[attr-defined]
        state.set_language("zh")
    assert model.index(0, 0).data() == "通用底盘"
    assert model.index(1, 0).data() == "分析师观点"


def test_bundled_vendors_and_context(bundled_db: Path, qapp: object) -> None:
    model = StrategiesModel(AppState(open_database(bundled_db), "zh"))
    assert {"alibaba", "tencent", "bytedance"} <= set(model.group_ids())
    kinds = {model.index(r, 0).data(StrategyIdRole): model.index(r, 0).data(KindRole)
             for r in range(model.rowCount())}
    assert kinds["context-xu-siyan-industry-fit"] == "context"
    assert kinds["dingtalk-universal-chassis"] == "platform"
