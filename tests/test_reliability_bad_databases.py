"""Every kind of bad database, through the data layer and the window (start-up, File > Open).

Each case must end in one specific, readable message (a dialog in the window; one line on
stderr and a non-zero exit on the command line: tests/test_reliability_cli.py), never a
traceback, never a hang and never a write (bytes, mtime and folder unchanged).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cloudoffice_gui import bundled_database_path
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
from tests import interface_fixtures

app = interface_fixtures.app  # names, settings folder; language and theme reset after
pytestmark = pytest.mark.usefixtures("app")



# -- making bad files ------------------------------------------------------------------------
def run_sql(path: Path, *statements: str, unchecked: bool = True) -> None:
    """Run ``statements`` on ``path`` with CHECK constraints off, as another tool might."""
    conn = sqlite3.connect(path)
    try:
        if unchecked:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def drop_not_null(path: Path, table: str, column: str) -> None:
    """Remove ``column``'s NOT NULL from the stored schema, so NULL can be written into it."""
    conn = sqlite3.connect(path)
    try:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?",
                     (sql.replace(f"{column} TEXT NOT NULL", f"{column} TEXT", 1), table))
        conn.commit()
    finally:
        conn.close()


def drop_column(path: Path, table: str, column: str) -> None:
    """Rebuild ``table`` without ``column`` (DROP COLUMN refuses indexed or checked columns)."""
    conn = sqlite3.connect(path)
    try:
        keep = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != column]
        conn.execute(f"CREATE TABLE tmp_copy AS SELECT {', '.join(keep)} FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE tmp_copy RENAME TO {table}")
        conn.commit()
    finally:
        conn.close()


def _copy(target: Path) -> Path:
    shutil.copyfile(bundled_database_path(), target)
    return target


def _bytes(data: bytes) -> Callable[[Path], Path]:
    def make(target: Path) -> Path:
        target.write_bytes(data)
        return target
    return make


def _truncated(keep: int | float) -> Callable[[Path], Path]:
    def make(target: Path) -> Path:
        data = bundled_database_path().read_bytes()
        target.write_bytes(data[: int(keep * len(data)) if isinstance(keep, float) else keep])
        return target
    return make


def _sql(*statements: str) -> Callable[[Path], Path]:
    def make(target: Path) -> Path:
        run_sql(_copy(target), *statements)
        return target
    return make


def _null(table: str, column: str) -> Callable[[Path], Path]:
    def make(target: Path) -> Path:
        drop_not_null(_copy(target), table, column)
        run_sql(target, f"UPDATE {table} SET {column} = NULL WHERE rowid = (SELECT min(rowid) FROM {table})")
        return target
    return make


def _without_column(table: str, column: str) -> Callable[[Path], Path]:
    def make(target: Path) -> Path:
        drop_column(_copy(target), table, column)
        return target
    return make


def _foreign(*statements: str) -> Callable[[Path], Path]:
    def make(target: Path) -> Path:
        run_sql(target, *statements, unchecked=False)
        return target
    return make


def _missing(target: Path) -> Path:
    return target


def _directory(target: Path) -> Path:
    target.mkdir()
    (target / "inside.txt").write_text("a folder named like a database")
    return target


def _dangling_symlink(target: Path) -> Path:
    target.symlink_to(target.parent / "nowhere.db")
    return target


def _fifo(target: Path) -> Path:
    os.mkfifo(target)
    return target


def _header_then_noise(target: Path) -> Path:
    target.write_bytes(bundled_database_path().read_bytes()[:4096] + random.Random(5).randbytes(60_000))
    return target


def _schema_name_not_utf8(target: Path) -> Path:
    conn = sqlite3.connect(_copy(target))
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET name = CAST(X'6D65746180' AS TEXT) WHERE name = 'meta'")
        conn.commit()
    finally:
        conn.close()
    return target


@dataclass(frozen=True)
class BadCase:
    """A bad database: how to make it, the error it must give, words the message must hold."""

    id: str
    make: Callable[[Path], Path]
    error: type[DatabaseError] | tuple[type[DatabaseError], ...]
    words: str
    at_open: bool = True
    """False when only reading the rows finds the problem (search never reads them)."""


_RNG = random.Random(2020_02_24)
_ROW1 = "WHERE rowid = (SELECT min(rowid) FROM {t})"


def _row_rule(table: str, assignment: str) -> Callable[[Path], Path]:
    return _sql(f"UPDATE {table} SET {assignment} " + _ROW1.format(t=table))


CASES: tuple[BadCase, ...] = (
    BadCase("missing", _missing, DatabaseMissingError, "does not exist"),
    BadCase("dangling-symlink", _dangling_symlink, DatabaseMissingError, "does not exist"),
    BadCase("directory", _directory, DatabaseMissingError, "folder"),
    BadCase("fifo", _fifo, NotADatabaseError, "not a regular file"),
    BadCase("empty", _bytes(b""), NotADatabaseError, "empty"),
    BadCase("one-byte", _bytes(b"S"), NotADatabaseError, "not an SQLite database"),
    BadCase("text", _bytes("id,name\n1,钉钉\n".encode() * 50), NotADatabaseError, "not an SQLite database"),
    BadCase("random-4k", _bytes(_RNG.randbytes(4096)), NotADatabaseError, "not an SQLite database"),
    BadCase("random-1m", _bytes(_RNG.randbytes(1 << 20)), NotADatabaseError, "not an SQLite database"),
    BadCase("magic-then-random", _bytes(b"SQLite format 3\x00" + _RNG.randbytes(8192)),
            NotADatabaseError, "damaged"),
    BadCase("header-page-then-random", _header_then_noise, NotADatabaseError, "damaged"),
    *(BadCase(f"truncated-{keep}", _truncated(keep), NotADatabaseError, "")
      for keep in (16, 99, 100, 512, 1024, 4096, 65536, 0.5, 0.9)),
    BadCase("foreign-notes", _foreign("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
                                      "INSERT INTO notes (body) VALUES ('hello')"),
            ForeignDatabaseError, "not one made by CloudOffice Compare"),
    BadCase("foreign-products-table", _foreign("PRAGMA user_version = 1",
                                               "CREATE TABLE products (sku TEXT, price REAL)"),
            ForeignDatabaseError, "Required table(s) missing"),
    BadCase("foreign-empty-schema", _foreign("PRAGMA user_version = 7"),
            ForeignDatabaseError, "not one made by CloudOffice Compare"),
    BadCase("our-tables-no-version", _sql("PRAGMA user_version = 0"),
            ForeignDatabaseError, "no schema version"),
    BadCase("newer-schema", _sql(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}"),
            NewerSchemaError, "newer"),
    BadCase("much-newer-schema", _sql("PRAGMA user_version = 2147483647"), NewerSchemaError, "newer"),
    *(BadCase(f"missing-table-{table}", _sql(f"DROP TABLE {table}"), ForeignDatabaseError, table)
      for table in schema.REQUIRED_COLUMNS),
    *(BadCase(f"missing-column-{table}.{column}", _without_column(table, column),
              ForeignDatabaseError, column)
      for table, column in (("events", "title_zh"), ("support", "level"),
                            ("products", "name_en"), ("sources", "title"), ("meta", "value"))),
    BadCase("unknown-level", _row_rule("support", "level = 'maybe'"), InvalidDataError,
            "level 'maybe'", at_open=False),
    BadCase("unknown-confidence", _row_rule("offers", "confidence = 'certain'"), InvalidDataError,
            "confidence 'certain'", at_open=False),
    BadCase("unknown-category", _row_rule("products", "category = 'toaster'"), InvalidDataError,
            "category 'toaster'", at_open=False),
    BadCase("unknown-event-kind", _row_rule("events", "kind = 'party'"), InvalidDataError,
            "kind 'party'", at_open=False),
    BadCase("unknown-strategy-kind", _row_rule("strategies", "kind = 'plan'"), InvalidDataError,
            "kind 'plan'", at_open=False),
    BadCase("dangling-support-product", _row_rule("support", "product_id = 'ghost'"),
            InvalidDataError, "names no row of products"),
    BadCase("dangling-support-feature", _row_rule("support", "feature_id = 'ghost'"),
            InvalidDataError, "names no row of features"),
    BadCase("dangling-offer-source", _row_rule("offers", "source_id = 'ghost'"),
            InvalidDataError, "names no row of sources"),
    BadCase("dangling-feature-group", _row_rule("features", "group_id = 'ghost'"),
            InvalidDataError, "names no row of feature_groups"),
    BadCase("dangling-product-vendor", _row_rule("products", "vendor_id = 'ghost'"),
            InvalidDataError, "names no row of vendors"),
    BadCase("dangling-event-metric", _row_rule("events", "metric = 'ghost'"),
            InvalidDataError, "names no row of metrics"),
    BadCase("date-slashes", _row_rule("events", "date = '24/01/2020'"), InvalidDataError,
            "not a date", at_open=False),
    BadCase("date-month-13", _row_rule("support", "valid_from = '2020-13-01'"), InvalidDataError,
            "not a date", at_open=False),
    BadCase("date-words", _row_rule("offers", "announced = 'soon', announced_precision = 'day'"),
            InvalidDataError, "not a date", at_open=False),
    BadCase("date-precision-mismatch", _row_rule("events", "date = '2020', date_precision = 'day'"),
            InvalidDataError, "not a date of day precision", at_open=False),
    BadCase("precision-unknown", _row_rule("sources", "published_precision = 'week'"),
            InvalidDataError, "not day, month or year", at_open=False),
    BadCase("free-date-words", _row_rule("offers", "starts = 'tomorrow'"), InvalidDataError,
            "not an ISO date", at_open=False),
    BadCase("value-not-number", _row_rule("support", "value = 'lots'"), InvalidDataError,
            "not a number", at_open=False),
    BadCase("value-infinite", _row_rule("events", "value = 9e999"), InvalidDataError,
            "not a finite number", at_open=False),
    BadCase("position-not-whole", _row_rule("features", "position = 'first'"), InvalidDataError,
            "not a whole number", at_open=False),
    BadCase("position-infinite", _row_rule("feature_groups", "position = 9e999"), InvalidDataError,
            "not a whole number", at_open=False),
    BadCase("quote-binary", _row_rule("support", "quote = x'00ff10'"), InvalidDataError,
            "binary data", at_open=False),
    BadCase("text-not-utf8", _row_rule("support", "quote = CAST(X'E8BF80FF' AS TEXT)"),
            NotADatabaseError, "decode", at_open=False),
    BadCase("schema-name-not-utf8", _schema_name_not_utf8, NotADatabaseError, "damaged"),
    BadCase("null-event-quote", _null("events", "quote"), InvalidDataError,
            "quote is empty but required", at_open=False),
    BadCase("null-support-level", _null("support", "level"), InvalidDataError,
            "level is empty but required", at_open=False),
    BadCase("null-source-title", _null("sources", "title"), InvalidDataError,
            "title is empty but required", at_open=False),
    BadCase("null-product-category", _null("products", "category"), InvalidDataError,
            "category is empty but required", at_open=False),
)


def make_case(case: BadCase, folder: Path) -> Path:
    """Create ``case`` in a fresh ``folder`` and return the path to give the app."""
    folder.mkdir(parents=True, exist_ok=True)
    return case.make(folder / "bad.db")


def snapshot(path: Path) -> tuple:
    """What must not change: the folder listing, and the file's bytes and mtime."""
    listing = sorted(p.name for p in path.parent.iterdir())
    if path.is_symlink() or not path.exists():
        return listing, "absent-or-link", os.path.lexists(path)
    if path.is_dir():
        return listing, "dir", sorted((p.name, p.stat().st_mtime_ns) for p in path.iterdir())
    stat = path.stat()
    if not path.is_file():
        return listing, "special", stat.st_mode, stat.st_mtime_ns
    return listing, hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime_ns


def _check_message(error: DatabaseError, case: BadCase, path: Path) -> None:
    assert isinstance(error, case.error), f"{case.id}: {type(error).__name__}: {error.message()}"
    message = error.message()
    assert case.words.lower() in message.lower(), message
    assert str(path) in message and error.remedy in message
    assert "Traceback" not in message and len(message) < 1000


# -- the data layer --------------------------------------------------------------------------
def read_everything(path: Path) -> None:
    """Open ``path`` and call every query method, as the views and the report do."""
    with open_database(path) as db:
        db.info()
        db.check_rows()
        for product in db.products():
            db.support([product.id]), db.events([product.id]), db.offers([product.id])
        db.execute("SELECT count(*) FROM products")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_data_layer_gives_a_specific_error(tmp_path: Path, case: BadCase) -> None:
    path = make_case(case, tmp_path / "case")
    before = snapshot(path)
    with pytest.raises(DatabaseError) as caught:
        read_everything(path)
    _check_message(caught.value, case, path)
    if case.at_open:
        with pytest.raises(DatabaseError):
            open_database(path)
    assert snapshot(path) == before, "the database file or its folder changed"


# -- the window ------------------------------------------------------------------------------
class _Boxes:
    """Records every QMessageBox shown instead of blocking on it; answers Close."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.shown: list[tuple[str, str, object]] = []

        def fake_exec(box: QMessageBox) -> int:
            self.shown.append((box.text(), box.informativeText(), box.textFormat()))
            return int(QMessageBox.StandardButton.Close.value)

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_starting_the_app_on_it_shows_the_message(tmp_path: Path, case: BadCase, qapp,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    from cloudoffice_gui.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own hook
    monkeypatch.setattr("threading.excepthook", __import__("threading").excepthook)
    path = make_case(case, tmp_path / "case")
    before = snapshot(path)
    boxes = _Boxes(monkeypatch)
    assert run_gui(path, "en") == 2
    assert len(boxes.shown) == 1, boxes.shown
    text, informative, text_format = boxes.shown[0]
    assert text_format == Qt.TextFormat.PlainText
    assert case.words.lower() in (text + informative).lower() and str(path) in informative
    assert snapshot(path) == before


def test_file_open_explains_each_and_keeps_the_current_database(
        tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from cloudoffice_gui.views.window_factory import create_main_window

    window = create_main_window(bundled_database_path(), "en")
    qtbot.addWidget(window)
    window.build_all_views()
    boxes = _Boxes(monkeypatch)
    shown_before = window.state.database
    for n, case in enumerate(CASES):
        path = make_case(case, tmp_path / f"case-{n}")
        before = snapshot(path)
        assert window.open_database_file(path) is False, case.id
        assert len(boxes.shown) == n + 1, f"{case.id}: no dialog"
        text, informative, _ = boxes.shown[-1]
        assert case.words.lower() in (text + informative).lower(), (case.id, text)
        assert window.state.database is shown_before, case.id
        assert snapshot(path) == before, case.id
    # The window still works on the database it had.
    window.state.set_current_product_id("tencent-meeting")
    assert "Tencent Meeting" in window.view("details").plain_text()
    assert window.open_database_file(bundled_database_path()) is True


def test_the_file_open_menu_action_explains_and_keeps_the_database(
        tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through File > Open Database… itself, the file dialog answered with bad files."""
    from PySide6.QtWidgets import QFileDialog

    from cloudoffice_gui.views.window_factory import create_main_window

    window = create_main_window(bundled_database_path(), "en")
    qtbot.addWidget(window)
    window.build_all_views()
    boxes = _Boxes(monkeypatch)
    picked: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(picked[-1]), "")))
    chosen = [c for c in CASES if c.id in ("random-4k", "foreign-notes", "unknown-level")]
    for n, case in enumerate(chosen):
        picked.append(make_case(case, tmp_path / f"menu-{n}"))
        window.menus.open_database_action.trigger()
        assert case.words.lower() in (boxes.shown[-1][0] + boxes.shown[-1][1]).lower()
    assert len(boxes.shown) == len(chosen)
    assert window.state.database.path == bundled_database_path()
