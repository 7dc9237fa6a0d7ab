"""The pyqtgraph canvas of the timeline: event lanes above, one metric's step lines below.

Imported only when the timeline is first built (pyqtgraph costs ~0.35 s of start-up). One
scene holds the legend and both plots, so an export writes them as one picture. Events are
drawn with one ScatterPlotItem per (lane, kind, exact-or-span), never one item per event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QWidget

from cloudoffice_gui.data.schema import EVENT_KINDS
from cloudoffice_gui.data.timeline_data import LaneArrays, MetricSeries, TimelineData
from cloudoffice_gui.views.timeline_style import (
    KIND_OFFSETS,
    KIND_SYMBOLS,
    MARKER_SIZE,
    compact_number,
)

SPAN_WIDTH = 6
"""Pixel height of a month/year span bar."""


def _group_by_position(xs: np.ndarray, event_indices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One marker per distinct x, carrying every event drawn there.

    Events of one lane and kind on the same date would hide each other anyway; one spot
    each keeps clicks and tooltips complete and spares drawing thousands of copies.
    """
    order = np.argsort(xs, kind="stable")
    unique, firsts = np.unique(xs[order], return_index=True)
    groups = np.empty(len(unique), dtype=object)
    for n, members in enumerate(np.split(event_indices[order], firsts[1:])):
        groups[n] = members
    return unique, groups


class CompactAxis(pg.AxisItem):
    """A value axis that writes 26.1M (or 2610万) instead of 2.61e+07."""

    def __init__(self, orientation: str = "left", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.language = "en"
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        """Compact figures in the data language."""
        return [compact_number(v * scale, self.language) for v in values]


class TimelineCanvas(pg.GraphicsLayoutWidget):
    """Legend, event lanes and a metric chart on one linked time axis, with as-of lines."""

    events_clicked = Signal(list)
    """Indices into the shown :class:`TimelineData`'s events under a click."""
    figures_clicked = Signal(list)
    """Records (Event or SupportRow) behind the metric points under a click."""
    as_of_dragged = Signal(float)
    as_of_released = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimelineCanvas")
        # Four columns, two rows: one row of eight would set a minimum width wider than
        # the tab gets beside the product list and the evidence panel.
        self.legend = pg.LegendItem(offset=None, colCount=4, horSpacing=4, frame=False)
        self.ci.addItem(self.legend, row=0, col=0)
        self.timeline = self.ci.addPlot(row=1, col=0, axisItems={
            "bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
        self.metrics = self.ci.addPlot(row=2, col=0, axisItems={
            "bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0),
            "left": CompactAxis("left")})
        self.ci.layout.setRowStretchFactor(1, 3)
        self.ci.layout.setRowStretchFactor(2, 2)
        self.metrics.setXLink(self.timeline)
        self.timeline.invertY(True)
        self.timeline.setMouseEnabled(x=True, y=False)
        self.timeline.showGrid(x=True, y=False, alpha=0.15)
        self.metrics.showGrid(x=True, y=True, alpha=0.15)
        self.metrics.getViewBox().setAutoVisible(y=True)
        self.metrics_legend = self.metrics.addLegend(offset=(8, 4), frame=False)
        for plot in (self.timeline, self.metrics):
            plot.hideButtons()
            plot.setMenuEnabled(False)
        self.as_of_lines = [self._as_of_line(plot) for plot in (self.timeline, self.metrics)]
        self.as_of_label = pg.InfLineLabel(self.as_of_lines[0], text="", position=0.97,
                                           anchors=[(-0.05, 0.5), (-0.05, 0.5)])
        self.selection = pg.ScatterPlotItem(symbol="o", size=MARKER_SIZE + 10, brush=None)
        self.selection.setZValue(20)
        self.timeline.addItem(self.selection)
        self.lane_items: dict[tuple[int, str, bool], pg.ScatterPlotItem] = {}
        self.span_items: dict[int, pg.PlotCurveItem] = {}
        self.series_items: list[tuple[pg.PlotDataItem, pg.ScatterPlotItem]] = []
        self.shown_series: list[MetricSeries] = []
        """The series the chart draws, parallel to :attr:`series_items`."""
        self._lane_guides: list[pg.InfiniteLine] = []
        self._legend_samples: dict[str, pg.ScatterPlotItem] = {}
        self.hidden_kinds: set[str] = set()
        self._data: TimelineData | None = None
        self._foreground = QColor("black")

    # -- construction helpers ------------------------------------------------------------
    def _as_of_line(self, plot: pg.PlotItem) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=90, movable=True)
        line.setZValue(30)
        # Any move not made by set_as_of_x (which blocks signals) is the user's: a drag, or a
        # script or test calling setValue.
        line.sigPositionChanged.connect(lambda item: self._on_line_moved(item, final=False))
        line.sigPositionChangeFinished.connect(lambda item: self._on_line_moved(item, final=True))
        plot.addItem(line, ignoreBounds=True)
        return line

    def _on_line_moved(self, line: pg.InfiniteLine, final: bool) -> None:
        x = float(line.value())
        for other in self.as_of_lines:
            if other is not line:
                other.blockSignals(True)
                other.setValue(x)
                other.blockSignals(False)
        (self.as_of_released if final else self.as_of_dragged).emit(x)

    # -- appearance ----------------------------------------------------------------------
    def apply_theme(self, background: QColor, foreground: QColor, font: QFont,
                    left_texts: Sequence[str]) -> None:
        """Colours and font from the application; axes sized so CJK tick labels fit."""
        self._foreground = QColor(foreground)
        self.setBackground(background)
        metrics = QFontMetrics(font)
        widest = max([metrics.horizontalAdvance(t) for t in left_texts] + [60])
        left_width = widest + 16 + metrics.height()
        for plot in (self.timeline, self.metrics):
            for name in ("bottom", "left"):
                axis = plot.getAxis(name)
                axis.setPen(foreground)
                axis.setTextPen(foreground)
                axis.setTickFont(font)
            # A fixed height from the real font: pyqtgraph drops tick labels that do not
            # fit, and a CJK fallback font is taller than its default 18 px guess.
            bottom = plot.getAxis("bottom")
            bottom.setHeight(metrics.height() + max(0, bottom.style["tickLength"])
                             + bottom.style["tickTextOffset"][1] + 6)
            # Same width on both left axes, so the linked x axes line up exactly.
            plot.getAxis("left").setWidth(left_width)
        for legend in (self.legend, self.metrics_legend):
            legend.setLabelTextColor(foreground)
            for _sample, label in legend.items:
                label.setText(label.text)  # LabelItem renders its colour only in setText
        pen = pg.mkPen(foreground, width=2, style=Qt.PenStyle.DashLine)
        hover = pg.mkPen(foreground, width=4)
        for line in self.as_of_lines:
            line.setPen(pen)
            line.setHoverPen(hover)
        self.selection.setPen(pg.mkPen(foreground, width=2))
        fill = QColor(background)
        fill.setAlpha(200)
        self.as_of_label.setColor(foreground)
        self.as_of_label.fill = pg.mkBrush(fill)
        self.as_of_label.setFont(font)

    def set_legend(self, kind_labels: dict[str, str], span_label: str) -> None:
        """One legend entry per kind (click one to hide that kind), and one for spans."""
        self.legend.clear()
        self._legend_samples = {}
        neutral = pg.mkBrush(self._foreground)
        for kind in EVENT_KINDS:
            sample = pg.ScatterPlotItem(symbol=KIND_SYMBOLS[kind], size=MARKER_SIZE,
                                        pen=None, brush=neutral)
            sample.setVisible(kind not in self.hidden_kinds)
            sample.visibleChanged.connect(lambda k=kind, s=sample: self._set_kind_visible(k, s.isVisible()))
            self._legend_samples[kind] = sample
            self.legend.addItem(sample, kind_labels.get(kind, kind))
        span_colour = QColor(self._foreground)
        span_colour.setAlpha(110)
        span = pg.PlotDataItem([0, 1], [0, 0], pen=pg.mkPen(span_colour, width=SPAN_WIDTH),
                               symbol="s", symbolSize=MARKER_SIZE - 2, symbolBrush=None,
                               symbolPen=pg.mkPen(self._foreground, width=2))
        self.legend.addItem(span, span_label)

    def _set_kind_visible(self, kind: str, visible: bool) -> None:
        (self.hidden_kinds.discard if visible else self.hidden_kinds.add)(kind)
        for (_, item_kind, _), item in self.lane_items.items():
            if item_kind == kind:
                item.setVisible(visible)

    # -- event lanes ---------------------------------------------------------------------
    def show_lanes(self, data: TimelineData, labels: Sequence[str], colours: Sequence[str],
                   tip: Callable[..., str]) -> None:
        """Replace the lanes with ``data``'s: one labelled lane per entry of ``data.lanes``."""
        self._data = data
        for item in [*self.lane_items.values(), *self.span_items.values(), *self._lane_guides]:
            self.timeline.removeItem(item)
        self.lane_items, self.span_items, self._lane_guides = {}, {}, []
        self.selection.setData([], [])
        for lane, colour in zip(data.lanes, colours):
            self._add_lane(lane, QColor(colour), tip)
        count = max(1, len(data.lanes))
        self.set_lane_labels(labels)
        self.timeline.setLimits(yMin=-0.6, yMax=count - 0.4)
        self.timeline.setYRange(-0.5, count - 0.5, padding=0)

    def set_lane_labels(self, labels: Sequence[str]) -> None:
        """Name the lanes, top to bottom (plain text: axis ticks are never rich text)."""
        self.timeline.getAxis("left").setTicks([[(n, label) for n, label in enumerate(labels)], []])

    def _add_lane(self, lane: LaneArrays, colour: QColor, tip: Callable[..., str]) -> None:
        guide_colour = QColor(colour)
        guide_colour.setAlpha(90)
        guide = pg.InfiniteLine(pos=lane.index, angle=0, movable=False, pen=pg.mkPen(guide_colour))
        self.timeline.addItem(guide, ignoreBounds=True)
        self._lane_guides.append(guide)
        if not len(lane):
            return
        offsets = np.array([KIND_OFFSETS[k] for k in EVENT_KINDS])[lane.kinds]
        ys = lane.index + offsets
        spans = np.flatnonzero(lane.spans)
        if len(spans):
            bar_colour = QColor(colour)
            bar_colour.setAlpha(110)
            pen = pg.mkPen(bar_colour, width=SPAN_WIDTH)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            # Many events share a month: draw each distinct (period, row) once, since
            # stroking wide lines is what a frame spends its time on.
            bars = np.unique(np.column_stack([lane.starts[spans], lane.ends[spans], ys[spans]]), axis=0)
            bar = pg.PlotCurveItem(x=bars[:, :2].ravel(), y=np.repeat(bars[:, 2], 2), pen=pen,
                                   connect="pairs")
            self.timeline.addItem(bar)
            self.span_items[lane.index] = bar
        middles = np.where(lane.spans, (lane.starts + lane.ends) / 2, lane.starts)
        filled = pg.mkBrush(colour)
        hollow_pen = pg.mkPen(colour, width=2)
        for kind in EVENT_KINDS:
            for span in (False, True):
                chosen = lane.select(kind, span)
                if not len(chosen):
                    continue
                xs, groups = _group_by_position(middles[chosen], lane.event_indices[chosen])
                item = pg.ScatterPlotItem(
                    x=xs, y=np.full(len(xs), ys[chosen[0]]), data=groups,
                    symbol=KIND_SYMBOLS[kind], size=MARKER_SIZE,
                    # Exact days are filled; a month or a year is hollow over its span bar.
                    pen=hollow_pen if span else pg.mkPen(None), brush=None if span else filled,
                    hoverable=True, tip=tip)
                item.setZValue(10)
                item.setVisible(kind not in self.hidden_kinds)
                item.sigClicked.connect(self._on_events_clicked)
                self.timeline.addItem(item)
                self.lane_items[(lane.index, kind, span)] = item

    def _on_events_clicked(self, _item: object, points: Sequence[object], _event: object) -> None:
        indices = [int(i) for p in points for i in p.data()]
        if indices:
            self.select_points([(p.pos().x(), p.pos().y()) for p in points])
            self.events_clicked.emit(indices)

    def select_points(self, positions: Sequence[tuple[float, float]]) -> None:
        """Ring the selected markers."""
        self.selection.setData([p[0] for p in positions], [p[1] for p in positions])

    # -- metric chart --------------------------------------------------------------------
    def show_series(self, series: Sequence[MetricSeries], names: Sequence[str],
                    colours: Sequence[str], axis_label: str, tip: Callable[..., str],
                    language: str = "en") -> None:
        """Draw the series of ONE metric as step lines with hoverable points."""
        self.metrics.getAxis("left").language = language
        for curve, dots in self.series_items:
            self.metrics.removeItem(curve)
            self.metrics.removeItem(dots)
        self.metrics_legend.clear()
        self.series_items = []
        keys = {s.key for s in series}
        if len(keys) > 1:
            raise ValueError(f"one metric per chart, got {sorted(k.id for k in keys)}")
        for n, (one, name, colour) in enumerate(zip(series, names, colours)):
            xs, ys = one.step_xy()
            curve = pg.PlotDataItem(xs, ys, pen=pg.mkPen(colour, width=2), name=name)
            dots = pg.ScatterPlotItem(
                x=one.starts, y=one.values, data=[(n, i) for i in range(len(one))],
                symbol="o", size=8, pen=pg.mkPen(colour), brush=pg.mkBrush(colour),
                hoverable=True, tip=tip)
            dots.sigClicked.connect(self._on_figures_clicked)
            self.metrics.addItem(curve)
            self.metrics.addItem(dots)
            self.series_items.append((curve, dots))
        self.shown_series = list(series)
        self.metrics.getAxis("left").setLabel(axis_label)
        self.metrics.getAxis("left").picture = None  # redraw ticks in the new language
        self.metrics.enableAutoRange(axis="y")

    def _on_figures_clicked(self, _item: object, points: Sequence[object], _event: object) -> None:
        records = [self.shown_series[s].records[i] for s, i in (p.data() for p in points)]
        if records:
            self.figures_clicked.emit(records)

    def ensure_laid_out(self) -> None:
        """Lay the scene out for export even if never shown (it would be a 100x30 stub)."""
        if self.isVisible():
            return
        size = self.size().expandedTo(QSize(1200, 800))
        self.resize(size)
        # A hidden widget gets its resize event only when shown; pyqtgraph lays out in it.
        self.resizeEvent(QResizeEvent(size, QSize()))
        self.ci.layout.activate()

    # -- navigation ----------------------------------------------------------------------
    def x_range(self) -> tuple[float, float]:
        """The visible time range in Unix seconds."""
        low, high = self.timeline.getViewBox().viewRange()[0]
        return float(low), float(high)

    def set_x_range(self, low: float, high: float) -> None:
        """Show ``low``..``high`` (Unix seconds) in both plots."""
        self.timeline.setXRange(low, high, padding=0)

    def zoom(self, factor: float) -> None:
        """Zoom time around the centre of the view (factor < 1 zooms in)."""
        low, high = self.x_range()
        middle, half = (low + high) / 2, (high - low) / 2 * factor
        self.set_x_range(middle - half, middle + half)

    def pan(self, fraction: float) -> None:
        """Move the view by ``fraction`` of its width (negative: back in time)."""
        low, high = self.x_range()
        shift = (high - low) * fraction
        self.set_x_range(low + shift, high + shift)

    def set_as_of_x(self, x: float, label: str) -> None:
        """Place both as-of lines at ``x`` without emitting drag signals."""
        if any(line.moving for line in self.as_of_lines):
            return  # the user is dragging: the mouse owns the line until release
        for line in self.as_of_lines:
            line.blockSignals(True)
            line.setValue(x)
            line.blockSignals(False)
        for line in self.as_of_lines:
            line.setToolTip(label)
        self.as_of_label.setFormat(label.replace("{", "{{").replace("}", "}}"))
