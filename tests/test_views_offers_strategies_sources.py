"""The offers, strategies and sources views: filters, selection, evidence, plain text, links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.records import Offer, Source, Strategy
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.offers_model import OffersModel
from cloudoffice_gui.views.offers_view import OffersView
from cloudoffice_gui.views.sources_view import SourcesView, openable_url
from cloudoffice_gui.views.strategies_view import StrategiesView
from tests.dataset_factory import SOURCE_A, SOURCE_B, build_small_database, small_dataset

MARKUP = "<b>bold</b> <img src='x'> &amp;"


@pytest.fixture
def state(small_db: Path, qapp: object) -> AppState:
    return AppState(open_database(small_db), "en")


class _UrlCatcher(QObject):
    """Stands in for the system browser: records the URLs Qt was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser() -> _UrlCatcher:
    catcher = _UrlCatcher()
    for scheme in ("http", "https", "file", "javascript"):
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    yield catcher
    for scheme in ("http", "https", "file", "javascript"):
        QDesktopServices.unsetUrlHandler(scheme)


def _select_row(table: object, row: int) -> None:
    index = table.model().index(row, 0)  # type: ignore[attr-defined]
    table.selectionModel().select(  # type: ignore[attr-defined]
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


# -- offers ---------------------------------------------------------------------------------------
def test_offers_view_lists_every_offer_and_filters(state: AppState, qtbot: object) -> None:
    view = OffersView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    assert sorted(view.visible_offer_ids()) == ["o1", "o2"]
    assert view.count_label.text() == "2 of 2 offers"
    products = [view.product_filter.itemData(i) for i in range(view.product_filter.count())]
    assert products == ["", "alpha", "beta"]  # only products with offers
    view.product_filter.setCurrentIndex(view.product_filter.findData("beta"))
    assert view.visible_offer_ids() == ["o1"]
    view.product_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.audience_filter, "hospital")  # type: ignore[attr-defined]
    assert view.visible_offer_ids() == ["o2"]
    assert view.count_label.text() == "1 of 2 offers"
    view.audience_filter.clear()
    view.active_date.setDate(dt.date(2020, 1, 25))
    assert not view.active_date.isEnabled()
    view.active_check.setChecked(True)
    assert view.active_date.isEnabled()
    assert view.visible_offer_ids() == ["o1"]
    view.active_check.setChecked(False)
    view.confidence_filter.setCurrentIndex(view.confidence_filter.findData("medium"))
    assert view.visible_offer_ids() == ["o2"]


def test_offers_view_sorts_by_header_click(state: AppState, qtbot: object) -> None:
    view = OffersView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.table.sortByColumn(OffersModel.PRODUCT, Qt.SortOrder.AscendingOrder)
    assert view.visible_offer_ids() == ["o2", "o1"]  # Alpha, Beta
    view.table.sortByColumn(OffersModel.PRODUCT, Qt.SortOrder.DescendingOrder)
    assert view.visible_offer_ids() == ["o1", "o2"]


def test_selecting_an_offer_shows_evidence(state: AppState, qtbot: object) -> None:
    view = OffersView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    row = view.visible_offer_ids().index("o2")
    with qtbot.waitSignal(state.evidence_changed) as blocker:  # type: ignore[attr-defined]
        _select_row(view.table, row)
    title, facts = blocker.args
    assert title == "Alpha Talk: Three years free"
    assert [type(f) for f in facts] == [Offer] and facts[0].id == "o2"


def test_offers_select_item_clears_hiding_filters(state: AppState, qtbot: object) -> None:
    view = OffersView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.set_filters(product_id="beta")
    assert view.visible_offer_ids() == ["o1"]
    assert view.select_item("o2")
    assert sorted(view.visible_offer_ids()) == ["o1", "o2"]
    selected = view.table.selectionModel().selectedRows()
    assert [view.visible_offer_ids()[i.row()] for i in selected] == ["o2"]
    assert not view.select_item("missing")


def test_offers_view_follows_the_data_language(state: AppState, qtbot: object) -> None:
    view = OffersView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    state.set_language("zh")
    assert view.product_filter.itemText(view.product_filter.findData("beta")) == "贝塔会议"
    row = view.visible_offer_ids().index("o1")
    assert view.proxy.index(row, OffersModel.OFFER).data() == "免费100人会议"


# -- strategies ------------------------------------------------------------------------------------
def _markup_state(tmp_path: Path) -> AppState:
    tables = small_dataset()
    tables["strategies"][0]["summary_en"] = MARKUP
    tables["strategies"][0]["quote"] = MARKUP
    return AppState(open_database(build_small_database(tmp_path, tables)), "en")


def test_strategies_view_has_vendor_columns_and_context(state: AppState, qtbot: object) -> None:
    view = StrategiesView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    assert list(view.vendor_columns) == ["acme"]
    assert set(view.cards) == {"st1", "st2"}
    column = view.vendor_columns["acme"]
    assert view.cards["st1"].parent() is column  # the vendor's card sits in its column
    assert view.cards["st2"].parent() is not column  # context sits in the grid below
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    assert [label.text() for label in column.findChildren(QLabel, "VendorHeading", direct)] == ["Acme"]
    text = view.cards["st1"].plain_text()
    for part in ("Universal chassis", "Alpha wants to be a chassis", "Speaker: CEO",
                 "“quote st1”", "Source A 来源甲 · Pub A · 24 Feb 2020", "Alpha Talk"):
        assert part in text
    assert view.context_heading.isVisibleTo(view)
    assert "Analyst view" in view.cards["st2"].plain_text()


def test_strategy_texts_are_plain(tmp_path: Path, qtbot: object, qapp: object) -> None:
    view = StrategiesView(_markup_state(tmp_path), None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    card = view.cards["st1"]
    assert card.summary_label.text() == MARKUP
    for label in card.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_clicking_a_card_selects_it_and_shows_evidence(state: AppState, qtbot: object) -> None:
    view = StrategiesView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.show()
    card = view.cards["st1"]
    with qtbot.waitSignal(state.evidence_changed) as blocker:  # type: ignore[attr-defined]
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert view.selected_id == "st1" and card.is_selected()
    assert [s.id for s in blocker.args[1] if isinstance(s, Strategy)] == ["st1"]
    assert view.select_item("st2")
    assert not card.is_selected() and view.cards["st2"].is_selected()
    assert not view.select_item("missing")


def test_strategies_view_rebuilds_in_chinese(state: AppState, qtbot: object) -> None:
    view = StrategiesView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.select_item("st1")
    state.set_language("zh")
    assert "通用底盘" in view.cards["st1"].plain_text()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    assert [label.text() for label in view.vendor_columns["acme"].findChildren(QLabel, "VendorHeading", direct)] \
        == ["阿克米"]
    assert view.cards["st1"].is_selected()  # the selection survives the rebuild


# -- sources ----------------------------------------------------------------------------------------
def test_sources_view_lists_sources_with_counts(state: AppState, qtbot: object) -> None:
    view = SourcesView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    assert view.proxy.rowCount() == 2
    assert view.count_label.text() == "2 of 2 sources"
    assert not view.open_button.isEnabled()
    qtbot.keyClicks(view.filter_edit, "pub b")  # type: ignore[attr-defined]
    assert view.proxy.rowCount() == 1


def test_selecting_a_source_lists_its_facts(state: AppState, qtbot: object) -> None:
    view = SourcesView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    with qtbot.waitSignal(state.evidence_changed) as blocker:  # type: ignore[attr-defined]
        assert view.select_item(SOURCE_B)
    assert [type(f) for f in blocker.args[1]] == [Source]
    count = state.database.citation_counts()[SOURCE_B]
    assert view.facts_proxy.rowCount() == count
    assert view.facts_heading.text() == f"Facts citing this source: {count}"
    assert view.url_label.text() == "No URL: printed or unpublished copy"
    assert not view.open_button.isEnabled()
    with qtbot.waitSignal(state.evidence_changed) as blocker:  # type: ignore[attr-defined]
        _select_row(view.facts_table, 0)
    assert getattr(blocker.args[1][0], "source_id", None) == SOURCE_B


def test_link_opens_only_on_the_button(state: AppState, qtbot: object, browser: _UrlCatcher) -> None:
    view = SourcesView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.select_item(SOURCE_A)
    assert view.url_label.text() == "https://example.org/a"
    assert view.url_label.textFormat() == Qt.TextFormat.PlainText
    assert browser.urls == []  # selecting never opens anything
    assert view.open_button.isEnabled()
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert browser.urls == ["https://example.org/a"]
    view.copy_link()
    assert QGuiApplication.clipboard().text() == "https://example.org/a"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "not a url",
                                 "https://", "ftp://example.org/x"])
def test_non_web_links_never_open(tmp_path: Path, qtbot: object, qapp: object,
                                  browser: _UrlCatcher, url: str) -> None:
    tables = small_dataset()
    tables["sources"][0]["url"] = url
    state = AppState(open_database(build_small_database(tmp_path, tables)), "en")
    view = SourcesView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.select_item(SOURCE_A)
    assert view.url_label.text() == url
    assert not view.open_button.isEnabled()
    assert view.open_link() is False
    assert browser.urls == []
    assert openable_url(url) is None


def test_launch_facts_show_their_source(state: AppState, qtbot: object) -> None:
    view = SourcesView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.select_item(SOURCE_A)
    kinds = [view.facts_proxy.index(r, 0).data() for r in range(view.facts_proxy.rowCount())]
    row = kinds.index("Launch date")
    with qtbot.waitSignal(state.evidence_changed) as blocker:  # type: ignore[attr-defined]
        _select_row(view.facts_table, row)
    assert [getattr(f, "id", None) for f in blocker.args[1]] == [SOURCE_A]


def test_sources_view_follows_database_change(state: AppState, tmp_path: Path, qtbot: object) -> None:
    view = SourcesView(state, None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.select_item(SOURCE_A)
    tables = small_dataset()
    tables["sources"].append({"id": "src-c", "title": "Source C", "language": "en",
                              "kind": "news", "confidence": "low"})
    state.set_database(open_database(build_small_database(tmp_path / "c", tables)))
    assert view.proxy.rowCount() == 3
    assert view.facts_proxy.rowCount() == 0


@pytest.mark.parametrize("view_class", [OffersView, StrategiesView, SourcesView])
def test_deleted_views_ignore_later_state_signals(small_db: Path, tmp_path: Path, qapp: object,
                                                  view_class: type) -> None:
    import shiboken6

    state = AppState(open_database(small_db), "en")
    view = view_class(state, None)
    shiboken6.delete(view)
    state.set_language("zh")  # a slot on the deleted view would raise here
    state.set_database(open_database(build_small_database(tmp_path / "other", small_dataset())))


def test_strategy_columns_reflow_to_the_width(bundled_db: Path, qtbot: object, qapp: object) -> None:
    view = StrategiesView(AppState(open_database(bundled_db), "zh"), None)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.show()
    vendors = len(view.vendor_columns)
    assert vendors >= 3
    view.resize(240 * vendors + 100, 700)
    qtbot.waitUntil(lambda: view.columns_per_row() == (vendors, 2))  # type: ignore[attr-defined]
    view.resize(300, 700)
    qtbot.waitUntil(lambda: view.columns_per_row() == (1, 1))  # type: ignore[attr-defined]
    # Nothing is cut off at the side: the content fits the width once laid out again.
    qtbot.waitUntil(lambda: view.scroll.widget().width() <= view.scroll.viewport().width())  # type: ignore[attr-defined]
