"""Open a CloudOffice Compare database read-only and return its records as dataclasses.

Run-time reads use the standard ``sqlite3`` module (as Datasette does): importing
sqlite_utils costs about as much as showing a bare window, so it stays in the builder.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from cloudoffice_gui.data import schema
from cloudoffice_gui.data.dates import is_iso_day
from cloudoffice_gui.data.check_cache import CheckCache
from cloudoffice_gui.data.errors import (
    DatabaseError,
    DatabaseMissingError,
    ForeignDatabaseError,
    InvalidDataError,
    NewerSchemaError,
    NotADatabaseError,
)
from cloudoffice_gui.data.records import (
    DatabaseInfo,
    Event,
    Feature,
    FeatureGroup,
    Metric,
    Offer,
    Product,
    Source,
    Strategy,
    SupportRow,
    Vendor,
)
from cloudoffice_gui.data.validation import (
    bounded_text,
    reference_queries,
    suspect_rows_condition,
    validate_record,
)

_SQLITE_MAGIC = b"SQLite format 3\x00"
T = TypeVar("T")


def _read_only_uri(path: Path) -> str:
    # immutable=1 skips locking and journal checks: the app never writes and the bundled
    # file never changes, and it lets a database on a read-only medium open too.
    return f"file:{quote(str(path))}?mode=ro&immutable=1"


def _meta_date(value: object) -> str | None:
    # A foreign or damaged meta value must not become an as-of date the views then parse.
    text = str(value) if value is not None else ""
    return text if is_iso_day(text) else None


class CloudOfficeDatabase:
    """A validated, read-only connection to one database file."""

    def __init__(self, path: Path | str, checks: CheckCache | None = None) -> None:
        self.path = Path(path)
        self._cache: dict[str, object] = {}
        self._checks = checks
        self._fingerprint = checks.fingerprint(self.path) if checks else None
        self._checked_before = checks is not None and checks.passed(self.path, self._fingerprint)
        self._conn = self._connect()
        try:
            self._check_schema()
            self._info = self._read_info()
        except BaseException:
            self._conn.close()
            raise

    # -- opening and validation -------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        path = self.path
        if not path.exists():
            raise DatabaseMissingError(path, "The file does not exist.")
        if path.is_dir():
            raise DatabaseMissingError(path, "This is a folder, not a database file.")
        if not path.is_file():
            # Reading a pipe would wait for a writer forever.
            raise NotADatabaseError(path, "It is not a regular file (a pipe, socket or device).")
        try:
            with path.open("rb") as handle:
                header = handle.read(100)
        except OSError as error:
            raise DatabaseMissingError(path, f"The file cannot be read ({error.strerror}).") from None
        if len(header) == 0:
            raise NotADatabaseError(path, "The file is empty.")
        if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
            raise NotADatabaseError(path, "The file is not an SQLite database.")
        try:
            conn = sqlite3.connect(_read_only_uri(path), uri=True, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
        except sqlite3.Error as error:
            raise NotADatabaseError(path, f"SQLite cannot open it ({error}).") from None
        return conn

    def _check_schema(self) -> None:
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            integrity = "ok" if self._checked_before else (
                # integrity_check, not quick_check: a damaged index would feed per-product
                # reads values the table scans of check_rows() never see.
                self._conn.execute("PRAGMA integrity_check(1)").fetchone()[0])
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            raise NotADatabaseError(self.path, f"The file is damaged ({error}).") from None
        if integrity != "ok":
            raise NotADatabaseError(self.path, f"The file is damaged ({integrity}).")
        ours = set(schema.REQUIRED_COLUMNS)
        foreign = ForeignDatabaseError(
            self.path,
            "It is an SQLite database, but not one made by CloudOffice Compare"
            f" (it has {len(tables)} table(s), none of ours, or no schema version).",
        )
        if not tables & ours:
            raise foreign  # before the version: other apps set user_version too
        if version > schema.SCHEMA_VERSION:
            raise NewerSchemaError(
                self.path,
                f"Its schema version is {version}; this app reads version {schema.SCHEMA_VERSION}.",
                "Update CloudOffice Compare, or open a database made for this version.",
            )
        if version == 0:
            raise foreign
        missing = sorted(ours - tables)
        if missing:
            raise ForeignDatabaseError(self.path, f"Required table(s) missing: {', '.join(missing)}.")
        for table, columns in schema.REQUIRED_COLUMNS.items():
            present = self._columns(table)
            absent = [c for c in columns if c not in present]
            if absent:
                raise ForeignDatabaseError(
                    self.path, f"Table {table} lacks column(s): {', '.join(absent)}."
                )
        for table, column, parent, sql in () if self._checked_before else reference_queries():
            if column not in self._columns(table):
                continue  # a column added after the file's schema version
            dangling = self._query(sql)
            if dangling:
                row_id, value = dangling[0]
                raise InvalidDataError(
                    self.path,
                    f"Table {table}, row {str(row_id)[:80]!r}: {column} {str(value)[:80]!r} "
                    f"names no row of {parent}.",
                    "Rebuild the database from its data files, or open another database.",
                )

    def _read_info(self) -> DatabaseInfo:
        meta = {key: bounded_text(str(value)) for key, value in self._query("SELECT key, value FROM meta")}
        counts = {t: self._query(f"SELECT count(*) FROM {t}")[0][0] for t in schema.TABLE_ORDER}
        return DatabaseInfo(
            path=str(self.path),
            schema_version=int(self._query("PRAGMA user_version")[0][0]),
            data_version=str(meta.get("data_version", "?")),
            build_date=str(meta.get("build_date", "?")),
            title_en=str(meta.get("title_en", "")),
            title_zh=str(meta.get("title_zh", "")),
            counts=counts,
            focus_date=_meta_date(meta.get("focus_date")),
            researched_through=_meta_date(meta.get("researched_through")),
        )

    # -- queries -------------------------------------------------------------------------
    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            # SQLite quotes an undecodable text whole: keep the message short for a dialog.
            raise NotADatabaseError(self.path, f"Reading it failed ({str(error)[:200]}).") from None

    def _records(
        self, key: str | None, table: str, cls: Callable[..., T], order: str,
        where: str = "", params: Sequence[object] = (),
    ) -> list[T]:
        cached = self._cache.get(key) if key else None
        if cached is None:
            names = [f for f in cls.__dataclass_fields__]  # type: ignore[attr-defined]
            present = self._columns(table)
            select = ", ".join(n if n in present else f"NULL AS {n}" for n in names)
            sql = f"SELECT {select} FROM {table} {where} ORDER BY {order}"
            cached = [validate_record(self.path, table, cls, dict(zip(names, row)))
                      for row in self._rows(sql, params)]
            if key:
                self._cache[key] = cached
        return cached  # type: ignore[return-value]

    def _rows(self, sql: str, params: Sequence[object] = ()) -> Iterator[tuple]:
        # In chunks, not fetchall(): 100,000 raw rows held beside the records built from
        # them would double the peak memory of a large read.
        try:
            cursor = self._conn.execute(sql, params)
            while chunk := cursor.fetchmany(2000):
                yield from chunk
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            raise NotADatabaseError(self.path, f"Reading it failed ({str(error)[:200]}).") from None

    def _columns(self, table: str) -> set[str]:
        key = f"columns:{table}"
        if key not in self._cache:
            self._cache[key] = {r[1] for r in self._query(f"PRAGMA table_info({table})")}
        return self._cache[key]  # type: ignore[return-value]

    def _for_products(
        self, table: str, cls: Callable[..., T], order: str, product_ids: Iterable[str] | None
    ) -> list[T]:
        # Per-product reads go through the product_id index instead of loading every row:
        # a researcher's database may hold 100,000 events.
        if product_ids is None:
            return list(self._records(table, table, cls, order))
        ids = list(dict.fromkeys(product_ids))
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        return self._records(None, table, cls, order, f"WHERE product_id IN ({marks})", ids)

    def info(self) -> DatabaseInfo:
        """Versions, build date and row counts."""
        return self._info

    def vendors(self) -> list[Vendor]:
        """All vendors, by English name."""
        return self._records("vendors", "vendors", Vendor, "name_en COLLATE NOCASE")

    def products(self) -> list[Product]:
        """All products in display order."""
        return self._records("products", "products", Product, "position, name_en COLLATE NOCASE")

    def feature_groups(self) -> list[FeatureGroup]:
        """Feature groups in display order."""
        return self._records("groups", "feature_groups", FeatureGroup, "position, id")

    def features(self) -> list[Feature]:
        """Features in display order (by group position, then feature position)."""
        rank = {g.id: g.position for g in self.feature_groups()}
        features = self._records("features", "features", Feature, "position, id")
        return sorted(features, key=lambda f: (rank.get(f.group_id, 0), f.position, f.id))

    def metrics(self) -> list[Metric]:
        """Kinds of figures with their units."""
        return self._records("metrics", "metrics", Metric, "id")

    def sources(self) -> list[Source]:
        """All sources, newest first."""
        return self._records("sources", "sources", Source, "published DESC, title")

    def sources_by_id(self, source_ids: Iterable[str | None]) -> dict[str, Source]:
        """The sources with these ids: a pane showing a product's facts reads those, not 2,000."""
        ids = list(dict.fromkeys(i for i in source_ids if i))
        cached = self._cache.get("sources")
        if cached is not None:
            wanted = set(ids)
            return {s.id: s for s in cached if s.id in wanted}  # type: ignore[attr-defined]
        found: dict[str, Source] = {}
        for start in range(0, len(ids), 900):  # under SQLite's bound-parameter limit
            chunk = ids[start:start + 900]
            marks = ", ".join("?" for _ in chunk)
            for source in self._records(None, "sources", Source, "id", f"WHERE id IN ({marks})", chunk):
                found[source.id] = source
        return found

    def support(self, product_ids: Iterable[str] | None = None) -> list[SupportRow]:
        """Support rows (optionally for some products), oldest first."""
        return self._for_products("support", SupportRow, "valid_from, id", product_ids)

    def valued_support(self, feature_ids: Iterable[str]) -> list[SupportRow]:
        """Support rows that state a figure (a value) for ``feature_ids``, oldest first.

        The timeline's figures: a large database holds 150,000 support rows, most of them
        yes/no statements it would otherwise read and validate for nothing.
        """
        ids = sorted(set(feature_ids))
        rows: list[SupportRow] = []
        for start in range(0, len(ids), 900):  # under SQLite's bound-parameter limit
            chunk = ids[start:start + 900]
            marks = ", ".join("?" for _ in chunk)
            rows += self._records(None, "support", SupportRow, "valid_from, id",
                                  f"WHERE value IS NOT NULL AND feature_id IN ({marks})", chunk)
        if len(ids) > 900:
            rows.sort(key=lambda r: (r.valid_from, r.id))
        return rows

    def events(self, product_ids: Iterable[str] | None = None) -> list[Event]:
        """Events (optionally for some products), oldest first."""
        return self._for_products("events", Event, "date, id", product_ids)

    def event(self, event_id: str) -> Event | None:
        """One event by id (a primary-key lookup), or None."""
        found = self._records(None, "events", Event, "id", "WHERE id = ?", (event_id,))
        return found[0] if found else None

    def offers(self, product_ids: Iterable[str] | None = None) -> list[Offer]:
        """Offers (optionally for some products), by announcement date."""
        return self._for_products("offers", Offer, "announced, id", product_ids)

    def strategies(self) -> list[Strategy]:
        """Platform strategies and context pieces in display order."""
        return self._records("strategies", "strategies", Strategy, "position, id")

    def citation_counts(self) -> dict[str, int]:
        """How many facts (support, events, offers, strategies, launch dates) cite each source."""
        key = "citations"
        if key not in self._cache:
            sql = " UNION ALL ".join(
                f"SELECT source_id FROM {t}" for t in ("support", "events", "offers", "strategies")
            ) + " UNION ALL SELECT launched_source_id FROM products WHERE launched_source_id IS NOT NULL"
            rows = self._query(f"SELECT source_id, count(*) FROM ({sql}) GROUP BY source_id")
            self._cache[key] = {r[0]: r[1] for r in rows}
        return dict(self._cache[key])  # type: ignore[arg-type]

    def check_rows(self) -> None:
        """Validate every row now (raises :class:`InvalidDataError`), so a window can refuse a
        bad file when it is opened rather than when a tab first reads the bad row.

        One SQL scan per table finds the rows that may break a rule and only those become
        records (through the same validation), so 100,000 events cost a scan, not 100,000
        dataclasses; the tables and their order are those of the read methods. A file opened
        with a :class:`CheckCache` that passed before (same bytes) is not checked again.
        """
        if self._checked_before:
            return
        for table, cls, order in (
            ("vendors", Vendor, "name_en COLLATE NOCASE"),
            ("products", Product, "position, name_en COLLATE NOCASE"),
            ("feature_groups", FeatureGroup, "position, id"), ("features", Feature, "position, id"),
            ("metrics", Metric, "id"), ("sources", Source, "published DESC, title"),
            ("support", SupportRow, "valid_from, id"), ("events", Event, "date, id"),
            ("offers", Offer, "announced, id"), ("strategies", Strategy, "position, id"),
        ):
            condition = suspect_rows_condition(table, cls, self._columns(table))
            self._records(None, table, cls, order, f"WHERE {condition}")
            self._fetch_all(table)
        if self._checks is not None:
            self._checks.remember(self.path, self._fingerprint)

    def _fetch_all(self, table: str) -> None:
        # Text that is not UTF-8 (a damaged byte) fails only when fetched: fetch every row
        # once, keeping none, so it is refused here too and not later inside a view.
        try:
            cursor = self._conn.execute(f"SELECT * FROM {table}")
            while cursor.fetchmany(2000):
                pass
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            raise NotADatabaseError(self.path, f"Reading it failed ({str(error)[:200]}).") from None

    def execute(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        """Run a read-only query (for search and other specialised readers in data/)."""
        return self._query(sql, params)

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> CloudOfficeDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(path: Path | str, checks: CheckCache | None = None) -> CloudOfficeDatabase:
    """Open and validate ``path``; raises a :class:`DatabaseError` subclass with a clear message.

    With ``checks``, a file that passed :meth:`CloudOfficeDatabase.check_rows` before, unchanged
    since, skips the slow checks (integrity, references, rows); the cheap ones always run.
    """
    return CloudOfficeDatabase(path, checks)


__all__ = [
    "CloudOfficeDatabase",
    "DatabaseError",
    "DatabaseMissingError",
    "ForeignDatabaseError",
    "InvalidDataError",
    "NewerSchemaError",
    "NotADatabaseError",
    "open_database",
]
