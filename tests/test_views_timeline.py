"""The Timeline tab with real widgets: lanes, clicks, the as-of line, spans, metrics, export."""

from __future__ import annotations

import calendar
import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.records import Event, SupportRow
from cloudoffice_gui.data.timeline_data import MetricKey, build_timeline
from cloudoffice_gui.models.app_state import AppState
from cloudoffice_gui.views.timeline_view import TimelineView
from tests.dataset_factory import build_small_database, small_dataset
from tests.test_data_timeline import synthetic_events


def utc(*ymd: int) -> float:
    """Unix seconds of UTC midnight of a day."""
    return float(calendar.timegm(dt.date(*ymd).timetuple()))


def make_view(qtbot, path: Path, language: str = "en", show: bool = True) -> tuple[TimelineView, AppState]:
    state = AppState(open_database(path), language)
    view = TimelineView(state, None)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    if show:
        view.show()
        qtbot.waitExposed(view)
    return view, state


def marker(view: TimelineView, event_id: str):
    """The scatter item and spot index that draw ``event_id``."""
    index = [e.id for e in view.timeline_data().events].index(event_id)
    found = view.canvas.lanes.find(index)
    assert found is not None, f"{event_id} is not drawn"
    return found


def item_event_ids(view: TimelineView, item) -> set[str]:
    events = view.timeline_data().events
    return {events[int(i)].id for group in item.data["data"] for i in group}


def drawn_event_ids(view: TimelineView) -> set[str]:
    return set().union(*(item_event_ids(view, i) for i in view.canvas.lanes.markers.values()))


def figure_point(view: TimelineView, product_id: str, point: int):
    """The scatter item and spot of point ``point`` of ``product_id``'s series in the chart."""
    chart = view.canvas.chart
    series = next(n for n, s in enumerate(chart.shown_series) if s.product_id == product_id)
    for item in chart.items:
        if isinstance(item, type(view.canvas.selection)):
            for spot, data in enumerate(item.data["data"]):
                if tuple(data) == (series, point):
                    return item, spot
    raise AssertionError("point not drawn")


def viewport_point(view: TimelineView, plot, x: float, y: float) -> QPoint:
    scene_point = plot.getViewBox().mapViewToScene(QPointF(x, y))
    return view.canvas.mapFromScene(scene_point)


def test_importing_the_view_does_not_import_pyqtgraph() -> None:
    code = ("import sys, cloudoffice_gui.views.timeline_view, cloudoffice_gui.views.timeline_style;"
            "sys.exit('pyqtgraph' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_tab_is_declared() -> None:
    from cloudoffice_gui.views.main_window import TAB_SPECS

    spec = next(s for s in TAB_SPECS if s.key == "timeline")
    assert spec.target == "cloudoffice_gui.views.timeline_view:TimelineView"


def test_lanes_follow_the_chosen_products(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    assert view.lane_product_ids() == ["alpha", "beta", None]  # the article's products + market
    ticks = view.canvas.timeline.getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks] == ["Alpha Talk", "Beta Meet", "Market"]
    assert drawn_event_ids(view) == {"e1", "e2", "e3", "e4", "e5"}
    state.set_chosen_product_ids(["gamma", "alpha"])
    assert view.lane_product_ids() == ["gamma", "alpha", None]
    assert drawn_event_ids(view) == {"e2", "e3", "e5"}  # beta's e1 and e4 left with beta
    item, spot = marker(view, "e3")
    assert round(item.data["y"][spot]) == 1  # alpha is now the second lane
    ticks = view.canvas.timeline.getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks] == ["Gamma Docs", "Alpha Talk", "Market"]


def test_clicking_a_marker_through_its_signal_shows_the_event(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    item, spot = marker(view, "e1")
    point = item.points()[spot]
    with qtbot.waitSignal(state.evidence_changed) as blocker:
        item.sigClicked.emit(item, [point], None)
    title, facts = blocker.args
    assert title == "Beta free for 100"
    assert [f.id for f in facts] == ["e1"] and isinstance(facts[0], Event)
    assert len(view.canvas.selection.data) == 1  # the marker is ringed


def test_clicking_a_marker_with_the_mouse_shows_the_event(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db, language="zh")
    item, spot = marker(view, "e3")
    x, y = item.data["x"][spot], item.data["y"][spot]
    position = viewport_point(view, view.canvas.timeline, x, y)
    with qtbot.waitSignal(state.evidence_changed) as blocker:
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=position)
    title, facts = blocker.args
    assert [f.id for f in facts] == ["e3"]
    assert title == "阿尔法日活2610万"  # in the data language


def test_moving_the_as_of_line_sets_the_date(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    target = dt.date(2020, 2, 10)
    view.canvas.as_of_lines[0].setValue(utc(2020, 2, 10) + 3600)
    qtbot.waitUntil(lambda: state.as_of == target)
    # Both lines then stand at noon of the chosen day, the chart's line included.
    assert [line.value() for line in view.canvas.as_of_lines] == [view.as_of_x(target)] * 2


def _send_mouse(widget, kind: QEvent.Type, pos: QPoint, buttons, button) -> None:
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_dragging_the_as_of_line_with_the_mouse(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    state.set_as_of(dt.date(2020, 1, 10))
    plot = view.canvas.timeline
    start = viewport_point(view, plot, view.as_of_x(dt.date(2020, 1, 10)), 0.5)
    end = viewport_point(view, plot, view.as_of_x(dt.date(2020, 2, 12)), 0.5)
    viewport = view.canvas.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _send_mouse(viewport, QEvent.Type.MouseMove, start, none, none)
    _send_mouse(viewport, QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 11):
        qtbot.wait(30)  # pyqtgraph drops mouse moves that come faster than its rate limit
        _send_mouse(viewport, QEvent.Type.MouseMove, start + (end - start) * step / 10, left, none)
    _send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, none, left)
    assert state.as_of == dt.date(2020, 2, 12)
    assert view.canvas.as_of_lines[0].value() == view.as_of_x(dt.date(2020, 2, 12))  # snapped


def test_changing_the_as_of_date_moves_the_lines(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    state.set_as_of(dt.date(2020, 1, 26))
    expected = utc(2020, 1, 26) + 43_200
    assert [line.value() for line in view.canvas.as_of_lines] == [expected, expected]
    qtbot.wait(100)
    assert state.as_of == dt.date(2020, 1, 26)  # moving the line did not echo back
    assert "2020-01-26" in view.canvas.as_of_label.format


def test_month_precision_is_a_span_not_a_day(qtbot, small_db: Path) -> None:
    view, _state = make_view(qtbot, small_db)
    day_item, day_spot = marker(view, "e3")
    span_item, span_spot = marker(view, "e2")
    assert day_item is not span_item
    assert item_event_ids(view, day_item) == {"e3"}
    assert item_event_ids(view, span_item) == {"e2"}
    assert day_item.data["x"][day_spot] == utc(2020, 1, 1)
    # The month marker is hollow and sits mid-month over a bar covering all of February.
    assert day_item.opts["brush"].style() != Qt.BrushStyle.NoBrush
    assert span_item.opts["brush"].style() == Qt.BrushStyle.NoBrush
    assert utc(2020, 2, 1) < span_item.data["x"][span_spot] < utc(2020, 3, 1)
    bars = set()
    for bar in view.canvas.lanes.spans.values():
        xs, _ys = bar.getData()
        bars |= set(zip(xs[0::2], xs[1::2]))
    assert (utc(2020, 2, 1), utc(2020, 3, 1)) in bars  # e2: February
    assert (utc(2019, 1, 1), utc(2020, 1, 1)) in bars  # e5: the year 2019
    assert not any(start == utc(2020, 1, 1) for start, _ in bars)  # e3 is a day, no bar


def test_metric_chart_shows_one_metric_at_a_time(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    state.set_chosen_product_ids(["alpha", "beta", "gamma"])
    keys = view.metric_keys()
    assert set(keys) == {MetricKey("metric", "dau"), MetricKey("metric", "mau"),
                         MetricKey("feature", "capacity"), MetricKey("feature", "forms")}
    assert view.metric_combo.count() == len(keys)
    for key in keys:
        view.set_current_metric(key)
        series = view.canvas.chart.shown_series
        assert series and {s.key for s in series} == {key}
        drawn = {d[0] for item in view.canvas.chart.items
                 if isinstance(item, type(view.canvas.selection)) for d in item.data["data"]}
        assert drawn == set(range(len(series)))  # every point drawn is of this metric
    view.set_current_metric(MetricKey("metric", "dau"))
    assert view.canvas.metrics.getAxis("left").labelText == "Daily active users (users)"
    mixed = view.timeline_data().series_for(MetricKey("metric", "dau")) + \
        view.timeline_data().series_for(MetricKey("metric", "mau"))
    with pytest.raises(ValueError):
        view.canvas.show_series(mixed, ["a", "b"], ["#000", "#000"], "mixed", view._figure_tip)


def test_metric_points_show_their_source(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    view.set_current_metric(MetricKey("feature", "capacity"))
    dots, spot = figure_point(view, "beta", 1)
    point = dots.points()[spot]
    tip = dots.opts["tip"](x=point.pos().x(), y=point.pos().y(), data=point.data())
    assert "300 participants" in tip and "Source A 来源甲" in tip and "26 Jan 2020" in tip
    with qtbot.waitSignal(state.evidence_changed) as blocker:
        dots.sigClicked.emit(dots, [point], None)
    facts = blocker.args[1]
    assert [f.id for f in facts] == ["s4"] and isinstance(facts[0], SupportRow)


def test_event_tooltip_escapes_text_and_shows_precision(qtbot, tmp_path: Path) -> None:
    tables = small_dataset()
    tables["events"][3]["title_en"] = "<img src=x> Beta MAU"
    view, _state = make_view(qtbot, build_small_database(tmp_path / "markup", tables))
    item, spot = marker(view, "e4")
    point = item.points()[spot]
    tip = item.opts["tip"](x=point.pos().x(), y=point.pos().y(), data=point.data())
    assert "&lt;img src=x&gt; Beta MAU" in tip and "<img" not in tip
    assert "Mar 2020" in tip and "month precision" in tip and "58,200,000 monthly" not in tip
    assert "58,200,000 users" in tip


def test_keyboard_zooms_and_pans(qtbot, small_db: Path) -> None:
    view, _state = make_view(qtbot, small_db)
    low, high = view.canvas.x_range()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Plus)
    zoomed = view.canvas.x_range()
    assert zoomed[1] - zoomed[0] < high - low
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert view.canvas.x_range()[0] > zoomed[0]
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus)
    assert view.canvas.x_range()[1] - view.canvas.x_range()[0] > zoomed[1] - zoomed[0]


def test_quick_ranges_and_fit_all(qtbot, small_db: Path) -> None:
    view, _state = make_view(qtbot, small_db)
    view.range_2020_button.click()
    assert view.canvas.x_range() == pytest.approx((utc(2020, 1, 1), utc(2020, 4, 1)))
    view.fit_button.click()
    low, high = view.canvas.x_range()
    first, last = view.timeline_data().time_range()
    assert low < first and high > last
    view.range_all_button.click()
    assert view.canvas.x_range()[0] < first


def test_data_language_relabels_lanes_and_metrics(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    view.set_current_metric(MetricKey("metric", "dau"))
    state.set_language("zh")
    ticks = view.canvas.timeline.getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks][:2] == ["阿尔法", "贝塔会议"]
    assert view.current_metric() == MetricKey("metric", "dau")  # the choice survives
    assert view.metric_combo.currentText() == "日活跃用户 (用户)"
    assert view.canvas.metrics.getAxis("left").tickStrings([26_100_000], 1, 1) == ["2610万"]


def test_interface_language_change_reapplies_texts(qtbot, small_db: Path) -> None:
    view, _state = make_view(qtbot, small_db)
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.fit_button.text() == "Fit all"
    assert len(view.canvas.legend.items) == 8  # seven kinds and the span entry


def test_legend_entry_hides_its_kind(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    sample = view.canvas._legend_samples["metric"]
    sample.setVisible(False)
    metric_items = [i for (kind, _, _), i in view.canvas.lanes.markers.items() if kind == "metric"]
    assert metric_items and not any(i.isVisible() for i in metric_items)
    assert marker(view, "e1")[0].isVisible()  # an offer
    state.set_chosen_product_ids(["beta", "alpha"])  # a rebuild keeps the kind hidden
    metric_items = [i for (kind, _, _), i in view.canvas.lanes.markers.items() if kind == "metric"]
    assert not any(i.isVisible() for i in metric_items)
    sample.setVisible(True)
    assert all(i.isVisible() for i in metric_items)


def test_hundred_thousand_events_build_into_few_items(qtbot) -> None:
    from cloudoffice_gui.views.timeline_plots import TimelineCanvas

    products = ["p1", "p2", "p3", "p4", "p5", "p6"]
    data = build_timeline(synthetic_events(100_000, products), products)
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    colours = ["#0077BB", "#EE7733", "#009988", "#EE3377", "#33BBEE", "#CC3311", "#888888"]
    canvas.show_lanes(data, products + ["Market"], colours, lambda **_: "")
    canvas.resize(1000, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    assert not canvas.grab().isNull()
    drawn = [int(i) for item in canvas.lanes.markers.values() for g in item.data["data"] for i in g]
    assert sorted(drawn) == list(range(100_000))  # every event reachable by a click
    assert len(canvas.lanes.markers) <= 7 * 2 * len(colours)  # per kind and colour, not per event


def test_many_lanes_scroll_instead_of_shrinking(qtbot) -> None:
    from cloudoffice_gui.views.timeline_plots import MAX_VISIBLE_LANES, TimelineCanvas

    products = [f"p{n}" for n in range(60)]
    data = build_timeline(synthetic_events(3_000, products), products)
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.show_lanes(data, products + ["Market"], ["#0077BB", "#EE7733"] * 30 + ["#888888"],
                      lambda **_: "")
    low, high = canvas.timeline.getViewBox().viewRange()[1]
    assert high - low == pytest.approx(MAX_VISIBLE_LANES)
    assert canvas.timeline.getViewBox().state["mouseEnabled"] == [True, True]
    assert canvas.handle_key(Qt.Key.Key_PageDown)
    assert canvas.timeline.getViewBox().viewRange()[1][0] > low
    assert len(canvas.lanes.markers) <= 7 * 2 * 3


def test_export_png_and_svg_write_valid_files(qtbot, small_db: Path, tmp_path: Path) -> None:
    view, _state = make_view(qtbot, small_db)
    out = tmp_path / "out"
    out.mkdir()
    png = view.export_png(out / "timeline.png", width=1600)
    image = QImage(str(png))
    assert not image.isNull() and image.width() == 1600
    svg = view.export_svg(out / "timeline.svg")
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "Alpha Talk" in svg.read_text(encoding="utf-8")  # lane labels are text in the SVG
    assert sorted(p.name for p in out.iterdir()) == ["timeline.png", "timeline.svg"]  # no temp files
    with pytest.raises(OSError):
        view.export_png(out / "missing" / "timeline.png")
    assert sorted(p.name for p in out.iterdir()) == ["timeline.png", "timeline.svg"]


def test_export_works_before_the_tab_is_shown(qtbot, small_db: Path, tmp_path: Path) -> None:
    view, _state = make_view(qtbot, small_db, show=False)
    image = QImage(str(view.export_png(tmp_path / "hidden.png")))
    assert not image.isNull() and image.width() >= 1100 and image.height() >= 700


def test_bundled_database_shows_tencent_meeting_capacity(qtbot, bundled_db: Path) -> None:
    view, state = make_view(qtbot, bundled_db)
    assert "tencent-meeting" in view.lane_product_ids()
    view.set_current_metric(MetricKey("feature", "meeting-capacity"))
    series = {s.product_id: s for s in view.canvas.chart.shown_series}
    points = dict(zip(series["tencent-meeting"].starts, series["tencent-meeting"].values))
    assert points[utc(2020, 1, 24)] == 100 and points[utc(2020, 1, 26)] == 300


def test_select_event_rings_it_and_brings_it_into_view(qtbot, small_db: Path) -> None:
    view, state = make_view(qtbot, small_db)
    view.canvas.set_x_range(utc(2021, 1, 1), utc(2021, 6, 1))  # far from every event
    assert view.select_event("e1")
    item, spot = marker(view, "e1")
    low, high = view.canvas.x_range()
    assert low <= item.data["x"][spot] <= high
    ring = view.canvas.selection.data
    assert (ring["x"][0], ring["y"][0]) == (item.data["x"][spot], item.data["y"][spot])
    state.set_chosen_product_ids(["alpha"])
    assert not view.select_event("e1")  # beta has no lane now
    assert not view.select_event("no-such-event")
