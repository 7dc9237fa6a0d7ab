"""A page-flowing QPainter canvas for the report: wrapped text, tables with repeated headers.

Everything is laid out in device units (points times the device's dots per point), with
fonts measured against the device itself, so the same code serves QPdfWriter, a printer
and the print preview. A canvas without a painter is a dry run: it measures and breaks
pages without drawing, which is how the report learns its page count for "page n / N".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
ORIENTATIONS = {"portrait": QPageLayout.Orientation.Portrait,
                "landscape": QPageLayout.Orientation.Landscape}
MARGIN_MM = 14.0
INK = QColor(20, 20, 20)
GRID = QColor(150, 150, 150)
HEADER_FILL = QColor(225, 225, 225)
GROUP_FILL = QColor(240, 240, 240)
MUTED = QColor(105, 105, 105)


def apply_page_setup(device: QPagedPaintDevice, page_size: str, orientation: str) -> None:
    """Give ``device`` the paper ('A4'|'Letter'), orientation and the report's margins."""
    device.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    device.setPageOrientation(ORIENTATIONS[orientation])
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)


@dataclass
class Cell:
    """One table cell: text (may hold line breaks), an optional fill and bold flag."""

    text: str
    fill: QColor | None = None
    bold: bool = False
    color: QColor | None = None


@dataclass
class Table:
    """Column titles and relative widths, rows of cells, and full-width group rows."""

    headers: Sequence[str]
    widths: Sequence[float]
    rows: list[list[Cell] | str] = field(default_factory=list)
    """A list of cells is a row; a string is a group heading spanning the table."""
    font_pt: float = 8.0
    keep_together: bool = False
    """Start the table on a new page rather than split it, when it fits on one."""


class ReportCanvas:
    """Flows report content down pages of a paged device, drawing a footer on each page."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter | None,
                 families: Sequence[str], footer_left: str,
                 page_label: Callable[[int], str]) -> None:
        self.device = device
        self.painter = painter
        self.families = list(families)
        self.footer_left = footer_left
        self.page_label = page_label
        dpi = device.logicalDpiY()
        self.unit = dpi / 72.0
        rect = device.pageLayout().paintRectPixels(dpi)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self.footer_height = self.line_height(self.font(7.5)) * 1.8
        self.bottom = self.height - self.footer_height
        self.page = 1
        self.y = 0.0
        if painter is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    # -- units and fonts -------------------------------------------------------------------
    def pt(self, points: float) -> float:
        """Points to device units."""
        return points * self.unit

    def font(self, size_pt: float, bold: bool = False) -> QFont:
        """The report face at ``size_pt`` points."""
        key = (size_pt, bold)
        if key not in self._fonts:
            font = QFont()
            # The bundled CJK face first, then the bundled gap fillers (symbols such as ✗).
            font.setFamilies(self.families)
            font.setPointSizeF(size_pt)
            font.setBold(bold)
            # Unhinted metrics: what we measure is what the PDF places, at any resolution.
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = font
        return self._fonts[key]

    def line_height(self, font: QFont) -> float:
        """Distance between two baselines of ``font`` on this device."""
        return QFontMetricsF(font, self.device).lineSpacing()

    def text_width(self, text: str, font: QFont) -> float:
        """Width of one line of ``text``."""
        return QFontMetricsF(font, self.device).horizontalAdvance(text)

    def elided(self, text: str, font: QFont, width: float) -> str:
        """``text`` on one line, cut with "…" to fit ``width``."""
        return QFontMetricsF(font, self.device).elidedText(text, Qt.TextElideMode.ElideRight, width)

    # -- wrapped text ----------------------------------------------------------------------
    def layout(self, text: str, font: QFont, width: float,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
               max_lines: int | None = None) -> QTextLayout:
        """``text`` broken into lines no wider than ``width`` (CJK breaks between characters).

        With ``max_lines``, a longer text is cut after that many lines and ends with "…".
        """
        layout = self._layout(text, font, width, align)
        if max_lines is not None and layout.lineCount() > max_lines:
            last = layout.lineAt(max_lines - 1)
            cut = text[:max(last.textStart() + last.textLength() - 2, 1)].rstrip() + "…"
            layout = self._layout(cut, font, width, align)
        return layout

    def _layout(self, text: str, font: QFont, width: float,
                align: Qt.AlignmentFlag) -> QTextLayout:
        layout = QTextLayout(text.replace("\n", "\u2028"), font, self.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0.0, y))
            y += line.height()
        layout.endLayout()
        return layout

    @staticmethod
    def layout_height(layout: QTextLayout) -> float:
        """Total height of a laid-out text."""
        return sum(layout.lineAt(i).height() for i in range(layout.lineCount()))

    def draw_layout(self, layout: QTextLayout, x: float, y: float, color: QColor = INK) -> None:
        """Draw all lines of ``layout`` with its top-left at (x, y)."""
        if self.painter is not None:
            self.painter.setPen(color)
            layout.draw(self.painter, QPointF(x, y))

    def paragraph(self, text: str, size_pt: float = 9.5, bold: bool = False, indent_pt: float = 0,
                  after_pt: float = 4, color: QColor = INK) -> None:
        """Flow a paragraph, breaking to a new page between lines when needed."""
        if not text:
            return
        font = self.font(size_pt, bold)
        x = self.pt(indent_pt)
        layout = self.layout(text, font, self.width - x)
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            self.ensure(line.height())
            if self.painter is not None:
                self.painter.setPen(color)
                line.draw(self.painter, QPointF(x, self.y - line.y()))
            self.y += line.height()
        self.y += self.pt(after_pt)

    def heading(self, text: str, size_pt: float = 14, keep_pt: float = 60) -> None:
        """A bold heading kept on the same page as at least ``keep_pt`` of what follows."""
        font = self.font(size_pt, True)
        layout = self.layout(text, font, self.width, max_lines=3)
        height = self.layout_height(layout)
        self.ensure(height + self.pt(keep_pt))
        if self.y > 0:
            self.y += self.pt(size_pt * 0.4)
        self.draw_layout(layout, 0, self.y)
        self.y += height + self.pt(size_pt * 0.35)

    def space(self, points: float) -> None:
        """Vertical space (dropped at the top of a page)."""
        if self.y > 0:
            self.y = min(self.y + self.pt(points), self.bottom)

    # -- pages -----------------------------------------------------------------------------
    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` more fits on this one."""
        if self.y > 0 and self.y + height > self.bottom:
            self.new_page()

    def new_page(self) -> None:
        """Finish this page (footer) and start the next."""
        self._draw_footer()
        if self.painter is not None:
            self.device.newPage()
        self.page += 1
        self.y = 0.0

    def finish(self) -> int:
        """Draw the last footer; returns the number of pages."""
        self._draw_footer()
        return self.page

    def _draw_footer(self) -> None:
        if self.painter is None:
            return
        painter = self.painter
        font = self.font(7.5)
        top = self.height - self.footer_height + self.pt(4)
        painter.setPen(QPen(GRID, self.pt(0.5)))
        painter.drawLine(QPointF(0, top), QPointF(self.width, top))
        painter.setFont(font)
        painter.setPen(INK)
        right = self.page_label(self.page)
        right_width = self.text_width(right, font) + self.pt(6)
        rect = QRectF(0, top + self.pt(2), self.width - right_width, self.footer_height)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         self.footer_left)
        rect = QRectF(self.width - right_width, top + self.pt(2), right_width, self.footer_height)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), right)

    # -- pictures --------------------------------------------------------------------------
    def figure(self, height: float, paint: Callable[[QPainter, QRectF], None]) -> None:
        """Reserve ``height`` device units on a page and let ``paint`` draw into that rectangle."""
        self.ensure(height)
        if self.painter is not None:
            self.painter.save()
            paint(self.painter, QRectF(0, self.y, self.width, height))
            self.painter.restore()
        self.y += height

    # -- tables ----------------------------------------------------------------------------
    def table(self, table: Table) -> None:
        """Draw ``table`` across pages, repeating its header row on every page it spans."""
        total = sum(table.widths) or 1.0
        widths = [self.width * w / total for w in table.widths]
        pad = self.pt(2.5)
        font, bold = self.font(table.font_pt), self.font(table.font_pt, True)
        # Headers and group rows are labels: a very long one is cut rather than fill a page.
        header = [self.layout(h, bold, w - 2 * pad, max_lines=4)
                  for h, w in zip(table.headers, widths)]
        header_h = max((self.layout_height(lay) for lay in header), default=-2 * pad) + 2 * pad
        first_rows = header_h + self.line_height(font) * 3
        if table.keep_together:
            first_rows = header_h + sum(
                self._row_height(row, widths, pad, font, bold) if isinstance(row, list)
                else self.line_height(bold) + 2 * pad for row in table.rows)
        self.ensure(min(first_rows, self.bottom * 0.9))
        self._table_header(header, widths, header_h, pad)

        def new_page() -> None:
            self.new_page()
            self._table_header(header, widths, header_h, pad)

        for index, row in enumerate(table.rows):
            if isinstance(row, str):
                layout = self.layout(row, bold, self.width - 2 * pad, max_lines=3)
                height = self.layout_height(layout) + 2 * pad
                following = table.rows[index + 1] if index + 1 < len(table.rows) else None
                # A group heading never ends a page: keep it with its first row.
                keep = self._row_height(following, widths, pad, font, bold) if isinstance(
                    following, list) else 0.0
                if self.y + height + min(keep, self.bottom / 3) > self.bottom:
                    new_page()
                self._fill(QRectF(0, self.y, self.width, height), GROUP_FILL)
                self.draw_layout(layout, pad, self.y + pad)
                self.y += height
                continue
            layouts = [self.layout(c.text, bold if c.bold else font, w - 2 * pad)
                       for c, w in zip(row, widths)]
            height = max(self.layout_height(lay) for lay in layouts) + 2 * pad
            if self.y + height > self.bottom:
                if header_h + height <= self.bottom:
                    new_page()
                else:  # taller than a page: it continues on the next one
                    self._split_row(row, layouts, widths, pad, new_page)
                    continue
            self._row_part(row, layouts, widths, pad, [0] * len(row),
                           [lay.lineCount() for lay in layouts], height - 2 * pad)
        self.y += self.pt(6)

    def _split_row(self, row: list[Cell], layouts: list[QTextLayout], widths: list[float],
                   pad: float, new_page: Callable[[], None]) -> None:
        """Draw a row too tall for one page in parts, as many lines per page as fit."""
        starts = [0] * len(layouts)
        while any(start < lay.lineCount() for start, lay in zip(starts, layouts)):
            room = self.bottom - self.y - 2 * pad
            if room < self.line_height(self.font(8)) * 2:
                new_page()
                continue
            ends, used = [], 0.0
            for start, lay in zip(starts, layouts):
                end = start
                top = lay.lineAt(start).y() if start < lay.lineCount() else 0.0
                while end < lay.lineCount() and (
                        lay.lineAt(end).y() + lay.lineAt(end).height() - top <= room or end == start):
                    end += 1
                if end > start:
                    last = lay.lineAt(end - 1)
                    used = max(used, last.y() + last.height() - top)
                ends.append(end)
            self._row_part(row, layouts, widths, pad, starts, ends, used)
            starts = ends
            if any(start < lay.lineCount() for start, lay in zip(starts, layouts)):
                new_page()

    def _row_part(self, row: list[Cell], layouts: list[QTextLayout], widths: list[float],
                  pad: float, starts: list[int], ends: list[int], height: float) -> None:
        """Draw lines ``starts[i]:ends[i]`` of each cell as one band ``height`` high."""
        x = 0.0
        for cell, layout, width, start, end in zip(row, layouts, widths, starts, ends):
            rect = QRectF(x, self.y, width, height + 2 * pad)
            self._fill(rect, cell.fill)
            self._frame(rect)
            if self.painter is not None and start < end:
                self.painter.setPen(cell.color or INK)
                top = layout.lineAt(start).y()
                for n in range(start, end):
                    layout.lineAt(n).draw(self.painter, QPointF(x + pad, self.y + pad - top))
            x += width
        self.y += height + 2 * pad

    def _row_height(self, row: list[Cell], widths: list[float], pad: float,
                    font: QFont, bold: QFont) -> float:
        return max(self.layout_height(self.layout(c.text, bold if c.bold else font, w - 2 * pad))
                   for c, w in zip(row, widths)) + 2 * pad

    def _table_header(self, layouts: list[QTextLayout], widths: list[float], height: float,
                      pad: float) -> None:
        x = 0.0
        for layout, width in zip(layouts, widths):
            rect = QRectF(x, self.y, width, height)
            self._fill(rect, HEADER_FILL)
            self._frame(rect)
            self.draw_layout(layout, x + pad, self.y + pad)
            x += width
        self.y += height

    def _fill(self, rect: QRectF, color: QColor | None) -> None:
        if self.painter is not None and color is not None:
            self.painter.fillRect(rect, color)

    def _frame(self, rect: QRectF) -> None:
        if self.painter is not None:
            self.painter.setPen(QPen(GRID, self.pt(0.4)))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRect(rect)
