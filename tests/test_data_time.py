"""Facts that know their time: begun vs reported, ends, staleness and scope, on real databases."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from cloudoffice_gui.data.build import BuildError
from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.feature_matrix import (
    OUT_OF_SCOPE,
    UNKNOWN,
    FeatureMatrix,
    is_stale,
)
from cloudoffice_gui.data.feature_scoring import Weights, rank_products
from tests.dataset_factory import SOURCE_A, SOURCE_B, build_small_database, small_dataset

D = dt.date


def timed_dataset() -> dict[str, list[dict[str, object]]]:
    """The small dataset plus rows that begin, are only reported, end, and a scoped feature."""
    data = small_dataset()
    data["features"][2]["applies_to"] = "suite;docs"  # editing: not for meeting products
    data["features"].append({"id": "length", "group_id": "meetings", "name_en": "Meeting length",
                             "name_zh": "会议时长", "unit": "minutes", "position": 3,
                             "applies_to": "suite;meeting"})
    data["support"] += [
        # Began on 26 Jan 2020 (the quote says so), reported 24 Feb 2020, ended April 2023.
        {"id": "t1", "product_id": "beta", "feature_id": "length", "level": "full",
         "valid_from": "2020-01-26", "valid_from_precision": "day", "began": "2020-01-26",
         "began_precision": "day", "reported": "2020-02-24", "reported_precision": "day",
         "ended": "2023-04", "ended_precision": "month", "ended_source_id": SOURCE_B,
         "ended_quote": "quote end t1", "source_id": SOURCE_A, "quote": "quote t1",
         "confidence": "high"},
        # Only reported: the article says alpha has no limit, not since when.
        {"id": "t2", "product_id": "alpha", "feature_id": "length", "level": "full",
         "valid_from": "2020-02-24", "valid_from_precision": "day", "reported": "2020-02-24",
         "reported_precision": "day", "source_id": SOURCE_A, "quote": "quote t2",
         "confidence": "high"},
        # Alpha's free meetings limited to 60 minutes from 2021-07 (a newer row, its own source).
        {"id": "t3", "product_id": "alpha", "feature_id": "length", "level": "partial",
         "value": 60, "unit": "minutes", "valid_from": "2021-07", "valid_from_precision": "month",
         "began": "2021-07", "began_precision": "month", "reported": "2021-07-14",
         "reported_precision": "day", "source_id": SOURCE_B, "quote": "quote t3",
         "confidence": "medium"},
    ]
    return data


@pytest.fixture
def timed_db(tmp_path: Path) -> Path:
    return build_small_database(tmp_path / "timed", timed_dataset())


@pytest.fixture
def matrix(timed_db: Path):
    with open_database(timed_db) as db:
        yield FeatureMatrix.from_database(db)


def test_an_ended_claim_never_outlives_its_end(matrix: FeatureMatrix) -> None:
    assert matrix.cell("beta", "length", D(2020, 1, 25)) is UNKNOWN
    assert matrix.cell("beta", "length", D(2023, 3, 31)).level == "full"
    after = matrix.cell("beta", "length", D(2023, 4, 1))
    assert after.level == "unknown" and [r.id for r in after.ended] == ["t1"]
    assert matrix.cell("beta", "length", D(2024, 6, 1)).level == "unknown"


def test_a_newer_row_replaces_an_unlimited_claim(matrix: FeatureMatrix) -> None:
    assert matrix.cell("alpha", "length", D(2021, 6, 30)).level == "full"
    later = matrix.cell("alpha", "length", D(2024, 6, 1))
    assert later.level == "partial" and later.values == (60.0,)


def test_a_reported_date_is_not_shown_as_a_start(matrix: FeatureMatrix) -> None:
    reported = matrix.cell("alpha", "length", D(2020, 3, 1))
    assert reported.at_least_since and reported.rows[0].reported_only
    began = matrix.cell("beta", "length", D(2020, 3, 1))
    assert not began.at_least_since and began.rows[0].began == "2020-01-26"
    # Before the report, nothing is claimed for alpha, although it may well have had it.
    assert matrix.cell("alpha", "length", D(2020, 2, 23)) is UNKNOWN


def test_stale_after_two_years_and_beyond_the_horizon(matrix: FeatureMatrix) -> None:
    state = matrix.cell("alpha", "video", D(2020, 3, 1))
    assert state.confirmed == D(2020, 2, 24)
    assert not matrix.stale(state, D(2022, 2, 24))
    assert matrix.stale(matrix.cell("alpha", "video", D(2022, 2, 25)), D(2022, 2, 25))
    fresh = matrix.cell("alpha", "length", D(2025, 12, 31))  # last confirmed 2021-07-14
    assert not matrix.stale(fresh, D(2023, 7, 1))
    assert matrix.researched_through == D(2026, 1, 1)
    assert matrix.stale(fresh, D(2026, 1, 2))  # later than researched_through
    assert not is_stale(UNKNOWN, D(2030, 1, 1), None)


def test_out_of_scope_cells_are_distinct_and_never_scored(matrix: FeatureMatrix) -> None:
    assert matrix.cell("beta", "editing", D(2021, 1, 1)) is OUT_OF_SCOPE
    assert matrix.cell("gamma", "length", D(2021, 1, 1)) is OUT_OF_SCOPE
    assert matrix.cell("gamma", "editing", D(2021, 1, 1)).level == "full"
    ids = ["alpha", "beta", "gamma"]
    grid = matrix.grid(ids, D(2020, 3, 1))
    features = matrix.features
    scores = rank_products(features, ids, grid, Weights()).by_product()
    in_scope = {p: sum(1 for f in features if matrix.in_scope(p, f.id)) for p in ids}
    # Every feature weighs 1 point (2 halves): the most a product can earn is its in-scope count.
    assert {p: scores[p].possible for p in ids} == in_scope
    assert in_scope == {"alpha": 5, "beta": 4, "gamma": 4}
    assert scores["gamma"].points == 2  # editing and forms, both full; out-of-scope cells add nothing


def test_the_builder_refuses_a_start_that_is_not_valid_from(tmp_path: Path) -> None:
    data = timed_dataset()
    data["support"][-1]["valid_from"] = "2021-07-14"
    data["support"][-1]["valid_from_precision"] = "day"
    with pytest.raises(BuildError, match="support"):
        build_small_database(tmp_path / "bad", data)


def test_meta_keys_and_version_one_files_still_open(timed_db: Path, tmp_path: Path) -> None:
    with open_database(timed_db) as db:
        info = db.info()
        assert (info.focus_date, info.researched_through) == ("2020-02-24", "2026-01-01")
        assert info.schema_version == 2
    # A version-1 file: no v2 columns, no horizon keys. It opens; cells count from valid_from.
    old = tmp_path / "v1.db"
    old.write_bytes(timed_db.read_bytes())
    conn = sqlite3.connect(old)
    added = {"support": {"began", "began_precision", "reported", "reported_precision", "ended",
                         "ended_precision", "ended_source_id", "ended_quote"},
             "features": {"applies_to", "in_article"}}
    for table, columns in added.items():
        kept = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in columns]
        conn.execute(f"CREATE TABLE old_{table} AS SELECT {', '.join(kept)} FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE old_{table} RENAME TO {table}")
    conn.execute("DELETE FROM meta WHERE key IN ('focus_date', 'researched_through')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with open_database(old) as db:
        assert db.info().focus_date is None
        matrix = FeatureMatrix.from_database(db)
        assert matrix.researched_through is None
        assert matrix.cell("beta", "length", D(2024, 6, 1)).level == "full"  # no end known
        assert matrix.cell("beta", "editing", D(2024, 6, 1)) is UNKNOWN  # no scope known


def test_a_later_report_of_the_same_claim_confirms_it_without_restarting_it(tmp_path: Path) -> None:
    data = timed_dataset()
    data["support"].append(
        {"id": "t4", "product_id": "alpha", "feature_id": "length", "level": "partial",
         "value": 60, "unit": "minutes", "valid_from": "2023-07-14", "valid_from_precision": "day",
         "reported": "2023-07-14", "reported_precision": "day", "source_id": SOURCE_A,
         "quote": "quote t4", "confidence": "high"})
    with open_database(build_small_database(tmp_path / "again", data)) as db:
        matrix = FeatureMatrix.from_database(db)
        state = matrix.cell("alpha", "length", D(2024, 6, 1))
        assert state.since is not None and state.since.id == "t3"  # began 2021-07, not 2023
        assert not state.at_least_since
        assert state.confirmed == D(2023, 7, 14)
        assert not matrix.stale(state, D(2025, 7, 1))  # two years from the newer report
