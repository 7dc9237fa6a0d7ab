"""Data coverage per product: stated, unknown and out-of-scope cells counted exactly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from cloudoffice_gui.data.coverage import ProductCoverage, coverage, percent_text
from cloudoffice_gui.data.database import CloudOfficeDatabase, open_database
from cloudoffice_gui.data.feature_matrix import FeatureMatrix
from cloudoffice_gui.data.records import Feature, Product, SupportRow
from tests.dataset_factory import SOURCE_B, build_small_database, small_dataset

AS_OF = dt.date(2020, 2, 1)


def _scoped_dataset() -> dict[str, list[dict[str, object]]]:
    """The small dataset with scopes: capacity is for suites and meetings, forms for docs only.

    Two rows sit on out-of-scope cells (alpha/forms, high; gamma/capacity, low) and must count
    nowhere; "delta" (messaging) has no rows at all.
    """
    tables = small_dataset()
    scopes = {"capacity": "suite;meeting", "forms": "docs"}
    for feature in tables["features"]:
        feature["applies_to"] = scopes.get(str(feature["id"]), "")
    tables["products"].append(
        {"id": "delta", "vendor_id": "bolt", "name_en": "Delta Chat", "name_zh": "德尔塔",
         "category": "messaging", "position": 4})
    base = {"source_id": SOURCE_B, "note_en": "", "note_zh": "", "valid_from_precision": "day"}
    tables["support"] += [
        {**base, "id": "s10", "product_id": "alpha", "feature_id": "forms", "level": "full",
         "valid_from": "2020-01-01", "quote": "quote s10", "confidence": "high"},
        {**base, "id": "s11", "product_id": "gamma", "feature_id": "capacity", "level": "full",
         "valid_from": "2020-01-01", "quote": "quote s11", "confidence": "low"},
    ]
    return tables


@pytest.fixture
def scoped_db(tmp_path: Path) -> Iterator[CloudOfficeDatabase]:
    database = open_database(build_small_database(tmp_path / "scoped", _scoped_dataset()))
    yield database
    database.close()


def test_counts_are_exact_and_out_of_scope_rows_count_nowhere(scoped_db: CloudOfficeDatabase) -> None:
    result = {c.product_id: c for c in coverage(scoped_db, AS_OF)}
    assert list(result) == ["alpha", "beta", "gamma", "delta"]
    # alpha (suite): video, capacity, editing in scope; forms out, its row s10 ignored.
    # By 1 Feb only capacity (month-precision 2020-02 counts from the 1st); 3 of 4 rows high.
    assert result["alpha"] == ProductCoverage("alpha", in_scope=3, stated=3, unknown=0,
                                              out_of_scope=1, stated_as_of=1, high_share=0.75)
    assert result["beta"] == ProductCoverage("beta", in_scope=3, stated=2, unknown=1,
                                             out_of_scope=1, stated_as_of=2, high_share=1.0)
    # gamma (docs): capacity out of scope, so its low-confidence row s11 lowers nothing.
    assert result["gamma"] == ProductCoverage("gamma", in_scope=3, stated=2, unknown=1,
                                              out_of_scope=1, stated_as_of=0, high_share=1.0)
    assert result["delta"] == ProductCoverage("delta", in_scope=2, stated=0, unknown=2,
                                              out_of_scope=2, stated_as_of=0, high_share=None)


def test_shares(scoped_db: CloudOfficeDatabase) -> None:
    result = {c.product_id: c for c in coverage(scoped_db, AS_OF)}
    assert result["beta"].stated_share == pytest.approx(2 / 3)
    assert result["alpha"].stated_as_of_share == pytest.approx(1 / 3)
    assert result["delta"].stated_share == 0.0
    empty = ProductCoverage("x", 0, 0, 0, 4, 0, None)
    assert empty.stated_share is None and empty.stated_as_of_share is None


def test_as_of_date_counts_rows_valid_by_then(scoped_db: CloudOfficeDatabase) -> None:
    before = {c.product_id: c.stated_as_of for c in coverage(scoped_db, dt.date(2020, 1, 23))}
    after = {c.product_id: c.stated_as_of for c in coverage(scoped_db, dt.date(2020, 2, 24))}
    assert before == {"alpha": 0, "beta": 0, "gamma": 0, "delta": 0}
    assert after == {"alpha": 3, "beta": 2, "gamma": 2, "delta": 0}


def test_chosen_products_in_their_order_through_the_per_product_read(
        scoped_db: CloudOfficeDatabase) -> None:
    asked: list[list[str] | None] = []

    class Spy:
        def products(self) -> list[Product]:
            return scoped_db.products()

        def features(self) -> list[Feature]:
            return scoped_db.features()

        def support(self, product_ids: Iterable[str] | None = None) -> list[SupportRow]:
            asked.append(None if product_ids is None else list(product_ids))
            return scoped_db.support(product_ids)

    result = coverage(Spy(), AS_OF, ["gamma", "missing", "alpha", "gamma"])
    assert [c.product_id for c in result] == ["gamma", "alpha"]
    assert asked == [["gamma", "alpha"]]
    assert result[1].high_share == 0.75
    assert coverage(Spy(), AS_OF, []) == []


def test_bundled_database_agrees_with_the_matrix(bundled_db: Path) -> None:
    """Stated by a date = in-scope cells the feature matrix does not show as unknown then."""
    with open_database(bundled_db) as database:
        focus = dt.date.fromisoformat(database.info().focus_date or "2020-02-24")
        matrix = FeatureMatrix.from_database(database)
        features = database.features()
        for as_of, product, item in (
            (as_of, product, item) for as_of in (focus, dt.date(2030, 1, 1))
            for product, item in zip(database.products(), coverage(database, as_of), strict=True)
        ):
            scoped = [f for f in features if f.applies(product.category)]
            known = [f for f in scoped
                     if matrix.cell(product.id, f.id, as_of).level != "unknown"]
            assert item.in_scope + item.out_of_scope == len(features)
            assert item.stated + item.unknown == item.in_scope == len(scoped)
            assert item.stated_as_of == len(known), product.id
            assert item.stated_as_of <= item.stated


@pytest.mark.parametrize(("share", "text"), [
    (None, "—"), (0.0, "0%"), (0.001, "1%"), (0.26, "26%"), (0.996, "99%"), (1.0, "100%"),
])
def test_percent_text_never_rounds_to_complete_or_empty(share: float | None, text: str) -> None:
    assert percent_text(share) == text
