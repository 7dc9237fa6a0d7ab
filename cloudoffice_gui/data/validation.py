"""Check rows read from a database against our rules before they become records.

A database given with --database or File > Open may come from anywhere, without our CHECK
constraints; a row that breaks a rule must become a clear message, never a crash later.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from cloudoffice_gui.data import schema
from cloudoffice_gui.data.errors import InvalidDataError

T = TypeVar("T")

_DATE_SHAPES = {
    "day": re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"),
    "month": re.compile(r"\d{4}-(0[1-9]|1[0-2])"),
    "year": re.compile(r"\d{4}"),
}
_ANY_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")

_ENUMS: dict[str, tuple[str, ...]] = {
    "level": schema.LEVELS,
    "confidence": schema.CONFIDENCES,
    "category": schema.PRODUCT_CATEGORIES,
}
_KIND_ENUMS: dict[str, tuple[str, ...]] = {
    "events": schema.EVENT_KINDS,
    "strategies": schema.STRATEGY_KINDS,
}
_DATED = {
    "launched": "launched_precision",
    "valid_from": "valid_from_precision",
    "date": "date_precision",
    "announced": "announced_precision",
    "published": "published_precision",
    "began": "began_precision",
    "reported": "reported_precision",
    "ended": "ended_precision",
}
_FREE_DATES = ("starts", "ends", "accessed")
_REQUIRED = frozenset({
    "id", "source_id", "quote", "level", "kind", "product_id", "feature_id", "vendor_id",
    "group_id", "date", "valid_from", "title", "language", "confidence", "category",
})
"""Columns a record cannot do without; other missing texts show as empty (or fall back)."""
_EMPTY: dict[str, object] = {"int": 0, "bool": False, "tuple": (), "str": ""}
_INF = float("inf")
_SHARED = frozenset({
    "product_id", "feature_id", "vendor_id", "group_id", "source_id", "launched_source_id",
    "metric", "level", "unit", "kind", "confidence", "language", "category", "country", "ref",
    "date", "date_precision", "valid_from", "valid_from_precision", "launched",
    "launched_precision", "announced", "announced_precision", "published",
    "published_precision", "starts", "ends", "began", "began_precision", "reported",
    "reported_precision", "ended", "ended_precision", "ended_source_id", "ends_source_id",
    "host_class", "accessed",
})
"""Columns whose values repeat over many rows: interned, 100,000 events share one "day"."""
MAX_TEXT_CHARS = 2000
"""Longer texts are cut (with "…"): no real fact comes near it, and a 10 MB field would
freeze every view that lays it out."""


def precision_of(date: str) -> str:
    """The precision an ISO date text has by its shape: day, month or year."""
    return {10: "day", 7: "month"}.get(len(date), "year")


@functools.cache
def _plan(table: str, cls: type) -> tuple[dict[str, tuple[str, bool, bool, object, bool]],
                                          tuple[tuple[str, tuple[str, ...]], ...],
                                          tuple[tuple[str, str], ...], tuple[str, ...]]:
    # What validate_record checks for one record class, worked out once instead of per row:
    # per field (annotation, nullable, required, empty value, plain text that may be cut),
    # then the enumerations, dated fields and free dates the class has.
    fields = cls.__dataclass_fields__  # type: ignore[attr-defined]
    specs = {}
    for name, field in fields.items():
        annotation = str(field.type)
        plain = annotation in ("str", "str | None")
        # "cut": long texts are bounded (never ids); "shared": few distinct values over many
        # rows (references, levels, dates), kept once in memory instead of once per row.
        cut = plain and name != "id" and not name.endswith("_id")
        shared = plain and name in _SHARED
        specs[name] = (annotation, "None" in annotation, name in _REQUIRED,
                       _EMPTY.get(annotation.split("[")[0], ""), plain, cut, shared)
    enums = tuple((n, v) for n, v in _ENUMS.items() if n in fields)
    if table in _KIND_ENUMS:
        enums += (("kind", _KIND_ENUMS[table]),)
    dated = tuple((d, p) for d, p in _DATED.items() if d in fields)
    return specs, enums, dated, tuple(n for n in _FREE_DATES if n in fields)


def validate_record(path: Path, table: str, cls: Callable[..., T], values: dict[str, object]) -> T:
    """Build ``cls(**values)`` after checking types, enumerations and date shapes."""
    ident = values.get("id")

    def fail(problem: str) -> InvalidDataError:
        return InvalidDataError(
            path,
            f"Table {table}, row {str(ident)[:80]!r}: {problem}.",
            "Rebuild the database from its data files (python -m cloudoffice_gui.data.build), "
            "or open another database.",
        )

    specs, enums, dated, free_dates = _plan(table, cls)  # type: ignore[arg-type]
    clean: dict[str, object] = {}
    for name, value in values.items():
        annotation, nullable, required, empty, plain, cut, shared = specs[name]
        if value is None:
            if nullable:
                clean[name] = None
            elif required:
                raise fail(f"{name} is empty but required")
            else:
                clean[name] = empty
        elif type(value) is float and annotation == "float | None":  # finite figures, as is
            if value != value or value in (_INF, -_INF):
                raise fail(f"{name} {_shown(value)} is not a finite number")
            clean[name] = value
        elif plain and type(value) is str:  # the common case, without the general coercion
            if shared and len(value) <= 200:
                clean[name] = sys.intern(value)
            else:
                clean[name] = value if not cut or len(value) <= MAX_TEXT_CHARS else bounded_text(value)
        else:
            clean[name] = _coerce(name, annotation, value, fail)
    for name, allowed in enums:
        if clean.get(name) not in allowed:
            raise fail(f"{name} {_shown(clean.get(name))} is not one of {', '.join(allowed)}")
    for date_name, precision_name in dated:
        date = clean.get(date_name)
        if date is None:
            continue
        precision = clean.get(precision_name) or precision_of(str(date))
        shape = _DATE_SHAPES.get(str(precision))
        if shape is None:
            raise fail(f"{precision_name} {_shown(precision)} is not day, month or year")
        if not shape.fullmatch(str(date)):
            raise fail(f"{date_name} {_shown(date)} is not a date of {precision} precision")
        clean[precision_name] = precision
    for name in free_dates:
        date = clean.get(name)
        if date is not None and not _ANY_DATE.fullmatch(str(date)):
            raise fail(f"{name} {_shown(date)} is not an ISO date")
    return cls(**clean)


def _shown(value: object) -> str:
    # A bad value goes into a message for a dialog: bounded, so a huge one cannot freeze it.
    return repr(str(value)[:80] + ("…" if len(str(value)) > 80 else ""))


def bounded_text(text: str) -> str:
    """``text`` cut to :data:`MAX_TEXT_CHARS` (and marked with "…") when longer."""
    return text if len(text) <= MAX_TEXT_CHARS else text[:MAX_TEXT_CHARS] + "…"


def _bounded(name: str, text: str) -> str:
    # Ids are never cut: two long ids cut alike would merge.
    return text if name == "id" or name.endswith("_id") else bounded_text(text)


def _coerce(name: str, annotation: str, value: object, fail: Callable[[str], Exception]) -> object:
    if annotation.startswith("tuple"):
        return tuple(a.strip() for a in _bounded(name, str(value)).split(";") if a.strip())
    if annotation == "bool":
        return bool(value)
    if annotation == "int":
        try:
            return int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            raise fail(f"{name} {_shown(value)} is not a whole number") from None
    if annotation.startswith("float"):
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise fail(f"{name} {_shown(value)} is not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise fail(f"{name} {_shown(value)} is not a finite number")
        return number
    if isinstance(value, bytes):
        raise fail(f"{name} holds binary data, not text")
    return _bounded(name, str(value))


_DIGITS = "[0-9][0-9][0-9][0-9]"


def _date_ok_sql(date: str, precision: str) -> str:
    # Stricter than the regexes (ASCII digits only), so it never passes a date they reject.
    month = f"substr({date}, 6, 2) BETWEEN '01' AND '12'"
    return (
        f"CASE {precision}"
        f" WHEN 'day' THEN {date} GLOB '{_DIGITS}-[0-9][0-9]-[0-9][0-9]' AND {month}"
        f" AND substr({date}, 9, 2) BETWEEN '01' AND '31'"
        f" WHEN 'month' THEN {date} GLOB '{_DIGITS}-[0-9][0-9]' AND {month}"
        f" WHEN 'year' THEN {date} GLOB '{_DIGITS}' ELSE 0 END"
    )


def suspect_rows_condition(table: str, cls: type, present: set[str]) -> str:
    """SQL true for every row of ``table`` that :func:`validate_record` may reject.

    It may also hold for a good row (Python then validates it and it passes) but never
    fails to hold for a bad one, so one scan plus :func:`validate_record` on the few rows it
    finds checks a table as strictly as building every record, at a fraction of the cost.
    """
    def col(name: str, exact: bool = False) -> str:
        # COLLATE BINARY where text is compared: a foreign schema may declare NOCASE.
        return "NULL" if name not in present else f"{name} COLLATE BINARY" if exact else name

    fields = cls.__dataclass_fields__  # type: ignore[attr-defined]
    suspect: list[str] = []
    for name, field in fields.items():
        annotation, c = str(field.type), col(name)
        if "None" not in annotation and name in _REQUIRED:
            suspect.append(f"{c} IS NULL")
        if annotation == "int":
            suspect.append(f"({c} IS NOT NULL AND typeof({c}) != 'integer')")
        elif annotation.startswith("float"):
            suspect.append(f"({c} IS NOT NULL AND (typeof({c}) NOT IN ('integer', 'real')"
                           f" OR abs({c}) > 1.7976931348623157e308))")
        elif annotation != "bool" and not annotation.startswith("tuple"):
            suspect.append(f"typeof({c}) = 'blob'")
    enums = {n: v for n, v in _ENUMS.items() if n in fields}
    if table in _KIND_ENUMS and "kind" in fields:
        enums["kind"] = _KIND_ENUMS[table]
    for name, allowed in enums.items():
        values = ", ".join(f"'{v}'" for v in allowed)
        suspect.append(f"coalesce({col(name, exact=True)}, '') NOT IN ({values})")
    for date_name, precision_name in _DATED.items():
        if date_name in fields:
            d = col(date_name)
            p = col(precision_name, exact=True) if precision_name in fields else "NULL"
            shape = (f"CASE WHEN coalesce({p}, '') = '' THEN CASE length({d}) WHEN 10 THEN 'day'"
                     f" WHEN 7 THEN 'month' ELSE 'year' END ELSE {p} END")
            suspect.append(f"({d} IS NOT NULL AND NOT coalesce({_date_ok_sql(d, shape)}, 0))")
    for name in _FREE_DATES:
        if name in fields:
            d = col(name)
            shape = f"CASE length({d}) WHEN 10 THEN 'day' WHEN 7 THEN 'month' ELSE 'year' END"
            suspect.append(f"({d} IS NOT NULL AND NOT coalesce({_date_ok_sql(d, shape)}, 0))")
    return " OR ".join(f"coalesce({s}, 1)" for s in suspect) or "0"


_REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("products", "vendor_id", "vendors"),
    ("features", "group_id", "feature_groups"),
    ("support", "product_id", "products"),
    ("support", "feature_id", "features"),
    ("support", "source_id", "sources"),
    ("support", "ended_source_id", "sources"),
    ("events", "product_id", "products"),
    ("events", "vendor_id", "vendors"),
    ("events", "source_id", "sources"),
    ("events", "metric", "metrics"),
    ("offers", "product_id", "products"),
    ("offers", "source_id", "sources"),
    ("offers", "ends_source_id", "sources"),
    ("strategies", "vendor_id", "vendors"),
    ("strategies", "product_id", "products"),
    ("strategies", "source_id", "sources"),
)


def reference_queries() -> list[tuple[str, str, str, str]]:
    """(table, column, parent, SQL) finding one row whose ``column`` names no row of ``parent``."""
    # The distinct values come from the column's index where there is one, so a table of
    # 100,000 rows costs one index scan and a lookup per distinct value, not a join per row.
    return [
        (
            table,
            column,
            parent,
            f"WITH dangling AS (SELECT d.v FROM (SELECT DISTINCT {column} AS v FROM {table}"
            f" WHERE {column} IS NOT NULL) d WHERE NOT EXISTS"
            f" (SELECT 1 FROM {parent} p WHERE p.id = d.v) LIMIT 1)"
            f" SELECT t.id, t.{column} FROM dangling JOIN {table} t ON t.{column} = dangling.v"
            f" LIMIT 1",
        )
        for table, column, parent in _REFERENCES
    ]
