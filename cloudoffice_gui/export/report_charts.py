"""The report's charts as vector drawings: the event timeline and one panel per figure.

Drawn with QPainter from the arrays of ``data/timeline_data.py`` (no pyqtgraph, so the
command line stays fast and the PDF stays sharp at any zoom). Shapes tell event kinds apart
and dash patterns tell series apart, so both read in greyscale as well as in colour.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from cloudoffice_gui.data.dates import format_date
from cloudoffice_gui.data.schema import EVENT_KINDS
from cloudoffice_gui.data.timeline_data import DAY_SECONDS, seconds_to_date
from cloudoffice_gui.export.pdf_canvas import GRID, INK, ReportCanvas
from cloudoffice_gui.export.report_labels import EVENT_KINDS as KIND_WORDS
from cloudoffice_gui.export.report_labels import pick
from cloudoffice_gui.export.report_types import MetricPanel, ReportContent
from cloudoffice_gui.views.timeline_style import KIND_SYMBOLS, compact_number, product_colour

DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)


def marker_path(kind: str, centre: QPointF, radius: float) -> QPainterPath:
    """The shape of an event kind (the on-screen timeline's symbol) around ``centre``."""
    symbol = KIND_SYMBOLS.get(kind, "o")
    x, y, r = centre.x(), centre.y(), radius
    path = QPainterPath()
    if symbol == "o":
        path.addEllipse(centre, r, r)
    elif symbol == "s":
        path.addRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif symbol == "d":
        path.addPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                                   QPointF(x - r, y)]))
    elif symbol == "+":
        w = r * 0.38
        path.addPolygon(QPolygonF([QPointF(x - w, y - r), QPointF(x + w, y - r), QPointF(x + w, y - w),
                                   QPointF(x + r, y - w), QPointF(x + r, y + w), QPointF(x + w, y + w),
                                   QPointF(x + w, y + r), QPointF(x - w, y + r), QPointF(x - w, y + w),
                                   QPointF(x - r, y + w), QPointF(x - r, y - w), QPointF(x - w, y - w)]))
    else:
        points = {"star": 10, "p": 5, "t1": 3}.get(symbol, 3)
        polygon = QPolygonF()
        for n in range(points):
            radius_n = r * (0.45 if symbol == "star" and n % 2 else 1.0)
            angle = -math.pi / 2 + 2 * math.pi * n / points
            polygon.append(QPointF(x + radius_n * math.cos(angle), y + radius_n * math.sin(angle)))
        path.addPolygon(polygon)
    path.closeSubpath()
    return path


def time_ticks(start: float, end: float, lang: str, max_labels: int = 8) -> list[tuple[float, str, bool]]:
    """(seconds, label, major) ticks for a time axis from ``start`` to ``end``."""
    first, last = seconds_to_date(start), seconds_to_date(end)
    days = (last - first).days
    ticks: list[tuple[float, str, bool]] = []
    if days > 4 * 365:
        step = max(1, math.ceil((last.year - first.year + 1) / max_labels))
        for year in range(first.year + 1, last.year + 1):
            if year % step == 0:
                ticks.append((_seconds(dt.date(year, 1, 1)), format_date(str(year), "year", lang), True))
        return ticks
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = max(1, math.ceil(months / max_labels))
    day = dt.date(first.year, first.month, 1)
    index = 0
    while day <= last:
        if day >= first and index % step == 0:
            ticks.append((_seconds(day), format_date(day.strftime("%Y-%m"), "month", lang), True))
        if days <= 150:
            for minor in (8, 15, 22):
                tick = day.replace(day=minor)
                if first <= tick <= last:
                    ticks.append((_seconds(tick), str(minor), False))
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        index += 1
    return ticks


def _seconds(date: dt.date) -> float:
    return (date - dt.date(1970, 1, 1)).days * float(DAY_SECONDS)


class TimelineChart:
    """Lanes of events for the compared products between the content's chart dates.

    ``lanes`` picks which lanes (indices into the content's timeline) this chart draws, so a
    long list of products can continue on the next page; ``max_height`` squeezes the rows
    of a lane too busy for one page rather than let it run off the paper.
    """

    def __init__(self, content: ReportContent, canvas: ReportCanvas,
                 lanes: list[int] | None = None, max_height: float | None = None) -> None:
        self.content = content
        self.canvas = canvas
        self.start, self.end = content.chart_start, content.chart_end
        self.name_font = canvas.font(7.5, True)
        self.small = canvas.font(6)
        self.number_of = {e.event_id: e.number for e in content.events}
        widths = [canvas.text_width(n, self.name_font) for n in content.lane_names] or [0.0]
        self.label_width = min(max(widths) + canvas.pt(8), canvas.width * 0.22)
        self.plot_width = canvas.width - self.label_width
        self.radius = canvas.pt(3.6)
        self.slot = canvas.pt(10)
        self.lane_indices = list(range(len(content.timeline.lanes))) if lanes is None else lanes
        self.lanes = [self._place(content.timeline.lanes[n]) for n in self.lane_indices]
        self.axis_height = canvas.pt(24)
        self.legend_height = canvas.pt(16)
        self._measure()
        if max_height is not None and self.height > max_height:
            fixed = self.axis_height + self.legend_height + canvas.pt(5) * len(self.lanes)
            self.slot = max(canvas.pt(2.5), self.slot * (max_height - fixed) / (self.height - fixed))
            self._measure()

    def _measure(self) -> None:
        self.lane_heights = [max(1, 1 + max((p[4] for p in placed), default=0)) * self.slot
                             + self.canvas.pt(5) for placed in self.lanes]
        self.height = sum(self.lane_heights) + self.axis_height + self.legend_height

    def lanes_fitting(self, room: float) -> int:
        """How many of this chart's lanes, from the first, fit with axis and legend in ``room``."""
        used = self.axis_height + self.legend_height
        for count, height in enumerate(self.lane_heights):
            used += height
            if used > room:
                return count
        return len(self.lane_heights)

    def x(self, seconds: float) -> float:
        """Horizontal position of a time, relative to the chart's left edge."""
        fraction = (seconds - self.start) / max(self.end - self.start, 1.0)
        return self.label_width + fraction * self.plot_width

    def _place(self, lane: object) -> list[tuple[int, float, float, bool, int]]:
        """(array position, x from, x to, span, slot) of the events of a lane inside the window."""
        items = []
        left, right = self.x(self.start), self.x(self.end)
        for pos in range(len(lane)):  # type: ignore[arg-type]
            start, end = float(lane.starts[pos]), float(lane.ends[pos])  # type: ignore[attr-defined]
            if end <= self.start or start >= self.end:
                continue
            span = bool(lane.spans[pos])  # type: ignore[attr-defined]
            number = str(self.number_of.get(lane.ids[pos], ""))  # type: ignore[attr-defined]
            label = self.canvas.text_width(number, self.small) + self.canvas.pt(2)
            if span:
                x1, x2 = max(self.x(start), left), min(self.x(end), right)
            else:
                x1 = x2 = self.x(start)
            items.append((pos, x1 - self.radius, x2 + self.radius + label, span))
        items.sort(key=lambda item: item[1])
        slot_ends: list[float] = []
        placed = []
        for pos, x1, x2, span in items:
            slot = next((n for n, e in enumerate(slot_ends) if e < x1), len(slot_ends))
            if slot == len(slot_ends):
                slot_ends.append(x2)
            else:
                slot_ends[slot] = x2
            placed.append((pos, x1 + self.radius, x2, span, slot))
        return placed

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw lanes, events, the time axis and the kind legend into ``rect``."""
        painter.translate(rect.topLeft())
        canvas, content = self.canvas, self.content
        top = 0.0
        for index, (lane_index, placed) in enumerate(zip(self.lane_indices, self.lanes)):
            lane = content.timeline.lanes[lane_index]
            height = self.lane_heights[index]
            if lane_index % 2 == 0:
                painter.fillRect(QRectF(0, top, canvas.width, height), QColor(246, 246, 246))
            colour = QColor(product_colour(lane.product_id, content.product_order))
            painter.setFont(self.name_font)
            painter.setPen(INK)
            name = canvas.elided(content.lane_names[lane_index], self.name_font,
                                 self.label_width - canvas.pt(6))
            painter.drawText(QRectF(canvas.pt(2), top, self.label_width - canvas.pt(4), height),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), name)
            for pos, x1, x2, span, slot in placed:
                y = top + canvas.pt(2.5) + slot * self.slot + self.slot / 2
                self._event(painter, lane, pos, x1, y, span, colour)
            top += height
        self._as_of_line(painter, top)
        self._axis(painter, top)
        self._legend(painter, top + self.axis_height)

    def _as_of_line(self, painter: QPainter, bottom: float) -> None:
        """A dashed line at the end of the as-of day: nothing after it counts."""
        seconds = _seconds(self.content.as_of) + DAY_SECONDS
        if not self.start < seconds <= self.end:
            return
        canvas, x = self.canvas, self.x(seconds)
        pen = QPen(INK, canvas.pt(0.7))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom))

    def _event(self, painter: QPainter, lane: object, pos: int, x1: float, y: float, span: bool,
               colour: QColor) -> None:
        canvas = self.canvas
        kind = EVENT_KINDS[int(lane.kinds[pos])]  # type: ignore[attr-defined]
        end = x1
        if span:
            end = min(self.x(float(lane.ends[pos])), self.x(self.end))  # type: ignore[attr-defined]
            fill = QColor(colour)
            fill.setAlpha(70)
            painter.setPen(QPen(colour, canvas.pt(0.6)))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(x1, y - self.radius * 0.55, max(end - x1, canvas.pt(2)),
                                           self.radius * 1.1), canvas.pt(1), canvas.pt(1))
            x1 = max(x1, self.x(self.start) + self.radius)
        painter.setPen(QPen(INK, canvas.pt(0.5)))
        painter.setBrush(colour)
        painter.drawPath(marker_path(kind, QPointF(x1, y), self.radius))
        number = str(self.number_of.get(lane.ids[pos], ""))  # type: ignore[attr-defined]
        painter.setFont(self.small)
        painter.setPen(INK)
        anchor = (end if span else x1) + self.radius + canvas.pt(0.8)
        painter.drawText(QRectF(anchor, y - self.slot / 2, canvas.pt(20), self.slot),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), number)

    def _axis(self, painter: QPainter, top: float) -> None:
        canvas = self.canvas
        painter.setPen(QPen(GRID, canvas.pt(0.6)))
        painter.drawLine(QPointF(self.label_width, top), QPointF(canvas.width, top))
        painter.setFont(self.small)
        for seconds, text, major in time_ticks(self.start, self.end, self.content.lang):
            x = self.x(seconds)
            painter.setPen(QPen(GRID, canvas.pt(0.6 if major else 0.3)))
            painter.drawLine(QPointF(x, top), QPointF(x, top + canvas.pt(4 if major else 2.5)))
            painter.setPen(INK)
            row = top + canvas.pt(5 if not major else 12)
            painter.drawText(QRectF(x - canvas.pt(30), row, canvas.pt(60), canvas.pt(9)),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text)

    def _legend(self, painter: QPainter, top: float) -> None:
        canvas = self.canvas
        x = self.label_width
        y = top + self.legend_height / 2
        painter.setFont(self.small)
        for kind in EVENT_KINDS:
            painter.setPen(QPen(INK, canvas.pt(0.5)))
            painter.setBrush(QBrush(QColor(200, 200, 200)))
            painter.drawPath(marker_path(kind, QPointF(x + self.radius, y), self.radius))
            word = pick(KIND_WORDS, kind, self.content.lang)
            painter.setPen(INK)
            width = canvas.text_width(word, self.small)
            painter.drawText(QRectF(x + 2 * self.radius + canvas.pt(2), y - canvas.pt(5),
                                    width + canvas.pt(2), canvas.pt(10)),
                             int(Qt.AlignmentFlag.AlignVCenter), word)
            x += 2 * self.radius + width + canvas.pt(12)


class MetricChart:
    """One figure over time: a step line per product with its values written at each change."""

    def __init__(self, panel: MetricPanel, content: ReportContent, canvas: ReportCanvas) -> None:
        self.panel, self.content, self.canvas = panel, content, canvas
        starts = [float(s.starts.min()) for _, s, _ in panel.series if len(s)]
        ends = [float(max(s.ends.max(), s.starts.max())) for _, s, _ in panel.series if len(s)]
        low, high = min(starts), max(ends)
        pad = max((high - low) * 0.06, 12 * DAY_SECONDS)
        self.start, self.end = low - pad, high + pad
        top = max(float(s.values.max()) for _, s, _ in panel.series if len(s))
        self.top = _nice_ceiling(top * 1.12)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the panel into ``rect``."""
        canvas, panel, lang = self.canvas, self.panel, self.content.lang
        title_font, small = canvas.font(7.5, True), canvas.font(6)
        painter.setClipRect(rect.adjusted(-canvas.pt(1), -canvas.pt(1), canvas.pt(1), canvas.pt(1)))
        painter.setPen(QPen(GRID, canvas.pt(0.4)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        cites = sorted({n for _, _, numbers in panel.series for n in numbers})
        title = panel.title + (f" ({panel.unit})" if panel.unit else "")
        title += " " + "".join(f"[{n}]" for n in cites)
        painter.setFont(title_font)
        painter.setPen(INK)
        inner = rect.adjusted(canvas.pt(4), canvas.pt(3), -canvas.pt(4), -canvas.pt(3))
        title = canvas.elided(title, title_font, inner.width())
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), canvas.pt(10)),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), title)
        legend_top = inner.top() + canvas.pt(11)
        x = inner.left()
        painter.setFont(small)
        for index, (name, _, _) in enumerate(panel.series):
            name = canvas.elided(name, small, canvas.pt(90))
            pen = self._pen(index)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, legend_top + canvas.pt(4)),
                             QPointF(x + canvas.pt(14), legend_top + canvas.pt(4)))
            painter.setPen(INK)
            width = canvas.text_width(name, small)
            painter.drawText(QRectF(x + canvas.pt(16), legend_top, width + canvas.pt(2), canvas.pt(8)),
                             int(Qt.AlignmentFlag.AlignVCenter), name)
            x += canvas.pt(22) + width
        plot = QRectF(inner.left() + canvas.pt(30), legend_top + canvas.pt(14),
                      inner.width() - canvas.pt(34), inner.bottom() - legend_top - canvas.pt(26))
        self._axes(painter, plot, small, lang)
        labels: list[QRectF] = []
        for index, (_, series, _) in enumerate(panel.series):
            self._series(painter, plot, index, series, small, lang, labels)

    def _pen(self, index: int) -> QPen:
        lane_id = self.panel.series[index][1].product_id
        pen = QPen(QColor(product_colour(lane_id, self.content.product_order)), self.canvas.pt(1.2))
        pen.setStyle(DASHES[index % len(DASHES)])
        return pen

    def _map(self, plot: QRectF, seconds: float, value: float) -> QPointF:
        fx = (seconds - self.start) / max(self.end - self.start, 1.0)
        fy = value / self.top if self.top else 0.0
        return QPointF(plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height())

    def _axes(self, painter: QPainter, plot: QRectF, font: object, lang: str) -> None:
        canvas = self.canvas
        painter.setFont(font)  # type: ignore[arg-type]
        for fraction in (0.0, 0.5, 1.0):
            value = self.top * fraction
            y = plot.bottom() - fraction * plot.height()
            painter.setPen(QPen(QColor(225, 225, 225), canvas.pt(0.3)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(INK)
            painter.drawText(QRectF(plot.left() - canvas.pt(30), y - canvas.pt(5), canvas.pt(28),
                                    canvas.pt(10)),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             compact_number(value, lang))
        painter.setPen(QPen(GRID, canvas.pt(0.5)))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for seconds, text, major in time_ticks(self.start, self.end, lang, max_labels=4):
            if not major:
                continue
            x = self._map(plot, seconds, 0).x()
            painter.setPen(QPen(GRID, canvas.pt(0.5)))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + canvas.pt(3)))
            painter.setPen(INK)
            painter.drawText(QRectF(x - canvas.pt(25), plot.bottom() + canvas.pt(3), canvas.pt(50),
                                    canvas.pt(9)), int(Qt.AlignmentFlag.AlignHCenter), text)

    def _series(self, painter: QPainter, plot: QRectF, index: int, series: object, font: object,
                lang: str, taken: list[QRectF]) -> None:
        canvas = self.canvas
        xs, ys = series.step_xy()  # type: ignore[attr-defined]
        pen = self._pen(index)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([self._map(plot, float(x), float(y)) for x, y in zip(xs, ys)]))
        painter.setFont(font)  # type: ignore[arg-type]
        previous = None
        for seconds, value in zip(series.starts, series.values):  # type: ignore[attr-defined]
            point = self._map(plot, float(seconds), float(value))
            painter.setPen(QPen(INK, canvas.pt(0.4)))
            painter.setBrush(pen.color())
            painter.drawEllipse(point, canvas.pt(1.8), canvas.pt(1.8))
            if value == previous:
                continue
            previous = value
            text = compact_number(float(value), lang)
            width = canvas.text_width(text, font) + canvas.pt(2)  # type: ignore[arg-type]
            box = QRectF(point.x() + canvas.pt(2), point.y() - canvas.pt(10), width, canvas.pt(8))
            for _ in range(3):
                if not any(box.intersects(other) for other in taken):
                    break
                box.translate(0, -canvas.pt(7))
            else:
                continue
            box.moveTop(max(box.top(), plot.top() - canvas.pt(12)))
            taken.append(box)
            painter.setPen(INK)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


def _nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten at or above ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power
