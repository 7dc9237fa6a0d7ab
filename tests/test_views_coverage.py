"""The Data coverage dialog and its model on the bundled database: numbers, sorting, languages."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from cloudoffice_gui.data.coverage import percent_text
from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.coverage_model import CoverageModel, ProductIdRole, SortRole
from cloudoffice_gui.views.coverage_dialog import CoverageDialog

FOCUS = dt.date(2020, 2, 24)


@pytest.fixture
def state(bundled_db: Path, qapp: object) -> AppState:
    state = AppState(open_database(bundled_db), "en")
    state.set_as_of(FOCUS)
    return state


def _expected(path: Path, as_of: dt.date) -> dict[str, tuple[int, int, int, int, int, str]]:
    """(in scope, stated, stated by as_of, unknown, out of scope, high-confidence text) per
    product, straight from SQL.

    Written apart from data/coverage.py on purpose. valid_from is ISO text at its precision,
    so "2020-02" <= "2020-02-24" compares as the first of the month would.
    """
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        products = conn.execute("SELECT id, category FROM products").fetchall()
        features = conn.execute("SELECT id, applies_to FROM features").fetchall()
        support = conn.execute("SELECT product_id, feature_id, valid_from, confidence FROM support").fetchall()
    finally:
        conn.close()
    day = as_of.isoformat()
    result = {}
    for product_id, category in products:
        scoped = {f for f, scope in features if not scope or category in scope.split(";")}
        rows = [(f, since, c) for p, f, since, c in support if p == product_id and f in scoped]
        stated = {f for f, _, _ in rows}
        by_date = {f for f, since, _ in rows if since <= day}
        high = sum(c == "high" for _, _, c in rows)
        result[product_id] = (len(scoped), len(stated), len(by_date), len(scoped) - len(stated),
                              len(features) - len(scoped),
                              percent_text(high / len(rows) if rows else None))
    return result


def _cells(dialog: CoverageDialog, product_id: str) -> list[str]:
    proxy = dialog.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(ProductIdRole) == product_id:
            return [proxy.index(row, c).data() for c in range(proxy.columnCount())]
    raise AssertionError(f"{product_id} not shown")


def test_model_and_proxy_pass_qtmodeltester(state: AppState, qtmodeltester: object) -> None:
    model = CoverageModel(state)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(CoverageModel.STATED)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    qtmodeltester.check(CoverageModel(state, []))  # type: ignore[attr-defined]


def test_dialog_shows_the_bundled_numbers(state: AppState, bundled_db: Path, qtbot: object) -> None:
    dialog = CoverageDialog(state)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.isModal()
    assert dialog.windowTitle() == "Data coverage"
    expected = _expected(bundled_db, FOCUS)
    assert dialog.proxy.rowCount() == len(expected)
    names = {p.id: p.name("en") for p in state.database.products()}
    for product_id, (in_scope, stated, by_date, unknown, out, high) in expected.items():
        cells = _cells(dialog, product_id)
        assert cells == [
            names[product_id],
            f"{stated} / {in_scope} ({percent_text(stated / in_scope)})",
            f"{by_date} ({percent_text(by_date / in_scope)})",
            str(unknown), str(out), high,
        ], product_id
    # Written out, so a change of format is seen: an in-scope count of 0 would be a bug too.
    assert all(re.fullmatch(r"\d+ / [1-9]\d* \(\d+%\)", _cells(dialog, p)[1]) for p in expected)
    header = dialog.model.headerData(CoverageModel.STATED_AS_OF, Qt.Orientation.Horizontal)
    assert header == "Stated by\n24 Feb 2020"


def test_as_of_and_language_follow_the_state(state: AppState, bundled_db: Path, qtbot: object) -> None:
    dialog = CoverageDialog(state, ["zoom", "dingtalk"])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert [dialog.proxy.index(r, 0).data() for r in range(2)] == ["Zoom", "DingTalk"]
    early = dt.date(2019, 1, 1)
    state.set_as_of(early)
    assert _cells(dialog, "zoom")[2].startswith(f"{_expected(bundled_db, early)['zoom'][2]} (")
    assert "1 Jan 2019" in dialog.model.headerData(CoverageModel.STATED_AS_OF,
                                                   Qt.Orientation.Horizontal)
    state.set_language("zh")
    assert _cells(dialog, "dingtalk")[0] == "钉钉"


def test_sorting_by_share_is_numeric(state: AppState, qtbot: object) -> None:
    dialog = CoverageDialog(state)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.table.sortByColumn(CoverageModel.STATED, Qt.SortOrder.DescendingOrder)
    shares = [dialog.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).stated_share
              for r in range(dialog.proxy.rowCount())]
    assert shares == sorted(shares, reverse=True)
    dialog.table.sortByColumn(CoverageModel.HIGH_SHARE, Qt.SortOrder.AscendingOrder)
    highs = [dialog.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).high_share
             for r in range(dialog.proxy.rowCount())]
    # Products without rows (None, shown "—") sort below 0%, then the shares rise as numbers.
    keys = [-1.0 if h is None else h for h in highs]
    assert keys == sorted(keys) and len(set(keys)) > 2


def test_texts_are_plain_and_columns_uncut(state: AppState, qtbot: object) -> None:
    dialog = CoverageDialog(state)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    assert dialog.explanation.textFormat() == Qt.TextFormat.PlainText
    assert "—" in dialog.explanation.text() and "?" in dialog.explanation.text()
    table = dialog.table
    header = table.horizontalHeader()
    for column in range(dialog.model.columnCount()):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
