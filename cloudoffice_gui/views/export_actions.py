"""File menu actions that hand a comparison on: PDF report, print, preview, CSV, PNG, SVG.

The dialogs live here; the writing lives in ``cloudoffice_gui.export``, which takes data
and a path. Every export goes through a temporary file, so a failed or cancelled one leaves
nothing behind, and the file dialog asks before an existing file is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, QStandardPaths, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QWidget,
)

from cloudoffice_gui.export.errors import ExportCancelled, ExportError

LAST_FOLDER_KEY = "export/last_folder"
PAGE_SIZE_KEY = "export/page_size"
ORIENTATION_KEY = "export/orientation"
PROGRESS_DELAY_MS = 400
"""A progress dialog appears only for exports that take longer than this."""


def default_page_size() -> str:
    """Letter where the locale measures in US units, A4 elsewhere."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def visible_order(table: QTableView) -> tuple[list[int], list[int]]:
    """The model rows and columns a table shows, in the order it shows them (none hidden)."""
    order = []
    for header in (table.verticalHeader(), table.horizontalHeader()):
        logical = (header.logicalIndex(v) for v in range(header.count()))
        order.append([n for n in logical if not header.isSectionHidden(n)])
    return order[0], order[1]


class ExportActions(QObject):
    """Creates the export actions of one main window and carries them out."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._state = window.state  # type: ignore[attr-defined]
        self.pdf_action = self._action("ExportPdfAction", self.export_pdf, QKeySequence("Ctrl+E"))
        self.print_action = self._action("PrintAction", self.print_report,
                                         QKeySequence.StandardKey.Print)
        if self.print_action.shortcut().isEmpty():  # platforms without a Print binding
            self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.preview_action = self._action("PrintPreviewAction", self.print_preview)
        self.csv_action = self._action("ExportCsvAction", self.export_csv)
        self.png_action = self._action("ExportPngAction", lambda: self.export_timeline("png"))
        self.svg_action = self._action("ExportSvgAction", lambda: self.export_timeline("svg"))
        self._build_paper_actions()
        menu = window.file_menu  # type: ignore[attr-defined]
        menu.addSeparator()
        for action in (self.pdf_action, self.print_action, self.preview_action):
            menu.addAction(action)
        self.paper_menu = menu.addMenu("")
        self.paper_menu.setObjectName("PaperMenu")
        for action in self.paper_actions.values():
            self.paper_menu.addAction(action)
        self.paper_menu.addSeparator()
        for action in self.orientation_actions.values():
            self.paper_menu.addAction(action)
        menu.addSeparator()
        for action in (self.csv_action, self.png_action, self.svg_action):
            menu.addAction(action)
        window.installEventFilter(self)
        self.retranslate_ui()

    def _action(self, name: str, slot: Callable[[], object], shortcut: object = None) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_paper_actions(self) -> None:
        settings = QSettings()
        size = str(settings.value(PAGE_SIZE_KEY, default_page_size()))
        orientation = str(settings.value(ORIENTATION_KEY, "portrait"))
        self.paper_actions: dict[str, QAction] = {}
        self.orientation_actions: dict[str, QAction] = {}
        for key, store, current, choices in (
                (PAGE_SIZE_KEY, self.paper_actions, size, ("A4", "Letter")),
                (ORIENTATION_KEY, self.orientation_actions, orientation, ("portrait", "landscape"))):
            group = QActionGroup(self)
            for choice in choices:
                action = QAction(self._window)
                action.setCheckable(True)
                action.setChecked(choice == current)
                action.toggled.connect(
                    lambda on, k=key, c=choice: on and QSettings().setValue(k, c))
                group.addAction(action)
                store[choice] = action
            if not any(a.isChecked() for a in store.values()):
                store[choices[0]].setChecked(True)

    # -- paper ---------------------------------------------------------------------------------
    def page_size(self) -> str:
        """'A4' or 'Letter', as checked in File > Paper."""
        return next(k for k, a in self.paper_actions.items() if a.isChecked())

    def orientation(self) -> str:
        """'portrait' or 'landscape', as checked in File > Paper."""
        return next(k for k, a in self.orientation_actions.items() if a.isChecked())

    # -- the report ------------------------------------------------------------------------------
    def report_content(self) -> object:
        """What the report shows now: chosen products, as-of date, data language, weights."""
        from cloudoffice_gui.export.report_content import build_report_content
        from cloudoffice_gui.models.weights_store import WeightsStore

        state = self._state
        if not state.chosen_product_ids:
            raise ExportError(self.tr("Choose at least one product to compare."))
        weights = WeightsStore().load()
        # The ranking belongs in the report once the user has set weights of their own.
        custom = weights.per_feature or any(float(w) != 1 for w in weights.groups.values())
        return build_report_content(state.database, state.chosen_product_ids, state.as_of,
                                    state.language, weights if custom else None)

    @Slot()
    def export_pdf(self) -> Path | None:
        """Ask for a file name and write the comparison PDF there."""
        as_of = self._state.as_of.isoformat()
        path = self.ask_path(self.tr("Export Comparison PDF"),
                             f"cloudoffice-comparison-{as_of}.pdf", self.tr("PDF documents (*.pdf)"),
                             ".pdf")
        if path is None:
            return None
        from cloudoffice_gui.export.pdf_report import export_pdf

        def work(progress: Callable[[float], bool]) -> Path:
            return export_pdf(self.report_content(), path, self.page_size(), self.orientation(),
                              overwrite=True, progress=progress)

        return self._run(self.tr("Writing the comparison PDF…"), work, path)

    @Slot()
    def print_report(self) -> bool:
        """Print the report through the system's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print Comparison"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        from cloudoffice_gui.export.pdf_report import paint_report

        done = self._run(self.tr("Printing…"),
                         lambda progress: paint_report(self.report_content(), printer, progress))
        return done is not None

    @Slot()
    def print_preview(self) -> None:
        """Show the report in a print preview window (it can print from there)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        try:
            content = self.report_content()
        except (ExportError, OSError) as error:
            self._show_error(str(error))
            return
        # The dialog does not own its printer: keep it alive as long as the dialog.
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(lambda device: self._paint_safely(content, device))
        self.preview_dialog = dialog
        dialog.resize(900, 1000)
        try:
            dialog.exec()
        finally:
            self.preview_dialog = None
            dialog.deleteLater()
            del printer

    def _paint_safely(self, content: object, printer: object) -> None:
        from cloudoffice_gui.export.pdf_report import paint_report

        try:
            paint_report(content, printer)  # type: ignore[arg-type]
        except (ExportError, OSError) as error:
            self._show_error(str(error))

    def _printer(self) -> object:
        from PySide6.QtPrintSupport import QPrinter

        from cloudoffice_gui.export.pdf_canvas import apply_page_setup

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        apply_page_setup(printer, self.page_size(), self.orientation())
        printer.setDocName(f"CloudOffice Compare {self._state.as_of.isoformat()}")
        return printer

    # -- the current views -------------------------------------------------------------------------
    @Slot()
    def export_csv(self) -> Path | None:
        """Write the matrix exactly as the Matrix tab shows it (rows, columns, as-of) as CSV."""
        view = self._view("matrix")
        if view is None:
            return None
        as_of = view.model.as_of.isoformat()  # type: ignore[attr-defined]
        path = self.ask_path(self.tr("Export Matrix as CSV"), f"cloudoffice-matrix-{as_of}.csv",
                             self.tr("CSV files (*.csv)"), ".csv")
        if path is None:
            return None
        from cloudoffice_gui.export.csv_export import export_model_csv
        from cloudoffice_gui.models.feature_matrix_model import MatrixRole
        from cloudoffice_gui.models.feature_matrix_texts import legend_rows

        table = view.table  # type: ignore[attr-defined]
        rows, columns = visible_order(table)
        corner = self.tr("Feature (as of %1)").replace("%1", as_of)
        footer = legend_rows()
        return self._run(self.tr("Writing the CSV file…"), lambda _progress: export_model_csv(
            table.model(), path, corner, rows, columns, overwrite=True,
            role=MatrixRole.EXPORT_TEXT, footer=footer), path)

    @Slot()
    def export_timeline(self, kind: str) -> Path | None:
        """Write the Timeline tab as a PNG or SVG picture."""
        view = self._view("timeline")
        if view is None:
            return None
        as_of = self._state.as_of.isoformat()
        filters = {"png": self.tr("PNG images (*.png)"), "svg": self.tr("SVG drawings (*.svg)")}
        title = (self.tr("Export Timeline as PNG") if kind == "png"
                 else self.tr("Export Timeline as SVG"))
        path = self.ask_path(title, f"cloudoffice-timeline-{as_of}.{kind}", filters[kind], f".{kind}")
        if path is None:
            return None
        from cloudoffice_gui.export.atomic_write import atomic_output

        def work(_progress: Callable[[float], bool]) -> Path:
            with atomic_output(path, overwrite=True) as temp:
                if kind == "png":
                    # Twice the on-screen width, so the picture stays sharp in a document.
                    view.export_png(temp, view.graphics_widget().width() * 2)  # type: ignore[attr-defined]
                else:
                    view.export_svg(temp)  # type: ignore[attr-defined]
            return path

        return self._run(self.tr("Writing the timeline picture…"), work, path)

    def _view(self, key: str) -> QWidget | None:
        try:
            return self._window.view(key)  # type: ignore[attr-defined]
        except KeyError:
            self._show_error(self.tr("This view is not available in this version."))
            return None

    # -- dialogs ----------------------------------------------------------------------------------
    def ask_path(self, title: str, suggested: str, file_filter: str, suffix: str) -> Path | None:
        """A target path from a save dialog (it confirms replacing), remembering the folder."""
        settings = QSettings()
        folder = str(settings.value(LAST_FOLDER_KEY, "") or "")
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(self._window, title, str(Path(folder) / suggested),
                                              file_filter)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
            # The dialog confirmed the name typed, not the one with the suffix added.
            if path.exists() and not self.confirm_replace(path):
                return None
        settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        return path

    def confirm_replace(self, path: Path) -> bool:
        """Ask whether an existing file may be replaced."""
        answer = QMessageBox.question(
            self._window, self.tr("Replace File?"),
            self.tr("%1 already exists. Replace it?").replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, label: str, work: Callable[[Callable[[float], bool]], object],
             path: Path | None = None) -> object:
        """Run ``work`` with a progress dialog that shows if it takes more than a moment."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, self._window)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setValue(0)
        self.progress_dialog = dialog

        def progress(share: float) -> bool:
            dialog.setValue(int(share * 100))
            QCoreApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            result = work(progress)
        except ExportCancelled:
            self._status(self.tr("Export cancelled; nothing was written."))
            return None
        except (ExportError, OSError) as error:
            self._show_error(str(error))
            return None
        finally:
            dialog.close()
            dialog.deleteLater()
            self.progress_dialog = None
        if path is not None:
            self._status(self.tr("Saved %1").replace("%1", str(path)))
        return result if result is not None else True

    def _show_error(self, reason: str) -> None:
        QMessageBox.warning(self._window, self.tr("Export Failed"),
                            self.tr("The export could not be completed.") + "\n\n" + reason)

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    # -- texts -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Apply the interface language to every action."""
        self.pdf_action.setText(self.tr("&Export Comparison PDF…"))
        self.pdf_action.setStatusTip(self.tr("Write the chosen products, as-of date and language as a PDF report"))
        self.print_action.setText(self.tr("&Print…"))
        self.preview_action.setText(self.tr("Print Pre&view…"))
        self.paper_menu.setTitle(self.tr("Pap&er"))
        self.paper_actions["A4"].setText(self.tr("A4"))
        self.paper_actions["Letter"].setText(self.tr("Letter"))
        self.orientation_actions["portrait"].setText(self.tr("Portrait"))
        self.orientation_actions["landscape"].setText(self.tr("Landscape"))
        self.csv_action.setText(self.tr("Export Matrix as &CSV…"))
        self.csv_action.setStatusTip(self.tr("The matrix exactly as shown: rows, columns and as-of date"))
        self.png_action.setText(self.tr("Export Timeline as P&NG…"))
        self.svg_action.setText(self.tr("Export Timeline as &SVG…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().eventFilter(watched, event)


def install_export_actions(window: QMainWindow) -> ExportActions:
    """Add the export, print and paper actions to ``window``'s File menu."""
    actions = ExportActions(window)
    window.export_actions = actions  # type: ignore[attr-defined]
    return actions


__all__ = ["ExportActions", "install_export_actions", "visible_order"]
