"""The builder: reproducible content, the schema contract, and clear errors for bad data."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from cloudoffice_gui import resources_path
from cloudoffice_gui.data import schema
from cloudoffice_gui.data.build import BuildError, build_database
from tests.dataset_factory import build_small_database, small_dataset, write_dataset

CONTRACT = {
    "sources": ["id", "title", "publisher", "author", "published", "url", "language", "kind"],
    "vendors": ["id", "name_en", "name_zh"],
    "products": ["id", "vendor_id", "name_en", "name_zh", "aliases", "category", "launched",
                 "launched_precision", "summary_en", "summary_zh"],
    "feature_groups": ["id", "name_en", "name_zh", "position"],
    "features": ["id", "group_id", "name_en", "name_zh", "unit", "description_en",
                 "description_zh", "position"],
    "support": ["id", "product_id", "feature_id", "level", "value", "unit", "valid_from",
                "valid_from_precision", "note_en", "note_zh", "source_id", "quote", "confidence"],
    "events": ["id", "date", "date_precision", "product_id", "vendor_id", "kind", "metric",
               "title_en", "title_zh", "value", "unit", "source_id", "quote", "confidence"],
    "offers": ["id", "product_id", "announced", "starts", "ends", "audience_en", "audience_zh",
               "offer_en", "offer_zh", "source_id", "quote", "confidence"],
    "strategies": ["id", "vendor_id", "product_id", "metaphor_en", "metaphor_zh", "summary_en",
                   "summary_zh", "speaker", "source_id", "quote"],
}
STABLE_PRODUCT_IDS = ["dingtalk", "wecom", "feishu", "tencent-meeting", "tencent-docs",
                      "kingsoft-docs", "zoom", "microsoft-teams", "google-meet", "slack", "webex",
                      "huawei-welink"]


def _dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_index_fts%'"
            " ORDER BY name")]
        dump = {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
        dump["meta"] = [m for m in dump["meta"] if "build_date" not in m]
        dump["user_version"] = [conn.execute("PRAGMA user_version").fetchone()]
        return dump
    finally:
        conn.close()


def test_rebuild_equals_bundled_database(tmp_path: Path, bundled_db: Path) -> None:
    rebuilt = build_database(resources_path() / "data", tmp_path / "rebuilt.db")
    assert _dump(rebuilt) == _dump(bundled_db), "run python -m cloudoffice_gui.data.build"


def test_schema_contract(bundled_db: Path) -> None:
    conn = sqlite3.connect(bundled_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    for table, columns in CONTRACT.items():
        present = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        assert set(columns) <= set(present), table
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert {"schema_version", "data_version", "build_date"} <= set(meta)
    assert meta["schema_version"] == str(schema.SCHEMA_VERSION)
    product_ids = {r[0] for r in conn.execute("SELECT id FROM products")}
    assert set(STABLE_PRODUCT_IDS) <= product_ids
    fks = conn.execute("PRAGMA foreign_key_list(support)").fetchall()
    assert {(f[2], f[3]) for f in fks} >= {("products", "product_id"), ("features", "feature_id"),
                                           ("sources", "source_id")}
    indexes = {r[1] for r in conn.execute("PRAGMA index_list(events)")}
    assert any("date" in name for name in indexes)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='search_index_fts'").fetchone()[0]
    assert "fts5" in fts_sql.lower() and "trigram" in fts_sql.lower()


def test_check_constraints_reject_bad_enumerations(bundled_copy: Path) -> None:
    conn = sqlite3.connect(bundled_copy)
    row = conn.execute("SELECT product_id, feature_id, source_id FROM support LIMIT 1").fetchone()
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO support (id, product_id, feature_id, level, valid_from, valid_from_precision,"
            " source_id, quote, confidence) VALUES ('x', ?, ?, 'maybe', '2020-01-01', 'day', ?, 'q', 'high')",
            row)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO support (id, product_id, feature_id, level, valid_from, valid_from_precision,"
            " source_id, quote, confidence) VALUES ('y', ?, ?, 'full', '2020-01', 'day', ?, 'q', 'high')",
            row)


def test_small_database_builds_with_every_table(tmp_path: Path) -> None:
    path = build_small_database(tmp_path, small_dataset())
    conn = sqlite3.connect(path)
    for table in schema.TABLE_ORDER:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda t: t["support"][0].update(level="maybe"), "support.csv:2"),
        (lambda t: t["support"][0].update(product_id="nowhere"), "product_id='nowhere'"),
        (lambda t: t["events"][0].update(date="2020-13-45"), "events.csv:2"),
        (lambda t: t["support"][0].update(value="lots"), "not a number"),
    ],
)
def test_bad_rows_give_errors_naming_the_row(tmp_path: Path, mutate, expected: str) -> None:
    tables = small_dataset()
    mutate(tables)
    data_dir = write_dataset(tmp_path / "data", tables)
    with pytest.raises(BuildError, match=expected.replace("(", r"\(")):
        build_database(data_dir, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()
    assert not list(tmp_path.glob(".build-*"))


def test_wrong_header_is_reported(tmp_path: Path) -> None:
    data_dir = write_dataset(tmp_path / "data", small_dataset())
    path = data_dir / "vendors.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    rows[0][1] = "name"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with pytest.raises(BuildError, match="vendors.csv: header"):
        build_database(data_dir, tmp_path / "out.db")
