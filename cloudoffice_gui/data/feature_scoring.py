"""Weighted scores of products over the feature matrix, their ranking and its sensitivity.

No Qt here. The rule: a cell earns 1 point for full support, 0.5 for partial, 0 for none or
unknown; a disputed cell earns the points of the lowest level its sources claim. A feature
weighs its group's weight (times its own weight when per-feature weights are on). A product's
score is its weighted points as a share of the most it could earn over the features in its
scope: a cell out of scope ("not this kind of product") counts neither for nor against it.

Everything is exact: weights become fractions and points are counted in halves, so the
sensitivity readout ("raise Documents above 2.5") is a true threshold, not a rounded float.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from cloudoffice_gui.data.feature_matrix import OUT_OF_SCOPE, UNKNOWN, CellState
from cloudoffice_gui.data.records import Feature

HALF_POINTS = {"full": 2, "partial": 1, "none": 0, "unknown": 0}
"""Points per level, counted in halves (full 1, partial 0.5) so sums stay integers."""

MAX_WEIGHT = Fraction(10)
"""The largest weight the UI offers; the sensitivity readout never suggests more."""


def as_fraction(value: float | int | Fraction) -> Fraction:
    """A weight as an exact fraction of what the user typed (0.1 stays 1/10)."""
    if isinstance(value, Fraction):
        return value
    return Fraction(str(value))


@dataclass(frozen=True)
class Weights:
    """The user's priorities: a weight per feature group and, optionally, per feature."""

    groups: Mapping[str, float] = field(default_factory=dict)
    features: Mapping[str, float] = field(default_factory=dict)
    per_feature: bool = False

    def group_weight(self, group_id: str) -> Fraction:
        """The weight of a group (1 unless set)."""
        return as_fraction(self.groups.get(group_id, 1))

    def feature_weight(self, feature_id: str) -> Fraction:
        """A feature's own weight (1 unless set and per-feature weights are on)."""
        if not self.per_feature:
            return Fraction(1)
        return as_fraction(self.features.get(feature_id, 1))


@dataclass(frozen=True)
class ProductScore:
    """One product's weighted points, the most it could earn, and its rank (1 = best)."""

    product_id: str
    points: Fraction
    possible: Fraction
    rank: int

    @property
    def percent(self) -> float:
        """Points as a percentage of the possible (0 when nothing carries weight)."""
        return float(100 * self.points / self.possible) if self.possible else 0.0


@dataclass(frozen=True)
class Sensitivity:
    """The smallest single weight change that changes the top product.

    Moving ``kind``/``target_id`` from ``old_weight`` to ``new_weight`` makes ``new_top`` draw
    level with ``old_top``; any further in the same direction puts ``new_top`` first.
    """

    kind: str  # "group" or "feature"
    target_id: str
    old_weight: Fraction
    new_weight: Fraction
    old_top: str
    new_top: str
    direction: int = 1  # +1 raise, -1 lower (needed when the change is 0: a tie at the top)

    @property
    def delta(self) -> Fraction:
        """The signed change of the weight."""
        return self.new_weight - self.old_weight


@dataclass(frozen=True)
class Ranking:
    """Scores in rank order (ties keep column order) and the sensitivity of the first place."""

    scores: tuple[ProductScore, ...]
    sensitivity: Sensitivity | None
    mixed_scopes: bool = False
    """True when the products are scored over different features (different kinds of product)."""

    @property
    def top(self) -> str | None:
        """The first product, if any."""
        return self.scores[0].product_id if self.scores else None

    def by_product(self) -> dict[str, ProductScore]:
        """Scores keyed by product id."""
        return {s.product_id: s for s in self.scores}


@dataclass
class _Knob:
    kind: str
    target_id: str
    weight: Fraction
    slopes: list[int]  # d(score)/d(weight) per product, in scaled units


def rank_products(features: Sequence[Feature], product_ids: Sequence[str],
                  grid: Sequence[Sequence[CellState]], weights: Weights,
                  max_weight: Fraction = MAX_WEIGHT,
                  stated: Sequence[tuple[int, int, CellState]] | None = None) -> Ranking:
    """Score ``product_ids`` over ``grid`` (one row per feature), rank them, find the sensitivity.

    ``stated`` (from :meth:`FeatureMatrix.grid_and_stated`) lists the only cells that are not
    unknown; with it the scores add those instead of visiting every cell.
    """
    if not product_ids:
        return Ranking((), None)
    group_ids = list(dict.fromkeys(f.group_id for f in features))
    group_w = {g: weights.group_weight(g) for g in group_ids}
    # Without per-feature weights every feature weighs 1: no Fraction per feature.
    feature_w = ([weights.feature_weight(f.id) for f in features] if weights.per_feature
                 else [Fraction(1)] * len(features))
    # One common denominator turns every weight into an integer: sums stay exact and fast.
    scale = math.lcm(1, *(w.denominator for w in group_w.values()),
                     *{w.denominator for w in feature_w})
    g_int = {g: int(w * scale) for g, w in group_w.items()}
    f_int = ([int(w * scale) for w in feature_w] if weights.per_feature
             else [scale] * len(features))
    n = len(product_ids)
    group_slopes = {g: [0] * n for g in group_ids}
    feature_slopes: list[list[int]] = []
    everyone, left_out = 0, [0] * n  # the most any product can earn; what scope takes off
    sparse = stated is not None and not weights.per_feature
    for feature, f_weight, cells in zip(features, f_int, grid):
        g_weight = g_int[feature.group_id]
        most = g_weight * f_weight * 2
        everyone += most
        if OUT_OF_SCOPE in cells:  # a C-level identity scan; most rows have no such cell
            for p, cell in enumerate(cells):
                if cell is OUT_OF_SCOPE:
                    left_out[p] += most
        if sparse:
            continue
        # Unknown cells earn nothing; most cells of a large matrix are unknown.
        halves = [0 if c is UNKNOWN else HALF_POINTS.get(c.score_level, 0) for c in cells]
        if any(halves):
            slope = group_slopes[feature.group_id]
            group_slopes[feature.group_id] = [s + f_weight * h for s, h in zip(slope, halves)]
        if weights.per_feature:
            feature_slopes.append([g_weight * h for h in halves])
    if sparse:
        # Without per-feature weights every feature weighs ``scale``; a row's slopes are its group's.
        row_slopes = [group_slopes[f.group_id] for f in features]
        for row, column, cell in stated:  # type: ignore[union-attr]
            if cell is not UNKNOWN and (half := HALF_POINTS.get(cell.score_level, 0)):
                row_slopes[row][column] += scale * half
    totals = [sum(g_int[g] * group_slopes[g][p] for g in group_ids) for p in range(n)]
    possible = [everyone - out for out in left_out]
    mixed = len(set(possible)) > 1
    # One scope for all: the points order the products (integers, fast); otherwise their shares.
    shares: list[int] | list[Fraction] = (
        [Fraction(t, m) if m else Fraction(0) for t, m in zip(totals, possible)] if mixed
        else totals)
    order = sorted(range(n), key=lambda p: (-shares[p], p))
    ranks = [0] * n
    for position, p in enumerate(order):
        # Ties share the rank of the first of them (1 + how many score strictly higher).
        ranks[p] = ranks[order[position - 1]] if position and shares[p] == shares[order[position - 1]] \
            else position + 1
    unit = Fraction(1, 2 * scale * scale)
    scores = tuple(ProductScore(product_ids[p], totals[p] * unit, possible[p] * unit, ranks[p])
                   for p in order)
    if mixed:
        # Products of different kinds are scored over different features: a share moves with
        # a weight non-linearly, so no single threshold can honestly be named.
        return Ranking(scores, None, mixed_scopes=True)
    knobs = [_Knob("group", g, group_w[g], group_slopes[g]) for g in group_ids]
    if weights.per_feature:
        knobs += [_Knob("feature", f.id, w, s)
                  for f, w, s in zip(features, feature_w, feature_slopes)]
    sensitivity = _sensitivity(product_ids, totals, order[0], knobs, scale, max_weight)
    return Ranking(scores, sensitivity)


def _sensitivity(product_ids: Sequence[str], totals: list[int], top: int,
                 knobs: list[_Knob], scale: int, max_weight: Fraction) -> Sensitivity | None:
    """The knob and signed change with the smallest magnitude that lets a product pass ``top``.

    Scores are linear in each single weight, so product q passes the top t once the change
    exceeds gap / (slope_q - slope_t) in the direction where its slope is larger.
    """
    best: tuple[Fraction, int, int, _Knob] | None = None  # (|delta|, knob order, direction, knob)
    for order, knob in enumerate(knobs):
        slopes = knob.slopes
        for direction in (1, -1):
            gap_num, gap_den = None, 1
            for q in range(len(totals)):
                diff = direction * (slopes[q] - slopes[top])
                if q == top or diff <= 0:
                    continue
                gap = totals[top] - totals[q]
                if gap_num is None or gap * gap_den < gap_num * diff:
                    gap_num, gap_den = gap, diff
            if gap_num is None:
                continue
            # Totals carry scale**2 and slopes scale: the change in real weight units.
            magnitude = Fraction(gap_num, gap_den * scale)
            new_weight = knob.weight + direction * magnitude
            # Strict bounds: a threshold at the edge leaves no room to go beyond it.
            if (direction > 0 and new_weight >= max_weight) or (direction < 0 and new_weight <= 0):
                continue
            candidate = (magnitude, order, -direction, knob)
            if best is None or candidate[:3] < best[:3]:
                best = candidate
    if best is None:
        return None
    magnitude, _, neg_direction, knob = best
    direction = -neg_direction
    step = Fraction(direction) * magnitude * scale
    at_threshold = [totals[p] + step * knob.slopes[p] for p in range(len(totals))]
    # Just beyond the threshold the leader is the best there, then the fastest rising.
    new_top = max(range(len(totals)),
                  key=lambda p: (at_threshold[p], direction * knob.slopes[p], -p))
    return Sensitivity(knob.kind, knob.target_id, knob.weight,
                       knob.weight + direction * magnitude,
                       product_ids[top], product_ids[new_top], direction)
