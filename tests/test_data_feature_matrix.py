"""The feature matrix data layer: as-of states, disputes, changes, evidence, scores, sensitivity."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.feature_matrix import (
    UNKNOWN,
    CellState,
    FeatureMatrix,
    changed_cells,
    row_agrees,
)
from cloudoffice_gui.data.feature_scoring import MAX_WEIGHT, Weights, rank_products
from cloudoffice_gui.data.records import Feature
from tests.dataset_factory import SOURCE_A, SOURCE_B, build_small_database, small_dataset

D = dt.date


def support_row(ident: str, product: str, feature: str, level: str, since: str = "2020-02-24",
                **extra: object) -> dict[str, object]:
    """A support row for a hand-made dataset."""
    row: dict[str, object] = {
        "id": ident, "product_id": product, "feature_id": feature, "level": level,
        "valid_from": since,
        "valid_from_precision": {10: "day", 7: "month"}.get(len(since), "year"),
        "source_id": SOURCE_A, "quote": f"quote {ident}", "confidence": "high",
        "note_en": f"note {ident}", "note_zh": f"注释 {ident}"}
    row.update(extra)
    return row


def ranking_dataset(levels: dict[tuple[str, str], str]) -> dict[str, list[dict[str, object]]]:
    """small_dataset() with its support rows replaced by one row per (product, feature) level."""
    tables = small_dataset()
    tables["support"] = [support_row(f"r{n}", product, feature, level)
                         for n, ((product, feature), level) in enumerate(sorted(levels.items()))]
    return tables


# Groups: meetings = (video, capacity), documents = (editing, forms); no row means unknown.
DECIMAL_LEVELS = {
    ("alpha", "video"): "full", ("alpha", "capacity"): "full",
    ("alpha", "editing"): "none", ("alpha", "forms"): "none",
    ("beta", "editing"): "full", ("beta", "forms"): "partial",
}
THIRDS_LEVELS = {
    ("alpha", "video"): "full", ("alpha", "capacity"): "full", ("alpha", "editing"): "none",
    ("beta", "video"): "partial", ("beta", "capacity"): "none", ("beta", "editing"): "full",
    ("gamma", "video"): "none", ("gamma", "capacity"): "partial", ("gamma", "editing"): "partial",
}
FEATURE_KNOB_LEVELS = {
    ("alpha", "video"): "full", ("alpha", "forms"): "full", ("beta", "editing"): "full",
    ("alpha", "capacity"): "none", ("beta", "video"): "none", ("beta", "forms"): "none",
}
PRODUCTS = ["alpha", "beta", "gamma"]
AS_OF = D(2020, 3, 1)


def matrix_for(tmp_path: Path, tables: dict[str, list[dict[str, object]]]) -> FeatureMatrix:
    """Build ``tables`` into a real database and read its matrix."""
    with open_database(build_small_database(tmp_path / "db", tables)) as database:
        return FeatureMatrix.from_database(database)


def ranking_for(matrix: FeatureMatrix, weights: Weights, products: list[str] = PRODUCTS):
    """Rank ``products`` on ``matrix`` as of AS_OF."""
    return rank_products(matrix.features, products, matrix.grid(products, AS_OF), weights)


@pytest.fixture
def small_matrix(small_db: Path) -> FeatureMatrix:
    with open_database(small_db) as database:
        return FeatureMatrix.from_database(database)


# -- as of -----------------------------------------------------------------------------------------
def test_versioned_cell_follows_the_as_of_date(small_matrix: FeatureMatrix) -> None:
    assert small_matrix.cell("beta", "capacity", D(2020, 1, 23)) is UNKNOWN
    on_25 = small_matrix.cell("beta", "capacity", D(2020, 1, 25))
    on_27 = small_matrix.cell("beta", "capacity", D(2020, 1, 27))
    assert (on_25.level, on_25.values, on_25.unit) == ("full", (100.0,), "participants")
    assert (on_27.level, on_27.values) == ("full", (300.0,))
    assert small_matrix.cell("beta", "capacity", D(2020, 1, 26)).values == (300.0,)


def test_month_precision_counts_from_the_first_day_of_the_month(small_matrix: FeatureMatrix) -> None:
    assert small_matrix.cell("alpha", "capacity", D(2020, 1, 31)) is UNKNOWN
    assert small_matrix.cell("alpha", "capacity", D(2020, 2, 1)).level == "disputed"


def test_disagreeing_sources_on_the_newest_date_make_a_dispute(small_matrix: FeatureMatrix) -> None:
    cell = small_matrix.cell("alpha", "capacity", AS_OF)
    assert cell.disputed
    assert cell.claims == (("full", 302.0), ("partial", 16.0))
    assert {r.source_id for r in cell.rows} == {SOURCE_A, SOURCE_B}
    assert cell.score_level == "partial"


def test_agreeing_sources_or_one_source_do_not_dispute(tmp_path: Path) -> None:
    tables = small_dataset()
    tables["support"] = [
        support_row("a1", "alpha", "forms", "full", value=50, unit="form fillers"),
        support_row("a2", "alpha", "forms", "full", value=50, unit="form fillers",
                    source_id=SOURCE_B),
        support_row("b1", "beta", "forms", "full", value=10, confidence="medium"),
        support_row("b2", "beta", "forms", "partial", value=20),
    ]
    matrix = matrix_for(tmp_path, tables)
    agreeing = matrix.cell("alpha", "forms", AS_OF)
    assert (agreeing.level, agreeing.values, len(agreeing.rows)) == ("full", (50.0,), 2)
    one_source = matrix.cell("beta", "forms", AS_OF)
    # One source saying two things is not a dispute; its most trusted row leads.
    assert not one_source.disputed and one_source.level == "partial"


def test_newer_row_ends_a_dispute(tmp_path: Path) -> None:
    tables = small_dataset()
    tables["support"].append(support_row("s10", "alpha", "capacity", "full", "2020-03-05",
                                         value=500, unit="participants"))
    matrix = matrix_for(tmp_path, tables)
    assert matrix.cell("alpha", "capacity", D(2020, 3, 4)).disputed
    later = matrix.cell("alpha", "capacity", D(2020, 3, 5))
    assert (later.level, later.values) == ("full", (500.0,))


def test_evidence_is_every_row_up_to_the_date_newest_first(small_matrix: FeatureMatrix) -> None:
    assert [r.id for r in small_matrix.evidence("beta", "capacity", D(2020, 1, 27))] == ["s4", "s3"]
    assert [r.id for r in small_matrix.evidence("beta", "capacity", D(2020, 1, 25))] == ["s3"]
    assert small_matrix.evidence("beta", "capacity", D(2020, 1, 23)) == []
    disputed = small_matrix.evidence("alpha", "capacity", AS_OF)
    assert [r.id for r in disputed] == ["s5", "s6"]
    assert [r.quote for r in disputed] == ["quote s5", "quote s6"]


def test_changed_cells_and_agreement(small_matrix: FeatureMatrix) -> None:
    before = small_matrix.grid(["beta", "gamma"], D(2020, 1, 25))
    after = small_matrix.grid(["beta", "gamma"], D(2020, 1, 27))
    index = {f.id: n for n, f in enumerate(small_matrix.features)}
    changed = changed_cells(before, after)
    assert changed[index["capacity"]] == [True, False]
    assert changed[index["video"]] == [False, False]
    assert row_agrees(after[index["editing"]])  # both unknown
    assert not row_agrees(after[index["capacity"]])
    assert row_agrees([CellState("full"), CellState("full")])
    assert not row_agrees([CellState("full"), CellState("partial")])


def test_bundled_tencent_meeting_capacity_follows_the_date(bundled_db: Path) -> None:
    with open_database(bundled_db) as database:
        matrix = FeatureMatrix.from_database(database)
    cell = matrix.cell
    assert cell("tencent-meeting", "meeting-capacity", D(2020, 1, 25)).values == (100.0,)
    assert cell("tencent-meeting", "meeting-capacity", D(2020, 1, 27)).values == (300.0,)
    rows = matrix.evidence("tencent-meeting", "meeting-capacity", D(2100, 1, 1))
    first = min(matrix.change_dates())
    assert cell("tencent-meeting", "meeting-capacity", first - dt.timedelta(days=1)) is UNKNOWN
    assert any(r.value == 300 and r.valid_from == "2020-01-26" for r in rows)


# -- scores and sensitivity, all computed by hand ----------------------------------------------------
def test_scores_and_group_sensitivity_by_hand(tmp_path: Path) -> None:
    matrix = matrix_for(tmp_path, ranking_dataset(DECIMAL_LEVELS))
    ranking = ranking_for(matrix, Weights())
    # alpha 1 + 1 = 2, beta 1 + 0.5 = 1.5, gamma 0; four features of weight 1 -> 4 possible.
    assert [(s.product_id, s.points, s.rank) for s in ranking.scores] == [
        ("alpha", 2, 1), ("beta", Fraction(3, 2), 2), ("gamma", 0, 3)]
    assert [s.percent for s in ranking.scores] == [50.0, 37.5, 0.0]
    # Meetings slopes: alpha 2, beta 0 -> lowering it by 0.5 / 2 = 0.25 ties beta with alpha;
    # raising documents would need 0.5 / 1.5 = 1/3, which is more.
    sens = ranking.sensitivity
    assert (sens.kind, sens.target_id, sens.old_weight, sens.new_weight) == (
        "group", "meetings", 1, Fraction(3, 4))
    assert (sens.old_top, sens.new_top, sens.direction, sens.delta) == (
        "alpha", "beta", -1, Fraction(-1, 4))


def test_weights_change_the_ranking_and_the_sensitivity(tmp_path: Path) -> None:
    matrix = matrix_for(tmp_path, ranking_dataset(DECIMAL_LEVELS))
    ranking = ranking_for(matrix, Weights(groups={"documents": 2}))
    # alpha 2, beta 2 * 1.5 = 3, of 2 + 2 * 2 = 6 possible.
    assert [(s.product_id, s.points, s.possible) for s in ranking.scores] == [
        ("beta", 3, 6), ("alpha", 2, 6), ("gamma", 0, 6)]
    # Raising meetings by 1 / 2 (slope 2 vs 0) ties alpha; lowering documents needs 2/3.
    sens = ranking.sensitivity
    assert (sens.target_id, sens.new_weight, sens.new_top) == ("meetings", Fraction(3, 2), "alpha")


def test_sensitivity_is_exact_for_thirds(tmp_path: Path) -> None:
    matrix = matrix_for(tmp_path, ranking_dataset(THIRDS_LEVELS))
    ranking = ranking_for(matrix, Weights())
    assert [s.points for s in ranking.scores] == [2, Fraction(3, 2), 1]
    # Meetings slopes 2, 0.5, 0.5: beta ties at 1 - 0.5 / 1.5 = 2/3 (documents needs +1/2).
    sens = ranking.sensitivity
    assert (sens.target_id, sens.new_weight, sens.new_top) == ("meetings", Fraction(2, 3), "beta")


def test_a_single_feature_weight_can_be_the_smallest_change(tmp_path: Path) -> None:
    matrix = matrix_for(tmp_path, ranking_dataset(FEATURE_KNOB_LEVELS))
    # alpha 2 (video, forms), beta 1 (editing). Group weights move both products alike or
    # would have to reach 0, so only the editing weight, raised by 1 to 2, ties them.
    assert ranking_for(matrix, Weights()).sensitivity is None
    sens = ranking_for(matrix, Weights(per_feature=True)).sensitivity
    assert (sens.kind, sens.target_id, sens.old_weight, sens.new_weight, sens.new_top) == (
        "feature", "editing", 1, 2, "beta")


def test_tie_at_the_top_needs_no_change(tmp_path: Path) -> None:
    matrix = matrix_for(tmp_path, ranking_dataset({("alpha", "video"): "full",
                                                   ("beta", "editing"): "full"}))
    ranking = ranking_for(matrix, Weights(), ["alpha", "beta"])
    assert [s.rank for s in ranking.scores] == [1, 1]
    assert ranking.top == "alpha"  # ties keep the column order
    sens = ranking.sensitivity
    assert (sens.target_id, sens.delta, sens.direction, sens.new_top) == ("meetings", 0, -1, "beta")


def test_no_products_and_one_product() -> None:
    assert rank_products([], [], [], Weights()).scores == ()
    feature = Feature("f", "g", "F", "F", None, "", "", 1)
    single = rank_products([feature], ["p"], [[CellState("full")]], Weights())
    assert single.top == "p" and single.sensitivity is None


# -- property: the sensitivity is a true threshold ---------------------------------------------------
FEATURES = [Feature(f"f{n}", f"g{n % 2}", f"F{n}", f"F{n}", None, "", "", n) for n in range(4)]
LEVELS = st.sampled_from(["full", "partial", "none", "unknown"])
WEIGHT = st.sampled_from([0, 0.5, 1, 1.5, 2, 3])


def _top(grid: list[list[CellState]], products: list[str], weights: Weights) -> str | None:
    return rank_products(FEATURES, products, grid, weights).top


def _with(weights: Weights, kind: str, target: str, value: Fraction) -> Weights:
    groups, features = dict(weights.groups), dict(weights.features)
    (groups if kind == "group" else features)[target] = value
    return Weights(groups, features, weights.per_feature)


@settings(max_examples=150, deadline=None)
@given(levels=st.lists(st.lists(LEVELS, min_size=3, max_size=3), min_size=4, max_size=4),
       group_weights=st.tuples(WEIGHT, WEIGHT),
       feature_weights=st.lists(WEIGHT, min_size=4, max_size=4), per_feature=st.booleans())
def test_sensitivity_threshold_property(levels, group_weights, feature_weights, per_feature) -> None:
    products = ["p0", "p1", "p2"]
    grid = [[CellState(level) for level in row] for row in levels]
    weights = Weights({"g0": group_weights[0], "g1": group_weights[1]},
                      {f.id: w for f, w in zip(FEATURES, feature_weights)}, per_feature)
    ranking = rank_products(FEATURES, products, grid, weights)
    sens = ranking.sensitivity
    knobs = [("group", "g0"), ("group", "g1")]
    if per_feature:
        knobs += [("feature", f.id) for f in FEATURES]
    current = {k: (weights.group_weight(k[1]) if k[0] == "group" else weights.feature_weight(k[1]))
               for k in knobs}
    limit = sens and abs(sens.delta)
    # No single change smaller than the reported one (or none at all) moves the first place.
    for kind, target in knobs:
        for fraction in (Fraction(1, 3), Fraction(2, 3), Fraction(999, 1000)):
            for direction in (1, -1):
                step = (limit if sens else MAX_WEIGHT) * fraction
                value = current[(kind, target)] + direction * step
                if 0 < value < MAX_WEIGHT and (sens is None or step < limit):
                    assert _top(grid, products, _with(weights, kind, target, value)) == ranking.top
    if sens is not None:
        just_beyond = sens.new_weight + sens.direction * Fraction(1, 10**9)
        assert _top(grid, products, _with(weights, sens.kind, sens.target_id, just_beyond)) \
            == sens.new_top != sens.old_top
        tied = rank_products(FEATURES, products, grid,
                             _with(weights, sens.kind, sens.target_id, sens.new_weight)).by_product()
        assert tied[sens.new_top].points == tied[sens.old_top].points
