"""The synthetic large database: reproducible, valid, and the app opens it (nothing timed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cloudoffice_gui.data import schema
from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.feature_matrix import FeatureMatrix
from cloudoffice_gui.data.search import search

REPO = Path(__file__).resolve().parent.parent
SMALL = ["--products", "30", "--features", "20", "--events", "2000", "--sources", "40"]

sys.path.insert(0, str(REPO / "benchmarks"))
from make_large_db import content_hash  # noqa: E402


def make(path: Path, seed: int = 7) -> Path:
    """Run the generator as a user would, with small sizes."""
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_large_db.py"),
                           "--seed", str(seed), "--output", str(path), *SMALL],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make(tmp_path_factory.mktemp("large") / "large.db")


def test_same_seed_same_content(generated: Path, tmp_path: Path) -> None:
    again = make(tmp_path / "again.db")
    other = make(tmp_path / "other.db", seed=8)
    assert content_hash(again) == content_hash(generated)
    assert content_hash(other) != content_hash(generated)


def test_opens_and_passes_every_check(generated: Path) -> None:
    with open_database(generated) as db:
        db.check_rows()
        info = db.info()
        assert info.schema_version == schema.SCHEMA_VERSION
        assert info.data_version == "synthetic-seed-7"
        assert info.counts["products"] == 30 and info.counts["features"] == 20
        assert info.counts["events"] == 2000 and info.counts["sources"] == 40
        events = db.events()
        assert {e.kind for e in events} == set(schema.EVENT_KINDS)
        assert {e.date_precision for e in events} == set(schema.PRECISIONS)
        assert any(e.metric and e.value for e in events)
        assert any(e.product_id is None for e in events)  # the market lane
        assert db.offers() and db.strategies()
        # Support history: some cells change over time, some are disputed.
        rows = db.support()
        cells: dict[tuple[str, str], set[str]] = {}
        for row in rows:
            cells.setdefault((row.product_id, row.feature_id), set()).add(row.valid_from)
        assert any(len(dates) > 1 for dates in cells.values())
        matrix = FeatureMatrix.from_database(db)
        assert any(matrix.cell(p, f, matrix.change_dates()[-1]).disputed for p, f in cells)
        # The search index was built as the builder builds it, and answers.
        assert search(db, "Synthetic feature 3", "en")
        assert db.execute(f"SELECT count(*) FROM {schema.SEARCH_TABLE}_fts")[0][0] > 2000


def test_matrix_on_demand_equals_matrix_read_at_once(generated: Path) -> None:
    with open_database(generated) as db:
        eager = FeatureMatrix.from_database(db)
        lazy = FeatureMatrix.from_database(db, on_demand=True)
        ids = [p.id for p in db.products()][:12]
        for date in eager.change_dates()[::25]:
            assert [[c.key for c in row] for row in lazy.grid(ids, date)] == \
                   [[c.key for c in row] for row in eager.grid(ids, date)]


def test_scores_from_stated_cells_equal_scores_from_every_cell(generated: Path) -> None:
    from cloudoffice_gui.data.feature_scoring import Weights, rank_products

    with open_database(generated) as db:
        matrix = FeatureMatrix.from_database(db, on_demand=True)
        ids = [p.id for p in db.products()]
        weights = Weights(groups={g.id: 1 + n % 3 for n, g in enumerate(matrix.groups)})
        for date in matrix.change_dates()[::40]:
            grid, stated = matrix.grid_and_stated(ids, date)
            assert rank_products(matrix.features, ids, grid, weights, stated=stated) == \
                rank_products(matrix.features, ids, grid, weights)


def test_main_window_opens_it_and_builds_every_view(generated: Path, qtbot) -> None:
    from cloudoffice_gui.views.window_factory import create_main_window

    window = create_main_window(generated, "en")
    qtbot.addWidget(window)
    window.show()
    views = window.build_all_views()
    assert len(views) >= 6
    state = window.state
    state.set_chosen_product_ids([p.id for p in state.database.products()])
    assert len(window.view("timeline").timeline_data().events) == 2000
    assert window.view("matrix").model.columnCount() == 30
    image = window.grab().toImage()
    assert not image.isNull() and image.width() > 100
    window.close()
