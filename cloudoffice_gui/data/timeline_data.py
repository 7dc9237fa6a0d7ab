"""Turn events and sourced figures into the arrays a timeline plot draws; no Qt.

Times are Unix seconds at UTC midnight of the first day of a date's period, with the
exclusive end of that period beside it, so a month- or year-precision date can be drawn as
the span it really names instead of a made-up exact day. Events land in one lane per chosen
product (plus a market lane for events that name no product). Figures become step series,
one per (product, metric): a series never mixes two metrics, whatever their units say.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from cloudoffice_gui.data.database import CloudOfficeDatabase
from cloudoffice_gui.data.dates import period_bounds
from cloudoffice_gui.data.records import Event, Feature, SupportRow
from cloudoffice_gui.data.schema import EVENT_KINDS

DAY_SECONDS = 86_400
KIND_INDEX = {kind: n for n, kind in enumerate(EVENT_KINDS)}
"""Event kind -> its index in :data:`EVENT_KINDS` (the ``kinds`` arrays hold these)."""


def date_to_seconds(date: dt.date) -> float:
    """Unix seconds of UTC midnight starting ``date``."""
    return float(calendar.timegm(date.timetuple()))


def seconds_to_date(seconds: float) -> dt.date:
    """The UTC calendar day containing ``seconds``."""
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(seconds // DAY_SECONDS))


def period_seconds(date: str, precision: str | None = None) -> tuple[float, float]:
    """Start (UTC midnight) and exclusive end of the day, month or year ``date`` names."""
    first, last = period_bounds(date, precision)
    return date_to_seconds(first), date_to_seconds(last) + DAY_SECONDS


@dataclass(frozen=True)
class LaneArrays:
    """The events of one lane as parallel arrays, sorted by start time."""

    product_id: str | None
    """None for the market lane (events that name no product)."""
    index: int
    starts: np.ndarray
    ends: np.ndarray
    kinds: np.ndarray
    """Indices into :data:`EVENT_KINDS`."""
    spans: np.ndarray
    """True where the date has month or year precision and must be drawn as a span."""
    event_indices: np.ndarray
    """Indices into :attr:`TimelineData.events`."""
    ids: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.starts)

    def select(self, kind: str, span: bool) -> np.ndarray:
        """Positions (into this lane's arrays) of the events of ``kind`` drawn as spans or not."""
        return np.flatnonzero((self.kinds == KIND_INDEX[kind]) & (self.spans == span))


@dataclass(frozen=True)
class MetricKey:
    """What a figure measures: a reported metric ('metric', id) or a feature's value ('feature', id)."""

    source: str
    id: str


@dataclass(frozen=True)
class MetricSeries:
    """Dated values of one metric for one product (None: the whole market), oldest first."""

    product_id: str | None
    key: MetricKey
    starts: np.ndarray
    ends: np.ndarray
    values: np.ndarray
    records: tuple[Event | SupportRow, ...]

    def __len__(self) -> int:
        return len(self.values)

    def step_xy(self) -> tuple[np.ndarray, np.ndarray]:
        """Vertices of a step line: each value holds until the next, the last to its period's end."""
        n = len(self.values)
        if n == 0:
            return np.empty(0), np.empty(0)
        xs = np.empty(2 * n)
        ys = np.empty(2 * n)
        xs[0::2] = self.starts
        xs[1:-1:2] = self.starts[1:]
        xs[-1] = max(self.ends[-1], self.starts[-1])
        ys[0::2] = self.values
        ys[1::2] = self.values
        return xs, ys


Figure = tuple[MetricKey, float, float, float, "Event | SupportRow"]
"""What a figure measures, its period start and end, its value and the record saying so."""


class FigureTable:
    """Every figure of a database grouped by product, converted once.

    Figures are metric events and the values of features that have a unit (meeting
    capacity, form fillers): there a value is a figure, not a yes/no. Series are built
    per request for the products and the one metric asked for, so choosing a thousand
    products does not build every series of every metric.
    """

    def __init__(self, events: Iterable[Event] = (), support: Iterable[SupportRow] = (),
                 numeric_feature_ids: Iterable[str] = (), periods: _PeriodCache | None = None) -> None:
        periods = periods or _PeriodCache()
        numeric = set(numeric_feature_ids)
        self.by_product: dict[str | None, list[Figure]] = {}
        for event in events:
            if event.metric and event.value is not None:
                start, end = periods(event.date, event.date_precision)
                self.by_product.setdefault(event.product_id, []).append(
                    (MetricKey("metric", event.metric), start, end, float(event.value), event))
        for row in support:
            if row.value is not None and row.feature_id in numeric:
                start, end = periods(row.valid_from, row.valid_from_precision)
                self.by_product.setdefault(row.product_id, []).append(
                    (MetricKey("feature", row.feature_id), start, end, float(row.value), row))

        self._counts: dict[str | None, Counter[MetricKey]] = {
            pid: Counter(f[0] for f in figures) for pid, figures in self.by_product.items()}

    def counts(self, product_ids: Iterable[str | None]) -> Counter[MetricKey]:
        """How many figures of each metric ``product_ids`` have."""
        total: Counter[MetricKey] = Counter()
        for pid in product_ids:
            total.update(self._counts.get(pid, {}))
        return total

    def series(self, product_ids: Sequence[str | None], key: MetricKey | None = None) -> list[MetricSeries]:
        """One step series per (product, metric), products in the given order; only ``key``'s if given."""
        result = []
        for pid in product_ids:
            grouped: dict[MetricKey, list[Figure]] = {}
            for figure in self.by_product.get(pid, ()):
                if key is None or figure[0] == key:
                    grouped.setdefault(figure[0], []).append(figure)
            for metric in sorted(grouped, key=lambda k: (k.source, k.id)):
                rows = sorted(grouped[metric], key=lambda f: (f[1], f[3]))
                result.append(MetricSeries(
                    product_id=pid, key=metric,
                    starts=np.array([f[1] for f in rows]), ends=np.array([f[2] for f in rows]),
                    values=np.array([f[3] for f in rows]), records=tuple(f[4] for f in rows)))
        return result

    def bounds(self, product_ids: Iterable[str | None]) -> tuple[float, float] | None:
        """Earliest start and latest end of ``product_ids``'s figures."""
        figures = [f for pid in product_ids for f in self.by_product.get(pid, ())]
        if not figures:
            return None
        return min(f[1] for f in figures), max(f[2] for f in figures)


@dataclass(frozen=True)
class TimelineData:
    """Everything a timeline shows for a set of lanes."""

    events: tuple[Event, ...]
    lanes: tuple[LaneArrays, ...]
    figures: FigureTable = field(default_factory=FigureTable)

    @property
    def lane_ids(self) -> list[str | None]:
        """Product id of each lane, in order (None: the market lane)."""
        return [lane.product_id for lane in self.lanes]

    @property
    def series(self) -> list[MetricSeries]:
        """Every series of every metric of the lanes (prefer :meth:`series_for`)."""
        return self.figures.series(self.lane_ids)

    def lane_for(self, product_id: str | None) -> LaneArrays | None:
        """The lane of ``product_id`` (None: the market lane), if shown."""
        return next((lane for lane in self.lanes if lane.product_id == product_id), None)

    def metric_keys(self) -> list[MetricKey]:
        """Every metric the lanes have figures of: most figures first, then by source and id."""
        counts = self.figures.counts(self.lane_ids)
        return sorted(counts, key=lambda k: (-counts[k], k.source != "feature", k.id))

    def series_for(self, key: MetricKey) -> list[MetricSeries]:
        """The series of one metric, in lane order."""
        return self.figures.series(self.lane_ids, key)

    def time_range(self) -> tuple[float, float] | None:
        """Earliest start and latest end over events and figures, or None when empty."""
        lows = [lane.starts.min() for lane in self.lanes if len(lane)]
        highs = [lane.ends.max() for lane in self.lanes if len(lane)]
        figures = self.figures.bounds(self.lane_ids)
        if figures:
            lows.append(figures[0])
            highs.append(figures[1])
        if not lows:
            return None
        return float(min(lows)), float(max(highs))


class _PeriodCache:
    """Converts date texts once: 100,000 events share a few hundred distinct dates."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], tuple[float, float]] = {}

    def __call__(self, date: str, precision: str) -> tuple[float, float]:
        key = (date, precision)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = period_seconds(date, precision)
        return found


class EventTable:
    """Every event of a database as arrays, converted once; any set of lanes is then a cheap
    numpy selection, so choosing products over 100,000 events does not re-read them."""

    def __init__(self, events: Sequence[Event], periods: _PeriodCache | None = None) -> None:
        periods = periods or _PeriodCache()
        self.events = tuple(e for e in events if e.kind in KIND_INDEX)
        self.codes: dict[str | None, int] = {}
        codes = [self.codes.setdefault(e.product_id, len(self.codes)) for e in self.events]
        bounds = [periods(e.date, e.date_precision) for e in self.events]
        count = len(self.events)
        self.product_codes = np.asarray(codes, dtype=np.int64)
        self.starts = np.fromiter((b[0] for b in bounds), dtype=np.float64, count=count)
        self.ends = np.fromiter((b[1] for b in bounds), dtype=np.float64, count=count)
        self.kinds = np.fromiter((KIND_INDEX[e.kind] for e in self.events), dtype=np.int8, count=count)
        self.spans = np.fromiter((e.date_precision != "day" for e in self.events), dtype=bool,
                                 count=count)

    @property
    def has_market_events(self) -> bool:
        """True if some event names no product."""
        return None in self.codes

    def lanes(self, lane_ids: Sequence[str | None]) -> tuple[tuple[Event, ...], tuple[LaneArrays, ...]]:
        """The events in ``lane_ids``'s lanes and one :class:`LaneArrays` per lane."""
        lane_of_code = np.full(len(self.codes) + 1, -1, dtype=np.int64)
        for n, pid in enumerate(lane_ids):
            if pid in self.codes:
                lane_of_code[self.codes[pid]] = n
        lane_col = lane_of_code[self.product_codes] if len(self.events) else np.empty(0, np.int64)
        selected = np.flatnonzero(lane_col >= 0)
        kept = tuple(self.events[i] for i in selected)
        lanes_of_kept = lane_col[selected]
        starts = self.starts[selected]
        # One vectorised sort by (lane, start, input order) instead of 100,000 comparisons.
        order = np.lexsort((np.arange(len(selected)), starts, lanes_of_kept))
        bounds = np.searchsorted(lanes_of_kept[order], np.arange(len(lane_ids) + 1))
        ends, kinds, spans = self.ends[selected], self.kinds[selected], self.spans[selected]
        built = []
        for n, pid in enumerate(lane_ids):
            indices = order[bounds[n]:bounds[n + 1]]
            built.append(LaneArrays(
                product_id=pid, index=n, starts=starts[indices], ends=ends[indices],
                kinds=kinds[indices], spans=spans[indices], event_indices=indices,
                ids=tuple(kept[i].id for i in indices),
            ))
        return kept, tuple(built)


def lane_product_ids(chosen: Sequence[str], has_market_events: bool,
                     include_market: bool = True) -> list[str | None]:
    """The lanes to show: the chosen products in order, then the market lane if it has events."""
    lanes: list[str | None] = list(dict.fromkeys(chosen))
    if include_market and has_market_events:
        lanes.append(None)
    return lanes


class TimelineIndex:
    """A database's events and figures converted once; :meth:`build` then makes the
    :class:`TimelineData` of any choice of products without reading them again."""

    def __init__(self, events: Sequence[Event], support: Iterable[SupportRow] = (),
                 features: Iterable[Feature] = ()) -> None:
        periods = _PeriodCache()
        self.events = EventTable(events, periods)
        self.figures = FigureTable(events, support, [f.id for f in features if f.unit], periods)

    @classmethod
    def from_database(cls, database: CloudOfficeDatabase) -> TimelineIndex:
        """Every event and figure of ``database`` (it caches what it reads)."""
        features = database.features()
        # Only rows with a value of a feature with a unit become figures: read just those.
        support = database.valued_support(f.id for f in features if f.unit)
        return cls(database.events(), support, features)

    def build(self, chosen_product_ids: Sequence[str], include_market: bool = True) -> TimelineData:
        """Lanes for ``chosen_product_ids`` (plus the market lane) and their figures."""
        lanes = lane_product_ids(chosen_product_ids, self.events.has_market_events, include_market)
        kept, lane_arrays = self.events.lanes(lanes)
        return TimelineData(events=kept, lanes=lane_arrays, figures=self.figures)


def build_timeline(events: Sequence[Event], chosen_product_ids: Sequence[str],
                   support: Iterable[SupportRow] = (), features: Iterable[Feature] = (),
                   include_market: bool = True) -> TimelineData:
    """Lanes for ``chosen_product_ids`` (plus the market) and their metric series."""
    return TimelineIndex(events, support, features).build(chosen_product_ids, include_market)


def timeline_from_database(database: CloudOfficeDatabase, chosen_product_ids: Sequence[str],
                           include_market: bool = True) -> TimelineData:
    """:func:`build_timeline` over a database's events, support rows and features."""
    return TimelineIndex.from_database(database).build(chosen_product_ids, include_market)
