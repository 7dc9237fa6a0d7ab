"""The evidence panel: the facts behind whatever is selected, each with quote and source."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.views.fact_html import esc, facts_html


class EvidencePanel(QWidget):
    """Shows the facts of the last ``AppState.show_evidence`` call."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._title = ""
        self._facts: list[object] = []
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("EvidenceHeading")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("EvidenceBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        # Quotes are long sentences: below this width they wrap a word per line.
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.browser, 1)
        state.evidence_changed.connect(self.show_facts)
        state.language_changed.connect(lambda _lang: self._render())
        state.database_changed.connect(lambda _db: self.show_facts("", []))
        self.retranslate_ui()

    @Slot(str, list)
    def show_facts(self, title: str, facts: list) -> None:
        """Show ``facts`` under ``title``."""
        self._title = title
        self._facts = list(facts)
        self._render()

    def plain_text(self) -> str:
        """What the panel shows, as plain text (tests and copy use it)."""
        return self.heading.text() + "\n" + self.browser.toPlainText()

    def _render(self) -> None:
        if not self._facts:
            self.heading.setText(self._title)
            self.heading.setVisible(bool(self._title))
            self.browser.setHtml(f"<p><i>{esc(self.tr('Select a product, a matrix cell, an event or an offer to see its sources and quotes here.'))}</i></p>")
            return
        self.heading.setText(self._title)
        self.heading.setVisible(True)
        db = self._state.database
        sources = {s.id: s for s in db.sources()}
        products = db.products()
        names = {p.id: p.name(self._state.language) for p in products}
        self.browser.setHtml(facts_html(self._facts, sources, self._state.language,
                                        lambda pid: names.get(pid or "", pid or "")))

    def retranslate_ui(self) -> None:
        """Apply the interface language."""
        self.browser.setAccessibleName(self.tr("Evidence: facts with their quotes and sources"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._render()  # link colours are fixed when the HTML is parsed: re-render for a new theme
        super().changeEvent(event)
