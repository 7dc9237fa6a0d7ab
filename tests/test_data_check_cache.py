"""Fast checks at open: the SQL pre-filter misses no bad row; a checked file is not re-checked."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cloudoffice_gui.data.check_cache import CheckCache
from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.errors import InvalidDataError
from cloudoffice_gui.data.records import Event, Offer, Product, Source, SupportRow
from cloudoffice_gui.data.validation import suspect_rows_condition, validate_record

# Values another tool could have written into any column.
VALUES = st.one_of(
    st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=False),
    st.sampled_from([float("inf"), float("-inf"), 1e308 * 10]),
    st.text(max_size=12), st.binary(max_size=4),
    st.sampled_from(["full", "partial", "none", "unknown", "high", "low", "suite", "launch",
                     "metric", "day", "month", "year", "", "2020", "2020-02", "2020-02-24",
                     "2020-13-01", "2020-02-30", "2020-02-32", "24/01/2020", "２０２０", "Day"]),
)
TABLES = {"support": SupportRow, "events": Event, "offers": Offer, "products": Product,
          "sources": Source}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=st.sampled_from(sorted(TABLES)), data=st.data())
def test_every_row_python_rejects_is_flagged_by_sql(table: str, data: st.DataObject) -> None:
    cls = TABLES[table]
    names = list(cls.__dataclass_fields__)
    values = {name: data.draw(VALUES, label=name) for name in names}
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE {table} ({', '.join(names)})")  # no types, no checks
    conn.execute(f"INSERT INTO {table} VALUES ({', '.join('?' for _ in names)})",
                 [values[n] for n in names])
    condition = suspect_rows_condition(table, cls, set(names))
    flagged = conn.execute(f"SELECT count(*) FROM {table} WHERE {condition}").fetchone()[0]
    row = dict(zip(names, conn.execute(f"SELECT {', '.join(names)} FROM {table}").fetchone()))
    try:
        validate_record(Path("x.db"), table, cls, row)
    except InvalidDataError:
        assert flagged == 1, row


def test_good_bundled_rows_are_not_flagged(bundled_db: Path) -> None:
    with open_database(bundled_db) as db:
        for table, cls in TABLES.items():
            condition = suspect_rows_condition(table, cls, db._columns(table))
            assert db.execute(f"SELECT count(*) FROM {table} WHERE {condition}")[0][0] == 0


def test_a_checked_file_skips_the_slow_checks_until_it_changes(bundled_copy: Path,
                                                                tmp_path: Path) -> None:
    checks = CheckCache(tmp_path / "cache")
    with open_database(bundled_copy, checks) as db:
        assert not db._checked_before
        db.check_rows()
    with open_database(bundled_copy, checks) as db:
        assert db._checked_before
    # A copy is another file, checked in full on its own.
    twin = shutil.copyfile(bundled_copy, tmp_path / "twin.db")
    with open_database(twin, checks) as db:
        assert not db._checked_before
    # Any write, by any tool, makes the file new again: the bad row is found.
    conn = sqlite3.connect(bundled_copy)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE support SET level = 'maybe' WHERE rowid = 1")
    conn.commit()
    conn.close()
    with open_database(bundled_copy, checks) as db:
        assert not db._checked_before
        with pytest.raises(InvalidDataError, match="level 'maybe'"):
            db.check_rows()
    # A file that failed is never remembered.
    with open_database(bundled_copy, checks) as db:
        assert not db._checked_before


def test_an_unwritable_cache_is_simply_not_used(bundled_db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    checks = CheckCache(blocker / "cache")
    with open_database(bundled_db, checks) as db:
        db.check_rows()
    with open_database(bundled_db, checks) as db:
        assert not db._checked_before


def test_digest_works_without_source_files(monkeypatch) -> None:
    """A frozen build ships bytecode only; the checker digest must not need the .py files."""
    from cloudoffice_gui.data import check_cache, database

    monkeypatch.setattr(database, "__file__", "/nonexistent/database.py")
    assert len(check_cache._checker_digest()) == 8
