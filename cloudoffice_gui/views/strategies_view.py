"""The strategies view: vendors' platform strategies side by side, the article's context below.

Each strategy is a card (metaphor, summary, speaker, quote, source); clicking one shows it
in the evidence panel. Every text from the database goes into plain-text labels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.records import Source, Strategy
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.models.strategies_model import (
    GroupIdRole,
    KindRole,
    MetaphorRole,
    StrategiesModel,
    StrategyRole,
    SummaryRole,
)

_CARD_STYLE = """
QFrame#StrategyCard { border: 1px solid palette(mid); border-radius: 6px;
                      background: palette(base); }
QFrame#StrategyCard[selected="true"] { border: 2px solid palette(highlight); }
QLabel#CardMetaphor { font-weight: bold; font-size: 12pt; }
QLabel#CardQuote { color: palette(window-text); margin-left: 6px; }
QLabel#CardSource, QLabel#CardSpeaker { color: palette(dark); font-size: 9pt; }
QLabel#VendorHeading, QLabel#SectionHeading { font-weight: bold; font-size: 13pt; }
"""


def _label(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setVisible(bool(text))
    return label


class StrategyCard(QFrame):
    """One strategy or context piece as a card; click or Enter activates it."""

    activated = Signal(str)

    def __init__(self, strategy: Strategy, metaphor: str, summary: str, source_text: str,
                 speaker_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strategy_id = strategy.id
        self.setObjectName("StrategyCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("selected", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.metaphor_label = _label(metaphor, "CardMetaphor", self)
        self.summary_label = _label(summary, "CardSummary", self)
        self.speaker_label = _label(speaker_text, "CardSpeaker", self)
        self.quote_label = _label(f"“{strategy.quote}”" if strategy.quote else "", "CardQuote", self)
        self.source_label = _label(source_text, "CardSource", self)
        for label in (self.metaphor_label, self.summary_label, self.speaker_label,
                      self.quote_label, self.source_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setAccessibleName(metaphor or summary)

    def set_selected(self, selected: bool) -> None:
        """Draw the card as the selected one (or not)."""
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def is_selected(self) -> bool:
        """Whether the card is drawn as selected."""
        return bool(self.property("selected"))

    def plain_text(self) -> str:
        """Everything the card shows, as plain text."""
        labels = (self.metaphor_label, self.summary_label, self.speaker_label,
                  self.quote_label, self.source_label)
        return "\n".join(label.text() for label in labels if label.text())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.strategy_id)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.strategy_id)
            return
        super().keyPressEvent(event)


class StrategiesView(QWidget):
    """Platform strategies, one column per vendor, and the context pieces in a grid.

    Columns reflow to the width: as many vendors side by side as fit, the rest below, so
    the view never scrolls sideways in a narrow window.
    """

    COLUMN_WIDTH = 210

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.model = StrategiesModel(state, self)
        self.cards: dict[str, StrategyCard] = {}
        self.vendor_columns: dict[str, QWidget] = {}
        self._selected = ""
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("StrategiesScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._column_widgets: list[QWidget] = []
        self._context_cards: list[StrategyCard] = []
        self._per_row = (0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.setStyleSheet(_CARD_STYLE)
        self.model.modelReset.connect(self._rebuild)
        self.model.dataChanged.connect(self._rebuild)
        self._rebuild()

    # -- building -----------------------------------------------------------------------------
    @Slot()
    def _rebuild(self, *_: object) -> None:
        lang = self._state.language
        db = self._state.database
        sources = {s.id: s for s in db.sources()}
        vendors = {v.id: v for v in db.vendors()}
        products = {p.id: p for p in db.products()}
        content = QWidget()
        content.setObjectName("StrategiesContent")
        outer = QVBoxLayout(content)
        self.platform_heading = _label(" ", "SectionHeading", content)
        outer.addWidget(self.platform_heading)
        self._columns_grid = QGridLayout()
        outer.addLayout(self._columns_grid)
        self.context_heading = _label(" ", "SectionHeading", content)
        outer.addWidget(self.context_heading)
        self._context_grid = QGridLayout()
        outer.addLayout(self._context_grid)
        outer.addStretch(1)
        self.cards, self.vendor_columns = {}, {}
        self._column_widgets, self._context_cards = [], []
        column_layouts: dict[str, QVBoxLayout] = {}
        for group_id in self.model.group_ids():
            column = QWidget(content)
            column.setObjectName("VendorColumn")
            column.setMinimumWidth(self.COLUMN_WIDTH - 20)
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            vendor = vendors.get(group_id)
            column_layout.addWidget(_label(vendor.name(lang) if vendor else self.tr("Other"),
                                           "VendorHeading", column))
            self._column_widgets.append(column)
            self.vendor_columns[group_id] = column
            column_layouts[group_id] = column_layout
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            strategy: Strategy = index.data(StrategyRole)
            card = StrategyCard(strategy, index.data(MetaphorRole), index.data(SummaryRole),
                                self._source_text(sources.get(strategy.source_id)),
                                self._speaker_text(strategy, products, lang), content)
            card.activated.connect(self.select_item)
            self.cards[strategy.id] = card
            if index.data(KindRole) == "context":
                self._context_cards.append(card)
            else:
                column_layouts[index.data(GroupIdRole)].addWidget(card)
        for column_layout in column_layouts.values():
            column_layout.addStretch(1)
        self.context_heading.setVisible(bool(self._context_cards))
        self._per_row = (0, 0)
        self._arrange()
        self.scroll.setWidget(content)  # deletes the previous content and its cards
        if self._selected in self.cards:
            self.cards[self._selected].set_selected(True)
        else:
            self._selected = ""
        self._apply_texts()

    def _arrange(self) -> None:
        """Place vendor columns and context cards in as many columns as the width allows."""
        # The view's own width: the viewport's is updated only after this resize event.
        fit = max(1, (self.width() - 40) // self.COLUMN_WIDTH)
        per_row = (min(fit, max(1, len(self._column_widgets))), min(2, max(1, fit // 2)))
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for grid, widgets, n in ((self._columns_grid, self._column_widgets, per_row[0]),
                                 (self._context_grid, self._context_cards, per_row[1])):
            for widget in widgets:
                grid.removeWidget(widget)
            for i, widget in enumerate(widgets):
                grid.addWidget(widget, i // n, i % n, Qt.AlignmentFlag.AlignTop)
            for column in range(grid.columnCount()):
                grid.setColumnStretch(column, 1 if column < n else 0)

    def columns_per_row(self) -> tuple[int, int]:
        """How many vendor columns and context cards sit side by side at the current width."""
        return self._per_row

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def _source_text(self, source: Source | None) -> str:
        if source is None:
            return self.tr("Source missing")
        date = format_date(source.published, source.published_precision, self._state.language)
        return " · ".join(t for t in (source.title, source.publisher or "", date) if t)

    def _speaker_text(self, strategy: Strategy, products: dict, lang: str) -> str:
        product = products.get(strategy.product_id or "")
        parts = [product.name(lang)] if product else []
        if strategy.speaker:
            parts.append(self.tr("Speaker: %1").replace("%1", strategy.speaker))
        return " · ".join(parts)

    # -- selection ------------------------------------------------------------------------------
    @property
    def selected_id(self) -> str:
        """The id of the selected card ('' when none)."""
        return self._selected

    @Slot(str)
    def select_item(self, item_id: str) -> bool:
        """Select strategy ``item_id``, scroll to it and show it as evidence."""
        card = self.cards.get(item_id)
        if card is None:
            return False
        if self._selected in self.cards:
            self.cards[self._selected].set_selected(False)
        self._selected = item_id
        card.set_selected(True)
        self.scroll.ensureWidgetVisible(card)
        strategy = self.model.strategy_at(self.model.row_of(item_id))
        self._state.show_evidence(card.accessibleName(), [strategy])
        return True

    # -- texts ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Apply the interface language: rebuild the cards (their prefixes are translated)."""
        self._rebuild()

    def _apply_texts(self) -> None:
        self.platform_heading.setText(self.tr("Platform strategies"))
        self.platform_heading.setVisible(bool(self.vendor_columns))
        self.context_heading.setText(self.tr("Context: the article's wider view"))
        self.scroll.setAccessibleName(self.tr("Strategies"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
