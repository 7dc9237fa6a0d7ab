"""Draw the series of ONE metric as step lines with hoverable, clickable points.

Two metrics never share this chart: daily active users, monthly active users and daily
meeting participants are different things, and one y axis would pretend they are not.
Lines and points are grouped by colour (one curve broken by gaps, one scatter per colour),
so a thousand products' series stay a handful of items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg

from cloudoffice_gui.data.timeline_data import MetricSeries
from cloudoffice_gui.views.timeline_style import compact_number

MAX_LEGEND_ENTRIES = 12
"""Beyond this many series a legend hides the chart; hover names each point instead."""


class CompactAxis(pg.AxisItem):
    """A value axis that writes 26.1M (or 2610万) instead of 2.61e+07."""

    def __init__(self, orientation: str = "left", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.language = "en"
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        """Compact figures in the data language."""
        return [compact_number(v * scale, self.language) for v in values]


class MetricChart:
    """The step lines and points of one metric's series in a plot."""

    def __init__(self, plot: pg.PlotItem, legend: pg.LegendItem,
                 on_click: Callable[[object, Sequence[object], object], None]) -> None:
        self.plot = plot
        self.legend = legend
        self._on_click = on_click
        self.items: list[pg.GraphicsObject] = []
        self.shown_series: list[MetricSeries] = []
        """The series drawn now; point data are (index in this list, index in the series)."""

    def show(self, series: Sequence[MetricSeries], names: Sequence[str], colours: Sequence[str],
             axis_label: str, tip: Callable[..., str], language: str = "en") -> None:
        """Replace the chart with ``series`` (all of one metric) and label the value axis."""
        keys = {s.key for s in series}
        if len(keys) > 1:
            raise ValueError(f"one metric per chart, got {sorted(k.id for k in keys)}")
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        self.legend.clear()
        self.shown_series = list(series)
        by_colour: dict[str, list[int]] = {}
        for n, colour in enumerate(colours):
            by_colour.setdefault(colour, []).append(n)
        for colour, members in by_colour.items():
            self._add_colour(colour, members, tip)
        if len(series) <= MAX_LEGEND_ENTRIES:
            for name, colour in zip(names, colours):
                self.legend.addItem(pg.PlotDataItem([], [], pen=pg.mkPen(colour, width=2)), name)
        axis = self.plot.getAxis("left")
        axis.language = language
        axis.setLabel(axis_label)
        axis.picture = None  # redraw the ticks in the new language
        self.plot.enableAutoRange(axis="y")

    def _add_colour(self, colour: str, members: list[int], tip: Callable[..., str]) -> None:
        xs, ys, dot_x, dot_y, dot_data = [], [], [], [], []
        for n in members:
            one = self.shown_series[n]
            step_x, step_y = one.step_xy()
            xs += [step_x, [np.nan]]  # a gap between two products' lines
            ys += [step_y, [np.nan]]
            dot_x.append(one.starts)
            dot_y.append(one.values)
            dot_data += [(n, i) for i in range(len(one))]
        pen = pg.mkPen(colour, width=2)
        curve = pg.PlotDataItem(np.concatenate(xs), np.concatenate(ys), pen=pen, connect="finite")
        data = np.empty(len(dot_data), dtype=object)
        for n, pair in enumerate(dot_data):  # element-wise: numpy would unpack the tuples
            data[n] = pair
        dots = pg.ScatterPlotItem(x=np.concatenate(dot_x), y=np.concatenate(dot_y), data=data,
                                  symbol="o", size=8, pen=pen, brush=pg.mkBrush(colour),
                                  hoverable=True, tip=tip)
        dots.setZValue(5)
        dots.sigClicked.connect(self._on_click)
        for item in (curve, dots):
            self.plot.addItem(item)
            self.items.append(item)

    def records_at(self, points: Sequence[object]) -> list[object]:
        """The Event or SupportRow behind each clicked point."""
        return [self.shown_series[s].records[i] for s, i in (p.data() for p in points)]
