"""Build the bundled SQLite database from the CSV files in ``resources/data/``.

Run ``python -m cloudoffice_gui.data.build`` after editing a data file. The CSV files are the
source of truth; the database is a derived artefact that is committed so the app needs no
build step at run time.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from cloudoffice_gui import resources_path
from cloudoffice_gui.data import schema
from cloudoffice_gui.data.dates import is_iso_day
from cloudoffice_gui.data.search_documents import fill_chars_index, search_documents


_VERBATIM = frozenset({"quote", "launched_quote", "ended_quote", "ends_quote"})
"""Quotes keep their exact characters, leading and trailing spaces included."""


class BuildError(Exception):
    """A data file cannot become a valid database; the message names the file and row."""


@dataclass(frozen=True)
class SourceRow:
    """One CSV row with the place it came from, for error messages."""

    file: Path
    line: int
    values: dict[str, str]


def data_files(data_dir: Path, table: str) -> list[Path]:
    """The CSV files holding ``table``: ``<table>.csv`` and ``<table>.<part>.csv``, sorted."""
    files = [data_dir / f"{table}.csv"] if (data_dir / f"{table}.csv").is_file() else []
    files += sorted(data_dir.glob(f"{table}.*.csv"))
    return files


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[SourceRow]:
    """Rows of one CSV file whose header must equal ``columns``."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None:
            return
        if tuple(header) != columns:
            raise BuildError(
                f"{path.name}: header {header} differs from the table's columns {list(columns)}"
            )
        for values in reader:
            if not values:
                continue
            if len(values) != len(columns):
                raise BuildError(
                    f"{path.name}:{reader.line_num}: {len(values)} cells, expected {len(columns)}"
                )
            yield SourceRow(path, reader.line_num, dict(zip(columns, values)))


def _table_columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool, bool]]:
    """(name, declared type, not null, has default) for each column of ``table``."""
    rows = conn.execute(f"PRAGMA table_info({table})").fetchall()
    return [(r[1], (r[2] or "").upper(), bool(r[3]), r[4] is not None) for r in rows]


def _defaults(conn: sqlite3.Connection, table: str) -> dict[str, object]:
    # The declared DEFAULT of each NOT NULL column, evaluated by SQLite (an empty CSV cell means it).
    rows = conn.execute(f"PRAGMA table_info({table})").fetchall()
    return {r[1]: conn.execute(f"SELECT {r[4]}").fetchone()[0] for r in rows if r[3] and r[4] is not None}


def _convert(row: SourceRow, columns: list[tuple[str, str, bool, bool]],
             defaults: dict[str, object]) -> dict[str, object]:
    converted: dict[str, object] = {}
    for name, kind, not_null, has_default in columns:
        text = row.values[name].strip() if name not in _VERBATIM else row.values[name]
        if text == "":
            converted[name] = defaults.get(name) if (not_null and has_default) else None
            continue
        try:
            if kind == "INTEGER":
                converted[name] = int(text)
            elif kind == "REAL":
                converted[name] = float(text)
            else:
                converted[name] = text
        except ValueError:
            raise BuildError(f"{row.file.name}:{row.line}: {name}={text!r} is not a number") from None
    return converted


def _insert(db: sqlite_utils.Database, table: str, rows: list[SourceRow]) -> None:
    columns = _table_columns(db.conn, table)
    defaults = _defaults(db.conn, table)
    records = [_convert(row, columns, defaults) for row in rows]
    try:
        with db.conn:
            db[table].insert_all(records, batch_size=500)
    except sqlite3.IntegrityError:
        # insert_all cannot say which row broke a rule; find it so the editor knows what to fix.
        names = [c[0] for c in columns]
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
        db.conn.execute(f"DELETE FROM {table}")
        for row, record in zip(rows, records):
            try:
                db.conn.execute(sql, [record[n] for n in names])
            except sqlite3.IntegrityError as error:
                raise BuildError(f"{row.file.name}:{row.line}: {error} (table {table})") from None
        raise


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        lines = []
        for table, rowid, parent, fk_index in problems[:20]:
            fk = conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            column = next((f[3] for f in fk if f[0] == fk_index), "?")
            row_id = conn.execute(f"SELECT id, {column} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
            lines.append(f"{table} {row_id[0]!r}: {column}={row_id[1]!r} has no row in {parent}")
        raise BuildError("dangling references:\n  " + "\n  ".join(lines))


def _fingerprint(files: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_database(data_dir: Path, output: Path, build_date: str | None = None) -> Path:
    """Build ``output`` from the CSV files in ``data_dir``; atomic: a failure leaves no file."""
    dataset = json.loads((data_dir / "dataset.json").read_text(encoding="utf-8"))
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".build-", suffix=".db", dir=output.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        _build_into(temp, data_dir, dataset, build_date or dt.date.today().isoformat())
        os.replace(temp, output)
    finally:
        temp.unlink(missing_ok=True)
    return output


def _build_into(path: Path, data_dir: Path, dataset: dict[str, str], build_date: str) -> None:
    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    try:
        for statement in schema.DDL:
            db.execute(statement)
        used_files: list[Path] = [data_dir / "dataset.json"]
        for table in schema.TABLE_ORDER:
            columns = tuple(c[0] for c in _table_columns(db.conn, table))
            files = data_files(data_dir, table)
            used_files += files
            rows = [row for file in files for row in read_rows(file, columns)]
            _insert(db, table, rows)
        _check_foreign_keys(db.conn)
        for table, columns in schema.INDEXES:
            db[table].create_index(list(columns))
        build_search_index(db)
        meta = {
            "schema_version": str(schema.SCHEMA_VERSION),
            "data_version": dataset["data_version"],
            "build_date": build_date,
            "data_sha256": _fingerprint(used_files),
            "title_en": dataset.get("title_en", ""),
            "title_zh": dataset.get("title_zh", ""),
            "focus_date": _iso_day(dataset, "focus_date"),
            "researched_through": _iso_day(dataset, "researched_through"),
        }
        db["meta"].insert_all([{"key": k, "value": v} for k, v in meta.items()])
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        db.conn.commit()
        db.vacuum()
    finally:
        db.close()


def _iso_day(dataset: dict[str, str], key: str) -> str:
    value = str(dataset.get(key, ""))
    if not is_iso_day(value):
        raise BuildError(f"dataset.json: {key}={value!r} is not an ISO date (YYYY-MM-DD)")
    return value


def build_search_index(db: sqlite_utils.Database) -> None:
    """Fill the search table from the loaded tables and index it with FTS5 twice.

    ``search_index_fts`` (trigram) answers terms of three or more characters; ``search_chars_fts``
    (one token per hanzi) answers one or two hanzi as a phrase. Shared with benchmarks/make_large_db.py so a synthetic database searches like a built one.
    """
    db[schema.SEARCH_TABLE].insert_all(search_documents(db.conn))
    db[schema.SEARCH_TABLE].enable_fts(
        ["title_en", "title_zh", "body"], tokenize="trigram", create_triggers=False
    )
    fill_chars_index(db.conn)


def main(argv: list[str] | None = None) -> int:
    """Command line: build the database, printing row counts."""
    parser = argparse.ArgumentParser(description="Build resources/cloudoffice.db from resources/data/.")
    parser.add_argument("--data", type=Path, default=resources_path() / "data")
    parser.add_argument("--output", type=Path, default=resources_path() / "cloudoffice.db")
    parser.add_argument("--build-date", help="ISO date stored in meta (default: today)")
    args = parser.parse_args(argv)
    try:
        build_database(args.data, args.output, args.build_date)
    except (BuildError, KeyError, json.JSONDecodeError, OSError) as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    conn = sqlite3.connect(args.output)
    try:
        for table in schema.TABLE_ORDER:
            count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            print(f"{table:15} {count:6}")
    finally:
        conn.close()
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
