"""How much of the feature matrix the sources speak to, per product: the "Data coverage" report.

No Qt here. A cell (product, feature) is *out of scope* when the feature does not apply to the
product's category (``Feature.applies``), *stated* when at least one support row speaks to it,
and *unknown* otherwise. Out-of-scope cells are never researched, so they count neither as
stated nor as unknown, and a support row that exists for one anyway is ignored everywhere
here (stated, stated by a date and the high-confidence share alike).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from cloudoffice_gui.data.feature_matrix import cell_on
from cloudoffice_gui.data.records import Feature, Product, SupportRow


class CoverageSource(Protocol):
    """The reads :func:`coverage` needs (a :class:`CloudOfficeDatabase` provides them)."""

    def products(self) -> list[Product]: ...

    def features(self) -> list[Feature]: ...

    def support(self, product_ids: Iterable[str] | None = None) -> list[SupportRow]: ...


@dataclass(frozen=True, slots=True)
class ProductCoverage:
    """How many of one product's matrix cells are stated, unknown or out of scope.

    ``in_scope == stated + unknown``; ``stated_as_of <= stated``. ``high_share`` is the share
    of the product's in-scope support rows (any date) whose confidence is high, or None when
    it has no such rows.
    """

    product_id: str
    in_scope: int
    stated: int
    unknown: int
    out_of_scope: int
    stated_as_of: int
    high_share: float | None

    @property
    def stated_share(self) -> float | None:
        """Stated cells as a share (0..1) of the in-scope cells; None when none is in scope."""
        return self.stated / self.in_scope if self.in_scope else None

    @property
    def stated_as_of_share(self) -> float | None:
        """Cells stated by the as-of date as a share (0..1) of the in-scope cells, or None."""
        return self.stated_as_of / self.in_scope if self.in_scope else None


def coverage(
    database: CoverageSource, as_of: dt.date, product_ids: Sequence[str] | None = None
) -> list[ProductCoverage]:
    """The coverage of ``product_ids`` (in that order; unknown ids are skipped), or of every
    product in display order when None; "stated as of" counts the cells the matrix does not
    show as unknown on ``as_of`` (rows valid by then whose claim has not ended).
    """
    products = database.products()
    if product_ids is None:
        chosen = products
        rows = database.support()
    else:
        by_id = {p.id: p for p in products}
        chosen = [by_id[i] for i in dict.fromkeys(product_ids) if i in by_id]
        # The per-product read uses the product_id index instead of loading every row.
        rows = database.support([p.id for p in chosen]) if chosen else []
    rows_by_product: dict[str, list[SupportRow]] = {}
    for row in rows:
        rows_by_product.setdefault(row.product_id, []).append(row)
    features = database.features()
    return [_product_coverage(p, features, rows_by_product.get(p.id, []), as_of) for p in chosen]


def _product_coverage(product: Product, features: Sequence[Feature],
                      rows: Sequence[SupportRow], as_of: dt.date) -> ProductCoverage:
    in_scope = {f.id for f in features if f.applies(product.category)}
    counted = [r for r in rows if r.feature_id in in_scope]
    stated = {r.feature_id for r in counted}
    by_feature: dict[str, list[SupportRow]] = {}
    for row in counted:
        by_feature.setdefault(row.feature_id, []).append(row)
    # As the matrix shows it: a claim that ended by then, with nothing newer, is unknown again.
    stated_as_of = {f for f, cell_rows in by_feature.items()
                    if cell_on(cell_rows, as_of).level != "unknown"}
    high = sum(1 for r in counted if r.confidence == "high")
    return ProductCoverage(
        product_id=product.id,
        in_scope=len(in_scope),
        stated=len(stated),
        unknown=len(in_scope) - len(stated),
        out_of_scope=len(features) - len(in_scope),
        stated_as_of=len(stated_as_of),
        high_share=high / len(counted) if counted else None,
    )


def percent_text(share: float | None, empty: str = "—") -> str:
    """A share (0..1) as a whole percentage, ``empty`` for None.

    Never rounds to 100% or 0% unless the share is exactly that: "100%" must mean complete.
    """
    if share is None:
        return empty
    percent = round(share * 100)
    if percent == 100 and share < 1:
        percent = 99
    elif percent == 0 and share > 0:
        percent = 1
    return f"{percent}%"


__all__ = ["CoverageSource", "ProductCoverage", "coverage", "percent_text"]
