"""The offers model and its filter proxy: columns, languages, sorting and every filter."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.records import Offer
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.offers_model import (
    OfferIdRole,
    OfferRole,
    OffersFilterProxy,
    OffersModel,
    offer_active_on,
)
from tests.dataset_factory import SOURCE_A, build_small_database, small_dataset


@pytest.fixture
def state(small_db: Path, qapp: object) -> AppState:
    return AppState(open_database(small_db), "en")


def _offer(**extra: object) -> Offer:
    values = dict(id="x", product_id="p", announced=None, announced_precision=None, starts=None,
                  ends=None, audience_en="a", audience_zh="甲", offer_en="o", offer_zh="乙",
                  source_id="s", quote="q", confidence="high")
    values.update(extra)
    return Offer(**values)  # type: ignore[arg-type]


def _visible(proxy: OffersFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(OfferIdRole) for r in range(proxy.rowCount())]


def test_model_passes_qtmodeltester(state: AppState, qtmodeltester: object) -> None:
    model = OffersModel(state)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = OffersFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]


def test_columns_show_every_field_at_its_precision(state: AppState) -> None:
    model = OffersModel(state)
    assert model.rowCount() == 2
    row = model.row_of("o2")
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert cells == ["Alpha Talk", "Feb 2020", "Hospitals and schools", "Three years free",
                     "Feb 2020", "Feb 2023", "Source B", "Medium"]
    assert "Pub B" in model.index(row, OffersModel.SOURCE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, 0).data(OfferRole).id == "o2"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[2] == "Who qualifies" and headers[-1] == "Confidence"


def test_language_switch_updates_texts(state: AppState, qtbot: object) -> None:
    model = OffersModel(state)
    row = model.row_of("o1")
    with qtbot.waitSignal(model.dataChanged):  # type: ignore[attr-defined]
        state.set_language("zh")
    assert model.index(row, OffersModel.OFFER).data() == "免费100人会议"
    assert model.index(row, OffersModel.PRODUCT).data() == "贝塔会议"
    assert model.index(row, OffersModel.ANNOUNCED).data() == "2020年1月24日"


def test_missing_translation_is_marked(small_db: Path, qapp: object) -> None:
    # The builder refuses an empty offer_zh, but a database from elsewhere may hold one.
    conn = sqlite3.connect(small_db)
    conn.execute("UPDATE offers SET offer_zh = '' WHERE id = 'o1'")
    conn.commit()
    conn.close()
    state = AppState(open_database(small_db), "zh")
    model = OffersModel(state)
    assert model.index(model.row_of("o1"), OffersModel.OFFER).data() == "Free 100-person meetings [EN]"


def test_database_change_resets(state: AppState, tmp_path: Path, qtbot: object) -> None:
    model = OffersModel(state)
    tables = small_dataset()
    tables["offers"] = tables["offers"][:1]
    other = open_database(build_small_database(tmp_path / "other", tables))
    with qtbot.waitSignal(model.modelReset):  # type: ignore[attr-defined]
        state.set_database(other)
    assert model.rowCount() == 1


def test_sorting_by_date_puts_unknown_dates_last(tmp_path: Path, qapp: object) -> None:
    tables = small_dataset()
    tables["offers"].append({"id": "o3", "product_id": "gamma", "audience_en": "Everyone",
                             "audience_zh": "所有人", "offer_en": "Free", "offer_zh": "免费",
                             "source_id": SOURCE_A, "quote": "q", "confidence": "low"})
    state = AppState(open_database(build_small_database(tmp_path, tables)), "en")
    proxy = OffersFilterProxy()
    proxy.setSourceModel(OffersModel(state))
    proxy.sort(OffersModel.ANNOUNCED, Qt.SortOrder.AscendingOrder)
    assert _visible(proxy) == ["o1", "o2", "o3"]
    proxy.sort(OffersModel.CONFIDENCE, Qt.SortOrder.AscendingOrder)
    assert _visible(proxy) == ["o1", "o2", "o3"]  # high, medium, low
    proxy.sort(OffersModel.PRODUCT, Qt.SortOrder.DescendingOrder)
    assert _visible(proxy) == ["o3", "o1", "o2"]  # Gamma, Beta, Alpha


def test_filters(state: AppState) -> None:
    proxy = OffersFilterProxy()
    proxy.setSourceModel(OffersModel(state))
    assert sorted(_visible(proxy)) == ["o1", "o2"]
    proxy.set_product_id("alpha")
    assert _visible(proxy) == ["o2"]
    proxy.set_product_id("")
    proxy.set_audience_text("SCHOOLS")
    assert _visible(proxy) == ["o2"]
    proxy.set_audience_text("学校")
    assert _visible(proxy) == ["o2"]
    proxy.set_audience_text("all users")
    assert _visible(proxy) == ["o1"]
    proxy.set_audience_text("")
    proxy.set_confidence("medium")
    assert _visible(proxy) == ["o2"]
    proxy.set_confidence("")
    proxy.set_active_on(dt.date(2020, 1, 25))
    assert _visible(proxy) == ["o1"]  # o2 starts in February
    proxy.set_active_on(dt.date(2024, 1, 1))
    assert _visible(proxy) == ["o1"]  # o2 ended in February 2023
    proxy.set_active_on(dt.date(2020, 2, 1))
    assert sorted(_visible(proxy)) == ["o1", "o2"]
    proxy.clear_filters()
    assert sorted(_visible(proxy)) == ["o1", "o2"]


@pytest.mark.parametrize(("fields", "day", "expected"), [
    ({}, dt.date(1990, 1, 1), True),  # no dates: nothing rules it out
    ({"starts": "2020-02"}, dt.date(2020, 1, 31), False),
    ({"starts": "2020-02"}, dt.date(2020, 2, 1), True),
    ({"announced": "2020-01-24", "announced_precision": "day"}, dt.date(2020, 1, 23), False),
    ({"announced": "2020-01-24", "announced_precision": "day"}, dt.date(2020, 1, 24), True),
    ({"starts": "2020-03-01", "announced": "2020-01-01"}, dt.date(2020, 2, 1), False),
    ({"ends": "2020-09-30"}, dt.date(2020, 9, 30), True),
    ({"ends": "2020-09-30"}, dt.date(2020, 10, 1), False),
    ({"ends": "2020"}, dt.date(2020, 12, 31), True),
    ({"ends": "2020"}, dt.date(2021, 1, 1), False),
])
def test_offer_active_on_compares_at_precision(fields: dict, day: dt.date, expected: bool) -> None:
    assert offer_active_on(_offer(**fields), day) is expected


def test_bundled_offers_include_the_article_offers(bundled_db: Path, qapp: object) -> None:
    state = AppState(open_database(bundled_db), "zh")
    model = OffersModel(state)
    row = model.row_of("feishu-three-years-free-commercial")
    assert row >= 0
    assert "湖北" in model.index(row, OffersModel.AUDIENCE).data()
    assert model.index(model.row_of("tencent-meeting-free-100-person-meetings"),
                       OffersModel.ANNOUNCED).data() == "2020年1月24日"


def test_an_offer_without_a_known_end_says_so(state: AppState) -> None:
    from cloudoffice_gui.export.report_sections import _period

    model = OffersModel(state)
    o1 = model.row_of("o1")  # the small dataset's o1 has a start and no end
    assert model.index(o1, 5).data() == "end not found"
    assert model.index(model.row_of("o2"), 5).data() == "Feb 2023"
    assert _period(_offer(starts="2020-01-24"), "en") == "24 Jan 2020 to end not found"
    assert _period(_offer(), "zh") == "未找到结束时间"
    assert _period(_offer(ends="2020-06"), "en") == "until Jun 2020"
