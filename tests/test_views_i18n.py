"""The interface in Chinese and English: complete catalogues, compiled, switchable at run time."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cloudoffice_gui import resources_path
from cloudoffice_gui.models.app_settings import AppSettings
from cloudoffice_gui.models.product_list_model import ProductListModel
from cloudoffice_gui.views.main_window import MainWindow
from cloudoffice_gui.views.translator import interface_language
from cloudoffice_gui.views.window_factory import create_main_window
from tests import interface_fixtures

app = interface_fixtures.app  # the fixture: names, settings folder, language/theme reset

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = resources_path() / "translations"
ZH_TS = TRANSLATIONS / "cloudoffice_zh_CN.ts"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


# -- catalogues ------------------------------------------------------------------------------
def test_every_chinese_message_is_translated() -> None:
    messages = _messages(ZH_TS)
    assert len(messages) > 100
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, f"[{context}] {source!r} is {translation.get('type')}"
        for text in _translation_texts(message):
            assert text.strip(), f"[{context}] {source!r} has an empty translation"


def test_translations_keep_placeholders_and_accelerators() -> None:
    for context, message in _messages(ZH_TS):
        source = message.findtext("source") or ""
        for text in _translation_texts(message):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source)
            if re.search(r"&\w", source):
                assert re.search(r"&\w", text), f"[{context}] {source!r} lost its accelerator"


def test_chinese_catalogue_covers_every_text_in_the_code() -> None:
    missing = _script().missing_translations(TRANSLATIONS)
    assert missing == [], ("run scripts/update_translations.py and translate these in "
                           f"resources/translations/cloudoffice_zh_CN.ts: {missing}")


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_compiled_catalogues_match_their_sources(locale: str, tmp_path: Path) -> None:
    script = _script()
    compiled = tmp_path / f"cloudoffice_{locale}.qm"
    script.compile_qm(TRANSLATIONS / f"cloudoffice_{locale}.ts", compiled)
    shipped = TRANSLATIONS / f"cloudoffice_{locale}.qm"
    assert shipped.read_bytes() == compiled.read_bytes(), "run scripts/update_translations.py"


def test_qt_catalogue_translates_standard_buttons(app: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "qtbase_zh_CN.qm"))
    app.installTranslator(translator)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:
        app.removeTranslator(translator)


# -- switching at run time ---------------------------------------------------------------------
def _visible_texts(window: MainWindow) -> dict[str, str]:
    model = window.product_list.model
    dingtalk = model.index(model.row_of("dingtalk"), ProductListModel.NAME)
    return {
        "file": window.file_menu.title(),
        "view": window.view_menu.title(),
        "help": window.help_menu.title(),
        "tab": window.tabs.tabText(0),
        "placeholder": window.product_list.search.placeholderText(),
        "product": window.product_list.proxy.mapFromSource(dingtalk).data(),
        "dock": window.product_dock.windowTitle(),
    }


ENGLISH = {"file": "&File", "view": "&View", "help": "&Help", "tab": "Product",
           "placeholder": "Search products (钉, 飞书, Lark, teams…)", "product": "DingTalk",
           "dock": "Products"}
CHINESE = {"file": "文件(&F)", "view": "视图(&V)", "help": "帮助(&H)", "tab": "产品",
           "placeholder": "搜索产品（钉、飞书、Lark、teams…）", "product": "钉钉", "dock": "产品"}


def test_window_starts_in_the_requested_language(app: QApplication, qtbot: QtBot, bundled_db: Path) -> None:
    window = create_main_window(bundled_db, "zh")
    qtbot.addWidget(window)
    assert interface_language() == "zh"
    assert _visible_texts(window) == CHINESE
    assert window.menus.language_actions["zh"].isChecked()


def test_switching_language_changes_visible_texts_both_ways(
        app: QApplication, qtbot: QtBot, bundled_db: Path) -> None:
    window = create_main_window(bundled_db, "en")
    qtbot.addWidget(window)
    window.show()
    assert _visible_texts(window) == ENGLISH

    window.menus.language_actions["zh"].trigger()
    # Qt posts LanguageChange to the widgets; wait for the event loop to deliver it.
    qtbot.waitUntil(lambda: window.file_menu.title() == CHINESE["file"])
    assert _visible_texts(window) == CHINESE
    assert window.state.language == "zh"
    assert "产品" in window.evidence_panel.plain_text() or "证据" in window.evidence_panel.plain_text()
    assert window.menus.language_actions["zh"].isChecked()

    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == ENGLISH["file"])
    assert _visible_texts(window) == ENGLISH
    assert window.state.language == "en"
    assert AppSettings().language() == "en"


def test_views_built_later_use_the_current_language(app: QApplication, qtbot: QtBot, bundled_db: Path) -> None:
    window = create_main_window(bundled_db, "en")
    qtbot.addWidget(window)
    window.menus.set_language("zh")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "产品")
    view = window.show_view("details")
    assert "优惠" in view.plain_text()  # type: ignore[attr-defined]
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"


def test_lang_option_wins_over_the_saved_choice(app: QApplication, bundled_db: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from cloudoffice_gui.app import run_gui

    AppSettings().set_language("zh")
    assert run_gui(bundled_db, None, self_test=True) == 0
    assert interface_language() == "zh"
    assert run_gui(bundled_db, "en", self_test=True) == 0
    assert interface_language() == "en"
    assert AppSettings().language() == "zh", "--lang is for one run; it does not change the choice"
    assert "self-test ok" in capsys.readouterr().out
