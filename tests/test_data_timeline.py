"""Timeline arrays: lanes per chosen product, dates as periods, one metric per series."""

from __future__ import annotations

import calendar
import datetime as dt
import sys
from pathlib import Path

import numpy as np

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.records import Event, SupportRow
from cloudoffice_gui.data.timeline_data import (
    KIND_INDEX,
    MetricKey,
    build_timeline,
    date_to_seconds,
    period_seconds,
    seconds_to_date,
    timeline_from_database,
)


def utc(*ymd: int) -> float:
    """Unix seconds of UTC midnight of a day."""
    return float(calendar.timegm(dt.date(*ymd).timetuple()))


def lane_ids(data, product_id):
    lane = data.lane_for(product_id)
    return set(lane.ids) if lane is not None else set()


def test_lanes_follow_the_chosen_products_in_order(small_db: Path) -> None:
    with open_database(small_db) as db:
        data = timeline_from_database(db, ["beta", "alpha"])
        assert [lane.product_id for lane in data.lanes] == ["beta", "alpha", None]
        assert [lane.index for lane in data.lanes] == [0, 1, 2]
        assert lane_ids(data, "beta") == {"e1", "e4"}
        assert lane_ids(data, "alpha") == {"e2", "e3"}
        assert lane_ids(data, None) == {"e5"}  # the market lane: no product named
        only_gamma = timeline_from_database(db, ["gamma"])
        assert [lane.product_id for lane in only_gamma.lanes] == ["gamma", None]
        assert len(only_gamma.lane_for("gamma")) == 0
        assert {e.id for e in only_gamma.events} == {"e5"}


def test_market_lane_only_when_wanted_and_populated(small_db: Path) -> None:
    with open_database(small_db) as db:
        events = [e for e in db.events() if e.product_id is not None]
        assert [lane.product_id for lane in build_timeline(events, ["alpha"]).lanes] == ["alpha"]
        no_market = build_timeline(db.events(), ["alpha"], include_market=False)
        assert [lane.product_id for lane in no_market.lanes] == ["alpha"]


def test_dates_are_periods_at_utc_midnight(small_db: Path) -> None:
    with open_database(small_db) as db:
        data = timeline_from_database(db, ["alpha", "beta"])
    beta = data.lane_for("beta")
    e1 = beta.ids.index("e1")
    assert beta.starts[e1] == utc(2020, 1, 24)
    assert beta.ends[e1] == utc(2020, 1, 25)
    assert not beta.spans[e1]
    assert beta.kinds[e1] == KIND_INDEX["offer"]
    alpha = data.lane_for("alpha")
    e2 = alpha.ids.index("e2")  # month precision: all of February, never one day of it
    assert (alpha.starts[e2], alpha.ends[e2]) == (utc(2020, 2, 1), utc(2020, 3, 1))
    assert alpha.spans[e2]
    market = data.lane_for(None)
    assert (market.starts[0], market.ends[0]) == (utc(2019, 1, 1), utc(2020, 1, 1))
    assert market.spans[0]
    # Lanes are sorted by time and point back at their events.
    assert list(alpha.ids) == ["e3", "e2"]
    assert [data.events[i].id for i in alpha.event_indices] == list(alpha.ids)
    assert list(alpha.select("metric", True)) == [e2]
    assert list(alpha.select("metric", False)) == [alpha.ids.index("e3")]


def test_period_helpers_round_trip() -> None:
    assert period_seconds("2020-02", "month") == (utc(2020, 2, 1), utc(2020, 3, 1))
    assert period_seconds("2020", "year") == (utc(2020, 1, 1), utc(2021, 1, 1))
    assert period_seconds("2020-12-31", "day") == (utc(2020, 12, 31), utc(2021, 1, 1))
    day = dt.date(2020, 1, 26)
    assert seconds_to_date(date_to_seconds(day)) == day
    assert seconds_to_date(date_to_seconds(day) + 86_399) == day


def test_series_never_mix_metrics(small_db: Path) -> None:
    with open_database(small_db) as db:
        data = timeline_from_database(db, ["alpha", "beta", "gamma"])
    keys = {(s.product_id, s.key) for s in data.series}
    assert len(keys) == len(data.series)  # one series per (product, metric)
    for series in data.series:
        for record in series.records:
            if isinstance(record, Event):
                assert MetricKey("metric", record.metric) == series.key
                assert record.product_id == series.product_id
            else:
                assert isinstance(record, SupportRow)
                assert MetricKey("feature", record.feature_id) == series.key
    dau = MetricKey("metric", "dau")
    mau = MetricKey("metric", "mau")
    assert [s.product_id for s in data.series_for(dau)] == ["alpha"]
    assert [s.product_id for s in data.series_for(mau)] == ["beta"]
    alpha_dau = data.series_for(dau)[0]
    assert list(alpha_dau.values) == [26_100_000, 150_000_000]
    assert [r.id for r in alpha_dau.records] == ["e3", "e2"]
    # Features without a unit (video, editing) are yes/no, never a figure.
    assert {k.id for k in data.metric_keys()} == {"dau", "mau", "capacity", "forms"}


def test_support_values_become_step_series(small_db: Path) -> None:
    with open_database(small_db) as db:
        data = timeline_from_database(db, ["beta", "alpha"])
    capacity = {s.product_id: s for s in data.series_for(MetricKey("feature", "capacity"))}
    beta = capacity["beta"]
    assert list(beta.values) == [100, 300]
    assert [r.id for r in beta.records] == ["s3", "s4"]
    xs, ys = beta.step_xy()
    assert list(xs) == [utc(2020, 1, 24), utc(2020, 1, 26), utc(2020, 1, 26), utc(2020, 1, 27)]
    assert list(ys) == [100, 100, 300, 300]
    # The disputed alpha capacity keeps both sourced values; neither is dropped.
    alpha = capacity["alpha"]
    assert sorted(alpha.values) == [16, 302]
    assert {r.source_id for r in alpha.records} == {"src-a", "src-b"}


def test_time_range_covers_events_and_figures(small_db: Path) -> None:
    with open_database(small_db) as db:
        data = timeline_from_database(db, ["alpha", "beta"])
        assert data.time_range() == (utc(2019, 1, 1), utc(2020, 4, 1))
        assert build_timeline([], []).time_range() is None


def test_bundled_meeting_capacity_series(bundled_db: Path) -> None:
    with open_database(bundled_db) as db:
        data = timeline_from_database(db, ["tencent-meeting"])
    series = {s.key: s for s in data.series if s.product_id == "tencent-meeting"}
    capacity = series[MetricKey("feature", "meeting-capacity")]
    points = dict(zip(capacity.starts, capacity.values))
    assert points[utc(2020, 1, 24)] == 100
    assert points[utc(2020, 1, 26)] == 300


def synthetic_events(count: int, products: list[str]) -> list[Event]:
    """``count`` made-up events over products, kinds and precisions (test data only)."""
    kinds = list(KIND_INDEX)
    events = []
    start = dt.date(2015, 1, 1)
    for n in range(count):
        day = start + dt.timedelta(days=n % 3000)
        precision = ("day", "month", "year")[n % 3]
        date = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]
        events.append(Event(
            id=f"x{n}", date=date, date_precision=precision,
            product_id=None if n % 11 == 0 else products[n % len(products)], vendor_id=None,
            kind=kinds[n % len(kinds)], metric="dau" if n % 7 == 3 else None,
            title_en=f"Synthetic {n}", title_zh=f"合成 {n}",
            value=float(n) if n % 7 == 3 else None, unit=None, source_id="src", quote="q",
            confidence="low"))
    return events


def test_hundred_thousand_events_build() -> None:
    products = ["p1", "p2", "p3", "p4", "p5", "p6"]
    data = build_timeline(synthetic_events(100_000, products), products)
    assert len(data.events) == 100_000
    assert sum(len(lane) for lane in data.lanes) == 100_000
    for lane in data.lanes:
        assert np.all(np.diff(lane.starts) >= 0)
        assert np.all(lane.ends > lane.starts)
    assert all(s.key == MetricKey("metric", "dau") for s in data.series)


def test_data_layer_has_no_qt() -> None:
    import cloudoffice_gui.data.timeline_data as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    assert "PySide6" not in source and "pyqtgraph" not in source
    assert sys.modules.get("cloudoffice_gui.data.timeline_data") is module


def test_one_index_serves_every_choice_of_products(small_db: Path) -> None:
    from cloudoffice_gui.data.timeline_data import TimelineIndex

    with open_database(small_db) as db:
        index = TimelineIndex.from_database(db)
        fresh = timeline_from_database(db, ["beta", "alpha"])
    first = index.build(["alpha"])
    second = index.build(["beta", "alpha"])
    assert [lane.product_id for lane in first.lanes] == ["alpha", None]
    assert second.lane_for("alpha").ids == first.lane_for("alpha").ids == ("e3", "e2")
    assert [lane.ids for lane in second.lanes] == [lane.ids for lane in fresh.lanes]
    assert [(s.product_id, s.key) for s in second.series] == [(s.product_id, s.key) for s in fresh.series]
    assert {s.product_id for s in first.series} == {"alpha"}
