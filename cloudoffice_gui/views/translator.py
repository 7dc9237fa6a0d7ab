"""Switch the interface language at run time: our translations and Qt's own, zh or en.

Installing or removing a QTranslator makes Qt send ``QEvent.Type.LanguageChange`` to every
widget, whose ``retranslate_ui()`` then re-reads its texts; ``AppState.set_language`` moves
the data texts (names, quotes) to the same language, so nothing needs a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from cloudoffice_gui import resources_path
from cloudoffice_gui.models.app_settings import AppSettings
from cloudoffice_gui.models.app_state import AppState

LANGUAGES = ("zh", "en")
"""Interface languages: Simplified Chinese and English."""

# Our catalogue first, then Qt's (standard dialogs, buttons, context menus).
QM_FILES: dict[str, tuple[str, ...]] = {
    "zh": ("cloudoffice_zh_CN.qm", "qtbase_zh_CN.qm"),
    "en": ("cloudoffice_en.qm",),
}

# Kept here so they live as long as they are installed.
_installed: list[QTranslator] = []
_language = ""
_initial_locale: QLocale | None = None


def translations_dir() -> Path:
    """The folder with the compiled ``.qm`` catalogues."""
    return resources_path() / "translations"


def interface_language() -> str:
    """The interface language installed now ('zh' or 'en'), or '' before any."""
    return _language


def remove_interface_translators() -> None:
    """Uninstall our translators: the interface falls back to the English source texts."""
    global _language
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    if _initial_locale is not None:
        QLocale.setDefault(_initial_locale)
    _language = ""


def install_interface_language(language: str) -> bool:
    """Make ``language`` the interface language; False when its catalogue is missing."""
    global _language, _initial_locale
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translators")
    if _initial_locale is None:
        _initial_locale = QLocale()
    remove_interface_translators()
    loaded = False
    for name in QM_FILES[language]:
        translator = QTranslator(app)
        if translator.load(str(translations_dir() / name)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = loaded or name.startswith("cloudoffice_")
    QLocale.setDefault(_locale_for(language))
    _language = language
    return loaded


def _locale_for(language: str) -> QLocale:
    if language == "zh":
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript,
                       QLocale.Country.China)
    # Keep the user's own formats (dates, numbers) unless they are Chinese ones.
    initial = _initial_locale or QLocale()
    if initial.language() not in (QLocale.Language.Chinese, QLocale.Language.C):
        return initial
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def switch_language(state: AppState, language: str, remember: bool = True) -> None:
    """Show the interface and the data in ``language``; ``remember`` saves the choice."""
    install_interface_language(language)
    state.set_language(language)
    if remember:
        AppSettings().set_language(language)


__all__ = [
    "LANGUAGES",
    "install_interface_language",
    "interface_language",
    "remove_interface_translators",
    "switch_language",
    "translations_dir",
]
