"""``cloudoffice-gui export``: the comparison PDF, the matrix CSV or the timeline PNG, no window.

Every failure (bad date, unknown product, unreadable database, unwritable or existing output)
ends with one line on stderr and a non-zero exit, and leaves no file behind. Qt and the
report code are imported only when the command runs, so ``--help`` stays instant.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

PROG = "cloudoffice-gui export"
FORMATS = ("pdf", "csv", "png")
PNG_WIDTH = 1600
EXIT_USAGE = 2
EXIT_FAILED = 1
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_application: object | None = None
"""The QGuiApplication this command created, kept referenced while the process runs."""


class _Failure(Exception):
    """A one-line reason and the exit code to end with."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the export command's options to its subparser."""
    parser.add_argument("--format", required=True, choices=FORMATS, dest="export_format",
                        help="pdf: comparison report; csv: feature matrix; png: timeline")
    parser.add_argument("--output", required=True, type=Path, metavar="PATH",
                        help="file to write (never replaced unless --force)")
    parser.add_argument("--products", metavar="ID,ID",
                        help="product ids in column order (default: the article's six)")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", dest="as_of",
                        help="show the data as it stood on this day (default: the dataset's "
                             "focus date, meta focus_date; today for a file without one)")
    # Own dests: a subparser's default would otherwise overwrite the global --lang/--database.
    parser.add_argument("--lang", metavar="zh|en", dest="export_lang",
                        help="language of the report (default: the system's)")
    parser.add_argument("--database", type=Path, metavar="PATH", dest="export_database",
                        help="read this database instead of the bundled one")
    parser.add_argument("--force", action="store_true", help="replace PATH if it exists")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4",
                        help="paper of the PDF (default: A4)")
    parser.add_argument("--orientation", choices=("portrait", "landscape"), default="portrait",
                        help="orientation of the PDF (default: portrait)")


def parse_as_of(text: str | None) -> dt.date | None:
    """The as-of date of ``--as-of`` (None when absent); raises ValueError with the reason."""
    if text is None:
        return None
    if not _DATE.match(text.strip()):
        raise ValueError(f"bad date {text!r}: use YYYY-MM-DD, for example 2020-02-24")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"bad date {text!r}: no such day") from None


def parse_products(text: str | None) -> list[str] | None:
    """The ids of ``--products`` in order, or None for the default."""
    if text is None:
        return None
    ids = [p.strip() for p in text.split(",") if p.strip()]
    if not ids:
        raise ValueError("--products names no product: give ids separated by commas")
    return ids


def run_export(args: argparse.Namespace, stdout: TextIO | None = None,
               stderr: TextIO | None = None) -> int:
    """Run the export command; returns the exit code."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        message = _export(args)
    except _Failure as failure:
        print(f"{PROG}: {failure}", file=stderr)
        return failure.code
    print(message, file=stdout)
    return 0


@dataclass(frozen=True)
class _Options:
    fmt: str
    as_of: dt.date | None
    product_ids: list[str] | None
    language: str | None
    database: Path
    output: Path
    force: bool


def _options(args: argparse.Namespace) -> _Options:
    """The command's options, checked; a bad one raises :class:`_Failure`."""
    from cloudoffice_gui import bundled_database_path

    try:
        as_of = parse_as_of(getattr(args, "as_of", None))
        wanted = parse_products(getattr(args, "products", None))
    except ValueError as error:
        raise _Failure(str(error), EXIT_USAGE) from None
    language = getattr(args, "export_lang", None) or getattr(args, "lang", None)
    if language is not None and language.lower() not in ("zh", "en"):
        raise _Failure(f"unknown language {language!r}: use zh or en", EXIT_USAGE)
    database = (getattr(args, "export_database", None) or getattr(args, "database", None)
                or bundled_database_path())
    return _Options(args.export_format, as_of, wanted, language and language.lower(),
                    Path(database), Path(args.output), bool(getattr(args, "force", False)))


def _export(args: argparse.Namespace) -> str:
    from cloudoffice_gui.export.atomic_write import check_target
    from cloudoffice_gui.export.errors import ExportError, OutputExistsError

    options = _options(args)
    try:
        check_target(options.output, options.force)  # fail before any slow work
    except OutputExistsError as error:
        raise _Failure(f"{error} Use --force to replace it.") from None
    except ExportError as error:
        raise _Failure(str(error)) from None
    _ensure_application(widgets=options.fmt == "png")
    if options.language is None:
        from cloudoffice_gui.app import system_language

        options = replace(options, language=system_language())
    from cloudoffice_gui.data.database import open_database
    from cloudoffice_gui.data.errors import DatabaseError

    try:
        database = open_database(options.database)
    except DatabaseError as error:
        raise _Failure(error.message(), EXIT_USAGE) from None
    try:
        return _export_from(database, options, args)
    except DatabaseError as error:
        raise _Failure(error.message(), EXIT_USAGE) from None
    except ExportError as error:
        raise _Failure(str(error)) from None
    except OSError as error:
        raise _Failure(f"cannot write {options.output}: {error.strerror or error}") from None
    finally:
        database.close()


def _export_from(database: object, options: _Options, args: argparse.Namespace) -> str:
    database.check_rows()  # type: ignore[attr-defined]  # refuse a bad row anywhere, as the window does
    products = [p.id for p in database.products()]  # type: ignore[attr-defined]
    article = [p.id for p in database.products() if p.in_article]  # type: ignore[attr-defined]
    ids = options.product_ids or article or products[:6]
    unknown = [p for p in ids if p not in products]
    if unknown:
        raise _Failure(f"unknown product id(s): {', '.join(unknown)}; known ids: "
                       f"{', '.join(products)}", EXIT_USAGE)
    as_of = options.as_of or _default_as_of(database)
    return _write(options.fmt, database, ids, as_of, options.language or "en",
                  options.output, options.force, args, defaulted=options.as_of is None)


def _default_as_of(database: object) -> dt.date:
    focus = database.info().focus_date  # type: ignore[attr-defined]
    return dt.date.fromisoformat(focus) if focus else dt.date.today()


def _write(fmt: str, database: object, ids: list[str], as_of: dt.date, language: str,
           output: Path, force: bool, args: argparse.Namespace, defaulted: bool = False) -> str:
    said = f"as of {as_of.isoformat()}" + (", the dataset's focus date" if defaulted else "")
    if fmt == "pdf":
        from cloudoffice_gui.export.pdf_report import export_pdf
        from cloudoffice_gui.export.report_content import build_report_content

        content = build_report_content(database, ids, as_of, language)  # type: ignore[arg-type]
        written = export_pdf(content, output, getattr(args, "page_size", "A4"),
                             getattr(args, "orientation", "portrait"), overwrite=force)
        return f"wrote {written} (PDF, {len(ids)} products, {said})"
    _install_translator(language)
    if fmt == "csv":
        from cloudoffice_gui.data.feature_matrix import FeatureMatrix
        from cloudoffice_gui.export.csv_export import export_model_csv
        from cloudoffice_gui.export.report_labels import label
        from cloudoffice_gui.models.feature_matrix_model import FeatureMatrixModel, MatrixRole
        from cloudoffice_gui.models.feature_matrix_texts import legend_rows

        model = FeatureMatrixModel(FeatureMatrix.from_database(database), ids, as_of, language)
        when = f"{label('as_of', language)} {as_of.isoformat()}"
        if defaulted:
            when += f", {label('as_of_default', language)}"
        corner = f"{label('feature', language)} ({when})"
        written = export_model_csv(model, output, corner, overwrite=force,
                                   role=MatrixRole.EXPORT_TEXT, footer=legend_rows())
        return f"wrote {written} (CSV, {model.rowCount()} rows, {said})"
    return _write_png(database, ids, as_of, language, output, force, said)


def _write_png(database: object, ids: list[str], as_of: dt.date, language: str, output: Path,
               force: bool, said: str) -> str:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from cloudoffice_gui.export.atomic_write import atomic_output
    from cloudoffice_gui.export.errors import ExportError
    from cloudoffice_gui.models.app_state import AppState
    from cloudoffice_gui.views.timeline_view import TimelineView

    state = AppState(database, language)  # type: ignore[arg-type]
    state.set_chosen_product_ids(ids)
    state.set_as_of(as_of)
    with _quiet_size_hints():
        view = TimelineView(state, None)
        try:
            # Laid out and rendered like a shown window, without one appearing on a desktop.
            view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            view.resize(PNG_WIDTH, 900)
            view.show()
            QApplication.processEvents()
            image = view.render_image(PNG_WIDTH)
        finally:
            view.close()
            view.deleteLater()
    with atomic_output(output, force) as temp:
        if image.isNull() or not image.save(str(temp), "PNG"):
            raise ExportError(f"Writing {output} failed: the image could not be encoded.")
    return f"wrote {output.absolute()} (PNG {image.width()}x{image.height()}, {said})"


@contextlib.contextmanager
def _quiet_size_hints() -> Iterator[None]:
    """Drop the offscreen platform's note that it cannot pass size hints to a window manager."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _ensure_application(widgets: bool) -> None:
    """A Qt application for fonts and painting, offscreen when there is no display."""
    if (sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication

    existing = QCoreApplication.instance()
    if widgets or existing is not None:
        # The timeline PNG needs widgets; create_application also names the app (settings)
        # and installs the bundled fonts, and reuses an application that already exists.
        from PySide6.QtWidgets import QApplication

        if existing is None or isinstance(existing, QApplication):
            from cloudoffice_gui.app import create_application

            create_application()
            return
    if existing is None:
        from PySide6.QtGui import QGuiApplication

        global _application
        _application = QGuiApplication([sys.argv[0] if sys.argv else "cloudoffice-gui"])
    from cloudoffice_gui.views.fonts import register_bundled_fonts

    register_bundled_fonts()


def _install_translator(language: str) -> None:
    # The matrix model and the timeline label levels and kinds through Qt's translations.
    from cloudoffice_gui.views.translator import install_interface_language

    install_interface_language(language)
