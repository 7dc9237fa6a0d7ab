"""The command-line interface: options for the window, and the search/export commands.

The options are a public contract (scripts call them): add, never rename.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cloudoffice_gui import __version__


def _language(value: str) -> str:
    value = value.lower()
    if value not in ("zh", "en"):
        raise argparse.ArgumentTypeError(f"unknown language {value!r}: use zh or en")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The parser for ``cloudoffice-gui`` / ``python main.py``."""
    parser = argparse.ArgumentParser(
        prog="cloudoffice-gui",
        description="CloudOffice Compare: an offline reference for cloud-office suites.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--database", type=Path, metavar="PATH",
                        help="read this database instead of the bundled one (read-only)")
    parser.add_argument("--lang", type=_language, metavar="zh|en",
                        help="language of the interface and the data (default: system)")
    parser.add_argument("--self-test", action="store_true",
                        help="build the window with all views and data, render it once, exit")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add the app to the desktop menu of the current user")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove the app from the desktop menu of the current user")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    search = commands.add_parser("search", help="search the database and print one hit per line")
    search.add_argument("text", help="text to find (Chinese or English)")
    search.add_argument("--lang", type=_language, metavar="zh|en", dest="search_lang",
                        help="language of the printed titles")
    search.add_argument("--database", type=Path, metavar="PATH", dest="search_database")
    export = commands.add_parser("export", help="write a comparison PDF, matrix CSV or timeline PNG")
    from cloudoffice_gui.commands.export_command import add_export_arguments

    add_export_arguments(export)
    return parser
