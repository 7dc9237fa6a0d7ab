"""The pyqtgraph canvas of the timeline: event lanes above, one metric's step lines below.

Imported only when the timeline is first built (pyqtgraph costs ~0.35 s of start-up). One
scene holds the legend and both plots, so an export writes them as one picture. Drawing is
delegated: :class:`EventLanes` for the markers, :class:`MetricChart` for the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QWidget

from cloudoffice_gui.data.schema import EVENT_KINDS
from cloudoffice_gui.data.timeline_data import MetricSeries, TimelineData
from cloudoffice_gui.views.timeline_lanes import SPAN_WIDTH, EventLanes
from cloudoffice_gui.views.timeline_metric_chart import CompactAxis, MetricChart
from cloudoffice_gui.views.timeline_style import KIND_SYMBOLS, MARKER_SIZE

MAX_VISIBLE_LANES = 16
"""More lanes than this and the lanes scroll vertically instead of shrinking to slivers."""
_ZOOM_KEYS = {Qt.Key.Key_Plus: 0.8, Qt.Key.Key_Equal: 0.8, Qt.Key.Key_Up: 0.8,
              Qt.Key.Key_Minus: 1.25, Qt.Key.Key_Underscore: 1.25, Qt.Key.Key_Down: 1.25}
_PAN_KEYS = {Qt.Key.Key_Left: -0.1, Qt.Key.Key_Right: 0.1}
_LANE_KEYS = {Qt.Key.Key_PageUp: -0.9, Qt.Key.Key_PageDown: 0.9}


class SpacedDateAxis(pg.DateAxisItem):
    """A UTC date axis whose day labels never overprint the month or year label beside them.

    pyqtgraph places day ticks every few days regardless of where the month starts, so at
    some zooms "Feb" and "03" print into each other ("Feb03").
    """

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802
        """The parent's ticks, minus finer ones too close to a coarser one's label."""
        levels = super().tickValues(minVal, maxVal, size)
        if size <= 0 or len(levels) < 2:
            return levels
        metrics = QFontMetrics(self.style["tickFont"] or QFont())
        label_px = (metrics.horizontalAdvance("Sep") + metrics.horizontalAdvance("00")) / 2 + 8
        gap = (maxVal - minVal) / size * label_px
        kept = [levels[0]]
        taken = np.asarray(levels[0][1], dtype=float)
        for spacing, values in levels[1:]:
            values = np.asarray(values, dtype=float)
            if len(taken) and len(values):
                nearest = np.min(np.abs(values[:, None] - taken[None, :]), axis=1)
                values = values[nearest >= gap]
            kept.append((spacing, list(values)))
            taken = np.concatenate([taken, values])
        return kept


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
        self.timeline = self.ci.addPlot(row=1, col=0, axisItems={"bottom": SpacedDateAxis()})
        self.metrics = self.ci.addPlot(row=2, col=0, axisItems={
            "bottom": SpacedDateAxis(), "left": CompactAxis("left")})
        self.ci.layout.setRowStretchFactor(1, 3)
        self.ci.layout.setRowStretchFactor(2, 2)
        self.metrics.setXLink(self.timeline)
        self.timeline.invertY(True)
        self.timeline.setMouseEnabled(x=True, y=False)
        # The y grid falls on the lane ticks: one guide line per lane, drawn by the axis.
        self.timeline.showGrid(x=True, y=True, alpha=0.2)
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
        self.lanes = EventLanes(self.timeline, self._on_events_clicked)
        self.chart = MetricChart(self.metrics, self.metrics_legend, self._on_figures_clicked)
        self._legend_samples: dict[str, pg.ScatterPlotItem] = {}
        self._lane_count = 0
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
            sample.setVisible(kind not in self.lanes.hidden_kinds)
            # The legend's own click toggles the sample's visibility; the markers follow it.
            sample.visibleChanged.connect(
                lambda k=kind, s=sample: self.lanes.set_kind_visible(k, s.isVisible()))
            self._legend_samples[kind] = sample
            self.legend.addItem(sample, kind_labels.get(kind, kind))
        span_colour = QColor(self._foreground)
        span_colour.setAlpha(110)
        span = pg.PlotDataItem([0, 1], [0, 0], pen=pg.mkPen(span_colour, width=SPAN_WIDTH),
                               symbol="s", symbolSize=MARKER_SIZE - 2, symbolBrush=None,
                               symbolPen=pg.mkPen(self._foreground, width=2))
        self.legend.addItem(span, span_label)

    # -- event lanes ---------------------------------------------------------------------
    def show_lanes(self, data: TimelineData, labels: Sequence[str], colours: Sequence[str],
                   tip: Callable[..., str]) -> None:
        """Replace the lanes with ``data``'s: one labelled lane per entry of ``data.lanes``."""
        self.selection.setData([], [])
        self.lanes.show(data, colours, tip)
        self.set_lane_labels(labels)
        self._lane_count = count = max(1, len(data.lanes))
        scrolls = count > MAX_VISIBLE_LANES
        self.timeline.setMouseEnabled(x=True, y=scrolls)
        self.timeline.setLimits(yMin=-0.6, yMax=count - 0.4)
        self.show_all_lanes()

    def show_all_lanes(self) -> None:
        """Fit the lanes in height (the first screenful of them when there are many)."""
        shown = min(self._lane_count, MAX_VISIBLE_LANES)
        self.timeline.setYRange(-0.5, shown - 0.5, padding=0)

    def scroll_lanes(self, pages: float) -> None:
        """Move the lanes up or down by ``pages`` screenfuls."""
        low, high = self.timeline.getViewBox().viewRange()[1]
        step = (high - low) * pages
        self.timeline.setYRange(low + step, high + step, padding=0)

    def set_lane_labels(self, labels: Sequence[str]) -> None:
        """Name the lanes, top to bottom (plain text: axis ticks are never rich text)."""
        self.timeline.getAxis("left").setTicks([[(n, label) for n, label in enumerate(labels)], []])

    def _on_events_clicked(self, _item: object, points: Sequence[object], _event: object) -> None:
        indices = [int(i) for p in points for i in p.data()]
        if indices:
            self.select_points([(p.pos().x(), p.pos().y()) for p in points])
            self.events_clicked.emit(indices)

    def select_points(self, positions: Sequence[tuple[float, float]]) -> None:
        """Ring the selected markers."""
        self.selection.setData([p[0] for p in positions], [p[1] for p in positions])

    def reveal(self, x: float, y: float) -> None:
        """Ring the marker at (``x``, ``y``) and scroll it into view if it is outside."""
        self.select_points([(x, y)])
        low, high = self.x_range()
        if not low <= x <= high:
            half = (high - low) / 2
            self.set_x_range(x - half, x + half)
        top, bottom = self.timeline.getViewBox().viewRange()[1]
        if not top <= y <= bottom:
            half = (bottom - top) / 2
            self.timeline.setYRange(y - half, y + half, padding=0)

    # -- metric chart --------------------------------------------------------------------
    def show_series(self, series: Sequence[MetricSeries], names: Sequence[str],
                    colours: Sequence[str], axis_label: str, tip: Callable[..., str],
                    language: str = "en") -> None:
        """Draw the series of ONE metric (a ValueError if they mix metrics)."""
        self.chart.show(series, names, colours, axis_label, tip, language)

    def _on_figures_clicked(self, _item: object, points: Sequence[object], _event: object) -> None:
        records = self.chart.records_at(points)
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

    def handle_key(self, key: int) -> bool:
        """Zoom, pan or scroll lanes for ``key``; False if the key means nothing here."""
        if key in _ZOOM_KEYS:
            self.zoom(_ZOOM_KEYS[key])
        elif key in _PAN_KEYS:
            self.pan(_PAN_KEYS[key])
        elif key in _LANE_KEYS:
            self.scroll_lanes(_LANE_KEYS[key])
        else:
            return False
        return True

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
