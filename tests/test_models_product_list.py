"""The product list model and its filter: names in both languages, aliases, facets, checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.product_list_model import ProductFilterProxy, ProductIdRole, ProductListModel


@pytest.fixture
def state(bundled_db: Path) -> AppState:
    return AppState(open_database(bundled_db), "zh")


def _visible(proxy: ProductFilterProxy) -> list[str]:
    return [proxy.data(proxy.index(r, 0), ProductIdRole) for r in range(proxy.rowCount())]


def test_model_passes_qtmodeltester(state: AppState, qtmodeltester) -> None:
    model = ProductListModel(state)
    qtmodeltester.check(model)
    proxy = ProductFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("飞")
    qtmodeltester.check(proxy)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("钉", {"dingtalk"}),
        ("飞书", {"feishu"}),
        ("Lark", {"feishu"}),
        ("teams", {"microsoft-teams"}),
        ("VooV", {"tencent-meeting"}),
        ("腾讯", {"tencent-meeting", "tencent-docs", "wecom", "qq"}),
        ("wechat work", {"wecom"}),
        ("%_'\"*(", set()),
    ],
)
def test_search_matches_names_aliases_and_vendors(state: AppState, text: str, expected: set[str]) -> None:
    proxy = ProductFilterProxy()
    proxy.setSourceModel(ProductListModel(state))
    proxy.set_text(text)
    found = set(_visible(proxy))
    assert expected <= found if expected else found == set()
    if text in ("钉", "飞书", "Lark", "teams", "VooV"):
        assert found == expected


def test_facets_filter_by_vendor_category_and_confidence(state: AppState) -> None:
    proxy = ProductFilterProxy()
    proxy.setSourceModel(ProductListModel(state))
    proxy.set_vendor("tencent")
    assert set(_visible(proxy)) >= {"wecom", "tencent-meeting", "tencent-docs"}
    assert "dingtalk" not in _visible(proxy)
    proxy.set_category("meeting")
    assert _visible(proxy) == ["tencent-meeting"]
    proxy.set_vendor("")
    assert {"zoom", "google-meet", "webex", "tencent-meeting"} <= set(_visible(proxy))
    proxy.set_category("")
    proxy.set_confidence("medium")
    medium = set(_visible(proxy))
    assert "kingsoft-docs" in medium and "dingtalk" in medium
    proxy.set_confidence("low")  # the bundled data keeps no low-confidence fact
    assert _visible(proxy) == []


def test_checkboxes_follow_and_drive_the_chosen_products(state: AppState) -> None:
    model = ProductListModel(state)
    row = model.row_of("zoom")
    index = model.index(row, 0)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert state.chosen_product_ids[-1] == "zoom"
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    state.set_chosen_product_ids(["dingtalk"])
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_names_follow_the_data_language(state: AppState) -> None:
    model = ProductListModel(state)
    index = model.index(model.row_of("dingtalk"), 0)
    assert model.data(index) == "钉钉"
    state.set_language("en")
    assert model.data(index) == "DingTalk"
