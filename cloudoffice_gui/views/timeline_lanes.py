"""Draw event lanes into a pyqtgraph plot: markers by kind, month/year spans as bars.

Items are grouped by (kind, exact-or-span, colour), never by event or by lane: a thousand
lanes of 100,000 events still make at most a hundred-odd items, each of one style, which
pyqtgraph draws as a batch. Imported only with pyqtgraph, when the timeline is built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cloudoffice_gui.data.schema import EVENT_KINDS
from cloudoffice_gui.data.timeline_data import TimelineData
from cloudoffice_gui.views.timeline_style import KIND_OFFSETS, KIND_SYMBOLS, MARKER_SIZE

SPAN_WIDTH = 6
"""Pixel height of a month/year span bar."""
_OFFSETS = np.array([KIND_OFFSETS[k] for k in EVENT_KINDS])


def group_by_position(xs: np.ndarray, ys: np.ndarray,
                      members: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One marker per distinct (x, y), carrying every event index drawn there.

    Events of one lane and kind on one date would hide each other anyway; one spot each
    keeps clicks and tooltips complete and spares drawing thousands of copies.
    """
    order = np.lexsort((ys, xs))
    xs, ys, members = xs[order], ys[order], members[order]
    fresh = np.ones(len(xs), dtype=bool)
    fresh[1:] = (xs[1:] != xs[:-1]) | (ys[1:] != ys[:-1])
    firsts = np.flatnonzero(fresh)
    groups = np.empty(len(firsts), dtype=object)
    for n, group in enumerate(np.split(members, firsts[1:])):
        groups[n] = group
    return xs[firsts], ys[firsts], groups


class EventLanes:
    """The markers and span bars of one :class:`TimelineData` in a plot."""

    def __init__(self, plot: pg.PlotItem, on_click: Callable[[object, Sequence[object], object], None]) -> None:
        self.plot = plot
        self._on_click = on_click
        self.markers: dict[tuple[str, bool, str], pg.ScatterPlotItem] = {}
        """(kind, drawn as span, colour) -> the item holding those markers."""
        self.spans: dict[str, pg.PlotCurveItem] = {}
        """Colour -> the bars of every month/year event of lanes in that colour."""
        self.hidden_kinds: set[str] = set()

    def clear(self) -> None:
        """Remove every marker and bar."""
        for item in [*self.markers.values(), *self.spans.values()]:
            self.plot.removeItem(item)
        self.markers, self.spans = {}, {}

    def show(self, data: TimelineData, colours: Sequence[str], tip: Callable[..., str]) -> None:
        """Draw ``data``'s lanes; ``colours`` has one entry per lane."""
        self.clear()
        lanes = [lane for lane in data.lanes if len(lane)]
        if not lanes:
            return
        palette = list(dict.fromkeys(colours))
        colour_of_lane = np.array([palette.index(colours[lane.index]) for lane in lanes])
        sizes = [len(lane) for lane in lanes]
        colour_codes = np.repeat(colour_of_lane, sizes)
        starts = np.concatenate([lane.starts for lane in lanes])
        ends = np.concatenate([lane.ends for lane in lanes])
        kinds = np.concatenate([lane.kinds for lane in lanes])
        spans = np.concatenate([lane.spans for lane in lanes])
        members = np.concatenate([lane.event_indices for lane in lanes])
        ys = np.repeat([float(lane.index) for lane in lanes], sizes) + _OFFSETS[kinds]
        # A month or a year is marked in its middle, hollow, over a bar of the whole period.
        xs = np.where(spans, (starts + ends) / 2, starts)
        for code, colour in enumerate(palette):
            in_colour = colour_codes == code
            self._add_spans(colour, starts[in_colour & spans], ends[in_colour & spans],
                            ys[in_colour & spans])
            for kind_index, kind in enumerate(EVENT_KINDS):
                of_kind = in_colour & (kinds == kind_index)
                for span in (False, True):
                    chosen = of_kind & (spans == span)
                    if chosen.any():
                        self._add_markers(kind, span, colour, xs[chosen], ys[chosen],
                                          members[chosen], tip)

    def _add_spans(self, colour: str, starts: np.ndarray, ends: np.ndarray, ys: np.ndarray) -> None:
        if not len(starts):
            return
        bar_colour = QColor(colour)
        bar_colour.setAlpha(110)
        pen = pg.mkPen(bar_colour, width=SPAN_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        # Many events share a month: draw each distinct bar once, since stroking wide lines
        # is where a frame spends its time.
        bars = np.unique(np.column_stack([starts, ends, ys]), axis=0)
        item = pg.PlotCurveItem(x=bars[:, :2].ravel(), y=np.repeat(bars[:, 2], 2), pen=pen,
                                connect="pairs")
        self.plot.addItem(item)
        self.spans[colour] = item

    def _add_markers(self, kind: str, span: bool, colour: str, xs: np.ndarray, ys: np.ndarray,
                     members: np.ndarray, tip: Callable[..., str]) -> None:
        xs, ys, groups = group_by_position(xs, ys, members)
        item = pg.ScatterPlotItem(
            x=xs, y=ys, data=groups, symbol=KIND_SYMBOLS[kind], size=MARKER_SIZE,
            # Exact days are filled; a month or a year is hollow over its span bar.
            pen=pg.mkPen(colour, width=2) if span else pg.mkPen(None),
            brush=None if span else pg.mkBrush(colour), hoverable=True, tip=tip)
        item.setZValue(10)
        item.setVisible(kind not in self.hidden_kinds)
        item.sigClicked.connect(self._on_click)
        self.plot.addItem(item)
        self.markers[(kind, span, colour)] = item

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        """Show or hide every marker of ``kind``."""
        (self.hidden_kinds.discard if visible else self.hidden_kinds.add)(kind)
        for (item_kind, _span, _colour), item in self.markers.items():
            if item_kind == kind:
                item.setVisible(visible)

    def find(self, event_index: int) -> tuple[pg.ScatterPlotItem, int] | None:
        """The item and spot index that draw event ``event_index``, if any."""
        for item in self.markers.values():
            for spot, group in enumerate(item.data["data"]):
                if event_index in group:
                    return item, spot
        return None
