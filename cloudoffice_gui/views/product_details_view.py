"""The details pane: one product's profile, offers and events, each with source and quote."""

from __future__ import annotations

from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, QTimer, QUrl, Slot
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.records import Product
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.product_list_model import category_label
from cloudoffice_gui.views.fact_html import bilingual, esc, fact_html, source_html


_FIRST_EVENTS = 6
"""Events rendered with the profile: more than fill the pane at its usual height."""
_EVENTS_PER_PASS = 40


class ProductDetailsView(QWidget):
    """Shows ``AppState.current_product_id``; clicking a fact puts it in the evidence panel."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("ProductDetails")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.setFocusProxy(self.browser)
        self._facts: dict[str, object] = {}
        self._stale = True
        # A visible pane renders one event-loop pass after the change: the list that changed
        # the product paints first, and a burst of changes (typing a filter that moves the
        # selection) renders the last product once. A product's 100 events take ~30 ms.
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self._render_if_stale)
        # Facts below the first screen are appended a slice per pass after the first paint:
        # the pane shows its top at once, and 100 events never block one frame.
        self._pending: list[str] = []
        self._append_timer = QTimer(self)
        self._append_timer.setSingleShot(True)
        self._append_timer.setInterval(0)
        self._append_timer.timeout.connect(self._append_pending)
        state.current_product_changed.connect(lambda _pid: self.refresh())
        state.language_changed.connect(lambda _lang: self.refresh())
        state.database_changed.connect(lambda _db: self.refresh())
        self.retranslate_ui()

    def plain_text(self) -> str:
        """What the pane shows, as plain text."""
        if self._stale:
            self._render()
        while self._pending:
            self._append_pending()
        return self.browser.toPlainText()

    @Slot()
    def refresh(self) -> None:
        """Render the current product now if the pane is visible, else when it is shown."""
        # A hidden pane (another tab is current) renders on showEvent: switching products
        # from the matrix then costs nothing here.
        self._stale = True
        if self.isVisible():
            self._render_timer.start()

    @Slot()
    def _render_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self._render()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._render()
        super().showEvent(event)

    def _render(self) -> None:
        self._stale = False
        self._render_timer.stop()
        self._pending = []
        db = self._state.database
        product = self._state.products_by_id().get(self._state.current_product_id)
        if product is None:
            self.browser.setHtml(f"<p><i>{esc(self.tr('Select a product in the list.'))}</i></p>")
            return
        lang = self._state.language
        vendors = {v.id: v for v in db.vendors()}
        names = {p.id: p.name(lang) for p in db.products()}
        offers = db.offers([product.id])
        events = db.events([product.id])
        sources = db.sources_by_id([product.launched_source_id, *(o.source_id for o in offers),
                                    *(e.source_id for e in events)])
        self._facts = {f"offer/{o.id}": o for o in offers}
        self._facts.update({f"event/{e.id}": e for e in events})
        parts = [self._profile_html(product, vendors, sources, lang)]
        parts.append(f"<h3>{esc(self.tr('Offers'))} ({len(offers)})</h3>")
        parts += [self._linked(f"offer/{o.id}", fact_html(o, sources, lang, names.get)) for o in offers]
        if not offers:
            parts.append(f"<p><i>{esc(self.tr('No sourced offers.'))}</i></p>")
        parts.append(f"<h3>{esc(self.tr('Events'))} ({len(events)})</h3>")
        blocks = [self._linked(f"event/{e.id}", fact_html(e, sources, lang, names.get))
                  for e in events]
        if not events:
            parts.append(f"<p><i>{esc(self.tr('No sourced events.'))}</i></p>")
        self.browser.setHtml("".join(parts + blocks[:_FIRST_EVENTS]))
        rest = blocks[_FIRST_EVENTS:]
        self._pending = ["".join(rest[n:n + _EVENTS_PER_PASS])
                         for n in range(0, len(rest), _EVENTS_PER_PASS)]
        if self._pending:
            self._append_timer.start()

    @Slot()
    def _append_pending(self) -> None:
        if not self._pending:
            return
        cursor = QTextCursor(self.browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()  # after the last <hr>, as setHtml would start the next fact
        cursor.insertHtml(self._pending.pop(0))
        if self._pending:
            self._append_timer.start()

    def _profile_html(self, product: Product, vendors: dict, sources: dict, lang: str) -> str:
        vendor = vendors.get(product.vendor_id)
        other = product.name_en if lang == "zh" else product.name_zh
        rows = [
            (self.tr("Vendor"), esc(vendor.name(lang) if vendor else product.vendor_id)),
            (self.tr("Category"), esc(category_label(product.category))),
            (self.tr("Also known as"), esc(", ".join(product.aliases)) or "—"),
        ]
        launched = format_date(product.launched, product.launched_precision, lang)
        launch_html = esc(launched) if launched else f"<i>{esc(self.tr('not sourced'))}</i>"
        if product.launched_source_id:
            launch_html += (f"<br><small>“{esc(product.launched_quote or '')}”<br>"
                            f"{source_html(sources.get(product.launched_source_id), lang)}</small>")
        rows.append((self.tr("Launched"), launch_html))
        table = "".join(f"<tr><td valign='top'><b>{esc(k)}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>"
                        for k, v in rows)
        summary, _ = product.summary(lang)
        return (f"<h2>{esc(product.name(lang))} <small>{esc(other)}</small></h2>"
                f"<table>{table}</table>"
                f"<p>{bilingual(product.summary_en, product.summary_zh, lang) if summary else ''}</p>")

    def _linked(self, key: str, block: str) -> str:
        link = esc(self.tr("Show in the evidence panel"))
        key = quote(key, safe="/")  # an id from the file may hold quotes and markup
        return f"<a name='{key}'></a>{block}<p><a href='fact:{key}'>{link}</a></p><hr>"

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        key = unquote(url.toString().removeprefix("fact:"))
        fact = self._facts.get(key)
        if fact is not None:
            self._state.show_evidence(self.tr("Selected fact"), [fact])

    def retranslate_ui(self) -> None:
        """Apply the interface language."""
        self.browser.setAccessibleName(self.tr("Product details"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self.refresh()  # link colours are fixed when the HTML is parsed: re-render for a new theme
        super().changeEvent(event)
