"""Help > About: the app and data versions, what the data holds, and every licence, as plain text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from cloudoffice_gui import __version__, resources_path
from cloudoffice_gui.data.records import DatabaseInfo

FACT_TABLES = ("support", "events", "offers", "strategies")
"""The tables whose rows are sourced facts."""


def fact_count(info: DatabaseInfo) -> int:
    """How many sourced facts (support rows, events, offers, strategies) the database holds."""
    return sum(info.counts.get(table, 0) for table in FACT_TABLES)


class AboutDialog(QDialog):
    """Shows :meth:`about_text` for a database in a read-only, copyable text box."""

    def __init__(self, info: DatabaseInfo, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self._info = info
        self._language = language
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("AboutText")
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        # Relative to the font, so it stays readable on high-DPI screens and when zoomed.
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 48, em * 36)
        self.retranslate_ui()

    def about_text(self) -> str:
        """Everything the dialog says, as plain text."""
        info = self._info
        counts = info.counts
        title = info.title_zh if self._language == "zh" and info.title_zh else info.title_en
        try:
            import PySide6

            pyside = PySide6.__version__
        except AttributeError:  # pragma: no cover - every PySide6 has it; belt and braces
            pyside = "?"
        lines = [
            self.tr("CloudOffice Compare %1").replace("%1", __version__),
            self.tr("An offline reference for cloud-office collaboration suites, built around "
                    "a news article of 2020-02-24 and sourced research facts."),
            "",
            self.tr("Data"),
            self.tr("Dataset: %1").replace("%1", title or "—"),
            self.tr("Data version: %1").replace("%1", info.data_version),
            self.tr("Built: %1").replace("%1", info.build_date),
            self.tr("Schema version: %1").replace("%1", str(info.schema_version)),
            self.tr("File: %1").replace("%1", str(info.path)),
            self.tr("Sources: %1").replace("%1", str(counts.get("sources", 0))),
            self.tr("Sourced facts: %1 (feature support %2, events %3, offers %4, strategies %5)")
            .replace("%1", str(fact_count(info))).replace("%2", str(counts.get("support", 0)))
            .replace("%3", str(counts.get("events", 0))).replace("%4", str(counts.get("offers", 0)))
            .replace("%5", str(counts.get("strategies", 0))),
            self.tr("Products: %1, vendors: %2").replace("%1", str(counts.get("products", 0)))
            .replace("%2", str(counts.get("vendors", 0))),
            "",
            self.tr("Licences"),
            self.tr("CloudOffice Compare: MIT License."),
            self.tr("Noto Sans CJK SC and the other bundled Noto fonts (subsets, renamed "
                    "\"... Subset\"): SIL Open Font License 1.1, full text below."),
            self.tr("Qt %1 and PySide6 %2 (Qt for Python): GNU Lesser General Public License v3.")
            .replace("%1", qVersion()).replace("%2", pyside),
            self.tr("pyqtgraph: MIT License."),
            self.tr("sqlite-utils (builds the database): Apache License 2.0."),
            self.tr("SQLite: public domain."),
        ]
        licence = resources_path() / "fonts" / "OFL.txt"
        if licence.is_file():
            lines += ["", "—" * 20, self.tr("Font licence (resources/fonts/OFL.txt):"), "",
                      licence.read_text(encoding="utf-8")]
        return "\n".join(lines)

    def retranslate_ui(self) -> None:
        """Apply the interface language."""
        self.setWindowTitle(self.tr("About CloudOffice Compare"))
        self.heading.setText(self.tr("CloudOffice Compare %1").replace("%1", __version__))
        self.text.setAccessibleName(self.tr("About: versions, data and licences"))
        self.text.setPlainText(self.about_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
