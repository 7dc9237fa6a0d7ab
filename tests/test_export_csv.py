"""The matrix CSV equals the on-screen matrix: same rows, columns, texts and as-of date."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cloudoffice_gui.export.csv_export import csv_bytes
from cloudoffice_gui.models.feature_matrix_model import MatrixRole
from cloudoffice_gui.views.export_actions import LAST_FOLDER_KEY, visible_order
from cloudoffice_gui.views.main_window import MainWindow
from cloudoffice_gui.views.window_factory import create_main_window
from tests import interface_fixtures

app = interface_fixtures.app  # the fixture: names, settings folder, language/theme reset
BOM = b"\xef\xbb\xbf"


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, bundled_db: Path) -> MainWindow:
    """A main window on the bundled database, in English, as of 24 Feb 2020."""
    main = create_main_window(bundled_db, "en")
    qtbot.addWidget(main)
    main.state.set_as_of(dt.date(2020, 2, 24))
    return main


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Make the save dialog answer ``path``; returns the titles it was asked with."""
    asked: list[str] = []

    def answer(_parent, title, _directory, _filter, *args, **kwargs):
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(BOM), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def shown_table(view) -> list[list[str]]:
    """What the table widget shows, read cell by cell in its visual order, spelled out as a file
    spells it (the cell's text, then what its marks mean)."""
    table = view.table
    model = table.model()
    rows, columns = visible_order(table)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    body = [[(model.headerData(r, Qt.Orientation.Vertical) or "").strip()]
            + [model.index(r, c).data(MatrixRole.EXPORT_TEXT) or "" for c in columns] for r in rows]
    for row, r in zip(body, rows):
        for cell, c in zip(row[1:], columns):
            assert cell.startswith(model.index(r, c).data() or ""), "a file starts with what is shown"
    return [header, *body]


def table_part(written: list[list[str]], shown: list[list[str]]) -> list[list[str]]:
    """The matrix rows of a written CSV, checked to be followed by one empty row and the legend."""
    legend = written[len(shown):]
    assert legend[0] == [] and legend[1] and "†" in legend[-1][0] and "°" in legend[-1][1]
    return written[:len(shown)]


def test_csv_equals_the_filtered_sorted_matrix(window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    view = window.show_view("matrix")
    view.filter_edit.setText("meeting")
    column = view.model.product_ids.index("tencent-meeting")
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "matrix.csv"
    asked = save_as(monkeypatch, target)
    window.export_actions.csv_action.trigger()
    assert asked == ["Export Matrix as CSV"]
    shown = shown_table(view)
    written = table_part(read_csv(target), shown)
    assert written[0][0] == "Feature (as of 2020-02-24)"
    assert written[0][1:] == shown[0]
    assert [row for row in written[1:]] == shown[1:]
    names = [row[0] for row in written[1:]]
    assert "Free meeting capacity" in names and "Instant messaging" not in names
    capacity = next(row for row in written if row[0] == "Free meeting capacity")
    assert capacity[1 + written[0][1:].index("Tencent Meeting")] == "✓ 300 participants"
    assert QSettings().value(LAST_FOLDER_KEY) == str(tmp_path)


def test_csv_follows_as_of_date_language_and_column_order(window: MainWindow, monkeypatch,
                                                          tmp_path: Path) -> None:
    state = window.state
    state.set_language("zh")
    state.set_as_of(dt.date(2020, 1, 25))
    state.set_chosen_product_ids(["tencent-meeting", "dingtalk", "tencent-docs"])
    view = window.show_view("matrix")
    target = tmp_path / "matrix.csv"
    save_as(monkeypatch, target)
    window.export_actions.export_csv()
    shown = shown_table(view)
    written = table_part(read_csv(target), shown)
    assert written[0][1:] == ["腾讯会议", "钉钉", "腾讯文档"]
    assert "2020-01-25" in written[0][0]
    assert written[1:] == shown[1:]
    capacity = next(row for row in written if row[0] == "免费会议人数上限")
    assert capacity[1].endswith("100人")
    assert len(written) == 1 + view.proxy.rowCount()


def test_failed_csv_export_leaves_no_file_and_says_why(window: MainWindow, monkeypatch,
                                                       tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "matrix.csv"
    save_as(monkeypatch, target)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a: warnings.append(text)))
    assert window.export_actions.export_csv() is None
    assert not target.exists() and not target.parent.exists()
    assert len(warnings) == 1 and "does not exist" in warnings[0]


def test_added_suffix_is_confirmed_before_replacing(window: MainWindow, monkeypatch,
                                                    tmp_path: Path) -> None:
    existing = tmp_path / "matrix.csv"
    existing.write_text("keep me", encoding="utf-8")
    save_as(monkeypatch, tmp_path / "matrix")  # typed without the suffix
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert window.export_actions.export_csv() is None
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert window.export_actions.export_csv() is not None
    assert existing.read_bytes().startswith(BOM) and len(asked) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["matrix.csv"]


def test_csv_bytes_quote_and_round_trip() -> None:
    table = [["功能, 数据", "say \"hi\""], ["✓ 7,000人", "line\nbreak"]]
    data = csv_bytes(table)
    assert data.startswith(BOM) and b"\r\n" in data
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))) == table
