"""The Timeline tab: events per product lane, one metric's figures below, an as-of line.

pyqtgraph is imported in :meth:`TimelineView._build_plots`, when the tab is first built,
never when this module is imported: it costs ~0.35 s that start-up should not pay.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cloudoffice_gui.data.records import Event, SupportRow
from cloudoffice_gui.data.schema import EVENT_KINDS
from cloudoffice_gui.data.timeline_data import (
    DAY_SECONDS,
    MetricKey,
    TimelineData,
    TimelineIndex,
    date_to_seconds,
    seconds_to_date,
)
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.views.timeline_style import (
    events_tooltip,
    figure_tooltip,
    kind_label,
    product_colour,
)

QUICK_RANGE_2020 = (dt.date(2020, 1, 1), dt.date(2020, 4, 1))
"""Jan–Mar 2020: the weeks the article covers."""


class TimelineView(QWidget):
    """Events of the chosen products on a time axis, bound to ``AppState.as_of``."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._data = TimelineData(events=(), lanes=())
        self._metric_keys: list[MetricKey] = []
        self._sources: dict = {}
        self._metrics: dict = {}
        self._features: dict = {}
        self._product_order: list[str] = []
        self._products: dict = {}
        self._index: TimelineIndex | None = None  # events and figures read once per database
        self.canvas = None
        self._pending_x: float | None = None
        self._as_of_timer = QTimer(self)
        self._as_of_timer.setSingleShot(True)
        self._as_of_timer.setInterval(60)  # the matrix follows a drag without redoing every pixel
        self._as_of_timer.timeout.connect(self._commit_as_of)
        self._build_toolbar()
        self._build_plots()
        # Bound slots, not lambdas: Qt drops them when this view is deleted.
        state.database_changed.connect(self._on_database_changed)
        state.chosen_products_changed.connect(self._on_chosen_changed)
        state.language_changed.connect(self._on_language_changed)
        state.as_of_changed.connect(self._on_state_as_of)
        self.retranslate_ui()
        self.refresh()
        self.show_quick_range("2020" if self._has_events_in(*QUICK_RANGE_2020) else "all")

    # -- construction ----------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.range_label = QLabel(self)
        self.range_2020_button = QPushButton(self)
        self.range_2020_button.clicked.connect(lambda: self.show_quick_range("2020"))
        self.range_all_button = QPushButton(self)
        self.range_all_button.clicked.connect(lambda: self.show_quick_range("all"))
        self.fit_button = QPushButton(self)
        self.fit_button.clicked.connect(self.fit_all)
        self.metric_label = QLabel(self)
        self.metric_combo = QComboBox(self)
        self.metric_combo.setObjectName("TimelineMetricCombo")
        self.metric_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_combo.setMinimumContentsLength(22)
        self.metric_combo.currentIndexChanged.connect(self._show_metric)
        self.hint_label = QLabel(self)
        # Never widens the tab: on a narrow window the hint is cut, the plot keeps its width.
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for label in (self.range_label, self.metric_label, self.hint_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.metric_label.setBuddy(self.metric_combo)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        for widget in (self.range_label, self.range_2020_button, self.range_all_button,
                       self.fit_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.metric_label)
        bar.addWidget(self.metric_combo)
        bar.addStretch(1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(bar)
        self.hint_label.setContentsMargins(8, 0, 8, 0)
        self._layout.addWidget(self.hint_label)

    def _build_plots(self) -> None:
        from cloudoffice_gui.views.timeline_plots import TimelineCanvas  # pyqtgraph: lazy

        self.canvas = TimelineCanvas(self)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.installEventFilter(self)
        self.canvas.events_clicked.connect(self._on_events_clicked)
        self.canvas.figures_clicked.connect(self._on_figures_clicked)
        self.canvas.as_of_dragged.connect(self._on_line_dragged)
        self.canvas.as_of_released.connect(self._on_line_released)
        self._layout.addWidget(self.canvas, 1)
        self.setFocusProxy(self.canvas)

    # -- data --------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Rebuild lanes and series from the database and the chosen products."""
        db = self._state.database
        self._sources = {s.id: s for s in db.sources()}
        self._metrics = {m.id: m for m in db.metrics()}
        self._features = {f.id: f for f in db.features()}
        self._product_order = [p.id for p in db.products()]
        self._products = self._state.products_by_id()
        if self._index is None:
            self._index = TimelineIndex.from_database(db)
        self._data = self._index.build(self._state.chosen_product_ids)
        colours = [product_colour(lane.product_id, self._product_order) for lane in self._data.lanes]
        self._apply_theme()
        self.canvas.show_lanes(self._data, self._lane_names(), colours, self._event_tip)
        self._fill_metric_combo()
        self._on_state_as_of(self._state.as_of)

    @Slot(object)
    def _on_database_changed(self, _database: object) -> None:
        self._index = None
        self.refresh()
        self.fit_all()

    @Slot(list)
    def _on_chosen_changed(self, _product_ids: list) -> None:
        self.refresh()

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._relabel()

    def timeline_data(self) -> TimelineData:
        """What the timeline shows now."""
        return self._data

    def lane_product_ids(self) -> list[str | None]:
        """Product id of each lane, top to bottom (None: the market lane)."""
        return [lane.product_id for lane in self._data.lanes]

    def metric_keys(self) -> list[MetricKey]:
        """The metrics the combo offers, in its order."""
        return list(self._metric_keys)

    def current_metric(self) -> MetricKey | None:
        """The metric the chart shows."""
        index = self.metric_combo.currentIndex()
        return self._metric_keys[index] if 0 <= index < len(self._metric_keys) else None

    def set_current_metric(self, key: MetricKey) -> None:
        """Show ``key``'s series in the chart."""
        self.metric_combo.setCurrentIndex(self._metric_keys.index(key))

    def _lane_name(self, product_id: str | None) -> str:
        if product_id is None:
            return self.tr("Market")
        product = self._products.get(product_id)
        return product.name(self._state.language) if product else product_id

    def _lane_names(self) -> list[str]:
        return [self._lane_name(lane.product_id) for lane in self._data.lanes]

    def _metric_name_unit(self, key: MetricKey) -> tuple[str, str]:
        lang = self._state.language
        if key.source == "metric" and key.id in self._metrics:
            metric = self._metrics[key.id]
            return metric.name(lang), metric.unit(lang)
        feature = self._features.get(key.id)
        return (feature.name(lang), feature.unit or "") if feature else (key.id, "")

    def _fill_metric_combo(self) -> None:
        previous = self.current_metric()
        self._metric_keys = self._data.metric_keys()
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for key in self._metric_keys:
            name, unit = self._metric_name_unit(key)
            self.metric_combo.addItem(f"{name} ({unit})" if unit else name)
        if previous in self._metric_keys:
            self.metric_combo.setCurrentIndex(self._metric_keys.index(previous))
        self.metric_combo.setEnabled(bool(self._metric_keys))
        self.metric_combo.blockSignals(False)
        self._show_metric()

    @Slot()
    def _show_metric(self) -> None:
        key = self.current_metric()
        series = self._data.series_for(key) if key else []
        # pyqtgraph's legend renders its labels as HTML.
        names = [html.escape(self._lane_name(s.product_id)) for s in series]
        colours = [product_colour(s.product_id, self._product_order) for s in series]
        label = ""
        if key:
            name, unit = self._metric_name_unit(key)
            label = html.escape(f"{name} ({unit})" if unit else name)
        self.canvas.show_series(series, names, colours, label, self._figure_tip,
                                self._state.language)

    def _has_events_in(self, first: dt.date, end: dt.date) -> bool:
        low, high = date_to_seconds(first), date_to_seconds(end)
        return any(((lane.starts < high) & (lane.ends > low)).any() for lane in self._data.lanes)

    # -- tooltips and clicks -------------------------------------------------------------------
    def _event_tip(self, x: float, y: float, data: object) -> str:
        events = [self._data.events[int(i)] for i in data]  # type: ignore[attr-defined]
        return events_tooltip(events, self._state.language, self._lane_name, self._sources,
                              self._metrics)

    def _figure_tip(self, x: float, y: float, data: object) -> str:
        series_index, point = data
        series = self.canvas.chart.shown_series[series_index]
        name, unit = self._metric_name_unit(series.key)
        title = f"{self._lane_name(series.product_id)} · {name}"
        record = series.records[point]
        return figure_tooltip(record, float(series.values[point]), title, unit,
                              self._state.language, self._sources.get(record.source_id))

    @Slot(list)
    def _on_events_clicked(self, indices: list) -> None:
        events: list[Event] = [self._data.events[i] for i in indices]
        if len(events) == 1:
            title = events[0].title(self._state.language)[0]
        else:
            title = self.tr("%1 events").replace("%1", str(len(events)))
        self._state.show_evidence(title, events)

    @Slot(list)
    def _on_figures_clicked(self, records: list) -> None:
        key = self.current_metric()
        name = self._metric_name_unit(key)[0] if key else ""
        first: Event | SupportRow = records[0]
        self._state.show_evidence(f"{self._lane_name(first.product_id)} · {name}", list(records))

    def select_event(self, event_id: str) -> bool:
        """Ring ``event_id``'s marker and bring it into view; False if no lane shows it."""
        index = next((n for n, e in enumerate(self._data.events) if e.id == event_id), None)
        found = self.canvas.lanes.find(index) if index is not None else None
        if found is None:
            return False
        item, spot = found
        self.canvas.reveal(float(item.data["x"][spot]), float(item.data["y"][spot]))
        return True

    # -- as-of line ----------------------------------------------------------------------------
    @staticmethod
    def as_of_x(date: dt.date) -> float:
        """Where the as-of line stands for ``date``: noon UTC, inside that day."""
        return date_to_seconds(date) + DAY_SECONDS / 2

    @Slot(object)
    def _on_state_as_of(self, date: dt.date) -> None:
        self.canvas.set_as_of_x(self.as_of_x(date), self.tr("As of %1").replace("%1", date.isoformat()))

    @Slot(float)
    def _on_line_dragged(self, x: float) -> None:
        self._pending_x = x
        if not self._as_of_timer.isActive():
            self._as_of_timer.start()

    @Slot(float)
    def _on_line_released(self, x: float) -> None:
        self._pending_x = x
        self._as_of_timer.stop()
        self._commit_as_of()
        self._on_state_as_of(self._state.as_of)  # snap onto the chosen day

    @Slot()
    def _commit_as_of(self) -> None:
        if self._pending_x is not None:
            self._state.set_as_of(seconds_to_date(self._pending_x))
            self._pending_x = None

    # -- navigation ----------------------------------------------------------------------------
    def show_quick_range(self, name: str) -> None:
        """'2020' shows Jan–Mar 2020; 'all' shows every event and figure."""
        if name == "2020":
            low, high = (date_to_seconds(d) for d in QUICK_RANGE_2020)
        else:
            span = self._data.time_range() or (date_to_seconds(QUICK_RANGE_2020[0]),
                                               date_to_seconds(QUICK_RANGE_2020[1]))
            pad = (span[1] - span[0]) * 0.02 + DAY_SECONDS
            low, high = span[0] - pad, span[1] + pad
        self.canvas.set_x_range(low, high)

    @Slot()
    def fit_all(self) -> None:
        """Show all time, every lane and the whole value range of the metric chart."""
        self.show_quick_range("all")
        self.canvas.show_all_lanes()
        self.canvas.metrics.enableAutoRange(axis="y")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Keys over the plot: +/- zoom, arrows pan, Page Up/Down scroll lanes, Home fits all."""
        if watched is self.canvas and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Home:
                self.fit_all()
                return True
            if self.canvas.handle_key(event.key()):
                return True
        return super().eventFilter(watched, event)

    # -- export ----------------------------------------------------------------------------------
    def plot_items(self) -> tuple:
        """The pyqtgraph PlotItems: (event lanes, metric chart)."""
        return self.canvas.timeline, self.canvas.metrics

    def graphics_widget(self) -> QWidget:
        """The pyqtgraph widget whose one scene holds legend, lanes and chart."""
        return self.canvas

    def render_image(self, width: int | None = None) -> QImage:
        """The timeline as an image ``width`` pixels wide (default: as on screen)."""
        from cloudoffice_gui.views.timeline_export import scene_image

        self.canvas.ensure_laid_out()
        return scene_image(self.canvas.scene(), width)

    def export_png(self, path: Path | str, width: int | None = None) -> Path:
        """Write the timeline as a PNG, atomically; no dialog."""
        from cloudoffice_gui.views.timeline_export import write_png

        self.canvas.ensure_laid_out()
        return write_png(self.canvas.scene(), path, width)

    def export_svg(self, path: Path | str) -> Path:
        """Write the timeline as an SVG, atomically; no dialog."""
        from cloudoffice_gui.views.timeline_export import write_svg

        self.canvas.ensure_laid_out()
        return write_svg(self.canvas.scene(), path)

    # -- texts and looks ---------------------------------------------------------------------------
    def _apply_theme(self) -> None:
        palette = self.palette()
        self.canvas.apply_theme(palette.color(QPalette.ColorRole.Base),
                                palette.color(QPalette.ColorRole.Text), self.font(),
                                self._lane_names())

    def _relabel(self) -> None:
        self._apply_theme()
        self.canvas.set_lane_labels(self._lane_names())
        self._fill_metric_combo()

    def retranslate_ui(self) -> None:
        """Apply the interface language to buttons, legend and lane labels."""
        self.range_label.setText(self.tr("Show:"))
        self.range_2020_button.setText(self.tr("Jan–Mar 2020"))
        self.range_all_button.setText(self.tr("All time"))
        self.fit_button.setText(self.tr("Fit all"))
        self.metric_label.setText(self.tr("&Figure:"))
        self.hint_label.setText(self.tr(
            "Drag the dashed line to set the as-of date · +/− zoom · ←/→ pan · "
            "click a marker for its source · click a legend entry to hide that kind"))
        self.hint_label.setToolTip(self.hint_label.text())
        self._rebuild_legend()
        self._relabel()
        self._on_state_as_of(self._state.as_of)

    def _rebuild_legend(self) -> None:
        self._apply_theme()  # legend samples take the current text colour
        self.canvas.set_legend({k: kind_label(k) for k in EVENT_KINDS},
                               self.tr("Hollow on a bar: month or year, not a day"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if self.canvas is None:
            pass  # still constructing: __init__ applies texts and looks itself
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._rebuild_legend()
        super().changeEvent(event)
