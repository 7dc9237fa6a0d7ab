"""The read-only data layer: records, typed errors for every bad database, no writes."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from pathlib import Path

import pytest

from cloudoffice_gui.data import schema
from cloudoffice_gui.data.database import open_database
from cloudoffice_gui.data.errors import (
    DatabaseError,
    DatabaseMissingError,
    ForeignDatabaseError,
    InvalidDataError,
    NewerSchemaError,
    NotADatabaseError,
)


def test_records_are_frozen_dataclasses(small_db: Path) -> None:
    with open_database(small_db) as db:
        product = db.products()[0]
        assert dataclasses.is_dataclass(product)
        with pytest.raises(dataclasses.FrozenInstanceError):
            product.name_en = "changed"  # type: ignore[misc]
        assert product.aliases == ("AlphaIntl", "阿尔法会议")
        assert [e.id for e in db.events(["alpha"])] == ["e3", "e2"]
        assert {o.id for o in db.offers(["beta"])} == {"o1"}
        assert db.events([]) == []
        assert db.info().counts["products"] == 3
        assert db.citation_counts()["src-b"] == 5


def test_bundled_database_opens(bundled_db: Path) -> None:
    with open_database(bundled_db) as db:
        ids = [p.id for p in db.products()]
        assert ids[:6] == ["dingtalk", "wecom", "feishu", "tencent-meeting", "tencent-docs", "kingsoft-docs"]
        assert len(db.support()) > 50 and len(db.events()) > 100
        assert db.info().schema_version == schema.SCHEMA_VERSION


def _expect(path: Path, error: type[DatabaseError], words: str) -> DatabaseError:
    with pytest.raises(error) as caught:
        open_database(path)
    message = caught.value.message()
    assert words.lower() in message.lower()
    assert str(path) in message and caught.value.remedy in message
    return caught.value


def test_missing_file(tmp_path: Path) -> None:
    _expect(tmp_path / "nope.db", DatabaseMissingError, "does not exist")


def test_directory(tmp_path: Path) -> None:
    _expect(tmp_path, DatabaseMissingError, "folder")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    _expect(path, NotADatabaseError, "empty")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(4096))
    _expect(path, NotADatabaseError, "not an SQLite database")


@pytest.mark.parametrize("keep", [100, 1024, 4096, 20000])
def test_truncated(tmp_path: Path, bundled_db: Path, keep: int) -> None:
    path = tmp_path / "truncated.db"
    path.write_bytes(bundled_db.read_bytes()[:keep])
    with pytest.raises((NotADatabaseError, ForeignDatabaseError)):
        db = open_database(path)
        # a truncation that leaves the first pages intact must still fail when reading
        db.products(), db.support(), db.events(), db.sources()


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()
    _expect(path, ForeignDatabaseError, "not one made by CloudOffice Compare")


def test_newer_schema(bundled_copy: Path) -> None:
    conn = sqlite3.connect(bundled_copy)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    error = _expect(bundled_copy, NewerSchemaError, "newer")
    assert "Update CloudOffice Compare" in error.remedy


def test_missing_table(bundled_copy: Path) -> None:
    conn = sqlite3.connect(bundled_copy)
    conn.execute("DROP TABLE offers")
    conn.commit()
    conn.close()
    _expect(bundled_copy, ForeignDatabaseError, "offers")


def test_missing_column(bundled_copy: Path) -> None:
    conn = sqlite3.connect(bundled_copy)
    conn.execute("ALTER TABLE events DROP COLUMN title_zh")
    conn.commit()
    conn.close()
    _expect(bundled_copy, ForeignDatabaseError, "title_zh")


def _unchecked_copy(bundled_copy: Path, sql: str) -> Path:
    """Apply ``sql`` with CHECK constraints off, as another tool writing the file might."""
    conn = sqlite3.connect(bundled_copy)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(sql)
    conn.commit()
    conn.close()
    return bundled_copy


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE support SET level = 'maybe' WHERE rowid = 1", "level 'maybe'"),
        ("UPDATE events SET date = '24/01/2020' WHERE rowid = 1", "not a date"),
        ("UPDATE events SET kind = 'party' WHERE rowid = 1", "kind 'party'"),
        ("UPDATE support SET product_id = 'ghost' WHERE rowid = 1", "names no row of products"),
        ("UPDATE offers SET source_id = 'ghost' WHERE rowid = 1", "names no row of sources"),
    ],
)
def test_rows_that_break_rules(bundled_copy: Path, sql: str, words: str) -> None:
    path = _unchecked_copy(bundled_copy, sql)
    with pytest.raises(InvalidDataError) as caught:
        db = open_database(path)
        db.support(), db.events(), db.offers()
    assert words in caught.value.message()


def test_null_where_required(tmp_path: Path, bundled_db: Path) -> None:
    # Rebuild the events table without NOT NULL so a NULL quote can be stored at all.
    path = tmp_path / "nulls.db"
    path.write_bytes(bundled_db.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'quote TEXT NOT NULL', 'quote TEXT') "
                 "WHERE name = 'events'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE events SET quote = NULL WHERE rowid = 1")
    conn.commit()
    conn.close()
    with pytest.raises(InvalidDataError, match="quote is empty but required"):
        open_database(path).events()


def test_session_never_writes(bundled_copy: Path, qtbot) -> None:
    from cloudoffice_gui.models.app_state import AppState
    from cloudoffice_gui.views.main_window import MainWindow

    before = (bundled_copy.read_bytes(), os.stat(bundled_copy).st_mtime_ns)
    db = open_database(bundled_copy)
    state = AppState(db, "zh")
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.build_all_views()
    for product in db.products():
        state.set_current_product_id(product.id)
    state.set_language("en")
    db.support(), db.events(), db.offers(), db.strategies(), db.sources(), db.citation_counts()
    with pytest.raises(sqlite3.OperationalError):
        db._conn.execute("CREATE TABLE intruder (x)")
    window.close()
    db.close()
    assert (bundled_copy.read_bytes(), os.stat(bundled_copy).st_mtime_ns) == before
    assert not list(bundled_copy.parent.glob("*-journal")) and not list(bundled_copy.parent.glob("*-wal"))
