"""Check rows read from a database against our rules before they become records.

A database given with --database or File > Open may come from anywhere, without our CHECK
constraints; a row that breaks a rule must become a clear message, never a crash later.
"""

from __future__ import annotations

import re
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
}
_FREE_DATES = ("starts", "ends")
_REQUIRED = frozenset({
    "id", "source_id", "quote", "level", "kind", "product_id", "feature_id", "vendor_id",
    "group_id", "date", "valid_from", "title", "language", "confidence", "category",
})
"""Columns a record cannot do without; other missing texts show as empty (or fall back)."""
_EMPTY: dict[str, object] = {"int": 0, "bool": False, "tuple": (), "str": ""}


def precision_of(date: str) -> str:
    """The precision an ISO date text has by its shape: day, month or year."""
    return {10: "day", 7: "month"}.get(len(date), "year")


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

    fields = cls.__dataclass_fields__  # type: ignore[attr-defined]
    clean: dict[str, object] = {}
    for name, value in values.items():
        annotation = str(fields[name].type)
        if value is None:
            if "None" in annotation:
                clean[name] = None
            elif name in _REQUIRED:
                raise fail(f"{name} is empty but required")
            else:
                clean[name] = _EMPTY.get(annotation.split("[")[0], "")
            continue
        clean[name] = _coerce(name, annotation, value, fail)
    for name, allowed in _ENUMS.items():
        if name in clean and clean[name] not in allowed:
            raise fail(f"{name} {clean[name]!r} is not one of {', '.join(allowed)}")
    if table in _KIND_ENUMS and clean.get("kind") not in _KIND_ENUMS[table]:
        raise fail(f"kind {clean.get('kind')!r} is not one of {', '.join(_KIND_ENUMS[table])}")
    for date_name, precision_name in _DATED.items():
        date = clean.get(date_name)
        if date is None:
            continue
        precision = clean.get(precision_name) or precision_of(str(date))
        shape = _DATE_SHAPES.get(str(precision))
        if shape is None:
            raise fail(f"{precision_name} {precision!r} is not day, month or year")
        if not shape.fullmatch(str(date)):
            raise fail(f"{date_name} {date!r} is not a date of {precision} precision")
        clean[precision_name] = precision
    for name in _FREE_DATES:
        date = clean.get(name)
        if date is not None and not _ANY_DATE.fullmatch(str(date)):
            raise fail(f"{name} {date!r} is not an ISO date")
    return cls(**clean)


def _coerce(name: str, annotation: str, value: object, fail: Callable[[str], Exception]) -> object:
    if annotation.startswith("tuple"):
        return tuple(a.strip() for a in str(value).split(";") if a.strip())
    if annotation == "bool":
        return bool(value)
    if annotation == "int":
        try:
            return int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise fail(f"{name} {value!r} is not a whole number") from None
    if annotation.startswith("float"):
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise fail(f"{name} {value!r} is not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise fail(f"{name} {value!r} is not a finite number")
        return number
    if isinstance(value, bytes):
        raise fail(f"{name} holds binary data, not text")
    return str(value)


_REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("products", "vendor_id", "vendors"),
    ("features", "group_id", "feature_groups"),
    ("support", "product_id", "products"),
    ("support", "feature_id", "features"),
    ("support", "source_id", "sources"),
    ("events", "product_id", "products"),
    ("events", "vendor_id", "vendors"),
    ("events", "source_id", "sources"),
    ("events", "metric", "metrics"),
    ("offers", "product_id", "products"),
    ("offers", "source_id", "sources"),
    ("strategies", "vendor_id", "vendors"),
    ("strategies", "product_id", "products"),
    ("strategies", "source_id", "sources"),
)


def reference_queries() -> list[tuple[str, str, str, str]]:
    """(table, column, parent, SQL) finding one row whose ``column`` names no row of ``parent``."""
    return [
        (
            table,
            column,
            parent,
            f"SELECT t.id, t.{column} FROM {table} t LEFT JOIN {parent} p ON p.id = t.{column} "
            f"WHERE t.{column} IS NOT NULL AND p.id IS NULL LIMIT 1",
        )
        for table, column, parent in _REFERENCES
    ]
