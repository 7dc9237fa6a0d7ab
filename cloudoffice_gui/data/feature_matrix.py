"""The feature matrix as of a date: which support rows hold, disputes, changes and evidence.

No Qt here. For each (product, feature) the support rows are grouped by the first day of the
period they are valid from (a month-precision "2020-02" counts from 2020-02-01) and turned
into one :class:`CellState` per date once; asking for a date is then a binary search, so
moving the as-of date over a 1,000 x 50 matrix costs a few milliseconds.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat

from cloudoffice_gui.data.dates import period_bounds
from cloudoffice_gui.data.records import Feature, FeatureGroup, Product, SupportRow
from cloudoffice_gui.data.validation import precision_of

OUT_OF_SCOPE_LEVEL = "out-of-scope"
"""The level of a cell whose feature is not about this kind of product (``features.applies_to``)."""

GLYPHS = {"full": "✓", "partial": "◐", "none": "✗", "unknown": "?", "disputed": "⚠",
          OUT_OF_SCOPE_LEVEL: "—"}
"""The glyph of each cell level; they differ in shape, so they read without colour."""

AT_LEAST_SINCE_MARK = "†"
"""Follows a cell whose rows give no start: it holds at least since a source reported it."""
STALE_MARK = "°"
"""Follows a cell whose newest evidence is too old for the as-of date (last confirmed ...)."""

STALE_AFTER_YEARS = 2
"""A cell whose newest evidence is older than this on the as-of date is shown as stale."""

_LEVEL_ORDER = {"none": 0, "partial": 1, "full": 2}
_CONFIDENCE_ORDER = {"high": 0, "medium": 1, "low": 2}


def valid_from_date(row: SupportRow) -> dt.date:
    """The first day a support row counts from (the start of its month or year if coarser)."""
    return _period_start(row.valid_from, row.valid_from_precision)


@lru_cache(maxsize=4096)
def _period_start(date: str, precision: str) -> dt.date:
    # Few distinct dates, many rows: parsing each once keeps indexing 100,000 rows fast.
    return period_bounds(date, precision)[0]


@dataclass(frozen=True, eq=False)
class CellState:
    """What one matrix cell says on a date: a level and the newest rows behind it.

    ``level`` is full/partial/none/unknown, or "disputed" when the newest rows come from
    different sources that disagree in level or value.
    """

    level: str
    rows: tuple[SupportRow, ...] = ()
    ended: tuple[SupportRow, ...] = ()
    """Rows whose claim ended before the as-of date with nothing newer known (level unknown)."""

    @property
    def at_least_since(self) -> bool:
        """True when no row gives a start: the cell holds "at least since" its report date."""
        return bool(self.rows) and all(r.reported_only for r in self.rows)

    @cached_property
    def confirmed(self) -> dt.date | None:
        """The newest day a source spoke for this state (the start of the newest report period)."""
        if not self.rows:
            return None
        return max(_period_start(r.last_evidence, precision_of(r.last_evidence)) for r in self.rows)

    @cached_property
    def stale_after(self) -> dt.date | None:
        """The last day this state is vouched for (newest evidence plus the stale interval)."""
        confirmed = self.confirmed
        return None if confirmed is None else _add_years(confirmed, STALE_AFTER_YEARS)

    @property
    def disputed(self) -> bool:
        """True when sources disagree on the newest date."""
        return self.level == "disputed"

    @cached_property
    def claims(self) -> tuple[tuple[str, float | None], ...]:
        """The distinct (level, value) pairs of the newest rows, highest level first."""
        seen = dict.fromkeys((r.level, r.value) for r in self.rows)
        return tuple(sorted(seen, key=lambda c: (-_LEVEL_ORDER.get(c[0], -1), -(c[1] or 0))))

    @cached_property
    def values(self) -> tuple[float, ...]:
        """The distinct figures claimed, largest first."""
        return tuple(dict.fromkeys(v for _, v in self.claims if v is not None))

    @property
    def unit(self) -> str | None:
        """The unit the rows give for their figures."""
        return next((r.unit for r in self.rows if r.unit), None)

    @property
    def since(self) -> SupportRow | None:
        """A row of the newest date (for its valid_from text and precision)."""
        return self.rows[0] if self.rows else None

    @cached_property
    def score_level(self) -> str:
        """The level scoring uses: a disputed cell counts at the lowest level claimed."""
        if self.level != "disputed":
            return self.level
        return min((lvl for lvl, _ in self.claims), key=lambda lvl: _LEVEL_ORDER.get(lvl, -1))

    @cached_property
    def key(self) -> tuple:
        """What two cells must share to "agree": level and claims, not sources or notes."""
        if not self.rows:
            return (self.level,)
        return (self.level, self.claims)


UNKNOWN = CellState("unknown")
"""The state of every cell before its first support row."""

OUT_OF_SCOPE = CellState(OUT_OF_SCOPE_LEVEL)
"""The state of a cell whose feature does not apply to the product's category."""


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def is_stale(state: CellState, as_of: dt.date, researched_through: dt.date | None) -> bool:
    """True when a stated cell cannot be vouched for on ``as_of``.

    Either the date lies beyond what the research covers, or the cell's newest evidence is more
    than :data:`STALE_AFTER_YEARS` older than it; the cell then reads "last confirmed <date>".
    """
    stale_after = state.stale_after
    if stale_after is None:
        return False
    if researched_through is not None and as_of > researched_through:
        return True
    return as_of > stale_after


def ended_date(row: SupportRow) -> dt.date | None:
    """The first day a row's claim no longer holds (the start of its ``ended`` period), if any."""
    if not row.ended:
        return None
    return _period_start(row.ended, row.ended_precision or precision_of(row.ended))


def in_scope(feature: Feature, product: Product | None) -> bool:
    """Whether ``feature`` is about ``product``'s kind of product (unknown products: yes)."""
    return product is None or feature.applies(product.category)


def cell_from_rows(rows: Sequence[SupportRow]) -> CellState:
    """The state given by rows that share the newest valid-from date."""
    if not rows:
        return UNKNOWN
    if len(rows) == 1:
        return CellState(rows[0].level, (rows[0],))
    claims = {(r.level, r.value) for r in rows}
    sources = {r.source_id for r in rows}
    if len(claims) > 1 and len(sources) > 1:
        ordered = sorted(rows, key=lambda r: (-_LEVEL_ORDER.get(r.level, -1), r.source_id, r.id))
        return CellState("disputed", tuple(ordered))
    # One claim, or one source saying several things: the most trusted, then highest level.
    ordered = sorted(rows, key=lambda r: (_CONFIDENCE_ORDER.get(r.confidence, 3),
                                          -_LEVEL_ORDER.get(r.level, -1), r.id))
    return CellState(ordered[0].level, tuple(ordered))


class _History:
    """The versions of one (product, feature) cell: start dates and the state from each."""

    __slots__ = ("starts", "states", "rows")

    def __init__(self, rows: list[SupportRow]) -> None:
        dated = sorted(((valid_from_date(r), r.source_id, r.id), r) for r in rows)
        by_start: dict[dt.date, list[SupportRow]] = {}
        for (start, _, _), row in dated:
            by_start.setdefault(start, []).append(row)
        ends = {e for r in rows if (e := ended_date(r)) is not None}
        # A state changes where rows start and where a claim ends: from an end on, the newest
        # rows that still hold, or "unknown" (never an older, superseded claim).
        self.starts = sorted(set(by_start) | ends)
        group_starts = list(by_start)
        self.states = []
        for day in self.starts:
            newest = by_start[group_starts[bisect.bisect_right(group_starts, day) - 1]]
            holding = [r for r in newest if (e := ended_date(r)) is None or e > day]
            if len(holding) == len(newest):
                self.states.append(cell_from_rows(newest))
            elif holding:
                self.states.append(cell_from_rows(holding))
            else:
                self.states.append(CellState("unknown", (), tuple(newest)))
            self._keep_earlier_start(day)
        self.rows = [(key[0], row) for key, row in dated]

    def _keep_earlier_start(self, day: dt.date) -> None:
        # A later report of the same claim confirms it; it does not restart it. Keep the rows
        # that still hold in front, so "since" stays the earlier start and "confirmed" the newest.
        if len(self.states) < 2:
            return
        before, now = self.states[-2], self.states[-1]
        if not (before.rows and now.rows) or before.key != now.key:
            return
        kept = tuple(r for r in before.rows
                     if r not in now.rows and ((e := ended_date(r)) is None or e > day))
        if kept:
            self.states[-1] = CellState(now.level, kept + now.rows)

    def at(self, as_of: dt.date) -> CellState:
        index = bisect.bisect_right(self.starts, as_of)
        return self.states[index - 1] if index else UNKNOWN


def cell_on(rows: Sequence[SupportRow], as_of: dt.date) -> CellState:
    """The state that the rows of one cell give on ``as_of`` (ends included), as the matrix shows."""
    return _History(list(rows)).at(as_of) if rows else UNKNOWN


class _ProductTimeline:
    """One product's stated cells: their rows and, per change date, all their states at once.

    An as-of move then costs one binary search per product instead of one per cell.
    """

    __slots__ = ("rows", "dates", "snapshots")

    def __init__(self, entries: Sequence[tuple[int, _History]]) -> None:
        self.rows = tuple(row for row, _ in entries)
        changes: dict[dt.date, list[tuple[int, CellState]]] = {}
        for n, (_, history) in enumerate(entries):
            for start, state in zip(history.starts, history.states):
                changes.setdefault(start, []).append((n, state))
        self.dates = sorted(changes)
        current = [UNKNOWN] * len(entries)
        self.snapshots = [tuple(current)]
        for date in self.dates:
            for n, state in changes[date]:
                current[n] = state
            self.snapshots.append(tuple(current))

    def at(self, as_of: dt.date) -> tuple[CellState, ...]:
        """The state of each stated cell (in ``rows`` order) on ``as_of``."""
        return self.snapshots[bisect.bisect_right(self.dates, as_of)]


class FeatureMatrix:
    """Support rows of every (product, feature), answerable as of any date.

    Built with ``load_support`` (as :meth:`from_database` does), a product's rows are read
    the first time one of its cells is asked for: a database of 1,000 products and 150,000
    support rows costs only the products compared.
    """

    def __init__(self, groups: Iterable[FeatureGroup], features: Iterable[Feature],
                 products: Iterable[Product], support: Iterable[SupportRow] = (),
                 load_support: Callable[[list[str]], Iterable[SupportRow]] | None = None) -> None:
        self.groups: list[FeatureGroup] = list(groups)
        self.products: dict[str, Product] = {p.id: p for p in products}
        group_rank = {g.id: n for n, g in enumerate(self.groups)}
        # Features keep their order within a group; groups follow their display order.
        self.features: list[Feature] = sorted(
            features, key=lambda f: group_rank.get(f.group_id, len(group_rank)))
        self.feature_index = {f.id: n for n, f in enumerate(self.features)}
        self._histories: dict[tuple[str, str], _History] = {}
        self._by_feature: dict[str, dict[str, _History]] = {}
        self._by_product: dict[str, list[tuple[int, _History]]] = {}
        self._timelines: dict[str, _ProductTimeline] = {}
        self._load_support = load_support
        self._loaded: set[str] = set()
        self._blank: dict[str, list[CellState]] = {}
        self.researched_through: dt.date | None = None
        """The last day the research covers; later as-of dates show every stated cell as stale."""
        self._add(support)

    def stale(self, state: CellState, as_of: dt.date) -> bool:
        """:func:`is_stale` against this matrix's research horizon."""
        return is_stale(state, as_of, self.researched_through)

    def in_scope(self, product_id: str, feature_id: str) -> bool:
        """Whether the feature is about this kind of product (see ``features.applies_to``)."""
        index = self.feature_index.get(feature_id)
        if index is None:
            return True
        return in_scope(self.features[index], self.products.get(product_id))

    def _blank_column(self, product_id: str) -> list[CellState]:
        # Unknown where the feature applies, out of scope elsewhere; one template per category.
        product = self.products.get(product_id)
        category = product.category if product else ""
        blank = self._blank.get(category)
        if blank is None:
            blank = self._blank[category] = [
                UNKNOWN if in_scope(f, product) else OUT_OF_SCOPE for f in self.features]
        return blank

    def _add(self, support: Iterable[SupportRow]) -> None:
        pairs: dict[tuple[str, str], list[SupportRow]] = {}
        for row in support:
            pairs.setdefault((row.product_id, row.feature_id), []).append(row)
        for (product_id, feature_id), rows in pairs.items():
            history = self._histories[(product_id, feature_id)] = _History(rows)
            self._by_feature.setdefault(feature_id, {})[product_id] = history
            if feature_id in self.feature_index:
                self._by_product.setdefault(product_id, []).append(
                    (self.feature_index[feature_id], history))
                self._timelines.pop(product_id, None)

    def _ensure(self, product_ids: Iterable[str]) -> None:
        # Every row of a product arrives in one load, so no history is ever split in two.
        if self._load_support is None:
            return
        missing = [p for p in dict.fromkeys(product_ids) if p not in self._loaded]
        if missing:
            self._add(self._load_support(missing))
            self._loaded.update(missing)

    @classmethod
    def from_database(cls, database: object, on_demand: bool = False) -> FeatureMatrix:
        """Read groups, features, products and support rows from a CloudOfficeDatabase.

        ``on_demand`` reads a product's support rows when first asked for; the database must
        then stay open as long as the matrix is used (a view's, rebuilt on a new database).
        """
        db = database
        groups, features, products = db.feature_groups(), db.features(), db.products()  # type: ignore[attr-defined]
        if on_demand:
            matrix = cls(groups, features, products, load_support=db.support)  # type: ignore[attr-defined]
        else:
            matrix = cls(groups, features, products, db.support())  # type: ignore[attr-defined]
        horizon = db.info().researched_through  # type: ignore[attr-defined]
        matrix.researched_through = dt.date.fromisoformat(horizon) if horizon else None
        return matrix

    def cell(self, product_id: str, feature_id: str, as_of: dt.date) -> CellState:
        """The state of one cell on ``as_of``: the newest rows valid by then, or unknown."""
        if not self.in_scope(product_id, feature_id):
            return OUT_OF_SCOPE
        self._ensure((product_id,))
        history = self._histories.get((product_id, feature_id))
        return history.at(as_of) if history else UNKNOWN

    def grid(self, product_ids: Sequence[str], as_of: dt.date) -> list[list[CellState]]:
        """Cell states, one list per feature (in ``self.features`` order), one entry per product."""
        return self.grid_and_stated(product_ids, as_of)[0]

    def grid_and_stated(self, product_ids: Sequence[str], as_of: dt.date,
                        ) -> tuple[list[list[CellState]], list[tuple[int, int, CellState]]]:
        """:meth:`grid`, and (row, column, state) of the cells that have support rows.

        Start from unknown and fill only the cells that have rows: a product states something
        for a fraction of the features, so most cells cost nothing, here and in scoring.
        """
        self._ensure(product_ids)
        columns = []
        stated: list[tuple[int, int, CellState]] = []
        for column, product_id in enumerate(product_ids):
            timeline = self._timelines.get(product_id)
            if timeline is None:
                blank = self._blank_column(product_id)
                # A row for a feature out of the product's scope never shows: scope wins.
                entries = [(row, history) for row, history in self._by_product.get(product_id, ())
                           if blank[row] is not OUT_OF_SCOPE]
                timeline = self._timelines[product_id] = _ProductTimeline(entries)
            states = timeline.at(as_of)
            cells = self._blank_column(product_id).copy()
            for row, state in zip(timeline.rows, states):
                cells[row] = state
            columns.append(cells)
            stated.extend(zip(timeline.rows, repeat(column), states))
        # Built a product (column) at a time, then turned into one list per feature.
        result = [list(cells) for cells in zip(*columns)] if columns else [[] for _ in self.features]
        return result, stated

    def evidence(self, product_id: str, feature_id: str, as_of: dt.date) -> list[SupportRow]:
        """Every row of one cell valid by ``as_of``, newest first; rows of one date stay together."""
        self._ensure((product_id,))
        history = self._histories.get((product_id, feature_id))
        if not history:
            return []
        valid = [(start, row) for start, row in history.rows if start <= as_of]
        # Stable sort: within a date the source order of _History is kept, side by side.
        return [row for _, row in sorted(valid, key=lambda pair: pair[0], reverse=True)]

    def change_dates(self) -> list[dt.date]:
        """Every date on which some cell changes, oldest first (reads every product's rows)."""
        self._ensure(self.products)
        return sorted({d for h in self._histories.values() for d in h.starts})


def changed_cells(before: Sequence[Sequence[CellState]],
                  after: Sequence[Sequence[CellState]]) -> list[list[bool]]:
    """For two grids of the same shape, which cells differ (level or claimed figures)."""
    return [[a is not b and a.key != b.key for a, b in zip(row_a, row_b)]
            for row_a, row_b in zip(before, after)]


def row_agrees(cells: Sequence[CellState]) -> bool:
    """True when every shown product says the same for a feature (or only one is shown)."""
    if not cells:
        return True
    first = cells[0]
    return all(c is first or c.key == first.key for c in cells)
