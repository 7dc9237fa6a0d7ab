"""File menu export actions: PDF (Ctrl+E), print, print preview, paper, timeline PNG/SVG."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QProgressDialog
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from cloudoffice_gui.data.feature_scoring import Weights
from cloudoffice_gui.models.weights_store import WeightsStore
from cloudoffice_gui.views.main_window import MainWindow
from cloudoffice_gui.views.window_factory import create_main_window
from tests import interface_fixtures
from tests.test_export_csv import save_as

app = interface_fixtures.app  # the fixture: names, settings folder, language/theme reset


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, bundled_db: Path) -> MainWindow:
    """A main window comparing Tencent Meeting and Feishu as of 24 Feb 2020, in English."""
    main = create_main_window(bundled_db, "en")
    qtbot.addWidget(main)
    main.state.set_as_of(dt.date(2020, 2, 24))
    main.state.set_chosen_product_ids(["tencent-meeting", "feishu"])
    return main


def text_of(path: Path) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout
        return re.sub(r"\s+", "", out.decode("utf-8"))
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(path)).pages))


def test_actions_sit_in_the_file_menu_with_shortcuts(window: MainWindow) -> None:
    actions = window.export_actions
    menu = window.file_menu.actions()
    for action in (actions.pdf_action, actions.print_action, actions.preview_action,
                   actions.csv_action, actions.png_action, actions.svg_action):
        assert action in menu and action.text()
    assert actions.pdf_action.shortcut().toString() == "Ctrl+E"
    printing = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Print)]
    assert actions.print_action.shortcut().toString() in (printing or ["Ctrl+P"])
    assert menu[-1] is window.quit_action  # Quit stays last


def test_export_pdf_writes_the_chosen_products_and_date(window: MainWindow, monkeypatch,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "comparison.pdf"
    asked = save_as(monkeypatch, target)
    window.export_actions.pdf_action.trigger()
    assert asked == ["Export Comparison PDF"]
    text = text_of(target)
    # The title page lists the compared products with their other-language names.
    assert "TencentMeeting(腾讯会议)" in text and "Feishu(飞书)" in text
    assert "DingTalk(钉钉)" not in text
    assert "Asof2020-02-24" in text and "300participants" in text
    assert "Weightedranking" not in text


def test_custom_weights_and_paper_reach_the_pdf(window: MainWindow, monkeypatch,
                                                tmp_path: Path) -> None:
    WeightsStore().save(Weights({"documents": 2.5}))
    actions = window.export_actions
    actions.paper_actions["Letter"].trigger()
    actions.orientation_actions["landscape"].trigger()
    target = tmp_path / "letter.pdf"
    save_as(monkeypatch, target)
    actions.export_pdf()
    assert "Weightedranking" in text_of(target)
    box = PdfReader(str(target)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    assert (actions.page_size(), actions.orientation()) == ("Letter", "landscape")


def test_cancelling_the_progress_dialog_writes_nothing(window: MainWindow, monkeypatch,
                                                       tmp_path: Path) -> None:
    target = tmp_path / "cancelled.pdf"
    save_as(monkeypatch, target)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert window.export_actions.export_pdf() is None
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_print_preview_paints_the_report(window: MainWindow, monkeypatch) -> None:
    pages: list[int] = []

    def show(dialog: QPrintPreviewDialog) -> int:
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        pages.append(preview.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    window.export_actions.preview_action.trigger()
    assert pages and pages[0] >= 5


def test_print_goes_through_the_print_dialog(window: MainWindow, monkeypatch,
                                             tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return int(QPrintDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.export_actions.print_report()
    assert "Feishu" in text_of(target)


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_timeline_pictures(window: MainWindow, monkeypatch, tmp_path: Path, kind: str) -> None:
    window.show_view("timeline")
    target = tmp_path / f"timeline.{kind}"
    save_as(monkeypatch, target)
    action = window.export_actions.png_action if kind == "png" else window.export_actions.svg_action
    action.trigger()
    data = target.read_bytes()
    if kind == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    else:
        assert b"<svg" in data[:2000]
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
