"""The main window's product list, details pane and evidence panel, driven with qtbot."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.views.main_window import MainWindow

ARTICLE_TITLE = "近2亿人“云办公”,软件跟得上吗?"


@pytest.fixture
def window(bundled_db: Path, qtbot) -> MainWindow:
    state = AppState(open_database(bundled_db), "zh")
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    return window


def test_details_pane_shows_product_offers_and_events_with_sources(window: MainWindow) -> None:
    window.state.set_current_product_id("tencent-meeting")
    text = window.view("details").plain_text()
    assert "腾讯会议" in text and "Tencent Meeting" in text
    assert "2019年12月25日" in text, "launch date at day precision"
    assert "面向所有用户免费开放100人会议功能" in text, "the article's quote"
    assert ARTICLE_TITLE in text and "科沃园" in text, "its source"
    assert "高" in text or "high confidence" in text


def test_launch_date_keeps_its_precision(window: MainWindow) -> None:
    window.state.set_current_product_id("dingtalk")
    text = window.view("details").plain_text()
    assert "2015年" in text and "2015年1月1日" not in text
    window.state.set_language("en")
    assert "DingTalk" in window.view("details").plain_text()


def test_selecting_in_the_list_shows_the_product(window: MainWindow, qtbot) -> None:
    panel = window.product_list
    # QTest types ASCII only; Chinese input arrives as committed text, like an input method's.
    qtbot.keyClicks(panel.search, "Lark")
    assert panel.proxy.rowCount() == 1
    panel.search.setText("飞书")
    assert panel.proxy.rowCount() == 1
    panel.select_row(0)
    assert window.state.current_product_id == "feishu"
    text = window.view("details").plain_text()
    assert "湖北" in text, "Feishu's three free years for Hubei hospitals, schools and NGOs"


def test_clicking_a_fact_fills_the_evidence_panel(window: MainWindow, qtbot) -> None:
    window.state.set_current_product_id("tencent-docs")
    details = window.view("details")
    key = next(k for k in details._facts if k.startswith("event/"))
    with qtbot.waitSignal(window.state.evidence_changed):
        details.browser.anchorClicked.emit(QUrl(f"fact:{key}"))
    evidence = window.evidence_panel.plain_text()
    assert details._facts[key].quote in evidence
    assert "confidence" in evidence or "可信度" in evidence


def test_disputed_support_rows_are_shown_side_by_side(bundled_db: Path, qtbot) -> None:
    state = AppState(open_database(bundled_db), "en")
    window = MainWindow(state)
    qtbot.addWidget(window)
    rows = [r for r in state.database.support(["dingtalk"]) if r.feature_id == "meeting-capacity"]
    state.show_evidence("DingTalk meeting capacity", rows)
    text = window.evidence_panel.plain_text()
    assert "302" in text and "16" in text  # two sources, each cited
    # Rows of one date that disagree are flagged and set side by side.
    same_day = [r for r in rows if r.valid_from == rows[0].valid_from] or rows[:1]
    twin = [replace(same_day[0], id="twin", value=(same_day[0].value or 0) + 1, source_id=rows[-1].source_id)]
    state.show_evidence("DingTalk meeting capacity", same_day[:1] + twin)
    assert "disagree" in window.evidence_panel.plain_text()
    assert len({r.source_id for r in rows}) >= 2
    sources = {s.id: s.title for s in state.database.sources()}
    for row in rows:
        assert sources[row.source_id] in text


def test_markup_in_data_is_shown_literally(tmp_path: Path, qtbot) -> None:
    from tests.dataset_factory import build_small_database, small_dataset

    tables = small_dataset()
    tables["products"][0]["summary_en"] = "<img src=x onerror=alert(1)> <a href='http://evil'>click</a>"
    tables["events"][2]["quote"] = "<b>bold?</b>"
    path = build_small_database(tmp_path, tables)
    state = AppState(open_database(path), "en")
    window = MainWindow(state)
    qtbot.addWidget(window)
    state.set_current_product_id("alpha")
    text = window.view("details").plain_text()
    assert "<img src=x onerror=alert(1)>" in text
    assert "<a href='http://evil'>click</a>" in text
    assert "<b>bold?</b>" in text


def test_status_bar_shows_counts_and_data_version(window: MainWindow) -> None:
    text = window._status.text()
    info = window.state.database.info()
    assert str(info.counts["products"]) in text and info.data_version in text
