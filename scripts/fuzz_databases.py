#!/usr/bin/env python3
"""Fuzz the app with damaged copies of the bundled database and print what happened.

Usage: python scripts/fuzz_databases.py [--examples 1000] [--seed N] [--no-window]

Each example is a copy of resources/cloudoffice.db with random byte mutations (flipped or
overwritten bytes, truncation, zeroed or swapped pages, header fields) or random row
mutations (any value into any column, CHECK and NOT NULL constraints off, rows deleted or
duplicated). The data layer opens it and runs every query, the matrix, timeline, search and
report builders; then one main window, with every view built, opens it through File > Open
(the path ``MainWindow.open_database_file`` takes), shows each product in both languages,
fills the evidence panel and renders. Allowed outcomes: it works, or a DatabaseError
subclass explains it. Anything else (raised, or reported by Qt through sys.excepthook) is a
crash. tests/test_reliability_fuzz.py runs the same probes with a bounded profile.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import os
import shutil
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import strategies as st  # noqa: E402

from cloudoffice_gui import bundled_database_path  # noqa: E402
from cloudoffice_gui.data.errors import DatabaseError  # noqa: E402

PAGE = 4096
SEARCH_TEXTS = ("tencent", "腾讯会议", "钉", '"a" OR b*', "%_\\", "x" * 300)
INTERESTING_TEXT = (
    "", " ", "full", "partial", "maybe", "high", "day", "month", "year", "suite", "launch",
    "platform", "2020-02-24", "2020-02", "2020", "2020-13-45", "2020-02-30", "0000-00-00",
    "9999-12-31", "２０２０-０１-２４", "٢٠٢٠", "dingtalk", "tencent-meeting", "feishu",
    "meeting-capacity", "ghost", "a;b;;c", "%", "'", '"', "NULL", "1e999", "-1", "\x00",
    "<img src=x><script>alert(1)</script>", "\u202eevil", "\n\n", "🙂" * 50,
)


# -- mutations ---------------------------------------------------------------------------------
def byte_operations() -> st.SearchStrategy[list[tuple]]:
    """1-4 byte-level operations on a database file."""
    size = bundled_database_path().stat().st_size
    pages = size // PAGE
    offset = st.one_of(st.integers(0, 99), st.integers(0, size - 1),
                       st.builds(lambda p, o: p * PAGE + o, st.integers(0, pages - 1), st.integers(0, 11)))
    operation = st.one_of(
        st.tuples(st.just("flip"), offset, st.integers(1, 255)),
        st.tuples(st.just("write"), offset, st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("truncate"), st.integers(0, size - 1)),
        st.tuples(st.just("zero-page"), st.integers(0, pages - 1)),
        st.tuples(st.just("swap-pages"), st.integers(0, pages - 1), st.integers(0, pages - 1)),
    )
    return st.lists(operation, min_size=1, max_size=4)


def apply_byte_operations(data: bytes, operations: list[tuple]) -> bytes:
    """``data`` with ``operations`` applied in order."""
    buffer = bytearray(data)
    for op in operations:
        if op[0] == "flip" and op[1] < len(buffer):
            buffer[op[1]] ^= op[2]
        elif op[0] == "write":
            buffer[op[1]:op[1] + len(op[2])] = op[2]
        elif op[0] == "truncate":
            del buffer[op[1]:]
        elif op[0] == "zero-page":
            buffer[op[1] * PAGE:(op[1] + 1) * PAGE] = bytes(PAGE)
        elif op[0] == "swap-pages":
            a, b = sorted(op[1:])
            first, second = buffer[a * PAGE:(a + 1) * PAGE], buffer[b * PAGE:(b + 1) * PAGE]
            if a != b and len(first) == len(second) == PAGE:
                buffer[a * PAGE:(a + 1) * PAGE], buffer[b * PAGE:(b + 1) * PAGE] = second, first
    return bytes(buffer)


def table_columns() -> dict[str, list[str]]:
    """Every table the app reads (and the search index) with its columns."""
    conn = sqlite3.connect(f"file:{bundled_database_path()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%'")]
        return {n: [r[1] for r in conn.execute(f"PRAGMA table_info({n})")] for n in sorted(names)}
    finally:
        conn.close()


def values() -> st.SearchStrategy[object]:
    """Anything SQLite can store, biased towards values our rules care about."""
    text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
    return st.one_of(
        st.none(), st.sampled_from(INTERESTING_TEXT), text,
        st.integers(-(2 ** 63), 2 ** 63 - 1), st.sampled_from([0, 1, -1, 2 ** 31, 10 ** 15]),
        st.floats(allow_nan=True, allow_infinity=True), st.binary(max_size=16),
    )


def row_operations() -> st.SearchStrategy[list[tuple]]:
    """1-6 row-level operations: set a value, delete a row or duplicate one."""
    columns = table_columns()
    tables = st.sampled_from(sorted(columns))
    update = tables.flatmap(lambda t: st.tuples(
        st.just("set"), st.just(t), st.sampled_from(columns[t]), st.integers(0, 400), values()))
    delete = st.tuples(st.just("delete"), tables, st.integers(0, 400))
    duplicate = st.tuples(st.just("duplicate"), tables, st.integers(0, 400), st.text(max_size=8))
    return st.lists(st.one_of(update, update, update, delete, duplicate), min_size=1, max_size=6)


def relax_schema(path: Path) -> None:
    """Drop NOT NULL from every table, so a mutation can store NULL anywhere."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, ' NOT NULL', '') "
                     "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
        conn.commit()
    finally:
        conn.close()


def apply_row_operations(path: Path, operations: list[tuple]) -> None:
    """Apply ``operations`` to the database at ``path`` with CHECK constraints ignored."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for op in operations:
            table = op[1]
            count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if not count:
                continue
            pick = op[3] if op[0] == "set" else op[2]
            row = f"(SELECT rowid FROM {table} LIMIT 1 OFFSET {pick % count})"
            if op[0] == "set":
                conn.execute(f'UPDATE OR IGNORE {table} SET "{op[2]}" = ? WHERE rowid = {row}', (op[4],))
            elif op[0] == "delete":
                conn.execute(f"DELETE FROM {table} WHERE rowid = {row}")
            else:
                # A copy of the row under a new id (or key), as a merge gone wrong might leave.
                columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
                keys = [c for c in columns if c in ("id", "key")]
                picked = ", ".join(f"{c} || ?" if c in keys else c for c in columns)
                conn.execute(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
                             f"SELECT {picked} FROM {table} WHERE rowid = {row}", (op[3],) * len(keys))
        conn.commit()
    finally:
        conn.close()


# -- probes ------------------------------------------------------------------------------------
@contextmanager
def reported_exceptions() -> Iterator[list[BaseException]]:
    """Collect what Qt reports through sys.excepthook (exceptions in slots and overrides)."""
    seen: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda _type, value, _tb: seen.append(value)
    try:
        yield seen
    finally:
        sys.excepthook = previous


@contextmanager
def answered_dialogs() -> Iterator[list[str]]:
    """Answer every QMessageBox at once with Close, collecting its text."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    original = QMessageBox.exec

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Close.value)

    QMessageBox.exec = answer  # type: ignore[method-assign]
    try:
        yield shown
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]


def probe_data_layer(path: Path) -> str:
    """Read everything the app reads; 'ok' or the DatabaseError class name. Others raise."""
    from cloudoffice_gui.data.database import open_database
    from cloudoffice_gui.data.feature_matrix import FeatureMatrix
    from cloudoffice_gui.data.search import search
    from cloudoffice_gui.data.timeline_data import timeline_from_database
    from cloudoffice_gui.export.report_content import build_report_content

    try:
        with open_database(path) as db:
            db.info()
            db.check_rows()
            checked = True
            products = [p.id for p in db.products()]
            db.vendors(), db.features(), db.feature_groups(), db.metrics(), db.sources()
            db.support(), db.events(), db.offers(), db.strategies(), db.citation_counts()
            for product in products:
                db.support([product]), db.events([product]), db.offers([product])
            matrix = FeatureMatrix.from_database(db)
            for day in (dt.date(2020, 1, 25), dt.date(2020, 2, 24), dt.date.today()):
                matrix.grid(products, day)
            matrix.change_dates()
            timeline_from_database(db, products[:6])
            build_report_content(db, products[:6], dt.date(2020, 2, 24), "zh")
            for text in SEARCH_TEXTS:
                try:
                    search(db, text)
                except DatabaseError:
                    # The search index is read only by the search, whose dialog and command
                    # show this message; the rest of the app works on such a file.
                    return "ok, search refused"
    except DatabaseError as error:
        if locals().get("checked"):
            # check_rows() passed but a later read refused a row: it missed a rule.
            return f"late {type(error).__name__}"
        return type(error).__name__
    return "ok"


class WindowProbe:
    """One main window with every view built, given one database after another."""

    def __init__(self, start: Path) -> None:
        from cloudoffice_gui.app import create_application
        from cloudoffice_gui.views.window_factory import create_main_window

        create_application()
        self.window = create_main_window(start, "en")
        self.window.show()
        self.window.build_all_views()

    def probe(self, path: Path) -> str:
        """Open ``path`` through File > Open and use every view; the outcome as text."""
        from PySide6.QtWidgets import QApplication

        from cloudoffice_gui.views.translator import switch_language

        window = self.window
        state = window.state
        with reported_exceptions() as seen, answered_dialogs() as dialogs:
            if not window.open_database_file(path):
                return self._outcome("rejected" if dialogs else "rejected without a dialog", seen)
            try:
                db = state.database
                products = db.products()
                state.set_chosen_product_ids([p.id for p in products])
                for language in ("zh", "en"):
                    switch_language(state, language, remember=False)
                    for product in products[:4]:
                        state.set_current_product_id(product.id)
                    for key in list(window._lazy_tabs):
                        window.show_view(key)
                        QApplication.processEvents()
                    state.show_evidence("fuzz", [*db.support()[:5], *db.events()[:5],
                                                 *db.offers()[:3], *db.strategies()[:3]])
                for kind, records in (("offer", db.offers()), ("event", db.events()),
                                      ("source", db.sources()), ("support", db.support())):
                    if records:
                        state.navigate(kind, records[0].id)
                window.grab()
            except DatabaseError as error:
                seen.append(error)
        return self._outcome("ok", seen)

    @staticmethod
    def _outcome(outcome: str, seen: list[BaseException]) -> str:
        crashes = [e for e in seen if not isinstance(e, DatabaseError)]
        if crashes:
            raise crashes[0]
        # A DatabaseError after the file was accepted: shown by the crash handler's dialog,
        # but check_rows() should have refused the file at once.
        return f"late {type(seen[0]).__name__}" if seen else outcome

    def close(self) -> None:
        """Close the window and drop the interface translators it installed."""
        from cloudoffice_gui.views.translator import remove_interface_translators

        self.window.close()
        self.window.deleteLater()
        remove_interface_translators()


# -- the script --------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer and print the counts; exit 1 if anything crashed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20200224)
    parser.add_argument("--no-window", action="store_true", help="probe the data layer only")
    args = parser.parse_args(argv)
    from hypothesis import HealthCheck, given, seed, settings

    workdir = Path(tempfile.mkdtemp(prefix="cloudoffice-fuzz-"))
    # Settings and the record of checked files go here, never into the user's folders.
    os.environ["CLOUDOFFICE_SETTINGS_DIR"] = str(workdir / "settings")
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")
    os.environ["XDG_CACHE_HOME"] = str(workdir / "cache")
    original = bundled_database_path().read_bytes()
    relaxed = workdir / "relaxed.db"
    shutil.copyfile(bundled_database_path(), relaxed)
    relax_schema(relaxed)
    probe = None if args.no_window else WindowProbe(bundled_database_path())
    counts: collections.Counter[str] = collections.Counter()
    crashes: list[str] = []
    number = iter(range(10 ** 9))

    def run(kind: str, make: Callable[[Path], None]) -> None:
        path = workdir / f"example-{next(number)}.db"
        make(path)
        stamp = path.stat().st_mtime_ns if path.exists() else None
        try:
            outcome = probe_data_layer(path)
            counts[f"{kind} data layer: {outcome}"] += 1
            if probe is not None:
                counts[f"{kind} window: {probe.probe(path)}"] += 1
        except Exception:  # noqa: BLE001 - a crash is what we count
            crashes.append(traceback.format_exc())
            counts[f"{kind}: CRASH"] += 1
        if stamp is not None and path.exists() and path.stat().st_mtime_ns != stamp:
            crashes.append(f"{path} was written")
        path.unlink(missing_ok=True)  # the window may still read it: its handle keeps it
        counts["examples"] += 1

    half = max(1, args.examples // 2)
    common = settings(max_examples=half, deadline=None, database=None, derandomize=False,
                      suppress_health_check=list(HealthCheck))

    @seed(args.seed)
    @common
    @given(byte_operations())
    def bytes_run(operations: list[tuple]) -> None:
        run("bytes", lambda p: p.write_bytes(apply_byte_operations(original, operations)))

    @seed(args.seed + 1)
    @common
    @given(row_operations())
    def rows_run(operations: list[tuple]) -> None:
        def make(p: Path) -> None:
            shutil.copyfile(relaxed, p)
            apply_row_operations(p, operations)
        run("rows", make)

    bytes_run()
    rows_run()
    if probe is not None:
        probe.close()
    shutil.rmtree(workdir, ignore_errors=True)
    for crash in crashes[:5]:
        print(crash, file=sys.stderr)
    print(f"examples run: {counts.pop('examples')}")
    errors = collections.Counter()
    for key, value in sorted(counts.items()):
        print(f"  {key}: {value}")
        if ": " in key and key.split(": ")[1] not in ("ok", "ok, search refused", "rejected", "CRASH"):
            errors[key.split(": ")[1]] += value
    print("errors by type: " + ", ".join(f"{k} {v}" for k, v in errors.most_common()))
    print(f"crashes: {len(crashes)}")
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
