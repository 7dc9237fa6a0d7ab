"""Entry point: parse the command line, then run a command or open the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cloudoffice_gui import APP_ID, __version__, bundled_database_path, resources_path
from cloudoffice_gui.cli import build_parser

ORGANIZATION = "CloudOfficeCompare"
APPLICATION = "CloudOffice Compare"


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the process exit code."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(install=args.install_desktop_entry)
    if args.command == "search":
        from cloudoffice_gui.commands.search_command import run_search

        database = args.search_database or args.database or bundled_database_path()
        return run_search(database, args.text, args.search_lang or args.lang, sys.stdout)
    if args.command == "export":
        from cloudoffice_gui.commands.export_command import run_export

        return run_export(args)
    return run_gui(args.database, args.lang, self_test=args.self_test)


def _desktop_entry(install: bool) -> int:
    from cloudoffice_gui.desktop_entry import install_desktop_entry, uninstall_desktop_entry

    try:
        paths = install_desktop_entry() if install else uninstall_desktop_entry()
    except OSError as error:
        print(f"cloudoffice-gui: cannot change the desktop entry: {error}", file=sys.stderr)
        return 1
    verb = "installed" if install else "removed"
    for path in paths:
        print(f"{verb} {path}")
    return 0


def configure_settings_location() -> None:
    """Keep settings in CLOUDOFFICE_SETTINGS_DIR when set (tests isolate themselves so)."""
    from PySide6.QtCore import QSettings

    directory = os.environ.get("CLOUDOFFICE_SETTINGS_DIR")
    if directory:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, directory)


def create_application(argv: list[str] | None = None) -> object:
    """The QApplication with names, icon and the bundled fonts (reuses an existing one)."""
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from cloudoffice_gui.views.fonts import apply_application_font

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    configure_settings_location()
    icon = resources_path() / "icons" / "cloudoffice-compare.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    apply_application_font(app)
    return app


def system_language() -> str:
    """'zh' when the system locale is Chinese, otherwise 'en'."""
    from PySide6.QtCore import QLocale

    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def run_gui(database: Path | None, language: str | None, self_test: bool = False) -> int:
    """Open the main window on ``database`` (default: bundled); ``self_test`` renders and exits."""
    app = create_application()
    from cloudoffice_gui.data.errors import DatabaseError
    from cloudoffice_gui.models.app_settings import AppSettings
    from cloudoffice_gui.views.crash_handler import install_exception_hook
    from cloudoffice_gui.views.window_factory import create_main_window

    install_exception_hook(app)

    # --lang wins for this run; otherwise the language chosen in the menu, else the system's.
    language = language or AppSettings().preferred_language()
    path = database or bundled_database_path()
    try:
        window = create_main_window(path, language)
    except DatabaseError as error:
        if self_test:
            print(f"cloudoffice-gui self-test failed. {error.message()}", file=sys.stderr)
            return 2
        from cloudoffice_gui.views.database_error_dialog import ask_for_database

        window = ask_for_database(error, language)
        if window is None:
            return 2
    if self_test:
        return _self_test(window)
    from cloudoffice_gui.views.first_paint_probe import install_first_paint_probe

    install_first_paint_probe(window)  # only when benchmarks/run.py sets its variable
    window.show()
    return app.exec()


def _self_test(window: object) -> int:
    from cloudoffice_gui.data.errors import DatabaseError

    try:
        views = window.build_all_views()  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
        image = window.grab().toImage()  # type: ignore[attr-defined]
    except DatabaseError as error:
        print(f"cloudoffice-gui self-test failed. {error.message()}", file=sys.stderr)
        return 2
    if image.isNull() or image.width() < 100:
        print("cloudoffice-gui self-test failed: the window did not render.", file=sys.stderr)
        return 1
    info = window.state.database.info()  # type: ignore[attr-defined]
    counts = ", ".join(f"{k} {v}" for k, v in info.counts.items())
    print(f"self-test ok: {len(views)} views rendered {image.width()}x{image.height()}; "
          f"database {info.path} (data {info.data_version}, schema {info.schema_version}): {counts}")
    window.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
