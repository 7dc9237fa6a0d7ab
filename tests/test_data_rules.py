"""The research rules, enforced on every row of the bundled database (README, "Adding a fact")."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from cloudoffice_gui import bundled_database_path
from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.feature_matrix import FeatureMatrix, ended_date
from cloudoffice_gui.data.schema import HOST_CLASSES, PRODUCT_CATEGORIES

FACT_TABLES = ("support", "events", "offers", "strategies")
RANK = {"low": 0, "medium": 1, "high": 2}
ARTICLE_FEATURES = {
    "instant-messaging", "emergency-notification", "group-live-streaming", "video-meetings",
    "meeting-capacity", "unlimited-duration", "document-collaboration", "simultaneous-editors",
    "collection-forms", "epidemic-templates", "attendance", "task-management", "health-reporting",
    "online-consultation", "online-classroom", "free-tier", "open-platform",
    "wechat-interconnection",
}
"""Every feature id of schema version 1: the ids stay, and the article names each of them."""


@pytest.fixture(scope="module")
def conn() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{bundled_database_path()}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_confidence_follows_the_host(conn: sqlite3.Connection) -> None:
    sources = conn.execute("SELECT id, host_class, confidence FROM sources").fetchall()
    assert all(host in HOST_CLASSES for _, host, _ in sources), "every source names its host class"
    # A reprint, a blog or an aggregator is medium at most (vendor and named news may be high).
    assert [s for s in sources if s[1] in ("reprint", "blog", "aggregator") and s[2] == "high"] == []


def test_no_fact_is_more_confident_than_its_source(conn: sqlite3.Connection) -> None:
    source_rank = {i: RANK[c] for i, c in conn.execute("SELECT id, confidence FROM sources")}
    too_sure = [(table, ident) for table in FACT_TABLES
                for ident, source, confidence in conn.execute(
                    f"SELECT id, source_id, confidence FROM {table}")
                if RANK[confidence] > source_rank[source]]
    assert too_sure == []
    assert conn.execute("SELECT count(*) FROM sources WHERE confidence = 'low'").fetchone()[0] == 0


def test_every_claim_says_when_it_was_reported(conn: sqlite3.Connection) -> None:
    # valid_from is the start a source gives, else the report date (the builder checks which).
    # (A start may follow its report: an announcement of what begins next month.)
    unreported = conn.execute("SELECT id FROM support WHERE reported IS NULL").fetchall()
    assert unreported == []
    at_least = conn.execute("SELECT count(*) FROM support WHERE began IS NULL").fetchone()[0]
    assert at_least > 0, "rows whose sources give no start read 'at least since' their report"


def test_no_support_row_lies_outside_its_feature_scope(conn: sqlite3.Connection) -> None:
    outside = conn.execute(
        "SELECT s.id FROM support s JOIN features f ON f.id = s.feature_id "
        "JOIN products p ON p.id = s.product_id WHERE f.applies_to != '' "
        "AND instr(';' || f.applies_to || ';', ';' || p.category || ';') = 0").fetchall()
    assert outside == []


def test_features_are_many_defined_and_keep_their_ids(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT id, description_en, description_zh, applies_to, in_article "
                        "FROM features").fetchall()
    assert len(rows) >= 40
    ids = {r[0] for r in rows}
    assert ARTICLE_FEATURES <= ids
    assert {r[0] for r in rows if r[4]} == ARTICLE_FEATURES
    for ident, en, zh, applies, _ in rows:
        assert len(en) > 40 and len(zh) > 15, ident
        assert all(c in PRODUCT_CATEGORIES for c in applies.split(";") if c), ident


def test_ended_claims_leave_the_matrix_at_their_end(bundled_db: Path) -> None:
    with open_database(bundled_db) as db:
        matrix = FeatureMatrix.from_database(db)
        ended = [r for r in db.support() if r.ended]
        assert ended, "the 2020 offers that ended say so"
        for row in ended:
            state = matrix.cell(row.product_id, row.feature_id, ended_date(row))  # type: ignore[arg-type]
            assert row not in state.rows, row.id


def test_as_of_2024_neither_meeting_product_is_unlimited(bundled_db: Path) -> None:
    with open_database(bundled_db) as db:
        matrix = FeatureMatrix.from_database(db)
        for product in ("tencent-meeting", "google-meet"):
            state = matrix.cell(product, "unlimited-duration", dt.date(2024, 6, 1))
            assert state.level == "partial" and state.values == (60.0,), product
        # The 2020 offer was unlimited, and ended in April 2023.
        assert matrix.cell("tencent-meeting", "unlimited-duration", dt.date(2020, 5, 1)).level == "full"
